import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { awsCli, findAwsCliV2, type CliResult } from '../support/aws-cli';
import { edgeClientConfig } from '../support/stack';

const cli = findAwsCliV2();
if (cli === undefined && process.env.CI === 'true') {
  throw new Error('The AWS CLI v2 is required in CI: .ci/run installs Debian\'s awscli package');
}
const json = (result: CliResult): unknown => JSON.parse(result.stdout) as unknown;

/**
 * The AWS CLI v2 (Debian's awscli, botocore underneath — a second, independent client stack besides the SDK v3) works
 * against the edge with `--endpoint-url`: query protocol (CloudFormation), awsJson (DynamoDB, Cognito, EventBridge)
 * and restJson (Lambda). Skipped, visibly, on a developer machine without the CLI; required in CI.
 */
(cli === undefined ? describe.skip : describe)('the AWS CLI v2 against the local cloud', () => {
  const run = (args: readonly string[]): Promise<CliResult> => awsCli(cli ?? '', edgeClientConfig().endpoint, args);
  const stackName = process.env.ECOMMERCE_STACK_NAME ?? 'Ecommerce-dev';
  const output = async (key: string): Promise<string> => {
    const result = await run(['cloudformation', 'describe-stacks', '--stack-name', stackName]);
    const stacks = json(result) as { Stacks: { Outputs: { OutputKey: string; OutputValue: string }[] }[] };
    return stacks.Stacks[0]?.Outputs.find((o) => o.OutputKey === key)?.OutputValue ?? '';
  };

  it('discovers the stack outputs and lists the template tables', async () => {
    // Act
    const tableName = await output('CatalogTableName');
    const tables = await run(['dynamodb', 'list-tables']);
    // Assess
    expect(tables.exitCode).toBe(0);
    expect((json(tables) as { TableNames: string[] }).TableNames).toContain(tableName);
  });

  it('invokes a function and puts an event on the bus', async () => {
    // Prepare
    const resources = await run(['cloudformation', 'describe-stack-resources', '--stack-name', stackName]);
    const functions = (json(resources) as { StackResources: { ResourceType: string; LogicalResourceId: string; PhysicalResourceId: string }[] })
      .StackResources.filter((r) => r.ResourceType === 'AWS::Lambda::Function' && r.LogicalResourceId.includes('ListProducts'));
    const outFile = path.join(mkdtempSync(path.join(tmpdir(), 'aws-cli-')), 'out.json');
    const event = { version: '2.0', rawPath: '/products', rawQueryString: 'limit=1', queryStringParameters: { limit: '1' }, requestContext: { http: { method: 'GET' } } };
    // Act
    const invoked = await run([
      'lambda', 'invoke', '--function-name', functions[0]?.PhysicalResourceId ?? '',
      '--cli-binary-format', 'raw-in-base64-out', '--payload', JSON.stringify(event), outFile,
    ]);
    const put = await run(['events', 'put-events', '--entries', JSON.stringify([
      { Source: 'cli.test', DetailType: 'Ping', Detail: '{}', EventBusName: await output('EventBusName') },
    ])]);
    // Assess
    expect(invoked.exitCode).toBe(0);
    expect(json(invoked)).toMatchObject({ StatusCode: 200, ExecutedVersion: '$LATEST' });
    expect(JSON.parse(readFileSync(outFile, 'utf8'))).toMatchObject({ statusCode: 200 });
    expect(json(put)).toMatchObject({ FailedEntryCount: 0, Entries: [{ EventId: expect.any(String) as unknown }] });
  });

  it("surfaces the services' AWS-shaped errors as the CLI's own error messages", async () => {
    // Act
    const wrongPassword = await run([
      'cognito-idp', 'initiate-auth', '--client-id', await output('UserPoolClientId'), '--auth-flow', 'USER_PASSWORD_AUTH',
      '--auth-parameters', 'USERNAME=nobody@example.com,PASSWORD=Wrong-pass-1!',
    ]);
    const unknownStack = await run(['cloudformation', 'describe-stacks', '--stack-name', 'NoSuchStack']);
    // Assess
    expect(wrongPassword.exitCode).not.toBe(0);
    expect(wrongPassword.stderr).toMatch(/\((NotAuthorizedException|UserNotFoundException)\) when calling the InitiateAuth operation/);
    expect(unknownStack.exitCode).not.toBe(0);
    expect(unknownStack.stderr).toContain('(ValidationError) when calling the DescribeStacks operation');
  });
});
