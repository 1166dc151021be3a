import { isJsonArray, type Json } from '../../../assembly/json';
import { applyPayloadTemplate, selectPath } from '../../jsonpath';
import { runtimeError, StatesError } from '../../states-error';
import { mapProcessor, type MapState } from '../asl-types';
import { jsonataScope, pathScope, type StateEnv } from '../data-flow';
import { BranchCancelled, ErrorNames, QueryEvaluationError } from '../errors/interpreter-errors';
import { evaluateTemplate } from '../jsonata/jsonata-expressions';
import { childOutputs, runChildBranches } from '../runtime/child-branches';
import type { StateOutcome } from '../runtime/execution-services';
import { withRetryAndCatch } from '../runtime/retry-catch';
import { acceptors, resolveField } from '../runtime/state-fields';
import type { StateRun } from '../runtime/state-run';
import type { MapProgress } from '../runtime/snapshot';

/**
 * Map (inline): one iteration of ItemProcessor per item (ItemsPath / Items), each on its ItemSelector output (which
 * sees `$$.Map.Item.Index/Value`), at most MaxConcurrency at once, each in its own variable scope. The result is the
 * array of iteration outputs in item order. Without ToleratedFailure… fields the first failed iteration fails the
 * state with its error; with them, the state fails with `States.ExceedToleratedFailureThreshold` once the failures
 * exceed the tolerance, and tolerated failures leave their error output in the result.
 */
export async function runMapState(run: StateRun<MapState>): Promise<StateOutcome> {
  return withRetryAndCatch(run, async () => {
    const { state, flow } = run;
    const env = run.env();
    const effectiveInput = flow.effectiveInput(env, state.InputPath);
    let progress = run.active.progress as MapProgress | undefined;
    if (progress === undefined) {
      progress = await startMap(run, env, effectiveInput);
      run.active.progress = progress;
      run.record('MapStateStarted', { mapStateStartedEventDetails: { length: progress.items.length } });
      await run.checkpoint();
    }
    const current = progress;
    const iterationDetails = (index: number) => ({ name: run.name, index });
    const limited = current.toleratedFailureCount !== undefined || current.toleratedFailurePercentage !== undefined;
    const outcome = (type: 'MapStateSucceeded' | 'MapStateFailed') => {
      if (current.outcomeRecorded === true) return;
      run.record(type, {}, run.exec.recorder.lastId);
      current.outcomeRecorded = true;
    };
    try {
      await runChildBranches(run, current.children, {
        machine: mapProcessor(state),
        maxConcurrency: current.maxConcurrency,
        input: (index) => iterationInput(run, effectiveInput, current, index),
        onStarted: (index) => run.record('MapIterationStarted', { mapIterationStartedEventDetails: iterationDetails(index) }).id,
        tolerated: (failed) => withinTolerance(current, failed),
        onSucceeded: (index, branch) => branch.record('MapIterationSucceeded', { mapIterationSucceededEventDetails: iterationDetails(index) }),
        onFailed: (index, branch) => branch.record('MapIterationFailed', { mapIterationFailedEventDetails: iterationDetails(index) }),
        onAborted: (index, branch) => branch.record('MapIterationAborted', { mapIterationAbortedEventDetails: iterationDetails(index) }),
      });
    } catch (error) {
      if (error instanceof BranchCancelled) throw error;
      outcome('MapStateFailed');
      if (limited && error instanceof StatesError && !(error instanceof QueryEvaluationError) && error.error !== ErrorNames.runtime) {
        throw new StatesError(ErrorNames.exceedToleratedFailureThreshold, `The Map state '${run.name}' had more failed iterations than it tolerates.`);
      }
      throw error;
    }
    outcome('MapStateSucceeded');
    const completion = await flow.complete(
      run.env(),
      childOutputs(current.children),
      { ResultSelector: state.ResultSelector, ResultPath: state.ResultPath, OutputPath: state.OutputPath, Output: state.Output, Assign: state.Assign },
      'result',
    );
    return run.exit(run.successor, completion);
  });
}

async function startMap(run: StateRun<MapState>, env: StateEnv, effectiveInput: Json): Promise<MapProgress> {
  const { state } = run;
  const items = await mapItems(run, env, effectiveInput);
  const field = (name: string, value: number | string | undefined, path: string | undefined, accept: (value: Json) => number | undefined, expectation: string) =>
    resolveField(run, env, effectiveInput, { name, value, path, accept, expectation });
  const maxConcurrency = await field('MaxConcurrency', state.MaxConcurrency, state.MaxConcurrencyPath, acceptors.nonNegativeInteger, 'a non-negative integer');
  const toleratedFailureCount = await field(
    'ToleratedFailureCount',
    state.ToleratedFailureCount,
    state.ToleratedFailureCountPath,
    acceptors.nonNegativeInteger,
    'a non-negative integer',
  );
  const toleratedFailurePercentage = await field(
    'ToleratedFailurePercentage',
    state.ToleratedFailurePercentage,
    state.ToleratedFailurePercentagePath,
    acceptors.percentage,
    'a number from 0 to 100',
  );
  return {
    kind: 'map',
    items,
    maxConcurrency: maxConcurrency ?? 0,
    ...(toleratedFailureCount === undefined ? {} : { toleratedFailureCount }),
    ...(toleratedFailurePercentage === undefined ? {} : { toleratedFailurePercentage }),
    children: items.map(() => ({ status: 'pending' })),
  };
}

/** The array to iterate: ItemsPath (default `$`) of the effective input, or Items (default `$states.input`). */
async function mapItems(run: StateRun<MapState>, env: StateEnv, effectiveInput: Json): Promise<Json[]> {
  const { state } = run;
  if (run.language === 'JSONata') {
    const items = state.Items === undefined ? env.input : await evaluateTemplate(state.Items, jsonataScope(env), 'Items');
    if (!isJsonArray(items)) throw new QueryEvaluationError(`The Items of the Map state '${run.name}' must be an array, but were ${JSON.stringify(items)}`, 'Items');
    return [...items];
  }
  const items = state.ItemsPath === undefined ? effectiveInput : selectPath(state.ItemsPath, effectiveInput, pathScope(env));
  if (!isJsonArray(items)) throw runtimeError(`The ItemsPath of the Map state '${run.name}' must select an array, but it selected ${JSON.stringify(items)}`);
  return [...items];
}

/** An iteration's input: the item, or ItemSelector (formerly Parameters) evaluated with `Map.Item` in the context. */
async function iterationInput(run: StateRun<MapState>, effectiveInput: Json, progress: MapProgress, index: number): Promise<Json> {
  const { state } = run;
  const value = progress.items[index] ?? null;
  const selector = state.ItemSelector ?? (run.language === 'JSONPath' ? state.Parameters : undefined);
  if (selector === undefined) return value;
  const itemEnv = run.env({ mapItem: { index, value } });
  return run.language === 'JSONata'
    ? evaluateTemplate(selector, jsonataScope(itemEnv), 'ItemSelector')
    : applyPayloadTemplate(selector, effectiveInput, pathScope(itemEnv));
}

function withinTolerance(progress: MapProgress, failed: number): boolean {
  const { toleratedFailureCount: count, toleratedFailurePercentage: percentage } = progress;
  if (count === undefined && percentage === undefined) return failed === 0;
  const total = progress.items.length;
  if (count !== undefined && failed > count) return false;
  if (percentage !== undefined && total > 0 && (failed / total) * 100 > percentage) return false;
  return true;
}
