import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { DocumentNode } from 'graphql';
import { createViewerVerifier } from '@dnevnik/auth';
import {
  insideTransaction,
  migrateDatabase,
  openDatabase,
  SecondConnectionInTransactionError,
  type AnyEntitySchema,
  type Database,
  type MigrationEntry,
} from '@dnevnik/database';
import {
  createEventConsumer,
  createOutboxRelay,
  createTransport,
  OutboxMessageSchema,
  ProcessedEventSchema,
  stageEvent,
  SYSTEM_ACTOR,
  type EventContract,
  type EventHandler,
  type EventTransport,
  type TransportConfig,
} from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import {
  createSubgraphServer,
  type BaseRequestContext,
  type RouteHandler,
  type RunningHttpServer,
} from '@dnevnik/server-kit';

/** What every subgraph's factory takes; tests and the embedded stack set the optional parts. */
export interface SubgraphServiceOptions<Env> {
  env: Env;
  logger: Logger;
  /** Overrides the env's GATEWAY_PUBLIC_KEY. */
  gatewayPublicKeyPem?: string;
  /** A shared bus (the embedded stack); otherwise Kafka from the env. */
  transport?: EventTransport;
  /** The clock deadlines are measured against; tests set it. */
  now?: () => Date;
  outboxPollMs?: number;
  consumerGroupSuffix?: string;
  /** Consumers skip events published before this (see SubscribeOptions.startAt); tests set it. */
  consumersStartAt?: Date;
}

/** The parts of a factory's options that pass straight to createServiceRuntime. */
export function passThroughOptions(
  options: SubgraphServiceOptions<unknown>,
): Pick<
  ServiceRuntimeOptions<BaseRequestContext>,
  'transport' | 'outboxPollMs' | 'consumerGroupSuffix' | 'consumersStartAt'
> {
  return {
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.outboxPollMs ? { outboxPollMs: options.outboxPollMs } : {}),
    ...(options.consumerGroupSuffix ? { consumerGroupSuffix: options.consumerGroupSuffix } : {}),
    ...(options.consumersStartAt ? { consumersStartAt: options.consumersStartAt } : {}),
  };
}

export interface ServiceRuntimeOptions<TContext extends BaseRequestContext> {
  name: string;
  logger: Logger;
  production: boolean;
  http: { port: number; host: string };
  database: {
    url?: string | undefined;
    embeddedDataDir?: string | undefined;
    entities: AnyEntitySchema[];
    migrations: MigrationEntry[];
    /** False: only check that migrations were applied by the separate migrate step. */
    migrateOnStart?: boolean;
  };
  /** A shared bus for the embedded stack; otherwise built from the Kafka settings. */
  transport?: EventTransport;
  kafka: Omit<TransportConfig, 'clientId' | 'logger'>;
  gatewayPublicKeyPem: string | undefined;
  typeDefs: DocumentNode;
  resolvers: object;
  /** Per-request context; `afterCommit` wakes the outbox relay after a write. */
  buildContext: (base: BaseRequestContext, em: EntityManager, afterCommit: () => void) => TContext;
  /** Events this service consumes from others, applied idempotently. */
  consumers?: { name: string; handlers: EventHandler[]; fromBeginning?: boolean }[];
  routes?: Record<string, RouteHandler>;
  outboxPollMs?: number;
  /** Largest request body; services that take attachments raise it. */
  maxBodyBytes?: number;
  /** Appended to consumer group names: lets several instances in one test run each get every event. */
  consumerGroupSuffix?: string;
  /** See SubscribeOptions.startAt. */
  consumersStartAt?: Date;
}

export interface ServiceRuntime {
  database: Database;
  transport: EventTransport;
  start(): Promise<RunningHttpServer>;
  stop(): Promise<void>;
  /** Publishes pending outbox rows now (tests and seeding). */
  flushOutbox(): Promise<number>;
  /** Wakes the outbox relay after a commit made outside GraphQL (plain HTTP routes). */
  nudgeOutbox(): void;
}

/**
 * The one way every subgraph is assembled: its database (migrated), the outbox relay, the
 * consumers of other services' events, and the HTTP server that accepts only the gateway.
 */
