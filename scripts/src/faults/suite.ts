/**
 * The fault-injection suite's environment and scenarios (`npm run test:faults`): a throwaway
 * PostgreSQL cluster and Kafka broker, the graph as separate processes on them, the demo
 * school, and the five faults of the hardening issue. tests/faults/faults.fault.ts runs them and
 * asserts; this module only drives and counts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_SCHOOL } from '@dnevnik/contracts';
import { startGraph, SERVICES, type Graph } from './graph.js';
import { KafkaBroker, PgCluster, portOpen, sleep, waitUntil } from './infra.js';
import { login, postMark, runLoad, type MarkTarget, type PostRecord } from './load.js';
import { percentile, type ScenarioRow } from './reconcile.js';
import { verifyScenario, type ScenarioCounts } from './verify.js';

const num = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

/** Sizes default to the issue's; smaller ones make a quick run. */
export const SIZES = {
  /** Marks posted while the broker is down. */
  outageMarks: num('FAULTS_MARKS', 1000),
  outageSeconds: num('FAULTS_OUTAGE_SECONDS', 60),
  /** Marks of each of the other fault scenarios. */
  scenarioMarks: num('FAULTS_SCENARIO_MARKS', 500),
  /** Attempts per mark: a mark whose answer was a temporary error is sent again, same request id. */
  attempts: num('FAULTS_ATTEMPTS', 6),
  /** Concurrent writers of the fault scenarios. */
  faultWriters: num('FAULTS_FAULT_WRITERS', 8),
  /** The throughput scenario: writers and seconds. */
  writers: num('FAULTS_WRITERS', 200),
  seconds: num('FAULTS_SECONDS', 120),
  /** How long the pipeline may take to catch up after a fault. */
  settleSeconds: num('FAULTS_SETTLE_SECONDS', 180),
  pgPort: num('FAULTS_PG_PORT', 55432),
  kafkaPort: num('FAULTS_KAFKA_PORT', 59092),
  portBase: num('FAULTS_PORT_BASE', 47400),
  /** FAULTS_KEEP=1 keeps the work dir (logs, data) after a passing run too. */
  keep: process.env.FAULTS_KEEP === '1',
};

/** The dev broker, for the transport-level check that needs no fault (it only creates a topic). */
export const SHARED_KAFKA_BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';

