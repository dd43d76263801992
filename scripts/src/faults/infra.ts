/**
 * The fault suite's own PostgreSQL cluster and Kafka broker. Both are throwaway and live under
 * one work directory: the machine's PostgreSQL (5432) and the shared dev broker (9092) are never
 * touched, so the suite can kill and restart its own without disturbing anybody's tests.
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
export const REPO_DIR = resolve(import.meta.dirname, '../../..');
const PG_BIN = process.env.FAULTS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await sleep(250);
  }
}

/** postgres refuses to run as root: the binaries run as the `postgres` user when we are root. */
function asPostgres(bin: string, args: string[]) {
  const path = join(PG_BIN, bin);
  return process.getuid?.() === 0
    ? run('runuser', ['-u', 'postgres', '--', path, ...args])
    : run(path, args);
}

export class PgCluster {
  readonly dataDir: string;
  private readonly logFile: string;

  constructor(
    private readonly workDir: string,
    readonly port: number,
  ) {
    this.dataDir = join(workDir, 'pgdata');
    this.logFile = join(workDir, 'postgres.log');
  }

  url(database: string) {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async init(databases: string[]) {
    if (await portOpen(this.port)) throw new Error(`port ${this.port} is already in use`);
    mkdirSync(this.dataDir, { recursive: true });
    if (process.getuid?.() === 0) {
      // The postgres user must own its data dir and be able to reach it and write its log.
      const pgUser = await run('id', ['-u', 'postgres']).then((r) => Number(r.stdout.trim()));
      const pgGroup = await run('id', ['-g', 'postgres']).then((r) => Number(r.stdout.trim()));
      chmodSync(this.workDir, 0o777);
      chownSync(this.dataDir, pgUser, pgGroup);
    }
    chmodSync(this.dataDir, 0o700);
    await asPostgres('initdb', ['-D', this.dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8']);
    await this.start();
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      for (const db of databases) await client.query(`create database ${db}`);
    } finally {
      await client.end();
    }
  }

  private options() {
    // Unix sockets in the work dir, TCP on loopback only; enough connections for every pool.
    return `-p ${this.port} -k ${this.workDir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off`;
  }

  async start() {
    await asPostgres('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      this.logFile,
      '-o',
      this.options(),
      '-w',
      'start',
    ]);
  }

  /** `fast` rolls back open transactions; `immediate` is a crash followed by recovery. */
  async restart(mode: 'fast' | 'immediate') {
    await asPostgres('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      this.logFile,
      '-o',
      this.options(),
      '-m',
      mode,
      '-w',
      'restart',
    ]);
  }

  async stop() {
    if (!existsSync(join(this.dataDir, 'postmaster.pid'))) return;
    await asPostgres('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']).catch(
      () => undefined,
    );
  }

  async query<T = Record<string, unknown>>(database: string, sql: string, params: unknown[] = []) {
    const client = new pg.Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
}

/**
 * A second KRaft broker through scripts/kafka.sh, with its own home (config, data, pid) and
 * ports. The jars are linked from the shared .kafka/libs so nothing is downloaded twice.
 */
export class KafkaBroker {
  private readonly home: string;

  constructor(
    workDir: string,
    readonly port: number,
    private readonly controllerPort: number,
  ) {
    this.home = join(workDir, 'kafka');
  }

  get brokers() {
    return `127.0.0.1:${this.port}`;
  }

  private script(command: string) {
    return run('bash', [join(REPO_DIR, 'scripts/kafka.sh'), command], {
      env: {
        ...process.env,
        KAFKA_HOME_DIR: this.home,
        KAFKA_PORT: String(this.port),
        KAFKA_CONTROLLER_PORT: String(this.controllerPort),
      },
    });
  }

  async start() {
    mkdirSync(this.home, { recursive: true });
    const shared = join(REPO_DIR, '.kafka/libs');
    const libs = join(this.home, 'libs');
    if (existsSync(join(shared, '.version')) && !existsSync(libs)) symlinkSync(shared, libs);
    await this.script('start');
  }

  pid(): number | null {
    const file = join(this.home, 'kafka.pid');
    if (!existsSync(file)) return null;
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isFinite(pid) && pid > 0 ? pid : null;
  }

  /** The broker dies at once, as on a power cut: no flush, no controlled shutdown. */
  async kill() {
    const pid = this.pid();
    if (pid === null) return;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      return;
    }
    await waitUntil('broker gone', async () => !alive(pid), 10_000);
  }

  async stop() {
    await this.script('stop').catch(() => undefined);
  }
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
