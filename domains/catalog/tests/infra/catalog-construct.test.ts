import { Match } from 'aws-cdk-lib/assertions';
import { synthesizedRoutes } from '../../../../infra/tests/api-routes';
import { resourcesOf, synthesized } from '../../../../infra/tests/synthesized';
import { catalogRoutes } from '../../routes';

type Json = Record<string, unknown>;
const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('the catalog construct', () => {
  const { template } = synthesized();
  const routes = synthesizedRoutes(template);

  it('keys products by productId and lists a category through the byCategory index', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'productId', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: 'byCategory',
          KeySchema: [
            { AttributeName: 'category', KeyType: 'HASH' },
            { AttributeName: 'productId', KeyType: 'RANGE' },
          ],
        }),
      ],
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it.each(catalogRoutes.filter((r) => r.access === 'admin'))(
    'guards $method $path with the JWT authorizer and an admin check',
    (spec) => {
      const route = routes.find((r) => r.routeKey === `${spec.method} ${spec.path}`);
      expect(route?.authorizationType).toBe('JWT');
      expect(route?.authorizerId).toBeDefined();
      expect(route?.environment.ROUTE_ACCESS).toBe('admin');
    },
  );

  it.each(catalogRoutes.filter((r) => r.access === 'public'))('serves $method $path without a token', (spec) => {
    const route = routes.find((r) => r.routeKey === `${spec.method} ${spec.path}`);
    expect(route?.authorizationType).toBe('NONE');
    expect(route?.environment.ROUTE_ACCESS).toBe('public');
  });

  it('keeps Idempotency-Key records for POST /products in its own table that expires them', () => {
    // Prepare
    const post = routes.find((r) => r.routeKey === 'POST /products');
    const others = routes.filter((r) => r.routeKey !== 'POST /products');
    // Assess
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
    });
    expect(post?.environment.IDEMPOTENCY_TABLE_NAME).toEqual({ Ref: expect.stringMatching(/^CatalogIdempotency/) as unknown });
    for (const route of others) expect(route.environment.IDEMPOTENCY_TABLE_NAME).toBeUndefined();
  });

  it('gives read routes no write action on the products table', () => {
    const readers = new Set(routes.filter((r) => r.routeKey.startsWith('GET ')).map((r) => r.functionId));
    const functions = new Map(resourcesOf(template, 'AWS::Lambda::Function'));
    const roleOf = (fnId: string): unknown => (functions.get(fnId)?.Role as { 'Fn::GetAtt': unknown[] })['Fn::GetAtt'][0];
    const readerRoles = new Set([...readers].map(roleOf));
    const readerActions = resourcesOf(template, 'AWS::IAM::Policy')
      .filter(([, props]) => asArray(props.Roles as Json[]).some((role) => readerRoles.has(role.Ref)))
      .flatMap(([, props]) => asArray(((props.PolicyDocument as Json).Statement ?? []) as Json[]))
      .flatMap((s) => asArray(s.Action as string | string[]));
    expect(readerActions.length).toBeGreaterThan(0);
    expect(readerActions.filter((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a))).toEqual([]);
    expect(readerActions).not.toContain('events:PutEvents');
  });
});
