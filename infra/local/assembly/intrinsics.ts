import { childPath, isJsonArray, isJsonObject, preview, type Json, type JsonObject } from './json';
import { ResolutionError } from './resolution-error';
import { parseSub } from './sub';

/**
 * Resolves CloudFormation intrinsic functions in a JSON value, following the CloudFormation template reference:
 * Ref, Fn::GetAtt, Fn::Join, Fn::Sub (both forms), Fn::Select, Fn::Split, Fn::If, Fn::FindInMap, Fn::GetAZs,
 * Fn::Base64. What a name refers to (parameters, pseudo parameters, resources, conditions, mappings) is the scope's
 * business, so the same resolver serves resource properties, outputs and condition operands.
 */
export interface IntrinsicScope {
  readonly region: string;
  ref(name: string, path: string): Json;
  getAtt(logicalId: string, attribute: string, path: string): Json;
  condition(name: string, path: string): boolean;
  mapping(mapName: string, topKey: string, secondKey: string, path: string): Json;
}

/** `{ "Ref": "AWS::NoValue" }`: removes the property (or list element) it stands in. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');
export type Resolved = Json | typeof NO_VALUE;

type IntrinsicFunction = (argument: Json, scope: IntrinsicScope, path: string) => Resolved;

export function resolveValue(value: Json, scope: IntrinsicScope, path: string): Resolved {
  if (isJsonArray(value)) return resolveList(value, scope, path);
  if (!isJsonObject(value)) return value;
  const call = intrinsicCall(value);
  if (call === undefined) return resolveObject(value, scope, path);
  const fn = functions[call.name];
  if (fn === undefined) {
    throw new ResolutionError(
      'UNSUPPORTED_INTRINSIC',
      `${call.name} is not supported by the local cloud`,
      path,
      'use Ref, Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select, Fn::Split, Fn::If, Fn::FindInMap, Fn::GetAZs or Fn::Base64',
    );
  }
  return fn(call.argument, scope, path);
}

export function resolveObject(value: JsonObject, scope: IntrinsicScope, path: string): JsonObject {
  const resolved: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value)) {
    const result = resolveValue(child, scope, childPath(path, key));
    if (result !== NO_VALUE) resolved[key] = result;
  }
  return resolved;
}

function resolveList(value: readonly Json[], scope: IntrinsicScope, path: string): Json[] {
  return value.flatMap((item, index) => {
    const result = resolveValue(item, scope, childPath(path, index));
    return result === NO_VALUE ? [] : [result];
  });
}

/** An object is a function call only when its single key is `Ref` or starts with `Fn::` (IAM's `Condition` is not). */
export function intrinsicCall(value: JsonObject): { name: string; argument: Json } | undefined {
  const keys = Object.keys(value);
  const [name] = keys;
  if (keys.length !== 1 || name === undefined) return undefined;
  if (name !== 'Ref' && !name.startsWith('Fn::')) return undefined;
  return { name, argument: value[name] ?? null };
}

/** A scalar as a string (templates write numbers where strings are meant); lists and objects are an error. */
export function scalarString(value: Resolved, what: string, path: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const got = value === NO_VALUE ? 'AWS::NoValue' : preview(value);
  throw new ResolutionError('INVALID_INTRINSIC', `${what} must be a string, got ${got}`, path);
}

function resolvedString(value: Json, scope: IntrinsicScope, what: string, path: string): string {
  return scalarString(resolveValue(value, scope, path), what, path);
}

function resolvedList(value: Json, scope: IntrinsicScope, what: string, path: string): readonly Json[] {
  const list = resolveValue(value, scope, path);
  if (isJsonArray(list)) return list;
  throw new ResolutionError('INVALID_INTRINSIC', `${what} must be a list, got ${preview(list)}`, path);
}

function argumentList(fn: string, argument: Json, count: number, path: string): Json[] {
  if (isJsonArray(argument) && argument.length === count) return [...argument];
  throw new ResolutionError('INVALID_INTRINSIC', `${fn} takes a list of ${count} arguments, got ${preview(argument)}`, path);
}

function at(list: readonly Json[], index: number): Json {
  return list[index] ?? null;
}

const ref: IntrinsicFunction = (argument, scope, path) => {
  if (typeof argument !== 'string') {
    throw new ResolutionError('INVALID_INTRINSIC', `Ref takes a name, got ${preview(argument)}`, path);
  }
  return argument === 'AWS::NoValue' ? NO_VALUE : scope.ref(argument, path);
};

