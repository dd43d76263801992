import { defineConfig } from 'vitest/config';

// One run over every workspace: unit specs (*.spec.ts) and integration specs (*.int.spec.ts)
// that talk to the real PostgreSQL and the real Kafka broker started by scripts/test.sh.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: [
      '{packages,services}/*/{src,test}/**/*.spec.ts',
      '{gateway,scripts}/{src,test}/**/*.spec.ts',
      'tests/**/*.spec.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
