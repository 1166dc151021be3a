import { detailWith, itAccepts, itMatchesAsDocumented, itRejects } from './support/pattern-cases';

// User guide, "Numeric matching": JSON numbers only, between -5.0e9 and +5.0e9 inclusive, compared at six digits to
// the right of the decimal point. Ranges are written lower bound first.

const n = (expression: unknown[]) => ({ detail: { n: [{ numeric: expression }] } }) as never;

describe('numeric comparisons', () => {
  itMatchesAsDocumented([
    { says: '"=" matches an equal number', pattern: n(['=', 100]), event: detailWith({ n: 100 }), matches: true },
    { says: '"=" does not match another number', pattern: n(['=', 100]), event: detailWith({ n: 100.5 }), matches: false },
    { says: '"=" matches the same value written with an exponent', pattern: '{"detail":{"x-limit":[{"numeric":["=",3.018e2]}]}}', event: detailWith({ 'x-limit': 301.8 }), matches: true },
    { says: '"<" matches a smaller number', pattern: n(['<', 10]), event: detailWith({ n: 9.999999 }), matches: true },
    { says: '"<" does not match the bound itself', pattern: n(['<', 10]), event: detailWith({ n: 10 }), matches: false },
    { says: '"<" matches a negative number', pattern: n(['<', 0]), event: detailWith({ n: -0.5 }), matches: true },
    { says: '"<=" matches the bound itself', pattern: n(['<=', 10]), event: detailWith({ n: 10 }), matches: true },
    { says: '"<=" does not match a larger number', pattern: n(['<=', 10]), event: detailWith({ n: 10.000001 }), matches: false },
    { says: '">" matches a larger number', pattern: n(['>', 0]), event: detailWith({ n: 0.000001 }), matches: true },
    { says: '">" does not match the bound itself', pattern: n(['>', 0]), event: detailWith({ n: 0 }), matches: false },
    { says: '">=" matches the bound itself', pattern: n(['>=', 0]), event: detailWith({ n: 0 }), matches: true },
    { says: '">=" does not match a smaller number', pattern: n(['>=', 0]), event: detailWith({ n: -0.000001 }), matches: false },
    { says: 'a (>, <=] range matches inside it', pattern: n(['>', 0, '<=', 5]), event: detailWith({ n: 3 }), matches: true },
    { says: 'a (>, <=] range matches its closed upper bound', pattern: n(['>', 0, '<=', 5]), event: detailWith({ n: 5 }), matches: true },
    { says: 'a (>, <=] range does not match its open lower bound', pattern: n(['>', 0, '<=', 5]), event: detailWith({ n: 0 }), matches: false },
    { says: 'a (>, <=] range does not match above it', pattern: n(['>', 0, '<=', 5]), event: detailWith({ n: 5.5 }), matches: false },
    { says: 'a [>=, <) range matches its closed lower bound', pattern: n(['>=', 10, '<', 20]), event: detailWith({ n: 10 }), matches: true },
    { says: 'a [>=, <) range does not match its open upper bound', pattern: n(['>=', 10, '<', 20]), event: detailWith({ n: 20 }), matches: false },
    { says: 'a [>=, <=] range matches both bounds', pattern: n(['>=', -1, '<=', 1]), event: detailWith({ n: -1 }), matches: true },
    { says: 'a (>, <) range matches between close bounds', pattern: n(['>', 1.5, '<', 1.500002]), event: detailWith({ n: 1.500001 }), matches: true },
    { says: 'matches an event number written with an exponent', pattern: n(['>', 100]), event: JSON.parse('{"detail":{"n":1.5e2}}') as never, matches: true },
    { says: 'matches an event number with a negative exponent', pattern: n(['<', 0.001]), event: JSON.parse('{"detail":{"n":5E-4}}') as never, matches: true },
    { says: 'does not match a numeric string', pattern: n(['>', 0]), event: detailWith({ n: '5' }), matches: false },
    { says: 'does not match a boolean', pattern: n(['>=', 0]), event: detailWith({ n: true }), matches: false },
    { says: 'does not match null', pattern: n(['<', 1]), event: detailWith({ n: null }), matches: false },
    { says: 'does not match a missing field', pattern: n(['<', 1]), event: detailWith({}), matches: false },
    { says: 'does not match an object', pattern: n(['<', 1]), event: detailWith({ n: { v: 0 } }), matches: false },
    { says: 'matches any element of an event array', pattern: n(['>', 10]), event: detailWith({ n: [1, 2, 30] }), matches: true },
    { says: 'does not match an array with no element in range', pattern: n(['>', 10]), event: detailWith({ n: [1, 2, 3] }), matches: false },
    { says: 'matches one of several ranges (OR)', pattern: { detail: { n: [{ numeric: ['<', 0] }, { numeric: ['>', 100] }] } }, event: detailWith({ n: 101 }), matches: true },
    { says: 'matches one of a range and an exact value', pattern: { detail: { n: [{ numeric: ['<', 0] }, 50] } }, event: detailWith({ n: 50 }), matches: true },
  ]);
});

