import * as path from 'node:path';
import type { LocalResource, LocalStack } from '../../assembly';
import { compileEventPattern } from '../patterns';
import type { EventBuses, EventBus } from '../event-buses';
import type { EventBridgeEvent } from '../event-envelope';
import type { StartProblems } from '../start-problems';
import { Archive, type ArchiveDefinition } from './archive';
import { ArchiveJournal, type ArchivedEvent } from './archive-journal';

export interface ArchivesOptions {
  /** `<dataDir>/eventbridge/archives/<name>.jsonl`; in memory without it. */
  readonly dataDir?: string;
  readonly now: () => Date;
}

/** The template's archives (`AWS::Events::Archive`), each recording the matching events of its bus. */
export class Archives {
  private constructor(
    private readonly archives: readonly Archive[],
    private readonly now: () => Date,
  ) {}

  static fromStacks(stacks: readonly LocalStack[], buses: EventBuses, options: ArchivesOptions, problems: StartProblems): Archives {
    const createdAt = options.now();
    const archives = stacks
      .flatMap((stack) => stack.byType('AWS::Events::Archive'))
      .flatMap((resource) => {
        const definition = problems.attempt(`archive ${resource.logicalId}`, () =>
          archiveDefinition(resource, buses, createdAt),
        );
        if (definition === undefined) return [];
        const journal =
          options.dataDir === undefined
            ? undefined
            : new ArchiveJournal(path.join(options.dataDir, 'eventbridge', 'archives', `${definition.name}.jsonl`));
        return [new Archive(definition, journal, createdAt)];
      });
    return new Archives(archives, options.now);
  }

  /** Files the event in every archive of its bus whose pattern it matches. */
  record(bus: EventBus, event: EventBridgeEvent, ingestionTime: Date): void {
    for (const archive of this.archives) {
      if (archive.accepts(bus.arn, event)) archive.append(event, ingestionTime);
    }
  }

  find(name: string): Archive | undefined {
    return this.archives.find((archive) => archive.definition.name === name);
  }

  /** Sorted by name. */
  list(): readonly Archive[] {
    return [...this.archives].sort((a, b) => (a.definition.name < b.definition.name ? -1 : 1));
  }

  /**
   * The archived events whose `time` lies in [from, to], oldest first — what a replay of that window sends again.
   * Throws for an archive that does not exist.
   */
  eventsBetween(archiveName: string, from: Date, to: Date): readonly ArchivedEvent[] {
    const archive = this.find(archiveName);
    if (archive === undefined) throw new Error(`Archive ${archiveName} does not exist.`);
    return archive.eventsBetween(from, to, this.now());
  }

  /** The clock archives prune by, for callers reporting stats. */
  currentTime(): Date {
    return this.now();
  }
}

function archiveDefinition(resource: LocalResource, buses: EventBuses, createdAt: Date): ArchiveDefinition {
  const { properties, attributes } = resource;
  const sourceArn = properties.SourceArn;
  if (typeof sourceArn !== 'string') throw new Error('SourceArn must be the ARN of an event bus');
  if (buses.find(sourceArn) === undefined) throw new Error(`its source ${sourceArn} is not an event bus of the template`);
  const arn = attributes.Arn;
  if (typeof arn !== 'string') throw new Error('the loader gave it no Arn attribute');
  const rawPattern = properties.EventPattern;
  const eventPattern =
    rawPattern === undefined || rawPattern === null
      ? undefined
      : typeof rawPattern === 'string'
        ? rawPattern
        : JSON.stringify(rawPattern);
  const description = properties.Description;
  return {
    name: resource.physicalId,
    arn,
    sourceArn,
    retentionDays: retentionDays(properties.RetentionDays),
    createdAt,
    ...(eventPattern === undefined ? {} : { eventPattern, pattern: compileEventPattern(eventPattern) }),
    ...(typeof description === 'string' && description !== '' ? { description } : {}),
  };
}

function retentionDays(value: unknown): number {
  if (value === undefined || value === null) return 0;
  const days = typeof value === 'string' ? Number(value) : value;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0) {
    throw new Error(`RetentionDays must be a whole number of days, got ${JSON.stringify(value)}`);
  }
  return days;
}
