/**
 * The whole graph as separate OS processes (each service's own src/main.ts, run with tsx), on
 * the suite's PostgreSQL cluster and Kafka broker, so that a scenario can SIGKILL one of them
 * and start it again the way an orchestrator would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairPem } from '@dnevnik/auth';
import { portOpen, REPO_DIR, sleep, waitUntil, type KafkaBroker, type PgCluster } from './infra.js';

export const SERVICES = ['identity', 'curriculum', 'gradebook', 'attendance', 'messaging'] as const;
export type ServiceName = (typeof SERVICES)[number] | 'gateway';

const ENTRY: Record<ServiceName, string> = {
  identity: 'services/identity/src/main.ts',
  // main.ts of curriculum does not seed; this one is main.ts plus the demo seed.
  curriculum: 'scripts/src/faults/curriculum-seeded.ts',
  gradebook: 'services/gradebook/src/main.ts',
  attendance: 'services/attendance/src/main.ts',
  messaging: 'services/messaging/src/main.ts',
  gateway: 'gateway/src/main.ts',
};

export class ServiceProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  starts = 0;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get pid() {
    return this.child?.pid ?? null;
  }

  async start(timeoutMs = 120_000) {
    if (await portOpen(this.port)) throw new Error(`${this.name}: port ${this.port} is in use`);
    const log = createWriteStream(this.logFile, { flags: 'a' });
    this.starts++;
    // One node process per service (tsx as a loader, not its CLI, which would fork a child
    // that a SIGKILL of the parent leaves behind).
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', join(REPO_DIR, ENTRY[this.name])],
      { cwd: REPO_DIR, env: { ...process.env, ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    let gone = false;
    void this.exited.then(() => (gone = true));
    await waitUntil(
      `${this.name} answers /health (log: ${this.logFile})`,
      async () => {
        if (gone) throw new Error(`${this.name} exited during start-up (log: ${this.logFile})`);
        const res = await fetch(`http://127.0.0.1:${this.port}/health`);
        return res.ok;
      },
      timeoutMs,
    ).catch((err: Error) => {
      if (gone) throw new Error(`${this.name} exited during start-up (log: ${this.logFile})`);
      throw err;
    });
  }

  /** Whether /ready says every dependency (database, broker) answers. */
  async ready(): Promise<boolean> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}/ready`);
      return res.ok;
    } catch {
      return false;
    }
  }

  /** SIGKILL: no shutdown hooks, no outbox flush, no consumer commit. */
  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await this.exited;
    // The kernel frees the listening socket with the process; make sure before a restart.
    await waitUntil(`${this.name} port free`, async () => !(await portOpen(this.port)), 10_000);
  }

  /** SIGTERM and the service's own graceful stop; SIGKILL if it hangs. */
  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timedOut = await Promise.race([
      this.exited.then(() => false),
      sleep(25_000).then(() => true),
    ]);
    if (timedOut) await this.kill();
  }
}

export interface Graph {
  services: Record<ServiceName, ServiceProcess>;
  gatewayUrl: string;
  stop(): Promise<void>;
}

export interface GraphOptions {
  workDir: string;
  pg: PgCluster;
  kafka: KafkaBroker;
  portBase: number;
  /** Requests in flight per viewer at the gateway: the load runs as one teacher. */
  maxConcurrentPerViewer: number;
}

export async function startGraph(options: GraphOptions): Promise<Graph> {
  const { workDir, pg, kafka, portBase } = options;
  const logDir = join(workDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const gatewayKeys = await generateKeyPairPem('EdDSA');
  const identityKey = await generateKeyPairPem('ES256');
  const port = (n: number) => portBase + n;
  const common = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'info',
    KAFKA_BROKERS: kafka.brokers,
    GATEWAY_PUBLIC_KEY: gatewayKeys.publicKeyPem,
  };
  const make = (name: ServiceName, n: number, env: Record<string, string>) =>
    new ServiceProcess(name, port(n), { ...common, ...env }, join(logDir, `${name}.log`));
  const services: Record<ServiceName, ServiceProcess> = {
    identity: make('identity', 1, {
      IDENTITY_PORT: String(port(1)),
      IDENTITY_DATABASE_URL: pg.url('identity'),
      IDENTITY_SIGNING_KEY: identityKey.privateKeyPem,
      SEED_DEMO: 'true',
      // Cheap hashes: the suite logs in a handful of times, and the parameters travel with each hash.
      PASSWORD_SCRYPT_LOG_N: '12',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
    }),
    curriculum: make('curriculum', 2, {
      CURRICULUM_PORT: String(port(2)),
      CURRICULUM_DATABASE_URL: pg.url('curriculum'),
      CURRICULUM_FILES_DIR: join(workDir, 'files/curriculum'),
    }),
    gradebook: make('gradebook', 3, {
      GRADEBOOK_PORT: String(port(3)),
      GRADEBOOK_DATABASE_URL: pg.url('gradebook'),
    }),
    attendance: make('attendance', 4, {
      ATTENDANCE_PORT: String(port(4)),
      ATTENDANCE_DATABASE_URL: pg.url('attendance'),
    }),
    messaging: make('messaging', 5, {
      MESSAGING_PORT: String(port(5)),
      MESSAGING_DATABASE_URL: pg.url('messaging'),
      MESSAGING_FILES_DIR: join(workDir, 'files/messaging'),
    }),
    gateway: make('gateway', 0, {
      GATEWAY_PORT: String(port(0)),
      GATEWAY_SIGNING_KEY: gatewayKeys.privateKeyPem,
      IDENTITY_JWKS_URL: `http://127.0.0.1:${port(1)}/.well-known/jwks.json`,
      SUBGRAPH_URLS: SERVICES.map((s, i) => `${s}=http://127.0.0.1:${port(i + 1)}/graphql`).join(
        ',',
      ),
      MAX_CONCURRENT_PER_VIEWER: String(options.maxConcurrentPerViewer),
    }),
  };
  const graph: Graph = {
    services,
    gatewayUrl: services.gateway.url,
    async stop() {
      // Reverse order of start, each with its own graceful stop.
      for (const name of ['gateway', ...[...SERVICES].reverse()] as ServiceName[]) {
        await services[name].stop();
      }
    },
  };
  try {
    // Identity first (it seeds the people), curriculum (the school), then the rest in parallel:
    // start-up is mostly tsx compiling, which two cores share.
    await services.identity.start();
    await services.curriculum.start();
    await Promise.all([services.gradebook.start(), services.messaging.start()]);
    await services.attendance.start();
    await services.gateway.start();
  } catch (err) {
    await graph.stop();
    throw err;
  }
  return graph;
}
