import { Validations } from 'aws-cdk-lib';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { EcommerceStack } from '../../infra/ecommerce-stack';
import { REPO_ROOT } from '../../infra/platform/domain-function';
import { synthesizeApp } from '../../infra/synthesize';
import { bootLocalCloud } from '../support/boot-local-cloud';

/** One route and function that no code in infra/local/ knows about. */
function addPingRoute(stack: EcommerceStack): void {
  const ping = new NodejsFunction(stack, 'PingFunction', {
    entry: path.join(__dirname, 'fixtures', 'ping.ts'),
    runtime: Runtime.NODEJS_22_X,
    projectRoot: REPO_ROOT,
    depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
    bundling: { minify: true, target: 'node20' },
  });
  const [route] = stack.platform.api.httpApi.addRoutes({
    path: '/ping',
    methods: [HttpMethod.GET],
    integration: new HttpLambdaIntegration('PingIntegration', ping),
  });
  const reason = 'A test-only probe function and route; never deployed';
  Validations.of(ping).acknowledge(
    { id: 'AwsSolutions-L1', reason },
    { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason },
  );
  if (route) Validations.of(route).acknowledge({ id: 'AwsSolutions-APIG4', reason });
}

describe('the local cloud', () => {
  it('serves a route and function added to the CDK app, with no change to its own code', async () => {
    // Prepare
    const workDir = mkdtempSync(path.join(tmpdir(), 'ecommerce-template-'));
    const { stackName } = synthesizeApp(path.join(workDir, 'cdk.out'), {}, { extend: addPingRoute });
    const cloud = await bootLocalCloud(workDir, stackName);
    try {
      // Act
      const response = await fetch(`${cloud.apiUrl}/ping`);
      // Assess
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ pong: true, path: '/ping' });
    } finally {
      await cloud.stop();
    }
  });
});
