import { intrinsicCall } from './intrinsics';
import { isJsonArray, isJsonObject, type Json } from './json';
import { subReferences } from './sub';

/**
 * Names a value refers to through Ref, Fn::GetAtt and Fn::Sub variables — both branches of every Fn::If, as
 * CloudFormation's own dependency graph does. Pseudo parameters (`AWS::…`) are left out.
 */
export function referencedNames(value: Json): ReadonlySet<string> {
  const names = new Set<string>();
  collect(value, names);
  return names;
}

function collect(value: Json, names: Set<string>): void {
  if (isJsonArray(value)) {
    for (const item of value) collect(item, names);
    return;
  }
  if (!isJsonObject(value)) return;
  const call = intrinsicCall(value);
  if (call?.name === 'Ref' && typeof call.argument === 'string') addName(call.argument, names);
  else if (call?.name === 'Fn::GetAtt') addGetAtt(call.argument, names);
  else if (call?.name === 'Fn::Sub') addSub(call.argument, names);
  for (const child of Object.values(value)) collect(child, names);
}

function addName(name: string, names: Set<string>): void {
  if (!name.startsWith('AWS::')) names.add(name);
}

function addGetAtt(argument: Json, names: Set<string>): void {
  if (typeof argument === 'string') addName(argument.split('.')[0] ?? argument, names);
  else if (isJsonArray(argument) && typeof argument[0] === 'string') addName(argument[0], names);
}

function addSub(argument: Json, names: Set<string>): void {
  const [template, variables] = typeof argument === 'string' ? [argument, {}] : isJsonArray(argument) ? argument : [];
  if (typeof template !== 'string') return;
  const local = new Set(isJsonObject(variables) ? Object.keys(variables) : []);
  for (const name of subReferences(template, local)) addName(name.split('.')[0] ?? name, names);
}

export interface CreationOrder {
  /** Every node after the nodes it depends on; nodes on a cycle are left out. */
  readonly order: readonly string[];
  /** Each cycle as a path that returns to its start, e.g. `[A, B, A]`. */
  readonly cycles: readonly (readonly string[])[];
}

/** Depth-first topological order over `dependencies` (node → nodes it needs first), in the nodes' own order. */
export function creationOrder(dependencies: ReadonlyMap<string, ReadonlySet<string>>): CreationOrder {
  const state = new Map<string, 'visiting' | 'done'>();
  const trail: string[] = [];
  const order: string[] = [];
  const cycles = new Map<string, string[]>();
  const onCycle = new Set<string>();

  const visit = (node: string): void => {
    const seen = state.get(node);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(node)), node];
      cycles.set([...new Set(cycle)].sort().join(' '), cycle);
      for (const member of cycle) onCycle.add(member);
      return;
    }
    state.set(node, 'visiting');
    trail.push(node);
    for (const dependency of dependencies.get(node) ?? []) {
      if (dependencies.has(dependency)) visit(dependency);
    }
    trail.pop();
    state.set(node, 'done');
    order.push(node);
  };

  for (const node of dependencies.keys()) visit(node);
  return { order: order.filter((node) => !onCycle.has(node)), cycles: [...cycles.values()] };
}
