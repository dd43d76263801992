import type { Logger } from '@dnevnik/logging';
import { createInProcessTransport } from './in-process-transport.js';
import { createKafkaTransport, type KafkaTransportOptions } from './kafka-transport.js';
import type { EventTransport } from './transport.js';

export interface TransportConfig {
  /** Kafka bootstrap brokers; empty means the in-process bus (embedded mode). */
  brokers: string[];
  clientId: string;
  logger: Logger;
  ssl?: boolean;
  sasl?: KafkaTransportOptions['sasl'];
}

export function createTransport(config: TransportConfig): EventTransport {
  return config.brokers.length > 0
    ? createKafkaTransport({
        brokers: config.brokers,
        clientId: config.clientId,
        logger: config.logger,
        ...(config.ssl ? { ssl: true } : {}),
        ...(config.sasl ? { sasl: config.sasl } : {}),
      })
    : createInProcessTransport();
}
