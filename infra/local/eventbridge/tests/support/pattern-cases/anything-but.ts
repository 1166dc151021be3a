import { detailWith, invalid, matching, valid, type CaseGroup } from './case-table';

// User guide, "Anything-but matching" and its prefix / suffix / ignore-case / wildcard forms. Anything-but needs a
// value: a missing field does not match. On an array it matches when any element is not excluded.

const notInitializing = { detail: { state: [{ 'anything-but': 'initializing' }] } };
const not123 = { detail: { 'x-limit': [{ 'anything-but': 123 }] } };
const notStates = { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } };
const notLimits = { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } };
const notInit = { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } };
const notPng = { FileName: [{ 'anything-but': { suffix: '.png' } }] };
const notInitializingIgnoringCase = { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] } };
const notLib = { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] };

export const ANYTHING_BUT: readonly CaseGroup[] = [
  matching('anything-but a single value', [
    { name: 'matches another string', pattern: notInitializing, event: detailWith({ state: 'running' }), matches: true },
    { name: 'does not match the excluded string', pattern: notInitializing, event: detailWith({ state: 'initializing' }), matches: false },
    { name: 'is case-sensitive, so another casing is not excluded', pattern: notInitializing, event: detailWith({ state: 'INITIALIZING' }), matches: true },
    { name: 'matches the empty string', pattern: notInitializing, event: detailWith({ state: '' }), matches: true },
    { name: 'does not match a missing field', pattern: notInitializing, event: detailWith({}), matches: false },
    { name: 'does not match an object value (not a leaf)', pattern: notInitializing, event: detailWith({ state: { name: 'x' } }), matches: false },
    { name: 'does not match an empty event array', pattern: notInitializing, event: detailWith({ state: [] }), matches: false },
    { name: 'matches null, which is not the excluded string', pattern: notInitializing, event: detailWith({ state: null }), matches: true },
    { name: 'matches a number when strings are excluded', pattern: notInitializing, event: detailWith({ state: 5 }), matches: true },
    { name: 'matches a boolean when strings are excluded', pattern: notInitializing, event: detailWith({ state: false }), matches: true },
    { name: 'matches an array holding another value', pattern: notInitializing, event: detailWith({ state: ['initializing', 'running'] }), matches: true },
    { name: 'does not match an array holding only the excluded value', pattern: notInitializing, event: detailWith({ state: ['initializing', 'initializing'] }), matches: false },
    { name: 'matches another number', pattern: not123, event: detailWith({ 'x-limit': 124 }), matches: true },
    { name: 'does not match the excluded number', pattern: not123, event: detailWith({ 'x-limit': 123 }), matches: false },
    { name: 'compares numbers by value (123.0 is excluded)', pattern: not123, event: JSON.parse('{"detail":{"x-limit":123.0}}') as never, matches: false },
    { name: 'matches a string with the excluded number\'s digits', pattern: not123, event: detailWith({ 'x-limit': '123' }), matches: true },
    { name: 'matches a number beyond the comparable range', pattern: not123, event: detailWith({ 'x-limit': 6e9 }), matches: true },
    { name: 'excludes the empty string with ""', pattern: { detail: { s: [{ 'anything-but': '' }] } }, event: detailWith({ s: '' }), matches: false },
  ]),
  matching('anything-but a list', [
    { name: 'matches a string not in the list', pattern: notStates, event: detailWith({ state: 'running' }), matches: true },
    { name: 'does not match the first listed string', pattern: notStates, event: detailWith({ state: 'stopped' }), matches: false },
    { name: 'does not match the second listed string', pattern: notStates, event: detailWith({ state: 'overloaded' }), matches: false },
    { name: 'matches a number not in the list', pattern: notLimits, event: detailWith({ 'x-limit': 150 }), matches: true },
    { name: 'does not match a listed number', pattern: notLimits, event: detailWith({ 'x-limit': 200 }), matches: false },
    { name: 'matches a decimal near a listed number', pattern: notLimits, event: detailWith({ 'x-limit': 100.1 }), matches: true },
    { name: 'matches an array holding a value outside the list', pattern: notLimits, event: detailWith({ 'x-limit': [100, 50] }), matches: true },
    { name: 'does not match an array holding only listed values', pattern: notLimits, event: detailWith({ 'x-limit': [100, 300] }), matches: false },
    { name: 'does not match a missing field', pattern: notLimits, event: detailWith({}), matches: false },
    { name: 'combines with an exact value in the same list (OR)', pattern: { detail: { state: [{ 'anything-but': 'stopped' }, 'stopped'] } }, event: detailWith({ state: 'stopped' }), matches: true },
  ]),
  matching('anything-but with a prefix', [
    { name: 'matches a string without the prefix', pattern: notInit, event: detailWith({ state: 'running' }), matches: true },
    { name: 'does not match a string with the prefix', pattern: notInit, event: detailWith({ state: 'initializing' }), matches: false },
    { name: 'does not match the prefix itself', pattern: notInit, event: detailWith({ state: 'init' }), matches: false },
    { name: 'matches the prefix in another case', pattern: notInit, event: detailWith({ state: 'INITIALIZING' }), matches: true },
    { name: 'matches the prefix found later in the string', pattern: notInit, event: detailWith({ state: 're-init' }), matches: true },
    { name: 'matches non-string values', pattern: notInit, event: detailWith({ state: 12 }), matches: true },
    { name: 'does not match a missing field', pattern: notInit, event: detailWith({}), matches: false },
    { name: 'matches a region outside the US', pattern: { region: [{ 'anything-but': { prefix: 'us-' } }] }, event: { region: 'eu-west-1' }, matches: true },
    { name: 'with a list, excludes every listed prefix', pattern: { region: [{ 'anything-but': { prefix: ['us-', 'eu-'] } }] }, event: { region: 'eu-west-1' }, matches: false },
    { name: 'with a list, matches a value without any of them', pattern: { region: [{ 'anything-but': { prefix: ['us-', 'eu-'] } }] }, event: { region: 'ap-south-1' }, matches: true },
  ]),
  matching('anything-but with a suffix', [
    { name: 'matches another extension', pattern: notPng, event: { FileName: 'a.jpg' }, matches: true },
    { name: 'does not match the excluded extension', pattern: notPng, event: { FileName: 'a.png' }, matches: false },
    { name: 'matches the excluded extension in another case', pattern: notPng, event: { FileName: 'a.PNG' }, matches: true },
    { name: 'matches when the suffix appears earlier only', pattern: notPng, event: { FileName: 'a.png.bak' }, matches: true },
    { name: 'with a list, excludes every listed suffix', pattern: { FileName: [{ 'anything-but': { suffix: ['.png', '.gif'] } }] }, event: { FileName: 'a.gif' }, matches: false },
  ]),
  matching('anything-but ignoring case', [
    { name: 'matches another value', pattern: notInitializingIgnoringCase, event: detailWith({ state: 'running' }), matches: true },
    { name: 'does not match the excluded value', pattern: notInitializingIgnoringCase, event: detailWith({ state: 'initializing' }), matches: false },
    { name: 'does not match another casing of it', pattern: notInitializingIgnoringCase, event: detailWith({ state: 'INITIALIZING' }), matches: false },
    { name: 'matches a longer string', pattern: notInitializingIgnoringCase, event: detailWith({ state: 'initializing-2' }), matches: true },
    { name: 'matches non-string values', pattern: notInitializingIgnoringCase, event: detailWith({ state: true }), matches: true },
    { name: 'with a list, excludes every listed value in any case', pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] } }, event: detailWith({ state: 'Stopped' }), matches: false },
    { name: 'with a list, matches a value outside it', pattern: { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] } }, event: detailWith({ state: 'running' }), matches: true },
  ]),
  matching('anything-but with a wildcard', [
    { name: 'matches a path without /lib/', pattern: notLib, event: { FilePath: 'dir/bin/app' }, matches: true },
    { name: 'does not match a path with /lib/', pattern: notLib, event: { FilePath: 'dir/lib/app' }, matches: false },
    { name: 'matches a path where lib is not between slashes', pattern: notLib, event: { FilePath: 'dir/libs/app' }, matches: true },
    { name: 'matches non-string values', pattern: notLib, event: { FilePath: 0 }, matches: true },
    { name: 'does not match a missing field', pattern: notLib, event: {}, matches: false },
    { name: 'with a list, excludes every listed pattern', pattern: { FilePath: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] }, event: { FilePath: 'x/bin/y' }, matches: false },
    { name: 'with a list, matches a value outside all patterns', pattern: { FilePath: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] }, event: { FilePath: 'x/src/y' }, matches: true },
  ]),
  valid('valid anything-but patterns', [
    { name: 'accepts a negative decimal', pattern: { a: [{ 'anything-but': -1.5 }] } },
    { name: 'accepts numbers at the limits', pattern: { a: [{ 'anything-but': [-5e9, 5e9] }] } },
    { name: 'accepts an empty string', pattern: { a: [{ 'anything-but': '' }] } },
    { name: 'accepts an empty equals-ignore-case', pattern: { a: [{ 'anything-but': { 'equals-ignore-case': '' } }] } },
  ]),
  invalid('invalid anything-but patterns', [
    { name: 'rejects null', pattern: { a: [{ 'anything-but': null }] }, reason: /"anything-but" must be a string, a number, a list of them, or an object.*at "a"/ },
    { name: 'rejects a boolean', pattern: { a: [{ 'anything-but': true }] }, reason: /"anything-but" must be a string, a number/ },
    { name: 'rejects an empty list', pattern: { a: [{ 'anything-but': [] }] }, reason: /"anything-but" list must not be empty/ },
    { name: 'rejects a list mixing strings and numbers', pattern: { a: [{ 'anything-but': ['a', 1] }] }, reason: /only strings or only numbers/ },
    { name: 'rejects null inside the list', pattern: { a: [{ 'anything-but': ['a', null] }] }, reason: /only strings or only numbers/ },
    { name: 'rejects a nested list', pattern: { a: [{ 'anything-but': [['a']] }] }, reason: /only strings or only numbers/ },
    { name: 'rejects a number beyond the numeric limits', pattern: { a: [{ 'anything-but': 123456789012 }] }, reason: /value must be between -5000000000 and 5000000000/ },
    { name: 'rejects a number with more than six decimals', pattern: { a: [{ 'anything-but': [0.1234567] }] }, reason: /only values with up to 6 decimal places/ },
    { name: 'rejects an empty object', pattern: { a: [{ 'anything-but': {} }] }, reason: /"anything-but" object must name one of prefix, suffix, equals-ignore-case, wildcard/ },
    { name: 'rejects numeric inside anything-but', pattern: { a: [{ 'anything-but': { numeric: ['>', 1] } }] }, reason: /unsupported "anything-but" pattern "numeric"/ },
    { name: 'rejects exists inside anything-but', pattern: { a: [{ 'anything-but': { exists: true } }] }, reason: /unsupported "anything-but" pattern "exists"/ },
    { name: 'rejects cidr inside anything-but', pattern: { a: [{ 'anything-but': { cidr: '10.0.0.0/8' } }] }, reason: /unsupported "anything-but" pattern "cidr"/ },
    { name: 'rejects anything-but inside anything-but', pattern: { a: [{ 'anything-but': { 'anything-but': 'x' } }] }, reason: /unsupported "anything-but" pattern "anything-but"/ },
    { name: 'rejects two operators inside anything-but', pattern: { a: [{ 'anything-but': { prefix: 'a', suffix: 'b' } }] }, reason: /only one key is allowed in an "anything-but" object, got prefix, suffix/ },
    { name: 'rejects an empty prefix', pattern: { a: [{ 'anything-but': { prefix: '' } }] }, reason: /"anything-but" prefix must not be empty/ },
    { name: 'rejects an empty suffix in a list', pattern: { a: [{ 'anything-but': { suffix: ['.png', ''] } }] }, reason: /"anything-but" suffix must not be empty/ },
    { name: 'rejects a numeric prefix', pattern: { a: [{ 'anything-but': { prefix: 5 } }] }, reason: /"anything-but" prefix must be a string or a list of strings/ },
    { name: 'rejects a prefix nested with equals-ignore-case', pattern: { a: [{ 'anything-but': { prefix: { 'equals-ignore-case': 'a' } } }] }, reason: /"anything-but" prefix must be a string or a list of strings/ },
    { name: 'rejects numbers in an equals-ignore-case list', pattern: { a: [{ 'anything-but': { 'equals-ignore-case': ['a', 1] } }] }, reason: /"anything-but" equals-ignore-case must be a string or a list of strings/ },
    { name: 'rejects an empty wildcard list', pattern: { a: [{ 'anything-but': { wildcard: [] } }] }, reason: /"anything-but" wildcard list must not be empty/ },
    { name: 'rejects consecutive wildcards', pattern: { a: [{ 'anything-but': { wildcard: '*/lib/**' } }] }, reason: /consecutive wildcard characters/ },
    { name: 'rejects a bad escape in a wildcard list', pattern: { a: [{ 'anything-but': { wildcard: ['ok*', 'bad\\x'] } }] }, reason: /invalid escape character/ },
    { name: 'rejects a second key next to anything-but', pattern: { a: [{ 'anything-but': 'x', prefix: 'y' }] }, reason: /only one operator is allowed in a match expression/ },
  ]),
];
