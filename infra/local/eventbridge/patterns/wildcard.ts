import { preview } from '../../assembly/json';
import { invalidAt, type PatternPath } from './errors';

/**
 * A wildcard value split at its unescaped `*`s into literal pieces: `"a*b\\*c"` → `["a", "b*c"]`.
 * EventBridge's rules: `*` matches any run of characters (including none), `\*` is a literal star, `\\` a literal
 * backslash, any other escape is refused, and so are two consecutive `*` (they would mean the same as one).
 */
export function parseWildcard(text: string, path: PatternPath): readonly string[] {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '*') {
      if (text.charAt(i + 1) === '*') {
        invalidAt(path, `consecutive wildcard characters at position ${i} of ${preview(text)}`);
      }
      pieces.push(current);
      current = '';
    } else if (char === '\\') {
      const next = text.charAt(i + 1);
      if (next !== '*' && next !== '\\') {
        invalidAt(path, `invalid escape character at position ${i} of ${preview(text)}`);
      }
      current += next;
      i += 1;
    } else {
      current += char;
    }
  }
  pieces.push(current);
  return pieces;
}

/** Whether `value` matches: first and last pieces anchored, the middle ones found in order (leftmost suffices). */
export function matchesWildcard(pieces: readonly string[], value: string): boolean {
  const first = pieces[0] ?? '';
  if (pieces.length === 1) return value === first;
  const last = pieces[pieces.length - 1] ?? '';
  const end = value.length - last.length;
  if (end < first.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let position = first.length;
  for (let i = 1; i < pieces.length - 1; i += 1) {
    const piece = pieces[i] ?? '';
    const found = value.indexOf(piece, position);
    if (found < 0 || found + piece.length > end) return false;
    position = found + piece.length;
  }
  return true;
}
