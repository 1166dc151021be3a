import { InvalidEventPatternException, PutRuleCommand, TestEventPatternCommand } from '@aws-sdk/client-eventbridge';
import { ALL_INVALID_CASES, ALL_MATCH_CASES, ALL_VALID_CASES } from '../support/pattern-cases';
import { NEUTRAL_ENVELOPE, patternText, putEventsForm, testEventPatternForm } from './patterns/support/api-forms';
import { deliveriesThroughRules, type RuleCase } from './patterns/support/rule-path';
import { startHarness, type Harness } from './support/eventbridge-harness';

// The engine's case tables (tests/support/pattern-cases, run against compileEventPattern in ./patterns) put to the
// API: every case must get the same answer from TestEventPattern through the SDK and from a real rule delivering to
// an SQS target. How a partial case event becomes an API event without changing its meaning: patterns/support/api-forms.
// For speed, each block makes all its calls at once in beforeAll; each case is then judged in its own test.

/** For TestEventPattern calls where only the pattern matters (invalid and valid patterns). */
const ANY_EVENT = JSON.stringify({ ...NEUTRAL_ENVELOPE, detail: {} });

const TEST_EVENT_PATTERN_CASES = ALL_MATCH_CASES.flatMap((matchCase) => {
  const api = testEventPatternForm(matchCase);
  return api.carried ? [{ ...matchCase, eventText: api.form }] : [];
});

/**
 * Cases TestEventPattern cannot be asked: their event lacks a field it requires, and that absence is what the case
 * is about. They run through the rule path only (moved under `detail`, where the field can be absent).
 */
const ONLY_THROUGH_RULES = ['exists: false › works on a top-level field'];

/** Every case, through a rule; the name says when it had to move under `detail`, and why. */
const RULE_CASES: readonly (RuleCase & { readonly matches: boolean })[] = ALL_MATCH_CASES.map((matchCase) => {
  const form = putEventsForm(matchCase);
  const name =
    form.relocatedBecause === undefined ? matchCase.name : `${matchCase.name} [under detail: ${form.relocatedBecause}]`;
  return { name, form, matches: matchCase.matches };
});

describe('TestEventPattern, through the SDK, answers every pattern case as the tables do', () => {
  const cases = TEST_EVENT_PATTERN_CASES.map((matchCase, index) => ({ ...matchCase, index }));
  let harness: Harness;
  let answers: readonly Settled<boolean | undefined>[];

  beforeAll(async () => {
    harness = await startHarness();
    answers = await Promise.all(
      cases.map(({ pattern, eventText }) =>
        settle(
          harness.sdk
            .send(new TestEventPatternCommand({ EventPattern: patternText(pattern), Event: eventText }))
            .then(({ Result }) => Result),
        ),
      ),
    );
  });

  afterAll(async () => {
    await harness.close();
  });

  it.each(cases)('$name', ({ index, matches }) => {
    // Assess
    expect(valueOf(answers[index])).toBe(matches);
  });

  it('is not asked only the cases about a missing field that it requires', () => {
    // Act
    const leftOut = ALL_MATCH_CASES.filter(
      ({ name }) => !TEST_EVENT_PATTERN_CASES.some((carried) => carried.name === name),
    );

    // Assess
    expect(leftOut.map(({ name }) => name)).toEqual(ONLY_THROUGH_RULES);
  });
});

describe("a rule with an SQS target receives a case's event exactly when the case matches", () => {
  let deliveries: ReadonlyMap<string, number>;

  beforeAll(async () => {
    deliveries = await deliveriesThroughRules(RULE_CASES);
  });

  it.each(RULE_CASES)('$name', ({ name, matches }) => {
    // Assess
    expect(deliveries.get(name)).toBe(matches ? 1 : 0);
  });
});

describe('PutRule and TestEventPattern refuse every invalid pattern with InvalidEventPatternException', () => {
  const cases = ALL_INVALID_CASES.map((invalidCase, index) => ({ ...invalidCase, index }));
  let harness: Harness;
  let putRule: readonly Settled<unknown>[];
  let testEventPattern: readonly Settled<unknown>[];

  beforeAll(async () => {
    harness = await startHarness();
    [putRule, testEventPattern] = await Promise.all([
      Promise.all(
        cases.map(({ pattern, index }) =>
          settle(
            harness.sdk.send(
              new PutRuleCommand({ Name: `invalid-${String(index)}`, EventPattern: patternText(pattern) }),
            ),
          ),
        ),
      ),
      Promise.all(
        cases.map(({ pattern }) =>
          settle(
            harness.sdk.send(new TestEventPatternCommand({ EventPattern: patternText(pattern), Event: ANY_EVENT })),
          ),
        ),
      ),
    ]);
  });

  afterAll(async () => {
    await harness.close();
  });

  it.each(cases)('PutRule: $name', ({ index, reason }) => {
    // Assess
    const refusal = refusalOf(putRule[index]);
    expect(refusal).toBeInstanceOf(InvalidEventPatternException);
    expect(messageOf(refusal)).toMatch(reason);
  });

  it.each(cases)('TestEventPattern: $name', ({ index, reason }) => {
    // Assess
    const refusal = refusalOf(testEventPattern[index]);
    expect(refusal).toBeInstanceOf(InvalidEventPatternException);
    expect(messageOf(refusal)).toMatch(reason);
  });
});

describe('PutRule and TestEventPattern accept every valid pattern', () => {
  const cases = ALL_VALID_CASES.map((validCase, index) => ({ ...validCase, index }));
  let harness: Harness;
  let putRule: readonly Settled<string | undefined>[];
  let testEventPattern: readonly Settled<boolean | undefined>[];

  beforeAll(async () => {
    harness = await startHarness();
    [putRule, testEventPattern] = await Promise.all([
      Promise.all(
        cases.map(({ pattern, index }) =>
          settle(
            harness.sdk
              .send(new PutRuleCommand({ Name: `valid-${String(index)}`, EventPattern: patternText(pattern) }))
              .then(({ RuleArn }) => RuleArn),
          ),
        ),
      ),
      Promise.all(
        cases.map(({ pattern }) =>
          settle(
            harness.sdk
              .send(new TestEventPatternCommand({ EventPattern: patternText(pattern), Event: ANY_EVENT }))
              .then(({ Result }) => Result),
          ),
        ),
      ),
    ]);
  });

  afterAll(async () => {
    await harness.close();
  });

  it.each(cases)('PutRule: $name', ({ index }) => {
    // Assess
    expect(valueOf(putRule[index])).toBe(`arn:aws:events:us-east-1:000000000000:rule/valid-${String(index)}`);
  });

  it.each(cases)('TestEventPattern: $name', ({ index }) => {
    // Assess
    expect(typeof valueOf(testEventPattern[index])).toBe('boolean');
  });
});

/** A call's outcome, kept so that all calls can run at once and each case be judged in its own test. */
type Settled<T> = { readonly value: T } | { readonly error: unknown };

function settle<T>(call: Promise<T>): Promise<Settled<T>> {
  return call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** The call's answer; a refused call fails the test with the API's own error. */
function valueOf<T>(settled: Settled<T> | undefined): T {
  if (settled === undefined) throw new Error('the call was never made');
  if ('error' in settled) throw settled.error;
  return settled.value;
}

function refusalOf(settled: Settled<unknown> | undefined): unknown {
  if (settled === undefined) throw new Error('the call was never made');
  if ('value' in settled) throw new Error(`the call was accepted: ${JSON.stringify(settled.value)}`);
  return settled.error;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}
