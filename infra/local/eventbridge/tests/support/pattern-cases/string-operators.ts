import { detailWith, invalid, matching, type CaseGroup } from './case-table';

// User guide, "Comparison operators": prefix, suffix, equals-ignore-case and their ignore-case forms.

const time = { time: [{ prefix: '2017-10-02' }] };
const service = { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } };
const png = { FileName: [{ suffix: '.png' }] };
const pngIgnoringCase = { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } };
const alice = { detail: { name: [{ 'equals-ignore-case': 'alice' }] } };

export const STRING_OPERATORS: readonly CaseGroup[] = [
  matching('prefix matching', [
    { name: 'matches a string that starts with the prefix', pattern: time, event: { time: '2017-10-02T18:43:48Z' }, matches: true },
    { name: 'does not match a string that starts otherwise', pattern: time, event: { time: '2017-10-03T18:43:48Z' }, matches: false },
    { name: 'matches the prefix itself', pattern: time, event: { time: '2017-10-02' }, matches: true },
    { name: 'does not match a string shorter than the prefix', pattern: time, event: { time: '2017-10' }, matches: false },
    { name: 'is case-sensitive', pattern: { region: [{ prefix: 'us-' }] }, event: { region: 'US-east-1' }, matches: false },
    { name: 'does not match the prefix found later in the string', pattern: { region: [{ prefix: 'us-' }] }, event: { region: 'eu-us-1' }, matches: false },
    { name: 'does not match numbers, whose text would start with it', pattern: { detail: { n: [{ prefix: '12' }] } }, event: detailWith({ n: 123 }), matches: false },
    { name: 'does not match booleans', pattern: { detail: { b: [{ prefix: 'tr' }] } }, event: detailWith({ b: true }), matches: false },
    { name: 'does not match null', pattern: { detail: { b: [{ prefix: 'nu' }] } }, event: detailWith({ b: null }), matches: false },
    { name: 'does not match a missing field', pattern: { detail: { b: [{ prefix: 'x' }] } }, event: detailWith({}), matches: false },
    { name: 'with an empty prefix matches any string', pattern: { detail: { s: [{ prefix: '' }] } }, event: detailWith({ s: 'anything' }), matches: true },
    { name: 'with an empty prefix matches the empty string', pattern: { detail: { s: [{ prefix: '' }] } }, event: detailWith({ s: '' }), matches: true },
    { name: 'with an empty prefix still needs a string', pattern: { detail: { s: [{ prefix: '' }] } }, event: detailWith({ s: 5 }), matches: false },
    { name: 'matches any element of an event array', pattern: { resources: [{ prefix: 'arn:aws:s3' }] }, event: { resources: ['arn:aws:ec2:x', 'arn:aws:s3:::b'] }, matches: true },
    { name: 'matches one of several prefixes', pattern: { region: [{ prefix: 'us-' }, { prefix: 'eu-' }] }, event: { region: 'eu-west-1' }, matches: true },
  ]),
  matching('prefix matching while ignoring case', [
    { name: 'matches the same casing', pattern: service, event: detailWith({ service: 'EventBridge' }), matches: true },
    { name: 'matches upper case', pattern: service, event: detailWith({ service: 'EVENTBRIDGE' }), matches: true },
    { name: 'matches lower case', pattern: service, event: detailWith({ service: 'eventbridge' }), matches: true },
    { name: 'matches mixed case', pattern: service, event: detailWith({ service: 'eVeNtB' }), matches: true },
    { name: 'does not match another prefix', pattern: service, event: detailWith({ service: 'Events' }), matches: false },
    { name: 'does not match non-strings', pattern: service, event: detailWith({ service: 42 }), matches: false },
    { name: 'folds non-ASCII letters too', pattern: { detail: { city: [{ prefix: { 'equals-ignore-case': 'zü' } }] } }, event: detailWith({ city: 'ZÜRICH' }), matches: true },
  ]),
  matching('suffix matching', [
    { name: 'matches a string that ends with the suffix', pattern: png, event: { FileName: 'photo.png' }, matches: true },
    { name: 'does not match another ending', pattern: png, event: { FileName: 'photo.jpg' }, matches: false },
    { name: 'is case-sensitive', pattern: png, event: { FileName: 'photo.PNG' }, matches: false },
    { name: 'matches the suffix itself', pattern: png, event: { FileName: '.png' }, matches: true },
    { name: 'does not match the suffix found earlier in the string', pattern: png, event: { FileName: 'a.png.bak' }, matches: false },
    { name: 'does not match numbers', pattern: { detail: { n: [{ suffix: '5' }] } }, event: detailWith({ n: 125 }), matches: false },
    { name: 'with an empty suffix matches any string', pattern: { detail: { s: [{ suffix: '' }] } }, event: detailWith({ s: 'x' }), matches: true },
    { name: 'matches any element of an event array', pattern: { detail: { files: [{ suffix: '.png' }] } }, event: detailWith({ files: ['a.txt', 'b.png'] }), matches: true },
  ]),
  matching('suffix matching while ignoring case', [
    { name: 'matches lower case', pattern: pngIgnoringCase, event: detailWith({ FileName: 'a.png' }), matches: true },
    { name: 'matches upper case', pattern: pngIgnoringCase, event: detailWith({ FileName: 'A.PNG' }), matches: true },
    { name: 'matches mixed case', pattern: pngIgnoringCase, event: detailWith({ FileName: 'a.PnG' }), matches: true },
    { name: 'does not match another ending', pattern: pngIgnoringCase, event: detailWith({ FileName: 'a.png2' }), matches: false },
    { name: 'does not match null', pattern: pngIgnoringCase, event: detailWith({ FileName: null }), matches: false },
  ]),
  matching('equals-ignore-case matching', [
    { name: 'matches the same string', pattern: alice, event: detailWith({ name: 'alice' }), matches: true },
    { name: 'matches another casing', pattern: alice, event: detailWith({ name: 'Alice' }), matches: true },
    { name: 'matches all upper case', pattern: alice, event: detailWith({ name: 'ALICE' }), matches: true },
    { name: 'does not match a longer string', pattern: alice, event: detailWith({ name: 'Alice B' }), matches: false },
    { name: 'does not match a prefix of it', pattern: alice, event: detailWith({ name: 'Ali' }), matches: false },
    { name: 'does not match non-strings', pattern: { detail: { v: [{ 'equals-ignore-case': 'true' }] } }, event: detailWith({ v: true }), matches: false },
    { name: 'matches the empty string with ""', pattern: { detail: { v: [{ 'equals-ignore-case': '' }] } }, event: detailWith({ v: '' }), matches: true },
    { name: 'matches any element of an event array', pattern: alice, event: detailWith({ name: ['Bob', 'ALICE'] }), matches: true },
    { name: 'folds non-ASCII letters', pattern: { detail: { name: [{ 'equals-ignore-case': 'ÉLODIE' }] } }, event: detailWith({ name: 'élodie' }), matches: true },
  ]),
  invalid('invalid string operators', [
    { name: 'rejects a numeric prefix', pattern: { a: [{ prefix: 5 }] }, reason: /"prefix" must be a string or \{"equals-ignore-case": string\}.*at "a"/ },
    { name: 'rejects a list of prefixes in one expression', pattern: { a: [{ prefix: ['a', 'b'] }] }, reason: /"prefix" must be a string/ },
    { name: 'rejects a null prefix', pattern: { a: [{ prefix: null }] }, reason: /"prefix" must be a string/ },
    { name: 'rejects an operator other than equals-ignore-case nested in prefix', pattern: { a: [{ prefix: { suffix: 'x' } }] }, reason: /unsupported "prefix" pattern "suffix"/ },
    { name: 'rejects an empty object nested in prefix', pattern: { a: [{ prefix: {} }] }, reason: /unsupported "prefix" pattern null/ },
    { name: 'rejects a second key next to equals-ignore-case in prefix', pattern: { a: [{ prefix: { 'equals-ignore-case': 'x', wildcard: 'y' } }] }, reason: /only one key is allowed in a "prefix" expression/ },
    { name: 'rejects a non-string equals-ignore-case inside prefix', pattern: { a: [{ prefix: { 'equals-ignore-case': 1 } }] }, reason: /"prefix": "equals-ignore-case" must be a string/ },
    { name: 'rejects a numeric suffix', pattern: { a: [{ suffix: 1 }] }, reason: /"suffix" must be a string/ },
    { name: 'rejects anything-but nested in suffix', pattern: { a: [{ suffix: { 'anything-but': 'x' } }] }, reason: /unsupported "suffix" pattern "anything-but"/ },
    { name: 'rejects a non-string equals-ignore-case inside suffix', pattern: { a: [{ suffix: { 'equals-ignore-case': ['x'] } }] }, reason: /"suffix": "equals-ignore-case" must be a string/ },
    { name: 'rejects a numeric equals-ignore-case', pattern: { a: [{ 'equals-ignore-case': 5 }] }, reason: /"equals-ignore-case" must be a string/ },
    { name: 'rejects a list in equals-ignore-case', pattern: { a: [{ 'equals-ignore-case': ['a'] }] }, reason: /"equals-ignore-case" must be a string/ },
    { name: 'rejects prefix nested in equals-ignore-case', pattern: { a: [{ 'equals-ignore-case': { prefix: 'a' } }] }, reason: /"equals-ignore-case" must be a string/ },
  ]),
];
