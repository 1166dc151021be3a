import type { Template } from 'aws-cdk-lib/assertions';
import { resourcesOf } from './synthesized';

type Json = Record<string, unknown>;

export interface SynthesizedRoute {
  readonly routeKey: string;
  readonly authorizationType: string;
  readonly authorizerId?: unknown;
  /** Logical id of the Lambda function the route integrates with. */
  readonly functionId: string;
  /** The function's environment variables. */
  readonly environment: Json;
}

const refOf = (value: unknown): string | undefined => (value as { Ref?: string } | undefined)?.Ref;

/** Follows Route → Integration → Function in a synthesized template, as API Gateway would. */
export function synthesizedRoutes(template: Template): SynthesizedRoute[] {
  const integrations = new Map(resourcesOf(template, 'AWS::ApiGatewayV2::Integration'));
  const functions = new Map(resourcesOf(template, 'AWS::Lambda::Function'));
  return resourcesOf(template, 'AWS::ApiGatewayV2::Route').map(([id, route]) => {
    // Target is {"Fn::Join": ["", ["integrations/", {"Ref": "<IntegrationId>"}]]}
    const joined = (route.Target as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
    const integrationId = refOf(joined[1]);
    const integration = integrationId ? integrations.get(integrationId) : undefined;
    const uri = integration?.IntegrationUri as { 'Fn::GetAtt'?: [string, string] } | undefined;
    const functionId = uri?.['Fn::GetAtt']?.[0];
    const fn = functionId ? functions.get(functionId) : undefined;
    if (!functionId || !fn) throw new Error(`route ${id} does not integrate with a Lambda function of this stack`);
    return {
      routeKey: typeof route.RouteKey === 'string' ? route.RouteKey : '?',
      authorizationType: typeof route.AuthorizationType === 'string' ? route.AuthorizationType : 'NONE',
      authorizerId: route.AuthorizerId,
      functionId,
      environment: ((fn.Environment as Json | undefined)?.Variables ?? {}) as Json,
    };
  });
}
