export { createGateway, type Gateway, type GatewayOptions } from './app.js';
export { loadGatewayEnv, type GatewayEnv } from './env.js';
