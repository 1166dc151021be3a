import { assertAccess, parseGroups, readRouteAccess } from '../../http/access';
import { MisconfiguredError } from '../../http/errors';
import { thrownCode } from '../../testing/errors';

describe('parseGroups', () => {
  it.each([
    ['the JWT authorizer’s flattened string', '[admin customers]', ['admin', 'customers']],
    ['a flattened single group', '[admin]', ['admin']],
    ['a real array', ['admin', 'customers'], ['admin', 'customers']],
    ['a plain string', 'admin', ['admin']],
    ['a JSON-looking string', '["admin","customers"]', ['admin', 'customers']],
    ['an empty flattened list', '[]', []],
    ['no claim at all', undefined, []],
    ['a number', 42, []],
  ])('reads %s', (_case, claim, expected) => {
    // Act
    const groups = parseGroups(claim);
    // Assess
    expect(groups).toEqual(expected);
  });
});

describe('readRouteAccess', () => {
  it.each(['public', 'customer', 'admin'])('accepts %s', (value) => {
    // Act
    const access = readRouteAccess({ ROUTE_ACCESS: value });
    // Assess
    expect(access).toBe(value);
  });

  it.each([undefined, '', 'ADMIN', 'everyone'])('fails closed on %s', (value) => {
    // Act
    const access = readRouteAccess(value === undefined ? {} : { ROUTE_ACCESS: value });
    // Assess
    expect(access).toBeInstanceOf(MisconfiguredError);
  });
});

describe('assertAccess', () => {
  it.each([
    ['public', {}, undefined],
    ['customer', {}, 'UNAUTHORIZED'],
    ['customer', { sub: 'c-1' }, undefined],
    ['admin', {}, 'UNAUTHORIZED'],
    ['admin', { sub: 'c-1', groups: ['customers'] }, 'FORBIDDEN'],
    ['admin', { sub: 'a-1', groups: ['admin'] }, undefined],
  ] as const)('on a %s route, a caller %j gets %s', (access, caller, expected) => {
    // Act
    const code = thrownCode(() => {
      assertAccess(access, { groups: [], ...caller });
    });
    // Assess
    expect(code).toBe(expected);
  });
});
