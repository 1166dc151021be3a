import { detailWith, itMatchesAsDocumented, itRejects } from './support/pattern-cases';

// User guide, "Event patterns" / "Matching event values" / "Null values and empty strings" / "Arrays".

describe('exact string values', () => {
  itMatchesAsDocumented([
    { says: 'matches a string equal to the listed one', pattern: { detail: { state: ['running'] } }, event: detailWith({ state: 'running' }), matches: true },
    { says: 'does not match a different string', pattern: { detail: { state: ['running'] } }, event: detailWith({ state: 'stopped' }), matches: false },
    { says: 'compares character by character without case folding', pattern: { detail: { state: ['running'] } }, event: detailWith({ state: 'Running' }), matches: false },
    { says: 'does not trim or normalise whitespace', pattern: { detail: { state: ['running'] } }, event: detailWith({ state: 'running ' }), matches: false },
    { says: 'does not treat a prefix of the value as equal', pattern: { detail: { state: ['run'] } }, event: detailWith({ state: 'running' }), matches: false },
    { says: 'does not normalise Unicode (composed é vs e + combining accent)', pattern: { detail: { name: ['caf\u00e9'] } }, event: detailWith({ name: 'cafe\u0301' }), matches: false },
    { says: 'matches non-ASCII strings exactly', pattern: { detail: { name: ['Zürich 東京'] } }, event: detailWith({ name: 'Zürich 東京' }), matches: true },
    { says: 'does not match the number with the same digits', pattern: { detail: { code: ['300'] } }, event: detailWith({ code: 300 }), matches: false },
    { says: 'does not match the boolean with the same spelling', pattern: { detail: { flag: ['true'] } }, event: detailWith({ flag: true }), matches: false },
    { says: 'does not match null with the string "null"', pattern: { detail: { value: ['null'] } }, event: detailWith({ value: null }), matches: false },
    { says: 'matches an ARN exactly, ":" and "/" are not interchangeable', pattern: { resources: ['arn:aws:s3:::bucket/key'] }, event: { resources: ['arn:aws:s3:::bucket:key'] }, matches: false },
  ]);
});

describe('empty strings and null', () => {
  itMatchesAsDocumented([
    { says: 'matches an empty string with [""]', pattern: { detail: { eventVersion: [''] } }, event: detailWith({ eventVersion: '' }), matches: true },
    { says: 'does not match null with [""]', pattern: { detail: { eventVersion: [''] } }, event: detailWith({ eventVersion: null }), matches: false },
    { says: 'does not match a missing field with [""]', pattern: { detail: { eventVersion: [''] } }, event: detailWith({}), matches: false },
    { says: 'matches null with [null]', pattern: { detail: { responseElements: [null] } }, event: detailWith({ responseElements: null }), matches: true },
    { says: 'does not match an empty string with [null]', pattern: { detail: { responseElements: [null] } }, event: detailWith({ responseElements: '' }), matches: false },
    { says: 'does not match a missing field with [null]', pattern: { detail: { responseElements: [null] } }, event: detailWith({}), matches: false },
    { says: 'does not match an empty object with [null]', pattern: { detail: { responseElements: [null] } }, event: detailWith({ responseElements: {} }), matches: false },
    { says: 'does not match false with [null]', pattern: { detail: { responseElements: [null] } }, event: detailWith({ responseElements: false }), matches: false },
    { says: 'matches null inside an event array with [null]', pattern: { detail: { values: [null] } }, event: detailWith({ values: ['a', null] }), matches: true },
  ]);
});

describe('booleans', () => {
  itMatchesAsDocumented([
    { says: 'matches true with [true]', pattern: { detail: { enabled: [true] } }, event: detailWith({ enabled: true }), matches: true },
    { says: 'does not match false with [true]', pattern: { detail: { enabled: [true] } }, event: detailWith({ enabled: false }), matches: false },
    { says: 'matches false with [false]', pattern: { detail: { enabled: [false] } }, event: detailWith({ enabled: false }), matches: true },
    { says: 'does not match the number 1 with [true]', pattern: { detail: { enabled: [true] } }, event: detailWith({ enabled: 1 }), matches: false },
    { says: 'does not match the string "false" with [false]', pattern: { detail: { enabled: [false] } }, event: detailWith({ enabled: 'false' }), matches: false },
    { says: 'does not match null with [false]', pattern: { detail: { enabled: [false] } }, event: detailWith({ enabled: null }), matches: false },
  ]);
});

