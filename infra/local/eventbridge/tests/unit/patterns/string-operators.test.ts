import { detailWith, itMatchesAsDocumented, itRejects } from './support/pattern-cases';

// User guide, "Comparison operators": prefix, suffix, equals-ignore-case and their ignore-case forms.

describe('prefix matching', () => {
  const time = { time: [{ prefix: '2017-10-02' }] };
  itMatchesAsDocumented([
    { says: 'matches a string that starts with the prefix', pattern: time, event: { time: '2017-10-02T18:43:48Z' }, matches: true },
    { says: 'does not match a string that starts otherwise', pattern: time, event: { time: '2017-10-03T18:43:48Z' }, matches: false },
    { says: 'matches the prefix itself', pattern: time, event: { time: '2017-10-02' }, matches: true },
    { says: 'does not match a string shorter than the prefix', pattern: time, event: { time: '2017-10' }, matches: false },
    { says: 'is case-sensitive', pattern: { region: [{ prefix: 'us-' }] }, event: { region: 'US-east-1' }, matches: false },
    { says: 'does not match the prefix found later in the string', pattern: { region: [{ prefix: 'us-' }] }, event: { region: 'eu-us-1' }, matches: false },
    { says: 'does not match numbers, whose text would start with it', pattern: { detail: { n: [{ prefix: '12' }] } }, event: detailWith({ n: 123 }), matches: false },
    { says: 'does not match booleans', pattern: { detail: { b: [{ prefix: 'tr' }] } }, event: detailWith({ b: true }), matches: false },
    { says: 'does not match null', pattern: { detail: { b: [{ prefix: 'nu' }] } }, event: detailWith({ b: null }), matches: false },
    { says: 'does not match a missing field', pattern: { detail: { b: [{ prefix: 'x' }] } }, event: detailWith({}), matches: false },
    { says: 'with an empty prefix matches any string', pattern: { detail: { s: [{ prefix: '' }] } }, event: detailWith({ s: 'anything' }), matches: true },
    { says: 'with an empty prefix matches the empty string', pattern: { detail: { s: [{ prefix: '' }] } }, event: detailWith({ s: '' }), matches: true },
    { says: 'with an empty prefix still needs a string', pattern: { detail: { s: [{ prefix: '' }] } }, event: detailWith({ s: 5 }), matches: false },
    { says: 'matches any element of an event array', pattern: { resources: [{ prefix: 'arn:aws:s3' }] }, event: { resources: ['arn:aws:ec2:x', 'arn:aws:s3:::b'] }, matches: true },
    { says: 'matches one of several prefixes', pattern: { region: [{ prefix: 'us-' }, { prefix: 'eu-' }] }, event: { region: 'eu-west-1' }, matches: true },
  ]);
});

describe('prefix matching while ignoring case', () => {
  const service = { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } };
  itMatchesAsDocumented([
    { says: 'matches the same casing', pattern: service, event: detailWith({ service: 'EventBridge' }), matches: true },
    { says: 'matches upper case', pattern: service, event: detailWith({ service: 'EVENTBRIDGE' }), matches: true },
    { says: 'matches lower case', pattern: service, event: detailWith({ service: 'eventbridge' }), matches: true },
    { says: 'matches mixed case', pattern: service, event: detailWith({ service: 'eVeNtB' }), matches: true },
    { says: 'does not match another prefix', pattern: service, event: detailWith({ service: 'Events' }), matches: false },
    { says: 'does not match non-strings', pattern: service, event: detailWith({ service: 42 }), matches: false },
    { says: 'folds non-ASCII letters too', pattern: { detail: { city: [{ prefix: { 'equals-ignore-case': 'zü' } }] } }, event: detailWith({ city: 'ZÜRICH' }), matches: true },
  ]);
});

describe('suffix matching', () => {
  const png = { FileName: [{ suffix: '.png' }] };
  itMatchesAsDocumented([
    { says: 'matches a string that ends with the suffix', pattern: png, event: { FileName: 'photo.png' }, matches: true },
    { says: 'does not match another ending', pattern: png, event: { FileName: 'photo.jpg' }, matches: false },
    { says: 'is case-sensitive', pattern: png, event: { FileName: 'photo.PNG' }, matches: false },
    { says: 'matches the suffix itself', pattern: png, event: { FileName: '.png' }, matches: true },
    { says: 'does not match the suffix found earlier in the string', pattern: png, event: { FileName: 'a.png.bak' }, matches: false },
    { says: 'does not match numbers', pattern: { detail: { n: [{ suffix: '5' }] } }, event: detailWith({ n: 125 }), matches: false },
    { says: 'with an empty suffix matches any string', pattern: { detail: { s: [{ suffix: '' }] } }, event: detailWith({ s: 'x' }), matches: true },
    { says: 'matches any element of an event array', pattern: { detail: { files: [{ suffix: '.png' }] } }, event: detailWith({ files: ['a.txt', 'b.png'] }), matches: true },
  ]);
});

