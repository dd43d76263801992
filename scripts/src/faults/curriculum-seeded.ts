/**
 * Curriculum as its own process for the fault suite: services/curriculum/src/main.ts plus the
 * demo school's seed (the classes, timetable and this week's lessons the suite marks). The seed
 * is idempotent, so a restarted process finds the school and adds nothing.
 */
import {
  createCurriculumService,
  loadCurriculumEnv,
  seedCurriculumDemo,
} from '@dnevnik/curriculum';
import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';

const env = loadCurriculumEnv();
const logger = createLogger({ source: 'curriculum', level: env.logLevel });
const lifecycle = createLifecycle(logger);
const service = await createCurriculumService({ env, logger });
lifecycle.onStop('curriculum', () => service.stop());
await seedCurriculumDemo(service, { logger, today: new Date() });
await service.start();
lifecycle.stopOnSignals();
