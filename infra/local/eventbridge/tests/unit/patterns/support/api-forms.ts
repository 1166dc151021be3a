import { isJsonArray, isJsonObject, type Json, type JsonObject } from '../../../../../assembly/json';
import type { MatchCase } from '../../../support/pattern-cases';

/**
 * How a case of the pattern tables is put to the EventBridge API without changing what it means.
 *
 * A case's event is often partial (`{ detail: … }`), while TestEventPattern wants a whole event and PutEvents lets a
 * publisher set only source, detail-type, detail, resources and time. A top-level field the pattern does not test
 * cannot change the outcome (a pattern ignores the fields it does not name), so such a field is filled with a neutral
 * value. A field the pattern does test is never invented: a case that needs it absent, or set to what the API cannot
 * carry, is either left out of that path (TestEventPattern) or moved one level down (the rule path, see below).
 */

/** The text PutRule and TestEventPattern receive: JSON text as written (repeated keys, `3.0e2`), values serialized. */
export function patternText(pattern: Json | string): string {
  return typeof pattern === 'string' ? pattern : JSON.stringify(pattern);
}

/**
 * The top-level event fields a valid pattern tests: its own keys and, through `$or` at the top level (nested or not),
 * those of every alternative.
 */
export function fieldsTestedAtTop(pattern: Json | string): ReadonlySet<string> {
  const fields = new Set<string>();
  const visit = (level: Json): void => {
    if (!isJsonObject(level)) return;
    for (const [key, value] of Object.entries(level)) {
      if (key !== '$or') fields.add(key);
      else if (isJsonArray(value)) value.forEach(visit);
    }
  };
  visit(typeof pattern === 'string' ? (JSON.parse(pattern) as Json) : pattern);
  return fields;
}

/** A case in the form one API path needs, or why that path cannot carry it. */
export type ApiForm<T> =
  { readonly carried: true; readonly form: T } | { readonly carried: false; readonly why: string };

/** The values TestEventPattern's mandatory fields take when the case's event lacks them and its pattern ignores them. */
export const NEUTRAL_ENVELOPE: JsonObject = {
  id: '00000000-0000-4000-8000-000000000000',
  account: '000000000000',
  source: 'conformance.test',
  time: '2026-11-24T10:00:00Z',
  region: 'us-east-1',
  resources: [],
  'detail-type': 'Conformance',
};

/**
 * The case's event as TestEventPattern's `Event` (JSON text): the mandatory fields it lacks (or holds with a type the
 * API refuses) are filled in when the pattern does not test them. When it does, the case is about that field being
 * absent, which TestEventPattern cannot be asked: it is left to the rule path.
 */
export function testEventPatternForm({ pattern, event }: MatchCase): ApiForm<string> {
  const tested = fieldsTestedAtTop(pattern);
  const whole: Record<string, Json> = { ...event };
  for (const [field, neutral] of Object.entries(NEUTRAL_ENVELOPE)) {
    if (isMandatoryValue(field, event[field])) continue;
    if (tested.has(field)) {
      return {
        carried: false,
        why: `the event has no ${field}, which TestEventPattern requires and the pattern tests`,
      };
    }
    whole[field] = neutral;
  }
  return { carried: true, form: JSON.stringify(whole) };
}

function isMandatoryValue(field: string, value: Json | undefined): boolean {
  return field === 'resources' ? isJsonArray(value) : typeof value === 'string';
}

/** Where EventBridge puts an event: the account and region stamp `account` and `region`; ids are its own. */
export interface Envelope {
  readonly accountId: string;
  readonly region: string;
  /** The id the event must get, when the pattern tests it. */
  readonly id?: string;
}

/** One case as a rule's pattern plus one PutEvents entry, published in the given envelope. */
export interface PutEventsForm {
  readonly eventPattern: string;
  readonly entry: {
    readonly Source: string;
    readonly DetailType: string;
    readonly Detail: string;
    readonly Resources: string[];
    readonly Time?: Date;
  };
  readonly envelope: Envelope;
  /** Set when pattern and event were moved under `detail`: why PutEvents cannot publish the event as it is. */
  readonly relocatedBecause?: string;
}

