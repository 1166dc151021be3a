import type { Json } from './json';
import { ResolutionError } from './resolution-error';
import type { TemplateParameter } from './template';

/**
 * A parameter's local value: the override passed to the loader, else its Default. SSM-backed parameters have no
 * local value (their Default is the parameter's SSM name), so they need an override when something reads them.
 */
export function parameterValue(parameter: TemplateParameter, override: string | undefined, path: string): Json {
  const isSsm = parameter.type.startsWith('AWS::SSM::Parameter::Value<');
  const raw = override ?? (isSsm ? undefined : parameter.defaultValue);
  if (raw === undefined) {
    throw new ResolutionError(
      'MISSING_PARAMETER',
      isSsm
        ? `parameter ${parameter.name} is read from SSM (${parameter.type}), which the local cloud does not have`
        : `parameter ${parameter.name} has no Default`,
      path,
      `pass a value for ${parameter.name} in the loader's parameters option`,
    );
  }
  if (isListType(parameter.type) && typeof raw === 'string') return raw === '' ? [] : raw.split(',');
  return raw;
}

function isListType(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<') || /Value<List<|Value<CommaDelimitedList>/.test(type);
}
