import { JsonTextCache } from '../../history/json-text';
import { execute, single } from './support/harness';

describe('JSON text of history payloads', () => {
  it('gives the JSON text and its UTF-8 size, multi-byte characters counted as bytes', () => {
    // Prepare
    const texts = new JsonTextCache();
    const value = { city: 'Zürich', note: '€' };
    // Act
    const text = texts.textOf(value);
    const bytes = texts.bytesOf(value);
    // Assess
    expect([text, bytes]).toEqual(['{"city":"Zürich","note":"€"}', Buffer.byteLength('{"city":"Zürich","note":"€"}', 'utf8')]);
  });

  it('stringifies again for another value, even one equal to the last', () => {
    // Prepare
    const texts = new JsonTextCache();
    texts.textOf({ a: 1 });
    // Act
    const texted = [texts.textOf({ a: 2 }), texts.textOf(null), texts.textOf([null])];
    // Assess
    expect(texted).toEqual(['{"a":2}', 'null', '[null]']);
  });

  it('records each state entry and exit with the JSON text of the value it saw', async () => {
    // Prepare
    const definition = {
      StartAt: 'Wrap',
      States: {
        Wrap: { Type: 'Pass', Parameters: { 'inner.$': '$' }, Next: 'Keep' },
        Keep: { Type: 'Pass', Next: 'Pick' },
        Pick: { Type: 'Pass', OutputPath: '$.inner', End: true },
      },
    };
    // Act
    const result = await execute(definition, { n: 1 });
    // Assess
    const texts = result.events.flatMap((event) => [event.stateEnteredEventDetails?.input, event.stateExitedEventDetails?.output].filter((text) => text !== undefined));
    expect(texts).toEqual(['{"n":1}', '{"inner":{"n":1}}', '{"inner":{"n":1}}', '{"inner":{"n":1}}', '{"inner":{"n":1}}', '{"n":1}']);
  });

  it('fails a state whose output is over 256 KiB with States.DataLimitExceeded', async () => {
    // Act
    const result = await execute(single({ Type: 'Pass', Result: { big: 'x'.repeat(256 * 1024) } }));
    // Assess
    expect([result.status, result.error]).toEqual(['FAILED', 'States.DataLimitExceeded']);
  });
});
