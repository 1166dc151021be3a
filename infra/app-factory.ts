import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EcommerceStack } from './ecommerce-stack';
import { stageConfigFrom } from './platform/stage-config';

/**
 * Builds the whole CDK app. `infra/app.ts` (cdk.json) and the infra tests both use it, so the tests check exactly
 * what `cdk synth`/`cdk deploy` produce — including the cdk-nag AwsSolutions checks, which fail synthesis on any
 * unacknowledged finding.
 */
export function createApp(props: AppProps = {}, options: { readonly nagChecks?: boolean } = {}): { app: App; stack: EcommerceStack } {
  const app = new App(props);
  const config = stageConfigFrom(app.node);
  const stack = new EcommerceStack(app, `Ecommerce-${config.stage}`, {
    config,
    description: `Event-driven e-commerce backend (${config.stage})`,
  });
  if (options.nagChecks ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
