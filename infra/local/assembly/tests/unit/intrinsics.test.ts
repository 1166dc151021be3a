import { namedTable, outputsOf, problemsOf } from './helpers';

describe('resolving intrinsic functions', () => {
  describe('Ref', () => {
    it('returns pseudo parameters of the fixed local account', () => {
      // Act
      const outputs = outputsOf(
        {
          outputs: {
            account: { Ref: 'AWS::AccountId' },
            region: { Ref: 'AWS::Region' },
            partition: { Ref: 'AWS::Partition' },
            suffix: { Ref: 'AWS::URLSuffix' },
            stack: { Ref: 'AWS::StackName' },
            stackId: { Ref: 'AWS::StackId' },
          },
        },
        { stackName: 'Shop-dev' },
      );
      // Assess
      expect(outputs).toMatchObject({
        account: '000000000000',
        region: 'us-east-1',
        partition: 'aws',
        suffix: 'amazonaws.com',
        stack: 'Shop-dev',
      });
      expect(outputs.stackId).toMatch(/^arn:aws:cloudformation:us-east-1:000000000000:stack\/Shop-dev\/[0-9a-f-]{36}$/);
    });

    it('uses the overridden region and account when given', () => {
      // Act
      const outputs = outputsOf(
        { outputs: { where: { 'Fn::Sub': '${AWS::AccountId}/${AWS::Region}' } } },
        { accountId: '111111111111', region: 'eu-west-1' },
      );
      // Assess
      expect(outputs.where).toBe('111111111111/eu-west-1');
    });

    it('returns a parameter default, or the override passed to the loader', () => {
      // Prepare
      const sections = {
        Parameters: { Stage: { Type: 'String', Default: 'dev' }, Owner: { Type: 'String', Default: 'ops' } },
        outputs: { stage: { Ref: 'Stage' }, owner: { Ref: 'Owner' } },
      };
      // Act
      const outputs = outputsOf(sections, { parameters: { Owner: 'shop-team' } });
      // Assess
      expect(outputs).toEqual({ stage: 'dev', owner: 'shop-team' });
    });

    it("returns a resource's physical id", () => {
      // Act
      const outputs = outputsOf({ resources: { Orders: namedTable('orders') }, outputs: { table: { Ref: 'Orders' } } });
      // Assess
      expect(outputs.table).toBe('orders');
    });

    it('fails naming a parameter that has no default and no value', () => {
      // Act
      const problems = problemsOf({ Parameters: { Secret: { Type: 'String' } }, outputs: { secret: { Ref: 'Secret' } } });
      // Assess
      expect(problems).toEqual([expect.objectContaining({ code: 'MISSING_PARAMETER', location: 'Outputs.secret' })]);
    });
  });

  describe('Fn::GetAtt', () => {
    it('accepts the list form and the dotted string form', () => {
      // Act
      const outputs = outputsOf({
        resources: { Orders: namedTable('orders') },
        outputs: { list: { 'Fn::GetAtt': ['Orders', 'Arn'] }, dotted: { 'Fn::GetAtt': 'Orders.Arn' } },
      });
      // Assess
      expect(outputs.list).toBe('arn:aws:dynamodb:us-east-1:000000000000:table/orders');
      expect(outputs.dotted).toBe(outputs.list);
    });

    it('fails naming an attribute the local resource does not have', () => {
      // Act
      const problems = problemsOf({
        resources: { Orders: namedTable('orders') },
        outputs: { stream: { 'Fn::GetAtt': ['Orders', 'StreamArn'] } },
      });
      // Assess
      expect(problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_ATTRIBUTE', location: 'Outputs.stream' })]);
      expect(problems[0]?.message).toContain('Orders.StreamArn');
    });
  });

  describe('Fn::Join, Fn::Select and Fn::Split', () => {
    it('joins resolved values with the delimiter', () => {
      // Act
      const outputs = outputsOf({
        outputs: { arn: { 'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, 'sqs', { Ref: 'AWS::Region' }]] } },
      });
      // Assess
      expect(outputs.arn).toBe('arn:aws:sqs:us-east-1');
    });

    it('selects by index, written as a number or a numeric string', () => {
      // Act
      const outputs = outputsOf({
        outputs: { first: { 'Fn::Select': [0, ['a', 'b']] }, second: { 'Fn::Select': ['1', ['a', 'b']] } },
      });
      // Assess
      expect(outputs).toEqual({ first: 'a', second: 'b' });
    });

    it('splits a string into a list that Select and Join can use', () => {
      // Act
      const outputs = outputsOf({
        outputs: {
          part: { 'Fn::Select': [2, { 'Fn::Split': ['|', 'a|b|c'] }] },
          joined: { 'Fn::Join': ['-', { 'Fn::Split': [',', 'x,y'] }] },
        },
      });
      // Assess
      expect(outputs).toEqual({ part: 'c', joined: 'x-y' });
    });

    it('fails when Select points outside the list', () => {
      // Act
      const problems = problemsOf({ outputs: { missing: { 'Fn::Select': [3, ['a']] } } });
      // Assess
      expect(problems).toEqual([expect.objectContaining({ code: 'INVALID_INTRINSIC', location: 'Outputs.missing' })]);
    });
  });

  describe('Fn::Sub', () => {
    it('substitutes pseudo parameters, logical ids and attributes, and writes ${!Literal} as ${Literal}', () => {
      // Act
      const outputs = outputsOf({
        resources: { Orders: namedTable('orders') },
        outputs: { text: { 'Fn::Sub': '${Orders} in ${AWS::Region} at ${Orders.Arn} keeps ${!Literal}' } },
      });
      // Assess
      expect(outputs.text).toBe(
        'orders in us-east-1 at arn:aws:dynamodb:us-east-1:000000000000:table/orders keeps ${Literal}',
      );
    });

    it('takes variables from its map first, resolving intrinsics in them', () => {
      // Act
      const outputs = outputsOf({
        resources: { Orders: namedTable('orders') },
        outputs: {
          text: { 'Fn::Sub': ['${Name}/${Orders}/${AWS::AccountId}', { Name: { 'Fn::Join': ['', ['a', 'b']] }, Orders: 'local' }] },
        },
      });
      // Assess
      expect(outputs.text).toBe('ab/local/000000000000');
    });
  });

  describe('Fn::FindInMap, Fn::GetAZs, Fn::Base64 and AWS::NotificationARNs', () => {
    it('looks values up in Mappings, keys resolved first', () => {
      // Act
      const outputs = outputsOf({
        Mappings: { Sizes: { 'us-east-1': { Memory: '512' } } },
        outputs: { memory: { 'Fn::FindInMap': ['Sizes', { Ref: 'AWS::Region' }, 'Memory'] } },
      });
      // Assess
      expect(outputs.memory).toBe('512');
    });

    it('fails naming a missing mapping entry', () => {
      // Act
      const problems = problemsOf({ Mappings: { Sizes: {} }, outputs: { memory: { 'Fn::FindInMap': ['Sizes', 'x', 'y'] } } });
      // Assess
      expect(problems[0]?.code).toBe('UNRESOLVED_REFERENCE');
      expect(problems[0]?.message).toContain('Sizes › x › y');
    });

    it('lists three stable availability zones of the region, encodes Base64, and has no notification topics', () => {
      // Act
      const outputs = outputsOf({
        outputs: {
          zones: { 'Fn::Join': [',', { 'Fn::GetAZs': '' }] },
          encoded: { 'Fn::Base64': 'hello' },
          topics: { 'Fn::Join': [',', { Ref: 'AWS::NotificationARNs' }] },
        },
      });
      // Assess
      expect(outputs).toEqual({ zones: 'us-east-1a,us-east-1b,us-east-1c', encoded: 'aGVsbG8=', topics: '' });
    });
  });

  describe('functions the local cloud cannot resolve', () => {
    it('fails clearly on Fn::ImportValue and on functions it does not know', () => {
      // Act
      const problems = problemsOf({
        outputs: { imported: { 'Fn::ImportValue': 'shared-vpc' }, cidr: { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] } },
      });
      // Assess
      expect(problems).toEqual([
        expect.objectContaining({ code: 'UNSUPPORTED_INTRINSIC', location: 'Outputs.imported' }),
        expect.objectContaining({ code: 'UNSUPPORTED_INTRINSIC', location: 'Outputs.cidr' }),
      ]);
      expect(problems[0]?.message).toContain('shared-vpc');
      expect(problems[0]?.hint).toContain('parameter');
    });
  });
});
