import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentNode } from 'graphql';
import {
  openChainWitness,
  withCheckpointer,
  type ChainTable,
  type ChainWitness,
  type Checkpointer,
} from '@dnevnik/audit';
import { envFields, kafkaConnection, kafkaEnv, parseEnv, z } from '@dnevnik/config';
import type { PersonViewer, RoleGrant, ServiceViewer, Viewer } from '@dnevnik/auth';
import type { AnyEntitySchema, MigrationEntry } from '@dnevnik/database';
import type { EventContract, EventHandler } from '@dnevnik/events';
import type { Logger } from '@dnevnik/logging';
import type { BaseRequestContext, RouteHandler } from '@dnevnik/server-kit';
import {
  createServiceRuntime,
  passThroughOptions,
  publishChainCheckpoints,
  type ServiceRuntime,
  type SubgraphServiceOptions,
} from './index.js';

/**
 * A subgraph as data: its name, variables, schema, entities, migrations, consumers, context and
 * the extras a few services have (routes, workers, chain checkpoints). Everything that used to
 * be copied per service — the prefixed env schema, `main.ts` with `serve` and `migrate`, the
 * runtime wiring — follows from it (ADR 0010).
 */

// A type, not an interface: only an object type is assignable to the index signature of
// `SubgraphEnv<any>`, which `runSubgraph` takes, so a definition with its own variables fits.
/** The variables every subgraph reads, parsed; the service's own ones sit beside, as named. */
export type CommonEnv = {
  nodeEnv: 'development' | 'test' | 'production';
  production: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  port: number;
  host: string;
  /** Unset: embedded PGlite. */
  databaseUrl: string | undefined;
  embeddedDataDir: string | undefined;
  /** false: the service runs as a role without DDL rights and only checks the migrations. */
  migrateOnStart: boolean;
  /** The schema owner's URL for `main.js migrate`; databaseUrl when unset. */
  migrationDatabaseUrl: string | undefined;
  /** SPKI PEM of the gateway's Ed25519 key: the only identity a subgraph accepts. */
  gatewayPublicKey: string | undefined;
  kafka: ReturnType<typeof kafkaConnection>;
  /** Signed checkpoints of the service's chains (ADR 0009); only for services with chains. */
  checkpoint: { key: string | undefined; dir: string | undefined; intervalSeconds: number };
};

export type SubgraphEnv<Own extends z.ZodRawShape> = CommonEnv & z.infer<z.ZodObject<Own>>;

/** What the service's own parts are built from, once, at start-up. */
export interface SubgraphSetup<Own extends z.ZodRawShape, Options> {
  env: SubgraphEnv<Own>;
  logger: Logger;
  now: () => Date;
  /** The factory's options beyond the common ones (a file store, channels…). */
  options: Options;
}

/** What every service's request context gets in `deps`, beside its own. */
export interface RuntimeDeps {
  logger: Logger;
  /** The clock deadlines are measured against; tests set it. */
  now: () => Date;
  /** Wakes the outbox relay after a commit. */
  afterCommit: () => void;
}

export interface ChainWitnessDeps {
  /** Signed checkpoints of the service's chains, kept outside the database (ADR 0009). */
  witness: ChainWitness;
}

/** Background work beside the server (the delivery worker): started after it, stopped before. */
export interface Worker {
  start(): void;
  stop(): Promise<void>;
}

