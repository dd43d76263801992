import { randomBytes } from 'node:crypto';
import { parse, visit } from 'graphql';
import { appendFileSync, mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClientAssertionSigner, generateKeyPairPem } from '@dnevnik/auth';
import {
  createCurriculumService,
  curriculumEntities,
  curriculumMigrations,
  loadCurriculumEnv,
  type CurriculumService,
} from '@dnevnik/curriculum';
import { OutboxMessageSchema, ProcessedEventSchema } from '@dnevnik/events';
import {
  attendanceEntities,
  attendanceMigrations,
  createAttendanceService,
  loadAttendanceEnv,
  type AttendanceService,
} from '@dnevnik/attendance';
import {
  createGradebookService,
  gradebookEntities,
  gradebookMigrations,
  loadGradebookEnv,
  type GradebookService,
} from '@dnevnik/gradebook';
import type { AnyEntitySchema, MigrationEntry } from '@dnevnik/database';
import { createOrm } from '@dnevnik/database';
import { createTestDatabase, type TestDatabase } from '@dnevnik/database/testing';
import { createGateway, loadGatewayEnv, type Gateway } from '@dnevnik/gateway';
import {
  createIdentityService,
  identityEntities,
  identityMigrations,
  loadIdentityEnv,
  seedDemo,
  type IdentityService,
} from '@dnevnik/identity';
import { createLogger, fileDestination } from '@dnevnik/logging';
import {
  createMessagingService,
  loadMessagingEnv,
  messagingEntities,
  messagingMigrations,
  type MessagingService,
} from '@dnevnik/messaging';
import type { TypedDocumentString } from './generated/graphql.js';
import { op } from './generated/index.js';

export const KAFKA_BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';

/**
 * Every service of every e2e run logs at debug level into E2E_LOG_DIR, and every text a test
 * sends is listed beside it; after the run, scripts/src/check-e2e-logs.ts fails on any of
 * those texts or the demo people's names and СНИЛС in the logs (G5). TEST_LOG_LEVEL sends the
 * logs to the terminal instead.
 */
const LOG_DIR = process.env.E2E_LOG_DIR;
const RUN = `${process.pid}-${randomBytes(3).toString('hex')}`;
const logger = process.env.TEST_LOG_LEVEL
  ? createLogger({ source: 'e2e', level: process.env.TEST_LOG_LEVEL as 'info' })
  : LOG_DIR
    ? createLogger({
        source: 'e2e',
        level: 'debug',
        destination: fileDestination(join(LOG_DIR, `${RUN}.log.ndjson`)),
      })
    : createLogger({ source: 'e2e', level: 'silent' });

const NOT_TEXT =
  /^(?:[0-9a-f-]{36}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|[A-Z_]+|[a-z][a-z0-9_]*|[A-Za-z0-9+/=]{200,})$/;

/**
 * Strings a test sends that a person could have written: bodies, comments, topics, names, logins.
 * Ids, dates, enum values and code identifiers (`homework`, `answer`) are not.
 */
function sentTexts(value: unknown, out: Set<string>) {
  if (typeof value === 'string') {
    if (value.trim().length >= 6 && !NOT_TEXT.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) sentTexts(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) sentTexts(v, out);
  }
}

function recordSent(body: unknown) {
  if (!LOG_DIR) return;
  const texts = new Set<string>();
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown };
  sentTexts(variables, texts);
  // Texts written into the query itself: `sendMessage(body: "…")`.
  if (typeof query === 'string') {
    try {
      visit(parse(query), { StringValue: (node) => sentTexts(node.value, texts) });
    } catch {
      // A test that sends a broken query on purpose.
    }
  }
  if (texts.size === 0) return;
  mkdirSync(LOG_DIR, { recursive: true });
  appendFileSync(
    join(LOG_DIR, `${RUN}.sent.ndjson`),
    [...texts].map((t) => JSON.stringify(t)).join('\n') + '\n',
  );
}

