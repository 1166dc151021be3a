import { Duration, Stack } from 'aws-cdk-lib';
import { Archive, EventBus } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';
import type { StageConfig } from './stage-config';

/** The custom bus every domain publishes on, with an archive of every event for operator replays. */
export class EcommerceEventBus extends Construct {
  readonly bus: EventBus;
  readonly archive: Archive;

  constructor(scope: Construct, id: string, config: StageConfig) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', { eventBusName: `ecommerce-${config.stage}` });
    this.archive = new Archive(this, 'Archive', {
      sourceEventBus: this.bus,
      archiveName: `ecommerce-${config.stage}-all-events`,
      description: 'Every event published on the ecommerce bus, for replays',
      // An archive needs a pattern; every event carries the publishing account, so this one matches all of them.
      eventPattern: { account: [Stack.of(this).account] },
      retention: config.archiveRetentionDays === 0 ? undefined : Duration.days(config.archiveRetentionDays),
    });
  }
}