/** The chains whose heads are checkpointed, and the event that publishes each checkpoint. */
export interface CheckpointSpec {
  sources: readonly ChainTable[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any contract whose data has a chain
  event: EventContract<any>;
}

export interface ConsumerSpec {
  name: string;
  handlers: EventHandler[];
  /** false: a group that joins for the first time starts at the end (notifications are news). */
  fromBeginning?: boolean;
}

export interface SubgraphDefinition<
  Own extends z.ZodRawShape,
  Deps extends object,
  Ctx extends BaseRequestContext,
  Options extends object,
  Workers extends Record<string, Worker>,
  C extends CheckpointSpec | undefined,
> {
  name: string;
  /** IDENTITY, GRADEBOOK…: the prefix of the service's variables. */
  envPrefix: string;
  defaultPort: number;
  /** The service's own variables, by their full names. */
  env?: Own;
  /** Own variables that production must set. */
  requiredInProduction?: readonly (keyof Own & string)[];
  /** Checks across variables; `issue` reports a problem without stopping the others. */
  checkEnv?: (env: SubgraphEnv<Own>, issue: (variable: string, message: string) => void) => void;
  /** A service with hash chains checkpoints their heads (ADR 0009). */
  checkpoints?: C;
  typeDefs: DocumentNode;
  resolvers: object;
  entities: AnyEntitySchema[];
  migrations: MigrationEntry[];
  consumers?: (deps: Deps & RuntimeDeps) => ConsumerSpec[];
  /** Largest request body; services that take attachments raise it. */
  maxBodyBytes?: number;
  /** The service's own dependencies, built once. */
  deps?: (setup: SubgraphSetup<Own, Options>) => Deps | Promise<Deps>;
  context: (
    base: BaseRequestContext,
    em: EntityManager,
    deps: Deps & RuntimeDeps & (C extends CheckpointSpec ? ChainWitnessDeps : Record<never, never>),
  ) => Ctx;
  /** Plain HTTP routes; `runtime()` is there once the runtime is built (at request time). */
  routes?: (
    setup: SubgraphSetup<Own, Options> & { deps: Deps; runtime: () => ServiceRuntime },
  ) => Record<string, RouteHandler>;
  workers?: (
    setup: SubgraphSetup<Own, Options> & { deps: Deps; runtime: ServiceRuntime },
  ) => Workers;
  /** Runs in `main.js` (not in tests) after the service is built and before it listens. */
  beforeServe?: (service: ServiceRuntime, env: SubgraphEnv<Own>, logger: Logger) => Promise<void>;
}

/**
 * The service's request context for a person, outside HTTP: how the demo seed and test factories
 * call the real use cases, with their access checks, audit and events (ADR 0010). `now` sets the
 * clock the use cases see (a seed records a lesson on the day it was held).
 */
export type ActAs<Ctx> = (viewer: Viewer, options?: { now?: () => Date }) => Ctx;

/** A person for `actAs`: their id and role grants, signed in the way the demo's staff are. */
export function actingPerson(
  personId: string,
  roles: (Partial<RoleGrant> & Pick<RoleGrant, 'role'>)[],
): PersonViewer {
  return {
    kind: 'person',
    personId,
    sessionId: randomUUID(),
    authMethod: 'password',
    roles: roles.map((r) => ({ regionId: null, schoolId: null, classId: null, ...r })),
  };
}

/**
 * A service for `actAs` and the tests: its client id and grants, as identity writes them into a
 * service token (ADR 0012).
 */
export function actingService(
  serviceId: string,
  roles: (Partial<RoleGrant> & Pick<RoleGrant, 'role'>)[],
): ServiceViewer {
  return {
    kind: 'service',
    serviceId,
    sessionId: randomUUID(),
    roles: roles.map((r) => ({ regionId: null, schoolId: null, classId: null, ...r })),
  };
}

export type SubgraphService<
  Workers extends Record<string, Worker>,
  C extends CheckpointSpec | undefined,
  Ctx extends BaseRequestContext = BaseRequestContext,
> = ServiceRuntime &
  Workers & { actAs: ActAs<Ctx> } & (C extends CheckpointSpec
    ? { checkpoints: Checkpointer; witness: ChainWitness }
    : Record<never, never>);

export type CreateOptions<Own extends z.ZodRawShape, Options> = SubgraphServiceOptions<
  SubgraphEnv<Own>
> &
  Options;

/** A definition made usable: its env loader, its factory and its `main`. */
export interface Subgraph<
  Own extends z.ZodRawShape,
  Options extends object,
  Workers extends Record<string, Worker>,
  C extends CheckpointSpec | undefined,
  Ctx extends BaseRequestContext = BaseRequestContext,
> {
  name: string;
  entities: AnyEntitySchema[];
  migrations: MigrationEntry[];
  typeDefs: DocumentNode;
  loadEnv(env?: Record<string, string | undefined>): SubgraphEnv<Own>;
  create(options: CreateOptions<Own, Options>): Promise<SubgraphService<Workers, C, Ctx>>;
}

/** The env schema of a definition: common variables under its prefix, then its own. */
function envSchema<Own extends z.ZodRawShape>(
  def: Pick<
    SubgraphDefinition<
      Own,
      object,
      BaseRequestContext,
      object,
      Record<string, Worker>,
      CheckpointSpec | undefined
    >,
    'envPrefix' | 'defaultPort' | 'env' | 'requiredInProduction' | 'checkEnv' | 'checkpoints'
  >,
) {
  const p = def.envPrefix;
  const common = {
    NODE_ENV: envFields.nodeEnv,
    LOG_LEVEL: envFields.logLevel,
    [`${p}_PORT`]: envFields.port(def.defaultPort),
    [`${p}_HOST`]: z.string().default('127.0.0.1'),
    [`${p}_DATABASE_URL`]: envFields.optionalUrl,
    [`${p}_EMBEDDED_DATA_DIR`]: z.string().optional(),
    [`${p}_MIGRATE_ON_START`]: envFields.flag(true),
    [`${p}_MIGRATION_DATABASE_URL`]: envFields.optionalUrl,
    [`${p}_CHECKPOINT_KEY`]: z.string().optional(),
    [`${p}_CHECKPOINT_DIR`]: z.string().optional(),
    [`${p}_CHECKPOINT_INTERVAL_SECONDS`]: z.coerce.number().int().positive().default(300),
    GATEWAY_PUBLIC_KEY: z.string().optional(),
    ...kafkaEnv,
  };
  const own = def.env ?? ({} as Own);
  const requiredInProduction = [
    'GATEWAY_PUBLIC_KEY',
    `${p}_DATABASE_URL`,
    ...(def.checkpoints ? [`${p}_CHECKPOINT_KEY`, `${p}_CHECKPOINT_DIR`] : []),
    ...(def.requiredInProduction ?? []),
  ];
  return z.object({ ...common, ...own }).transform((raw, ctx): SubgraphEnv<Own> => {
    const r = raw as Record<string, unknown>;
    const env = {
      ...Object.fromEntries(Object.keys(own).map((k) => [k, r[k]])),
      nodeEnv: r.NODE_ENV,
      production: r.NODE_ENV === 'production',
      logLevel: r.LOG_LEVEL,
      port: r[`${p}_PORT`],
      host: r[`${p}_HOST`],
      databaseUrl: r[`${p}_DATABASE_URL`],
      embeddedDataDir: r[`${p}_EMBEDDED_DATA_DIR`],
      migrateOnStart: r[`${p}_MIGRATE_ON_START`],
      migrationDatabaseUrl: r[`${p}_MIGRATION_DATABASE_URL`],
      gatewayPublicKey: r.GATEWAY_PUBLIC_KEY,
      kafka: kafkaConnection(raw as Parameters<typeof kafkaConnection>[0]),
      checkpoint: {
        key: r[`${p}_CHECKPOINT_KEY`],
        dir: r[`${p}_CHECKPOINT_DIR`],
        intervalSeconds: r[`${p}_CHECKPOINT_INTERVAL_SECONDS`],
      },
    } as SubgraphEnv<Own>;
    const issue = (variable: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [variable], message });
    if (env.production) {
      for (const key of requiredInProduction) if (!r[key]) issue(key, 'required in production');
      if ((r.KAFKA_BROKERS as string[]).length === 0)
        issue('KAFKA_BROKERS', 'required in production');
    }
    def.checkEnv?.(env, issue);
    return env;
  });
}

