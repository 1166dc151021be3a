import aslValidator from 'asl-validator';
import { isJsonObject, type Json, type JsonObject } from '../../../assembly/json';
import type { StateMachineDefinition } from '../asl-types';
import { DefinitionError } from '../errors/interpreter-errors';
import { definitionRuleProblems } from './definition-rules';
import { unsupportedFeatureProblems } from './unsupported-features';

/**
 * Checks a definition (a parsed object or its JSON text) and returns it typed, or throws a DefinitionError that lists
 * every problem: the query-language and variable rules and the features this interpreter lacks first (their
 * messages are specific), then asl-validator's.
 */
export function validateDefinition(definition: Json | string): StateMachineDefinition {
  let parsed: unknown = definition;
  if (typeof definition === 'string') {
    try {
      parsed = JSON.parse(definition);
    } catch (error) {
      throw new DefinitionError([`the definition is not valid JSON: ${(error as Error).message}`]);
    }
  }
  if (!isJsonObject(parsed)) throw new DefinitionError(['the definition must be a JSON object']);
  const text = JSON.stringify(parsed);
  let problems = knownProblems.get(text);
  if (problems === undefined) {
    problems = [...definitionRuleProblems(parsed), ...unsupportedFeatureProblems(parsed), ...aslValidatorProblems(parsed)];
    if (knownProblems.size >= CACHE_LIMIT) knownProblems.clear();
    knownProblems.set(text, problems);
  }
  if (problems.length > 0) throw new DefinitionError(problems);
  return parsed as unknown as StateMachineDefinition;
}

// asl-validator compiles its JSON schemas on every call (~150 ms); a restart re-creates every state machine, so
// remember the verdict per definition text.
const knownProblems = new Map<string, readonly string[]>();
const CACHE_LIMIT = 500;

function aslValidatorProblems(definition: JsonObject): string[] {
  // asl-validator writes a QueryLanguage into every state it visits: give it a copy.
  const result = aslValidator(structuredClone(definition), { checkPaths: true, checkArn: false });
  return result.isValid ? [] : result.errors.map((error) => `${error['Error code']}: ${error.Message}`);
}
