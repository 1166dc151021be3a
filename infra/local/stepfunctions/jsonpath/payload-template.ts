import { isJsonArray, isJsonObject, preview, type Json } from '../../assembly/json';
import { runtimeError } from '../states-error';
import { evaluateIntrinsic } from './intrinsics/evaluate-intrinsic';
import { isIntrinsic } from './intrinsics/intrinsic-syntax';
import { lookupPath, type PathScope } from './path-evaluation';

const DYNAMIC_SUFFIX = '.$';

/**
 * A Payload Template (Parameters, ResultSelector, ItemSelector, JSONPath-mode Assign): a new value shaped like the
 * template, where each `"key.$": "<path or intrinsic>"` becomes `"key": <its value>`, at any depth, inside objects
 * and arrays alike. Values taken from the data are shared, not copied (`Json` is read-only).
 */
export function applyPayloadTemplate(template: Json, data: Json, scope: PathScope): Json {
  if (isJsonArray(template)) return template.map((each) => applyPayloadTemplate(each, data, scope));
  if (!isJsonObject(template)) return template;
  const entries = new Map<string, Json>();
  for (const [key, value] of Object.entries(template)) {
    const dynamic = key.endsWith(DYNAMIC_SUFFIX);
    const name = dynamic ? key.slice(0, -DYNAMIC_SUFFIX.length) : key;
    // AWS rejects a template naming one field twice ("a" and "a.$"); keeping either silently would hide the mistake.
    if (entries.has(name))
      throw runtimeError(`The field '${name}' is given twice in a payload template ('${name}' and '${name}.$')`);
    entries.set(name, dynamic ? dynamicValue(key, value, data, scope) : applyPayloadTemplate(value, data, scope));
  }
  return Object.fromEntries(entries);
}

function dynamicValue(field: string, expression: Json, data: Json, scope: PathScope): Json {
  if (typeof expression !== 'string') {
    throw runtimeError(
      `The value for the field '${field}' must be a path or an intrinsic function, got ${preview(expression)}`,
    );
  }
  if (isIntrinsic(expression)) return evaluateIntrinsic(expression, data, scope);
  if (!expression.startsWith('$')) {
    throw runtimeError(
      `The value for the field '${field}' must be a path or an intrinsic function, got '${expression}'`,
    );
  }
  const lookup = lookupPath(expression, data, scope);
  if (!lookup.found) {
    throw runtimeError(
      `The JSONPath '${expression}' specified for the field '${field}' could not be found ` +
        `in the input '${preview(data, 200)}'`,
    );
  }
  return lookup.value;
}
