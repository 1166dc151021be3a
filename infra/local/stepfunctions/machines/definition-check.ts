import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../../assembly/json';
import { assertSupportedResource } from '../integrations';
import { DefinitionError, validateDefinition } from '../interpreter';

/**
 * Why a definition cannot run here, one sentence each (empty when it can): the interpreter's validation, then — when
 * service integrations are wired — every Task Resource the local cloud cannot route.
 */
export function definitionProblems(definition: string, options: { readonly checkResources: boolean }): string[] {
  try {
    validateDefinition(definition);
  } catch (error) {
    if (error instanceof DefinitionError) return [...error.problems];
    throw error;
  }
  if (!options.checkResources) return [];
  const problems: string[] = [];
  forEachTaskResource(JSON.parse(definition) as Json, (stateName, resource) => {
    try {
      assertSupportedResource(resource);
    } catch (error) {
      const cause = error instanceof Error && typeof error.cause === 'string' ? error.cause : String(error);
      problems.push(`state '${stateName}': ${cause}`);
    }
  });
  return problems;
}

function forEachTaskResource(machine: Json, visit: (stateName: string, resource: string) => void): void {
  const states = isJsonObject(machine) ? machine.States : undefined;
  if (!isJsonObject(states)) return;
  for (const [name, state] of Object.entries(states)) {
    if (!isJsonObject(state)) continue;
    if (state.Type === 'Task' && typeof state.Resource === 'string') visit(name, state.Resource);
    for (const inner of innerMachines(state)) forEachTaskResource(inner, visit);
  }
}

/** Parallel branches and a Map's ItemProcessor (or its older name, Iterator). */
function innerMachines(state: JsonObject): Json[] {
  const branches = isJsonArray(state.Branches) ? state.Branches : [];
  return [...branches, state.ItemProcessor ?? null, state.Iterator ?? null];
}
