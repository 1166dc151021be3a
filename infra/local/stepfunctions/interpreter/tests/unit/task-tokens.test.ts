import type { Json } from '../../../../assembly/json';
import { TaskTokenError } from '../../errors/interpreter-errors';
import { TaskTokenRegistry, type TokenWaiter } from '../../task/task-tokens';

function recordingWaiter(): TokenWaiter & { calls: Json[] } {
  const calls: Json[] = [];
  return {
    calls,
    succeed: (output) => calls.push({ succeed: output }),
    fail: (error, cause) => calls.push({ fail: [error, cause] }),
    heartbeat: () => calls.push('heartbeat'),
  };
}

function codeOf(act: () => void): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof TaskTokenError) return error.code;
    throw error;
  }
  return undefined;
}

describe('task tokens', () => {
  it('delivers SendTaskSuccess output as parsed JSON to the waiting task', () => {
    // Prepare
    const registry = new TaskTokenRegistry();
    const waiter = recordingWaiter();
    registry.open('token-1', waiter);
    // Act
    registry.sendTaskSuccess('token-1', '{"approved":true}');
    // Assess
    expect(waiter.calls).toEqual([{ succeed: { approved: true } }]);
  });

  it('delivers SendTaskFailure and SendTaskHeartbeat', () => {
    // Prepare
    const registry = new TaskTokenRegistry();
    const waiter = recordingWaiter();
    registry.open('token-1', waiter);
    // Act
    registry.sendTaskHeartbeat('token-1');
    registry.sendTaskFailure('token-1', 'Payment.Declined', 'card declined');
    // Assess
    expect(waiter.calls).toEqual(['heartbeat', { fail: ['Payment.Declined', 'card declined'] }]);
  });

  it('names an unnamed SendTaskFailure States.TaskFailed', () => {
    // Prepare
    const registry = new TaskTokenRegistry();
    const waiter = recordingWaiter();
    registry.open('token-1', waiter);
    // Act
    registry.sendTaskFailure('token-1');
    // Assess
    expect(waiter.calls).toEqual([{ fail: ['States.TaskFailed', ''] }]);
  });

  it.each<[string, (registry: TaskTokenRegistry) => void, string]>([
    ['an unknown token', (registry) => { registry.sendTaskSuccess('never-issued', '{}'); }, 'TaskDoesNotExist'],
    ['a closed token', (registry) => { registry.sendTaskSuccess('token-1', '{}'); }, 'TaskTimedOut'],
    ['a heartbeat on a closed token', (registry) => { registry.sendTaskHeartbeat('token-1'); }, 'TaskTimedOut'],
    ['an empty token', (registry) => { registry.sendTaskSuccess('', '{}'); }, 'InvalidToken'],
    ['a token with spaces', (registry) => { registry.sendTaskFailure('not a token'); }, 'InvalidToken'],
    ['output that is not JSON', (registry) => { registry.sendTaskSuccess('token-2', '{oops'); }, 'InvalidOutput'],
  ])('answers %s with %s', (_name, act, expected) => {
    // Prepare
    const registry = new TaskTokenRegistry();
    registry.open('token-1', recordingWaiter());
    registry.close('token-1');
    registry.open('token-2', recordingWaiter());
    // Act
    const code = codeOf(() => {
      act(registry);
    });
    // Assess
    expect(code).toBe(expected);
  });
});
