import type { QueryLanguage } from '../asl-types';
import type { DataFlow } from './data-flow';
import { jsonataFlow } from './jsonata-flow';
import { jsonPathFlow } from './jsonpath-flow';

export type { CompletionFields, DataFlow, StateCompletion, StateEnv } from './data-flow';
export { pathScope } from './jsonpath-flow';
export { jsonataScope } from './jsonata-flow';

export function dataFlowFor(language: QueryLanguage): DataFlow {
  return language === 'JSONata' ? jsonataFlow : jsonPathFlow;
}
