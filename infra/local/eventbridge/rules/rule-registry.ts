import type { JsonObject } from '../../assembly/json';
import type { Target } from '../targets/target';
import { isEnabled, type RuleDefinition } from './rule';
import { RuleIndex } from './rule-index';

/** A rule and its targets (by id). PutRule replaces the definition and keeps the targets, as on AWS. */
export interface RuleEntry {
  readonly definition: RuleDefinition;
  readonly targets: ReadonlyMap<string, Target>;
}

interface MutableEntry {
  definition: RuleDefinition;
  readonly targets: Map<string, Target>;
}

interface BusRules {
  readonly rules: Map<string, MutableEntry>;
  /** Enabled rules only: a disabled rule is never even a candidate. */
  readonly index: RuleIndex<MutableEntry>;
}

/** Every rule of every bus, and the per-bus index that finds the rules an event matches. */
export class RuleRegistry {
  private readonly byBus = new Map<string, BusRules>();

  /** Creates the rule, or replaces its definition (targets stay). */
  put(definition: RuleDefinition): RuleEntry {
    const bus = this.busRules(definition.busName);
    const existing = bus.rules.get(definition.name);
    const entry: MutableEntry = existing ?? { definition, targets: new Map() };
    entry.definition = definition;
    bus.rules.set(definition.name, entry);
    if (isEnabled(definition)) bus.index.add(entry, definition.pattern.source);
    else bus.index.remove(entry);
    return entry;
  }

  find(busName: string, name: string): RuleEntry | undefined {
    return this.byBus.get(busName)?.rules.get(name);
  }

  /** Sorted by name, as ListRules pages them. */
  list(busName: string, namePrefix = ''): readonly RuleEntry[] {
    const rules = [...(this.byBus.get(busName)?.rules.values() ?? [])];
    return rules
      .filter((entry) => entry.definition.name.startsWith(namePrefix))
      .sort((a, b) => (a.definition.name < b.definition.name ? -1 : 1));
  }

  delete(busName: string, name: string): void {
    const bus = this.byBus.get(busName);
    const entry = bus?.rules.get(name);
    if (bus === undefined || entry === undefined) return;
    bus.index.remove(entry);
    bus.rules.delete(name);
  }

  putTargets(busName: string, name: string, targets: readonly Target[]): void {
    const entry = this.byBus.get(busName)?.rules.get(name);
    for (const target of targets) entry?.targets.set(target.id, target);
  }

  removeTargets(busName: string, name: string, ids: readonly string[]): void {
    const entry = this.byBus.get(busName)?.rules.get(name);
    for (const id of ids) entry?.targets.delete(id);
  }

  /** The enabled rules of the bus whose pattern matches the event; only indexed candidates are tested. */
  matching(busName: string, event: JsonObject): RuleEntry[] {
    const bus = this.byBus.get(busName);
    if (bus === undefined) return [];
    const matched: RuleEntry[] = [];
    bus.index.forEachCandidate(event, (entry) => {
      if (entry.definition.pattern.matches(event)) matched.push(entry);
    });
    return matched;
  }

  private busRules(busName: string): BusRules {
    const existing = this.byBus.get(busName);
    if (existing !== undefined) return existing;
    const created: BusRules = { rules: new Map(), index: new RuleIndex() };
    this.byBus.set(busName, created);
    return created;
  }
}
