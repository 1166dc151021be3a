import { createConfig, differingAttribute, updateConfig, type QueueConfig } from './queue-config';
import { Queue, type QueueContext } from './queue';
import type { SqsClock } from './sqs-clock';
import { sqsErrors } from './sqs-errors';

/** The account the queues live in, and where their URLs point (the edge). */
export interface QueueLocation {
  readonly accountId: string;
  readonly region: string;
  readonly partition: string;
  /** e.g. `http://127.0.0.1:4566`: a queue's URL is `<edgeUrl>/<account>/<name>`. */
  readonly edgeUrl: string;
}

const RECREATE_AFTER_DELETE_SECONDS = 60;

/**
 * The queues of the local account: the template's, plus those CreateQueue adds at runtime. Looks them up the ways the
 * API addresses them (URL, or just its `/<account>/<name>` path; ARN in redrive policies) and owns the rules that
 * involve two queues: a redrive target must exist and be of the same type.
 */
export class QueueRegistry {
  private readonly queues = new Map<string, Queue>();
  private readonly deletedAt = new Map<string, number>();
  private readonly context: QueueContext;

  constructor(
    readonly location: QueueLocation,
    private readonly clock: SqsClock,
    newId: () => string,
  ) {
    this.context = { clock, newId, findQueue: (arn) => this.byArn(arn) };
  }

  /**
   * CreateQueue: a new queue, or the existing one when every given attribute matches it (AWS's idempotent create).
   * `url` overrides the edge URL (template queues keep the URL their Ref resolved to).
   */
  create(name: string, attributes: Readonly<Record<string, string>>, url?: string): Queue {
    const existing = this.queues.get(name);
    if (existing !== undefined) {
      const differing = differingAttribute(existing.config, attributes);
      if (differing !== undefined) throw sqsErrors.queueNameExists(differing);
      return existing;
    }
    const deletedAt = this.deletedAt.get(name);
    if (deletedAt !== undefined && this.clock.now() - deletedAt < this.clock.ms(RECREATE_AFTER_DELETE_SECONDS)) {
      throw sqsErrors.queueDeletedRecently();
    }
    const config = createConfig(name, attributes);
    this.checkRedriveTarget(config, attributes.RedrivePolicy);
    const { accountId, region, partition, edgeUrl } = this.location;
    const queue = new Queue(
      {
        name,
        arn: `arn:${partition}:sqs:${region}:${accountId}:${name}`,
        url: url ?? `${edgeUrl}/${accountId}/${name}`,
        accountId,
        region,
      },
      config,
      this.context,
    );
    this.queues.set(name, queue);
    return queue;
  }

  setAttributes(queue: Queue, attributes: Readonly<Record<string, string>>): void {
    const config = updateConfig(queue.config, attributes);
    this.checkRedriveTarget(config, attributes.RedrivePolicy);
    queue.reconfigure(config);
  }

  delete(queue: Queue): void {
    this.queues.delete(queue.identity.name);
    this.deletedAt.set(queue.identity.name, this.clock.now());
    queue.markDeleted();
  }

  /** By QueueUrl as the API receives it: any host, the path `/<account>/<name>`; QueueDoesNotExist otherwise. */
  byUrl(queueUrl: string): Queue {
    const path = queueUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    const match = /^\/([^/]+)\/([^/]+)\/?$/.exec(path);
    const queue = match === null ? undefined : this.queues.get(decodeURIComponent(match[2] ?? ''));
    if (queue === undefined || match?.[1] !== this.location.accountId) throw sqsErrors.queueDoesNotExist();
    return queue;
  }

  byName(name: string): Queue | undefined {
    return this.queues.get(name);
  }

  byArn(arn: string): Queue | undefined {
    const name = arn.split(':').at(-1) ?? '';
    const queue = this.queues.get(name);
    return queue?.identity.arn === arn ? queue : undefined;
  }

  /** In name order, as ListQueues pages through them. */
  list(namePrefix = ''): readonly Queue[] {
    return [...this.queues.values()]
      .filter((queue) => queue.identity.name.startsWith(namePrefix))
      .sort((a, b) => (a.identity.name < b.identity.name ? -1 : a.identity.name > b.identity.name ? 1 : 0));
  }

  /** The queues whose redrive policy targets this one (ListDeadLetterSourceQueues). */
  deadLetterSourcesOf(queue: Queue): readonly Queue[] {
    return this.list().filter((source) => source.config.redrivePolicy?.deadLetterTargetArn === queue.identity.arn);
  }

  private checkRedriveTarget(config: QueueConfig, given: string | undefined): void {
    const policy = config.redrivePolicy;
    if (policy === undefined || given === undefined) return;
    const target = this.byArn(policy.deadLetterTargetArn);
    if (target === undefined)
      throw sqsErrors.invalidParameter('RedrivePolicy', given, 'Dead letter target does not exist.');
    if (target.config.fifo !== config.fifo) {
      throw sqsErrors.invalidParameter(
        'RedrivePolicy',
        given,
        'Dead-letter queue must be same type of queue as the source.',
      );
    }
  }
}