export interface Stack {
  gatewayUrl: string;
  identityUrl: string;
  curriculumUrl: string;
  identity: IdentityService;
  curriculum: CurriculumService;
  curriculumDb: TestDatabase;
  gradebook: GradebookService;
  gradebookDb: TestDatabase;
  gradebookUrl: string;
  attendance: AttendanceService;
  attendanceDb: TestDatabase;
  attendanceUrl: string;
  /** Started only when asked for (startStack({ messaging })): it reads every topic's history. */
  messaging?: MessagingService;
  messagingDb?: TestDatabase;
  /** The services' clock (curriculum, gradebook, attendance); tests move it to check deadlines. */
  clock: { now: Date };
  gateway: Gateway;
  db: TestDatabase;
  gatewayKeys: { privateKeyPem: string; publicKeyPem: string };
  identitySigningKeyPem: string;
  /** Sends an operation of the suite through the gateway: its answer is typed by codegen. */
  gql<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables?: NoInfer<TVariables>,
    token?: string,
  ): Promise<GqlResponse<TResult>>;
  /**
   * Sends a query text as it is, for the texts codegen cannot type: broken on purpose, invalid
   * against the schema, or built at run time (aliases, depth, size). Its data is what the caller
   * says it is.
   */
  gqlRaw<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  login(login: string, password?: string): Promise<string>;
  /** A token of the archive for one school, got as the archive gets it (ADR 0012). */
  archiveToken(schoolId: string): Promise<string>;
  /** The archive's key, registered in identity: `createGraphClient` of the archive signs with it. */
  archiveKeyPem: string;
  stop(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/**
 * An operation of the suite: what `op(...)` from ./generated returns for a text written in a
 * spec. `npm run codegen:e2e` types its result and variables against the gateway's API schema
 * (schemas/api.graphql). A plain string is not one (the class has a private member), so an
 * untyped text cannot reach the typed helpers by mistake.
 */
export type Operation<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/** A request body of its own making: a query text and whatever else the test sends beside it. */
export interface RawBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/**
 * A typed operation and its variables as a plain request body, for a test that keeps bodies to
 * send later or sends them some other way; the variables are checked against the operation.
 */
export function requestBody<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
): RawBody {
  return {
    query: operation.toString(),
    ...(variables === undefined ? {} : { variables: variables as Record<string, unknown> }),
  };
}

export const DEMO_PASSWORD = 'demo-dnevnik-2026';

/** Sends a typed operation to `url`: a gateway of the test's own, or the stack's. */
export function postGraphQL<TResult, TVariables>(
  url: string,
  body: { query: Operation<TResult, TVariables>; variables?: NoInfer<TVariables> },
  headers?: Record<string, string>,
): Promise<GqlResponse<TResult>>;
/**
 * Sends a body as it is: to a subgraph (whose schema is not the gateway's), or with a query text
 * codegen cannot type. Its data is what the caller says it is.
 */
export function postGraphQL<T = unknown>(
  url: string,
  body: RawBody,
  headers?: Record<string, string>,
): Promise<GqlResponse<T>>;
export async function postGraphQL<T>(
  url: string,
  body: { query: string | Operation<unknown, unknown>; variables?: unknown },
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const sent = { ...body, query: body.query.toString() };
  recordSent(sent);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(sent),
  });
  const json = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...json };
}

async function freshDatabase(
  prefix: string,
  entities: AnyEntitySchema[],
  migrations: MigrationEntry[],
) {
  return createTestDatabase(prefix, migrations, async (url) => {
    const handle = await createOrm({
      url,
      entities: [...entities, OutboxMessageSchema, ProcessedEventSchema],
      migrations,
      logger,
    });
    await handle.migrate();
    await handle.close();
  });
}

/**
 * Identity, curriculum, gradebook and attendance, each on its own fresh database, talking
 * through the real Kafka, behind a real gateway: the graph as a client sees it.
 */
