import { detailWith, itAccepts, itMatchesAsDocumented, itRejects } from './support/pattern-cases';

// User guide, "Anything-but matching" and its prefix / suffix / ignore-case / wildcard forms. Anything-but needs a
// value: a missing field does not match. On an array it matches when any element is not excluded.

describe('anything-but a single value', () => {
  const notInitializing = { detail: { state: [{ 'anything-but': 'initializing' }] } };
  const not123 = { detail: { 'x-limit': [{ 'anything-but': 123 }] } };
  itMatchesAsDocumented([
    { says: 'matches another string', pattern: notInitializing, event: detailWith({ state: 'running' }), matches: true },
    { says: 'does not match the excluded string', pattern: notInitializing, event: detailWith({ state: 'initializing' }), matches: false },
    { says: 'is case-sensitive, so another casing is not excluded', pattern: notInitializing, event: detailWith({ state: 'INITIALIZING' }), matches: true },
    { says: 'matches the empty string', pattern: notInitializing, event: detailWith({ state: '' }), matches: true },
    { says: 'does not match a missing field', pattern: notInitializing, event: detailWith({}), matches: false },
    { says: 'does not match an object value (not a leaf)', pattern: notInitializing, event: detailWith({ state: { name: 'x' } }), matches: false },
    { says: 'does not match an empty event array', pattern: notInitializing, event: detailWith({ state: [] }), matches: false },
    { says: 'matches null, which is not the excluded string', pattern: notInitializing, event: detailWith({ state: null }), matches: true },
    { says: 'matches a number when strings are excluded', pattern: notInitializing, event: detailWith({ state: 5 }), matches: true },
    { says: 'matches a boolean when strings are excluded', pattern: notInitializing, event: detailWith({ state: false }), matches: true },
    { says: 'matches an array holding another value', pattern: notInitializing, event: detailWith({ state: ['initializing', 'running'] }), matches: true },
    { says: 'does not match an array holding only the excluded value', pattern: notInitializing, event: detailWith({ state: ['initializing', 'initializing'] }), matches: false },
    { says: 'matches another number', pattern: not123, event: detailWith({ 'x-limit': 124 }), matches: true },
    { says: 'does not match the excluded number', pattern: not123, event: detailWith({ 'x-limit': 123 }), matches: false },
    { says: 'compares numbers by value (123.0 is excluded)', pattern: not123, event: JSON.parse('{"detail":{"x-limit":123.0}}') as never, matches: false },
    { says: 'matches a string with the excluded number\'s digits', pattern: not123, event: detailWith({ 'x-limit': '123' }), matches: true },
    { says: 'matches a number beyond the comparable range', pattern: not123, event: detailWith({ 'x-limit': 6e9 }), matches: true },
    { says: 'excludes the empty string with ""', pattern: { detail: { s: [{ 'anything-but': '' }] } }, event: detailWith({ s: '' }), matches: false },
  ]);
});

describe('anything-but a list', () => {
  const notStates = { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } };
  const notLimits = { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } };
  itMatchesAsDocumented([
    { says: 'matches a string not in the list', pattern: notStates, event: detailWith({ state: 'running' }), matches: true },
    { says: 'does not match the first listed string', pattern: notStates, event: detailWith({ state: 'stopped' }), matches: false },
    { says: 'does not match the second listed string', pattern: notStates, event: detailWith({ state: 'overloaded' }), matches: false },
    { says: 'matches a number not in the list', pattern: notLimits, event: detailWith({ 'x-limit': 150 }), matches: true },
    { says: 'does not match a listed number', pattern: notLimits, event: detailWith({ 'x-limit': 200 }), matches: false },
    { says: 'matches a decimal near a listed number', pattern: notLimits, event: detailWith({ 'x-limit': 100.1 }), matches: true },
    { says: 'matches an array holding a value outside the list', pattern: notLimits, event: detailWith({ 'x-limit': [100, 50] }), matches: true },
    { says: 'does not match an array holding only listed values', pattern: notLimits, event: detailWith({ 'x-limit': [100, 300] }), matches: false },
    { says: 'does not match a missing field', pattern: notLimits, event: detailWith({}), matches: false },
    { says: 'combines with an exact value in the same list (OR)', pattern: { detail: { state: [{ 'anything-but': 'stopped' }, 'stopped'] } }, event: detailWith({ state: 'stopped' }), matches: true },
  ]);
});

