import type { Json } from '../../../../assembly/json';
import { validateDefinition } from '../../definition/validate-definition';
import { DefinitionError } from '../../errors/interpreter-errors';

function problemsOf(definition: Json | string): readonly string[] {
  try {
    validateDefinition(definition);
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
  return [];
}

const pass = (extra: Record<string, Json> = {}): Json => ({ Type: 'Pass', End: true, ...extra });

describe('definition validation', () => {
  it('accepts a valid JSONPath definition and returns it typed', () => {
    // Act
    const definition = validateDefinition({ StartAt: 'A', States: { A: pass({ Parameters: { 'x.$': '$.y' } }) } });
    // Assess
    expect(definition.StartAt).toBe('A');
  });

  it('accepts a valid JSONata definition given as JSON text', () => {
    // Act
    const definition = validateDefinition(JSON.stringify({ QueryLanguage: 'JSONata', StartAt: 'A', States: { A: pass({ Output: '{% $states.input %}' }) } }));
    // Assess
    expect(definition.QueryLanguage).toBe('JSONata');
  });

  it.each<[string, Json, RegExp]>([
    ['Parameters in a JSONata state', { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: pass({ Parameters: {} }) } }, /States.A.Parameters is not allowed in a JSONata state/],
    ['OutputPath in a JSONata state', { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: pass({ OutputPath: '$' }) } }, /States.A.OutputPath is not allowed/],
    ['Arguments in a JSONPath state', { StartAt: 'A', States: { A: pass({ Arguments: {} }) } }, /States.A.Arguments is not allowed in a JSONPath state/],
    ['Output in a JSONPath state', { StartAt: 'A', States: { A: pass({ Output: 1 }) } }, /States.A.Output is not allowed in a JSONPath state/],
    [
      'a JSONPath state in a JSONata machine',
      { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: pass({ QueryLanguage: 'JSONPath' }) } },
      /cannot have JSONPath states/,
    ],
    [
      'ResultPath in a JSONata Catcher',
      {
        QueryLanguage: 'JSONata',
        StartAt: 'A',
        States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'B', ResultPath: '$.e' }] }, B: pass() },
      },
      /Catch\[0\].ResultPath is not allowed/,
    ],
    [
      'a Variable rule in a JSONata Choice',
      { QueryLanguage: 'JSONata', StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'B' }], Default: 'B' }, B: pass() } },
      /Choices\[0\] needs a Condition/,
    ],
    [
      'a Condition in a JSONPath Choice',
      { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'B' }] }, B: pass() } },
      /Choices\[0\].Condition is not allowed in a JSONPath state/,
    ],
    ['an invalid variable name', { StartAt: 'A', States: { A: pass({ Assign: { '1st': 1 } }) } }, /"1st", which is not a valid variable name/],
    ['the reserved name states', { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: pass({ Assign: { states: 1 } }) } }, /reserved variable name/],
    [
      'an inner state assigning an outer variable',
      {
        StartAt: 'Init',
        States: {
          Init: { Type: 'Pass', Assign: { total: 0 }, Next: 'Each' },
          Each: { Type: 'Map', ItemProcessor: { StartAt: 'Add', States: { Add: pass({ Assign: { 'total.$': '$' } }) } }, End: true },
        },
      },
      /Each.ItemProcessor.States.Add assigns variable "total", which an enclosing scope assigns/,
    ],
    ['a Next to a missing state', { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } }, /MISSING_TRANSITION_TARGET/],
    ['an unknown QueryLanguage', { QueryLanguage: 'XPath', StartAt: 'A', States: { A: pass() } }, /QueryLanguage must be "JSONPath" or "JSONata"/],
    ['text that is not JSON', '{"StartAt":', /not valid JSON/],
    [
      'an activity resource',
      { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:eu-west-1:123456789012:activity:approve', End: true } } },
      /States.A.Resource: .*not a Task resource the local interpreter supports/,
    ],
    [
      'a distributed Map ItemReader',
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'b', Key: 'k' } },
            ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
            End: true,
          },
        },
      },
      /States.M.ItemReader \(distributed Map\) is not supported/,
    ],
  ])('rejects %s', (_name, definition, message) => {
    // Act
    const problems = problemsOf(definition);
    // Assess
    expect(problems.join('\n')).toMatch(message);
  });

  it('lists every problem at once', () => {
    // Prepare
    const definition: Json = { StartAt: 'A', States: { A: pass({ Arguments: {}, Output: 1, Assign: { 'bad-name': 1 } }) } };
    // Act
    const problems = problemsOf(definition);
    // Assess
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('lets sibling scopes use the same variable name', () => {
    // Prepare
    const definition: Json = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          End: true,
          Branches: [
            { StartAt: 'L', States: { L: pass({ Assign: { seen: 'left' } }) } },
            { StartAt: 'R', States: { R: pass({ Assign: { seen: 'right' } }) } },
          ],
        },
      },
    };
    // Act
    const problems = problemsOf(definition);
    // Assess
    expect(problems).toEqual([]);
  });
});
