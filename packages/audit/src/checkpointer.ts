import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  checkpointReport,
  compareToCheckpoint,
  loadCheckpointKey,
  signCheckpoint,
  type CheckpointComparison,
  type CheckpointKey,
  type CheckpointReport,
  type CurrentChain,
  type SignedCheckpoint,
} from './checkpoint.js';
import { createCheckpointLog, type CheckpointLog } from './checkpoint-log.js';

/**
 * A table that holds hash chains: rows with a `seq`, a chain column and a `hash` (marks,
 * attendance records, audit_log). `kind` prefixes the chain's name in its checkpoints.
 */
export interface ChainTable {
  kind: string;
  table: string;
  chainColumn: string;
}

export const AUDIT_LOG_CHAINS: ChainTable = {
  kind: 'audit',
  table: 'audit_log',
  chainColumn: 'chain',
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function checked(source: ChainTable): ChainTable {
  // Table and column names come from code, never from a request; checked anyway before use in SQL.
  if (!IDENTIFIER.test(source.table) || !IDENTIFIER.test(source.chainColumn))
    throw new Error(`not a chain table: ${source.table}.${source.chainColumn}`);
  return source;
}

/** The name a chain has in checkpoints: its kind and its key within the table. */
export const checkpointChainName = (source: ChainTable, chain: string) => `${source.kind}:${chain}`;

/** The service's signing key and its log of checkpoints outside the database. */
export interface ChainWitness {
  service: string;
  key: CheckpointKey;
  log: CheckpointLog;
  directory: string;
  /** The latest checkpoint of a chain this service signed, or null. */
  latest(source: ChainTable, chain: string): Promise<SignedCheckpoint | null>;
}

/**
 * The key from configuration or generated for this run; the directory from configuration or a
 * fresh temporary one (a generated key could not verify an earlier run's checkpoints anyway).
 */
export function openChainWitness(options: {
  service: string;
  privateKeyPem?: string | undefined;
  directory?: string | undefined;
}): ChainWitness {
  const key = loadCheckpointKey(options.privateKeyPem);
  const directory =
    options.directory ?? mkdtempSync(join(tmpdir(), `${options.service}-checkpoints-`));
  const log = createCheckpointLog(directory, key.publicKey);
  return {
    service: options.service,
    key,
    log,
    directory,
    latest: (source, chain) => log.latest(checkpointChainName(source, chain)),
  };
}

interface HeadRow {
  chain: string;
  count: number | string;
  last_hash: string;
  max_seq: string;
}

/** Count and last hash of every chain of the table, or of those with rows after `afterSeq`. */
export async function chainHeads(
  em: EntityManager,
  source: ChainTable,
  afterSeq: string | null,
): Promise<{ chain: string; count: number; lastHash: string; maxSeq: string }[]> {
  const { table, chainColumn: col } = checked(source);
  const changed = afterSeq
    ? `where ${col} in (select distinct ${col} from ${table} where seq > ?)`
    : '';
  const rows = await em.execute<HeadRow[]>(
    `select c.chain, c.n as count, t.hash as last_hash, c.s::text as max_seq
       from (select ${col} as chain, count(*) as n, max(seq) as s from ${table} ${changed}
             group by ${col}) c
       join ${table} t on t.seq = c.s`,
    afterSeq ? [afterSeq] : [],
  );
  return rows.map((r) => ({
    chain: r.chain,
    count: Number(r.count),
    lastHash: r.last_hash.trim(),
    maxSeq: r.max_seq,
  }));
}

/** The chain as it is now, as far as a checkpoint at `position` needs to know. */
export async function currentChainAt(
  em: EntityManager,
  source: ChainTable,
  chain: string,
  position: number,
): Promise<CurrentChain> {
  const { table, chainColumn: col } = checked(source);
  const [row] = await em.execute<{ n: number | string; hash: string | null }[]>(
    `select (select count(*) from ${table} where ${col} = ?) as n,
            (select hash from ${table} where ${col} = ? order by seq offset ? limit 1) as hash`,
    [chain, chain, Math.max(position - 1, 0)],
  );
  return {
    count: Number(row?.n ?? 0),
    hashAtCheckpoint: position > 0 ? (row?.hash?.trim() ?? null) : null,
  };
}

/** Compares a chain in the database with its latest checkpoint (verifiers that page, like audit's). */
export async function compareChainToCheckpoint(
  em: EntityManager,
  witness: ChainWitness,
  source: ChainTable,
  chain: string,
): Promise<{ checkpoint: SignedCheckpoint | null; comparison: CheckpointComparison }> {
  const checkpoint = await witness.latest(source, chain);
  if (!checkpoint) return { checkpoint, comparison: { status: 'none' } };
  const current = await currentChainAt(em, source, chain, checkpoint.count);
  return { checkpoint, comparison: compareToCheckpoint(checkpoint, current) };
}

/** The same comparison, as verifiers report it. */
export async function checkpointReportOf(
  em: EntityManager,
  witness: ChainWitness,
  source: ChainTable,
  chain: string,
): Promise<CheckpointReport> {
  const { checkpoint, comparison } = await compareChainToCheckpoint(em, witness, source, chain);
  return checkpointReport(checkpoint, comparison);
}

export interface CheckpointRun {
  written: SignedCheckpoint[];
  /** Chains whose current head no longer extends their last checkpoint: never re-witnessed. */
  refused: { chain: string; comparison: CheckpointComparison }[];
}

export interface Checkpointer {
  start(): void;
  stop(): Promise<void>;
  /** Checkpoints every chain whose head moved since its last checkpoint, now. */
  checkpointNow(): Promise<CheckpointRun>;
}

interface MinimalLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface CheckpointerOptions {
  orm: MikroORM;
  witness: ChainWitness;
  sources: ChainTable[];
  intervalMs: number;
  logger: MinimalLogger;
  /** Hands the new checkpoints on (the service stages them as events for Kafka and the archive). */
  publish?: (checkpoints: SignedCheckpoint[]) => Promise<void>;
  now?: () => Date;
}

/**
 * Periodically signs the head of every chain that moved and appends it to the witness log. A
 * head that no longer extends the previous checkpoint (records deleted or rewritten behind the
 * service's back) is refused and logged: a checkpoint never launders a tampered chain.
 */
export function createCheckpointer(options: CheckpointerOptions): Checkpointer {
  const { witness, logger } = options;
  const now = options.now ?? (() => new Date());
  const sources = options.sources.map(checked);
  /** The last head written per chain, so an unchanged chain is not written again. */
  const lastWritten = new Map<string, { count: number; lastHash: string }>();
  /**
   * Rows are scanned from the high-water mark of the run before the last one: a transaction that
   * took a lower seq but committed later is still seen.
   */
  const scanFrom = new Map<string, { previous: string | null; latest: string | null }>();
  let running: Promise<CheckpointRun> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function run(): Promise<CheckpointRun> {
    const em = options.orm.em.fork();
    const result: CheckpointRun = { written: [], refused: [] };
    for (const source of sources) {
      const marks = scanFrom.get(source.kind) ?? { previous: null, latest: null };
      const heads = await chainHeads(em, source, marks.previous);
      let high = marks.latest;
      for (const head of heads) {
        if (high === null || BigInt(head.maxSeq) > BigInt(high)) high = head.maxSeq;
        const chain = checkpointChainName(source, head.chain);
        const previous = lastWritten.get(chain) ?? (await witness.log.latest(chain));
        if (previous && previous.count === head.count && previous.lastHash === head.lastHash)
          continue;
        if (previous) {
          const current = await currentChainAt(em, source, head.chain, previous.count);
          const comparison = compareToCheckpoint(previous, current);
          if (comparison.status !== 'ok') {
            result.refused.push({ chain, comparison });
            logger.error(
              { chain, comparison },
              'chain no longer extends its last checkpoint; not checkpointed',
            );
            continue;
          }
        }
        const checkpoint = signCheckpoint(
          {
            service: witness.service,
            chain,
            count: head.count,
            lastHash: head.lastHash,
            at: now().toISOString(),
          },
          witness.key,
        );
        await witness.log.append(checkpoint);
        lastWritten.set(chain, { count: checkpoint.count, lastHash: checkpoint.lastHash });
        result.written.push(checkpoint);
      }
      scanFrom.set(source.kind, { previous: marks.latest, latest: high });
    }
    if (result.written.length > 0) await options.publish?.(result.written);
    return result;
  }

  function checkpointNow(): Promise<CheckpointRun> {
    // One run at a time: a periodic run and one on demand would otherwise race on lastWritten.
    const next = (running ?? Promise.resolve(null)).catch(() => null).then(run);
    running = next;
    return next.finally(() => {
      if (running === next) running = null;
    });
  }

  return {
    start() {
      if (timer) return;
      timer = setInterval(() => {
        checkpointNow().catch((err: unknown) =>
          logger.warn({ err }, 'chain checkpoint failed; will retry'),
        );
      }, options.intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => null);
    },
    checkpointNow,
  };
}

/**
 * Runs a checkpointer beside a service runtime: started after the runtime (its outbox relay
 * carries the checkpoint events), stopped before it.
 */
export function withCheckpointer<
  R extends { database: { orm: MikroORM }; start(): Promise<S>; stop(): Promise<void> },
  S,
>(
  runtime: R,
  options: Omit<CheckpointerOptions, 'orm'>,
): R & { checkpoints: Checkpointer; witness: ChainWitness } {
  const checkpoints = createCheckpointer({ ...options, orm: runtime.database.orm });
  return {
    ...runtime,
    checkpoints,
    witness: options.witness,
    async start() {
      const started = await runtime.start();
      checkpoints.start();
      return started;
    },
    async stop() {
      await checkpoints.stop();
      await runtime.stop();
    },
  };
}
