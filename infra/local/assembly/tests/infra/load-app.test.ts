import { statSync } from 'node:fs';
import { synthesized } from '../../../../tests/synthesized';
import { functionSpecs, loadCloudAssembly, tableSpecs, type LocalStack } from '../..';

const endpoints = { edgeUrl: 'http://127.0.0.1:4566', apiUrl: 'http://127.0.0.1:3000' };

/** Any `Ref`/`Fn::` key left in a resolved value would be an intrinsic the loader skipped. */
const UNRESOLVED = /"(Ref|Fn::[A-Za-z]+)"\s*:/;

describe('loading the synthesized app for the local cloud', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    // Prepare
    const { assembly } = synthesized();
    // Act
    const local = await loadCloudAssembly(assembly.directory, { endpoints });
    stack = local.stack('Ecommerce-dev');
  });

  it('resolves every output to a local value', () => {
    // Assess
    expect(stack.outputs).toMatchObject({
      ApiUrl: 'http://127.0.0.1:3000/',
      EventBusName: 'ecommerce-dev',
      UserPoolId: expect.stringMatching(/^us-east-1_[A-Za-z0-9]{9}$/) as unknown,
    });
    for (const [name, value] of Object.entries(stack.outputs)) {
      expect([name, value]).toEqual([name, expect.stringMatching(/\S/)]);
      expect(value).not.toMatch(UNRESOLVED);
    }
  });

  it('leaves no intrinsic unresolved in any resource', () => {
    // Act
    const unresolved = [...stack.resources.values()].filter((resource) => UNRESOLVED.test(JSON.stringify(resource.properties)));
    // Assess
    expect(unresolved.map((resource) => resource.logicalId)).toEqual([]);
  });

  it('gives every Lambda function a handler and an existing code directory', () => {
    // Act
    const functions = functionSpecs(stack);
    // Assess
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      expect(fn.handler).toMatch(/^[\w/.-]+\.\w+$/);
      expect(statSync(fn.codeDir).isDirectory()).toBe(true);
    }
  });

  it("hands each function its tables' local names and the bus name", () => {
    // Prepare
    const tableNames = tableSpecs(stack).map((table) => table.tableName);
    // Act
    const environments = functionSpecs(stack).map((fn) => fn.environment);
    // Assess
    for (const environment of environments) {
      expect(tableNames).toContain(environment.PRODUCTS_TABLE_NAME);
      expect(environment.EVENT_BUS_NAME).toBe('ecommerce-dev');
    }
  });

  it('points the JWT authorizer at the local issuer of the user pool, for the storefront client', () => {
    // Prepare
    const [authorizer] = stack.byType('AWS::ApiGatewayV2::Authorizer');
    // Assess
    expect(authorizer?.properties.JwtConfiguration).toEqual({
      Issuer: `http://127.0.0.1:4566/${stack.outputs.UserPoolId ?? ''}`,
      Audience: [stack.outputs.UserPoolClientId],
    });
  });
});