const getAtt: IntrinsicFunction = (argument, scope, path) => {
  if (typeof argument === 'string' && argument.includes('.')) {
    const dot = argument.indexOf('.');
    return scope.getAtt(argument.slice(0, dot), argument.slice(dot + 1), path);
  }
  const [logicalId, attribute] = argumentList('Fn::GetAtt', argument, 2, path);
  if (typeof logicalId !== 'string') {
    throw new ResolutionError('INVALID_INTRINSIC', `Fn::GetAtt needs a logical id, got ${preview(logicalId)}`, path);
  }
  return scope.getAtt(logicalId, resolvedString(attribute ?? null, scope, 'Fn::GetAtt attribute', path), path);
};

const join: IntrinsicFunction = (argument, scope, path) => {
  const [delimiter, values] = argumentList('Fn::Join', argument, 2, path);
  const separator = resolvedString(delimiter ?? null, scope, 'Fn::Join delimiter', path);
  const items = resolvedList(values ?? null, scope, 'Fn::Join values', path);
  return items.map((item) => scalarString(item, 'Fn::Join element', path)).join(separator);
};

const select: IntrinsicFunction = (argument, scope, path) => {
  const args = argumentList('Fn::Select', argument, 2, path);
  const index = Number(resolvedString(at(args, 0), scope, 'Fn::Select index', path));
  const list = resolvedList(at(args, 1), scope, 'Fn::Select list', path);
  if (!Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new ResolutionError('INVALID_INTRINSIC', `Fn::Select index ${index} is outside a list of ${list.length}`, path);
  }
  return at(list, index);
};

const split: IntrinsicFunction = (argument, scope, path) => {
  const args = argumentList('Fn::Split', argument, 2, path);
  const delimiter = resolvedString(at(args, 0), scope, 'Fn::Split delimiter', path);
  return resolvedString(at(args, 1), scope, 'Fn::Split source', path).split(delimiter);
};

const ifFunction: IntrinsicFunction = (argument, scope, path) => {
  const [condition, whenTrue, whenFalse] = argumentList('Fn::If', argument, 3, path);
  if (typeof condition !== 'string') {
    throw new ResolutionError('INVALID_INTRINSIC', `Fn::If needs a condition name, got ${preview(condition)}`, path);
  }
  return resolveValue((scope.condition(condition, path) ? whenTrue : whenFalse) ?? null, scope, path);
};

const findInMap: IntrinsicFunction = (argument, scope, path) => {
  const keys = argumentList('Fn::FindInMap', argument, 3, path).map((key) =>
    resolvedString(key, scope, 'Fn::FindInMap key', path),
  );
  return scope.mapping(keys[0] ?? '', keys[1] ?? '', keys[2] ?? '', path);
};

/** A local region has no zones; three stable names keep templates that spread over AZs resolvable. */
const getAZs: IntrinsicFunction = (argument, scope, path) => {
  const region = resolvedString(argument, scope, 'Fn::GetAZs region', path);
  const name = region === '' ? scope.region : region;
  return ['a', 'b', 'c'].map((zone) => `${name}${zone}`);
};

const base64: IntrinsicFunction = (argument, scope, path) =>
  Buffer.from(resolvedString(argument, scope, 'Fn::Base64 value', path), 'utf8').toString('base64');

const importValue: IntrinsicFunction = (argument, _scope, path) => {
  throw new ResolutionError(
    'UNSUPPORTED_INTRINSIC',
    `Fn::ImportValue ${preview(argument)} reads another stack's export, which the local cloud does not resolve`,
    path,
    'keep the resources in one stack, or pass the value in as a parameter',
  );
};

const sub: IntrinsicFunction = (argument, scope, path) => {
  const [template, variableMap] = typeof argument === 'string' ? [argument, {}] : argumentList('Fn::Sub', argument, 2, path);
  if (typeof template !== 'string' || !isJsonObject(variableMap)) {
    throw new ResolutionError('INVALID_INTRINSIC', 'Fn::Sub takes a string, or [string, {variables}]', path);
  }
  const variables = new Map(
    Object.entries(variableMap).map(([name, value]) => [name, resolvedString(value, scope, `Fn::Sub variable ${name}`, path)]),
  );
  return parseSub(template)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const local = variables.get(part.name);
      if (local !== undefined) return local;
      const dot = part.name.indexOf('.');
      const value =
        dot === -1 ? scope.ref(part.name, path) : scope.getAtt(part.name.slice(0, dot), part.name.slice(dot + 1), path);
      return scalarString(value, `Fn::Sub variable \${${part.name}}`, path);
    })
    .join('');
};

const functions: Readonly<Partial<Record<string, IntrinsicFunction>>> = {
  Ref: ref,
  'Fn::GetAtt': getAtt,
  'Fn::Join': join,
  'Fn::Sub': sub,
  'Fn::Select': select,
  'Fn::Split': split,
  'Fn::If': ifFunction,
  'Fn::FindInMap': findInMap,
  'Fn::GetAZs': getAZs,
  'Fn::Base64': base64,
  'Fn::ImportValue': importValue,
};
