import { JSONPath } from 'jsonpath-plus';
import { isJsonArray, isJsonObject, preview, type Json } from '../../assembly/json';
import { runtimeError } from '../states-error';
import { normalizedPath, parsePath, type ParsedPath, type PathSegment } from './path-syntax';

export interface PathScope {
  /** `$$` — the context object (Execution, State, StateMachine, Task, Map.Item …). */
  readonly context: Json;
  /** Workflow variables visible to this state, by name (`$orderId` refers to variables['orderId']). */
  readonly variables: Readonly<Record<string, Json>>;
}

/** What a path found: a Reference Path finds one node or names where it stopped; a query always finds a list. */
export type PathLookup =
  { readonly found: true; readonly value: Json } | { readonly found: false; readonly reason: string };

/** Evaluates a path without failing when it matches nothing, for callers that word that failure themselves. */
export function lookupPath(path: string, data: Json, scope: PathScope): PathLookup {
  const parsed = parsePath(path);
  const root = rootValue(parsed, data, scope);
  if (!root.found) return root;
  if (parsed.definite) return walk(root.value, parsed.segments);
  return { found: true, value: query(root.value, parsed.segments) };
}

/** The node a path selects; a path that matches nothing fails with `States.Runtime`, as AWS fails InputPath. */
export function selectPath(path: string, data: Json, scope: PathScope): Json {
  const lookup = lookupPath(path, data, scope);
  if (!lookup.found) throw runtimeError(`Invalid path '${path}' : ${lookup.reason}`);
  return lookup.value;
}

/** Whether a path selects something (Choice `IsPresent`): a Reference Path finds its node, a query at least one. */
export function pathExists(path: string, data: Json, scope: PathScope): boolean {
  const lookup = lookupPath(path, data, scope);
  if (!lookup.found) return false;
  return parsePath(path).definite || (isJsonArray(lookup.value) && lookup.value.length > 0);
}

function rootValue(parsed: ParsedPath, data: Json, scope: PathScope): PathLookup {
  switch (parsed.root.kind) {
    case 'data':
      return { found: true, value: data };
    case 'context':
      return { found: true, value: scope.context };
    case 'variable': {
      const { name } = parsed.root;
      if (!Object.hasOwn(scope.variables, name))
        return { found: false, reason: `The variable '$${name}' is not defined` };
      const value = scope.variables[name];
      return value === undefined
        ? { found: false, reason: `The variable '$${name}' is not defined` }
        : { found: true, value };
    }
  }
}

// Reference Paths: step by step, so a miss names the path that found nothing, as Jayway words it.
function walk(root: Json, segments: readonly PathSegment[]): PathLookup {
  let node = root;
  for (const [position, segment] of segments.entries()) {
    const next =
      segment.kind === 'property'
        ? property(node, segment.name)
        : segment.kind === 'index'
          ? element(node, segment.index)
          : undefined;
    if (next === undefined)
      return { found: false, reason: `No results for path: ${normalizedPath(segments.slice(0, position + 1))}` };
    node = next;
  }
  return { found: true, value: node };
}

function property(node: Json, name: string): Json | undefined {
  return isJsonObject(node) && Object.hasOwn(node, name) ? node[name] : undefined;
}

function element(node: Json, index: number): Json | undefined {
  if (!isJsonArray(node)) return undefined;
  return node[index < 0 ? node.length + index : index];
}

// Queries: every segment maps the current list of nodes to the next; misses are simply left out (Jayway's lists).
function query(root: Json, segments: readonly PathSegment[]): Json[] {
  let nodes: Json[] = [root];
  for (const segment of segments) nodes = nodes.flatMap((node) => apply(segment, node));
  return nodes;
}

function apply(segment: PathSegment, node: Json): Json[] {
  switch (segment.kind) {
    case 'property':
      return present([property(node, segment.name)]);
    case 'index':
      return present([element(node, segment.index)]);
    case 'names':
      return present(segment.names.map((name) => property(node, name)));
    case 'indexes':
      return present(segment.indexes.map((index) => element(node, index)));
    case 'wildcard':
      return children(node);
    case 'slice':
      return isJsonArray(node) ? slice(node, segment.start, segment.end) : [];
    case 'filter':
      return filter(node, segment.expression);
    case 'deepScan':
      // A filter after `..` tests every object once; applied per array it would see each element twice.
      if (segment.then.kind === 'filter') {
        const { expression } = segment.then;
        return selfAndDescendants(node)
          .filter(isJsonObject)
          .flatMap((each) => filter(each, expression));
      }
      return selfAndDescendants(node).flatMap((each) => apply(segment.then, each));
  }
}

function present(values: readonly (Json | undefined)[]): Json[] {
  return values.filter((value): value is Json => value !== undefined);
}

function children(node: Json): Json[] {
  if (isJsonArray(node)) return [...node];
  if (isJsonObject(node)) return Object.values(node);
  return [];
}

function selfAndDescendants(node: Json): Json[] {
  return [node, ...children(node).flatMap(selfAndDescendants)];
}

function slice(array: readonly Json[], start: number | undefined, end: number | undefined): Json[] {
  return array.slice(start ?? 0, end ?? array.length);
}

// Filter expressions (`@.price > 10 && @.inStock`) are what jsonpath-plus evaluates, with its safe evaluator. Jayway
// filters an array's elements, and tests an object itself, so an object is wrapped to be tested as one element.
function filter(node: Json, expression: string): Json[] {
  const candidates = isJsonArray(node) ? node : isJsonObject(node) ? [node] : undefined;
  if (candidates === undefined || candidates.length === 0) return [];
  try {
    const matches: unknown = JSONPath({ path: `$[?(${expression})]`, json: candidates, wrap: true, eval: 'safe' });
    // jsonpath-plus returns the matching elements of the JSON it was given, so they are JSON.
    return Array.isArray(matches) ? (matches as Json[]) : [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw runtimeError(`The filter '?(${expression})' could not be evaluated on ${preview(node)}: ${reason}`);
  }
}
