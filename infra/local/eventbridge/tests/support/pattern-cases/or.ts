import type { JsonObject } from '../../../../assembly/json';
import { detailWith, invalid, matching, valid, type CaseGroup } from './case-table';

// User guide, "Or matching on multiple fields" ($or): alternatives at the level where $or appears; each alternative
// is an object of fields (AND inside it); $or may nest and may appear at several levels.

const cloudwatch: JsonObject = {
  source: ['aws.cloudwatch'],
  $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
};

const counts: JsonObject = {
  detail: {
    $or: [
      { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
      { 'd-count': [{ numeric: ['<', 10] }] },
      { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
    ],
  },
};
const parallel: JsonObject = {
  $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }],
  detail: { $or: [{ source: ['aws.cloudwatch'] }, { 'detail-type': ['CloudWatch Alarm State Change'] }] },
};

export const OR: readonly CaseGroup[] = [
  matching('$or at the top level', [
    { name: 'matches through the first alternative', pattern: cloudwatch, event: { source: 'aws.cloudwatch', metricName: 'ReadLatency' }, matches: true },
    { name: 'matches through the second alternative', pattern: cloudwatch, event: { source: 'aws.cloudwatch', namespace: 'AWS/ES' }, matches: true },
    { name: 'matches when both alternatives hold', pattern: cloudwatch, event: { source: 'aws.cloudwatch', metricName: 'CPUUtilization', namespace: 'AWS/EC2' }, matches: true },
    { name: 'does not match when no alternative holds', pattern: cloudwatch, event: { source: 'aws.cloudwatch', metricName: 'DiskIO', namespace: 'AWS/RDS' }, matches: false },
    { name: 'still requires the fields outside $or', pattern: cloudwatch, event: { source: 'aws.ec2', metricName: 'CPUUtilization' }, matches: false },
    {
      name: 'treats fields inside one alternative as AND',
      pattern: { $or: [{ metricType: ['MetricType'], namespace: ['AWS/EC2'] }, { scope: ['Service'] }] },
      event: { metricType: 'MetricType', namespace: 'AWS/ES' },
      matches: false,
    },
    {
      name: 'matches an alternative whose fields all hold',
      pattern: { $or: [{ metricType: ['MetricType'], namespace: ['AWS/EC2'] }, { scope: ['Service'] }] },
      event: { metricType: 'MetricType', namespace: 'AWS/EC2' },
      matches: true,
    },
    { name: 'accepts more than two alternatives', pattern: { $or: [{ a: [1] }, { b: [2] }, { c: [3] }] }, event: { c: 3 }, matches: true },
    { name: 'lets alternatives test the same field', pattern: { $or: [{ a: [{ prefix: 'x' }] }, { a: [{ suffix: 'z' }] }] }, event: { a: 'yyz' }, matches: true },
    { name: 'lets an alternative match an absent field', pattern: { $or: [{ a: [{ exists: false }] }, { a: ['on'] }] }, event: { b: 1 }, matches: true },
    { name: 'does not match when the absent-field alternative fails and the other too', pattern: { $or: [{ a: [{ exists: false }] }, { a: ['on'] }] }, event: { a: 'off' }, matches: false },
  ]),
  matching('$or inside nested objects', [
    { name: 'matches the first numeric alternative', pattern: counts, event: detailWith({ 'c-count': 5 }), matches: true },
    { name: 'matches the third numeric alternative', pattern: counts, event: detailWith({ 'x-limit': 301.8 }), matches: true },
    { name: 'does not match when every numeric alternative fails', pattern: counts, event: detailWith({ 'c-count': 6, 'd-count': 10, 'x-limit': 300 }), matches: false },
    { name: 'does not look for nested alternatives at the top level', pattern: counts, event: { 'c-count': 1, detail: {} }, matches: false },
    { name: 'matches parallel $or groups when each holds', pattern: parallel, event: { namespace: 'AWS/EC2', detail: { 'detail-type': 'CloudWatch Alarm State Change' } }, matches: true },
    { name: 'does not match parallel $or groups when one fails', pattern: parallel, event: { namespace: 'AWS/EC2', detail: { source: 'aws.ec2' } }, matches: false },
    {
      name: 'matches nested $or inside an alternative',
      pattern: { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPU'] }, { namespace: ['AWS/EC2'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] }] },
      event: { source: 'aws.cloudwatch', namespace: 'AWS/EC2', spaceId: 1000 },
      matches: true,
    },
    {
      name: 'does not match when the nested $or fails',
      pattern: { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPU'] }, { namespace: ['AWS/EC2'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] }] },
      event: { source: 'aws.cloudwatch', namespace: 'AWS/EC2', spaceId: 1 },
      matches: false,
    },
    {
      name: 'matches alternatives with nested objects',
      pattern: { $or: [{ detail: { state: ['running'] } }, { detail: { code: [{ numeric: ['>=', 500] }] } }] },
      event: detailWith({ code: 503 }),
      matches: true,
    },
    {
      name: 'holds an alternative within one element of an array of objects',
      pattern: { detail: { items: { $or: [{ a: [1], b: [2] }, { c: [3] }] } } },
      event: detailWith({ items: [{ a: 1 }, { b: 2 }] }),
      matches: false,
    },
    {
      name: 'matches an alternative holding in one array element',
      pattern: { detail: { items: { $or: [{ a: [1], b: [2] }, { c: [3] }] } } },
      event: detailWith({ items: [{ a: 0 }, { a: 1, b: 2 }] }),
      matches: true,
    },
  ]),
  valid('field names next to $or', [
    { name: 'accepts a field named like an operator outside $or', pattern: { detail: { prefix: ['x'], numeric: [1] } } },
    { name: 'accepts a field named like an operator next to $or (not inside it)', pattern: { prefix: ['x'], $or: [{ a: [1] }, { b: [2] }] } },
  ]),
  invalid('invalid $or', [
    { name: 'rejects $or holding an object', pattern: { $or: { a: [1] } }, reason: /\$or must be an array of objects.*at "\$or"/ },
    { name: 'rejects $or holding a string', pattern: { detail: { $or: 'a' } }, reason: /\$or must be an array of objects.*at "detail\.\$or"/ },
    { name: 'rejects an empty $or', pattern: { $or: [] }, reason: /\$or must hold at least 2 objects, got 0/ },
    { name: 'rejects a single alternative', pattern: { $or: [{ a: [1] }] }, reason: /\$or must hold at least 2 objects, got 1/ },
    { name: 'rejects a string alternative', pattern: { $or: [{ a: [1] }, 'b'] }, reason: /only objects are allowed in \$or, got "b".*at "\$or\[1\]"/ },
    { name: 'rejects a list alternative', pattern: { $or: [{ a: [1] }, [{ b: [2] }]] }, reason: /only objects are allowed in \$or/ },
    { name: 'rejects a null alternative', pattern: { $or: [null, { a: [1] }] }, reason: /only objects are allowed in \$or, got null.*at "\$or\[0\]"/ },
    { name: 'rejects an empty alternative', pattern: { $or: [{ a: [1] }, {}] }, reason: /empty objects are not allowed.*at "\$or\[1\]"/ },
    { name: 'rejects "prefix" as a field name inside $or', pattern: { $or: [{ prefix: ['abc'] }, { a: [1] }] }, reason: /"prefix" is a reserved operator name and cannot be used as a field name inside \$or/ },
    { name: 'rejects "numeric" as a field name inside $or', pattern: { $or: [{ numeric: [123] }, { a: [1] }] }, reason: /"numeric" is a reserved operator name/ },
    { name: 'rejects "anything-but" as a field name inside $or', pattern: { $or: [{ a: [1] }, { 'anything-but': ['x'] }] }, reason: /"anything-but" is a reserved operator name/ },
    { name: 'rejects "exists" as a field name inside $or', pattern: { $or: [{ a: [1] }, { exists: [true] }] }, reason: /"exists" is a reserved operator name/ },
    { name: 'rejects "cidr" as a field name inside $or', pattern: { $or: [{ a: [1] }, { cidr: ['x'] }] }, reason: /"cidr" is a reserved operator name/ },
    { name: 'rejects "wildcard" as a field name inside $or', pattern: { $or: [{ a: [1] }, { wildcard: ['x'] }] }, reason: /"wildcard" is a reserved operator name/ },
    { name: 'rejects "suffix" as a field name inside $or', pattern: { $or: [{ a: [1] }, { suffix: ['x'] }] }, reason: /"suffix" is a reserved operator name/ },
    { name: 'rejects "equals-ignore-case" as a field name inside $or', pattern: { $or: [{ a: [1] }, { 'equals-ignore-case': ['x'] }] }, reason: /"equals-ignore-case" is a reserved operator name/ },
    { name: 'rejects a numeric comparator as a field name inside $or', pattern: { $or: [{ a: [1] }, { '>=': [1] }] }, reason: /">=" is a reserved operator name/ },
    { name: 'rejects reserved names deeper inside an alternative', pattern: { $or: [{ detail: { prefix: ['x'] } }, { a: [1] }] }, reason: /"prefix" is a reserved operator name.*at "\$or\[0\]\.detail\.prefix"/ },
    { name: 'rejects $or used as a match expression in a value list', pattern: { a: [{ $or: [{ prefix: 'x' }, { suffix: 'y' }] }] }, reason: /unrecognized match type "\$or"/ },
    { name: 'rejects an invalid leaf inside an alternative', pattern: { $or: [{ a: 'x' }, { b: [1] }] }, reason: /"a" must be an object or an array.*at "\$or\[0\]\.a"/ },
    { name: 'rejects an invalid nested $or', pattern: { $or: [{ a: [1] }, { $or: [{ b: [2] }] }] }, reason: /\$or must hold at least 2 objects, got 1.*at "\$or\[1\]\.\$or"/ },
  ]),
];