describe('numeric limits and precision', () => {
  itMatchesAsDocumented([
    { says: 'matches the upper limit 5.0e9', pattern: n(['>=', 4e9]), event: detailWith({ n: 5e9 }), matches: true },
    { says: 'matches the lower limit -5.0e9', pattern: n(['<', 0]), event: detailWith({ n: -5e9 }), matches: true },
    { says: 'does not match an event number above the limit', pattern: n(['>', 0]), event: detailWith({ n: 5000000001 }), matches: false },
    { says: 'does not match an event number below the limit', pattern: n(['<', 0]), event: detailWith({ n: -5000000001 }), matches: false },
    { says: 'does not match an account-number-sized event value', pattern: n(['>', 0]), event: detailWith({ n: 123456789012 }), matches: false },
    { says: 'tells apart values that differ at the sixth decimal', pattern: n(['>', 1.000001]), event: detailWith({ n: 1.000002 }), matches: true },
    { says: 'compares event numbers at six decimals: 1.0000004 equals 1', pattern: n(['=', 1]), event: detailWith({ n: 1.0000004 }), matches: true },
    { says: 'compares event numbers at six decimals: 0.0000004 is not above 0', pattern: n(['>', 0]), event: detailWith({ n: 0.0000004 }), matches: false },
    { says: 'rounds the seventh decimal half up: 0.0000005 counts as 0.000001', pattern: n(['=', 0.000001]), event: detailWith({ n: 0.0000005 }), matches: true },
    { says: 'compares large decimals without drift', pattern: n(['<', 4999999999.999999]), event: detailWith({ n: 4999999999.999998 }), matches: true },
    { says: 'treats -0 as 0', pattern: n(['>=', 0, '<=', 0.5]), event: JSON.parse('{"detail":{"n":-0}}') as never, matches: true },
  ]);
});

describe('valid numeric expressions', () => {
  itAccepts([
    { says: 'accepts "=" at the upper limit', pattern: n(['=', 5e9]) },
    { says: 'accepts "=" at the lower limit', pattern: n(['=', -5e9]) },
    { says: 'accepts "<=" the upper limit', pattern: n(['<=', 5e9]) },
    { says: 'accepts ">" the lower limit', pattern: n(['>', -5e9]) },
    { says: 'accepts the full range', pattern: n(['>=', -5e9, '<=', 5e9]) },
    { says: 'accepts six decimals', pattern: n(['>', 0.123456]) },
    { says: 'accepts exponent notation that reduces to six decimals', pattern: '{"a":[{"numeric":[">",1.5e-5]}]}' },
    { says: 'accepts a zero written with trailing decimals', pattern: '{"a":[{"numeric":["=",0.0000000]}]}' },
  ]);
});

