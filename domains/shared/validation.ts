import Ajv, { type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { type ErrorDetail, ValidationError } from './http/errors';

/**
 * The one ajv instance every module compiles its schemas with, so a document registered once (the OpenAPI
 * spec, say) can be referenced from anywhere. `strict: false` lets OpenAPI keywords such as `example`
 * and `x-*` extensions through without ajv rejecting the schema.
 */
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

/** Returns its input typed as `T`, or throws `ValidationError` listing every violation. */
export type Validator<T> = (value: unknown) => T;

/** Makes `document` referenceable as `<id>#/json/pointer`; registering the same id twice is a no-op. */
export const registerSchemaDocument = (id: string, document: AnySchema): void => {
  if (ajv.getSchema(id) === undefined) {
    ajv.addSchema(document, id);
  }
};

/**
 * Compiles a schema (or a `{ $ref }` into a registered document) into a validator. Compile once at module
 * load (cold start), call many times.
 */
export const compileValidator = <T>(schema: AnySchema): Validator<T> => {
  const validate: ValidateFunction<T> = ajv.compile<T>(schema);
  return (value: unknown): T => {
    if (validate(value)) {
      return value;
    }
    throw new ValidationError(toErrorDetails(validate.errors ?? []));
  };
};

/** `/price/amount` → `price.amount`, `/items/0/name` → `items[0].name`, the document itself → `$`. */
const toDottedPath = (instancePath: string, child?: string): string => {
  const segments = instancePath === '' ? [] : instancePath.slice(1).split('/');
  if (child !== undefined) {
    segments.push(child);
  }
  let path = '';
  for (const raw of segments) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) {
      path += `[${segment}]`;
    } else {
      path += path === '' ? segment : `.${segment}`;
    }
  }
  return path === '' ? '$' : path;
};

const stringParam = (error: ErrorObject, name: string): string | undefined => {
  const value: unknown = (error.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
};

/** Rewrites ajv's errors into client-facing details that name the field at fault. */
const toErrorDetail = (error: ErrorObject): ErrorDetail => {
  const unknownField = error.keyword === 'additionalProperties' ? stringParam(error, 'additionalProperty') : undefined;
  if (unknownField !== undefined) {
    return { path: toDottedPath(error.instancePath, unknownField), message: 'is not an allowed field' };
  }
  const missingField = error.keyword === 'required' ? stringParam(error, 'missingProperty') : undefined;
  if (missingField !== undefined) {
    return { path: toDottedPath(error.instancePath, missingField), message: 'is required' };
  }
  return { path: toDottedPath(error.instancePath), message: error.message ?? 'is invalid' };
};

const toErrorDetails = (errors: readonly ErrorObject[]): ErrorDetail[] => {
  const seen = new Set<string>();
  return errors.map(toErrorDetail).filter((detail) => {
    const key = `${detail.path}\u0000${detail.message}`;
    const isNew = !seen.has(key);
    seen.add(key);
    return isNew;
  });
};
