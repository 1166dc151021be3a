import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../../assembly/json';

/**
 * Which rules an event needs to be tested against, so matching does not scan every rule's full pattern.
 *
 * Most rules pin `source` and/or `detail-type` to exact strings (`"source": ["ecommerce.orders"]`); an event can only
 * match such a rule if its own value is one of them. Rules are filed under those values — under each (source,
 * detail-type) pair when they pin both — and looked up with the event's two values: a few map reads, whatever the
 * number of rules. A rule that pins neither (prefix, `$or`, anything-but, other fields only…) is always a candidate.
 * Candidates still go through the full pattern, so the index only ever skips rules that cannot match.
 *
 * Lookups allocate nothing: each slot holds an array, replaced (not mutated) when rules change, which is rare.
 */
export class RuleIndex<T> {
  private readonly byPair = new Map<string, Map<string, readonly T[]>>();
  private readonly bySource = new Map<string, readonly T[]>();
  private readonly byDetailType = new Map<string, readonly T[]>();
  private unfiled: readonly T[] = [];
  private readonly filings = new Map<T, Filing>();

  add(item: T, pattern: Json): void {
    this.remove(item);
    const filing = filingFor(pattern);
    this.filings.set(item, filing);
    this.update(filing, (items) => [...items, item]);
  }

  remove(item: T): void {
    const filing = this.filings.get(item);
    if (filing === undefined) return;
    this.filings.delete(item);
    this.update(filing, (items) => items.filter((candidate) => candidate !== item));
  }

  /** Calls `visit` once for each rule that may match an event with these envelope values. */
  forEachCandidate(event: JsonObject, visit: (item: T) => void): void {
    const source = typeof event.source === 'string' ? event.source : undefined;
    const detailType = typeof event['detail-type'] === 'string' ? event['detail-type'] : undefined;
    visitAll(this.unfiled, visit);
    if (source !== undefined) {
      visitAll(this.bySource.get(source), visit);
      if (detailType !== undefined) visitAll(this.byPair.get(source)?.get(detailType), visit);
    }
    if (detailType !== undefined) visitAll(this.byDetailType.get(detailType), visit);
  }

  candidates(event: JsonObject): T[] {
    const found: T[] = [];
    this.forEachCandidate(event, (item) => found.push(item));
    return found;
  }

  get size(): number {
    return this.filings.size;
  }

  private update(filing: Filing, change: (items: readonly T[]) => readonly T[]): void {
    switch (filing.kind) {
      case 'unfiled':
        this.unfiled = change(this.unfiled);
        return;
      case 'source':
        for (const source of filing.sources) updateSlot(this.bySource, source, change);
        return;
      case 'detail-type':
        for (const detailType of filing.detailTypes) updateSlot(this.byDetailType, detailType, change);
        return;
      case 'pair':
        for (const source of filing.sources) {
          const types = this.byPair.get(source) ?? new Map<string, readonly T[]>();
          for (const detailType of filing.detailTypes) updateSlot(types, detailType, change);
          if (types.size === 0) this.byPair.delete(source);
          else this.byPair.set(source, types);
        }
    }
  }
}

type Filing =
  | { readonly kind: 'unfiled' }
  | { readonly kind: 'source'; readonly sources: readonly string[] }
  | { readonly kind: 'detail-type'; readonly detailTypes: readonly string[] }
  | { readonly kind: 'pair'; readonly sources: readonly string[]; readonly detailTypes: readonly string[] };

/** A pattern pinning many values of both fields is filed by source alone rather than by every pair. */
const MAX_PAIRS = 64;

function filingFor(pattern: Json): Filing {
  if (!isJsonObject(pattern)) return { kind: 'unfiled' };
  const sources = exactStrings(pattern.source);
  const detailTypes = exactStrings(pattern['detail-type']);
  if (sources !== undefined && detailTypes !== undefined && sources.length * detailTypes.length <= MAX_PAIRS) {
    return { kind: 'pair', sources, detailTypes };
  }
  if (sources !== undefined) return { kind: 'source', sources };
  if (detailTypes !== undefined) return { kind: 'detail-type', detailTypes };
  return { kind: 'unfiled' };
}

/**
 * The values of a top-level field that lists only plain strings (`["a", "b"]`), deduplicated; undefined when the
 * field is absent or any entry is an operator, a number, a boolean or null (the full pattern decides those).
 */
function exactStrings(field: Json | undefined): string[] | undefined {
  if (!isJsonArray(field) || field.length === 0) return undefined;
  if (!field.every((value) => typeof value === 'string')) return undefined;
  return [...new Set(field)];
}

function updateSlot<T>(map: Map<string, readonly T[]>, key: string, change: (items: readonly T[]) => readonly T[]): void {
  const items = change(map.get(key) ?? []);
  if (items.length === 0) map.delete(key);
  else map.set(key, items);
}

function visitAll<T>(items: readonly T[] | undefined, visit: (item: T) => void): void {
  if (items === undefined) return;
  for (const item of items) visit(item);
}
