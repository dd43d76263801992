import { defineConfig } from 'vitest/config';

// The fault-injection suite (`npm run test:faults`): kept out of the root config's
// `tests/**/*.spec.ts` so that `npm test` never runs it. One file, one worker, long timeouts:
// it starts its own PostgreSQL cluster, Kafka broker and the graph as separate processes.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/faults/**/*.fault.ts'],
    testTimeout: 1_200_000,
    hookTimeout: 900_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
