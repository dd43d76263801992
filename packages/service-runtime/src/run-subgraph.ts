import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';
import type { Subgraph } from './define-subgraph.js';
import { migrateService } from './index.js';

/**
 * Every service's `main.js`: `serve` (the default) builds the service, runs its `beforeServe`
 * step and listens until a signal; `migrate` applies the migrations as the schema's owner and
 * exits, so production can run the service as a role without DDL rights.
 */
export async function runSubgraph(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any definition's subgraph
  subgraph: Subgraph<any, any, any, any> & {
    definition: { beforeServe?: (...args: never[]) => Promise<void> };
  },
  argv: readonly string[] = process.argv.slice(2),
): Promise<void> {
  const command = argv[0] ?? 'serve';
  const env = subgraph.loadEnv();
  const logger = createLogger({ source: subgraph.name, level: env.logLevel });
  if (command === 'migrate') {
    const url = env.migrationDatabaseUrl ?? env.databaseUrl;
    if (!url) {
      logger.fatal('the migration or database URL of the service is required for migrate');
      process.exitCode = 2;
      return;
    }
    const applied = await migrateService({
      url,
      entities: subgraph.entities,
      migrations: subgraph.migrations,
      logger,
    });
    logger.info({ applied: applied.length }, `${subgraph.name} migrations done`);
    return;
  }
  if (command !== 'serve') {
    logger.fatal({ command }, 'unknown command: use serve or migrate');
    process.exitCode = 2;
    return;
  }
  const lifecycle = createLifecycle(logger);
  const service = await subgraph.create({ env, logger });
  lifecycle.onStop(subgraph.name, () => service.stop());
  const beforeServe = subgraph.definition.beforeServe as
    ((s: typeof service, e: typeof env, l: typeof logger) => Promise<void>) | undefined;
  await beforeServe?.(service, env, logger);
  await service.start();
  lifecycle.stopOnSignals();
}
