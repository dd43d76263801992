import type { EntityManager } from '@mikro-orm/postgresql';
import { isPerson } from '@dnevnik/auth';
import { forbidden, notFound } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import type { PersonView } from '../../views.js';
import { personVisibility, type PersonAccessFacts } from './people.access.js';
import { RoleAssignment, type ParentLink } from './people.entities.js';

/** The student grant of a child (the latest), which names the child's school. */
export async function schoolOfChild(
  tx: EntityManager,
  childId: string,
): Promise<RoleAssignment | null> {
  return tx.findOne(
    RoleAssignment,
    { personId: childId, role: 'student', revokedAt: null },
    { orderBy: { grantedAt: 'desc' } },
  );
}

const childCache = new WeakMap<IdentityContext, Promise<Set<string>>>();

/** Verified, current children of the viewer: the only children a parent may see (A8). */
export function viewerChildren(ctx: IdentityContext): Promise<Set<string>> {
  let cached = childCache.get(ctx);
  if (!cached) {
    cached = isPerson(ctx.viewer)
      ? ctx.loaders.linksAsParent
          .load(ctx.viewer.personId)
          .then((links) => new Set(links.filter((l) => l.verified).map((l) => l.childId)))
      : Promise.resolve(new Set<string>());
    childCache.set(ctx, cached);
  }
  return cached;
}

/** The facts personVisibility needs about `personId`, loaded in batches. */
export async function accessFacts(
  ctx: IdentityContext,
  personId: string,
): Promise<PersonAccessFacts> {
  const [grants, viewerChildIds] = await Promise.all([
    ctx.loaders.grants.load(personId),
    viewerChildren(ctx),
  ]);
  return { personId, grants, viewerChildIds };
}

/** A person as the viewer may see them; refused when they may see nothing (A8). */
export async function personView(ctx: IdentityContext, id: string): Promise<PersonView> {
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
export async function visibleLinks(
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
