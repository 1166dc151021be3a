import { Validations } from 'aws-cdk-lib';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Construct } from 'constructs';
import { ROUTE_ACCESS_ENV, routeKey, type RouteSpec } from '../../domains/shared/http/route-spec';
import { DomainFunction } from './domain-function';
import type { Platform } from './platform';

export interface DomainRoutesProps {
  readonly domain: string;
  readonly routes: readonly RouteSpec[];
  /** Environment every route function of the domain gets (table names, bus name…). */
  readonly environment: Record<string, string>;
}

export interface RouteFunction {
  readonly route: RouteSpec;
  readonly fn: DomainFunction;
}

const pascalCase = (kebab: string): string =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_match: string, _dash: string, char: string) => char.toUpperCase());

/**
 * One Lambda per route, wired into the storefront API. Non-public routes carry the JWT authorizer, and every function
 * is told its route's access level (ROUTE_ACCESS) so the shared handler enforces customer/admin at runtime — the
 * HTTP API's JWT authorizer validates tokens but cannot check Cognito groups.
 */
export function addDomainRoutes(scope: Construct, platform: Platform, props: DomainRoutesProps): RouteFunction[] {
  return props.routes.map((route) => {
    const id = pascalCase(route.handler);
    const fn = new DomainFunction(scope, id, {
      domain: props.domain,
      entry: `handlers/${route.handler}`,
      config: platform.config,
      description: `${props.domain}: ${routeKey(route)} (${route.access})`,
      environment: { ...props.environment, [ROUTE_ACCESS_ENV]: route.access },
    });
    const [httpRoute] = platform.api.httpApi.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration: new HttpLambdaIntegration(`${id}Integration`, fn),
      authorizer: route.access === 'public' ? undefined : platform.api.authorizer,
    });
    if (route.access === 'public' && httpRoute) {
      Validations.of(httpRoute).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: `${routeKey(route)} is a public storefront read; it needs no identity`,
      });
    }
    return { route, fn };
  });
}