describe('suffix matching while ignoring case', () => {
  const png = { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } };
  itMatchesAsDocumented([
    { says: 'matches lower case', pattern: png, event: detailWith({ FileName: 'a.png' }), matches: true },
    { says: 'matches upper case', pattern: png, event: detailWith({ FileName: 'A.PNG' }), matches: true },
    { says: 'matches mixed case', pattern: png, event: detailWith({ FileName: 'a.PnG' }), matches: true },
    { says: 'does not match another ending', pattern: png, event: detailWith({ FileName: 'a.png2' }), matches: false },
    { says: 'does not match null', pattern: png, event: detailWith({ FileName: null }), matches: false },
  ]);
});

describe('equals-ignore-case matching', () => {
  const alice = { detail: { name: [{ 'equals-ignore-case': 'alice' }] } };
  itMatchesAsDocumented([
    { says: 'matches the same string', pattern: alice, event: detailWith({ name: 'alice' }), matches: true },
    { says: 'matches another casing', pattern: alice, event: detailWith({ name: 'Alice' }), matches: true },
    { says: 'matches all upper case', pattern: alice, event: detailWith({ name: 'ALICE' }), matches: true },
    { says: 'does not match a longer string', pattern: alice, event: detailWith({ name: 'Alice B' }), matches: false },
    { says: 'does not match a prefix of it', pattern: alice, event: detailWith({ name: 'Ali' }), matches: false },
    { says: 'does not match non-strings', pattern: { detail: { v: [{ 'equals-ignore-case': 'true' }] } }, event: detailWith({ v: true }), matches: false },
    { says: 'matches the empty string with ""', pattern: { detail: { v: [{ 'equals-ignore-case': '' }] } }, event: detailWith({ v: '' }), matches: true },
    { says: 'matches any element of an event array', pattern: alice, event: detailWith({ name: ['Bob', 'ALICE'] }), matches: true },
    { says: 'folds non-ASCII letters', pattern: { detail: { name: [{ 'equals-ignore-case': 'ÉLODIE' }] } }, event: detailWith({ name: 'élodie' }), matches: true },
  ]);
});

describe('invalid string operators', () => {
  itRejects([
    { says: 'rejects a numeric prefix', pattern: { a: [{ prefix: 5 }] }, reason: /"prefix" must be a string or \{"equals-ignore-case": string\}.*at "a"/ },
    { says: 'rejects a list of prefixes in one expression', pattern: { a: [{ prefix: ['a', 'b'] }] }, reason: /"prefix" must be a string/ },
    { says: 'rejects a null prefix', pattern: { a: [{ prefix: null }] }, reason: /"prefix" must be a string/ },
    { says: 'rejects an operator other than equals-ignore-case nested in prefix', pattern: { a: [{ prefix: { suffix: 'x' } }] }, reason: /unsupported "prefix" pattern "suffix"/ },
    { says: 'rejects an empty object nested in prefix', pattern: { a: [{ prefix: {} }] }, reason: /unsupported "prefix" pattern null/ },
    { says: 'rejects a second key next to equals-ignore-case in prefix', pattern: { a: [{ prefix: { 'equals-ignore-case': 'x', wildcard: 'y' } }] }, reason: /only one key is allowed in a "prefix" expression/ },
    { says: 'rejects a non-string equals-ignore-case inside prefix', pattern: { a: [{ prefix: { 'equals-ignore-case': 1 } }] }, reason: /"prefix": "equals-ignore-case" must be a string/ },
    { says: 'rejects a numeric suffix', pattern: { a: [{ suffix: 1 }] }, reason: /"suffix" must be a string/ },
    { says: 'rejects anything-but nested in suffix', pattern: { a: [{ suffix: { 'anything-but': 'x' } }] }, reason: /unsupported "suffix" pattern "anything-but"/ },
    { says: 'rejects a non-string equals-ignore-case inside suffix', pattern: { a: [{ suffix: { 'equals-ignore-case': ['x'] } }] }, reason: /"suffix": "equals-ignore-case" must be a string/ },
    { says: 'rejects a numeric equals-ignore-case', pattern: { a: [{ 'equals-ignore-case': 5 }] }, reason: /"equals-ignore-case" must be a string/ },
    { says: 'rejects a list in equals-ignore-case', pattern: { a: [{ 'equals-ignore-case': ['a'] }] }, reason: /"equals-ignore-case" must be a string/ },
    { says: 'rejects prefix nested in equals-ignore-case', pattern: { a: [{ 'equals-ignore-case': { prefix: 'a' } }] }, reason: /"equals-ignore-case" must be a string/ },
  ]);
});
