export {
  createMessagingService,
  loadMessagingEnv,
  messaging,
  messagingEntities,
  messagingTypeDefs,
  type MessagingEnv,
  type MessagingOptions,
  type MessagingService,
  type MessagingServiceOptions,
} from './subgraph.js';
export { messagingMigrations } from './migrations/index.js';
export type { Channel, OutgoingMessage } from './modules/delivery/index.js';
export { MessagingEvents } from '@dnevnik/contracts';
