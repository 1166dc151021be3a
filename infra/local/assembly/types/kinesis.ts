import { arn } from '../environment';
import type { EmulatedResourceType } from './descriptor';
import { TAGS } from './descriptor';
import { nameOrGenerated } from './properties';

/** Kinesis data streams (kinesalite behind the edge). */
const STREAM_NAME_LIMIT = 128;

export const kinesisTypes: readonly EmulatedResourceType[] = [
  {
    type: 'AWS::Kinesis::Stream',
    support: 'emulated',
    properties: ['Name', 'ShardCount', 'StreamModeDetails', 'RetentionPeriodHours'],
    inertProperties: [...TAGS, 'StreamEncryption', 'DesiredShardLevelMetrics'],
    identify: (context) => {
      const name = nameOrGenerated(context, 'Name', STREAM_NAME_LIMIT);
      return { ref: name, attributes: { Arn: arn(context.env, 'kinesis', `stream/${name}`) } };
    },
  },
];
