export * from './envelope.js';
export * from './transport.js';
export { createInProcessTransport } from './in-process-transport.js';
export { createKafkaTransport, type KafkaTransportOptions } from './kafka-transport.js';
export {
  OutboxMessage,
  OutboxMessageSchema,
  stageEvent,
  createOutboxRelay,
  type OutboxRelay,
  type OutboxRelayOptions,
} from './outbox.js';
export {
  ProcessedEvent,
  ProcessedEventSchema,
  createEventConsumer,
  on,
  type EventHandler,
  type EventConsumer,
  type EventConsumerOptions,
  type ConsumeOutcome,
} from './consumer.js';
export { eventMigrations } from './migrations.js';
export { createTransport, type TransportConfig } from './create-transport.js';
