import { mapLambdaResult } from '../../response-v2';

const text = (result: ReturnType<typeof mapLambdaResult>): unknown =>
  result.kind === 'response' ? { status: result.response.status, headers: result.response.headers, body: result.response.body.toString() } : result;

describe('mapLambdaResult', () => {
  it('uses a result with statusCode as given, each cookie becoming a set-cookie header', () => {
    // Prepare
    const result = {
      statusCode: 201,
      headers: { 'Content-Type': 'application/json', Location: '/orders/o1', 'X-Count': 3 },
      cookies: ['session=abc; HttpOnly', 'theme=dark'],
      body: '{"orderId":"o1"}',
    };
    // Act
    const mapped = mapLambdaResult({ payload: JSON.stringify(result) });
    // Assess
    expect(text(mapped)).toEqual({
      status: 201,
      headers: [
        ['content-type', 'application/json'],
        ['location', '/orders/o1'],
        ['x-count', '3'],
        ['set-cookie', 'session=abc; HttpOnly'],
        ['set-cookie', 'theme=dark'],
      ],
      body: '{"orderId":"o1"}',
    });
  });

  it('decodes a base64 body', () => {
    // Prepare
    const bytes = Buffer.from([0, 1, 2, 254, 255]);
    // Act
    const mapped = mapLambdaResult({ payload: JSON.stringify({ statusCode: 200, isBase64Encoded: true, body: bytes.toString('base64') }) });
    // Assess
    expect(mapped.kind === 'response' ? mapped.response.body : undefined).toEqual(bytes);
  });

  it('answers an empty body when the result has none', () => {
    // Act
    const mapped = mapLambdaResult({ payload: JSON.stringify({ statusCode: 204 }) });
    // Assess
    expect(text(mapped)).toEqual({ status: 204, headers: [], body: '' });
  });

  it.each([
    ['an object', { message: 'Hello from Lambda!' }, '{"message":"Hello from Lambda!"}'],
    ['a string', 'Hello from Lambda!', 'Hello from Lambda!'],
    ['an array', [1, 2], '[1,2]'],
    ['null', null, 'null'],
  ])('turns %s without statusCode into a 200 JSON response', (_case, result, body) => {
    // Act
    const mapped = mapLambdaResult({ payload: JSON.stringify(result) });
    // Assess
    expect(text(mapped)).toEqual({ status: 200, headers: [['content-type', 'application/json']], body });
  });

  it.each([
    ['a function error', { payload: '{"errorType":"TypeError","errorMessage":"x is undefined"}', functionError: 'Unhandled' }, 'function error (Unhandled): TypeError'],
    ['a throttled invocation', { statusCode: 429, payload: '{"message":"Rate Exceeded."}' }, 'Rate Exceeded. (the function is throttled)'],
    ['another Lambda service error', { statusCode: 502, payload: '{}' }, 'Lambda answered HTTP 502'],
    ['a result that is not JSON', { payload: 'oops' }, 'malformed Lambda proxy response: the result is not JSON'],
    ['a statusCode out of range', { payload: '{"statusCode":42}' }, 'malformed Lambda proxy response: statusCode must be an integer from 100 to 599'],
    ['a statusCode as text', { payload: '{"statusCode":"200"}' }, 'malformed Lambda proxy response: statusCode must be an integer from 100 to 599'],
    ['a body that is not a string', { payload: '{"statusCode":200,"body":{"a":1}}' }, 'malformed Lambda proxy response: body must be a string'],
    ['a header with an object value', { payload: '{"statusCode":200,"headers":{"x":{}}}' }, 'malformed Lambda proxy response: header "x" is not a valid header'],
    ['a header with a line break', { payload: '{"statusCode":200,"headers":{"x":"a\\r\\nb"}}' }, 'malformed Lambda proxy response: header "x" is not a valid header'],
    ['cookies that are not strings', { payload: '{"statusCode":200,"cookies":[1]}' }, 'malformed Lambda proxy response: cookies must be an array of strings'],
  ])('fails %s', (_case, result, reason) => {
    // Act
    const mapped = mapLambdaResult(result);
    // Assess
    expect(mapped).toEqual({ kind: 'failure', reason });
  });
});
