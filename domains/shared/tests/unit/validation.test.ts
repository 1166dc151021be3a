import { ValidationError } from '../../http/errors';
import { compileValidator } from '../../testing/compile-validator';

const detailsOf = (act: () => unknown) => {
  try {
    act();
  } catch (error: unknown) {
    if (error instanceof ValidationError) return error.details;
    throw error;
  }
  return undefined;
};

const order = compileValidator<unknown>({
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
        properties: { quantity: { type: 'integer', minimum: 1 }, 'gift/wrap': { type: 'boolean' } },
      },
    },
    placedAt: { type: 'string', format: 'date-time' },
  },
  example: { lines: [{ quantity: 1 }] },
});

describe('compileValidator', () => {
  it('returns valid input unchanged', () => {
    // Prepare
    const input = { lines: [{ quantity: 2 }], placedAt: '2025-01-01T00:00:00Z' };
    // Act
    const value = order(input);
    // Assess
    expect(value).toBe(input);
  });

  it('names nested fields with dots and array indexes', () => {
    // Act
    const details = detailsOf(() => order({ lines: [{ quantity: 1 }, { quantity: 0 }] }));
    // Assess
    expect(details).toEqual([{ path: 'lines[1].quantity', message: 'must be >= 1' }]);
  });

  it('names missing and unknown fields rather than their parent', () => {
    // Act
    const details = detailsOf(() => order({ lines: [{ colour: 'red' }] }));
    // Assess
    expect(details).toEqual([
      { path: 'lines[0].quantity', message: 'is required' },
      { path: 'lines[0].colour', message: 'is not an allowed field' },
    ]);
  });

  it('unescapes JSON-pointer segments', () => {
    // Act
    const details = detailsOf(() => order({ lines: [{ quantity: 1, 'gift/wrap': 'yes' }] }));
    // Assess
    expect(details).toEqual([{ path: 'lines[0].gift/wrap', message: 'must be boolean' }]);
  });

  it('calls the document itself $', () => {
    // Act
    const details = detailsOf(() => order('not an object'));
    // Assess
    expect(details).toEqual([{ path: '$', message: 'must be object' }]);
  });

  it('checks formats', () => {
    // Act
    const details = detailsOf(() => order({ lines: [], placedAt: 'yesterday' }));
    // Assess
    expect(details).toEqual([{ path: 'placedAt', message: 'must match format "date-time"' }]);
  });
});
