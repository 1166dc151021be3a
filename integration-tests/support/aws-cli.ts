import { execFile, execFileSync } from 'node:child_process';
import { LOCAL_CREDENTIALS } from '../../infra/local/dynamodb/dynamodb-local-process';

/** Debian's `awscli` package installs the AWS CLI v2 here; `AWS_CLI` overrides it. */
const CANDIDATE = process.env.AWS_CLI ?? '/usr/bin/aws';

/** The AWS CLI v2 executable, or undefined when this machine has none (v1 does not count: the contract is v2). */
export function findAwsCliV2(): string | undefined {
  try {
    const version = execFileSync(CANDIDATE, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return version.startsWith('aws-cli/2.') ? CANDIDATE : undefined;
  } catch {
    return undefined;
  }
}

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `aws --endpoint-url <edge> <args…>` with throwaway credentials and JSON output, as a user would. */
export function awsCli(cli: string, endpoint: string, args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      cli,
      ['--endpoint-url', endpoint, '--output', 'json', ...args],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_PAGER: '',
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        resolve({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
