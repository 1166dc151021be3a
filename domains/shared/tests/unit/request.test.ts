import { ValidationError } from '../../http/errors';
import { NotFoundError } from '../../http/errors';
import {
  ifMatchVersion,
  integerQueryParameter,
  MAX_BODY_BYTES,
  parseJsonBody,
  stringQueryParameter,
  ulidPathParameter,
} from '../../http/request';
import { toHttpRequest } from '../../http/request-context';
import { compileValidator } from '../../testing/compile-validator';
import { thrownCode } from '../../testing/errors';
import { httpApiEvent, type HttpApiEventOptions, lambdaContext } from '../../testing/http-api-event';

const request = (options: Partial<HttpApiEventOptions> = {}) => toHttpRequest(httpApiEvent({ route: 'POST /things', ...options }), lambdaContext());

const thing = compileValidator<{ name: string }>({
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: { type: 'string', minLength: 1 } },
});

describe('parseJsonBody', () => {
  it('returns the validated body', () => {
    // Act
    const body = parseJsonBody(request({ body: { name: 'cup' } }), thing);
    // Assess
    expect(body).toEqual({ name: 'cup' });
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/merge-patch+json'])(
    'accepts content-type %s',
    (contentType) => {
      // Act
      const body = parseJsonBody(request({ body: '{"name":"cup"}', headers: { 'content-type': contentType } }), thing);
      // Assess
      expect(body).toEqual({ name: 'cup' });
    },
  );

  it('tolerates a missing content-type, as curl and some SDKs send none', () => {
    // Act
    const body = parseJsonBody(request({ body: '{"name":"cup"}' }), thing);
    // Assess
    expect(body).toEqual({ name: 'cup' });
  });

  it('refuses another content-type with 415 UNSUPPORTED_MEDIA_TYPE', () => {
    // Act
    const code = thrownCode(() => parseJsonBody(request({ body: '{"name":"cup"}', headers: { 'content-type': 'text/plain' } }), thing));
    // Assess
    expect(code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts exactly 64 KB and refuses one byte more with 413 PAYLOAD_TOO_LARGE', () => {
    // Prepare
    const padding = (size: number) => `{"name":"${'x'.repeat(size - '{"name":""}'.length)}"}`;
    // Act
    const atLimit = thrownCode(() => parseJsonBody(request({ body: padding(MAX_BODY_BYTES) }), thing));
    const overLimit = thrownCode(() => parseJsonBody(request({ body: padding(MAX_BODY_BYTES + 1) }), thing));
    // Assess
    expect(atLimit).toBeUndefined();
    expect(overLimit).toBe('PAYLOAD_TOO_LARGE');
  });

  it('measures the limit in bytes, not characters', () => {
    // Prepare: 3 bytes per character in UTF-8
    const body = `{"name":"${'€'.repeat(Math.ceil(MAX_BODY_BYTES / 3))}"}`;
    // Act
    const code = thrownCode(() => parseJsonBody(request({ body }), thing));
    // Assess
    expect(code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('decodes a base64-encoded body', () => {
    // Prepare
    const body = Buffer.from('{"name":"cup"}').toString('base64');
    // Act
    const parsed = parseJsonBody(request({ body, isBase64Encoded: true }), thing);
    // Assess
    expect(parsed).toEqual({ name: 'cup' });
  });

  it.each([
    ['broken JSON', '{"name":'],
    ['an empty body', ''],
    ['a blank body', '  \n'],
  ])('refuses %s with 400 MALFORMED_JSON', (_case, body) => {
    // Act
    const code = thrownCode(() => parseJsonBody(request({ body }), thing));
    // Assess
    expect(code).toBe('MALFORMED_JSON');
  });

  it('refuses a missing body with 400 MALFORMED_JSON', () => {
    // Act
    const code = thrownCode(() => parseJsonBody(request(), thing));
    // Assess
    expect(code).toBe('MALFORMED_JSON');
  });

  it('lists every schema violation, unknown fields included', () => {
    // Act
    let error: unknown;
    try {
      parseJsonBody(request({ body: { name: '', colour: 'red' } }), thing);
    } catch (caught: unknown) {
      error = caught;
    }
    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual([
      { path: 'colour', message: 'is not an allowed field' },
      { path: 'name', message: 'must NOT have fewer than 1 characters' },
    ]);
  });
});

describe('query parameters', () => {
  const limit = { min: 1, max: 100, defaultValue: 20 };

  it('uses the default for a missing or empty integer', () => {
    // Act
    const values = [integerQueryParameter(request(), 'limit', limit), integerQueryParameter(request({ query: { limit: '' } }), 'limit', limit)];
    // Assess
    expect(values).toEqual([20, 20]);
  });

  it('reads an integer within range', () => {
    // Act
    const value = integerQueryParameter(request({ query: { limit: '100' } }), 'limit', limit);
    // Assess
    expect(value).toBe(100);
  });

  it.each(['0', '101', '1e2', '3.0', ' 5', '0x10', '99999999999999999999'])('refuses limit=%s with VALIDATION_ERROR at query.limit', (raw) => {
    // Act
    let error: unknown;
    try {
      integerQueryParameter(request({ query: { limit: raw } }), 'limit', limit);
    } catch (caught: unknown) {
      error = caught;
    }
    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual([{ path: 'query.limit', message: 'must be an integer from 1 to 100' }]);
  });

  it('validates a string parameter and reports violations at query.<name>', () => {
    // Prepare
    const slug = compileValidator<string>({ type: 'string', pattern: '^[a-z]+$' });
    // Act
    let error: unknown;
    try {
      stringQueryParameter(request({ query: { category: 'Kitchen' } }), 'category', slug);
    } catch (caught: unknown) {
      error = caught;
    }
    // Assess
    expect((error as ValidationError).details).toEqual([{ path: 'query.category', message: 'must match pattern "^[a-z]+$"' }]);
  });
});

describe('ulidPathParameter', () => {
  const notFound = () => new NotFoundError('THING_NOT_FOUND', 'No such thing');

  it('returns a ULID', () => {
    // Act
    const id = ulidPathParameter(request({ route: 'GET /things/{id}', pathParameters: { id: '01JH0000000000000000000P01' } }), 'id', notFound);
    // Assess
    expect(id).toBe('01JH0000000000000000000P01');
  });

  it('answers anything else with the caller’s not-found error', () => {
    // Act
    const code = thrownCode(() => ulidPathParameter(request({ route: 'GET /things/{id}', pathParameters: { id: 'nope' } }), 'id', notFound));
    // Assess
    expect(code).toBe('THING_NOT_FOUND');
  });
});

describe('ifMatchVersion', () => {
  it.each([
    ['absent', undefined, undefined],
    ['a bare number', '7', 7],
    ['a quoted ETag', '"7"', 7],
    ['the wildcard', '*', undefined],
  ])('reads %s', (_case, header, expected) => {
    // Act
    const version = ifMatchVersion(request(header === undefined ? {} : { headers: { 'If-Match': header } }));
    // Assess
    expect(version).toBe(expected);
  });

  it.each(['W/"7"', '"7", "8"', 'seven', '-1'])('refuses %s with VALIDATION_ERROR', (header) => {
    // Act
    const code = thrownCode(() => ifMatchVersion(request({ headers: { 'if-match': header } })));
    // Assess
    expect(code).toBe('VALIDATION_ERROR');
  });
});
