import type { JsonObject } from '../../../assembly/json';
import {
  compileInputTransformer,
  InputTransformerError,
  InvalidTransformedJsonError,
  renderInputTemplate,
} from '../../targets/input-transformer';
import { evaluateJsonPath, parseJsonPath } from '../../targets/json-path';

/** The user guide's example event (an EC2 state change). */
const EC2_EVENT: JsonObject = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-0123456789', state: 'RUNNING' },
};

const CONTEXT = {
  event: EC2_EVENT,
  ruleName: 'ec2-state',
  ruleArn: 'arn:aws:events:us-east-1:123456789012:rule/ec2-state',
  ingestionTime: '2015-11-11T21:29:54.123Z',
};

const INSTANCE_AND_STATE = { instance: '$.detail.instance-id', state: '$.detail.state' };

function render(pathsMap: JsonObject, template: string, event: JsonObject = EC2_EVENT): string {
  return renderInputTemplate(compileInputTransformer(pathsMap, template), { ...CONTEXT, event });
}

describe('input transformation', () => {
  describe('text templates', () => {
    it('keeps the quotes of a quoted text and inserts values as they are', () => {
      // Act
      const output = render(INSTANCE_AND_STATE, '"<instance> is in state <state>"');

      // Assess
      expect(output).toBe('"i-0123456789 is in state RUNNING"');
    });

    it('inserts a string inside escaped quotes without adding its own', () => {
      // Act
      const output = render(INSTANCE_AND_STATE, '<instance> is in state \\"<state>\\"');

      // Assess
      expect(output).toBe('i-0123456789 is in state \\"RUNNING\\"');
    });

    it('keeps each quoted line of a multi-line text template', () => {
      // Act
      const output = render(INSTANCE_AND_STATE, '"Instance: <instance>"\n"State: <state>"');

      // Assess
      expect(output).toBe('"Instance: i-0123456789"\n"State: RUNNING"');
    });

    it('leaves a bracketed word that is no variable as text', () => {
      // Act
      const output = render(INSTANCE_AND_STATE, '<b>state</b>: <state>');

      // Assess
      expect(output).toBe('<b>state</b>: RUNNING');
    });
  });

  describe('JSON templates', () => {
    it('adds quotes around string values used as JSON values', () => {
      // Act
      const output = render(INSTANCE_AND_STATE, '{"instance": <instance>, "state": <state>}');

      // Assess
      expect(JSON.parse(output)).toEqual({ instance: 'i-0123456789', state: 'RUNNING' });
    });

    it('inserts a string inside a quoted JSON string as it is', () => {
      // Act
      const output = render(INSTANCE_AND_STATE, '{"message": "<instance> is in state <state>"}');

      // Assess
      expect(JSON.parse(output)).toEqual({ message: 'i-0123456789 is in state RUNNING' });
    });

    it('inserts objects, arrays, numbers, booleans and null as JSON', () => {
      // Prepare
      const event = { ...EC2_EVENT, detail: { count: 3, urgent: true, note: null, tags: ['a', 'b'], owner: { id: 'u1' } } };
      const paths = { count: '$.detail.count', urgent: '$.detail.urgent', note: '$.detail.note', tags: '$.detail.tags', owner: '$.detail.owner' };

      // Act
      const output = render(paths, '{"count": <count>, "urgent": <urgent>, "note": <note>, "tags": <tags>, "owner": <owner>}', event);

      // Assess
      expect(JSON.parse(output)).toEqual({ count: 3, urgent: true, note: null, tags: ['a', 'b'], owner: { id: 'u1' } });
    });

    it('removes the inner quotes of an object inserted into a string, so the string stays valid', () => {
      // Act
      const output = render({ detail: '$.detail' }, '{"text": "Detail is <detail>"}');

      // Assess
      expect(JSON.parse(output)).toEqual({ text: 'Detail is {instance-id:i-0123456789,state:RUNNING}' });
    });

    it('fills the predefined variables', () => {
      // Act
      const output = render(
        {},
        '{"arn": <aws.events.rule-arn>, "name": "<aws.events.rule-name>", "at": <aws.events.event.ingestion-time>, ' +
          '"envelope": <aws.events.event>, "whole": <aws.events.event.json>}',
      );

      // Assess
      const withoutDetail = Object.fromEntries(Object.entries(EC2_EVENT).filter(([key]) => key !== 'detail'));
      expect(JSON.parse(output)).toEqual({
        arn: CONTEXT.ruleArn,
        name: 'ec2-state',
        at: '2015-11-11T21:29:54.123Z',
        envelope: withoutDetail,
        whole: EC2_EVENT,
      });
    });

    it('renders a variable whose path reaches nothing as null in JSON and as nothing in a string', () => {
      // Act
      const output = render({ missing: '$.detail.reason' }, '{"reason": <missing>, "text": "because <missing>"}');

      // Assess
      expect(JSON.parse(output)).toEqual({ reason: null, text: 'because ' });
    });

    it('does not escape values, so a string holding a quote makes the output invalid JSON', () => {
      // Prepare
      const event = { ...EC2_EVENT, detail: { name: 'the "big" one' } };

      // Act
      const act = (): string => render({ name: '$.detail.name' }, '{"name": <name>}', event);

      // Assess
      expect(act).toThrow(InvalidTransformedJsonError);
    });
  });

  describe('what PutTargets refuses', () => {
    it.each([
      ['a reserved variable name', { 'aws.events.rule-arn': '$.id' }, '<aws.events.rule-arn>', /reserved/],
      ['a path that is not a JSON path', { id: 'detail.id' }, '<id>', /must start with \$/],
      ['a placeholder used as an object key', { id: '$.id' }, '{<id>: 1}', /object key/],
      ['a JSON template that is not JSON', { id: '$.id' }, '{"id": <id>,}', /not valid JSON/],
      ['an empty template', {}, '', /1 to 8192 characters/],
    ])('%s', (_, paths: JsonObject, template, reason) => {
      // Act
      const act = (): unknown => compileInputTransformer(paths, template);

      // Assess
      expect(act).toThrow(InputTransformerError);
      expect(act).toThrow(reason);
    });
  });
});

describe('JSON paths', () => {
  const event: JsonObject = {
    detail: { 'order-id': 'o-1', 'a/b': 'slash', lines: [{ sku: 'A' }, { sku: 'B' }] },
    resources: ['r-0', 'r-1'],
  };

  it.each([
    ['$', event],
    ['$.detail.order-id', 'o-1'],
    ['$.detail.a/b', 'slash'],
    ['$.resources[1]', 'r-1'],
    ['$.detail.lines[0].sku', 'A'],
    ['$.detail.lines[*].sku', ['A', 'B']],
    ['$.resources.*', ['r-0', 'r-1']],
    ['$.detail.missing', undefined],
    ['$.resources[5]', undefined],
  ])('evaluates %s', (path, expected) => {
    // Act
    const value = evaluateJsonPath(parseJsonPath(path), event);

    // Assess
    expect(value).toEqual(expected);
  });

  it.each(['detail.id', '$..detail', '$.detail[?(@.x)]'])('refuses %s', (path) => {
    // Act
    const act = (): unknown => parseJsonPath(path);

    // Assess
    expect(act).toThrow(/JSON path/);
  });
});
