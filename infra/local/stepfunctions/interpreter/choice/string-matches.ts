/**
 * StringMatches: `*` matches any run of characters (including none); `\*` is a literal asterisk and `\\` a literal
 * backslash. The whole string must match.
 */
export function stringMatches(value: string, pattern: string): boolean {
  return patternRegExp(pattern).test(value);
}

const compiled = new Map<string, RegExp>();

function patternRegExp(pattern: string): RegExp {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern.charAt(index);
    if (char === '\\' && index + 1 < pattern.length) {
      index += 1;
      source += escapeRegExp(pattern.charAt(index));
    } else if (char === '*') {
      source += '.*';
    } else {
      source += escapeRegExp(char);
    }
  }
  const regExp = new RegExp(`^${source}$`, 'su');
  if (compiled.size > 1000) compiled.clear();
  compiled.set(pattern, regExp);
  return regExp;
}

function escapeRegExp(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}
