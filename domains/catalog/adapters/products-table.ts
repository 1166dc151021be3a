/**
 * The products table's shape, shared by the repository (runtime) and the domain's CDK construct (infra) so the two
 * cannot disagree. Kept free of SDK and CDK imports so both sides can load it cheaply.
 */
export const PRODUCTS_TABLE = {
  partitionKey: 'productId',
  byCategoryIndex: { name: 'byCategory', partitionKey: 'category', sortKey: 'productId' },
} as const;
