import { isJsonObject, type JsonObject } from '../../../assembly/json';
import { parseTaskResource } from '../task/task-resource';

// Distributed Map reads and writes S3 and runs child executions; the local interpreter runs every Map inline.
const DISTRIBUTED_MAP_FIELDS = ['ItemReader', 'ItemBatcher', 'ResultWriter'];

/**
 * What a valid definition may use but this interpreter cannot run: activity (and other non-integration) Task
 * resources and the distributed Map's S3 fields. Reported when the engine is created, like every other problem,
 * rather than when an execution reaches the state.
 */
export function unsupportedFeatureProblems(machine: JsonObject, where = 'States'): string[] {
  const states = machine.States;
  if (!isJsonObject(states)) return [];
  const problems: string[] = [];
  for (const [name, state] of Object.entries(states)) {
    if (!isJsonObject(state)) continue;
    const at = `${where}.${name}`;
    if (state.Type === 'Task' && typeof state.Resource === 'string') {
      try {
        parseTaskResource(state.Resource, 'us-east-1');
      } catch (error) {
        problems.push(`${at}.Resource: ${(error as Error).message}`);
      }
    }
    if (state.Type === 'Map') {
      for (const field of DISTRIBUTED_MAP_FIELDS) {
        if (field in state) problems.push(`${at}.${field} (distributed Map) is not supported by the local interpreter`);
      }
      const processor = state.ItemProcessor ?? state.Iterator;
      if (isJsonObject(processor)) problems.push(...unsupportedFeatureProblems(processor, `${at}.${state.ItemProcessor !== undefined ? 'ItemProcessor' : 'Iterator'}.States`));
    }
    if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
      state.Branches.forEach((branch, index) => {
        if (isJsonObject(branch)) problems.push(...unsupportedFeatureProblems(branch, `${at}.Branches[${index}].States`));
      });
    }
  }
  return problems;
}