describe('anything-but with a prefix', () => {
  const notInit = { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } };
  itMatchesAsDocumented([
    { says: 'matches a string without the prefix', pattern: notInit, event: detailWith({ state: 'running' }), matches: true },
    { says: 'does not match a string with the prefix', pattern: notInit, event: detailWith({ state: 'initializing' }), matches: false },
    { says: 'does not match the prefix itself', pattern: notInit, event: detailWith({ state: 'init' }), matches: false },
    { says: 'matches the prefix in another case', pattern: notInit, event: detailWith({ state: 'INITIALIZING' }), matches: true },
    { says: 'matches the prefix found later in the string', pattern: notInit, event: detailWith({ state: 're-init' }), matches: true },
    { says: 'matches non-string values', pattern: notInit, event: detailWith({ state: 12 }), matches: true },
    { says: 'does not match a missing field', pattern: notInit, event: detailWith({}), matches: false },
    { says: 'matches a region outside the US', pattern: { region: [{ 'anything-but': { prefix: 'us-' } }] }, event: { region: 'eu-west-1' }, matches: true },
    { says: 'with a list, excludes every listed prefix', pattern: { region: [{ 'anything-but': { prefix: ['us-', 'eu-'] } }] }, event: { region: 'eu-west-1' }, matches: false },
    { says: 'with a list, matches a value without any of them', pattern: { region: [{ 'anything-but': { prefix: ['us-', 'eu-'] } }] }, event: { region: 'ap-south-1' }, matches: true },
  ]);
});

describe('anything-but with a suffix', () => {
  const notPng = { FileName: [{ 'anything-but': { suffix: '.png' } }] };
  itMatchesAsDocumented([
    { says: 'matches another extension', pattern: notPng, event: { FileName: 'a.jpg' }, matches: true },
    { says: 'does not match the excluded extension', pattern: notPng, event: { FileName: 'a.png' }, matches: false },
    { says: 'matches the excluded extension in another case', pattern: notPng, event: { FileName: 'a.PNG' }, matches: true },
    { says: 'matches when the suffix appears earlier only', pattern: notPng, event: { FileName: 'a.png.bak' }, matches: true },
    { says: 'with a list, excludes every listed suffix', pattern: { FileName: [{ 'anything-but': { suffix: ['.png', '.gif'] } }] }, event: { FileName: 'a.gif' }, matches: false },
  ]);
});

describe('anything-but ignoring case', () => {
  const notInitializing = { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] } };
  itMatchesAsDocumented([
    { says: 'matches another value', pattern: notInitializing, event: detailWith({ state: 'running' }), matches: true },
    { says: 'does not match the excluded value', pattern: notInitializing, event: detailWith({ state: 'initializing' }), matches: false },
    { says: 'does not match another casing of it', pattern: notInitializing, event: detailWith({ state: 'INITIALIZING' }), matches: false },
    { says: 'matches a longer string', pattern: notInitializing, event: detailWith({ state: 'initializing-2' }), matches: true },
    { says: 'matches non-string values', pattern: notInitializing, event: detailWith({ state: true }), matches: true },
    { says: 'with a list, excludes every listed value in any case', pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] } }, event: detailWith({ state: 'Stopped' }), matches: false },
    { says: 'with a list, matches a value outside it', pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] } }, event: detailWith({ state: 'running' }), matches: true },
  ]);
});

describe('anything-but with a wildcard', () => {
  const notLib = { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] };
  itMatchesAsDocumented([
    { says: 'matches a path without /lib/', pattern: notLib, event: { FilePath: 'dir/bin/app' }, matches: true },
    { says: 'does not match a path with /lib/', pattern: notLib, event: { FilePath: 'dir/lib/app' }, matches: false },
    { says: 'matches a path where lib is not between slashes', pattern: notLib, event: { FilePath: 'dir/libs/app' }, matches: true },
    { says: 'matches non-string values', pattern: notLib, event: { FilePath: 0 }, matches: true },
    { says: 'does not match a missing field', pattern: notLib, event: {}, matches: false },
    { says: 'with a list, excludes every listed pattern', pattern: { FilePath: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] }, event: { FilePath: 'x/bin/y' }, matches: false },
    { says: 'with a list, matches a value outside all patterns', pattern: { FilePath: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] }, event: { FilePath: 'x/src/y' }, matches: true },
  ]);
});

describe('valid anything-but patterns', () => {
  itAccepts([
    { says: 'accepts a negative decimal', pattern: { a: [{ 'anything-but': -1.5 }] } },
    { says: 'accepts numbers at the limits', pattern: { a: [{ 'anything-but': [-5e9, 5e9] }] } },
    { says: 'accepts an empty string', pattern: { a: [{ 'anything-but': '' }] } },
    { says: 'accepts an empty equals-ignore-case', pattern: { a: [{ 'anything-but': { 'equals-ignore-case': '' } }] } },
  ]);
});

