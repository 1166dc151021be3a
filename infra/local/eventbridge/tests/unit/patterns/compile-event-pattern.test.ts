import type { JsonObject } from '../../../../assembly/json';
import { compileEventPattern, InvalidEventPatternError } from '../../../patterns';
import { compileError } from './support/engine-cases';

describe('compileEventPattern', () => {
  it('accepts JSON text and keeps the parsed pattern as its source', () => {
    // Act
    const compiled = compileEventPattern('{"source":["aws.ec2"]}');

    // Assess
    expect(compiled.source).toEqual({ source: ['aws.ec2'] });
  });

  it('accepts an already-parsed pattern and keeps it as its source', () => {
    // Prepare
    const pattern = { source: ['aws.ec2'] };

    // Act
    const compiled = compileEventPattern(pattern);

    // Assess
    expect(compiled.source).toBe(pattern);
  });

  it('matches the same way whether given text or a parsed value', () => {
    // Prepare
    const pattern = { detail: { n: [{ numeric: ['>', 1] }], s: [{ prefix: 'a' }] } };
    const events: JsonObject[] = [{ detail: { n: 2, s: 'ab' } }, { detail: { n: 1, s: 'ab' } }, { detail: { n: 2, s: 'b' } }];

    // Act
    const fromText = events.map((event) => compileEventPattern(JSON.stringify(pattern)).matches(event));
    const fromValue = events.map((event) => compileEventPattern(pattern).matches(event));

    // Assess
    expect(fromText).toEqual([true, false, false]);
    expect(fromValue).toEqual(fromText);
  });

  it('can be reused for many events', () => {
    // Prepare
    const compiled = compileEventPattern({ source: ['a', 'b'] });

    // Act
    const results = ['a', 'c', 'b', 'a'].map((source) => compiled.matches({ source }));

    // Assess
    expect(results).toEqual([true, false, true, true]);
  });

  it('matches any JSON object, such as a Lambda filter record', () => {
    // Prepare
    const filter = compileEventPattern({ body: { status: ['PAID'], total: [{ numeric: ['>=', 100] }] } });

    // Act
    const results = [
      filter.matches({ messageId: '1', body: { status: 'PAID', total: 120 } }),
      filter.matches({ messageId: '2', body: { status: 'PAID', total: 99 } }),
      filter.matches({ eventName: 'INSERT', dynamodb: { NewImage: {} } }),
    ];

    // Assess
    expect(results).toEqual([true, false, false]);
  });

  it('works on frozen patterns and events without changing them', () => {
    // Prepare
    const pattern = Object.freeze({ detail: Object.freeze({ items: Object.freeze([Object.freeze({ prefix: 'x' })]) }) });
    const event = Object.freeze({ detail: Object.freeze({ items: Object.freeze(['xy']) }) });

    // Act
    const matched = compileEventPattern(pattern).matches(event);

    // Assess
    expect(matched).toBe(true);
  });

  it("reports an invalid pattern with EventBridge's exception name and message style", () => {
    // Act
    const error = compileError({ source: 'aws.ec2' });

    // Assess
    expect(error).toBeInstanceOf(InvalidEventPatternError);
    expect(error).toBeInstanceOf(Error);
    expect(error?.code).toBe('InvalidEventPatternException');
    expect(error?.message).toBe(
      'Event pattern is not valid. Reason: "source" must be an object or an array, got "aws.ec2" (at "source")',
    );
  });
});
