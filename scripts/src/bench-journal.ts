/**
 * `npm run bench:journal`: how fast is the journal page of a school-sized class, through the
 * gateway and straight from the gradebook subgraph, and how many subgraph requests does the
 * gateway make for it (entity resolution must be batched: the count must not grow with the
 * number of students or lessons). A benchmark, not a test: it prints numbers.
 *
 * Needs the real PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * and Kafka (KAFKA_BROKERS, default 127.0.0.1:9092: `bash scripts/kafka.sh start`).
 * BENCH_RUNS sets the number of timed runs (default 20).
 */
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createViewerSigner, VIEWER_HEADER } from '@dnevnik/auth';
import { DEMO_SCHOOL, mulberry32 } from '@dnevnik/contracts';
import { TEST_DATABASE_URL, withClient } from '@dnevnik/database/testing';
import { op } from '../../tests/e2e/generated/index.js';
import {
  KAFKA_BROKERS,
  postGraphQL,
  startStack,
  type GqlResponse,
  type Stack,
} from '../../tests/e2e/harness.js';
import { buildSchool } from '../../tests/e2e/school-fixture.js';

/** Friday 25 December 2026, 13:00 in Yekaterinburg: most of the 2nd quarter is in the past. */
const NOW = new Date('2026-12-25T08:00:00Z');
const QUARTER2 = { from: '2026-11-04', to: '2026-12-28' };
const STUDENTS = 30;
/** Students marked per lesson (each gets 1–2 marks): ~23 past lessons × 20 × 1.5 ≈ 700 marks. */
const MARKED_PER_LESSON = 20;
const WARMUP = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const POST_CONCURRENCY = 8;
const MAX_REQUESTS_PER_SUBGRAPH = 2;

const P = DEMO_SCHOOL.people;

const JOURNAL_GATEWAY =
  op(`query BenchJournalPage($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {
  hoursPerWeek
  period { name }
  lessons { date topic }
  rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks }
} }`);
const JOURNAL_DIRECT = `query($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {
  hoursPerWeek
  rows { marks { value workType } average suggestedFinal enoughMarks }
  lessons { id }
} }`;

