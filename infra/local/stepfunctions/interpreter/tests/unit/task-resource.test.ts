import { StatesError } from '../../../states-error';
import { parseTaskResource } from '../../task/task-resource';

describe('Task resources', () => {
  it.each([
    ['arn:aws:states:::lambda:invoke', 'integration', 'lambda', 'invoke', 'request-response'],
    ['arn:aws:states:::lambda:invoke.waitForTaskToken', 'integration', 'lambda', 'invoke.waitForTaskToken', 'wait-for-task-token'],
    ['arn:aws:states:::states:startExecution.sync:2', 'integration', 'states', 'startExecution.sync:2', 'sync'],
    ['arn:aws:states:::states:startExecution.sync', 'integration', 'states', 'startExecution.sync', 'sync'],
    ['arn:aws:states:::dynamodb:putItem', 'integration', 'dynamodb', 'putItem', 'request-response'],
    ['arn:aws:states:::events:putEvents', 'integration', 'events', 'putEvents', 'request-response'],
    ['arn:aws:states:::aws-sdk:dynamodb:getItem', 'integration', 'aws-sdk:dynamodb', 'getItem', 'request-response'],
    ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'integration', 'sqs', 'sendMessage.waitForTaskToken', 'wait-for-task-token'],
    [
      'arn:aws:lambda:eu-west-1:123456789012:function:reserve-stock',
      'lambda-function',
      'lambda',
      'arn:aws:lambda:eu-west-1:123456789012:function:reserve-stock',
      'request-response',
    ],
  ])('%s is %s %s/%s (%s)', (arn, kind, resourceType, resource, pattern) => {
    // Act
    const parsed = parseTaskResource(arn, 'eu-west-1');
    // Assess
    expect(parsed).toMatchObject({ kind, resourceType, resource, integrationPattern: pattern });
  });

  it('takes the region from the ARN, else from the state machine', () => {
    // Act
    const explicit = parseTaskResource('arn:aws:states:us-west-2::lambda:invoke', 'eu-west-1');
    const implicit = parseTaskResource('arn:aws:states:::lambda:invoke', 'eu-west-1');
    // Assess
    expect([explicit.region, implicit.region]).toEqual(['us-west-2', 'eu-west-1']);
  });

  it.each(['arn:aws:states:eu-west-1:123456789012:activity:approve', 'not-an-arn', 'arn:aws:states:::lambda'])('rejects %s with States.Runtime', (arn) => {
    // Act
    const act = () => parseTaskResource(arn, 'eu-west-1');
    // Assess
    expect(act).toThrow(StatesError);
    expect(act).toThrow(/States.Runtime/);
  });
});
