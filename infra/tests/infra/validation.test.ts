import { App, CfnResource, Stack, Validations } from 'aws-cdk-lib';
import { CfnQueue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cdkJsonContext } from '../../cdk-context';
import { synthesized } from '../synthesized';

interface Violation {
  ruleName: string;
  severity?: string;
  violatingResources?: unknown[];
}
interface PluginReport {
  summary?: { pluginName?: string };
  violations?: Violation[];
  suppressedViolations?: (Violation & { reason?: string })[];
}
interface ValidationReport {
  pluginReports: PluginReport[];
}

const readReport = (directory: string): ValidationReport =>
  JSON.parse(readFileSync(path.join(directory, 'validation-report.json'), 'utf8')) as ValidationReport;

describe('synthesis-time validation (cfn-validate and cdk-nag AwsSolutions)', () => {
  it('passes for the whole app, with a validation report and no error in it', () => {
    // Act: synthesized() throws if cdk-nag or cfn-validate report an unacknowledged error
    const { assembly } = synthesized();
    const report = readReport(assembly.directory);
    // Assess
    const errors = report.pluginReports.flatMap((r) => r.violations ?? []).filter((v) => v.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('gives every acknowledged finding a reason', () => {
    const { stack } = synthesized();
    const acknowledged = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .map((m) => m.data as Record<string, unknown>)
      .flatMap((data) => Object.entries(data));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [rule, reason] of acknowledged) {
      const explained = typeof reason === 'string' && reason.trim().length >= 20;
      expect({ rule, explained }).toEqual({ rule, explained: true });
    }
  });

  it('would fail synthesis on an unacknowledged cdk-nag finding (the check is live)', () => {
    // Prepare: a queue without a DLQ or TLS enforcement breaks several AwsSolutions rules
    const app = new App({ context: cdkJsonContext() });
    const stack = new Stack(app, 'Probe');
    new CfnQueue(stack, 'Queue');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    // Act + Assess
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS3/);
  });

  it('would fail synthesis on an invalid CloudFormation property (cfn-validate is live)', () => {
    // Prepare
    const app = new App({ context: cdkJsonContext() });
    const stack = new Stack(app, 'Probe');
    new CfnResource(stack, 'Bus', { type: 'AWS::Events::EventBus', properties: { Nmae: 'typo' } });
    // Act + Assess
    expect(() => app.synth()).toThrow(/Nmae/);
  });
});
