/**
 * `npm run bench:isolation`: does one viewer's heavy query slow everyone else down? Another
 * viewer's light query is timed (p50, p99) alone, then while one viewer sends fifteen aliases of
 * a 200-day timetable over and over: through a gateway without the query limits, and through
 * one with the default limits, which refuses the heavy query before it reaches a subgraph.
 * A benchmark, not a test: it prints numbers. Loopback only, bounded in count and time.
 *
 * Needs the real PostgreSQL (TEST_DATABASE_URL) and Kafka (KAFKA_BROKERS, default 127.0.0.1:9092:
 * `bash scripts/kafka.sh start`). BENCH_LIGHT_RUNS (default 60) light requests per scenario,
 * BENCH_HEAVY_WORKERS (default 4) heavy senders, BENCH_SCENARIO_SECONDS (default 60) at most.
 */
import { performance } from 'node:perf_hooks';
import { createGateway, loadGatewayEnv } from '@dnevnik/gateway';
import { createLogger } from '@dnevnik/logging';
import { op } from '../../tests/e2e/generated/index.js';
import { postGraphQL, startStack, type Stack } from '../../tests/e2e/harness.js';
import { buildSchool, MONDAY } from '../../tests/e2e/school-fixture.js';

const LIGHT_RUNS = Number(process.env.BENCH_LIGHT_RUNS ?? 60);
const HEAVY_WORKERS = Number(process.env.BENCH_HEAVY_WORKERS ?? 4);
const SCENARIO_MS = Number(process.env.BENCH_SCENARIO_SECONDS ?? 60) * 1000;

const LIGHT = '{ myTimetable(from: "2026-11-23", to: "2026-11-23") { id date } }';
const HEAVY = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `a${i}: myTimetable(from: "2026-09-01", to: "2027-03-19") { id date subject { name } teacher { lastName } }`,
).join(' ')} }`;

const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value: number) => `${value.toFixed(1)} ms`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Outcome {
  light: number[];
  lightErrors: number;
  heavySent: number;
  heavyRefused: number;
  heavyAnswered: number;
  heavySlowest: number;
}

async function scenario(url: string, light: string, heavy: string | null): Promise<Outcome> {
  const outcome: Outcome = {
    light: [],
    lightErrors: 0,
    heavySent: 0,
    heavyRefused: 0,
    heavyAnswered: 0,
    heavySlowest: 0,
  };
  const deadline = performance.now() + SCENARIO_MS;
  let done = false;
  const headers = (token: string) => ({ authorization: `Bearer ${token}` });
  const workers = heavy
    ? Array.from({ length: HEAVY_WORKERS }, async () => {
        while (!done && performance.now() < deadline) {
          outcome.heavySent++;
          const started = performance.now();
          const res = await postGraphQL(url, { query: HEAVY }, headers(heavy));
          outcome.heavySlowest = Math.max(outcome.heavySlowest, performance.now() - started);
          if (res.status === 400 || res.status === 429) {
            outcome.heavyRefused++;
            // A refused client backs off the way Retry-After asks, roughly.
            await new Promise((r) => setTimeout(r, 50));
          } else outcome.heavyAnswered++;
        }
      })
    : [];
  // Let the heavy senders get going before the first light request.
  if (heavy) await new Promise((r) => setTimeout(r, 500));
  for (let i = 0; i < LIGHT_RUNS && performance.now() < deadline; i++) {
    const started = performance.now();
    const res = await postGraphQL(url, { query: LIGHT }, headers(light));
    outcome.light.push(performance.now() - started);
    if (res.errors) outcome.lightErrors++;
    await new Promise((r) => setTimeout(r, 20));
  }
  done = true;
  await Promise.all(workers);
  return outcome;
}

function report(label: string, o: Outcome) {
  const sorted = [...o.light].sort((a, b) => a - b);
  out(
    `  ${label.padEnd(34)} light p50 ${ms(percentile(sorted, 50)).padStart(10)}  p99 ${ms(percentile(sorted, 99)).padStart(10)}  max ${ms(sorted.at(-1) ?? Number.NaN).padStart(10)}  (${sorted.length} runs, ${o.lightErrors} errors)`,
  );
  if (o.heavySent)
    out(
      `  ${''.padEnd(34)} heavy sent ${o.heavySent}, refused ${o.heavyRefused}, answered ${o.heavyAnswered}, slowest ${ms(o.heavySlowest)}`,
    );
}

async function main() {
  out('Starting the graph (identity, curriculum, gradebook, attendance) behind a gateway…');
  const stack: Stack = await startStack({ now: MONDAY });
  const unlimited = await createGateway({
    env: loadGatewayEnv({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      SUBGRAPH_URLS: `identity=${stack.identityUrl},curriculum=${stack.curriculumUrl},gradebook=${stack.gradebookUrl},attendance=${stack.attendanceUrl}`,
      IDENTITY_JWKS_URL: stack.identityUrl.replace(/\/graphql$/, '/.well-known/jwks.json'),
      MAX_COST: '10000000',
      MAX_CONCURRENT_PER_VIEWER: '1000',
    }),
    logger: createLogger({ source: 'bench', level: 'silent' }),
    signingKeyPem: stack.gatewayKeys.privateKeyPem,
  });
  const unlimitedUrl = (await unlimited.start()).url;
  try {
    const school = await buildSchool(stack);
    const generated = await school.ok(
      op(
        `mutation BenchIsolationGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`,
      ),
      { y: school.id('year') },
      school.admin,
    );
    out(`  ${generated.generateLessons.created} lessons in the year`);
    const heavyViewer = await stack.login('ivanov.parent');
    const lightViewer = await stack.login('smirnova.parent');
    const probe = await postGraphQL<{ a0?: unknown[] }>(
      unlimitedUrl,
      { query: HEAVY },
      { authorization: `Bearer ${heavyViewer}` },
    );
    const lessons = probe.data?.a0?.length ?? 0;
    out(`  the heavy query: 15 × ${lessons} lessons with subject and teacher`);
    out();
    out(
      `${LIGHT_RUNS} light requests per scenario by another viewer, ${HEAVY_WORKERS} heavy senders:`,
    );
    report('baseline (no heavy traffic)', await scenario(stack.gatewayUrl, lightViewer, null));
    report('heavy, gateway without limits', await scenario(unlimitedUrl, lightViewer, heavyViewer));
    report(
      'heavy, gateway with default limits',
      await scenario(stack.gatewayUrl, lightViewer, heavyViewer),
    );
  } finally {
    await unlimited.stop();
    await stack.stop();
  }
}

await main();
