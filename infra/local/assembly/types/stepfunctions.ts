import { arn } from '../environment';
import { generatedShortName, stableUuid } from '../physical-names';
import type { EmulatedResourceType, PropertyIssue } from './descriptor';
import { TAGS } from './descriptor';
import { oneOf, optionalString } from './properties';

/**
 * Step Functions state machines, run by the project's own interpreter (Standard durably; Express in memory, with the
 * API answering as it does for Express). Ref is the state machine's ARN.
 */
const STATE_MACHINE_NAME_LIMIT = 80;

export const stepFunctionsTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::StepFunctions::StateMachine',
    support: 'emulated',
    properties: ['StateMachineName', 'StateMachineType', 'Definition', 'DefinitionString', 'DefinitionSubstitutions', 'RoleArn'],
    // Logs and traces go to the local execution history instead; encryption has no observable effect offline.
    inertProperties: [...TAGS, 'LoggingConfiguration', 'TracingConfiguration', 'EncryptionConfiguration'],
    validate: (properties) => [
      ...oneOf(properties, 'StateMachineType', ['STANDARD', 'EXPRESS'], 'Step Functions has only Standard and Express workflows'),
      ...definitionIssues(properties),
    ],
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

/** A state machine needs its definition in the template (DefinitionS3Location is not supported locally). */
function definitionIssues(properties: Readonly<Record<string, unknown>>): PropertyIssue[] {
  if (properties.DefinitionString !== undefined || properties.Definition !== undefined) return [];
  return [
    {
      property: 'DefinitionString',
      message: 'the state machine has no Definition or DefinitionString',
      hint: 'give the definition in the template (CDK: DefinitionBody.fromChainable or fromString)',
    },
  ];
}
