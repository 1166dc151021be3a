import * as path from 'node:path';
import { startDynamoDbLocal } from '../dynamodb/dynamodb-local-process';
import type { LocalCloud } from '../local-cloud';
import type { SeedReport } from '../seed/seed-demo';
import { parseStartOptions, START_USAGE, type StartOptions } from './start-options';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** `npm start`: synthesize the CDK app, boot the local cloud from it, seed demo data, print how to use it. */
async function main(): Promise<void> {
  let options: StartOptions;
  try {
    options = parseStartOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${START_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(`${START_USAGE}\n`);
    return;
  }
  const startedAt = performance.now();
  const dataDir = options.dataDir === undefined ? undefined : path.resolve(REPO_ROOT, options.dataDir);
  // DynamoDB Local's JVM needs no template and is the slowest part to boot: it starts first, before this process even
  // loads the CDK app and the local cloud (hence the dynamic imports below), and boots while the app synthesizes.
  const dynamo = startDynamoDbLocal(dataDir === undefined ? {} : { dataDir: path.join(dataDir, 'dynamodb') });
  // Awaited by startLocalCloud; this only keeps a failure (no Java) from being reported as unhandled meanwhile.
  dynamo.catch(() => undefined);
  process.stderr.write('Synthesizing the CDK app into cdk.out and booting the local cloud…\n');
  const [{ synthesizeApp }, { startLocalCloud }, { consoleLogger }] = await Promise.all([
    import('../../synthesize.js'),
    import('../local-cloud.js'),
    import('./console-logger.js'),
  ]);
  const logger = consoleLogger({ verbose: options.verbose });
  const assemblyDir = path.join(REPO_ROOT, 'cdk.out');
  // cdk-nag and cfn-validate don't change the template; `npx cdk synth` and CI run them, a local start skips them.
  process.env.CDK_VALIDATION = 'false';
  synthesizeApp(assemblyDir, {}, { nagChecks: false });
  const cloud = await startLocalCloud({
    dynamo,
    assemblyDir,
    edgePort: options.edgePort,
    apiPort: options.apiPort,
    ...(dataDir === undefined ? {} : { dataDir }),
    logDir: path.join(dataDir ?? path.join(REPO_ROOT, '.local'), 'logs'),
    logger,
  });
  const stop = (): void => {
    process.stderr.write('Stopping…\n');
    void cloud.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const outputs = cloud.stack.outputs;
  const endpoints = { apiUrl: cloud.apiUrl, userPoolId: outputs.UserPoolId ?? '', userPoolClientId: outputs.UserPoolClientId ?? '' };
  let seeded: SeedReport | undefined;
  if (options.seed) {
    const [{ CognitoIdentityProviderClient }, { LOCAL_CREDENTIALS }, { seedDemo }] = await Promise.all([
      import('@aws-sdk/client-cognito-identity-provider'),
      import('../dynamodb/dynamodb-local-process.js'),
      import('../seed/seed-demo.js'),
    ]);
    const cognito = new CognitoIdentityProviderClient({ endpoint: cloud.edgeUrl, region: cloud.stack.region, credentials: LOCAL_CREDENTIALS });
    seeded = await seedDemo(cognito, endpoints);
    cognito.destroy();
  }
  process.stdout.write(banner(cloud, seeded, Math.round(performance.now() - startedAt), dataDir));
}

function banner(cloud: LocalCloud, seeded: SeedReport | undefined, ms: number, dataDir: string | undefined): string {
  const users = (seeded?.users ?? []).map((u) => `    ${u.email.padEnd(20)} ${u.password.padEnd(18)} ${u.groups.join(',') || 'customer'}`);
  return [
    '',
    `Local cloud ready in ${(ms / 1000).toFixed(1)} s — stack ${cloud.stack.name} (${cloud.stack.resources.size} resources)`,
    `  storefront API   ${cloud.apiUrl}`,
    `  AWS edge         ${cloud.edgeUrl}   (AWS_ENDPOINT_URL=${cloud.edgeUrl}, any credentials)`,
    `  health           ${cloud.edgeUrl}/_local/health`,
    `  state            ${dataDir ?? 'in memory'}`,
    ...(seeded ? ['  demo users', ...users, `  demo products    ${seeded.productsCreated} created`] : []),
    '',
    'Try:',
    `  curl ${cloud.apiUrl}/products?category=kitchen`,
    '',
    'Ctrl-C stops everything.',
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const busy = /EADDRINUSE|already in use/.test(message);
  process.stderr.write(`\nnpm start failed: ${message}\n${busy ? 'Another process uses that port: stop it, or pick others with --edge-port / --api-port.\n' : ''}`);
  process.exit(1);
});
