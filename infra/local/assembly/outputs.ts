import type { ConditionTable } from './conditions';
import { reportFailure } from './failures';
import { resolveValue, scalarString, type IntrinsicScope, type Resolved } from './intrinsics';
import { isJsonArray, preview } from './json';
import type { StackOutput } from './model';
import type { ProblemSink } from './problems';
import { ResolutionError } from './resolution-error';
import { rewriteString } from './rewrites';
import type { TemplateOutput } from './template';
import type { UrlRewrite } from './types';

export interface OutputResolution {
  readonly scope: IntrinsicScope;
  readonly conditions: ConditionTable;
  readonly rewrites: readonly UrlRewrite[];
  readonly report: ProblemSink;
}

/** Stack outputs as DescribeStacks returns them: strings, local URLs, and none whose Condition is false. */
export function resolveOutputs(outputs: readonly TemplateOutput[], resolution: OutputResolution): StackOutput[] {
  const { scope, conditions, rewrites, report } = resolution;
  return outputs.flatMap((output) => {
    try {
      if (output.condition !== undefined && !conditions.evaluate(output.condition, 'Condition')) return [];
      const value = rewriteString(outputString(resolveValue(output.value, scope, 'Value')), rewrites);
      const exportName =
        output.exportName === undefined
          ? undefined
          : scalarString(resolveValue(output.exportName, scope, 'Export.Name'), 'Export.Name', 'Export.Name');
      return [
        {
          key: output.name,
          value,
          ...(output.description === undefined ? {} : { description: output.description }),
          ...(exportName === undefined ? {} : { exportName }),
        },
      ];
    } catch (error) {
      reportFailure(error, { location: `Outputs.${output.name}` }, report);
      return [];
    }
  });
}

/** An output's value is a string; a list of strings is returned comma-separated, as CloudFormation does. */
function outputString(value: Resolved): string {
  if (isJsonArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.join(',');
  }
  if (typeof value === 'object' && value !== null && typeof value !== 'symbol') {
    throw new ResolutionError('INVALID_INTRINSIC', `an output value must be a string, got ${preview(value)}`, 'Value');
  }
  return scalarString(value, 'an output value', 'Value');
}
