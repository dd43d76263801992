import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultSuite, log, SIZES, type ScenarioResult } from '../../scripts/src/faults/suite.js';
import { renderTable } from '../../scripts/src/faults/reconcile.js';

/**
 * Fault injection against a real PostgreSQL cluster and a real Kafka broker of its own, with
 * every service as its own process behind the real gateway. Each scenario asserts that every
 * mark the client was told was stored is stored exactly once, that no refused mark is stored,
 * that every stored mark's event is on the topic, and that each recipient has exactly one
 * notification per mark. Sizes: see SIZES in scripts/src/faults/suite.ts (FAULTS_* variables).
 */
const suite = new FaultSuite();
const results: ScenarioResult[] = [];
let failed = false;

beforeAll(async () => {
  log(`sizes: ${JSON.stringify(SIZES)}`);
  try {
    await suite.start();
  } catch (err) {
    failed = true;
    throw err;
  }
});

afterAll(async () => {
  if (results.length > 0) {
    process.stdout.write(`\nFault-injection suite\n${renderTable(results.map((r) => r.row))}\n\n`);
  }
  await suite.stop(failed || SIZES.keep);
});

function expectIntact(
  result: ScenarioResult,
  options: { someAcked: boolean } = { someAcked: true },
) {
  results.push(result);
  const { marks, notifications } = result.counts;
  try {
    if (options.someAcked)
      expect(marks.acked, 'some marks must be acknowledged').toBeGreaterThan(0);
    expect(marks.lost, 'acknowledged marks missing from the table').toEqual([]);
    expect(marks.duplicated, 'marks stored more than once').toEqual([]);
    expect(marks.mismatched, 'acknowledged with another id than stored').toEqual([]);
    expect(marks.storedRefused, 'refused marks that were stored anyway').toEqual([]);
    expect(result.counts.onTopic, 'stored marks whose event is on the topic').toBe(marks.stored);
    expect(notifications.duplicated, 'notifications made twice for one mark').toBe(0);
    expect(notifications.missing, 'notifications not delivered').toBe(0);
    expect(notifications.delivered).toBeGreaterThanOrEqual(marks.stored);
  } catch (err) {
    failed = true;
    throw err;
  }
}

describe('fault injection', () => {
  it('the Kafka broker is killed while marks are posted, and comes back', async () => {
    const r = await suite.brokerOutage();
    expectIntact(r);
    // The gateway and gradebook need no broker to take a mark: the outbox holds the event.
    expect(r.counts.marks.acked).toBe(r.counts.marks.posted);
  });

  it('the notification consumer gets SIGKILL mid-batch', async () => {
    expectIntact(await suite.consumerKill());
  });

  it('PostgreSQL restarts under load', async () => {
    expectIntact(await suite.postgresRestart());
  });

  it('a subgraph is killed and restarted', async () => {
    const r = await suite.subgraphKill();
    expectIntact(r);
    expect(
      r.records.filter((m) => m.attempts > 1).length,
      'requests during the outage are refused, and the marks sent again',
    ).toBeGreaterThan(0);
  });

  it('concurrent writers post marks', async () => {
    const r = await suite.throughput();
    expectIntact(r);
    log(`writers: ${r.row.marksPerSecond.toFixed(1)} marks/s, p99 ${r.row.p99Ms.toFixed(0)} ms`);
  });
});
