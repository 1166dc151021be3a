import { invalid, matching, type CaseGroup } from './case-table';

// User guide, "Event patterns": a pattern is a JSON object with the same structure as the events it matches; every
// leaf is a list of values. When a key appears twice in the JSON text, the last one is used.

const lastWins = '{"detail":{"location":[{"prefix":"us-"}],"location":[{"anything-but":"us-east"}]}}';

export const PATTERN_STRUCTURE: readonly CaseGroup[] = [
  invalid('the pattern document', [
    { name: 'rejects JSON text that does not parse', pattern: '{"source": [', reason: /the event pattern is not valid JSON/ },
    { name: 'rejects JavaScript-style quoting', pattern: "{source: ['aws.ec2']}", reason: /the event pattern is not valid JSON/ },
    { name: 'rejects empty text', pattern: '', reason: /the event pattern is not valid JSON/ },
    { name: 'rejects a top-level list', pattern: [{ source: ['aws.ec2'] }], reason: /the event pattern must be a JSON object.*at the top level/ },
    { name: 'rejects a top-level string in JSON text', pattern: '"aws.ec2"', reason: /the event pattern must be a JSON object, got "aws\.ec2"/ },
    { name: 'rejects a top-level number', pattern: 42, reason: /the event pattern must be a JSON object, got 42/ },
    { name: 'rejects a top-level null', pattern: null, reason: /the event pattern must be a JSON object, got null/ },
    { name: 'rejects an empty pattern object', pattern: {}, reason: /empty objects are not allowed.*at the top level/ },
    { name: 'rejects an empty nested object', pattern: { source: ['x'], detail: {} }, reason: /empty objects are not allowed.*at "detail"/ },
    { name: 'rejects an empty object deep inside', pattern: { detail: { a: { b: {} } } }, reason: /empty objects are not allowed.*at "detail\.a\.b"/ },
    { name: 'names the offending field deep inside', pattern: { detail: { data: { price: 5 } } }, reason: /"price" must be an object or an array, got 5 \(at "detail\.data\.price"\)/ },
  ]),
  matching('repeated keys in pattern text', [
    { name: 'uses the last occurrence: a value without the first one\'s prefix matches', pattern: lastWins, event: { detail: { location: 'eu-west' } }, matches: true },
    { name: 'uses the last occurrence: the value it excludes does not match', pattern: lastWins, event: { detail: { location: 'us-east' } }, matches: false },
  ]),
];