export async function createServiceRuntime<TContext extends BaseRequestContext>(
  options: ServiceRuntimeOptions<TContext>,
): Promise<ServiceRuntime> {
  const { logger } = options;
  if (!options.gatewayPublicKeyPem) {
    throw new Error('GATEWAY_PUBLIC_KEY is required: subgraphs accept only the gateway identity');
  }
  const verifyViewer = await createViewerVerifier(options.gatewayPublicKeyPem);
  const database = await openDatabase({
    url: options.database.url,
    embeddedDataDir: options.database.embeddedDataDir,
    entities: [...options.database.entities, OutboxMessageSchema, ProcessedEventSchema],
    migrations: options.database.migrations,
    migrationsMode: options.database.migrateOnStart === false ? 'verify' : 'apply',
    logger,
  });
  const transport =
    options.transport ?? createTransport({ ...options.kafka, clientId: options.name, logger });
  const relay = createOutboxRelay({
    orm: database.orm,
    transport,
    logger,
    pollIntervalMs: options.outboxPollMs ?? 250,
  });
  const consumers = (options.consumers ?? []).map((c) =>
    createEventConsumer({
      name: `${options.name}.${c.name}${options.consumerGroupSuffix ?? ''}`,
      orm: database.orm,
      transport,
      logger,
      handlers: c.handlers,
      ...(c.fromBeginning === false ? { fromBeginning: false } : {}),
      ...(options.consumersStartAt ? { startAt: options.consumersStartAt } : {}),
    }),
  );
  const afterCommit = () => relay.nudge();

  const server = createSubgraphServer<TContext>({
    name: options.name,
    typeDefs: options.typeDefs,
    resolvers: options.resolvers,
    logger,
    production: options.production,
    verifyViewer,
    // `useContext`: inside inTransaction the request's EntityManager, and every loader built
    // on it, resolves to the transaction's, so a query there never asks for a second connection.
    buildContext: (base) =>
      options.buildContext(base, database.orm.em.fork({ useContext: true }), afterCommit),
    readiness: async () => ({ database: await database.orm.isConnected() }),
    ...(options.routes ? { routes: options.routes } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });

  let running: RunningHttpServer | null = null;
  return {
    database,
    transport,
    flushOutbox: () => relay.flush(),
    nudgeOutbox: afterCommit,
    async start() {
      relay.start();
      for (const consumer of consumers) await consumer.start();
      running = await server.start(options.http.port, options.http.host);
      return running;
    },
    async stop() {
      await running?.stop();
      for (const consumer of consumers) await consumer.stop();
      await relay.stop();
      if (!options.transport) await transport.close();
      await database.close();
    },
  };
}

/**
 * The migrate-and-exit step of a service: its migrations and the platform's, applied as the
 * schema's owner, so the service itself can run as a role without DDL rights.
 */
export function migrateService(options: {
  url: string;
  entities: AnyEntitySchema[];
  migrations: MigrationEntry[];
  logger: Logger;
}): Promise<string[]> {
  return migrateDatabase({
    ...options,
    entities: [...options.entities, OutboxMessageSchema, ProcessedEventSchema],
  });
}

/**
 * Runs a change, with its audit entries and outbox events, in one transaction of a fresh fork,
 * then wakes the outbox relay so the events leave without waiting for its next poll.
 */
export async function inTransaction<T>(
  ctx: { em: EntityManager; deps: { afterCommit(): void } },
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  // A second transaction from inside one would need a second connection (see the guard in
  // @dnevnik/database): nest the work in the open one's callback instead.
  if (insideTransaction(ctx.em)) throw new SecondConnectionInTransactionError();
  const result = await ctx.em.fork().transactional(work);
  ctx.deps.afterCommit();
  return result;
}

/**
 * Publishes what the service itself produced outside any request (the signed checkpoints of its
 * chains), one event per item keyed by its chain, in one transaction, then wakes the relay.
 */
export function publishChainCheckpoints<T extends { chain: string }>(
  orm: MikroORM,
  contract: EventContract<T>,
  nudge: () => void,
) {
  return async (items: T[]) => {
    const correlationId = randomUUID();
    await orm.em.fork().transactional(async (tx) => {
      for (const data of items)
        stageEvent(tx, contract, {
          aggregateId: data.chain,
          schoolId: null,
          data,
          context: { actor: SYSTEM_ACTOR, correlationId },
        });
    });
    nudge();
  };
}

export * from './define-subgraph.js';
export { runSubgraph } from './run-subgraph.js';
export { eventContext } from './event-context.js';
export { schemaBeside, subgraphSdl, subgraphSdlFiles } from './schema-files.js';
export { mergeResolvers } from './merge-resolvers.js';
