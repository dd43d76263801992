import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';
import { migrateService } from '@dnevnik/service-runtime';
import { createGradebookService, gradebookEntities } from './app.js';
import { loadGradebookEnv } from './env.js';
import { gradebookMigrations } from './migrations/index.js';

// Composition root: read config, build, start, stop on signals. `main.js migrate` applies the
// migrations as the schema owner and exits (production runs the service as gradebook_writer).
const env = loadGradebookEnv();
const logger = createLogger({ source: 'gradebook', level: env.LOG_LEVEL });

if (process.argv[2] === 'migrate') {
  const url = env.GRADEBOOK_MIGRATION_DATABASE_URL ?? env.GRADEBOOK_DATABASE_URL;
  if (!url) {
    logger.fatal('GRADEBOOK_MIGRATION_DATABASE_URL or GRADEBOOK_DATABASE_URL is required');
    process.exit(2);
  }
  const applied = await migrateService({
    url,
    entities: gradebookEntities,
    migrations: gradebookMigrations,
    logger,
  });
  logger.info({ applied: applied.length }, 'gradebook migrations done');
} else {
  const lifecycle = createLifecycle(logger);
  const service = await createGradebookService({ env, logger });
  lifecycle.onStop('gradebook', () => service.stop());
  await service.start();
  lifecycle.stopOnSignals();
}
