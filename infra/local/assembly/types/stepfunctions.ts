import { arn } from '../environment';
import { generatedShortName, stableUuid } from '../physical-names';
import type { EmulatedResourceType } from './descriptor';
import { TAGS } from './descriptor';
import { oneOf, optionalString } from './properties';

/** Step Functions state machines, run by the project's own interpreter. Ref is the state machine's ARN. */
const STATE_MACHINE_NAME_LIMIT = 80;

export const stepFunctionsTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::StepFunctions::StateMachine',
    support: 'emulated',
    properties: ['StateMachineName', 'StateMachineType', 'Definition', 'DefinitionString', 'DefinitionSubstitutions'],
    // Execution roles are not enforced; logs and traces go to the local execution history instead.
    inertProperties: [...TAGS, 'RoleArn', 'LoggingConfiguration', 'TracingConfiguration', 'EncryptionConfiguration'],
    validate: (properties) => oneOf(properties, 'StateMachineType', ['STANDARD'], 'Express workflows are not emulated'),
    identify: (context) => {
      const name =
        optionalString(context.properties, 'StateMachineName') ??
        generatedShortName(context.stackName, context.logicalId, STATE_MACHINE_NAME_LIMIT);
      const stateMachineArn = arn(context.env, 'states', `stateMachine:${name}`);
      return {
        ref: stateMachineArn,
        attributes: {
          Arn: stateMachineArn,
          Name: name,
          StateMachineRevisionId: stableUuid(`${context.stackName}/${context.logicalId}/revision`),
        },
      };
    },
  },
];