export interface StackOptions {
  now?: Date;
  /** Start messaging too, with these channels (a local SMTP server, a local SMS gateway). */
  messaging?: { smtpUrl?: string; smsGatewayUrl?: string };
  /** Extra gateway settings, e.g. a revocation feed behind a proxy the test controls. */
  gatewayEnv?: Record<string, string>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  // Each stack's databases are new: the events the broker kept from earlier stacks are not
  // theirs, so their consumers start at this moment's offsets instead of each topic's first.
  const consumersStartAt = new Date(Date.now() - 1000);
  const db = await freshDatabase('identity', identityEntities, identityMigrations);
  const curriculumDb = await freshDatabase('curriculum', curriculumEntities, curriculumMigrations);
  const gradebookDb = await freshDatabase('gradebook', gradebookEntities, gradebookMigrations);
  const attendanceDb = await freshDatabase('attendance', attendanceEntities, attendanceMigrations);
  const gatewayKeys = await generateKeyPairPem('EdDSA');
  const identitySigningKeyPem = (await generateKeyPairPem('ES256')).privateKeyPem;
  const archiveKeys = await generateKeyPairPem('ES256');
  const signArchiveAssertion = await createClientAssertionSigner({
    clientId: 'archive',
    privateKeyPem: archiveKeys.privateKeyPem,
  });
  const identity = await createIdentityService({
    env: loadIdentityEnv({
      NODE_ENV: 'test',
      IDENTITY_PORT: '0',
      IDENTITY_DATABASE_URL: db.url,
      KAFKA_BROKERS,
      IDENTITY_SIGNING_KEY: identitySigningKeyPem,
      IDENTITY_SERVICE_CLIENTS: JSON.stringify({ archive: archiveKeys.publicKeyPem }),
      // Cheap hashes keep the suite fast; the parameters travel with each hash.
      PASSWORD_SCRYPT_LOG_N: '12',
    }),
    logger,
    gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
    outboxPollMs: 100,
  });
  // The e2e suite builds its own classes (school-fixture.ts): the demo's logins are enough.
  await seedDemo(identity.database.orm, { passwordLogN: 12, logger, roster: false });
  const identityServer = await identity.start();
  const clock = { now: options.now ?? new Date() };
  const curriculum = await createCurriculumService({
    env: loadCurriculumEnv({
      NODE_ENV: 'test',
      CURRICULUM_PORT: '0',
      CURRICULUM_DATABASE_URL: curriculumDb.url,
      CURRICULUM_FILES_DIR: await mkdtemp(join(tmpdir(), 'curriculum-files-')),
      KAFKA_BROKERS,
    }),
    logger,
    gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
    now: () => clock.now,
    outboxPollMs: 100,
    // Each test file's curriculum must see every identity event, not share them with another.
    consumerGroupSuffix: `.${curriculumDb.name}`,
    consumersStartAt,
  });
  const curriculumServer = await curriculum.start();
  const gradebook = await createGradebookService({
    env: loadGradebookEnv({
      NODE_ENV: 'test',
      GRADEBOOK_PORT: '0',
      GRADEBOOK_DATABASE_URL: gradebookDb.url,
      KAFKA_BROKERS,
    }),
    logger,
    gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
    now: () => clock.now,
    outboxPollMs: 100,
    consumerGroupSuffix: `.${gradebookDb.name}`,
    consumersStartAt,
  });
  const gradebookServer = await gradebook.start();
  const attendance = await createAttendanceService({
    env: loadAttendanceEnv({
      NODE_ENV: 'test',
      ATTENDANCE_PORT: '0',
      ATTENDANCE_DATABASE_URL: attendanceDb.url,
      KAFKA_BROKERS,
    }),
    logger,
    gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
    now: () => clock.now,
    outboxPollMs: 100,
    consumerGroupSuffix: `.${attendanceDb.name}`,
    consumersStartAt,
  });
  const attendanceServer = await attendance.start();
  let messaging: MessagingService | undefined;
  let messagingDb: TestDatabase | undefined;
  let messagingUrl = '';
  if (options.messaging) {
    messagingDb = await freshDatabase('messaging', messagingEntities, messagingMigrations);
    messaging = await createMessagingService({
      env: loadMessagingEnv({
        NODE_ENV: 'test',
        MESSAGING_PORT: '0',
        MESSAGING_DATABASE_URL: messagingDb.url,
        MESSAGING_FILES_DIR: await mkdtemp(join(tmpdir(), 'messaging-files-')),
        MESSAGING_SMTP_URL: options.messaging.smtpUrl,
        MESSAGING_SMS_GATEWAY_URL: options.messaging.smsGatewayUrl,
        MESSAGING_DELIVERY_POLL_MS: '100',
        MESSAGING_RETRY_BASE_MS: '50',
        KAFKA_BROKERS,
      }),
      logger,
      gatewayPublicKeyPem: gatewayKeys.publicKeyPem,
      now: () => clock.now,
      outboxPollMs: 100,
      consumerGroupSuffix: `.${messagingDb.name}`,
      consumersStartAt,
    });
    messagingUrl = (await messaging.start()).url;
  }
  const gateway = await createGateway({
    env: loadGatewayEnv({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      SUBGRAPH_URLS: `identity=${identityServer.url},curriculum=${curriculumServer.url},gradebook=${gradebookServer.url},attendance=${attendanceServer.url}${messagingUrl ? `,messaging=${messagingUrl}` : ''}`,
      IDENTITY_JWKS_URL: identityServer.url.replace(/\/graphql$/, '/.well-known/jwks.json'),
      SUBGRAPH_TIMEOUT_MS: '5000',
      // Tests act from several client addresses (login throttling) through X-Forwarded-For.
      TRUST_PROXY: 'true',
      ...options.gatewayEnv,
    }),
    logger,
    signingKeyPem: gatewayKeys.privateKeyPem,
  });
  const gatewayServer = await gateway.start();
  let stopped = false;

