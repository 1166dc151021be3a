import { apiGatewayV2Types } from './apigatewayv2';
import { cognitoTypes } from './cognito';
import type { ResourceTypeDescriptor } from './descriptor';
import { dynamodbTypes } from './dynamodb';
import { eventSchemasTypes } from './eventschemas';
import { eventsTypes } from './events';
import { ignoredTypes } from './ignored';
import { kinesisTypes } from './kinesis';
import { lambdaTypes } from './lambda';
import { sqsTypes } from './sqs';
import { stepFunctionsTypes } from './stepfunctions';

/** Every resource type the local cloud knows, emulated or knowingly ignored. Anything else fails the load. */
export const resourceTypes: ReadonlyMap<string, ResourceTypeDescriptor> = new Map(
  [
    ...dynamodbTypes,
    ...lambdaTypes,
    ...eventsTypes,
    ...eventSchemasTypes,
    ...apiGatewayV2Types,
    ...cognitoTypes,
    ...sqsTypes,
    ...stepFunctionsTypes,
    ...kinesisTypes,
    ...ignoredTypes,
  ].map((descriptor): [string, ResourceTypeDescriptor] => [descriptor.type, descriptor]),
);

export interface ResourceTypeSupport {
  readonly type: string;
  readonly support: 'emulated' | 'ignored';
  /** For emulated types: the properties accepted (acted on or inert). For ignored types: why. */
  readonly properties?: readonly string[];
  readonly inertProperties?: readonly string[];
  readonly reason?: string;
}

/** The support table, for documentation and for `npm start` to print what it can run. */
export function describeResourceTypes(): readonly ResourceTypeSupport[] {
  return [...resourceTypes.values()].map((descriptor) =>
    descriptor.support === 'emulated'
      ? {
          type: descriptor.type,
          support: descriptor.support,
          properties: descriptor.properties,
          inertProperties: descriptor.inertProperties,
        }
      : { type: descriptor.type, support: descriptor.support, reason: descriptor.reason },
  );
}

export type {
  EmulatedResourceType,
  IdentityContext,
  IgnoredResourceType,
  ResourceIdentity,
  ResourceTypeDescriptor,
  UrlRewrite,
} from './descriptor';