/** What both probes check of a journal page: the gateway and gradebook's subgraph answer alike. */
interface JournalShape {
  journal: { rows: { marks: unknown[] }[]; lessons: unknown[] } | null;
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(1).padStart(8);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const LAST_NAMES: [string, string][] = [
  ['Иванов', 'Иванова'],
  ['Смирнов', 'Смирнова'],
  ['Кузнецов', 'Кузнецова'],
  ['Попов', 'Попова'],
  ['Васильев', 'Васильева'],
  ['Петров', 'Петрова'],
  ['Соколов', 'Соколова'],
  ['Михайлов', 'Михайлова'],
  ['Новиков', 'Новикова'],
  ['Фёдоров', 'Фёдорова'],
  ['Морозов', 'Морозова'],
  ['Волков', 'Волкова'],
  ['Алексеев', 'Алексеева'],
  ['Лебедев', 'Лебедева'],
  ['Семёнов', 'Семёнова'],
  ['Егоров', 'Егорова'],
  ['Павлов', 'Павлова'],
  ['Козлов', 'Козлова'],
  ['Степанов', 'Степанова'],
  ['Николаев', 'Николаева'],
  ['Орлов', 'Орлова'],
  ['Андреев', 'Андреева'],
  ['Макаров', 'Макарова'],
  ['Никитин', 'Никитина'],
  ['Захаров', 'Захарова'],
  ['Зайцев', 'Зайцева'],
  ['Соловьёв', 'Соловьёва'],
  ['Борисов', 'Борисова'],
  ['Яковлев', 'Яковлева'],
  ['Григорьев', 'Григорьева'],
];
const BOYS = ['Александр', 'Максим', 'Артём', 'Михаил', 'Даниил', 'Иван', 'Дмитрий', 'Кирилл'];
const GIRLS = ['Анастасия', 'Мария', 'Дарья', 'Анна', 'Елизавета', 'Полина', 'Виктория', 'Софья'];
const FATHERS: [string, string][] = [
  ['Сергеевич', 'Сергеевна'],
  ['Андреевич', 'Андреевна'],
  ['Алексеевич', 'Алексеевна'],
  ['Владимирович', 'Владимировна'],
  ['Николаевич', 'Николаевна'],
];
const WORK_TYPES = ['answer', 'answer', 'answer', 'homework', 'test', 'control', 'dictation'];

function studentName(i: number) {
  const girl = i % 2 === 1;
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
  const [he, she] = pick(LAST_NAMES, i);
  const [son, daughter] = pick(FATHERS, i * 7 + 3);
  return {
    lastName: girl ? she : he,
    firstName: pick(girl ? GIRLS : BOYS, i * 5 + 1),
    middleName: girl ? daughter : son,
    sex: girl ? 'female' : 'male',
    birthDate: `2013-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  };
}

/** Runs `tasks` with at most `limit` in flight. */
async function pool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  return {
    p50: rank(0.5),
    p95: rank(0.95),
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

interface Probe {
  run: () => Promise<GqlResponse<JournalShape>>;
  check: (res: GqlResponse<JournalShape>) => void;
}

/**
 * Warm-up, then timed runs of every probe, interleaved (a, b, a, b, …) so that background work
 * (outbox relays, consumers, GC) weighs on each probe alike. Returns each probe's samples in ms.
 */
async function measure(probes: Probe[]): Promise<number[][]> {
  for (let i = 0; i < WARMUP; i++) for (const p of probes) p.check(await p.run());
  const samples = probes.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, p] of probes.entries()) {
      const started = performance.now();
      const res = await p.run();
      samples[k]!.push(performance.now() - started);
      p.check(res);
    }
  }
  return samples;
}

/** `gateway_subgraph_requests_total`, summed over outcomes, by subgraph. */
async function subgraphRequests(gatewayUrl: string): Promise<Map<string, number>> {
  const res = await fetch(new URL('/metrics', gatewayUrl));
  if (!res.ok) throw new Error(`GET /metrics answered ${res.status}`);
  const counts = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    const m = /^gateway_subgraph_requests_total\{([^}]*)\}\s+(\S+)/.exec(line);
    if (!m) continue;
    const subgraph = /(?:^|,)subgraph="([^"]*)"/.exec(m[1]!)?.[1] ?? '?';
    counts.set(subgraph, (counts.get(subgraph) ?? 0) + Number(m[2]));
  }
  return counts;
}

/** Fails fast, with a sentence, when Kafka or PostgreSQL is not there. */
async function reachable(hostPort: string): Promise<boolean> {
  const url = hostPort.includes('://') ? new URL(hostPort) : new URL(`tcp://${hostPort}`);
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(3000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

class SetupError extends Error {}

async function seed(stack: Stack) {
  const started = performance.now();
  const { admin, id, ok } = await buildSchool(stack);
  const class7a = id('7А');
  const assignmentId = id('assignment');
  const periodId = id('quarter2');

  // Students: identity knows their names, curriculum enrols them into 7А.
  const studentIds = await pool(
    POST_CONCURRENCY,
    Array.from({ length: STUDENTS }, (_, i) => async () => {
      const registered = await ok(
        op(
          `mutation BenchJournalRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`,
        ),
        {
          i: {
            schoolId: DEMO_SCHOOL.schoolId,
            role: 'STUDENT',
            classId: class7a,
            ...studentName(i),
          },
        },
        admin,
      );
      const studentId = registered.registerPerson!.id;
      await ok(
        op(
          `mutation BenchJournalMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: "2026-09-01", order: "Приказ № 115-у") { id } }`,
        ),
        { s: studentId, c: class7a },
        admin,
      );
      return studentId;
    }),
  );

  const generated = await ok(
    op(`mutation BenchJournalGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`),
    { y: id('year') },
    admin,
  );
  const timetable = await ok(
    op(
      `query BenchJournalClassTimetable($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date status } }`,
    ),
    { c: class7a, f: QUARTER2.from, t: QUARTER2.to },
    admin,
  );
  const lessons = timetable.classTimetable!.filter((l) => l.status !== 'CANCELLED');
  const today = NOW.toISOString().slice(0, 10);
  const past = lessons.filter((l) => l.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  out(
    `  school built, ${STUDENTS} students registered and enrolled, ${generated.generateLessons.created} lessons generated ` +
      `(${lessons.length} in the 2nd quarter, ${past.length} up to ${today}) — ${seconds(started)}`,
  );

  // Gradebook learns all this from Kafka; wait for its read model.
  const waitStarted = performance.now();
  const q = async (sql: string, params: unknown[]) =>
    (await withClient(stack.gradebookDb.url, (c) => c.query(sql, params))).rows;
  await waitFor('gradebook to know the school, period and assignment', async () => {
    const [row] = await q(
      `select (select count(*) from rm_school where id = $1)::int as school,
              (select count(*) from rm_period where id = $2)::int as period,
              (select count(*) from rm_assignment where id = $3)::int as assignment`,
      [DEMO_SCHOOL.schoolId, periodId, assignmentId],
    );
    return row.school > 0 && row.period > 0 && row.assignment > 0;
  });
  await waitFor(`gradebook to know the ${lessons.length} lessons of the 2nd quarter`, async () => {
    const [row] = await q(`select count(*)::int as n from rm_lesson where id = any($1::uuid[])`, [
      lessons.map((l) => l.id),
    ]);
    return row.n === lessons.length;
  });
  await waitFor(`gradebook to know the ${STUDENTS} enrolments`, async () => {
    const [row] = await q(
      `select count(distinct student_id)::int as n from rm_enrolment where class_id = $1 and student_id = any($2::uuid[])`,
      [class7a, studentIds],
    );
    return row.n === STUDENTS;
  });
  out(`  gradebook read model caught up — ${seconds(waitStarted)}`);

  // Marks through the API, each on its lesson's day: the clock walks through the quarter.
  const marksStarted = performance.now();
  const math = await stack.login('math');
  // mulberry32: the same school, the same marks on every run.
  const random = mulberry32(20261225);
  let posted = 0;
  try {
    for (const lesson of past) {
      stack.clock.now = new Date(`${lesson.date}T08:00:00Z`);
      const order = studentIds
        .map((s) => ({ s, k: random() }))
        .sort((a, b) => a.k - b.k)
        .slice(0, MARKED_PER_LESSON)
        .map((x) => x.s);
      const tasks = order.flatMap((studentId) =>
        Array.from({ length: random() < 0.5 ? 1 : 2 }, () => {
          const value = String(2 + Math.floor(random() * 4)); // 2..5
          const workType = WORK_TYPES[Math.floor(random() * WORK_TYPES.length)]!;
          return async () => {
            await ok(
              op(
                `mutation BenchJournalPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }`,
              ),
              { i: { lessonId: lesson.id, studentId, workType, value } },
              math,
            );
            posted++;
          };
        }),
      );
      await pool(POST_CONCURRENCY, tasks);
    }
  } finally {
    stack.clock.now = NOW;
  }
  const perMark = (performance.now() - marksStarted) / Math.max(1, posted);
  out(
    `  ${posted} marks posted on ${past.length} lesson days — ${seconds(marksStarted)} (${perMark.toFixed(1)} ms/mark)`,
  );
  // Let gradebook's outbox relay publish the marks' events first, so it does not run under the timings.
  await waitFor('gradebook to publish its outbox', async () => {
    const [row] = await q(
      `select count(*)::int as n from outbox_message where published_at is null`,
      [],
    );
    return row.n === 0;
  });
  out(`Seeding took ${seconds(started)}`);
  return { assignmentId, periodId, students: studentIds.length, posted, lessons: lessons.length };
}

async function main(): Promise<void> {
  const broker = KAFKA_BROKERS.split(',')[0]!;
  if (!(await reachable(broker))) {
    throw new SetupError(
      `Kafka is not reachable at ${broker}. Run \`bash scripts/kafka.sh start\` first (or set KAFKA_BROKERS).`,
    );
  }
  if (!(await reachable(TEST_DATABASE_URL))) {
    throw new SetupError(
      `PostgreSQL is not reachable at ${new URL(TEST_DATABASE_URL).host}. Start it or set TEST_DATABASE_URL.`,
    );
  }

  out(`Journal benchmark: Kafka ${KAFKA_BROKERS}, clock ${NOW.toISOString()}`);
  const startedStack = performance.now();
  const stack = await startStack({ now: NOW });
  out(`Stack started — ${seconds(startedStack)}`);
  try {
    out('Seeding one class (7А, algebra) for the 2nd quarter:');
    const seeded = await seed(stack);
    const vars = { a: seeded.assignmentId, p: seeded.periodId };
    const expectedRows = seeded.students + 1; // the fixture's Пётр is in 7А as well

    const check = (label: string) => (res: GqlResponse<JournalShape>) => {
      if (res.errors || !res.data?.journal)
        throw new Error(`${label}: ${JSON.stringify(res.errors)}`);
      const { rows, lessons } = res.data.journal;
      const marks = rows.reduce((n, r) => n + r.marks.length, 0);
      if (
        rows.length !== expectedRows ||
        lessons.length !== seeded.lessons ||
        marks !== seeded.posted
      )
        throw new Error(
          `${label}: expected ${expectedRows} rows, ${seeded.lessons} lessons, ${seeded.posted} marks; ` +
            `got ${rows.length}, ${lessons.length}, ${marks}`,
        );
    };

    // a) Through the gateway, as the deputy director.
    const zavuch = await stack.login('zavuch');
    const viaGateway: Probe = {
      run: () => stack.gql(JOURNAL_GATEWAY, vars, zavuch),
      check: check('gateway journal'),
    };

    // b) The same gradebook data straight from the subgraph, with the assertion the gateway signs.
    const sign = await createViewerSigner(stack.gatewayKeys.privateKeyPem);
    const assertion = () =>
      sign({
        viewer: {
          kind: 'person',
          personId: P.deputy,
          sessionId: 'bench-journal',
          authMethod: 'password',
          roles: [
            {
              role: 'deputy_director',
              schoolId: DEMO_SCHOOL.schoolId,
              classId: null,
              regionId: null,
            },
          ],
        },
        source: { ip: null, userAgent: 'bench-journal' },
        requestId: 'bench-journal',
      });
    // The gateway signs an assertion per subgraph request too, so signing stays inside the timing.
    const direct: Probe = {
      run: async () =>
        postGraphQL<JournalShape>(
          stack.gradebookUrl,
          { query: JOURNAL_DIRECT, variables: vars },
          { [VIEWER_HEADER]: await assertion() },
        ),
      check: check('direct journal'),
    };
    const [gatewaySamples, directSamples] = await measure([viaGateway, direct]);
    const gateway = stats(gatewaySamples!);
    const directStats = stats(directSamples!);

    // c) Subgraph requests behind one journal query.
    const before = await subgraphRequests(stack.gatewayUrl);
    viaGateway.check(await viaGateway.run());
    const after = await subgraphRequests(stack.gatewayUrl);
    const perSubgraph = [...after.keys()]
      .sort()
      .map((name) => [name, (after.get(name) ?? 0) - (before.get(name) ?? 0)] as const)
      .filter(([, n]) => n > 0);

    out();
    out(
      `Journal page: ${expectedRows} students, ${seeded.lessons} lessons, ${seeded.posted} marks; ` +
        `${WARMUP} warm-up + ${RUNS} timed runs each, interleaved`,
    );
    out(`                                   p50 ms   p95 ms  mean ms   min ms   max ms`);
    for (const [label, s] of [
      ['a) gateway (zavuch, full page)  ', gateway],
      ['b) gradebook subgraph directly  ', directStats],
    ] as const) {
      out(`${label}${ms(s.p50)} ${ms(s.p95)} ${ms(s.mean)} ${ms(s.min)} ${ms(s.max)}`);
    }
    out(`Ratio gateway/direct p50: ${(gateway.p50 / directStats.p50).toFixed(2)}x`);
    out(
      `c) Subgraph requests for one journal query: ${perSubgraph.map(([n, c]) => `${n} ${c}`).join(', ')}`,
    );
    const tooMany = perSubgraph.filter(([, n]) => n > MAX_REQUESTS_PER_SUBGRAPH);
    if (tooMany.length > 0) {
      throw new Error(
        `entity resolution is not batched: ${tooMany.map(([n, c]) => `${n} got ${c} requests`).join(', ')} ` +
          `(at most ${MAX_REQUESTS_PER_SUBGRAPH} per subgraph expected)`,
      );
    }
    out(`   at most ${MAX_REQUESTS_PER_SUBGRAPH} per subgraph: OK (batched)`);
  } finally {
    await stack.stop();
  }
}

const started = performance.now();
try {
  await main();
  out(`Done in ${seconds(started)}`);
  process.exit(0);
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  process.stderr.write(
    `\nbench:journal failed: ${e instanceof SetupError ? e.message : (e.stack ?? String(err))}\n`,
  );
  if (!(e instanceof SetupError) && /ECONNREFUSED|KafkaJS|broker/i.test(String(e.message))) {
    process.stderr.write(
      'Is Kafka running? Run `bash scripts/kafka.sh start` first (and check TEST_DATABASE_URL for PostgreSQL).\n',
    );
  }
  process.exit(1);
}
