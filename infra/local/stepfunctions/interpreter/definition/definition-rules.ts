import { isJsonObject, type Json, type JsonObject } from '../../../assembly/json';
import type { QueryLanguage } from '../asl-types';
import { CHOICE_OPERATORS, JSONATA_ONLY_FIELDS, JSONPATH_ONLY_FIELDS } from './query-language';

/**
 * Rules asl-validator does not check (or reports only as an opaque schema mismatch): the fields each query language
 * forbids, the per-state override rule, variable names, and variable scoping. Works on the raw JSON so it can run
 * before the definition is trusted to have the typed shape.
 */
export function definitionRuleProblems(definition: JsonObject): string[] {
  const problems: string[] = [];
  const top = definition.QueryLanguage;
  if (top !== undefined && top !== 'JSONPath' && top !== 'JSONata') {
    problems.push(`QueryLanguage must be "JSONPath" or "JSONata", not ${JSON.stringify(top)}`);
    return problems;
  }
  const machineDefault: QueryLanguage = top ?? 'JSONPath';
  checkStates(definition, machineDefault, 'States', new Set(), problems);
  return problems;
}

const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const RESERVED_VARIABLES = new Set(['states']);

function checkStates(
  machine: JsonObject,
  machineDefault: QueryLanguage,
  where: string,
  outerVariables: ReadonlySet<string>,
  problems: string[],
): void {
  const states = machine.States;
  if (!isJsonObject(states)) return;
  // Every name this scope assigns, so nested scopes can be checked against it.
  const scopeVariables = new Set<string>();
  for (const state of Object.values(states)) {
    if (!isJsonObject(state)) continue;
    for (const name of assignedNames(state)) scopeVariables.add(name);
  }
  for (const [name, state] of Object.entries(states)) {
    if (!isJsonObject(state)) continue;
    const at = `${where}.${name}`;
    const language = checkStateLanguage(state, machineDefault, at, problems);
    if (language === undefined) continue;
    checkVariableNames(state, language, at, problems);
    for (const variable of assignedNames(state)) {
      if (outerVariables.has(variable)) {
        problems.push(`${at} assigns variable "${variable}", which an enclosing scope assigns; inner states cannot assign outer variables`);
      }
    }
    const visible = new Set([...outerVariables, ...scopeVariables]);
    for (const [index, branch] of nestedMachines(state)) {
      checkStates(branch, machineDefault, `${at}.${index}.States`, visible, problems);
    }
  }
}

function checkStateLanguage(state: JsonObject, machineDefault: QueryLanguage, at: string, problems: string[]): QueryLanguage | undefined {
  const own = state.QueryLanguage;
  if (own !== undefined && own !== 'JSONPath' && own !== 'JSONata') {
    problems.push(`${at}.QueryLanguage must be "JSONPath" or "JSONata"`);
    return undefined;
  }
  if (machineDefault === 'JSONata' && own === 'JSONPath') {
    problems.push(`${at} sets QueryLanguage JSONPath, but a state machine whose QueryLanguage is JSONata cannot have JSONPath states`);
  }
  const language: QueryLanguage = own ?? machineDefault;
  const forbidden = language === 'JSONata' ? JSONPATH_ONLY_FIELDS : JSONATA_ONLY_FIELDS;
  for (const field of forbidden) {
    if (field in state) problems.push(`${at}.${field} is not allowed in a ${language} state`);
  }
  if (Array.isArray(state.Catch)) {
    const catchForbidden = language === 'JSONata' ? ['ResultPath'] : ['Output'];
    state.Catch.forEach((catcher, index) => {
      if (!isJsonObject(catcher)) return;
      for (const field of catchForbidden) {
        if (field in catcher) problems.push(`${at}.Catch[${index}].${field} is not allowed in a ${language} state`);
      }
    });
  }
  if (state.Type === 'Choice' && Array.isArray(state.Choices)) {
    state.Choices.forEach((rule, index) => {
      if (isJsonObject(rule)) checkChoiceRule(rule, language, `${at}.Choices[${index}]`, problems);
    });
  }
  return language;
}

function checkChoiceRule(rule: JsonObject, language: QueryLanguage, at: string, problems: string[]): void {
  if (language === 'JSONata') {
    if (!('Condition' in rule)) problems.push(`${at} needs a Condition in a JSONata state`);
    const jsonPathFields = ['Variable', 'And', 'Or', 'Not', ...CHOICE_OPERATORS, ...CHOICE_OPERATORS.map((op) => `${op}Path`)];
    for (const field of jsonPathFields) {
      if (field in rule) problems.push(`${at}.${field} is not allowed in a JSONata state (use Condition)`);
    }
  } else {
    for (const field of ['Condition', 'Output']) {
      if (field in rule) problems.push(`${at}.${field} is not allowed in a JSONPath state`);
    }
  }
}

function checkVariableNames(state: JsonObject, language: QueryLanguage, at: string, problems: string[]): void {
  for (const key of assignKeys(state)) {
    const name = language === 'JSONPath' && key.endsWith('.$') ? key.slice(0, -2) : key;
    if (!VARIABLE_NAME.test(name)) problems.push(`${at} assigns "${key}", which is not a valid variable name`);
    else if (RESERVED_VARIABLES.has(name)) problems.push(`${at} assigns "${name}", a reserved variable name`);
  }
}

/** Every Assign object key in a state: its own, its Catchers', its Choice Rules'. */
function assignKeys(state: JsonObject): string[] {
  const blocks: Json[] = [state.Assign ?? null];
  if (Array.isArray(state.Catch)) for (const catcher of state.Catch) if (isJsonObject(catcher)) blocks.push(catcher.Assign ?? null);
  if (Array.isArray(state.Choices)) for (const rule of state.Choices) if (isJsonObject(rule)) blocks.push(rule.Assign ?? null);
  return blocks.flatMap((block) => (isJsonObject(block) ? Object.keys(block) : []));
}

function assignedNames(state: JsonObject): string[] {
  return assignKeys(state).map((key) => (key.endsWith('.$') ? key.slice(0, -2) : key));
}

function nestedMachines(state: JsonObject): [string, JsonObject][] {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    return state.Branches.flatMap((branch, index): [string, JsonObject][] => (isJsonObject(branch) ? [[`Branches[${index}]`, branch]] : []));
  }
  if (state.Type === 'Map') {
    const processor = state.ItemProcessor ?? state.Iterator;
    const key = state.ItemProcessor !== undefined ? 'ItemProcessor' : 'Iterator';
    return isJsonObject(processor) ? [[key, processor]] : [];
  }
  return [];
}
