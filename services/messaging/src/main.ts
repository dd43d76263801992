import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';
import { createMessagingService } from './app.js';
import { loadMessagingEnv } from './env.js';

// Composition root: read config, build, start, stop on signals.
const env = loadMessagingEnv();
const logger = createLogger({ source: 'messaging', level: env.LOG_LEVEL });
const lifecycle = createLifecycle(logger);
const service = await createMessagingService({ env, logger });
lifecycle.onStop('messaging', () => service.stop());
await service.start();
lifecycle.stopOnSignals();
