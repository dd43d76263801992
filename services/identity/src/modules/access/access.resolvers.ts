import { isPerson, type PersonViewer } from '@dnevnik/auth';
import { forbidden } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { personView } from '../people/index.js';
import type { Session } from './access.entities.js';
import { listOwnSessions, requireActiveSession, sessionView } from './access.queries.js';
import { changePassword } from './change-password.js';
import type { IssuedTokens } from './issue-tokens.js';
import { issueServiceToken } from './issue-service-token.js';
import { issueTemporaryCredentials } from './issue-temporary-credentials.js';
import { login } from './log-in.js';
import { logout } from './log-out.js';
import { refresh } from './refresh-session.js';
import { revokeOwnSession } from './revoke-own-session.js';

const iso = (d: Date) => d.toISOString();

async function viewerView(ctx: IdentityContext, viewer: PersonViewer, session: Session) {
  return {
    person: await personView(ctx, viewer.personId),
    roles: await ctx.loaders.grants.load(viewer.personId),
    session: sessionView(session, viewer),
  };
}

/** The payload of every login: the tokens and who they belong to. */
export async function authPayload(ctx: IdentityContext, issued: IssuedTokens) {
  return {
    accessToken: issued.accessToken,
    accessTokenExpiresAt: iso(issued.accessTokenExpiresAt),
    refreshToken: issued.refreshToken,
    // The request was anonymous; the new session's person is the viewer of the payload.
    viewer: await viewerView({ ...ctx, viewer: issued.viewer }, issued.viewer, issued.session),
  };
}

function requireViewer(ctx: IdentityContext): PersonViewer {
  if (!isPerson(ctx.viewer)) throw forbidden();
  return ctx.viewer;
}

export const accessResolvers: Resolvers = {
  AuthMethod: { PASSWORD: 'password', TEMPORARY: 'temporary', ESIA: 'esia' },

  Query: {
    me: async (_parent, _args, ctx) => {
      if (!isPerson(ctx.viewer)) return null;
      const { viewer, session } = await requireActiveSession(ctx);
      return viewerView(ctx, viewer, session);
    },
    mySessions: async (_parent, _args, ctx) => {
      const sessions = await listOwnSessions(ctx);
      return sessions.map((s) => sessionView(s, requireViewer(ctx)));
    },
  },

  Mutation: {
    login: async (_parent, { input }, ctx) => authPayload(ctx, await login(ctx, input)),
    refreshSession: async (_parent, { refreshToken }, ctx) =>
      authPayload(ctx, await refresh(ctx, refreshToken)),
    logout: (_parent, _args, ctx) => logout(ctx),
    revokeSession: async (_parent, { id }, ctx) =>
      sessionView(await revokeOwnSession(ctx, id), requireViewer(ctx)),
    changePassword: (_parent, { currentPassword, newPassword }, ctx) =>
      changePassword(ctx, currentPassword, newPassword),
    issueTemporaryCredentials: async (_parent, { input }, ctx) => {
      const creds = await issueTemporaryCredentials(ctx, input);
      return { ...creds, expiresAt: iso(creds.expiresAt) };
    },
    issueServiceToken: async (_parent, { clientAssertion, schoolId }, ctx) => {
      const issued = await issueServiceToken(ctx, { clientAssertion, schoolId });
      return { accessToken: issued.accessToken, expiresAt: iso(issued.expiresAt) };
    },
  },
};
