import { isJsonArray, isJsonObject, type Json } from '../../assembly/json';

/**
 * The JSONPath subset EventBridge evaluates in `InputPath`, `InputPathsMap` and `PartitionKeyPath`: `$`, dot notation
 * (`$.detail.order-id`, names with dashes, underscores, slashes…), array indices (`$.resources[0]`) and wildcards
 * (`$.detail.*`, `[*]`). A path with a wildcard yields the list of what it reaches.
 */
export interface JsonPath {
  readonly text: string;
  readonly segments: readonly PathSegment[];
}

export type PathSegment =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' };

export class InvalidJsonPathError extends Error {}

const SEGMENT = /^(?:\.([^.[\]]+)|\[(\d+)\]|\[\*\]|\['([^']*)'\]|\["([^"]*)"\])/;

export function parseJsonPath(text: string): JsonPath {
  if (!text.startsWith('$')) throw new InvalidJsonPathError(`"${text}" is not a JSON path: it must start with $`);
  const segments: PathSegment[] = [];
  let rest = text.slice(1);
  while (rest !== '') {
    const match = SEGMENT.exec(rest);
    if (match === null) throw new InvalidJsonPathError(`"${text}" is not a JSON path EventBridge evaluates (at "${rest}")`);
    const [whole, dotted, index, singleQuoted, doubleQuoted] = match;
    const key = dotted ?? singleQuoted ?? doubleQuoted;
    if (key === '*' || whole === '[*]') segments.push({ kind: 'wildcard' });
    else if (index !== undefined) segments.push({ kind: 'index', index: Number(index) });
    else if (key !== undefined) segments.push({ kind: 'key', key });
    rest = rest.slice(whole.length);
  }
  return { text, segments };
}

/** The value at the path, or undefined when it leads nowhere; a list of every value reached for a wildcard path. */
export function evaluateJsonPath(path: JsonPath, root: Json): Json | undefined {
  const wildcard = path.segments.some((segment) => segment.kind === 'wildcard');
  let current: Json[] = [root];
  for (const segment of path.segments) current = current.flatMap((value) => step(segment, value));
  return wildcard ? current : current[0];
}

function step(segment: PathSegment, value: Json): Json[] {
  switch (segment.kind) {
    case 'key':
      return isJsonObject(value) && Object.hasOwn(value, segment.key) ? [value[segment.key] ?? null] : [];
    case 'index': {
      if (!isJsonArray(value)) return [];
      const element = value[segment.index];
      return element === undefined ? [] : [element];
    }
    case 'wildcard':
      if (isJsonArray(value)) return [...value];
      return isJsonObject(value) ? Object.values(value) : [];
  }
}
