import type { Json } from '../../../../assembly/json';
import { eventTypes, eventsOfType, execute } from './support/harness';

/** A Choice named Decide and the Pass states its rules and Default name (each outputs its own name in lowercase). */
function jsonPathChoice(choices: Record<string, Json>[], extra: Record<string, Json> = {}): Json {
  const names = [...choices.map((choice) => choice.Next), extra.Default];
  const targets = new Set(names.filter((name): name is string => typeof name === 'string'));
  const states: Record<string, Json> = { Decide: { Type: 'Choice', Choices: choices, ...extra } };
  for (const target of targets) states[target] = { Type: 'Pass', Result: target.toLowerCase(), End: true };
  return { StartAt: 'Decide', States: states };
}

describe('Choice state', () => {
  it.each<[number, string]>([
    [3, 'small'],
    [500, 'large'],
    [50, 'other'],
  ])('JSONPath: %s goes to %s (first matching rule, else Default)', async (amount, expected) => {
    // Prepare
    const definition = jsonPathChoice(
      [
        { Variable: '$.amount', NumericLessThan: 10, Next: 'Small' },
        { Variable: '$.amount', NumericGreaterThanEquals: 100, Next: 'Large' },
      ],
      { Default: 'Other' },
    );
    // Act
    const result = await execute(definition, { amount });
    // Assess
    expect(result.output).toBe(expected);
  });

  it('stops at the first matching rule even when later ones also match', async () => {
    // Prepare
    const definition = jsonPathChoice([
      { Variable: '$.amount', NumericGreaterThan: 1, Next: 'Small' },
      { Variable: '$.amount', NumericGreaterThan: 2, Next: 'Large' },
    ]);
    // Act
    const result = await execute(definition, { amount: 5 });
    // Assess
    expect(result.output).toBe('small');
  });

  it('fails with States.NoChoiceMatched when nothing matches and there is no Default', async () => {
    // Prepare
    const definition = jsonPathChoice([{ Variable: '$.amount', NumericLessThan: 10, Next: 'Small' }]);
    // Act
    const result = await execute(definition, { amount: 50 });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.NoChoiceMatched' });
    expect(eventTypes(result)).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'ExecutionFailed']);
  });

  it('applies InputPath to what the rules see and OutputPath to what it passes on', async () => {
    // Prepare
    const definition = {
      StartAt: 'Decide',
      States: {
        Decide: { Type: 'Choice', InputPath: '$.order', OutputPath: '$.id', Choices: [{ Variable: '$.total', NumericGreaterThan: 0, Next: 'Done' }] },
        Done: { Type: 'Succeed' },
      },
    };
    // Act
    const result = await execute(definition, { order: { id: 'o-1', total: 5 } });
    // Assess
    expect(result.output).toBe('o-1');
    expect(eventTypes(result)).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'ChoiceStateExited', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']);
  });

  it.each<[Json, string]>([
    [{ tier: 'gold', amount: 5 }, 'gold-small'],
    [{ tier: 'silver', amount: 5 }, 'default'],
  ])('JSONata: Condition decides; the matched rule Assign adds to the state Assign (%j)', async (input, expected) => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Decide',
      States: {
        Decide: {
          Type: 'Choice',
          Assign: { path: 'default', seen: true },
          Choices: [{ Condition: '{% $states.input.tier = "gold" and $states.input.amount < 10 %}', Assign: { path: 'gold-small' }, Next: 'Report' }],
          Default: 'Report',
        },
        Report: { Type: 'Pass', Output: '{% $seen ? $path : "unseen" %}', End: true },
      },
    };
    // Act
    const result = await execute(definition, input);
    // Assess
    expect(result.output).toBe(expected);
  });

  it('JSONata: a Condition that is not a boolean is States.QueryEvaluationError', async () => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Decide',
      States: { Decide: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.name %}', Next: 'Done' }] }, Done: { Type: 'Succeed' } },
    };
    // Act
    const result = await execute(definition, { name: 'x' });
    // Assess
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(eventsOfType(result, 'EvaluationFailed')).toHaveLength(1);
  });

  it('JSONata: a Choice Output shapes what the next state receives', async () => {
    // Prepare
    const definition: Json = {
      QueryLanguage: 'JSONata',
      StartAt: 'Decide',
      States: {
        Decide: { Type: 'Choice', Output: { picked: '{% $states.input.n %}' }, Choices: [{ Condition: '{% true %}', Next: 'Done' }] },
        Done: { Type: 'Succeed' },
      },
    };
    // Act
    const result = await execute(definition, { n: 4 });
    // Assess
    expect(result.output).toEqual({ picked: 4 });
  });
});
