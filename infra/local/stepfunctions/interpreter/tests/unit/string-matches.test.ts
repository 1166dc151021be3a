import { stringMatches } from '../../choice/string-matches';

describe('StringMatches', () => {
  it.each([
    ['log-*.txt', 'log-2024.txt', true],
    ['log-*.txt', 'log-.txt', true],
    ['log-*.txt', 'log-2024.csv', false],
    ['*.txt', 'notes.txt', true],
    ['*', '', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'acb', false],
    ['exact', 'exact', true],
    ['exact', 'exactly', false],
    ['price\\*', 'price*', true],
    ['price\\*', 'prices', false],
    ['back\\\\slash', 'back\\slash', true],
    ['dots.(and)+[brackets]', 'dots.(and)+[brackets]', true],
    ['dots.', 'dotsX', false],
    ['multi*line', 'multi\nline', true],
  ])('pattern %j against %j is %s', (pattern, value, expected) => {
    // Act
    const matched = stringMatches(value, pattern);
    // Assess
    expect(matched).toBe(expected);
  });
});
