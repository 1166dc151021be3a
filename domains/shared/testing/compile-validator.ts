import type { AnySchema } from 'ajv';
import { compileStorefrontSchema } from '../../../contracts/schema-compilers';
import { type Validator, validatorFrom } from '../validation';

/**
 * Compiles a test's own schema at run time, with the ajv set-up the storefront validators are generated with
 * (tests only: Lambda code uses generated validators and never loads the ajv compiler).
 */
export const compileValidator = <T>(schema: AnySchema): Validator<T> => validatorFrom<T>(compileStorefrontSchema(schema));
