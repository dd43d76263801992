export {
  createHttpServer,
  HttpError,
  sendJson,
  type RouteHandler,
  type RunningHttpServer,
} from './http-server.js';
export { createErrorFormatter } from './errors.js';
export { createMetrics } from './metrics.js';
export {
  createSubgraphServer,
  type BaseRequestContext,
  type Readiness,
  type SubgraphServerOptions,
} from './subgraph-server.js';
export { createLifecycle, type Lifecycle } from './lifecycle.js';
export { applyInputPolicy, INPUT_POLICY_SDL } from './input-policy.js';
export {
  checkId,
  checkString,
  DEFAULT_MAX_STRING_LENGTH,
  type InputProblem,
} from './input-policy.rules.js';
