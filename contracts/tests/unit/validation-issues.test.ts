import type { ErrorObject } from 'ajv';
import { compileStorefrontSchema } from '../../schema-compilers';
import { type ValidationIssue, validationIssues } from '../../validation-issues';

const order = compileStorefrontSchema({
  type: 'object',
  required: ['lines'],
  additionalProperties: false,
  properties: {
    lines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['quantity'],
        additionalProperties: false,
        properties: { quantity: { type: 'integer', minimum: 1 }, 'gift/wrap~': { type: 'boolean' } },
      },
    },
  },
});

function issuesOf(value: unknown): ValidationIssue[] {
  return order(value) ? [] : validationIssues(order.errors);
}

describe('validationIssues', () => {
  it('locates a nested value by JSON Pointer and by dotted path', () => {
    // Act
    const issues = issuesOf({ lines: [{ quantity: 1 }, { quantity: 0 }] });

    // Assess
    expect(issues).toEqual([
      { pointer: '/lines/1/quantity', path: 'lines[1].quantity', kind: 'invalid', message: 'must be >= 1' },
    ]);
  });

  it('names a missing or unknown field itself rather than its parent', () => {
    // Act
    const issues = issuesOf({ lines: [{ colour: 'red' }] });

    // Assess
    expect(issues).toEqual([
      { pointer: '/lines/0/quantity', path: 'lines[0].quantity', kind: 'missing', message: 'is required' },
      { pointer: '/lines/0/colour', path: 'lines[0].colour', kind: 'unknown', message: 'is not allowed' },
    ]);
  });

  it('escapes field names in pointers and shows them plainly in paths', () => {
    // Act
    const wrongType = issuesOf({ lines: [{ quantity: 1, 'gift/wrap~': 'yes' }] });
    const unknown = issuesOf({ lines: [], 'a/b~c': true });

    // Assess
    expect(wrongType).toEqual([
      { pointer: '/lines/0/gift~1wrap~0', path: 'lines[0].gift/wrap~', kind: 'invalid', message: 'must be boolean' },
    ]);
    expect(unknown).toEqual([{ pointer: '/a~1b~0c', path: 'a/b~c', kind: 'unknown', message: 'is not allowed' }]);
  });

  it('calls the document itself "" as a pointer and $ as a path', () => {
    // Act
    const issues = issuesOf('not an object');

    // Assess
    expect(issues).toEqual([{ pointer: '', path: '$', kind: 'invalid', message: 'must be object' }]);
  });

  it('reports each problem once, and nothing when there are no errors', () => {
    // Prepare: the same violation found through two branches of a schema
    const twice: ErrorObject[] = [
      { instancePath: '/name', schemaPath: '#/allOf/0/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      { instancePath: '/name', schemaPath: '#/allOf/1/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
    ];

    // Act
    const issues = validationIssues(twice);

    // Assess
    expect(issues).toEqual([{ pointer: '/name', path: 'name', kind: 'invalid', message: 'must be string' }]);
    expect(validationIssues(null)).toEqual([]);
  });
});