describe('exact numbers', () => {
  itMatchesAsDocumented([
    { says: 'matches an equal integer', pattern: { detail: { 'risk-score': [80] } }, event: detailWith({ 'risk-score': 80 }), matches: true },
    { says: 'does not match a different integer', pattern: { detail: { 'risk-score': [80] } }, event: detailWith({ 'risk-score': 81 }), matches: false },
    { says: 'does not match the string with the same digits', pattern: { detail: { 'risk-score': [80] } }, event: detailWith({ 'risk-score': '80' }), matches: false },
    { says: 'compares numbers by value: 300 matches 300.0 written in the event', pattern: '{"detail":{"n":[300]}}', event: JSON.parse('{"detail":{"n":300.0}}') as never, matches: true },
    { says: 'compares numbers by value: 3.0e2 in the pattern matches 300', pattern: '{"detail":{"n":[3.0e2]}}', event: detailWith({ n: 300 }), matches: true },
    { says: 'matches a negative decimal', pattern: { detail: { n: [-12.5] } }, event: detailWith({ n: -12.5 }), matches: true },
    { says: 'matches zero with -0', pattern: '{"detail":{"n":[-0]}}', event: detailWith({ n: 0 }), matches: true },
    { says: 'matches decimals at six places exactly', pattern: { detail: { n: [0.000001] } }, event: detailWith({ n: 0.000001 }), matches: true },
    { says: 'tells apart decimals that differ at the sixth place', pattern: { detail: { n: [0.000001] } }, event: detailWith({ n: 0.000002 }), matches: false },
    { says: 'does not suffer floating-point drift (0.1 + 0.2 is 0.3)', pattern: { detail: { n: [0.3] } }, event: detailWith({ n: 0.1 + 0.2 }), matches: true },
    { says: 'matches a 12-digit account number beyond the numeric-matching range by exact value', pattern: { detail: { accountNumber: [123456789012] } }, event: detailWith({ accountNumber: 123456789012 }), matches: true },
    { says: 'does not match a different large number', pattern: { detail: { accountNumber: [123456789012] } }, event: detailWith({ accountNumber: 123456789013 }), matches: false },
    { says: 'matches one of several listed numbers', pattern: { detail: { code: [200, 201, 204] } }, event: detailWith({ code: 204 }), matches: true },
    { says: 'matches a number inside an event array', pattern: { detail: { codes: [404] } }, event: detailWith({ codes: [200, 404] }), matches: true },
  ]);
});

describe('arrays in the pattern are OR', () => {
  itMatchesAsDocumented([
    { says: 'matches when the value is the first listed one', pattern: { source: ['aws.ec2', 'aws.fargate'] }, event: { source: 'aws.ec2' }, matches: true },
    { says: 'matches when the value is the second listed one', pattern: { source: ['aws.ec2', 'aws.fargate'] }, event: { source: 'aws.fargate' }, matches: true },
    { says: 'does not match a value that is not listed', pattern: { source: ['aws.ec2', 'aws.fargate'] }, event: { source: 'aws.s3' }, matches: false },
    { says: 'mixes value types in one list', pattern: { detail: { v: ['1', 1, true, null] } }, event: detailWith({ v: null }), matches: true },
    { says: 'mixes exact values and operators in one list', pattern: { detail: { state: ['running', { prefix: 'stop' }] } }, event: detailWith({ state: 'stopping' }), matches: true },
  ]);
});

