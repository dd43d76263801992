export * from './roles.js';
export * from './viewer.js';
export * from './keys.js';
export * from './gateway-identity.js';
export * from './access-token.js';
export * from './client-assertion.js';
