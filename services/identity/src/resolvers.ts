import { auditVerification, CHECKPOINT_STATUS } from '@dnevnik/audit';
import { isPerson, ROLES, type PersonViewer } from '@dnevnik/auth';
import { forbidden, notFound } from '@dnevnik/errors';
import { accessFacts, type IdentityContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import type { Session } from './modules/access/access.entities.js';
import * as access from './modules/access/access.service.js';
import {
  auditChainCheckpoint,
  verifyIdentityAuditChain,
} from './modules/audit/audit-checkpoints.js';
import { completeEsiaLogin } from './modules/esia/esia.service.js';
import type { ParentLink } from './modules/people/people.entities.js';
import { PARENT_LINK_SOURCES } from './modules/people/people.entities.js';
import { personVisibility } from './modules/people/people.rules.js';
import * as people from './modules/people/people.service.js';
import type { PersonView, SessionView } from './views.js';

/** Resolvers stay thin: parse, check who is asking (in the services and rules), map to views. */
async function personView(ctx: IdentityContext, id: string): Promise<PersonView> {
  const person = await ctx.loaders.person.load(id);
  if (!person) throw notFound('Человек');
  const visibility = personVisibility(ctx.viewer, await accessFacts(ctx, id));
  if (visibility === 'none') throw forbidden('Нет доступа к данным этого человека.');
  return {
    id: person.id,
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    birthDate: visibility === 'full' ? person.birthDate : null,
    visibility,
  };
}

/** Links whose other side the viewer may see; a parent sees only links to their own child. */
async function visibleLinks(
  ctx: IdentityContext,
  links: ParentLink[],
  otherSide: 'parentId' | 'childId',
) {
  const visible = await Promise.all(
    links.map(
      async (link) =>
        personVisibility(ctx.viewer, await accessFacts(ctx, link[otherSide])) !== 'none',
    ),
  );
  return links.filter((_, i) => visible[i]);
}

const iso = (d: Date) => d.toISOString();

function sessionView(s: Session, viewer: PersonViewer): SessionView {
  return {
    id: s.id,
    authMethod: s.authMethod,
    createdAt: iso(s.createdAt),
    lastUsedAt: iso(s.lastUsedAt),
    expiresAt: iso(s.expiresAt),
    userAgent: s.userAgent,
    ip: s.ip,
    current: s.id === viewer.sessionId,
    revokedAt: s.revokedAt ? iso(s.revokedAt) : null,
  };
}

async function viewerView(ctx: IdentityContext, viewer: PersonViewer, session: Session) {
  return {
    person: await personView(ctx, viewer.personId),
    roles: await ctx.loaders.grants.load(viewer.personId),
    session: sessionView(session, viewer),
  };
}

async function authPayload(ctx: IdentityContext, issued: access.IssuedTokens) {
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

/** GraphQL enum values are the upper-case spelling of the values the domain uses. */
const enumMap = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as { [K in T as Uppercase<K>]: K };

export const resolvers: Resolvers = {
  Role: enumMap(ROLES),
  ParentLinkSource: enumMap(PARENT_LINK_SOURCES),
  AuthMethod: enumMap(['password', 'temporary', 'esia'] as const),
  ChainCheckpointStatus: CHECKPOINT_STATUS,

  Query: {
    me: async (_parent, _args, ctx) => {
      if (!isPerson(ctx.viewer)) return null;
      const { viewer, session } = await access.requireActiveSession(ctx);
      return viewerView(ctx, viewer, session);
    },
    person: async (_parent, { id }, ctx) => {
      await access.requireActiveSession(ctx);
      return personView(ctx, id);
    },
    mySessions: async (_parent, _args, ctx) => {
      const sessions = await access.listOwnSessions(ctx);
      return sessions.map((s) => sessionView(s, requireViewer(ctx)));
    },
    verifyAuditChain: async (_parent, { schoolId }, ctx) => {
      // The access check comes first, inside verifySchoolAuditChain; the checkpoint after it.
      const verdict = await people.verifySchoolAuditChain(ctx, schoolId);
      return auditVerification(verdict, await auditChainCheckpoint(ctx, `school:${schoolId}`));
    },
    verifyIdentityAuditChain: async (_parent, { chain }, ctx) => {
      const v = await verifyIdentityAuditChain(ctx, chain);
      return auditVerification(v.chain, v.checkpoint);
    },
  },

  Mutation: {
    login: async (_parent, { input }, ctx) => authPayload(ctx, await access.login(ctx, input)),
    completeEsiaLogin: async (_parent, { code }, ctx) =>
      authPayload(ctx, await completeEsiaLogin(ctx, code)),
    refreshSession: async (_parent, { refreshToken }, ctx) =>
      authPayload(ctx, await access.refresh(ctx, refreshToken)),
    logout: (_parent, _args, ctx) => access.logout(ctx),
    revokeSession: async (_parent, { id }, ctx) =>
      sessionView(await access.revokeOwnSession(ctx, id), requireViewer(ctx)),
    changePassword: (_parent, { currentPassword, newPassword }, ctx) =>
      access.changePassword(ctx, currentPassword, newPassword),
    registerPerson: async (_parent, { input }, ctx) => {
      const person = await people.registerPerson(ctx, input);
      return personView(ctx, person.id);
    },
    grantRole: (_parent, { input }, ctx) => people.grantRole(ctx, input),
    revokeRole: (_parent, { id, reason }, ctx) => people.revokeRole(ctx, id, reason),
    linkParent: (_parent, { input }, ctx) => people.linkParent(ctx, input),
    verifyParentLink: (_parent, { id }, ctx) => people.verifyParentLink(ctx, id),
    removeParentLink: (_parent, { id, reason }, ctx) => people.removeParentLink(ctx, id, reason),
    recordConsent: (_parent, { input }, ctx) => people.recordConsent(ctx, input),
    issueTemporaryCredentials: async (_parent, { input }, ctx) => {
      const creds = await access.issueTemporaryCredentials(ctx, input);
      return { ...creds, expiresAt: iso(creds.expiresAt) };
    },
  },

  Person: {
    // The same check as the root field: _entities is no back door (A8).
    __resolveReference: (ref, ctx) => personView(ctx, ref.id),
    roles: (p, _args, ctx) => (p.visibility === 'full' ? ctx.loaders.grants.load(p.id) : null),
    children: async (p, _args, ctx) =>
      p.visibility === 'full'
        ? visibleLinks(ctx, await ctx.loaders.linksAsParent.load(p.id), 'childId')
        : null,
    parents: async (p, _args, ctx) =>
      p.visibility === 'full'
        ? visibleLinks(ctx, await ctx.loaders.linksAsChild.load(p.id), 'parentId')
        : null,
  },

  RoleAssignment: {
    grantedAt: (r) => iso(r.grantedAt),
  },

  ParentLink: {
    parent: (l, _args, ctx) => personView(ctx, l.parentId),
    child: (l, _args, ctx) => personView(ctx, l.childId),
    esiaConfirmedAt: (l) => (l.esiaConfirmedAt ? iso(l.esiaConfirmedAt) : null),
    createdAt: (l) => iso(l.createdAt),
  },

  Consent: {
    subject: (c, _args, ctx) => personView(ctx, c.subjectId),
    givenBy: (c, _args, ctx) => personView(ctx, c.givenBy),
  },
};
