import { kafkaConnection } from '@dnevnik/config';
import { createLocalFileStore, type FileStore } from '@dnevnik/files';
import { curriculumHandlers, identityHandlers, readModelSchemas } from '@dnevnik/school-facts';
import {
  createServiceRuntime,
  passThroughOptions,
  schemaBeside,
  type ServiceRuntime,
  type SubgraphServiceOptions,
} from '@dnevnik/service-runtime';
import { buildMessagingContext, type MessagingContext } from './context.js';
import type { MessagingEnv } from './env.js';
import { messagingMigrations } from './migrations/index.js';
import {
  AnnouncementReadSchema,
  AnnouncementSchema,
} from './modules/announcements/announcement.entities.js';
import {
  AbuseReportSchema,
  MessageReadSchema,
  MessageSchema,
  ThreadMemberSchema,
  ThreadSchema,
} from './modules/conversations/conversation.entities.js';
import { httpSmsChannel, smtpChannel, type Channel } from './modules/delivery/channels.js';
import { createDeliveryWorker, type DeliveryWorker } from './modules/delivery/delivery.worker.js';
import { EngagementEventSchema } from './modules/engagement/engagement.entities.js';
import {
  DeliverySchema,
  NotificationSchema,
  PreferenceSchema,
} from './modules/notifications/notification.entities.js';
import { notificationHandlers } from './modules/notifications/notify.js';
import { RmRoleSchema, roleHandlers } from './modules/relations/role.entities.js';
import { resolvers } from './resolvers.js';

export const messagingEntities = [
  ...readModelSchemas,
  RmRoleSchema,
  ThreadSchema,
  ThreadMemberSchema,
  MessageSchema,
  MessageReadSchema,
  AbuseReportSchema,
  AnnouncementSchema,
  AnnouncementReadSchema,
  NotificationSchema,
  DeliverySchema,
  PreferenceSchema,
  EngagementEventSchema,
];

export const messagingTypeDefs = schemaBeside(import.meta.url);

export interface MessagingServiceOptions extends SubgraphServiceOptions<MessagingEnv> {
  files?: FileStore;
  /** Replaces the channels built from the environment (the embedded stack logs instead). */
  channels?: Channel[];
}

export interface MessagingService extends ServiceRuntime {
  deliveries: DeliveryWorker;
}

/** The channels the region configured: e-mail over SMTP and SMS through an HTTP gateway. */
function channelsFrom(env: MessagingEnv): Channel[] {
  const channels: Channel[] = [];
  if (env.MESSAGING_SMTP_URL)
    channels.push(smtpChannel(env.MESSAGING_SMTP_URL, env.MESSAGING_MAIL_FROM));
  if (env.MESSAGING_SMS_GATEWAY_URL)
    channels.push(httpSmsChannel(env.MESSAGING_SMS_GATEWAY_URL, env.MESSAGING_SMS_GATEWAY_TOKEN));
  return channels;
}

/** Builds the messaging service; nothing listens and nothing is sent until start(). */
export async function createMessagingService(
  options: MessagingServiceOptions,
): Promise<MessagingService> {
  const { env, logger } = options;
  const now = options.now ?? (() => new Date());
  const files = options.files ?? createLocalFileStore(env.MESSAGING_FILES_DIR);
  const channels = options.channels ?? channelsFrom(env);
  const handlers = notificationHandlers({
    now,
    channels: new Set(channels.map((c) => c.name)),
  });
  const runtime = await createServiceRuntime<MessagingContext>({
    name: 'messaging',
    logger,
    production: env.NODE_ENV === 'production',
    http: { port: env.MESSAGING_PORT, host: env.MESSAGING_HOST },
    database: {
      url: env.MESSAGING_DATABASE_URL,
      embeddedDataDir: env.MESSAGING_EMBEDDED_DATA_DIR,
      entities: messagingEntities,
      migrations: messagingMigrations,
    },
    kafka: kafkaConnection(env),
    gatewayPublicKeyPem: options.gatewayPublicKeyPem ?? env.GATEWAY_PUBLIC_KEY,
    typeDefs: messagingTypeDefs,
    resolvers,
    // Message attachments arrive base64-encoded in the request: up to 10 × 5 MB.
    maxBodyBytes: 70 * 1024 * 1024,
    buildContext: (base, em, afterCommit) =>
      buildMessagingContext(base, em, { logger, afterCommit, now, files }),
    consumers: [
      // Read models need every fact since the beginning of the topics.
      { name: 'curriculum', handlers: curriculumHandlers },
      { name: 'identity', handlers: [...identityHandlers, ...roleHandlers] },
      // Notifications are news: a messaging service joining for the first time (or a new
      // replica set after a reset) must not tell parents about years of past marks.
      { name: 'homework', handlers: handlers.homework, fromBeginning: false },
      { name: 'gradebook', handlers: handlers.gradebook, fromBeginning: false },
      { name: 'attendance', handlers: handlers.attendance, fromBeginning: false },
    ],
    ...passThroughOptions(options),
  });
  const deliveries = createDeliveryWorker({
    orm: runtime.database.orm,
    channels,
    logger,
    now,
    pollMs: env.MESSAGING_DELIVERY_POLL_MS,
    retryBaseMs: env.MESSAGING_RETRY_BASE_MS,
  });
  return {
    ...runtime,
    deliveries,
    async start() {
      const server = await runtime.start();
      deliveries.start();
      return server;
    },
    async stop() {
      await deliveries.stop();
      await runtime.stop();
    },
  };
}
