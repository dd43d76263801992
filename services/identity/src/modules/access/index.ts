// What the other modules of identity (and the seed) may use of sessions and accounts.
export {
  Account,
  AccountSchema,
  LoginAttemptSchema,
  RefreshTokenSchema,
  SessionSchema,
} from './access.entities.js';
export { requireActiveSession } from './access.queries.js';
export { authPayload, accessResolvers } from './access.resolvers.js';
export { hashPassword } from './hash-password.js';
export type { AccessTokenIssuer, IssuedTokens } from './issue-tokens.js';
export { openSession } from './open-session.js';
export { revokeAllSessions } from './revoke-sessions.js';
export { revocationFeedPolicy } from './revocation.rules.js';
export { revocationRoutes } from './serve-revocation-feed.js';
export { parseServiceClients } from './service-clients.rules.js';