describe('invalid numeric expressions', () => {
  itRejects([
    { says: 'rejects a numeric value that is not an array', pattern: { a: [{ numeric: 5 }] }, reason: /"numeric" must be an array.*at "a"/ },
    { says: 'rejects a numeric string', pattern: { a: [{ numeric: '>5' }] }, reason: /"numeric" must be an array/ },
    { says: 'rejects an empty expression', pattern: { a: [{ numeric: [] }] }, reason: /"numeric" must start with one of = < <= > >=, got undefined/ },
    { says: 'rejects an expression that starts with a number', pattern: { a: [{ numeric: [5, '<', 10] }] }, reason: /"numeric" must start with one of/ },
    { says: 'rejects an unknown operator', pattern: { a: [{ numeric: ['==', 5] }] }, reason: /unrecognized numeric operator "=="/ },
    { says: 'rejects the typographic ≤', pattern: { a: [{ numeric: ['≤', 5] }] }, reason: /unrecognized numeric operator "≤"/ },
    { says: 'rejects "!="', pattern: { a: [{ numeric: ['!=', 5] }] }, reason: /unrecognized numeric operator "!="/ },
    { says: 'rejects an operator without a value', pattern: { a: [{ numeric: ['>'] }] }, reason: /numeric operator ">" must be followed by a number, got undefined/ },
    { says: 'rejects a quoted number', pattern: { a: [{ numeric: ['>', '5'] }] }, reason: /numeric operator ">" must be followed by a number, got "5"/ },
    { says: 'rejects null as a bound', pattern: { a: [{ numeric: ['<', null] }] }, reason: /numeric operator "<" must be followed by a number/ },
    { says: 'rejects an upper bound without a value', pattern: { a: [{ numeric: ['>', 0, '<'] }] }, reason: /numeric operator "<" must be followed by a number/ },
    { says: 'rejects extra terms after "="', pattern: { a: [{ numeric: ['=', 1, '<', 2] }] }, reason: /too many elements in numeric expression/ },
    { says: 'rejects a range written upper bound first', pattern: { a: [{ numeric: ['<', 10, '>', 0] }] }, reason: /too many elements in numeric expression/ },
    { says: 'rejects two lower bounds', pattern: { a: [{ numeric: ['>', 0, '>', 5] }] }, reason: /upper bound must use "<" or "<=", got ">"/ },
    { says: 'rejects "=" as an upper bound', pattern: { a: [{ numeric: ['>=', 0, '=', 5] }] }, reason: /upper bound must use "<" or "<="/ },
    { says: 'rejects a number where the second operator belongs', pattern: { a: [{ numeric: ['>', 0, 5] }] }, reason: /upper bound must use "<" or "<=", got 5/ },
    { says: 'rejects more than two comparisons', pattern: { a: [{ numeric: ['>', 0, '<', 5, '<', 6] }] }, reason: /too many elements in numeric expression/ },
    { says: 'rejects a range whose bounds are in the wrong order', pattern: { a: [{ numeric: ['>', 10, '<', 1] }] }, reason: /numeric range .* is empty: the lower bound must be less than the upper bound/ },
    { says: 'rejects a range with equal bounds', pattern: { a: [{ numeric: ['>=', 5, '<=', 5] }] }, reason: /lower bound must be less than the upper bound/ },
    { says: 'rejects "> 5e9", which leaves nothing within the limits', pattern: { a: [{ numeric: ['>', 5e9] }] }, reason: /lower bound must be less than the upper bound/ },
    { says: 'rejects "< -5e9", which leaves nothing within the limits', pattern: { a: [{ numeric: ['<', -5e9] }] }, reason: /lower bound must be less than the upper bound/ },
    { says: 'rejects a bound above the limit', pattern: { a: [{ numeric: ['<', 5000000001] }] }, reason: /value must be between -5000000000 and 5000000000, inclusive, got 5000000001/ },
    { says: 'rejects a bound below the limit', pattern: { a: [{ numeric: ['>', -1e10] }] }, reason: /value must be between -5000000000 and 5000000000/ },
    { says: 'rejects "=" with an account-number-sized value', pattern: { a: [{ numeric: ['=', 123456789012] }] }, reason: /value must be between/ },
    { says: 'rejects more than six decimals', pattern: { a: [{ numeric: ['>', 0.1234567] }] }, reason: /only values with up to 6 decimal places are supported, got 0.1234567/ },
    { says: 'rejects a tiny exponent beyond six decimals', pattern: '{"a":[{"numeric":["<",1e-7]}]}', reason: /only values with up to 6 decimal places/ },
    { says: 'rejects a second key next to numeric', pattern: { a: [{ numeric: ['>', 0], exists: true }] }, reason: /only one operator is allowed in a match expression/ },
  ]);
});
