import type { Json } from '../../../../assembly/json';
import { assertValidPath, pathExists, selectPath, type PathScope } from '../..';
import { statesErrorOf } from './expect-states-error';

// The developer guide's Reference Path example, with a list of objects added for the queries.
const INPUT: Json = {
  foo: 123,
  bar: ['a', 'b', 'c'],
  car: { cdr: true },
  'detail-type': 'OrderPlaced',
  'first name': 'Ada',
  nothing: null,
  items: [
    { sku: 'A', price: 5, tags: ['x'] },
    { sku: 'B', price: 15, tags: [] },
    { sku: 'C', price: 25, tags: ['y', 'z'] },
  ],
};

const SCOPE: PathScope = {
  context: {
    Execution: { Id: 'arn:aws:states:eu-west-1:123456789012:execution:Saga:order-1', Input: { orderId: 'order-1' } },
    State: { Name: 'Reserve', EnteredTime: '2026-01-01T00:00:00.000Z', RetryCount: 0 },
    Map: { Item: { Index: 2, Value: { sku: 'C' } } },
  },
  variables: {
    orderId: 'order-1',
    lines: [{ sku: 'A', quantity: 2 }],
    customer: { address: { city: 'Lyon' } },
    empty: null,
  },
};

describe('selectPath', () => {
  describe('with a Reference Path, returns the one node it names', () => {
    it.each<[string, Json]>([
      ['$', INPUT],
      ['$.foo', 123],
      ['$.bar', ['a', 'b', 'c']],
      ['$.car.cdr', true],
      ['$.bar[0]', 'a'],
      ['$.bar[-1]', 'c'],
      ["$['first name']", 'Ada'],
      ['$["first name"]', 'Ada'],
      ['$.detail-type', 'OrderPlaced'],
      ["$.items[1]['sku']", 'B'],
      ['$.nothing', null],
    ])('%s', (path, expected) => {
      // Act
      const value = selectPath(path, INPUT, SCOPE);
      // Assess
      expect(value).toEqual(expected);
    });
  });

  describe('with a query, returns the list of nodes it matches', () => {
    it.each<[string, Json]>([
      ['$.items[*].sku', ['A', 'B', 'C']],
      ['$.items[?(@.price > 10)].sku', ['B', 'C']],
      ["$.items[?(@.sku == 'A')]", [{ sku: 'A', price: 5, tags: ['x'] }]],
      ['$.items[?(@.price > 10 && @.price < 20)].sku', ['B']],
      ['$..cdr', [true]],
      ['$.items[0,2].sku', ['A', 'C']],
      ["$.car['cdr','missing']", [true]],
      ['$.bar[1:]', ['b', 'c']],
      ['$.bar[:2]', ['a', 'b']],
      ['$.bar[-2:]', ['b', 'c']],
      ['$.car.*', [true]],
      ['$.items[*].tags[*]', ['x', 'y', 'z']],
      ['$..price', [5, 15, 25]],
    ])('%s', (path, expected) => {
      // Act
      const value = selectPath(path, INPUT, SCOPE);
      // Assess
      expect(value).toEqual(expected);
    });

    it('returns an empty list when a query matches nothing, as Jayway does', () => {
      // Act
      const value = selectPath('$.items[?(@.price > 100)]', INPUT, SCOPE);
      // Assess
      expect(value).toEqual([]);
    });

    it('returns a list even when a query matches a single node', () => {
      // Act
      const value = selectPath('$.items[?(@.price > 20)].sku', INPUT, SCOPE);
      // Assess
      expect(value).toEqual(['C']);
    });

    it('tests an object itself when a filter follows it, as Jayway does', () => {
      // Act
      const matching = selectPath('$.car[?(@.cdr == true)]', INPUT, SCOPE);
      const notMatching = selectPath('$.car[?(@.cdr == false)]', INPUT, SCOPE);
      // Assess
      expect([matching, notMatching]).toEqual([[{ cdr: true }], []]);
    });
  });

  describe('reads the context object through $$', () => {
    it.each<[string, Json]>([
      ['$$.Execution.Id', 'arn:aws:states:eu-west-1:123456789012:execution:Saga:order-1'],
      ['$$.Execution.Input.orderId', 'order-1'],
      ['$$.State.RetryCount', 0],
      ['$$.Map.Item.Index', 2],
      ['$$.Map.Item.Value', { sku: 'C' }],
    ])('%s', (path, expected) => {
      // Act
      const value = selectPath(path, INPUT, SCOPE);
      // Assess
      expect(value).toEqual(expected);
    });

    it('returns the whole context object for $$', () => {
      // Act
      const value = selectPath('$$', INPUT, SCOPE);
      // Assess
      expect(value).toBe(SCOPE.context);
    });
  });

  describe('reads workflow variables through $name', () => {
    it.each<[string, Json]>([
      ['$orderId', 'order-1'],
      ['$lines[0].quantity', 2],
      ['$customer.address.city', 'Lyon'],
      ["$customer['address']", { city: 'Lyon' }],
      ['$lines[*].sku', ['A']],
      ['$empty', null],
    ])('%s', (path, expected) => {
      // Act
      const value = selectPath(path, INPUT, SCOPE);
      // Assess
      expect(value).toEqual(expected);
    });
  });

  describe('fails with States.Runtime', () => {
    it.each<[string, string]>([
      ['$.missing', "Invalid path '$.missing' : No results for path: $['missing']"],
      ['$.car.cdr.deeper', "No results for path: $['car']['cdr']['deeper']"],
      ['$.bar[3]', "No results for path: $['bar'][3]"],
      ['$.car[0]', "No results for path: $['car'][0]"],
      ['$.bar.length', "No results for path: $['bar']['length']"],
      ['$.nothing.x', "No results for path: $['nothing']['x']"],
      ['$$.Task.Token', "No results for path: $['Task']"],
      ['$unknown', "The variable '$unknown' is not defined"],
      ['$orderId.x', "No results for path: $['x']"],
    ])('when %s matches nothing', (path, cause) => {
      // Act
      const error = statesErrorOf(() => selectPath(path, INPUT, SCOPE));
      // Assess
      expect(error.error).toBe('States.Runtime');
      expect(error.cause).toContain(cause);
    });

    it.each([
      'foo',
      '$.',
      '$..',
      '$.a[',
      '$.a[x]',
      "$['a",
      '$.a b',
      '$[?(@.x > 1)',
      '$.a[1:2:3]',
      '$.a[]',
      '$[(@.length-1)]',
    ])('when %s is not a path', (path) => {
      // Act
      const error = statesErrorOf(() => selectPath(path, INPUT, SCOPE));
      // Assess
      expect(error.error).toBe('States.Runtime');
      expect(error.cause).toContain(`Invalid path '${path}'`);
    });

    it('when a filter expression cannot be evaluated', () => {
      // Act
      const error = statesErrorOf(() => selectPath('$.items[?(@.sku =~ /A/)]', INPUT, SCOPE));
      // Assess
      expect(error.error).toBe('States.Runtime');
      expect(error.cause).toContain("The filter '?(@.sku =~ /A/)' could not be evaluated");
    });
  });
});

