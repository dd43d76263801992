import { ROLES } from '@dnevnik/auth';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { requireActiveSession } from '../access/index.js';
import { grantRole } from './grant-role.js';
import { linkParent } from './link-parent.js';
import { personView, visibleLinks } from './people.queries.js';
import { PARENT_LINK_SOURCES } from './people.rules.js';
import { recordConsent } from './record-consent.js';
import { registerPerson } from './register-person.js';
import { removeParentLink } from './remove-parent-link.js';
import { revokeRole } from './revoke-role.js';
import { verifyParentLink } from './verify-parent-link.js';

const iso = (d: Date) => d.toISOString();

/** GraphQL enum values are the upper-case spelling of the values the domain uses. */
const enumMap = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as { [K in T as Uppercase<K>]: K };

export const peopleResolvers: Resolvers = {
  Role: enumMap(ROLES),
  ParentLinkSource: enumMap(PARENT_LINK_SOURCES),

  Query: {
    person: async (_parent, { id }, ctx) => {
      await requireActiveSession(ctx);
      return personView(ctx, id);
    },
  },

  Mutation: {
    registerPerson: async (_parent, { input }, ctx) => {
      const person = await registerPerson(ctx, input);
      return personView(ctx, person.id);
    },
    grantRole: (_parent, { input }, ctx) => grantRole(ctx, input),
    revokeRole: (_parent, { id, reason }, ctx) => revokeRole(ctx, id, reason),
    linkParent: (_parent, { input }, ctx) => linkParent(ctx, input),
    verifyParentLink: (_parent, { id }, ctx) => verifyParentLink(ctx, id),
    removeParentLink: (_parent, { id, reason }, ctx) => removeParentLink(ctx, id, reason),
    recordConsent: (_parent, { input }, ctx) => recordConsent(ctx, input),
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
