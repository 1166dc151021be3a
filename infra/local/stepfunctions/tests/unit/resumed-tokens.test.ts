import { TaskTokenRegistry, type ExecutionSnapshot } from '../../interpreter';
import { ResumedTokens } from '../../executions/resumed-tokens';
import { executionArn, machineArn, ROLE_ARN } from './support/sfn-harness';

const ARN = executionArn('Approval', 'run-1');
const TOKEN = 'resumed-token';

/** A snapshot of an execution waiting, inside a Parallel branch, on a delivered task token. */
const waitingSnapshot: ExecutionSnapshot = {
  version: 1,
  executionArn: ARN,
  name: 'run-1',
  stateMachineArn: machineArn('Approval'),
  roleArn: ROLE_ARN,
  input: {},
  startTime: '2025-01-01T00:00:00.000Z',
  lastEventId: 7,
  status: 'RUNNING',
  root: {
    lastEventId: 3,
    variables: {},
    active: {
      name: 'Both',
      input: {},
      retryCounts: [],
      progress: {
        kind: 'parallel',
        children: [
          {
            status: 'running',
            branch: {
              lastEventId: 7,
              variables: {},
              active: { name: 'Approve', input: {}, retryCounts: [], progress: { kind: 'task', arguments: {}, taskToken: TOKEN, tokenDelivered: true } },
            },
          },
        ],
      },
    },
  },
};

describe('callbacks for the tokens of resumed executions', () => {
  it('waits for a resumed execution to wait on its token again instead of answering TaskDoesNotExist', async () => {
    // Prepare
    const registry = new TaskTokenRegistry();
    const tokens = new ResumedTokens(registry);
    tokens.add(ARN, waitingSnapshot);
    const received: unknown[] = [];
    setTimeout(() => {
      registry.open(TOKEN, { succeed: (output) => received.push(output), fail: () => undefined, heartbeat: () => undefined });
    }, 30);
    // Act
    await tokens.send(TOKEN, (open) => {
      open.sendTaskSuccess(TOKEN, '{"ok":true}');
    });
    // Assess
    expect(received).toEqual([{ ok: true }]);
  });

  it('answers TaskDoesNotExist at once for a token no resumed execution holds', async () => {
    // Prepare
    const tokens = new ResumedTokens(new TaskTokenRegistry());
    tokens.add(ARN, waitingSnapshot);
    tokens.forget(ARN);
    const started = Date.now();
    // Act
    const sent = tokens.send(TOKEN, (open) => {
      open.sendTaskHeartbeat(TOKEN);
    });
    // Assess
    await expect(sent).rejects.toMatchObject({ code: 'TaskDoesNotExist' });
    expect(Date.now() - started).toBeLessThan(50);
  });
});