describe('pathExists', () => {
  it.each<[string, boolean]>([
    ['$.foo', true],
    ['$.nothing', true],
    ['$.missing', false],
    ['$.car.cdr', true],
    ['$.car.cdr.deeper', false],
    ['$.bar[5]', false],
    ['$$.Map.Item.Value.sku', true],
    ['$$.Task.Token', false],
    ['$orderId', true],
    ['$unknown', false],
    ['$.items[?(@.price > 10)]', true],
    ['$.items[?(@.price > 100)]', false],
  ])('%s → %s', (path, expected) => {
    // Act
    const exists = pathExists(path, INPUT, SCOPE);
    // Assess
    expect(exists).toBe(expected);
  });

  it('still rejects a malformed path with States.Runtime', () => {
    // Act
    const error = statesErrorOf(() => pathExists('$.a[', INPUT, SCOPE));
    // Assess
    expect(error.error).toBe('States.Runtime');
  });
});

describe('assertValidPath', () => {
  it.each(['$', '$.a.b', "$['a b'].c", '$.a[0]', '$.a[-1]', '$$.Execution.Id', '$var', '$var.field', '$var[0]'])(
    'accepts the Reference Path %s',
    (path) => {
      // Act
      const act = () => {
        assertValidPath(path, 'reference');
      };
      // Assess
      expect(act).not.toThrow();
    },
  );

  it.each(['$.a[*]', '$..a', '$.a[0,1]', '$.a[1:]', '$.a[?(@.x > 1)]', "$['a','b']", '$.*'])(
    'accepts %s as a Path but not as a Reference Path',
    (path) => {
      // Act
      const asPath = () => {
        assertValidPath(path, 'path');
      };
      const error = statesErrorOf(() => {
        assertValidPath(path, 'reference');
      });
      // Assess
      expect(asPath).not.toThrow();
      expect(error.error).toBe('States.Runtime');
      expect(error.cause).toContain(`Invalid Reference Path '${path}'`);
    },
  );

  it.each(['', 'a.b', '$.', '$[', '$.a[x]', '$..'])('rejects %j as any kind of path', (path) => {
    // Act
    const error = statesErrorOf(() => {
      assertValidPath(path, 'path');
    });
    // Assess
    expect(error.error).toBe('States.Runtime');
  });
});
