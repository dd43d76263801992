export {
  createMessagingService,
  messagingEntities,
  messagingTypeDefs,
  type MessagingService,
  type MessagingServiceOptions,
} from './app.js';
export { loadMessagingEnv, type MessagingEnv } from './env.js';
export { messagingMigrations } from './migrations/index.js';
export type { Channel, OutgoingMessage } from './modules/delivery/channels.js';
export { MessagingEvents } from '@dnevnik/contracts';
