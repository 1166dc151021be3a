import { StatesError } from '../../states-error';
import type { FailState, PassState, SucceedState } from '../asl-types';
import type { StateOutcome } from '../runtime/execution-services';
import { jsonPathComplete, jsonPathEffectiveInput, jsonPathPayload } from '../data-flow/jsonpath-flow';
import { acceptors, resolveField } from '../runtime/state-fields';
import type { StateRun } from '../runtime/state-run';

/** Pass: its result is Result, else Parameters over the effective input, else the effective input. */
export function runPassState(run: StateRun<PassState>): StateOutcome | Promise<StateOutcome> {
  const { state } = run;
  if (run.language !== 'JSONPath') return runJsonataPassState(run);
  // JSONPath evaluates synchronously: nothing to wait for.
  const env = run.env();
  const effectiveInput = jsonPathEffectiveInput(env, state.InputPath);
  const result = state.Result !== undefined ? state.Result : jsonPathPayload(env, effectiveInput, state.Parameters);
  const completion = jsonPathComplete(env, result, { ResultPath: state.ResultPath, OutputPath: state.OutputPath, Assign: state.Assign });
  return run.exit(run.successor, completion);
}

async function runJsonataPassState(run: StateRun<PassState>): Promise<StateOutcome> {
  const { state, flow } = run;
  const env = run.env();
  const effectiveInput = flow.effectiveInput(env, state.InputPath);
  const result = state.Result !== undefined ? state.Result : await flow.payload(env, effectiveInput, state.Parameters, 'Parameters');
  const completion = await flow.complete(env, result, { ResultPath: state.ResultPath, OutputPath: state.OutputPath, Output: state.Output, Assign: state.Assign }, 'input');
  return run.exit(run.successor, completion);
}

/** Succeed: ends its branch with the (filtered) input. */
export function runSucceedState(run: StateRun<SucceedState>): StateOutcome | Promise<StateOutcome> {
  const { state } = run;
  if (run.language !== 'JSONPath') return runJsonataSucceedState(run);
  const env = run.env();
  const effectiveInput = jsonPathEffectiveInput(env, state.InputPath);
  return run.exit(undefined, jsonPathComplete(env, effectiveInput, { OutputPath: state.OutputPath }));
}

async function runJsonataSucceedState(run: StateRun<SucceedState>): Promise<StateOutcome> {
  const { state, flow } = run;
  const env = run.env();
  const effectiveInput = flow.effectiveInput(env, state.InputPath);
  const completion = await flow.complete(env, effectiveInput, { OutputPath: state.OutputPath, Output: state.Output }, 'input');
  return run.exit(undefined, completion);
}

/** Fail: fails its branch with Error/Cause (or ErrorPath/CausePath — paths or intrinsic functions — or JSONata expressions). */
export async function runFailState(run: StateRun<FailState>): Promise<StateOutcome> {
  const { state } = run;
  const env = run.env();
  const read = (name: 'Error' | 'Cause', value: string | undefined, path: string | undefined) =>
    resolveField(run, env, run.input, { name, value, path, accept: acceptors.string, expectation: 'a string', intrinsics: true });
  const error = await read('Error', state.Error, state.ErrorPath);
  const cause = await read('Cause', state.Cause, state.CausePath);
  throw new StatesError(error ?? '', cause ?? '');
}
