import type { Json } from '../../../../assembly/json';
import { applyPayloadTemplate, type PathScope } from '../..';
import { statesErrorOf } from './expect-states-error';

const SCOPE: PathScope = {
  context: {
    Execution: { Id: 'arn:aws:states:eu-west-1:123456789012:execution:Saga:order-1', Name: 'order-1' },
    Map: { Item: { Index: 0, Value: { sku: 'A', quantity: 2 } } },
    Task: { Token: 'token-1' },
  },
  variables: { orderId: 'order-1', limits: { maxLines: 50 } },
};

describe('applyPayloadTemplate', () => {
  it('selects what a Parameters template asks for (the developer guide example)', () => {
    // Prepare
    const input: Json = {
      comment: 'Example for Parameters.',
      product: {
        details: { color: 'blue', size: 'small', material: 'cotton' },
        availability: 'in stock',
        sku: '2317',
        cost: '$23',
      },
    };
    const template: Json = {
      comment: 'Selecting what I care about.',
      MyDetails: { 'size.$': '$.product.details.size', 'exists.$': '$.product.availability', StaticValue: 'foo' },
    };
    // Act
    const output = applyPayloadTemplate(template, input, SCOPE);
    // Assess
    expect(output).toEqual({
      comment: 'Selecting what I care about.',
      MyDetails: { size: 'small', exists: 'in stock', StaticValue: 'foo' },
    });
  });

  it('reshapes a task result as a ResultSelector does', () => {
    // Prepare
    const result: Json = {
      resourceType: 'elasticmapreduce',
      resource: 'createCluster.sync',
      output: { ClusterId: 'j-123' },
    };
    // Act
    const output = applyPayloadTemplate(
      { 'ClusterId.$': '$.output.ClusterId', 'ResourceType.$': '$.resourceType' },
      result,
      SCOPE,
    );
    // Assess
    expect(output).toEqual({ ClusterId: 'j-123', ResourceType: 'elasticmapreduce' });
  });

  it('reads the Map item from the context object as an ItemSelector does', () => {
    // Act
    const output = applyPayloadTemplate(
      { 'index.$': '$$.Map.Item.Index', 'item.$': '$$.Map.Item.Value', 'execution.$': '$$.Execution.Name' },
      {},
      SCOPE,
    );
    // Assess
    expect(output).toEqual({ index: 0, item: { sku: 'A', quantity: 2 }, execution: 'order-1' });
  });

  it('reads workflow variables, as JSONPath-mode Assign does', () => {
    // Act
    const output = applyPayloadTemplate(
      { 'order.$': '$orderId', 'max.$': '$limits.maxLines', 'total.$': '$.total' },
      { total: 42 },
      SCOPE,
    );
    // Assess
    expect(output).toEqual({ order: 'order-1', max: 50, total: 42 });
  });

  it('evaluates intrinsic functions, including ones reading the context', () => {
    // Prepare
    const template: Json = {
      'greeting.$': "States.Format('Hello, {}!', $.name)",
      'ids.$': 'States.Array($.id, $$.Task.Token, $orderId)',
      'count.$': 'States.ArrayLength($.lines)',
    };
    // Act
    const output = applyPayloadTemplate(template, { name: 'Ada', id: 7, lines: [1, 2, 3] }, SCOPE);
    // Assess
    expect(output).toEqual({ greeting: 'Hello, Ada!', ids: [7, 'token-1', 'order-1'], count: 3 });
  });

  it('processes objects nested in objects and arrays, at any depth', () => {
    // Prepare
    const template: Json = {
      Item: { orderId: { 'S.$': '$.orderId' }, lines: { L: [{ M: { 'sku.$': '$.lines[0].sku' } }, 'static'] } },
      list: [[{ 'deep.$': '$.orderId' }]],
    };
    // Act
    const output = applyPayloadTemplate(template, { orderId: 'o-9', lines: [{ sku: 'A' }] }, SCOPE);
    // Assess
    expect(output).toEqual({
      Item: { orderId: { S: 'o-9' }, lines: { L: [{ M: { sku: 'A' } }, 'static'] } },
      list: [[{ deep: 'o-9' }]],
    });
  });

  it('takes the whole input for "$" and a list for a query', () => {
    // Act
    const output = applyPayloadTemplate(
      { 'all.$': '$', 'skus.$': '$.lines[*].sku' },
      { lines: [{ sku: 'A' }, { sku: 'B' }] },
      SCOPE,
    );
    // Assess
    expect(output).toEqual({ all: { lines: [{ sku: 'A' }, { sku: 'B' }] }, skus: ['A', 'B'] });
  });

  it('leaves strings that look like paths alone when their key has no .$', () => {
    // Act
    const output = applyPayloadTemplate({ path: '$.x', list: ['$.x', "States.Format('{}', $.x)"] }, { x: 1 }, SCOPE);
    // Assess
    expect(output).toEqual({ path: '$.x', list: ['$.x', "States.Format('{}', $.x)"] });
  });

  it('returns a template without objects as it is', () => {
    // Act
    const outputs = [
      applyPayloadTemplate('text', {}, SCOPE),
      applyPayloadTemplate(3, {}, SCOPE),
      applyPayloadTemplate(null, {}, SCOPE),
    ];
    // Assess
    expect(outputs).toEqual(['text', 3, null]);
  });

  it('never mutates the template or the data', () => {
    // Prepare
    const template = { 'a.$': '$.x', nested: { 'b.$': '$.x' } };
    const data = { x: { y: 1 } };
    const before = JSON.stringify({ template, data });
    // Act
    applyPayloadTemplate(template, data, SCOPE);
    // Assess
    expect(JSON.stringify({ template, data })).toBe(before);
  });

  describe('fails with States.Runtime', () => {
    it('when a path matches nothing, naming the field as AWS does', () => {
      // Act
      const error = statesErrorOf(() => applyPayloadTemplate({ 'userId.$': '$.detail.userId' }, { detail: {} }, SCOPE));
      // Assess
      expect(error.error).toBe('States.Runtime');
      expect(error.cause).toBe(
        `The JSONPath '$.detail.userId' specified for the field 'userId.$' could not be found in the input '{"detail":{}}'`,
      );
    });

    it.each<[string, Json]>([
      ['a number', 3],
      ['an object', { path: '$.x' }],
      ['null', null],
      ['a string that is neither a path nor a call', 'x.y'],
    ])('when a .$ value is %s', (_, value) => {
      // Act
      const error = statesErrorOf(() => applyPayloadTemplate({ 'field.$': value }, { x: 1 }, SCOPE));
      // Assess
      expect(error.error).toBe('States.Runtime');
      expect(error.cause).toContain("The value for the field 'field.$' must be a path or an intrinsic function");
    });

    it('when a field is given both as "a" and "a.$"', () => {
      // Act
      const error = statesErrorOf(() => applyPayloadTemplate({ a: 1, 'a.$': '$.x' }, { x: 1 }, SCOPE));
      // Assess
      expect(error.error).toBe('States.Runtime');
    });

    it('when a path inside an intrinsic matches nothing', () => {
      // Act
      const error = statesErrorOf(() =>
        applyPayloadTemplate({ 'v.$': "States.Format('{}', $.nope)" }, { x: 1 }, SCOPE),
      );
      // Assess
      expect(error.error).toBe('States.Runtime');
    });
  });
});