const DEFAULT_ENVELOPE: Envelope = { accountId: '000000000000', region: 'us-east-1' };
const NEUTRAL_SOURCE = 'conformance.test';
const NEUTRAL_DETAIL_TYPE = 'Conformance';
/** What an EventBridge event's `time` looks like: UTC to the second. */
const EVENT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** The shape of an AWS region name (`us-east-1`), for the local EventBridge a case asks to run in. */
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * The case through PutEvents. As it is when every top-level field its pattern tests is one PutEvents (or the
 * EventBridge it runs in) can set to the event's value. Otherwise the pattern and the whole event move one level
 * down, under `detail` — `{"detail": <pattern>}` against an event whose detail is the case's event — which the
 * pattern language matches exactly as it does at the top (it has no level-specific rule); the case then still runs
 * through a real rule, with its top-level form covered by TestEventPattern.
 */
export function putEventsForm(matchCase: MatchCase): PutEventsForm {
  const { pattern, event } = matchCase;
  const tested = fieldsTestedAtTop(pattern);
  const unpublishable = whyUnpublishable(tested, event);
  if (unpublishable.length > 0) {
    return {
      eventPattern: `{"detail":${patternText(pattern)}}`,
      entry: { Source: NEUTRAL_SOURCE, DetailType: NEUTRAL_DETAIL_TYPE, Detail: JSON.stringify(event), Resources: [] },
      envelope: DEFAULT_ENVELOPE,
      relocatedBecause: unpublishable.join('; '),
    };
  }
  // Every tested field holds a value PutEvents (or the EventBridge it runs in) can set; the others are neutral.
  const { source, 'detail-type': detailType, detail, resources, time, account, region, id } = event;
  const tests = (field: string): boolean => tested.has(field);
  return {
    eventPattern: patternText(pattern),
    entry: {
      Source: isText(source) ? source : NEUTRAL_SOURCE,
      DetailType: isText(detailType) ? detailType : NEUTRAL_DETAIL_TYPE,
      Detail: JSON.stringify(isJsonObject(detail) ? detail : {}),
      Resources: isStringList(resources) ? [...resources] : [],
      ...(tests('time') && isText(time) ? { Time: new Date(time) } : {}),
    },
    envelope: {
      accountId: tests('account') && isText(account) ? account : DEFAULT_ENVELOPE.accountId,
      region: tests('region') && isText(region) ? region : DEFAULT_ENVELOPE.region,
      ...(tests('id') && isText(id) ? { id } : {}),
    },
  };
}

/** The fields of EventBridge's envelope; any other top-level field is out of a publisher's reach. */
const ENVELOPE_FIELDS: ReadonlySet<string> = new Set([
  'version',
  'id',
  'detail-type',
  'source',
  'account',
  'time',
  'region',
  'resources',
  'detail',
]);

/** Why the tested top-level fields cannot hold the event's values in an event published with PutEvents. */
function whyUnpublishable(tested: ReadonlySet<string>, event: JsonObject): string[] {
  const custom = [...tested].filter((field) => !ENVELOPE_FIELDS.has(field));
  const envelope = [...tested].flatMap((field) => whyEnvelopeFieldUnpublishable(field, event[field]) ?? []);
  if (custom.length === 0) return envelope;
  return [
    ...envelope,
    `PutEvents cannot set the top-level ${custom.length === 1 ? 'field' : 'fields'} ${custom.join(', ')}`,
  ];
}

function whyEnvelopeFieldUnpublishable(field: string, value: Json | undefined): string | undefined {
  const has = value === undefined ? `no ${field}` : `${field} ${JSON.stringify(value)}`;
  const unless = (publishable: boolean, rule: string): string | undefined =>
    publishable ? undefined : `${rule}; the event has ${has}`;
  switch (field) {
    case 'source':
    case 'detail-type':
      return unless(isText(value), `PutEvents requires a ${field}`);
    case 'detail':
      return unless(isJsonObject(value), 'PutEvents requires a detail object');
    case 'resources':
      return unless(isStringList(value), 'PutEvents always sets resources, a list of strings');
    case 'time':
      return unless(isText(value) && isEventTime(value), 'EventBridge writes time to the second');
    case 'version':
      return unless(value === '0', 'EventBridge sets version "0"');
    case 'id':
    case 'account':
      return unless(isText(value), `EventBridge always sets ${field}`);
    case 'region':
      return unless(isText(value) && REGION_NAME.test(value), 'EventBridge sets a region name');
    default:
      return undefined;
  }
}

function isText(value: Json | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

function isEventTime(text: string): boolean {
  const date = new Date(text);
  return EVENT_TIME.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().replace('.000Z', 'Z') === text;
}

function isStringList(value: Json | undefined): value is readonly string[] {
  return isJsonArray(value) && value.every((item) => typeof item === 'string');
}
