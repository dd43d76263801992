import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { PersonViewer, RoleGrant, TokenViewer } from '@dnevnik/auth';
import type { IdentityContext } from '../../context.js';
import { RoleAssignment } from '../people/index.js';
import { RefreshToken, type Session } from './access.entities.js';

export type AccessTokenIssuer = (
  viewer: TokenViewer,
  ttlSeconds?: number,
) => Promise<{ token: string; expiresAt: Date }>;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  viewer: PersonViewer;
  session: Session;
}

async function activeGrants(em: EntityManager, personId: string): Promise<RoleGrant[]> {
  const rows = await em.find(
    RoleAssignment,
    { personId, revokedAt: null },
    { orderBy: { grantedAt: 'asc' } },
  );
  return rows.map((r) => ({
    role: r.role,
    regionId: r.regionId,
    schoolId: r.schoolId,
    classId: r.classId,
  }));
}

async function newRefreshToken(em: EntityManager, sessionId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const row = new RefreshToken();
  row.id = uuidv7();
  row.sessionId = sessionId;
  row.tokenHash = sha256(token);
  em.persist(row);
  return token;
}

/** A new access token with the person's current roles, and the next single-use refresh token. */
export async function issueTokens(
  ctx: IdentityContext,
  em: EntityManager,
  session: Session,
): Promise<IssuedTokens> {
  const viewer: PersonViewer = {
    kind: 'person',
    personId: session.personId,
    sessionId: session.id,
    authMethod: session.authMethod,
    roles: await activeGrants(em, session.personId),
  };
  const refreshToken = await newRefreshToken(em, session.id);
  const { token, expiresAt } = await ctx.deps.issueAccessToken(viewer);
  return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken, viewer, session };
}
