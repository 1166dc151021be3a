import type { JsonObject } from '../../assembly/json';
import type { Operation } from '../eventbridge-context';
import { constraintViolation, resourceNotFound } from '../eventbridge-errors';
import { pageOf } from '../paging';
import { checkLength, checkPattern, NAME_PATTERN, optionalString, requiredString } from '../request-fields';
import type { Archive } from './archive';

export const describeArchive: Operation = (context, input) => {
  const name = requiredString(input, 'ArchiveName');
  checkLength('archiveName', name, 1, 48);
  checkPattern('archiveName', name, NAME_PATTERN);
  const archive = context.archives.find(name);
  if (archive === undefined) throw resourceNotFound(`Archive ${name} does not exist.`);
  const { definition } = archive;
  return {
    ArchiveArn: definition.arn,
    ...archiveSummary(archive, context.archives.currentTime()),
    ...(definition.description === undefined ? {} : { Description: definition.description }),
    ...(definition.eventPattern === undefined ? {} : { EventPattern: definition.eventPattern }),
  };
};

/** Filters by NamePrefix, EventSourceArn and State (every local archive is ENABLED), sorted by name. */
export const listArchives: Operation = (context, input) => {
  const prefix = optionalString(input, 'NamePrefix') ?? '';
  const source = optionalString(input, 'EventSourceArn');
  const state = optionalString(input, 'State');
  const states = ['ENABLED', 'DISABLED', 'CREATING', 'UPDATING', 'CREATE_FAILED', 'UPDATE_FAILED'];
  if (state !== undefined && !states.includes(state)) {
    throw constraintViolation('state', state, `Member must satisfy enum value set: [${states.join(', ')}]`);
  }
  const archives = context.archives
    .list()
    .filter((archive) => archive.definition.name.startsWith(prefix))
    .filter((archive) => source === undefined || archive.definition.sourceArn === source)
    .filter(() => state === undefined || state === 'ENABLED');
  const page = pageOf(archives, (archive) => archive.definition.name, input);
  const now = context.archives.currentTime();
  return {
    Archives: page.items.map((archive) => archiveSummary(archive, now)),
    ...(page.nextToken === undefined ? {} : { NextToken: page.nextToken }),
  };
};

function archiveSummary(archive: Archive, now: Date): JsonObject {
  const { definition } = archive;
  const stats = archive.stats(now);
  return {
    ArchiveName: definition.name,
    EventSourceArn: definition.sourceArn,
    State: 'ENABLED',
    // 0: kept indefinitely.
    RetentionDays: definition.retentionDays,
    SizeBytes: stats.sizeBytes,
    EventCount: stats.eventCount,
    CreationTime: definition.createdAt.getTime() / 1000,
  };
}
