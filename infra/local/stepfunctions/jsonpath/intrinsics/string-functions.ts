import { randomUUID } from 'node:crypto';
import { isJsonArray, isJsonObject, type Json } from '../../../assembly/json';
import { argument, expectArgumentCount, intrinsicFailure, stringArgument, type IntrinsicFunction } from './arguments';
import type { IntrinsicCall } from './intrinsic-syntax';

/**
 * How States.Format renders a value: as Java prints it, which is what AWS returns — strings as they are, objects as
 * `{Arg1=1, Arg2=[]}`, arrays as `[1, 2]` (AWS renders `{"Arg1": 1, "Arg2": []}` that way).
 */
export function javaText(value: Json): string {
  if (typeof value === 'string') return value;
  if (isJsonArray(value)) return `[${value.map(javaText).join(', ')}]`;
  if (isJsonObject(value))
    return `{${Object.entries(value)
      .map(([key, each]) => `${key}=${javaText(each)}`)
      .join(', ')}}`;
  return String(value);
}

/**
 * The template's literal pieces around its `{}` placeholders. A template written as a string literal keeps its
 * escapes in `raw`, so `\{\}` is literal text, not a placeholder; a template read from the data has no escapes.
 */
function templatePieces(template: string, call: IntrinsicCall): string[] {
  const [first] = call.args;
  if (first?.kind !== 'string') return template.split('{}');
  const pieces: string[] = [];
  let piece = '';
  for (let at = 0; at < first.raw.length; at += 1) {
    const char = first.raw.charAt(at);
    if (char === '\\') {
      at += 1;
      piece += first.raw.charAt(at);
    } else if (char === '{' && first.raw.charAt(at + 1) === '}') {
      pieces.push(piece);
      piece = '';
      at += 1;
    } else piece += char;
  }
  pieces.push(piece);
  return pieces;
}

/** Intrinsics for strings, unique identifiers and generic string construction. */
export const STRING_FUNCTIONS: Readonly<Record<string, IntrinsicFunction>> = {
  /** (template, values…) → the template with each `{}` replaced by the next value; counts must match. */
  'States.Format': (args, call) => {
    const name = 'States.Format';
    if (args.length === 0) throw intrinsicFailure(name, 'a template argument is required');
    const pieces = templatePieces(stringArgument(name, args, 0), call);
    const values = args.slice(1);
    if (pieces.length - 1 !== values.length) {
      throw intrinsicFailure(
        name,
        `the template has ${pieces.length - 1} placeholders but ${values.length} values were given`,
      );
    }
    return pieces.reduce((text, piece, at) => text + javaText(argument(values, at - 1)) + piece);
  },

  /** (string, delimiters) → the pieces between any of the delimiter characters; empty pieces are left out. */
  'States.StringSplit': (args) => {
    const name = 'States.StringSplit';
    expectArgumentCount(name, args, 2);
    const text = stringArgument(name, args, 0);
    const delimiters = new Set(stringArgument(name, args, 1));
    const pieces: string[] = [];
    let piece = '';
    for (const char of text) {
      if (!delimiters.has(char)) piece += char;
      else if (piece !== '') {
        pieces.push(piece);
        piece = '';
      }
    }
    if (piece !== '') pieces.push(piece);
    return pieces;
  },

  /** () → a version 4 UUID. */
  'States.UUID': (args) => {
    expectArgumentCount('States.UUID', args, 0);
    return randomUUID();
  },
};
