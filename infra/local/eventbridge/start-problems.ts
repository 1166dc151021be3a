/** Why the local EventBridge refuses the template: every problem found, each naming its resource. */
export class EventBridgeStartError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The local EventBridge cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EventBridgeStartError';
  }
}

/** Collects problems across the template's resources, so one start reports them all. */
export class StartProblems {
  private readonly problems: string[] = [];

  add(problem: string): void {
    this.problems.push(problem);
  }

  /** Runs `read`, recording what it throws under `subject`; undefined then. */
  attempt<T>(subject: string, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      this.add(`${subject}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new EventBridgeStartError(this.problems);
  }
}
