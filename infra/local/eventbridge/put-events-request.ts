import { isJsonObject, type Json, type JsonObject } from '../assembly/json';
import { serializationError, validationError } from './eventbridge-errors';

/** One PutEvents entry as sent; every field optional on the wire, checked per entry afterwards. */
export interface PutEventsEntry {
  readonly time?: Date;
  readonly source?: string;
  readonly detailType?: string;
  readonly detail?: string;
  readonly resources?: readonly string[];
  readonly eventBusName?: string;
  readonly traceHeader?: string;
}

export const MAX_ENTRIES = 10;
/** 256 KB, the PutEvents quota on the summed entry sizes of one request. */
export const MAX_TOTAL_ENTRY_BYTES = 256 * 1024;

/**
 * The request's entries, with the whole-request checks AWS makes before looking at any entry: 1 to 10 entries (the
 * model's constraint, in Coral's validation message) and 256 KB in total.
 */
export function readPutEventsEntries(input: JsonObject): PutEventsEntry[] {
  const raw = input.Entries;
  if (raw === undefined || raw === null) throw constraintViolation('null', 'Member must not be null');
  if (!Array.isArray(raw)) throw serializationError('Entries must be a list');
  const entries = (raw as readonly Json[]).map(readEntry);
  if (entries.length < 1) throw constraintViolation("'[]'", 'Member must have length greater than or equal to 1');
  if (entries.length > MAX_ENTRIES) {
    throw constraintViolation(
      `'[${entries.map(javaStyle).join(', ')}]'`,
      `Member must have length less than or equal to ${MAX_ENTRIES}`,
    );
  }
  const total = entries.reduce((sum, entry) => sum + entrySize(entry), 0);
  if (total > MAX_TOTAL_ENTRY_BYTES)
    throw validationError('Total size of the entries in the request is over the limit.');
  return entries;
}

/**
 * AWS's documented entry size ("Calculating PutEvents event entry size"): 14 bytes for a Time, the UTF-8 bytes of
 * Source, DetailType, Detail and each resource. EventBusName and TraceHeader do not count.
 */
export function entrySize(entry: PutEventsEntry): number {
  const bytes = (text: string | undefined): number => (text === undefined ? 0 : Buffer.byteLength(text, 'utf8'));
  return (
    (entry.time === undefined ? 0 : 14) +
    bytes(entry.source) +
    bytes(entry.detailType) +
    bytes(entry.detail) +
    (entry.resources ?? []).reduce((sum, resource) => sum + bytes(resource), 0)
  );
}

function readEntry(raw: Json): PutEventsEntry {
  if (!isJsonObject(raw)) throw serializationError('Each entry of Entries must be a structure');
  const resources = raw.Resources;
  if (resources !== undefined && !(Array.isArray(resources) && resources.every((item) => typeof item === 'string'))) {
    throw serializationError('Resources must be a list of strings');
  }
  return {
    ...optional('time', readTime(raw.Time)),
    ...optional('source', readString(raw, 'Source')),
    ...optional('detailType', readString(raw, 'DetailType')),
    ...optional('detail', readString(raw, 'Detail')),
    ...optional('resources', resources as readonly string[] | undefined),
    ...optional('eventBusName', readString(raw, 'EventBusName')),
    ...optional('traceHeader', readString(raw, 'TraceHeader')),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function readString(raw: JsonObject, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw serializationError(`${name} must be a string`);
  return value;
}

/** awsJson sends timestamps as epoch seconds (fractions allowed); an ISO string is accepted for hand-made calls. */
function readTime(value: Json | undefined): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const time =
    typeof value === 'number' ? new Date(value * 1000) : typeof value === 'string' ? new Date(value) : undefined;
  if (time === undefined || Number.isNaN(time.getTime())) throw serializationError('Time must be a timestamp');
  return time;
}

function constraintViolation(value: string, constraint: string): Error {
  return validationError(
    `1 validation error detected: Value ${value} at 'entries' failed to satisfy constraint: ${constraint}`,
  );
}

/** How AWS (a Java service) echoes an entry in a constraint message. */
function javaStyle(entry: PutEventsEntry): string {
  const show = (value: string | undefined): string => value ?? 'null';
  const time = entry.time === undefined ? 'null' : entry.time.toISOString();
  const resources = entry.resources === undefined ? 'null' : `[${entry.resources.join(', ')}]`;
  return (
    `PutEventsRequestEntry(time=${time}, source=${show(entry.source)}, resources=${resources}, ` +
    `detailType=${show(entry.detailType)}, detail=${show(entry.detail)}, eventBusName=${show(entry.eventBusName)}, ` +
    `traceHeader=${show(entry.traceHeader)})`
  );
}
