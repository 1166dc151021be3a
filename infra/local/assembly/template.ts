import { isJsonArray, isJsonObject, preview, type Json, type JsonObject } from './json';
import type { ProblemSink } from './problems';

/** The parts of a CloudFormation template the local cloud reads, checked for shape. */
export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  readonly properties: JsonObject;
  readonly condition: string | undefined;
  readonly dependsOn: readonly string[];
  readonly metadata: JsonObject;
}

export interface TemplateParameter {
  readonly name: string;
  readonly type: string;
  readonly defaultValue: Json | undefined;
}

export interface TemplateOutput {
  readonly name: string;
  readonly value: Json;
  readonly condition: string | undefined;
  readonly description: string | undefined;
  readonly exportName: Json | undefined;
}

export interface Template {
  readonly description: string | undefined;
  readonly transform: Json | undefined;
  readonly parameters: ReadonlyMap<string, TemplateParameter>;
  readonly mappings: JsonObject;
  readonly conditions: JsonObject;
  /** In template order. */
  readonly resources: ReadonlyMap<string, TemplateResource>;
  readonly outputs: readonly TemplateOutput[];
}

export function parseTemplate(raw: Json, report: ProblemSink): Template {
  const root = isJsonObject(raw) ? raw : {};
  if (!isJsonObject(raw)) report(invalid('Template', `a template is a JSON object, got ${preview(raw)}`));
  const section = (name: string): JsonObject => {
    const value = root[name];
    if (value === undefined) return {};
    if (isJsonObject(value)) return value;
    report(invalid(name, `the ${name} section must be an object`));
    return {};
  };
  return {
    description: typeof root.Description === 'string' ? root.Description : undefined,
    transform: root.Transform,
    parameters: new Map(Object.entries(section('Parameters')).map(([name, value]) => [name, parameter(name, value, report)])),
    mappings: section('Mappings'),
    conditions: section('Conditions'),
    resources: resources(section('Resources'), report),
    outputs: Object.entries(section('Outputs')).flatMap(([name, value]) => output(name, value, report)),
  };
}

function parameter(name: string, value: Json, report: ProblemSink): TemplateParameter {
  const declaration = isJsonObject(value) ? value : {};
  if (typeof declaration.Type !== 'string') report(invalid(`Parameters.${name}`, 'a parameter needs a Type'));
  return { name, type: typeof declaration.Type === 'string' ? declaration.Type : 'String', defaultValue: declaration.Default };
}

function resources(section: JsonObject, report: ProblemSink): Map<string, TemplateResource> {
  const parsed = new Map<string, TemplateResource>();
  for (const [logicalId, value] of Object.entries(section)) {
    const declaration = isJsonObject(value) ? value : {};
    const { Type: type, Properties: properties = {}, Condition: condition, DependsOn: dependsOn = [] } = declaration;
    const metadata = declaration.Metadata ?? {};
    if (typeof type !== 'string') {
      report({ ...invalid(logicalId, 'a resource needs a Type'), logicalId });
      continue;
    }
    const dependencies = typeof dependsOn === 'string' ? [dependsOn] : isJsonArray(dependsOn) ? dependsOn : [];
    const valid =
      isJsonObject(properties) &&
      isJsonObject(metadata) &&
      (condition === undefined || typeof condition === 'string') &&
      dependencies.every((item) => typeof item === 'string');
    if (!valid) {
      report({ ...invalid(logicalId, 'Properties/Metadata must be objects, Condition a name, DependsOn names'), logicalId });
      continue;
    }
    parsed.set(logicalId, {
      logicalId,
      type,
      properties,
      condition,
      dependsOn: dependencies.filter((item) => typeof item === 'string'),
      metadata,
    });
  }
  return parsed;
}

function output(name: string, value: Json, report: ProblemSink): TemplateOutput[] {
  const declaration = isJsonObject(value) ? value : {};
  const { Value: outputValue, Condition: condition, Description: description, Export: exported } = declaration;
  if (outputValue === undefined || (condition !== undefined && typeof condition !== 'string')) {
    report(invalid(`Outputs.${name}`, 'an output needs a Value (and a Condition name, if any)'));
    return [];
  }
  return [
    {
      name,
      value: outputValue,
      condition,
      description: typeof description === 'string' ? description : undefined,
      exportName: isJsonObject(exported) ? exported.Name : undefined,
    },
  ];
}

function invalid(location: string, message: string): { code: 'INVALID_TEMPLATE'; location: string; message: string } {
  return { code: 'INVALID_TEMPLATE', location, message };
}
