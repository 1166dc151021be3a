import { constraintViolation, invalidName } from '../step-functions-errors';

// What the API reference says a state machine or execution name must not contain: white space, brackets, wildcards
// and these special characters; control characters, U+FFFE/U+FFFF and lone surrogates are checked by code point.
const FORBIDDEN_CHARACTERS = new Set('<>{}[]?*"#%\\^|~`$&,;:/');
const WHITE_SPACE = /\s/u;
const MAX_NAME_LENGTH = 80;

/** Checks a state machine or execution name: length 1–80 (ValidationException), then its characters (InvalidName). */
export function checkResourceName(name: string, member = 'name'): void {
  if (name.length < 1) throw constraintViolation(member, name, 'Member must have length greater than or equal to 1');
  if (name.length > MAX_NAME_LENGTH) {
    throw constraintViolation(member, name, `Member must have length less than or equal to ${MAX_NAME_LENGTH}`);
  }
  for (const character of name) {
    if (isForbidden(character)) throw invalidName(name);
  }
}

function isForbidden(character: string): boolean {
  if (FORBIDDEN_CHARACTERS.has(character) || WHITE_SPACE.test(character)) return true;
  const code = character.codePointAt(0) ?? 0;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff);
}
