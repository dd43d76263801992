/**
 * The middle test tier (ADR 0010): one service built from its definition, against a fresh copy
 * of a migrated template database and the in-process bus, with no gateway and no other service.
 * Requests carry a viewer signed with a test gateway key, exactly as the gateway would sign it;
 * other services' facts arrive as their events on the bus, so the service's own consumers build
 * its read models the way they do in production.
 */
import { randomUUID } from 'node:crypto';
import { createViewerSigner, generateKeyPairPem, VIEWER_HEADER, type Viewer } from '@dnevnik/auth';
import { createTestDatabase, type TestDatabase } from '@dnevnik/database/testing';
import {
  buildEnvelope,
  createInProcessTransport,
  SYSTEM_ACTOR,
  type EventContract,
  type EventTransport,
} from '@dnevnik/events';
import { createLogger } from '@dnevnik/logging';
import type { Subgraph } from './define-subgraph.js';
import { actingPerson, migrateService } from './index.js';

export interface GraphQLAnswer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** A signed-in person for a request: their id and role grants. */
export const person = actingPerson;

export interface SubgraphUnderTest<S> {
  service: S;
  database: TestDatabase;
  transport: EventTransport;
  /** Sends an operation as `viewer` (anonymous when omitted). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<GraphQLAnswer<T>>;
  /** Like gql, but fails on any error and returns the data. */
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<T>;
  /** Publishes another service's event, then waits until every consumer has taken it in. */
  publish<T>(
    contract: EventContract<T>,
    event: { aggregateId: string; schoolId: string | null; data: T },
  ): Promise<void>;
  /** Publishes the service's own outbox and waits until the bus is drained. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any definition's subgraph
type AnySubgraph = Subgraph<any, any, any, any> & { definition: { envPrefix: string } };

export async function startSubgraphUnderTest<G extends AnySubgraph>(
  subgraph: G,
  options: {
    /** The service's own variables and overrides, as in the environment. */
    env?: Record<string, string>;
    now?: () => Date;
    /** Extra factory options (a file store, channels…). */
    create?: Record<string, unknown>;
  } = {},
): Promise<SubgraphUnderTest<Awaited<ReturnType<G['create']>>>> {
  const logger = createLogger({ source: subgraph.name, level: 'silent' });
  const database = await createTestDatabase(
    `mid_${subgraph.name}`,
    subgraph.migrations,
    async (url) => {
      await migrateService({
        url,
        entities: subgraph.entities,
        migrations: subgraph.migrations,
        logger,
      });
    },
  );
  const gatewayKeys = await generateKeyPairPem('EdDSA');
  const sign = await createViewerSigner(gatewayKeys.privateKeyPem);
  const transport = createInProcessTransport();
  const p = subgraph.definition.envPrefix;
  const env = subgraph.loadEnv({
    NODE_ENV: 'test',
    [`${p}_PORT`]: '0',
    [`${p}_DATABASE_URL`]: database.url,
    ...options.env,
  });
  const service = (await subgraph.create({
    env,
    logger,
    gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
    transport,
    outboxPollMs: 25,
    ...(options.now ? { now: options.now } : {}),
    ...options.create,
  })) as Awaited<ReturnType<G['create']>>;
  const server = await service.start();

  const gql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    viewer: Viewer = { kind: 'anonymous' },
  ): Promise<GraphQLAnswer<T>> => {
    const assertion = await sign({
      viewer,
      source: { ip: '127.0.0.1', userAgent: 'middle-tier-test' },
      requestId: randomUUID(),
    });
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VIEWER_HEADER]: assertion },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLAnswer<T>;
  };
  const drained = async () => {
    await transport.drained?.();
  };

  return {
    service,
    database,
    transport,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>, viewer?: Viewer) {
      const answer = await gql<T>(query, variables, viewer);
      if (answer.errors?.length || !answer.data)
        throw new Error(`operation failed: ${JSON.stringify(answer.errors)}`);
      return answer.data;
    },
    async publish(contract, event) {
      const envelope = buildEnvelope(contract, {
        ...event,
        context: { actor: SYSTEM_ACTOR, correlationId: randomUUID() },
      });
      await transport.publish(contract.topic, [
        { key: event.aggregateId, value: JSON.stringify(envelope) },
      ]);
      await drained();
    },
    async settle() {
      await service.flushOutbox();
      await drained();
    },
    async stop() {
      await service.stop();
      await database.drop();
    },
  };
}
