import { StatesError } from '../../../states-error';
import { assertSupportedResource } from '../../resource-routes';

function rejection(resource: string): StatesError | undefined {
  try {
    assertSupportedResource(resource);
    return undefined;
  } catch (thrown) {
    if (thrown instanceof StatesError) return thrown;
    throw thrown;
  }
}

describe('assertSupportedResource', () => {
  it.each([
    'arn:aws:states:::lambda:invoke',
    'arn:aws:states:::lambda:invoke.waitForTaskToken',
    'arn:aws:lambda:us-east-1:000000000000:function:reserve-stock',
    'arn:aws:lambda:us-east-1:000000000000:function:reserve-stock:$LATEST',
    'arn:aws:states:::dynamodb:getItem',
    'arn:aws:states:::dynamodb:putItem',
    'arn:aws:states:::dynamodb:updateItem',
    'arn:aws:states:::dynamodb:deleteItem',
    'arn:aws:states:::events:putEvents',
    'arn:aws:states:::events:putEvents.waitForTaskToken',
    'arn:aws:states:::sqs:sendMessage',
    'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
    'arn:aws:states:::states:startExecution',
    'arn:aws:states:::states:startExecution.sync',
    'arn:aws:states:::states:startExecution.sync:2',
    'arn:aws:states:::states:startExecution.waitForTaskToken',
    'arn:aws:states:us-east-1:000000000000:dynamodb:getItem',
    'arn:aws:states:::aws-sdk:dynamodb:transactWriteItems',
    'arn:aws:states:::aws-sdk:sqs:receiveMessage',
    'arn:aws:states:::aws-sdk:eventbridge:putEvents.waitForTaskToken',
    'arn:aws:states:::aws-sdk:sfn:startSyncExecution',
    'arn:aws:states:::aws-sdk:kinesis:putRecord',
  ])('accepts %s', (resource) => {
    // Act
    const act = () => {
      assertSupportedResource(resource);
    };
    // Assess
    expect(act).not.toThrow();
  });

  it.each([
    ['arn:aws:states:::sns:publish', "no optimized integration 'sns:publish'"],
    ['arn:aws:states:::dynamodb:query', "no optimized integration 'dynamodb:query'"],
    ['arn:aws:states:::dynamodb:getItem.waitForTaskToken', "'dynamodb:getItem' does not support the .waitForTaskToken integration pattern"],
    ['arn:aws:states:::lambda:invoke.sync', "'lambda:invoke' does not support the .sync integration pattern"],
    ['arn:aws:states:::aws-sdk:s3:getObject', "emulates no service 's3'"],
    ['arn:aws:states:::aws-sdk:dynamodb:GetItem', "'GetItem' is not an API action of dynamodb"],
    ['arn:aws:states:::aws-sdk:dynamodb:getItem.sync', 'AWS SDK integrations do not support the .sync integration pattern'],
    ['arn:aws:states:::aws-sdk:dynamodb', 'arn:aws:states:::aws-sdk:<service>:<action>'],
    ['arn:aws:states:us-east-1:000000000000:activity:approve', "no optimized integration 'activity:approve'"],
    ['not-an-arn', 'neither a Lambda function ARN'],
  ])('rejects %s with States.Runtime naming why', (resource, reason) => {
    // Act
    const error = rejection(resource);
    // Assess
    expect(error?.error).toBe('States.Runtime');
    expect(error?.cause).toContain(reason);
  });
});
