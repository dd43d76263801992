import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';
import { createIdentityService } from './app.js';
import { loadIdentityEnv } from './env.js';
import { seedDemo } from './seed/demo.js';

// Composition root: read config, build, start, stop on signals.
const env = loadIdentityEnv();
const logger = createLogger({ source: 'identity', level: env.LOG_LEVEL });
const lifecycle = createLifecycle(logger);
const service = await createIdentityService({ env, logger });
lifecycle.onStop('identity', () => service.stop());
if (env.SEED_DEMO)
  await seedDemo(service.database.orm, { passwordLogN: env.PASSWORD_SCRYPT_LOG_N, logger });
await service.start();
lifecycle.stopOnSignals();
