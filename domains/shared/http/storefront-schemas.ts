import storefrontApi from '../../../contracts/openapi/storefront.json';
import { compileValidator, registerSchemaDocument, type Validator } from '../validation';

/** The id the OpenAPI document is registered under in the shared ajv instance. */
const STOREFRONT_DOCUMENT_ID = 'storefront-openapi';

export type StorefrontSchemaName = keyof typeof storefrontApi.components.schemas;

/**
 * A validator for `components.schemas.<name>` of contracts/openapi/storefront.json, so request bodies are
 * checked against the very schemas the API documents (one source of truth). The schema's internal
 * `#/components/schemas/…` refs resolve inside the registered document.
 */
export const storefrontValidator = <T>(name: StorefrontSchemaName): Validator<T> => {
  registerSchemaDocument(STOREFRONT_DOCUMENT_ID, storefrontApi);
  return compileValidator<T>({ $ref: `${STOREFRONT_DOCUMENT_ID}#/components/schemas/${name}` });
};
