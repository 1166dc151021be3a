import type { ErrorObject } from 'ajv';

/**
 * A JSON-Schema validator generated at build time (`npm run contracts:generate` writes them to
 * contracts/generated/validators/), or compiled by ajv in tests: the same function either way.
 */
export interface PrecompiledValidator {
  (data: unknown): boolean;
  /** What the last call that returned false found wrong; ajv sets it on the function itself. */
  errors?: ErrorObject[] | null;
}

/** One violation, located both ways: events report the JSON Pointer, the HTTP API the dotted path. */
export interface ValidationIssue {
  /** JSON Pointer to the field at fault: `/price/amount`, `/items/0/name`; `''` is the document itself. */
  readonly pointer: string;
  /** The same place for people: `price.amount`, `items[0].name`, `$` for the document itself. */
  readonly path: string;
  /** `missing`: a required field is absent; `unknown`: a field the schema does not allow; `invalid`: anything else. */
  readonly kind: 'missing' | 'unknown' | 'invalid';
  /** `is required`, `is not allowed`, or ajv's own message such as `must be >= 1`. */
  readonly message: string;
}

/** Turns ajv's errors into issues that name the field at fault (not its parent), each issue once. */
export function validationIssues(errors: readonly ErrorObject[] | null | undefined): ValidationIssue[] {
  const seen = new Set<string>();
  return (errors ?? []).map(toIssue).filter((issue) => {
    const key = `${issue.pointer}\u0000${issue.message}`;
    const isNew = !seen.has(key);
    seen.add(key);
    return isNew;
  });
}

function toIssue(error: ErrorObject): ValidationIssue {
  const unknownField = error.keyword === 'additionalProperties' ? stringParam(error, 'additionalProperty') : undefined;
  if (unknownField !== undefined) {
    return issueAt(childPointer(error.instancePath, unknownField), 'unknown', 'is not allowed');
  }
  const missingField = error.keyword === 'required' ? stringParam(error, 'missingProperty') : undefined;
  if (missingField !== undefined) {
    return issueAt(childPointer(error.instancePath, missingField), 'missing', 'is required');
  }
  return issueAt(error.instancePath, 'invalid', error.message ?? `is invalid (${error.keyword})`);
}

const issueAt = (pointer: string, kind: ValidationIssue['kind'], message: string): ValidationIssue => ({
  pointer,
  path: dottedPath(pointer),
  kind,
  message,
});

function stringParam(error: ErrorObject, name: string): string | undefined {
  const value: unknown = (error.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

const childPointer = (pointer: string, name: string): string =>
  `${pointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;

/** `/price/amount` → `price.amount`, `/items/0/name` → `items[0].name`, `''` → `$`. */
function dottedPath(pointer: string): string {
  let path = '';
  for (const escaped of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const segment = escaped.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(segment)) {
      path += `[${segment}]`;
    } else {
      path += path === '' ? segment : `.${segment}`;
    }
  }
  return path === '' ? '$' : path;
}
