import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { isPerson, ROLES, type PersonViewer } from '@dnevnik/auth';
import { forbidden, notFound } from '@dnevnik/errors';
import { accessFacts, type IdentityContext } from './context.js';
import type { Session } from './modules/access/access.entities.js';
import * as access from './modules/access/access.service.js';
import type { ParentLink, RoleAssignment } from './modules/people/people.entities.js';
import { personVisibility, type PersonVisibility } from './modules/people/people.rules.js';
import * as people from './modules/people/people.service.js';

/** What a Person resolves to: only the fields the viewer may see are filled. */
interface PersonView {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  visibility: Exclude<PersonVisibility, 'none'>;
}

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
  const out: ParentLink[] = [];
  for (const link of links) {
    const facts = await accessFacts(ctx, link[otherSide]);
    if (personVisibility(ctx.viewer, facts) !== 'none') out.push(link);
  }
  return out;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function sessionView(s: Session, viewer: PersonViewer) {
  return {
    id: s.id,
    authMethod: s.authMethod,
    createdAt: iso(s.createdAt),
    lastUsedAt: iso(s.lastUsedAt),
    expiresAt: iso(s.expiresAt),
    userAgent: s.userAgent,
    ip: s.ip,
    current: s.id === viewer.sessionId,
    revokedAt: iso(s.revokedAt),
  };
}

async function authPayload(ctx: IdentityContext, issued: access.IssuedTokens) {
  return {
    accessToken: issued.accessToken,
    accessTokenExpiresAt: issued.accessTokenExpiresAt.toISOString(),
    refreshToken: issued.refreshToken,
    viewer: await viewerView({ ...ctx, viewer: issued.viewer }, issued.viewer, issued.session),
  };
}

async function viewerView(ctx: IdentityContext, viewer: PersonViewer, session: Session) {
  return {
    person: await personView(ctx, viewer.personId),
    roles: await ctx.loaders.grants.load(viewer.personId),
    session: sessionView(session, viewer),
  };
}

const enumMap = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<string, T>;

export const resolvers: GraphQLResolverMap<IdentityContext> = {
  Role: enumMap(ROLES),
  ParentLinkSource: enumMap(['school_record', 'esia', 'application']),
  AuthMethod: enumMap(['password', 'temporary', 'esia']),

  Query: {
    me: async (_: unknown, __: unknown, ctx: IdentityContext) => {
      if (!isPerson(ctx.viewer)) return null;
      const { viewer, session } = await access.requireActiveSession(ctx);
      return viewerView(ctx, viewer, session);
    },
    person: async (_: unknown, args: { id: string }, ctx: IdentityContext) => {
      await access.requireActiveSession(ctx);
      return personView(ctx, args.id);
    },
    mySessions: async (_: unknown, __: unknown, ctx: IdentityContext) => {
      const sessions = await access.listOwnSessions(ctx);
      return sessions.map((s) => sessionView(s, ctx.viewer as PersonViewer));
    },
    verifyAuditChain: async (_: unknown, args: { schoolId: string }, ctx: IdentityContext) => {
      const verdict = await people.verifySchoolAuditChain(ctx, args.schoolId);
      return verdict.ok
        ? { ok: true, checked: verdict.checked }
        : {
            ok: false,
            checked: verdict.checked,
            firstBrokenSeq: verdict.firstBrokenSeq,
            reason: verdict.reason,
          };
    },
  },

  Mutation: {
    login: async (
      _: unknown,
      args: { input: { login: string; password: string } },
      ctx: IdentityContext,
    ) => authPayload(ctx, await access.login(ctx, args.input)),
    refreshSession: async (_: unknown, args: { refreshToken: string }, ctx: IdentityContext) =>
      authPayload(ctx, await access.refresh(ctx, args.refreshToken)),
    logout: (_: unknown, __: unknown, ctx: IdentityContext) => access.logout(ctx),
    revokeSession: async (_: unknown, args: { id: string }, ctx: IdentityContext) =>
      sessionView(await access.revokeOwnSession(ctx, args.id), ctx.viewer as PersonViewer),
    changePassword: (
      _: unknown,
      args: { currentPassword: string; newPassword: string },
      ctx: IdentityContext,
    ) => access.changePassword(ctx, args.currentPassword, args.newPassword),
    registerPerson: async (
      _: unknown,
      args: { input: people.RegisterPersonInput },
      ctx: IdentityContext,
    ) => {
      const person = await people.registerPerson(ctx, args.input);
      return personView(ctx, person.id);
    },
    grantRole: (
      _: unknown,
      args: { input: Parameters<typeof people.grantRole>[1] },
      ctx: IdentityContext,
    ) => people.grantRole(ctx, args.input),
    revokeRole: (_: unknown, args: { id: string; reason: string }, ctx: IdentityContext) =>
      people.revokeRole(ctx, args.id, args.reason),
    linkParent: (
      _: unknown,
      args: { input: Parameters<typeof people.linkParent>[1] },
      ctx: IdentityContext,
    ) => people.linkParent(ctx, args.input),
    verifyParentLink: (_: unknown, args: { id: string }, ctx: IdentityContext) =>
      people.verifyParentLink(ctx, args.id),
    removeParentLink: (_: unknown, args: { id: string; reason: string }, ctx: IdentityContext) =>
      people.removeParentLink(ctx, args.id, args.reason),
    recordConsent: (
      _: unknown,
      args: { input: Parameters<typeof people.recordConsent>[1] },
      ctx: IdentityContext,
    ) => people.recordConsent(ctx, args.input),
    issueTemporaryCredentials: async (
      _: unknown,
      args: { input: Parameters<typeof access.issueTemporaryCredentials>[1] },
      ctx: IdentityContext,
    ) => {
      const creds = await access.issueTemporaryCredentials(ctx, args.input);
      return { ...creds, expiresAt: creds.expiresAt.toISOString() };
    },
  },

  Person: {
    // The same check as the root field: _entities is no back door (A8).
    __resolveReference: (ref: { id: string }, ctx: IdentityContext) => personView(ctx, ref.id),
    roles: async (p: PersonView, _: unknown, ctx: IdentityContext) =>
      p.visibility === 'full' ? ctx.loaders.grants.load(p.id) : null,
    children: async (p: PersonView, _: unknown, ctx: IdentityContext) =>
      p.visibility === 'full'
        ? visibleLinks(ctx, await ctx.loaders.linksAsParent.load(p.id), 'childId')
        : null,
    parents: async (p: PersonView, _: unknown, ctx: IdentityContext) =>
      p.visibility === 'full'
        ? visibleLinks(ctx, await ctx.loaders.linksAsChild.load(p.id), 'parentId')
        : null,
  },

  RoleAssignment: {
    grantedAt: (r: RoleAssignment) => r.grantedAt.toISOString(),
  },

  ParentLink: {
    parent: (l: ParentLink, _: unknown, ctx: IdentityContext) => personView(ctx, l.parentId),
    child: (l: ParentLink, _: unknown, ctx: IdentityContext) => personView(ctx, l.childId),
    createdAt: (l: ParentLink) => l.createdAt.toISOString(),
  },

  Consent: {
    subject: (c: { subjectId: string }, _: unknown, ctx: IdentityContext) =>
      personView(ctx, c.subjectId),
    givenBy: (c: { givenBy: string }, _: unknown, ctx: IdentityContext) =>
      personView(ctx, c.givenBy),
  },
};
