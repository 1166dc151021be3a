import { runtimeError } from '../states-error';

/**
 * The path syntax Step Functions accepts in JSONPath mode (its engine is Jayway JsonPath): a root — `$` the data,
 * `$$` the context object, `$name` a workflow variable — then segments. A path made only of single names and single
 * indexes is a Reference Path and selects one node; any other segment makes it a query that selects a list of nodes.
 */
export type PathRoot =
  { readonly kind: 'data' } | { readonly kind: 'context' } | { readonly kind: 'variable'; readonly name: string };

export type PathSegment =
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'names'; readonly names: readonly string[] }
  | { readonly kind: 'indexes'; readonly indexes: readonly number[] }
  | { readonly kind: 'slice'; readonly start: number | undefined; readonly end: number | undefined }
  | { readonly kind: 'filter'; readonly expression: string }
  | { readonly kind: 'deepScan'; readonly then: PathSegment };

export interface ParsedPath {
  readonly source: string;
  readonly root: PathRoot;
  readonly segments: readonly PathSegment[];
  /** True for a Reference Path: only single names and indexes, so it selects at most one node. */
  readonly definite: boolean;
}

// Characters that end a name written in dot notation (`$.detail-type` is one name; `$.a b` is not a path).
const DOT_NAME_STOP = new Set(['.', '[', ']', "'", '"', ',', '(', ')', ' ', '\t', '\n', '\r']);
const VARIABLE_START = /[\p{L}_]/u;
const VARIABLE_PART = /[\p{L}\p{N}_]/u;

// Definitions use a bounded set of paths, evaluated on every state entry: parse each once.
const cache = new Map<string, ParsedPath>();
const CACHE_LIMIT = 10_000;

/** Parses a path or throws `States.Runtime` naming what is wrong with it. */
export function parsePath(path: string): ParsedPath {
  const cached = cache.get(path);
  if (cached) return cached;
  const parsed = new PathParser(path).parse();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(path, parsed);
  return parsed;
}

/** Renders segments the way Jayway reports a path in its errors: `$['a']['b'][0]`. */
export function normalizedPath(segments: readonly PathSegment[]): string {
  return `$${segments.map(renderSegment).join('')}`;
}

function renderSegment(segment: PathSegment): string {
  switch (segment.kind) {
    case 'property':
      return `['${segment.name}']`;
    case 'index':
      return `[${segment.index}]`;
    case 'wildcard':
      return '[*]';
    case 'names':
      return `[${segment.names.map((name) => `'${name}'`).join(',')}]`;
    case 'indexes':
      return `[${segment.indexes.join(',')}]`;
    case 'slice':
      return `[${segment.start ?? ''}:${segment.end ?? ''}]`;
    case 'filter':
      return `[?(${segment.expression})]`;
    case 'deepScan':
      return `..${renderSegment(segment.then)}`;
  }
}

class PathParser {
  private position = 0;

  constructor(private readonly source: string) {}

  parse(): ParsedPath {
    if (!this.source.startsWith('$')) this.fail('a path must start with $');
    this.position = 1;
    const root = this.parseRoot();
    const segments: PathSegment[] = [];
    while (this.position < this.source.length) segments.push(this.parseSegment());
    const definite = segments.every((segment) => segment.kind === 'property' || segment.kind === 'index');
    return { source: this.source, root, segments, definite };
  }

  private parseRoot(): PathRoot {
    const next = this.peek();
    if (next === '$') {
      this.position += 1;
      return { kind: 'context' };
    }
    if (next !== undefined && VARIABLE_START.test(next)) {
      const start = this.position;
      while (this.position < this.source.length && VARIABLE_PART.test(this.source.charAt(this.position)))
        this.position += 1;
      return { kind: 'variable', name: this.source.slice(start, this.position) };
    }
    return { kind: 'data' };
  }

  private parseSegment(): PathSegment {
    const char = this.peek();
    if (char === '[') return this.parseBracket();
    if (char !== '.') this.fail(`unexpected '${char ?? ''}'`);
    this.position += 1;
    if (this.peek() === '.') {
      this.position += 1;
      const then = this.peek() === '[' ? this.parseBracket() : this.parseDotName();
      return { kind: 'deepScan', then };
    }
    return this.parseDotName();
  }

