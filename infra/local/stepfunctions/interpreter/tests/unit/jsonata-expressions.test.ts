import type { Json } from '../../../../assembly/json';
import { QueryEvaluationError } from '../../errors/interpreter-errors';
import { evaluateExpression, evaluateTemplate, type JsonataScope } from '../../jsonata/jsonata-expressions';

const scope: JsonataScope = {
  input: { order: { id: 'o-1', lines: [{ qty: 2 }, { qty: 3 }] } },
  result: { Payload: { status: 'OK' } },
  errorOutput: { Error: 'E', Cause: 'c' },
  context: { Execution: { Name: 'run-1' } },
  variables: { customer: 'María', total: 42 },
  random: () => 0.25,
};

async function evaluate(expression: string): Promise<Json> {
  return evaluateExpression(`{% ${expression} %}`, scope, 'Output');
}

async function failure(expression: string): Promise<QueryEvaluationError> {
  try {
    await evaluate(expression);
  } catch (error) {
    if (error instanceof QueryEvaluationError) return error;
    throw error;
  }
  throw new Error(`${expression} did not fail`);
}

describe('JSONata expressions', () => {
  it.each<[string, Json]>([
    ['$states.input.order.id', 'o-1'],
    ['$sum($states.input.order.lines.qty)', 5],
    ['$states.result.Payload.status', 'OK'],
    ['$states.errorOutput.Error', 'E'],
    ['$states.context.Execution.Name', 'run-1'],
    ['$customer & " ordered " & $string($total)', 'María ordered 42'],
    ['$partition([1,2,3,4,5], 2)', [[1, 2], [3, 4], [5]]],
    ['$range(0, 10, 5)', [0, 5, 10]],
    ['$range(3, 1, -1)', [3, 2, 1]],
    ['$hash("hello", "SHA-256")', '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824'],
    ['$hash("hello", "MD5")', '5d41402abc4b2a76b9719d911017c592'],
    ['$random()', 0.25],
    ['$parse(\'{"a":[1,2]}\')', { a: [1, 2] }],
    ['$states.input.order.lines[qty > 2]', { qty: 3 }],
  ])('%s → %j', async (expression, expected) => {
    // Act
    const value = await evaluate(expression);
    // Assess
    expect(value).toEqual(expected);
  });

  it('returns the same $random for the same seed', async () => {
    // Act
    const values = [await evaluate('$random(7)'), await evaluate('$random(7)'), await evaluate('$random(8)')];
    // Assess
    expect(values[0]).toBe(values[1]);
    expect(values[0]).not.toBe(values[2]);
  });

  it('produces a version 4 UUID', async () => {
    // Act
    const value = await evaluate('$uuid()');
    // Assess
    expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it.each([
    ['an undefined result', '$states.input.missing', /returned nothing \(undefined\)/],
    ['a runtime error', '$number("abc") + $undefinedFunction()', /error occurred while evaluating/],
    ['$eval, which Step Functions removes', '$eval("1+1")', /\$eval is not supported/],
    ['$parse of text that is not JSON', '$parse("{oops")', /not valid JSON/],
    ['$hash with an unknown algorithm', '$hash("x", "SHA-3")', /algorithm must be one of/],
    ['a function as the result', '$sum', /returned a function/],
    ['a syntax error', '$states.input.(', /is invalid/],
  ])('fails with States.QueryEvaluationError on %s', async (_name, expression, message) => {
    // Act
    const error = await failure(expression);
    // Assess
    expect(error.error).toBe('States.QueryEvaluationError');
    expect(error.cause).toMatch(message);
    expect(error.location).toBe('Output');
  });

  it('evaluates {% %} strings anywhere in a template and keeps every other value as written', async () => {
    // Prepare
    const template: Json = { id: '{% $states.input.order.id %}', fixed: '$customer', nested: { list: [1, '{% $total + 1 %}'] }, flag: true };
    // Act
    const value = await evaluateTemplate(template, scope, 'Arguments');
    // Assess
    expect(value).toEqual({ id: 'o-1', fixed: '$customer', nested: { list: [1, 43] }, flag: true });
  });

  it('names the failing field of a template in the error', async () => {
    // Act
    const act = evaluateTemplate({ a: { b: '{% $states.input.nope %}' } }, scope, 'Arguments');
    // Assess
    await expect(act).rejects.toMatchObject({ error: 'States.QueryEvaluationError', location: 'Arguments/a/b' });
  });
});
