import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';
import { migrateService } from '@dnevnik/service-runtime';
import { attendanceEntities, createAttendanceService } from './app.js';
import { loadAttendanceEnv } from './env.js';
import { attendanceMigrations } from './migrations/index.js';

// Composition root: read config, build, start, stop on signals. `main.js migrate` applies the
// migrations as the schema owner and exits (production runs the service as attendance_writer).
const env = loadAttendanceEnv();
const logger = createLogger({ source: 'attendance', level: env.LOG_LEVEL });

if (process.argv[2] === 'migrate') {
  const url = env.ATTENDANCE_MIGRATION_DATABASE_URL ?? env.ATTENDANCE_DATABASE_URL;
  if (!url) {
    logger.fatal('ATTENDANCE_MIGRATION_DATABASE_URL or ATTENDANCE_DATABASE_URL is required');
    process.exit(2);
  }
  const applied = await migrateService({
    url,
    entities: attendanceEntities,
    migrations: attendanceMigrations,
    logger,
  });
  logger.info({ applied: applied.length }, 'attendance migrations done');
} else {
  const lifecycle = createLifecycle(logger);
  const service = await createAttendanceService({ env, logger });
  lifecycle.onStop('attendance', () => service.stop());
  await service.start();
  lifecycle.stopOnSignals();
}
