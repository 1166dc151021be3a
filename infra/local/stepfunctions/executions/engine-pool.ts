import { createExecutionEngine, type ExecutionCheckpoint, type ExecutionEngine, type HistoryLog, type TaskInvoker, type TaskTokenRegistry } from '../interpreter';
import type { StateMachine } from '../machines/state-machine';

export interface EnginePoolOptions {
  readonly invoker: TaskInvoker;
  /** Shared by every engine, so SendTask… finds any execution's token. */
  readonly taskTokens: TaskTokenRegistry;
  /** The clock; absent: the system clock, which engines read faster than an injected one. */
  readonly now?: () => Date;
  readonly timeScale: number;
  readonly random?: () => number;
  readonly newToken?: () => string;
  /** Standard executions' history, handed over as each starts or resumes (it grows as the execution runs). */
  readonly onHistory: (executionArn: string, history: HistoryLog) => void;
  /** Standard executions' checkpoints, when they are persisted. */
  readonly onCheckpoint?: (checkpoint: ExecutionCheckpoint) => void;
}

/**
 * One engine per state machine version (ARN, type and definition): an update gives new executions a new engine while
 * running ones finish on theirs. Express engines record no history outside the execution and never checkpoint.
 */
export class EnginePool {
  private readonly engines = new Map<string, ExecutionEngine>();

  constructor(private readonly options: EnginePoolOptions) {}

  /** Throws the interpreter's DefinitionError for a definition it cannot run. */
  engineFor(machine: StateMachine): ExecutionEngine {
    const key = `${machine.type}\n${machine.arn}\n${machine.definition}`;
    let engine = this.engines.get(key);
    if (engine === undefined) {
      const { onHistory, onCheckpoint, ...shared } = this.options;
      const standard = machine.type === 'STANDARD';
      engine = createExecutionEngine({
        ...shared,
        definition: machine.definition,
        stateMachineArn: machine.arn,
        ...(standard ? { onHistory } : {}),
        ...(standard && onCheckpoint !== undefined ? { onCheckpoint } : {}),
      });
      this.engines.set(key, engine);
    }
    return engine;
  }

  all(): ExecutionEngine[] {
    return [...this.engines.values()];
  }
}
