import path from 'node:path';
import type { LocalFunctionSpec } from '../../function-spec';

export const ACCOUNT = '000000000000';
export const REGION = 'us-east-1';

/** A function running one of the tiny bundles under tests/fixtures/<dir>. */
export function fixtureFunction(
  name: string,
  dir: string,
  overrides: Partial<LocalFunctionSpec> = {},
): LocalFunctionSpec {
  return {
    name,
    arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`,
    handler: 'index.handler',
    codeDir: path.join(__dirname, '..', 'fixtures', dir),
    environment: {},
    timeoutSeconds: 3,
    memoryMb: 128,
    ...overrides,
  };
}
