import { v7 as uuidv7 } from 'uuid';
import { appendAudit } from '@dnevnik/audit';
import { InvalidClientAssertionError, type ServiceViewer } from '@dnevnik/auth';
import { badInput, unauthenticated } from '@dnevnik/errors';
import type { IdentityContext } from '../../context.js';
import { serviceGrant } from './service-clients.rules.js';

const NOT_RECOGNISED =
  'Служба не опознана: подпись запроса неверна, устарела или уже использована.';

/**
 * Client credentials for a service (ADR 0012): the archive proves who it is with an assertion
 * signed by its own key and gets a short-lived token for one school, with its read-only role.
 * The token has no session or refresh token; the service asks again when it expires. Each issue
 * is written to the school's audit chain, so the audit shows every time the archive read it.
 */
export async function issueServiceToken(
  ctx: IdentityContext,
  input: { clientAssertion: string; schoolId: string },
): Promise<{ accessToken: string; expiresAt: Date; viewer: ServiceViewer }> {
  const { serviceClients } = ctx.deps;
  if (input.clientAssertion.length > 4096) throw unauthenticated(NOT_RECOGNISED);
  let clientId: string;
  try {
    const verified = await serviceClients.verify(input.clientAssertion, ctx.deps.now());
    if (!serviceClients.firstUse(verified.jti, verified.expiresAt, ctx.deps.now()))
      throw new InvalidClientAssertionError('replayed');
    clientId = verified.clientId;
  } catch (err) {
    if (!(err instanceof InvalidClientAssertionError)) throw err;
    ctx.logger.warn({ reason: err.message }, 'service token refused');
    throw unauthenticated(NOT_RECOGNISED);
  }
  const grant = serviceGrant(clientId, input.schoolId);
  if (!grant) throw badInput('Укажите школу: её идентификатор.', { field: 'schoolId' });

  const viewer: ServiceViewer = {
    kind: 'service',
    serviceId: clientId,
    sessionId: uuidv7(),
    roles: [grant],
  };
  const { token, expiresAt } = await ctx.deps.issueAccessToken(viewer, serviceClients.ttlSeconds);
  await ctx.em.fork().transactional(async (tx) => {
    await appendAudit(tx, {
      chain: `school:${grant.schoolId}`,
      actorPersonId: null,
      actorRole: grant.role,
      action: 'service_token.issued',
      entityType: 'service_token',
      entityId: viewer.sessionId,
      schoolId: grant.schoolId,
      before: null,
      after: { serviceId: clientId, role: grant.role, expiresAt: expiresAt.toISOString() },
    });
  });
  ctx.deps.afterCommit();
  return { accessToken: token, expiresAt, viewer };
}
