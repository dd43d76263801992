import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';
import { createCurriculumService } from './app.js';
import { loadCurriculumEnv } from './env.js';

// Composition root: read config, build, start, stop on signals.
const env = loadCurriculumEnv();
const logger = createLogger({ source: 'curriculum', level: env.LOG_LEVEL });
const lifecycle = createLifecycle(logger);
const service = await createCurriculumService({ env, logger });
lifecycle.onStop('curriculum', () => service.stop());
await service.start();
lifecycle.stopOnSignals();
