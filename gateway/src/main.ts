import { createLogger } from '@dnevnik/logging';
import { createLifecycle } from '@dnevnik/server-kit';
import { createGateway } from './app.js';
import { loadGatewayEnv } from './env.js';

const env = loadGatewayEnv();
const logger = createLogger({ source: 'gateway', level: env.LOG_LEVEL });
const lifecycle = createLifecycle(logger);
const gateway = await createGateway({ env, logger });
lifecycle.onStop('gateway', () => gateway.stop());
await gateway.start();
lifecycle.stopOnSignals();