  const stack: Stack = {
    gatewayUrl: gatewayServer.url,
    identityUrl: identityServer.url,
    curriculumUrl: curriculumServer.url,
    identity,
    curriculum,
    curriculumDb,
    gradebook,
    gradebookDb,
    gradebookUrl: gradebookServer.url,
    attendance,
    attendanceDb,
    attendanceUrl: attendanceServer.url,
    ...(messaging ? { messaging, messagingDb } : {}),
    clock,
    gateway,
    db,
    gatewayKeys,
    identitySigningKeyPem,
    gql: (operation, variables, token) =>
      postGraphQL(
        gatewayServer.url,
        { query: operation, variables },
        token ? { authorization: `Bearer ${token}` } : {},
      ),
    gqlRaw: (query, variables, token) =>
      postGraphQL(
        gatewayServer.url,
        { query, variables },
        token ? { authorization: `Bearer ${token}` } : {},
      ),
    async login(login, password = DEMO_PASSWORD) {
      const res = await stack.gql(
        op(`mutation HarnessLogin($i: LoginInput!) { login(input: $i) { accessToken } }`),
        { i: { login, password } },
      );
      if (!res.data?.login) throw new Error(`login ${login} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.accessToken;
    },
    archiveKeyPem: archiveKeys.privateKeyPem,
    async archiveToken(schoolId) {
      const res = await stack.gql(
        op(
          `mutation HarnessArchiveToken($a: String!, $s: ID!) { issueServiceToken(clientAssertion: $a, schoolId: $s) { accessToken } }`,
        ),
        { a: await signArchiveAssertion(), s: schoolId },
      );
      if (!res.data?.issueServiceToken)
        throw new Error(`archive token refused: ${JSON.stringify(res.errors)}`);
      return res.data.issueServiceToken.accessToken;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await gateway.stop();
      await messaging?.stop();
      await attendance.stop();
      await gradebook.stop();
      await curriculum.stop();
      await identity.stop();
      await Promise.all([
        db.drop(),
        curriculumDb.drop(),
        gradebookDb.drop(),
        attendanceDb.drop(),
        messagingDb?.drop(),
      ]);
    },
  };
  return stack;
}

/** Demo ids (services/identity/src/seed/demo.ts). */
export const IDS = {
  school: '01930000-0000-7000-8000-000000000010',
  class7a: '01930000-0000-7000-8000-000000000107',
  petya: '01930000-0000-7000-8000-000000002001',
  anya: '01930000-0000-7000-8000-000000002002',
  ivanovParent: '01930000-0000-7000-8000-000000003001',
  smirnovaParent: '01930000-0000-7000-8000-000000003002',
};
