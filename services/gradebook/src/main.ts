import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';
import { createGradebookService } from './app.js';
import { loadGradebookEnv } from './env.js';

// Composition root: read config, build, start, stop on signals.
const env = loadGradebookEnv();
const logger = createLogger({ source: 'gradebook', level: env.LOG_LEVEL });
const lifecycle = createLifecycle(logger);
const service = await createGradebookService({ env, logger });
lifecycle.onStop('gradebook', () => service.stop());
await service.start();
lifecycle.stopOnSignals();