export const log = (line: string) =>
  process.stdout.write(`[faults ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

export interface ScenarioResult {
  row: ScenarioRow;
  counts: ScenarioCounts;
  records: PostRecord[];
}

export class FaultSuite {
  readonly workDir = mkdtempSync(join(tmpdir(), 'dnevnik-faults-'));
  readonly pg = new PgCluster(this.workDir, SIZES.pgPort);
  readonly kafka = new KafkaBroker(this.workDir, SIZES.kafkaPort, SIZES.kafkaPort + 1);
  graph: Graph | null = null;
  token = '';
  targets: MarkTarget[] = [];
  private readonly onExit = () => this.emergencyStop();

  async start() {
    process.once('exit', this.onExit);
    for (const port of [
      SIZES.kafkaPort,
      SIZES.kafkaPort + 1,
      ...[0, 1, 2, 3, 4, 5].map((n) => SIZES.portBase + n),
    ]) {
      if (await portOpen(port))
        throw new Error(`port ${port} is in use: set FAULTS_KAFKA_PORT / FAULTS_PORT_BASE`);
    }
    log(`work dir ${this.workDir}`);
    await this.pg.init(['identity', 'curriculum', 'gradebook', 'attendance', 'messaging']);
    log(`PostgreSQL on 127.0.0.1:${this.pg.port}`);
    await this.kafka.start();
    log(`Kafka on ${this.kafka.brokers}`);
    const started = performance.now();
    this.graph = await startGraph({
      workDir: this.workDir,
      pg: this.pg,
      kafka: this.kafka,
      portBase: SIZES.portBase,
      maxConcurrentPerViewer: Math.max(SIZES.writers, SIZES.faultWriters) + 8,
    });
    log(
      `graph up in ${((performance.now() - started) / 1000).toFixed(0)} s: ${this.graph.gatewayUrl}`,
    );
    await this.waitForFacts();
    this.token = await login(this.graph.gatewayUrl, 'math', DEMO_SCHOOL.password);
    this.targets = await this.markTargets();
    log(
      `${this.targets.length} (lesson, student) pairs of the math teacher within the written-work deadline`,
    );
    await this.warmUp();
  }

  /** Gradebook must know the school, the lessons and the classes; messaging the parents. */
  private async waitForFacts() {
    const P = DEMO_SCHOOL.people;
    const has =
      (db: string, sql: string, params: unknown[] = []) =>
      async () =>
        (await this.pg.query(db, sql, params)).length > 0;
    await waitUntil(
      'gradebook knows the school',
      has('gradebook', 'select 1 from rm_school where id = $1', [DEMO_SCHOOL.schoolId]),
      180_000,
    );
    await waitUntil(
      "gradebook knows this week's math lessons",
      has(
        'gradebook',
        `select 1 from rm_lesson where teacher_id = $1 and date <= current_date limit 1`,
        [P.mathTeacher],
      ),
      180_000,
    );
    await waitUntil(
      'gradebook knows the enrolments',
      has('gradebook', 'select 1 from rm_enrolment where student_id = $1', [P.petya]),
      180_000,
    );
    await waitUntil(
      'messaging knows the parents',
      has('messaging', 'select 1 from rm_guardianship where parent_id = $1 and verified', [
        P.ivanovParent,
      ]),
      180_000,
    );
    // The demo's class lists give most students parents: every mark's notices are checked
    // later, so messaging must hold every verified link identity made before the first mark.
    await waitUntil(
      'messaging knows every parent link',
      async () => {
        const count = async (database: string, sql: string) =>
          Number((await this.pg.query<{ n: string }>(database, sql))[0]!.n);
        const [made, known] = await Promise.all([
          count('identity', 'select count(*) as n from parent_link where verified'),
          count('messaging', 'select count(*) as n from rm_guardianship where verified'),
        ]);
        return known >= made;
      },
      180_000,
    );
    // The fact consumers read whole topics; let them finish before the first mark.
    let last = -1;
    await waitUntil(
      'gradebook has taken in every lesson',
      async () => {
        const [row] = await this.pg.query<{ n: string }>(
          'gradebook',
          'select count(*) as n from rm_lesson',
        );
        const n = Number(row!.n);
        const steady = n === last;
        last = n;
        return steady;
      },
      300_000,
    );
  }

  /**
   * The math teacher's class lessons of the last 6 school days up to today: a written test may
   * be entered up to 7 days after its lesson (M5), so every pair is valid for the whole run.
   */
  private async markTargets(): Promise<MarkTarget[]> {
    const rows = await this.pg.query<{ lesson_id: string; student_id: string }>(
      'gradebook',
      `select l.id as lesson_id, e.student_id
         from rm_lesson l
         join rm_school s on s.id = l.school_id
         join rm_class c on c.id = l.class_id
         join rm_enrolment e on e.class_id = l.class_id and e.starts_on <= l.date and (e.ends_on is null or e.ends_on > l.date)
        where l.teacher_id = $1 and l.status <> 'cancelled' and c.grade > 1
          and l.date <= (now() at time zone s.time_zone)::date
          and l.date >= (now() at time zone s.time_zone)::date - 5
        order by l.date desc, l.id, e.student_id`,
      [DEMO_SCHOOL.people.mathTeacher],
    );
    if (rows.length === 0) throw new Error('no lesson of the math teacher in the last 6 days');
    return rows.map((r) => ({ lessonId: r.lesson_id, studentId: r.student_id }));
  }

  /**
   * Notification consumers start at the end of their topic: post marks until one gives a
   * notification, which proves messaging has joined and the whole path works.
   */
  private async warmUp() {
    const deadline = Date.now() + 180_000;
    for (let n = 0; ; n++) {
      const r = await postMark(
        this.graph!.gatewayUrl,
        this.token,
        `warmup:${n}`,
        this.targets[0]!,
        n,
      );
      if (r.outcome !== 'acked') throw new Error(`warm-up mark failed: ${r.error}`);
      const found = async () =>
        (
          await this.pg.query(
            'messaging',
            `select 1 from notification where kind = 'mark' and source_event_id = $1`,
            [await this.eventIdOf(r.markId!)],
          )
        ).length > 0;
      const ok = await waitUntil('warm-up notification', found, 15_000).then(
        () => true,
        () => false,
      );
      if (ok) {
        log(`warm-up: notifications flow after ${n + 1} mark(s)`);
        return;
      }
      if (Date.now() > deadline) throw new Error('no notification for the warm-up marks in 180 s');
    }
  }

  private async eventIdOf(markId: string) {
    const [row] = await this.pg.query<{ id: string }>(
      'gradebook',
      `select id from outbox_message where payload->'data'->>'markId' = $1`,
      [markId],
    );
    return row?.id ?? null;
  }

  private row(
    name: string,
    records: PostRecord[],
    seconds: number,
    counts: ScenarioCounts,
  ): ScenarioRow {
    const acked = records.filter((r) => r.outcome === 'acked');
    const ok =
      counts.marks.lost.length === 0 &&
      counts.marks.duplicated.length === 0 &&
      counts.marks.mismatched.length === 0 &&
      counts.marks.storedRefused.length === 0 &&
      counts.onTopic === counts.marks.stored &&
      counts.notifications.missing === 0 &&
      counts.notifications.duplicated === 0;
    return {
      scenario: name,
      posted: records.length,
      acked: acked.length,
      stored: counts.marks.stored,
      published: counts.onTopic,
      notifications: counts.notifications.delivered,
      expectedNotifications: counts.notifications.expected,
      marksPerSecond: acked.length / seconds,
      p99Ms: percentile(
        acked.map((r) => r.endedAt - r.startedAt),
        0.99,
      ),
      seconds,
      verdict: ok ? 'ok' : 'FAIL',
    };
  }

  private async finish(
    name: string,
    records: PostRecord[],
    seconds: number,
    faultAt: number[],
  ): Promise<ScenarioResult> {
    const failures = new Map<string, number>();
    for (const r of records)
      if (r.outcome !== 'acked')
        failures.set(r.error ?? '?', (failures.get(r.error ?? '?') ?? 0) + 1);
    const repeated = records.filter((r) => r.attempts > 1).length;
    log(
      `${name}: ${records.length} posted, ${records.filter((r) => r.outcome === 'acked').length} acknowledged` +
        (repeated ? `, ${repeated} sent again after a temporary error` : '') +
        (failures.size
          ? `, refused: ${[...failures].map(([k, v]) => `${k}×${v}`).join(', ')}`
          : ''),
    );
    const counts = await verifyScenario({
      pg: this.pg,
      brokers: this.kafka.brokers,
      tagPrefix: `${name}:`,
      records,
      faultAt,
      settleMs: SIZES.settleSeconds * 1000,
      log: (line) => log(`${name}: ${line}`),
    });
    const m = counts.marks;
    log(
      `${name}: lost ${m.lost.length}, duplicated ${m.duplicated.length}, id mismatch ${m.mismatched.length}, ` +
        `refused but stored ${m.storedRefused.length} (+${m.storedInFlight.length} in flight at the fault), ` +
        `on topic ${counts.onTopic}/${m.stored} (${counts.topicMessages} messages), ` +
        `notifications ${counts.notifications.delivered}/${counts.notifications.expected}, duplicated ${counts.notifications.duplicated}`,
    );
    return { row: this.row(name, records, seconds, counts), counts, records };
  }

  private load(name: string, extra: Partial<Parameters<typeof runLoad>[0]>) {
    return runLoad({
      gatewayUrl: this.graph!.gatewayUrl,
      token: this.token,
      targets: this.targets,
      tagPrefix: `${name}:`,
      writers: SIZES.faultWriters,
      maxAttempts: SIZES.attempts,
      ...extra,
    });
  }

  /** Fires `fault` once, when `share` of `total` requests have been answered. */
  private trigger(total: number, share: number, fault: () => Promise<void>) {
    let fired: Promise<void> | null = null;
    return {
      onRecord: (_r: PostRecord, all: PostRecord[]) => {
        if (!fired && all.length >= total * share) fired = fault();
      },
      done: () => fired ?? Promise.resolve(),
    };
  }

  /** The broker is SIGKILLed and stays down for FAULTS_OUTAGE_SECONDS while marks are posted. */
  async brokerOutage(): Promise<ScenarioResult> {
    const name = 'broker-down';
    const faultAt = [performance.now()];
    await this.kafka.kill();
    log(`${name}: broker killed; posting ${SIZES.outageMarks} marks`);
    const down = performance.now();
    const { records, seconds } = await this.load(name, { count: SIZES.outageMarks });
    const rest = SIZES.outageSeconds * 1000 - (performance.now() - down);
    if (rest > 0) await sleep(rest);
    else log(`${name}: posting outlasted the outage by ${(-rest / 1000).toFixed(0)} s`);
    log(`${name}: restarting the broker after ${((performance.now() - down) / 1000).toFixed(0)} s`);
    await this.kafka.start();
    return this.finish(name, records, seconds, faultAt);
  }

  /** Messaging, the notification consumer, is SIGKILLed while it works through mark events. */
  async consumerKill(): Promise<ScenarioResult> {
    const name = 'consumer-kill';
    const faultAt: number[] = [];
    const messaging = this.graph!.services.messaging;
    const t = this.trigger(SIZES.scenarioMarks, 0.3, async () => {
      faultAt.push(performance.now());
      await messaging.kill();
      log(`${name}: messaging SIGKILLed; starting it again`);
      await messaging.start();
      log(`${name}: messaging is back`);
    });
    const { records, seconds } = await this.load(name, {
      count: SIZES.scenarioMarks,
      onRecord: t.onRecord,
    });
    await t.done();
    return this.finish(name, records, seconds, faultAt);
  }

  /** The cluster restarts under load: once with `-m fast`, once with `-m immediate` (a crash). */
  async postgresRestart(): Promise<ScenarioResult> {
    const name = 'pg-restart';
    const faultAt: number[] = [];
    const restart = (mode: 'fast' | 'immediate') => async () => {
      faultAt.push(performance.now());
      await this.pg.restart(mode);
      faultAt.push(performance.now());
      log(`${name}: PostgreSQL restarted (-m ${mode})`);
    };
    const first = this.trigger(SIZES.scenarioMarks, 0.3, restart('fast'));
    // Never two pg_ctl at once: the second restart waits for the first to finish.
    const second = this.trigger(SIZES.scenarioMarks, 0.6, async () => {
      await first.done();
      await restart('immediate')();
    });
    const { records, seconds } = await this.load(name, {
      count: SIZES.scenarioMarks,
      pauseAfterFailureMs: 200,
      onRecord: (r, all) => {
        first.onRecord(r, all);
        second.onRecord(r, all);
      },
    });
    await first.done();
    await second.done();
    // Every service's pool reconnects by itself: no restart of the services is needed.
    for (const service of SERVICES) {
      const svc = this.graph!.services[service];
      await waitUntil(`${service} is ready again after the restarts`, () => svc.ready(), 60_000);
    }
    log(`${name}: every service reports ready again`);
    return this.finish(name, records, seconds, faultAt);
  }

  /** Gradebook (the subgraph that writes marks and relays their events) is SIGKILLed and restarted. */
  async subgraphKill(): Promise<ScenarioResult> {
    const name = 'subgraph-kill';
    const faultAt: number[] = [];
    const gradebook = this.graph!.services.gradebook;
    const t = this.trigger(SIZES.scenarioMarks, 0.3, async () => {
      faultAt.push(performance.now());
      await gradebook.kill();
      log(`${name}: gradebook SIGKILLed; starting it again`);
      await gradebook.start();
      log(`${name}: gradebook is back`);
    });
    const { records, seconds } = await this.load(name, {
      count: SIZES.scenarioMarks,
      pauseAfterFailureMs: 200,
      onRecord: t.onRecord,
    });
    await t.done();
    return this.finish(name, records, seconds, faultAt);
  }

  /** FAULTS_WRITERS concurrent writers for FAULTS_SECONDS, no fault: marks/s and p99. */
  async throughput(): Promise<ScenarioResult> {
    const name = 'writers';
    log(`${name}: ${SIZES.writers} writers for ${SIZES.seconds} s`);
    const { records, seconds } = await this.load(name, {
      writers: SIZES.writers,
      durationMs: SIZES.seconds * 1000,
    });
    return this.finish(name, records, seconds, []);
  }

  async stop(keepWorkDir: boolean) {
    process.removeListener('exit', this.onExit);
    await this.graph?.stop().catch((err: Error) => log(`stopping the graph: ${err.message}`));
    await this.kafka.stop();
    await this.pg.stop();
    if (keepWorkDir) log(`logs and data kept in ${this.workDir}`);
    else rmSync(this.workDir, { recursive: true, force: true });
  }

  /** Last resort when the runner exits without afterAll: nothing of ours may outlive it. */
  private emergencyStop() {
    for (const name of ['gateway', ...SERVICES] as const) {
      const pid = this.graph?.services[name].pid;
      if (pid) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    const pid = this.kafka.pid();
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    try {
      execFileSync(
        'runuser',
        [
          '-u',
          'postgres',
          '--',
          '/usr/lib/postgresql/15/bin/pg_ctl',
          '-D',
          this.pg.dataDir,
          '-m',
          'immediate',
          'stop',
        ],
        {
          stdio: 'ignore',
        },
      );
    } catch {
      // Not running.
    }
  }
}
