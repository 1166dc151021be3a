import { AssemblyLoadError, resolveTemplate, type AssemblyProblem, type Json, type ResolveTemplateOptions } from '../..';

/** Template sections written as plain objects: `resources`, `outputs` (values only), or raw sections (`Outputs`…). */
export interface TemplateSections {
  readonly resources?: Record<string, unknown>;
  readonly outputs?: Record<string, unknown>;
  readonly [section: string]: unknown;
}

export function template(sections: TemplateSections): Json {
  const { resources = {}, outputs = {}, ...rest } = sections;
  const outputSection = Object.fromEntries(Object.entries(outputs).map(([name, value]) => [name, { Value: value }]));
  // Test templates are plain JSON literals; the assertion only widens their inferred literal types.
  return { Resources: resources, Outputs: outputSection, ...rest } as Record<string, unknown> as Json;
}

/** The resolved value of each output of `sections`. */
export function outputsOf(
  sections: TemplateSections,
  options: ResolveTemplateOptions = {},
): Readonly<Record<string, string>> {
  return resolveTemplate(template(sections), options).outputs;
}

/** The problems the loader reports for `sections` (fails the test if it reports none). */
export function problemsOf(sections: TemplateSections, options: ResolveTemplateOptions = {}): AssemblyProblem[] {
  try {
    resolveTemplate(template(sections), options);
  } catch (error) {
    if (error instanceof AssemblyLoadError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the template to be rejected');
}

/** A table with an explicit name, for tests that only need something to reference. */
export const namedTable = (name: string): { Type: string; Properties: Record<string, unknown> } => ({
  Type: 'AWS::DynamoDB::Table',
  Properties: {
    TableName: name,
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  },
});