describe('array-valued event fields', () => {
  const pattern = {
    resources: [
      'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
    ],
  };
  itMatchesAsDocumented([
    {
      says: 'matches when the pattern list and the event array intersect',
      pattern,
      event: { resources: ['arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:x', 'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] },
      matches: true,
    },
    { says: 'does not match when they do not intersect', pattern, event: { resources: ['arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f'] }, matches: false },
    { says: 'does not match an empty event array', pattern, event: { resources: [] }, matches: false },
    { says: 'looks into nested event arrays', pattern: { detail: { tags: ['Insider'] } }, event: detailWith({ tags: [['Custom_Alert'], ['Insider']] }), matches: true },
    { says: 'matches fields of objects inside an event array', pattern: { detail: { employees: { firstName: ['Anna'] } } }, event: detailWith({ employees: [{ firstName: 'John' }, { firstName: 'Anna' }] }), matches: true },
    { says: 'matches objects inside nested event arrays', pattern: { detail: { employees: { firstName: ['Peter'] } } }, event: detailWith({ employees: [[{ firstName: 'John' }], [{ firstName: 'Peter' }]] }), matches: true },
    {
      says: 'requires conditions on one array element to hold in the same element',
      pattern: { detail: { employees: { firstName: ['Anna'], lastName: ['Jones'] } } },
      event: detailWith({ employees: [{ firstName: 'Anna', lastName: 'Smith' }, { firstName: 'Peter', lastName: 'Jones' }] }),
      matches: false,
    },
    {
      says: 'matches conditions that hold together in one element',
      pattern: { detail: { employees: { firstName: ['Anna'], lastName: ['Smith'] } } },
      event: detailWith({ employees: [{ firstName: 'John', lastName: 'Doe' }, { firstName: 'Anna', lastName: 'Smith' }] }),
      matches: true,
    },
    {
      says: 'lets separate arrays pick their own elements',
      pattern: { detail: { a: { x: [1] }, b: { y: [2] } } },
      event: detailWith({ a: [{ x: 0 }, { x: 1 }], b: [{ y: 2 }, { y: 3 }] }),
      matches: true,
    },
    { says: 'ignores objects in an array when matching the field itself as a leaf', pattern: { detail: { items: ['a'] } }, event: detailWith({ items: [{ name: 'a' }] }), matches: false },
    { says: 'matches the primitive elements of a mixed array', pattern: { detail: { items: ['a'] } }, event: detailWith({ items: [{ name: 'b' }, 'a'] }), matches: true },
  ]);
});

describe('nested objects and field presence', () => {
  itMatchesAsDocumented([
    { says: 'matches a field nested in the same structure', pattern: { detail: { trigger: { risk: [8] } } }, event: detailWith({ trigger: { risk: 8 } }), matches: true },
    { says: 'does not match when the nesting differs', pattern: { detail: { trigger: { risk: [8] } } }, event: detailWith({ risk: 8 }), matches: false },
    { says: 'does not match when a listed field is missing', pattern: { source: ['aws.ec2'], detail: { state: ['running'] } }, event: { source: 'aws.ec2' }, matches: false },
    { says: 'ignores event fields the pattern does not mention', pattern: { source: ['aws.ec2'] }, event: { source: 'aws.ec2', detail: { anything: [1, 2] }, extra: 'x' }, matches: true },
    { says: 'does not match a leaf condition against an object value', pattern: { detail: { state: ['running'] } }, event: detailWith({ state: { name: 'running' } }), matches: false },
    { says: 'does not match a nested pattern against a string value', pattern: { detail: { state: { name: ['running'] } } }, event: detailWith({ state: 'running' }), matches: false },
    { says: 'requires every field at every level (AND)', pattern: { detail: { a: ['1'], b: { c: ['2'] } } }, event: detailWith({ a: '1', b: { c: '3' } }), matches: false },
    { says: 'does not read a dotted key as a path', pattern: { detail: { 'state.status': ['running'] } }, event: detailWith({ state: { status: 'running' } }), matches: false },
    { says: 'matches a dotted key literally', pattern: { detail: { 'state.status': ['running'] } }, event: detailWith({ 'state.status': 'running' }), matches: true },
    { says: 'does not mistake inherited object members for event fields', pattern: { detail: { constructor: [{ exists: true }] } }, event: detailWith({}), matches: false },
    { says: 'matches an event field named "__proto__"', pattern: '{"detail":{"__proto__":["x"]}}', event: JSON.parse('{"detail":{"__proto__":"x"}}') as never, matches: true },
    { says: 'matches an empty-string key', pattern: { detail: { '': ['v'] } }, event: detailWith({ '': 'v' }), matches: true },
  ]);
});

describe('the envelope fields', () => {
  const event = {
    version: '0',
    id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
    'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2',
    account: '111122223333',
    time: '2017-12-22T18:43:48Z',
    region: 'us-west-1',
    resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
    detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
  };
  itMatchesAsDocumented([
    { says: 'matches on source', pattern: { source: ['aws.ec2'] }, event, matches: true },
    { says: 'matches on detail-type', pattern: { 'detail-type': ['EC2 Instance State-change Notification'] }, event, matches: true },
    { says: 'matches on account', pattern: { account: ['111122223333'] }, event, matches: true },
    { says: 'does not match another account', pattern: { account: ['444455556666'] }, event, matches: false },
    { says: 'does not match the account as a number', pattern: { account: [111122223333] }, event, matches: false },
    { says: 'matches on region', pattern: { region: ['us-west-1', 'us-east-1'] }, event, matches: true },
    { says: 'matches on resources', pattern: { resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'] }, event, matches: true },
    { says: 'matches on time', pattern: { time: ['2017-12-22T18:43:48Z'] }, event, matches: true },
    { says: 'matches on id', pattern: { id: ['6a7e8feb-b491-4cf7-a9f1-bf3703467718'] }, event, matches: true },
    { says: 'matches on version', pattern: { version: ['0'] }, event, matches: true },
    { says: 'does not match version as the number 0', pattern: { version: [0] }, event, matches: false },
    {
      says: 'matches the documented EC2 termination pattern',
      pattern: { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: ['terminated'] } },
      event,
      matches: true,
    },
    {
      says: 'does not match it when one field differs',
      pattern: { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: ['running'] } },
      event,
      matches: false,
    },
  ]);
});

describe('invalid value lists', () => {
  itRejects([
    { says: 'rejects a leaf that is a string, not a list', pattern: { source: 'aws.ec2' }, reason: /"source" must be an object or an array.*at "source"/ },
    { says: 'rejects a leaf that is a number', pattern: { detail: { n: 5 } }, reason: /"n" must be an object or an array.*at "detail\.n"/ },
    { says: 'rejects a leaf that is null', pattern: { detail: { n: null } }, reason: /"n" must be an object or an array/ },
    { says: 'rejects a leaf that is a boolean', pattern: { detail: { n: true } }, reason: /"n" must be an object or an array/ },
    { says: 'rejects an empty value list', pattern: { source: [] }, reason: /empty arrays are not allowed.*at "source"/ },
    { says: 'rejects a nested list inside a value list', pattern: { source: [['aws.ec2']] }, reason: /match values must be strings, numbers, true, false, null or match expressions/ },
    { says: 'rejects an empty match expression', pattern: { source: [{}] }, reason: /match expression must name an operator/ },
    { says: 'rejects an unknown operator', pattern: { source: [{ contains: 'ec2' }] }, reason: /unrecognized match type "contains"/ },
    { says: 'rejects an operator spelled in another case', pattern: { source: [{ Prefix: 'aws.' }] }, reason: /unrecognized match type "Prefix"/ },
    { says: 'rejects an undocumented "exactly" operator', pattern: { source: [{ exactly: 'aws.ec2' }] }, reason: /unrecognized match type "exactly"/ },
    { says: 'rejects two operators in one expression', pattern: { source: [{ prefix: 'aws.', suffix: 'ec2' }] }, reason: /only one operator is allowed in a match expression, got prefix, suffix/ },
  ]);
});
