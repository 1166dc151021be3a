import type { JsonObject } from '../../../assembly/json';
import { StatesError } from '../../states-error';
import type { ChoiceRule, ChoiceState } from '../asl-types';
import { choiceRuleMatches } from '../choice/choice-rules';
import { jsonataScope, type StateEnv } from '../data-flow';
import { jsonPathComplete, jsonPathEffectiveInput } from '../data-flow/jsonpath-flow';
import { ErrorNames, QueryEvaluationError } from '../errors/interpreter-errors';
import { evaluateTemplate } from '../jsonata/jsonata-expressions';
import type { StateOutcome } from '../runtime/execution-services';
import type { StateRun } from '../runtime/state-run';

/**
 * Choice: the first rule that matches (JSONPath data-test / And / Or / Not, or a JSONata Condition) names the next
 * state; otherwise Default; otherwise `States.NoChoiceMatched`. The state's Assign applies whichever way it goes; a
 * matched rule's own Assign is added to it (its names win), and in JSONata a rule's Output replaces the state's.
 */
export function runChoiceState(run: StateRun<ChoiceState>): StateOutcome | Promise<StateOutcome> {
  if (run.language !== 'JSONPath') return runJsonataChoiceState(run);
  // JSONPath rules evaluate synchronously: nothing to wait for.
  const { state } = run;
  const env = run.env();
  const effectiveInput = jsonPathEffectiveInput(env, state.InputPath);
  const { Choices: rules } = state;
  let matched: ChoiceRule | undefined;
  for (const rule of rules) {
    if (choiceRuleMatches(rule, effectiveInput, env)) {
      matched = rule;
      break;
    }
  }
  const next = nextState(run, matched);
  const completion = jsonPathComplete(env, effectiveInput, { OutputPath: state.OutputPath, Assign: mergedAssign(state.Assign, matched?.Assign) });
  return run.exit(next, completion);
}

async function runJsonataChoiceState(run: StateRun<ChoiceState>): Promise<StateOutcome> {
  const { state, flow } = run;
  const env = run.env();
  const effectiveInput = flow.effectiveInput(env, state.InputPath);
  let matched: ChoiceRule | undefined;
  for (const [index, rule] of state.Choices.entries()) {
    if (await ruleMatches(env, rule, index)) {
      matched = rule;
      break;
    }
  }
  const next = nextState(run, matched);
  const completion = await flow.complete(
    env,
    effectiveInput,
    { OutputPath: state.OutputPath, Output: matched?.Output ?? state.Output, Assign: mergedAssign(state.Assign, matched?.Assign) },
    'input',
  );
  return run.exit(next, completion);
}

function nextState(run: StateRun<ChoiceState>, matched: ChoiceRule | undefined): string {
  const next = matched?.Next ?? run.state.Default;
  if (next === undefined) {
    throw new StatesError(ErrorNames.noChoiceMatched, `No Matches! No choice rule matched and there was no Default in the Choice state '${run.name}'.`);
  }
  return next;
}

/** A JSONata rule: its Condition, which must evaluate to a boolean. */
async function ruleMatches(env: StateEnv, rule: ChoiceRule, index: number): Promise<boolean> {
  const location = `Choices[${index}].Condition`;
  const value = await evaluateTemplate(rule.Condition ?? null, jsonataScope(env), location);
  if (typeof value !== 'boolean') {
    throw new QueryEvaluationError(`The Condition of choice rule ${index} must evaluate to a boolean, but it was ${JSON.stringify(value)}`, location);
  }
  return value;
}

/** The state's Assign with the matched rule's on top; a rule's `x` replaces the state's `x` and `x.$` alike. */
function mergedAssign(stateAssign: JsonObject | undefined, ruleAssign: JsonObject | undefined): JsonObject | undefined {
  if (ruleAssign === undefined) return stateAssign;
  if (stateAssign === undefined) return ruleAssign;
  const variable = (key: string) => (key.endsWith('.$') ? key.slice(0, -2) : key);
  const ruleNames = new Set(Object.keys(ruleAssign).map(variable));
  const kept = Object.entries(stateAssign).filter(([key]) => !ruleNames.has(variable(key)));
  return { ...Object.fromEntries(kept), ...ruleAssign };
}
