import { envFields, z } from '@dnevnik/config';
import { createLocalFileStore, type FileStore } from '@dnevnik/files';
import { curriculumHandlers, identityHandlers, readModelSchemas } from '@dnevnik/school-facts';
import {
  defineSubgraph,
  schemaBeside,
  type SubgraphEnv,
  type SubgraphSetup,
} from '@dnevnik/service-runtime';
import { buildMessagingContext, type MessagingOwnDeps } from './context.js';
import { messagingMigrations } from './migrations/index.js';
import { AnnouncementReadSchema, AnnouncementSchema } from './modules/announcements/index.js';
import {
  AbuseReportSchema,
  MessageReadSchema,
  MessageSchema,
  ThreadMemberSchema,
  ThreadSchema,
} from './modules/conversations/index.js';
import {
  createDeliveryWorker,
  httpSmsChannel,
  smtpChannel,
  type Channel,
} from './modules/delivery/index.js';
import { EngagementEventSchema } from './modules/engagement/index.js';
import {
  attendanceHandlers,
  DeliverySchema,
  gradebookHandlers,
  homeworkHandlers,
  NotificationSchema,
  PreferenceSchema,
} from './modules/notifications/index.js';
import { roleHandlers, RmRoleSchema } from './modules/relations/index.js';
import { resolvers } from './resolvers.js';

/** Messaging's own variables, beside the common ones every subgraph reads. */
const messagingEnv = {
  /** Message attachments, content-addressed. */
  MESSAGING_FILES_DIR: z.string().default('.data/files/messaging'),
  /** smtp:// or smtps:// URL of the region's mail relay; unset: no e-mail channel. */
  MESSAGING_SMTP_URL: envFields.optionalUrl,
  MESSAGING_MAIL_FROM: z.string().default('Электронный дневник <noreply@dnevnik.local>'),
  /** HTTP endpoint of the SMS gateway; unset: no SMS channel. */
  MESSAGING_SMS_GATEWAY_URL: envFields.optionalUrl,
  MESSAGING_SMS_GATEWAY_TOKEN: z.string().optional(),
  /** How often due e-mail and SMS deliveries are sent. */
  MESSAGING_DELIVERY_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** The first retry's delay; each next one doubles, five attempts in all. */
  MESSAGING_RETRY_BASE_MS: z.coerce.number().int().min(10).default(60_000),
};

type OwnEnv = SubgraphEnv<typeof messagingEnv>;

/** What messaging's factory takes beyond the common options. */
export interface MessagingOptions {
  files?: FileStore;
  /** Replaces the channels built from the environment (the embedded stack logs instead). */
  channels?: Channel[];
}

/** The channels the region configured: e-mail over SMTP and SMS through an HTTP gateway. */
function channelsFrom(env: OwnEnv): Channel[] {
  const channels: Channel[] = [];
  if (env.MESSAGING_SMTP_URL)
    channels.push(smtpChannel(env.MESSAGING_SMTP_URL, env.MESSAGING_MAIL_FROM));
  if (env.MESSAGING_SMS_GATEWAY_URL)
    channels.push(httpSmsChannel(env.MESSAGING_SMS_GATEWAY_URL, env.MESSAGING_SMS_GATEWAY_TOKEN));
  return channels;
}

/**
 * Messaging: threads between families and the school, announcements, notifications of marks,
 * absences and homework with their e-mail and SMS deliveries, and parents' engagement (ADR 0010).
 * Nothing listens and nothing is sent until start().
 */
export const messaging = defineSubgraph({
  name: 'messaging',
  envPrefix: 'MESSAGING',
  defaultPort: 4005,
  env: messagingEnv,
  typeDefs: schemaBeside(import.meta.url),
  resolvers,
  entities: [
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
  ],
  migrations: messagingMigrations,
  // Message attachments arrive base64-encoded in the request: up to 10 × 5 MB.
  maxBodyBytes: 70 * 1024 * 1024,
  deps: ({
    env,
    options,
  }: SubgraphSetup<typeof messagingEnv, MessagingOptions>): MessagingOwnDeps => ({
    files: options.files ?? createLocalFileStore(env.MESSAGING_FILES_DIR),
    channels: options.channels ?? channelsFrom(env),
  }),
  consumers: (deps) => {
    const notify = { now: deps.now, channels: new Set(deps.channels.map((c) => c.name)) };
    return [
      // Read models need every fact since the beginning of the topics.
      { name: 'curriculum', handlers: curriculumHandlers },
      { name: 'identity', handlers: [...identityHandlers, ...roleHandlers] },
      // Notifications are news: a messaging service joining for the first time (or a new
      // replica set after a reset) must not tell parents about years of past marks.
      { name: 'homework', handlers: homeworkHandlers(notify), fromBeginning: false },
      { name: 'gradebook', handlers: gradebookHandlers(notify), fromBeginning: false },
      { name: 'attendance', handlers: attendanceHandlers(notify), fromBeginning: false },
    ];
  },
  context: buildMessagingContext,
  workers: ({ env, logger, now, deps, runtime }) => ({
    deliveries: createDeliveryWorker({
      orm: runtime.database.orm,
      channels: deps.channels,
      logger,
      now,
      pollMs: env.MESSAGING_DELIVERY_POLL_MS,
      retryBaseMs: env.MESSAGING_RETRY_BASE_MS,
    }),
  }),
});

export type MessagingEnv = ReturnType<typeof messaging.loadEnv>;
/** The runtime, and the delivery worker (`deliveries.runOnce()` in tests and benchmarks). */
export type MessagingService = Awaited<ReturnType<typeof messaging.create>>;
export type MessagingServiceOptions = Parameters<typeof messaging.create>[0];
export const createMessagingService = messaging.create;
export const loadMessagingEnv = messaging.loadEnv;
export const messagingEntities = messaging.entities;
export const messagingTypeDefs = messaging.typeDefs;
