import type { LocalStack } from '../assembly';
import { isJsonObject, type Json } from '../assembly/json';
import { compileEventPattern, type CompiledEventPattern } from '../eventbridge/patterns';
import type { LocalLambda } from '../lambda';
import { sqsEventSourceMappings, type LocalSqs, type SqsEventRecord, type SqsEventSource } from '../sqs';

/**
 * Starts every `AWS::Lambda::EventSourceMapping` of the stack. SQS sources run now; a stream source (Kinesis, DynamoDB
 * streams) fails the start, naming the mapping, until its subsystem exists — a mapping that silently never polls would
 * make every local result downstream of it a lie.
 */
export function startEventSources(stack: LocalStack, sqs: LocalSqs, lambda: LocalLambda, defaultConcurrency: number): SqsEventSource[] {
  const sourceOf = (mapping: { readonly properties: { readonly EventSourceArn?: Json } }): string =>
    typeof mapping.properties.EventSourceArn === 'string' ? mapping.properties.EventSourceArn : JSON.stringify(mapping.properties.EventSourceArn);
  const unsupported = stack.byType('AWS::Lambda::EventSourceMapping').filter((mapping) => !/^arn:[^:]+:sqs:/.test(sourceOf(mapping)));
  if (unsupported.length > 0) {
    const names = unsupported.map((mapping) => `${mapping.logicalId} (${sourceOf(mapping)})`);
    throw new Error(`Event source mappings from streams are not supported by this local cloud yet: ${names.join(', ')}`);
  }
  return sqsEventSourceMappings([stack]).map((mapping) => {
    const lookup = lambda.functions.find(mapping.functionName);
    if (!lookup.found) throw new Error(`${mapping.logicalId}: no function ${mapping.functionName} in the stack`);
    const { spec } = lookup;
    const filter = recordFilter(mapping.filterCriteria);
    return sqs.startEventSource({
      mapping,
      invoke: (payload) => lambda.runtime.invoke(spec, { payload }),
      functionConcurrency: spec.reservedConcurrency ?? defaultConcurrency,
      ...(filter === undefined ? {} : { filter }),
    });
  });
}

/**
 * FilterCriteria as Lambda applies them to SQS: any of the filters' patterns matching the record lets it through; a
 * body holding JSON is matched as JSON (`{"body": {"field": …}}`), any other body as the plain string.
 */
function recordFilter(criteria: Json | undefined): ((record: SqsEventRecord) => boolean) | undefined {
  if (!isJsonObject(criteria) || !Array.isArray(criteria.Filters)) return undefined;
  const patterns: CompiledEventPattern[] = criteria.Filters.flatMap((filter: Json) =>
    isJsonObject(filter) && typeof filter.Pattern === 'string' ? [compileEventPattern(filter.Pattern)] : [],
  );
  if (patterns.length === 0) return undefined;
  return (record) => {
    const subject = { ...record, body: parsedBody(record.body) } as unknown as Parameters<CompiledEventPattern['matches']>[0];
    return patterns.some((pattern) => pattern.matches(subject));
  };
}

function parsedBody(body: string): Json {
  try {
    return JSON.parse(body) as Json;
  } catch {
    return body;
  }
}
