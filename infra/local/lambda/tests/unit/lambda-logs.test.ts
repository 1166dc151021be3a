import { fixtureFunction } from '../support/fixtures';
import { startTestLambda, type TestLambda } from '../support/test-lambda';

describe('function logs', () => {
  let test: TestLambda;

  beforeAll(() => {
    test = startTestLambda([fixtureFunction('echo', 'echo'), fixtureFunction('throws', 'throws')]);
  });

  afterAll(async () => {
    await test.stop();
  });

  it('frame each invocation with START, END and REPORT lines in the function’s log file', async () => {
    // Act
    const cold = await test.invoke('echo', { n: 1 });
    const warm = await test.invoke('echo', { n: 2 });
    // Assess
    const lines = test.logOf('echo').split('\n').slice(0, -1);
    expect(lines).toEqual([
      `START RequestId: ${cold.requestId} Version: $LATEST`,
      expect.stringMatching(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z\\t${cold.requestId}\\tINFO\\techo {"n":1}$`)),
      `END RequestId: ${cold.requestId}`,
      expect.stringMatching(
        new RegExp(
          `^REPORT RequestId: ${cold.requestId}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: [\\d.]+ ms\\t$`,
        ),
      ),
      `START RequestId: ${warm.requestId} Version: $LATEST`,
      expect.stringContaining(`\t${warm.requestId}\tINFO\techo {"n":2}`),
      `END RequestId: ${warm.requestId}`,
      expect.stringMatching(new RegExp(`^REPORT RequestId: ${warm.requestId}\\tDuration: .* MB\\t$`)),
    ]);
  });

  it('record a function error as Lambda’s runtime logs it', async () => {
    // Act
    const outcome = await test.invoke('throws');
    // Assess
    expect(test.logOf('throws')).toContain(
      `\t${outcome.requestId}\tERROR\tInvoke Error \t{"errorType":"TypeError","errorMessage":"boom","stack":[`,
    );
  });

  it('sum up each invocation in one line for the console', async () => {
    // Act
    const outcome = await test.invoke('throws');
    // Assess
    const line = test.logger.lines.find((logged) => logged.fields.requestId === outcome.requestId);
    expect(line?.message).toMatch(new RegExp(`^λ throws error TypeError [\\d.]+ ms ${outcome.requestId}$`));
  });
});
