import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** Settings that differ per stage; read once from CDK context so `cdk synth -c stage=prod` just works. */
export interface StageConfig {
  readonly stage: string;
  /** Stateful resources of non-production stages are destroyed with the stack; production keeps them. */
  readonly removalPolicy: RemovalPolicy;
  readonly logRetention: RetentionDays;
  readonly archiveRetentionDays: number;
  readonly corsAllowOrigins: string[];
}

const STAGE_NAME = /^[a-z][a-z0-9-]{0,15}$/;

export interface StageContext {
  tryGetContext(key: string): unknown;
}

const stringContext = (ctx: StageContext, key: string): string | undefined => {
  const value = ctx.tryGetContext(key);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

export function stageConfigFrom(ctx: StageContext): StageConfig {
  const stage = stringContext(ctx, 'stage') ?? 'dev';
  if (!STAGE_NAME.test(stage)) {
    throw new Error(`Invalid stage "${stage}": use 1-16 lower-case letters, digits or dashes, starting with a letter`);
  }
  const production = stage === 'prod';
  const retention = Number(stringContext(ctx, 'archiveRetentionDays') ?? (production ? '365' : '30'));
  if (!Number.isInteger(retention) || retention < 0) {
    throw new Error(`Invalid archiveRetentionDays "${String(retention)}": use a whole number of days (0 = keep forever)`);
  }
  return {
    stage,
    removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    logRetention: production ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
    archiveRetentionDays: retention,
    corsAllowOrigins: (stringContext(ctx, 'corsAllowOrigins') ?? '*').split(',').map((o) => o.trim()),
  };
}
