import { type PrecompiledValidator, type ValidationIssue, validationIssues } from '../../contracts/validation-issues';
import { type ErrorDetail, ValidationError } from './http/errors';

/** Returns its input typed as `T`, or throws `ValidationError` listing every violation. */
export type Validator<T> = (value: unknown) => T;

/**
 * A `Validator<T>` from a validator generated at build time (`contracts/generated/validators/`). Import the one
 * module a handler needs (e.g. `.../validators/storefront/CreateProductRequest`): nothing is compiled at run time and
 * a bundle carries only its own validators.
 */
export const validatorFrom =
  <T>(validate: PrecompiledValidator): Validator<T> =>
  (value: unknown): T => {
    if (validate(value)) {
      return value as T;
    }
    throw new ValidationError(validationIssues(validate.errors).map(toErrorDetail));
  };

/** Client-facing details name the field at fault with a dotted path: `price.amount`, `items[0].name`, `$`. */
const toErrorDetail = ({ path, kind, message }: ValidationIssue): ErrorDetail => ({
  path,
  message: kind === 'unknown' ? 'is not an allowed field' : message,
});
