import { isJsonArray, isJsonObject, preview, type Json } from '../../assembly/json';
import { runtimeError } from '../states-error';
import { normalizedPath, parsePath, type PathSegment } from './path-syntax';

/**
 * ResultPath: undefined → `$` (the result replaces the input); null → the input unchanged (the result is
 * discarded); a Reference Path on `$` → the input with the result set at that path, objects created along the way.
 * Only the objects on the path are copied; everything else is shared, which is safe because `Json` is read-only.
 * Setting into something that is not an object fails with `States.Runtime`, as AWS fails the state.
 */
export function applyResultPath(input: Json, result: Json, resultPath: string | null | undefined): Json {
  if (resultPath === null) return input;
  if (resultPath === undefined || resultPath === '$') return result;
  const parsed = parsePath(resultPath);
  if (parsed.root.kind !== 'data' || !parsed.definite) {
    throw runtimeError(`Invalid ResultPath '${resultPath}': a ResultPath is a Reference Path on the state input ($)`);
  }
  return setAt(input, parsed.segments, 0, result, resultPath);
}

function setAt(node: Json, segments: readonly PathSegment[], position: number, result: Json, resultPath: string): Json {
  const segment = segments[position];
  if (segment === undefined) return result;
  const cannotSet = (what: string) =>
    runtimeError(
      `Unable to apply ResultPath '${resultPath}' to input ${preview(node)}: ` +
        `${normalizedPath(segments.slice(0, position))} ${what}`,
    );

  if (segment.kind === 'property') {
    if (!isJsonObject(node)) throw cannotSet('is not an object');
    // A missing step is created as an object; an existing one (even null) must take the rest of the path itself.
    const child = Object.hasOwn(node, segment.name) ? node[segment.name] : undefined;
    return withProperty(
      node,
      segment.name,
      setAt(child === undefined ? {} : child, segments, position + 1, result, resultPath),
    );
  }
  if (segment.kind === 'index') {
    if (!isJsonArray(node)) throw cannotSet('is not an array');
    const index = segment.index < 0 ? node.length + segment.index : segment.index;
    const child = node[index];
    if (child === undefined) throw cannotSet(`has no element ${segment.index}`);
    return node.map((each, at) => (at === index ? setAt(child, segments, position + 1, result, resultPath) : each));
  }
  throw cannotSet('is followed by a query segment');
}

// Built from entries so a key such as `__proto__` stays an ordinary key; an existing key keeps its place, as in
// AWS's output.
function withProperty(object: Readonly<Record<string, Json>>, name: string, value: Json): Json {
  const entries = Object.entries(object);
  const at = entries.findIndex(([key]) => key === name);
  if (at >= 0) entries[at] = [name, value];
  else entries.push([name, value]);
  return Object.fromEntries(entries);
}
