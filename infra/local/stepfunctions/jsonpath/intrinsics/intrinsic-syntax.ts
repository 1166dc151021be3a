import type { Json } from '../../../assembly/json';
import { runtimeError } from '../../states-error';
import { parsePath } from '../path-syntax';

/**
 * The grammar of an intrinsic call, from the ASL spec: `States.Name(arg, …)`, where an argument is a string literal
 * in single quotes (escapes `\'`, `\{`, `\}`, `\\`; any other backslash is an error), a number, `true`, `false`,
 * `null`, a path (`$.x`, `$$.Execution.Id`, `$var`) or another call.
 */
export type IntrinsicArgument =
  | { readonly kind: 'literal'; readonly value: Json }
  /** `raw` keeps the escapes, so States.Format can tell a placeholder `{}` from an escaped `\{\}`. */
  | { readonly kind: 'string'; readonly value: string; readonly raw: string }
  | { readonly kind: 'path'; readonly path: string }
  | IntrinsicCall;

export interface IntrinsicCall {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly IntrinsicArgument[];
}

/** "You can nest up to 10 intrinsic functions within a field" (developer guide); its example counts every call. */
export const MAX_INTRINSICS_PER_FIELD = 10;

const CALL_START = /^States\.[A-Za-z0-9]+\s*\(/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const ESCAPABLE = new Set(["'", '{', '}', '\\']);

/** True when a `.$` value is an intrinsic call rather than a path. */
export function isIntrinsic(expression: string): boolean {
  return CALL_START.test(expression);
}

const cache = new Map<string, IntrinsicCall>();
const CACHE_LIMIT = 10_000;

/** Parses a whole `.$` value into a call; a malformed one is a definition error, `States.Runtime`. */
export function parseIntrinsic(expression: string): IntrinsicCall {
  const cached = cache.get(expression);
  if (cached) return cached;
  const call = new IntrinsicParser(expression).parse();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(expression, call);
  return call;
}

class IntrinsicParser {
  private position = 0;
  private calls = 0;

  constructor(private readonly source: string) {}

  parse(): IntrinsicCall {
    this.skipSpaces();
    if (!this.source.startsWith('States.', this.position))
      this.fail('an intrinsic function call must start with States.');
    const call = this.parseCall();
    this.skipSpaces();
    if (this.position < this.source.length) this.fail('unexpected text after the call');
    return call;
  }

  private parseCall(): IntrinsicCall {
    const match = /^States\.([A-Za-z0-9]+)/.exec(this.source.slice(this.position));
    if (!match) this.fail('a function name was expected');
    this.calls += 1;
    if (this.calls > MAX_INTRINSICS_PER_FIELD)
      this.fail(`a field can use at most ${MAX_INTRINSICS_PER_FIELD} intrinsic functions`);
    this.position += match[0].length;
    this.skipSpaces();
    this.expect('(');
    const args: IntrinsicArgument[] = [];
    this.skipSpaces();
    if (this.peek() === ')') {
      this.position += 1;
      return { kind: 'call', name: match[0], args };
    }
    for (;;) {
      args.push(this.parseArgument());
      this.skipSpaces();
      if (this.peek() === ')') break;
      this.expect(',');
    }
    this.position += 1; // ')'
    return { kind: 'call', name: match[0], args };
  }

  private parseArgument(): IntrinsicArgument {
    this.skipSpaces();
    const rest = this.source.slice(this.position);
    const char = rest.charAt(0);
    if (char === "'") return this.parseString();
    if (char === '$') return this.parsePathArgument();
    if (rest.startsWith('States.')) return this.parseCall();
    const number = NUMBER.exec(rest);
    if (number) {
      this.position += number[0].length;
      return { kind: 'literal', value: Number(number[0]) };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (rest.startsWith(word) && !/[\w.]/.test(rest.charAt(word.length))) {
        this.position += word.length;
        return { kind: 'literal', value };
      }
    }
    return this.fail(
      'an argument must be a quoted string, a number, true, false, null, a path or an intrinsic function',
    );
  }

  private parseString(): IntrinsicArgument {
    const start = ++this.position;
    let value = '';
    while (this.position < this.source.length) {
      const char = this.source.charAt(this.position);
      if (char === "'") {
        const raw = this.source.slice(start, this.position);
        this.position += 1;
        return { kind: 'string', value, raw };
      }
      if (char === '\\') {
        const escaped = this.source.charAt(this.position + 1);
        if (!ESCAPABLE.has(escaped)) this.fail("an open escape '\\' (only \\', \\{, \\} and \\\\ are escapes)");
        value += escaped;
        this.position += 2;
      } else {
        value += char;
        this.position += 1;
      }
    }
    return this.fail('a string literal is not closed');
  }

  // A path argument runs to the next ',' or ')' that is outside brackets, parentheses and quotes.
  private parsePathArgument(): IntrinsicArgument {
    const start = this.position;
    let depth = 0;
    let quote: string | undefined;
    while (this.position < this.source.length) {
      const char = this.source.charAt(this.position);
      if (quote) {
        if (char === '\\') this.position += 1;
        else if (char === quote) quote = undefined;
      } else if (char === "'" || char === '"') quote = char;
      else if (char === '[' || char === '(') depth += 1;
      else if (char === ']' || char === ')') {
        if (depth === 0) break;
        depth -= 1;
      } else if (char === ',' && depth === 0) break;
      this.position += 1;
    }
    const path = this.source.slice(start, this.position).trimEnd();
    parsePath(path); // a malformed path is reported now, with the definition, not on first use
    return { kind: 'path', path };
  }

  private expect(char: string): void {
    if (this.peek() !== char) this.fail(`'${char}' expected`);
    this.position += 1;
  }

  private skipSpaces(): void {
    while (/\s/.test(this.peek() ?? '')) this.position += 1;
  }

  private peek(): string | undefined {
    return this.position < this.source.length ? this.source.charAt(this.position) : undefined;
  }

  private fail(reason: string): never {
    throw runtimeError(`Invalid intrinsic function '${this.source}': ${reason} (at character ${this.position})`);
  }
}
