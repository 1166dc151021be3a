import type { Json, JsonObject } from '../../../assembly/json';
import type { Catcher, QueryLanguage } from '../asl-types';

/** What a state's data processing sees: its raw input, the context object and the variables from before it. */
export interface StateEnv {
  readonly stateName: string;
  readonly input: Json;
  readonly context: JsonObject;
  readonly variables: Readonly<Record<string, Json>>;
  readonly random: () => number;
}

/** The fields that turn a state's result into its output and assignments (each mode reads its own). */
export interface CompletionFields {
  readonly ResultSelector?: Json;
  readonly ResultPath?: string | null;
  readonly OutputPath?: string | null;
  readonly Output?: Json;
  readonly Assign?: JsonObject;
}

export interface StateCompletion {
  readonly output: Json;
  /** Variables to store when the state exits (evaluated against the values from before the state). */
  readonly assigned: Readonly<Record<string, Json>> | undefined;
}

/**
 * One query language's data flow. JSONPath: InputPath → Parameters → (work) → ResultSelector → ResultPath → OutputPath,
 * with Assign reading the selected result. JSONata: Arguments → (work) → Assign and Output reading `$states`.
 */
export interface DataFlow {
  readonly language: QueryLanguage;
  /** JSONPath: the input after InputPath (`null` → `{}`). JSONata: the raw input. */
  effectiveInput(env: StateEnv, inputPath: string | null | undefined): Json;
  /** Parameters or Arguments applied to the effective input; an absent template passes the effective input. */
  payload(env: StateEnv, effectiveInput: Json, template: Json | undefined, location: string): Promise<Json>;
  /**
   * The state finished its work with `result` (for Choice/Wait/Succeed, the effective input). `defaultOutput` is
   * what a JSONata state outputs without an Output field.
   */
  complete(env: StateEnv, result: Json, fields: CompletionFields, defaultOutput: 'result' | 'input'): Promise<StateCompletion>;
  /** A Catcher matched: its ResultPath (JSONPath) or Output (JSONata), and its Assign, over the error output. */
  caught(env: StateEnv, catcher: Catcher, errorOutput: JsonObject): Promise<StateCompletion>;
}
