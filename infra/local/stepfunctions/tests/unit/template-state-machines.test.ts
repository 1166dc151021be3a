import { DescribeExecutionCommand, DescribeStateMachineCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { AssemblyLoadError, type LocalStack } from '../../../assembly';
import { createLocalStepFunctions, StepFunctionsStartError, substituteDefinition } from '../..';
import { echo } from './support/definitions';
import { eventually, machineArn, ROLE_ARN, stackWith, startHarness } from './support/sfn-harness';

/** CDK renders a definition with tokens in it as Fn::Join of text pieces and intrinsics. */
const joined = (...parts: unknown[]) => ({ 'Fn::Join': ['', parts] });

describe('state machines from the template', () => {
  it('applies DefinitionSubstitutions to a DefinitionString built with intrinsics, and runs the result', async () => {
    // Prepare
    const stack = stackWith({
      Orders: {
        StateMachineName: 'Orders',
        DefinitionString: joined(
          '{"StartAt":"Hello","States":{"Hello":{"Type":"Pass","Result":{"greeting":"${Greeting}","attempts":${Attempts},"region":"',
          { Ref: 'AWS::Region' },
          '"},"End":true}}}',
        ),
        DefinitionSubstitutions: { Greeting: 'hello', Attempts: 3 },
      },
    });
    const harness = await startHarness({ stacks: [stack] });
    try {
      // Act
      const { executionArn } = await harness.client.send(new StartExecutionCommand({ stateMachineArn: machineArn('Orders') }));
      // Assess
      const describe = () => harness.client.send(new DescribeExecutionCommand({ executionArn }));
      await eventually(async () => (await describe()).status === 'SUCCEEDED');
      expect(JSON.parse((await describe()).output ?? '')).toEqual({ greeting: 'hello', attempts: 3, region: 'us-east-1' });
      const described = await harness.client.send(new DescribeStateMachineCommand({ stateMachineArn: machineArn('Orders') }));
      expect(described.definition).toContain('"greeting":"hello","attempts":3');
    } finally {
      await harness.close();
    }
  });

  it('takes a definition the template holds as an object, and substitutes inside its strings', () => {
    // Prepare
    const stack = stackWith({
      Orders: {
        StateMachineName: 'Orders',
        Definition: { StartAt: 'Hello', States: { Hello: { Type: 'Pass', Result: 'to ${Who}', End: true } } },
        DefinitionSubstitutions: { Who: 'you' },
      },
    });
    // Act
    const service = createLocalStepFunctions({ stacks: [stack] });
    // Assess
    expect(JSON.parse(service.stateMachines()[0]?.definition ?? '')).toEqual({ StartAt: 'Hello', States: { Hello: { Type: 'Pass', Result: 'to you', End: true } } });
  });

  it('leaves placeholders without a substitution as they are', () => {
    // Act
    const result = substituteDefinition('{"a":"${Known}","b":"${Unknown}"}', { Known: 'k' });
    // Assess
    expect(result).toEqual({ text: '{"a":"k","b":"${Unknown}"}', problems: [] });
  });

  it('reads type, role and logging configuration, and names an unnamed state machine as CloudFormation does', async () => {
    // Prepare
    const stack = stackWith({
      Express: {
        StateMachineType: 'EXPRESS',
        DefinitionString: JSON.stringify(echo),
        LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: true, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: 'arn:aws:logs:us-east-1:000000000000:log-group:x:*' } }] },
      },
    });
    const harness = await startHarness({ stacks: [stack] });
    try {
      // Act
      const described = await harness.client.send(new DescribeStateMachineCommand({ stateMachineArn: stack.resource('Express').physicalId }));
      // Assess
      expect(described).toMatchObject({
        name: expect.stringMatching(/^Express-\w{12}$/) as unknown,
        type: 'EXPRESS',
        roleArn: ROLE_ARN,
        loggingConfiguration: {
          level: 'ALL',
          includeExecutionData: true,
          destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:000000000000:log-group:x:*' } }],
        },
      });
    } finally {
      await harness.close();
    }
  });

  it('fails the start naming every state machine whose definition is invalid', () => {
    // Prepare
    const stack = stackWith({
      Good: { StateMachineName: 'Good', DefinitionString: JSON.stringify(echo) },
      Broken: { StateMachineName: 'Broken', DefinitionString: '{"StartAt":"Nowhere","States":{}}' },
      NotJson: { StateMachineName: 'NotJson', DefinitionString: '{"StartAt":' },
    });
    // Act
    const act = () => createLocalStepFunctions({ stacks: [stack] });
    // Assess
    expect(act).toThrow(StepFunctionsStartError);
    const problems = startProblems(act);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Shop\/Broken: state machine 'Broken' has an invalid definition: /);
    expect(problems[1]).toMatch(/^Shop\/NotJson: state machine 'NotJson' has an invalid definition: the definition is not valid JSON/);
  });

  it('with service integrations wired, fails the start on a Task resource the local cloud cannot route', () => {
    // Prepare
    const definition = { StartAt: 'Publish', States: { Publish: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true } } };
    const stack = stackWith({ Notify: { StateMachineName: 'Notify', DefinitionString: JSON.stringify(definition) } });
    const integrations = {
      invokeLambda: () => Promise.reject(new Error('unused')),
      clientConfig: () => ({ endpoint: 'http://127.0.0.1:1', region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }),
    };
    // Act
    const problems = startProblems(() => createLocalStepFunctions({ stacks: [stack], integrations }));
    // Assess
    expect(problems).toEqual([expect.stringMatching(/^Shop\/Notify: .*state 'Publish': The resource 'arn:aws:states:::sns:publish' is not supported locally/)]);
  });

  describe("the loader's descriptor", () => {
    const load = (properties: Record<string, unknown>): LocalStack => stackWith({ Machine: properties });

    it('accepts Standard and Express state machines and refuses other types', () => {
      // Act
      const express = () => load({ StateMachineType: 'EXPRESS', DefinitionString: '{}' });
      const other = () => load({ StateMachineType: 'BATCH', DefinitionString: '{}' });
      // Assess
      expect(express).not.toThrow();
      expect(other).toThrow(AssemblyLoadError);
    });

    it('refuses a state machine without a definition in the template', () => {
      // Act
      const act = () => load({ StateMachineName: 'Empty' });
      // Assess
      expect(act).toThrow(/the state machine has no Definition or DefinitionString/);
    });
  });
});

function startProblems(act: () => unknown): readonly string[] {
  try {
    act();
  } catch (error) {
    if (error instanceof StepFunctionsStartError) return error.problems;
    throw error;
  }
  throw new Error('expected the start to fail');
}