describe('invalid anything-but patterns', () => {
  itRejects([
    { says: 'rejects null', pattern: { a: [{ 'anything-but': null }] }, reason: /"anything-but" must be a string, a number, a list of them, or an object.*at "a"/ },
    { says: 'rejects a boolean', pattern: { a: [{ 'anything-but': true }] }, reason: /"anything-but" must be a string, a number/ },
    { says: 'rejects an empty list', pattern: { a: [{ 'anything-but': [] }] }, reason: /"anything-but" list must not be empty/ },
    { says: 'rejects a list mixing strings and numbers', pattern: { a: [{ 'anything-but': ['a', 1] }] }, reason: /only strings or only numbers/ },
    { says: 'rejects null inside the list', pattern: { a: [{ 'anything-but': ['a', null] }] }, reason: /only strings or only numbers/ },
    { says: 'rejects a nested list', pattern: { a: [{ 'anything-but': [['a']] }] }, reason: /only strings or only numbers/ },
    { says: 'rejects a number beyond the numeric limits', pattern: { a: [{ 'anything-but': 123456789012 }] }, reason: /value must be between -5000000000 and 5000000000/ },
    { says: 'rejects a number with more than six decimals', pattern: { a: [{ 'anything-but': [0.1234567] }] }, reason: /only values with up to 6 decimal places/ },
    { says: 'rejects an empty object', pattern: { a: [{ 'anything-but': {} }] }, reason: /"anything-but" object must name one of prefix, suffix, equals-ignore-case, wildcard/ },
    { says: 'rejects numeric inside anything-but', pattern: { a: [{ 'anything-but': { numeric: ['>', 1] } }] }, reason: /unsupported "anything-but" pattern "numeric"/ },
    { says: 'rejects exists inside anything-but', pattern: { a: [{ 'anything-but': { exists: true } }] }, reason: /unsupported "anything-but" pattern "exists"/ },
    { says: 'rejects cidr inside anything-but', pattern: { a: [{ 'anything-but': { cidr: '10.0.0.0/8' } }] }, reason: /unsupported "anything-but" pattern "cidr"/ },
    { says: 'rejects anything-but inside anything-but', pattern: { a: [{ 'anything-but': { 'anything-but': 'x' } }] }, reason: /unsupported "anything-but" pattern "anything-but"/ },
    { says: 'rejects two operators inside anything-but', pattern: { a: [{ 'anything-but': { prefix: 'a', suffix: 'b' } }] }, reason: /only one key is allowed in an "anything-but" object, got prefix, suffix/ },
    { says: 'rejects an empty prefix', pattern: { a: [{ 'anything-but': { prefix: '' } }] }, reason: /"anything-but" prefix must not be empty/ },
    { says: 'rejects an empty suffix in a list', pattern: { a: [{ 'anything-but': { suffix: ['.png', ''] } }] }, reason: /"anything-but" suffix must not be empty/ },
    { says: 'rejects a numeric prefix', pattern: { a: [{ 'anything-but': { prefix: 5 } }] }, reason: /"anything-but" prefix must be a string or a list of strings/ },
    { says: 'rejects a prefix nested with equals-ignore-case', pattern: { a: [{ 'anything-but': { prefix: { 'equals-ignore-case': 'a' } } }] }, reason: /"anything-but" prefix must be a string or a list of strings/ },
    { says: 'rejects numbers in an equals-ignore-case list', pattern: { a: [{ 'anything-but': { 'equals-ignore-case': ['a', 1] } }] }, reason: /"anything-but" equals-ignore-case must be a string or a list of strings/ },
    { says: 'rejects an empty wildcard list', pattern: { a: [{ 'anything-but': { wildcard: [] } }] }, reason: /"anything-but" wildcard list must not be empty/ },
    { says: 'rejects consecutive wildcards', pattern: { a: [{ 'anything-but': { wildcard: '*/lib/**' } }] }, reason: /consecutive wildcard characters/ },
    { says: 'rejects a bad escape in a wildcard list', pattern: { a: [{ 'anything-but': { wildcard: ['ok*', 'bad\\x'] } }] }, reason: /invalid escape character/ },
    { says: 'rejects a second key next to anything-but', pattern: { a: [{ 'anything-but': 'x', prefix: 'y' }] }, reason: /only one operator is allowed in a match expression/ },
  ]);
});
