import * as dynamodb from '@aws-sdk/client-dynamodb';
import * as eventbridge from '@aws-sdk/client-eventbridge';
import * as kinesis from '@aws-sdk/client-kinesis';
import * as sfn from '@aws-sdk/client-sfn';
import * as sqs from '@aws-sdk/client-sqs';
import type { SdkClientConfig, SdkService } from './integration-ports';

/** The slice of an SDK v3 client the integrations use; every generated client has this shape. */
export interface SdkClient {
  send(command: object, options: { abortSignal: AbortSignal }): Promise<object>;
  destroy(): void;
}

export type SdkCommandClass = new (input: object) => object;

interface SdkServiceModule {
  readonly createClient: (config: SdkClientConfig) => SdkClient;
  readonly exports: Readonly<Record<string, unknown>>;
}

// The generated clients differ only in their command types; the integrations build commands by name, so they are
// handled through the structural SdkClient.
const MODULES: Readonly<Record<SdkService, SdkServiceModule>> = {
  dynamodb: {
    createClient: (config) => new dynamodb.DynamoDBClient(config),
    exports: dynamodb,
  },
  sqs: {
    createClient: (config) => new sqs.SQSClient(config),
    exports: sqs,
  },
  eventbridge: {
    createClient: (config) => new eventbridge.EventBridgeClient(config),
    exports: eventbridge,
  },
  sfn: {
    createClient: (config) => new sfn.SFNClient(config),
    exports: sfn,
  },
  kinesis: {
    createClient: (config) => new kinesis.KinesisClient(config),
    exports: kinesis,
  },
};

export function isSdkService(name: string): name is SdkService {
  return Object.hasOwn(MODULES, name);
}

/** `GetItem` → the SDK's `GetItemCommand` class, or undefined when the service has no such operation. */
export function commandClass(service: SdkService, operation: string): SdkCommandClass | undefined {
  const name = `${operation}Command`;
  if (!/^[A-Z][A-Za-z0-9]*Command$/.test(name)) return undefined;
  const found = MODULES[service].exports[name];
  return typeof found === 'function' ? (found as SdkCommandClass) : undefined;
}

/** One client per service, created on first use from the port's configuration. */
export class SdkClients {
  private readonly clients = new Map<SdkService, SdkClient>();

  constructor(private readonly configFor: (service: SdkService) => SdkClientConfig) {}

  /** Sends `operation` (PascalCase, e.g. `PutItem`) with the SDK's own input shape; resolves with its output. */
  async send(service: SdkService, operation: string, input: object, signal: AbortSignal): Promise<object> {
    const Command = commandClass(service, operation);
    if (Command === undefined) throw new Error(`The ${service} SDK has no operation ${operation}`);
    return this.client(service).send(new Command(input), { abortSignal: signal });
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private client(service: SdkService): SdkClient {
    let client = this.clients.get(service);
    if (client === undefined) {
      client = MODULES[service].createClient(this.configFor(service));
      this.clients.set(service, client);
    }
    return client;
  }
}
