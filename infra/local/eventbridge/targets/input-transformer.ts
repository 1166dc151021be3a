import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../../assembly/json';
import { evaluateJsonPath, InvalidJsonPathError, parseJsonPath, type JsonPath } from './json-path';

/**
 * A target's `InputTransformer`: variables read from the event with JSON paths (`InputPathsMap`), substituted into
 * `InputTemplate` as `<name>`. The rules, from the EventBridge user guide ("Transforming target input"):
 * - a template that is a JSON object or array is JSON: a string variable used as a value gets quotes added, objects,
 *   arrays, numbers, booleans and null go in as JSON; inside a quoted string every value goes in without quotes
 *   (an object or array loses its inner quotes so the string stays valid). A placeholder may not be an object key.
 * - any other template is text: values go in as they are (strings without quotes, the rest as JSON).
 * - values are not escaped, so a string holding a quote can make JSON output invalid: delivery then fails with
 *   INVALID_JSON, as it does on AWS.
 * - predefined variables: `aws.events.rule-arn`, `aws.events.rule-name`, `aws.events.event.ingestion-time`,
 *   `aws.events.event` (the event without `detail`) and `aws.events.event.json` (the whole event).
 * A variable whose path reaches nothing is not created: in a string or text it renders as nothing, as a JSON value as
 * `null` (locally chosen, so the output stays JSON; the guide only says the variable "won't appear in the output").
 */
export interface InputTransformer {
  readonly paths: ReadonlyMap<string, JsonPath>;
  readonly template: string;
  readonly isJson: boolean;
}

export interface TransformContext {
  readonly event: JsonObject;
  readonly ruleName: string;
  readonly ruleArn: string;
  /** ISO 8601, when EventBridge received the event. */
  readonly ingestionTime: string;
}

export class InputTransformerError extends Error {}

/** The transformed text is not JSON although the template is (AWS's ERROR_CODE: INVALID_JSON). */
export class InvalidTransformedJsonError extends Error {}

export const PREDEFINED_VARIABLES = [
  'aws.events.rule-arn',
  'aws.events.rule-name',
  'aws.events.event.ingestion-time',
  'aws.events.event',
  'aws.events.event.json',
] as const;

const MAX_VARIABLES = 100;
const MAX_TEMPLATE_LENGTH = 8192;
const PLACEHOLDER = /<([A-Za-z0-9_.-]+)>/g;

export function compileInputTransformer(pathsMap: JsonObject, template: string): InputTransformer {
  const entries = Object.entries(pathsMap);
  if (entries.length > MAX_VARIABLES) {
    throw new InputTransformerError(`InputPathsMap has ${entries.length} variables; at most ${MAX_VARIABLES} are allowed`);
  }
  if (template.length === 0 || template.length > MAX_TEMPLATE_LENGTH) {
    throw new InputTransformerError(`InputTemplate must be 1 to ${MAX_TEMPLATE_LENGTH} characters long`);
  }
  const paths = new Map<string, JsonPath>();
  for (const [name, path] of entries) {
    if (name.toLowerCase().startsWith('aws.')) {
      throw new InputTransformerError(`InputPathsMap variable "${name}" is reserved: names cannot start with "aws."`);
    }
    if (typeof path !== 'string') throw new InputTransformerError(`InputPathsMap variable "${name}" must be a JSON path string`);
    try {
      paths.set(name, parseJsonPath(path));
    } catch (error) {
      if (error instanceof InvalidJsonPathError) throw new InputTransformerError(`InputPathsMap "${name}": ${error.message}`);
      throw error;
    }
  }
  const transformer = { paths, template, isJson: /^\s*[{[]/.test(template) };
  if (transformer.isJson) checkJsonTemplate(transformer);
  return transformer;
}

export function renderInputTemplate(transformer: InputTransformer, context: TransformContext): string {
  const values = variableValues(transformer, context);
  const output = substitute(transformer, (name) => (values.has(name) ? { value: values.get(name) } : undefined));
  if (transformer.isJson && !isValidJson(output)) {
    throw new InvalidTransformedJsonError(`The input transformer produced text that is not valid JSON: ${output}`);
  }
  return output;
}

function variableValues(transformer: InputTransformer, context: TransformContext): Map<string, Json | undefined> {
  const { event } = context;
  const withoutDetail = Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'detail'));
  const values = new Map<string, Json | undefined>([
    ['aws.events.rule-arn', context.ruleArn],
    ['aws.events.rule-name', context.ruleName],
    ['aws.events.event.ingestion-time', context.ingestionTime],
    ['aws.events.event', withoutDetail],
    ['aws.events.event.json', event],
  ]);
  for (const [name, path] of transformer.paths) values.set(name, evaluateJsonPath(path, event));
  return values;
}

/** `{ value }` for a known variable (value undefined when its path reached nothing); undefined leaves `<x>` as text. */
type Lookup = (name: string) => { readonly value: Json | undefined } | undefined;

function substitute(transformer: InputTransformer, lookup: Lookup): string {
  const { template, isJson } = transformer;
  let output = '';
  let copiedUpTo = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [placeholder, name = ''] = match;
    const found = lookup(name);
    if (found === undefined) continue;
    const inString = insideJsonString(template, match.index);
    output += template.slice(copiedUpTo, match.index) + rendered(found.value, inString ? 'string' : isJson ? 'json' : 'text');
    copiedUpTo = match.index + placeholder.length;
  }
  return output + template.slice(copiedUpTo);
}

function rendered(value: Json | undefined, where: 'string' | 'json' | 'text'): string {
  if (value === undefined) return where === 'json' ? 'null' : '';
  if (typeof value === 'string') return where === 'json' ? `"${value}"` : value;
  const json = JSON.stringify(value);
  return where === 'string' && (isJsonObject(value) || isJsonArray(value)) ? json.replaceAll('"', '') : json;
}

/** Whether an odd number of unescaped quotes precede this offset of the template. */
function insideJsonString(template: string, offset: number): boolean {
  let inside = false;
  for (let i = 0; i < offset; i++) {
    const char = template[i];
    if (char === '\\') i++;
    else if (char === '"') inside = !inside;
  }
  return inside;
}

/**
 * What PutTargets checks of a JSON template: no placeholder as an object key, and valid JSON once every variable
 * holds a value of its kind (the predefined event variables objects, the rest strings).
 */
function checkJsonTemplate(transformer: InputTransformer): void {
  const { template } = transformer;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const after = template.slice(match.index + match[0].length);
    if (!insideJsonString(template, match.index) && /^\s*:/.test(after)) {
      throw new InputTransformerError(`InputTemplate uses ${match[0]} as an object key, which is not allowed`);
    }
  }
  const known = new Set<string>([...PREDEFINED_VARIABLES, ...transformer.paths.keys()]);
  const sample = substitute(transformer, (name) => {
    if (!known.has(name)) return undefined;
    return { value: name === 'aws.events.event' || name === 'aws.events.event.json' ? {} : 'value' };
  });
  if (!isValidJson(sample)) throw new InputTransformerError('InputTemplate is not valid JSON');
}

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