export function defineSubgraph<
  Own extends z.ZodRawShape = Record<never, never>,
  Deps extends object = Record<never, never>,
  Ctx extends BaseRequestContext = BaseRequestContext,
  Options extends object = Record<never, never>,
  Workers extends Record<string, Worker> = Record<never, never>,
  C extends CheckpointSpec | undefined = undefined,
>(
  def: SubgraphDefinition<Own, Deps, Ctx, Options, Workers, C>,
): Subgraph<Own, Options, Workers, C, Ctx> & {
  definition: SubgraphDefinition<Own, Deps, Ctx, Options, Workers, C>;
} {
  const schema = envSchema(def);
  const loadEnv = (env: Record<string, string | undefined> = process.env) =>
    parseEnv(schema, env) as SubgraphEnv<Own>;

  async function create(
    options: CreateOptions<Own, Options>,
  ): Promise<SubgraphService<Workers, C, Ctx>> {
    const { env, logger } = options;
    const now = options.now ?? (() => new Date());
    const setup: SubgraphSetup<Own, Options> = { env, logger, now, options };
    const own = (await def.deps?.(setup)) ?? ({} as Deps);
    const witness = def.checkpoints
      ? openChainWitness({
          service: def.name,
          privateKeyPem: env.checkpoint.key,
          directory: env.checkpoint.dir,
        })
      : null;
    let runtime: ServiceRuntime | null = null;
    const deps = {
      ...own,
      logger,
      now,
      afterCommit: () => runtime?.nudgeOutbox(),
      ...(witness ? { witness } : {}),
    } as Deps & RuntimeDeps & ChainWitnessDeps;
    const routes = def.routes?.({
      ...setup,
      deps: own,
      runtime: () => {
        if (!runtime) throw new Error(`${def.name}: a route ran before the runtime was built`);
        return runtime;
      },
    });
    runtime = await createServiceRuntime<Ctx>({
      name: def.name,
      logger,
      production: env.production,
      http: { port: env.port, host: env.host },
      database: {
        url: env.databaseUrl,
        embeddedDataDir: env.embeddedDataDir,
        entities: def.entities,
        migrations: def.migrations,
        migrateOnStart: env.migrateOnStart,
      },
      kafka: env.kafka,
      gatewayPublicKeyPem: options.gatewayPublicKeyPem ?? env.gatewayPublicKey,
      typeDefs: def.typeDefs,
      resolvers: def.resolvers,
      buildContext: (base, em, afterCommit) => def.context(base, em, { ...deps, afterCommit }),
      consumers: def.consumers?.(deps) ?? [],
      ...(routes ? { routes } : {}),
      ...(def.maxBodyBytes ? { maxBodyBytes: def.maxBodyBytes } : {}),
      ...passThroughOptions(options),
    });
    const built: ServiceRuntime = runtime;
    const workers = def.workers?.({ ...setup, deps: own, runtime: built }) ?? ({} as Workers);
    const actAs: ActAs<Ctx> = (viewer, acting = {}) =>
      def.context(
        {
          viewer,
          source: { ip: null, userAgent: `${def.name} script` },
          requestId: randomUUID(),
          logger,
        },
        built.database.orm.em.fork({ useContext: true }),
        { ...deps, ...(acting.now ? { now: acting.now } : {}), afterCommit: built.nudgeOutbox },
      );
    const withWorkers = {
      ...built,
      ...workers,
      actAs,
      async start() {
        const server = await built.start();
        for (const w of Object.values(workers)) w.start();
        return server;
      },
      async stop() {
        for (const w of Object.values(workers)) await w.stop();
        await built.stop();
      },
    };
    if (!witness || !def.checkpoints)
      return withWorkers as unknown as SubgraphService<Workers, C, Ctx>;
    return withCheckpointer(withWorkers, {
      witness,
      sources: [...def.checkpoints.sources],
      intervalMs: env.checkpoint.intervalSeconds * 1000,
      logger,
      publish: publishChainCheckpoints(
        built.database.orm,
        def.checkpoints.event,
        built.nudgeOutbox,
      ),
    }) as unknown as SubgraphService<Workers, C, Ctx>;
  }

  return {
    definition: def,
    name: def.name,
    entities: def.entities,
    migrations: def.migrations,
    typeDefs: def.typeDefs,
    loadEnv,
    create,
  };
}