  private parseDotName(): PathSegment {
    if (this.peek() === '*') {
      this.position += 1;
      return { kind: 'wildcard' };
    }
    const start = this.position;
    while (this.position < this.source.length && !DOT_NAME_STOP.has(this.source.charAt(this.position)))
      this.position += 1;
    if (this.position === start) this.fail('a name is missing after the dot');
    return { kind: 'property', name: this.source.slice(start, this.position) };
  }

  private parseBracket(): PathSegment {
    this.position += 1; // '['
    const next = this.peek();
    if (next === '*') {
      this.position += 1;
      this.expect(']');
      return { kind: 'wildcard' };
    }
    if (next === '?') return this.parseFilter();
    if (next === "'" || next === '"') return this.parseQuotedNames();
    return this.parseNumbers();
  }

  private parseFilter(): PathSegment {
    this.position += 1; // '?'
    this.expect('(');
    const start = this.position;
    let depth = 1;
    let quote: string | undefined;
    while (this.position < this.source.length) {
      const char = this.source.charAt(this.position);
      if (quote) {
        if (char === '\\') this.position += 1;
        else if (char === quote) quote = undefined;
      } else if (char === "'" || char === '"') quote = char;
      else if (char === '(') depth += 1;
      else if (char === ')' && --depth === 0) break;
      this.position += 1;
    }
    if (depth !== 0) this.fail('the filter is not closed');
    const expression = this.source.slice(start, this.position).trim();
    this.position += 1; // ')'
    this.expect(']');
    if (expression === '') this.fail('the filter is empty');
    return { kind: 'filter', expression };
  }

  private parseQuotedNames(): PathSegment {
    const names: string[] = [];
    for (;;) {
      names.push(this.parseQuoted());
      this.skipSpaces();
      if (this.peek() === ']') break;
      this.expect(',');
      this.skipSpaces();
    }
    this.position += 1; // ']'
    const [first] = names;
    return names.length === 1 && first !== undefined ? { kind: 'property', name: first } : { kind: 'names', names };
  }

  private parseQuoted(): string {
    const quote = this.peek();
    if (quote !== "'" && quote !== '"') this.fail('a quoted name was expected');
    this.position += 1;
    let name = '';
    while (this.position < this.source.length) {
      const char = this.source.charAt(this.position);
      if (char === quote) {
        this.position += 1;
        return name;
      }
      if (char === '\\') {
        this.position += 1;
        if (this.position >= this.source.length) break;
      }
      name += this.source.charAt(this.position);
      this.position += 1;
    }
    return this.fail('a quoted name is not closed');
  }

  private parseNumbers(): PathSegment {
    const close = this.source.indexOf(']', this.position);
    if (close < 0) this.fail("a '[' is not closed");
    const content = this.source.slice(this.position, close).replace(/\s+/g, '');
    this.position = close + 1;
    if (content.includes(':')) {
      const parts = content.split(':');
      if (parts.length !== 2) this.fail(`unsupported slice [${content}]`);
      const [start, end] = parts.map((part) => (part === '' ? undefined : this.integer(part)));
      return { kind: 'slice', start, end };
    }
    const indexes = content.split(',').map((part) => this.integer(part));
    const [first] = indexes;
    return indexes.length === 1 && first !== undefined ? { kind: 'index', index: first } : { kind: 'indexes', indexes };
  }

  private integer(text: string): number {
    if (!/^-?\d+$/.test(text)) this.fail(`'${text}' is not an array index`);
    return Number(text);
  }

  private expect(char: string): void {
    if (this.peek() !== char) this.fail(`'${char}' expected`);
    this.position += 1;
  }

  private skipSpaces(): void {
    while (this.peek() === ' ') this.position += 1;
  }

  private peek(): string | undefined {
    return this.position < this.source.length ? this.source.charAt(this.position) : undefined;
  }

  private fail(reason: string): never {
    throw runtimeError(`Invalid path '${this.source}': ${reason} (at character ${this.position})`);
  }
}
