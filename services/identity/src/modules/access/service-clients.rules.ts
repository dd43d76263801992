import type { RoleGrant, ServiceRole } from '@dnevnik/auth';

/**
 * The services identity gives tokens to, and the one role each may hold (ADR 0012). A client id
 * that is not here gets nothing, whatever key it presents: deny by default.
 */
export const SERVICE_CLIENT_ROLES: Readonly<Record<string, ServiceRole>> = {
  archive: 'archivist',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The grant a service's token carries: its role, for one school; null for an unknown client. */
export function serviceGrant(clientId: string, schoolId: string): RoleGrant | null {
  const role = Object.hasOwn(SERVICE_CLIENT_ROLES, clientId)
    ? SERVICE_CLIENT_ROLES[clientId]
    : undefined;
  if (!role || !UUID.test(schoolId)) return null;
  return { role, regionId: null, schoolId: schoolId.toLowerCase(), classId: null };
}

/**
 * `IDENTITY_SERVICE_CLIENTS`: a JSON object of client id → SPKI PEM of its ES256 public key.
 * Returns the problems instead of throwing, so the env check reports them with the others.
 */
export function parseServiceClients(raw: string | undefined): {
  clients: Map<string, string>;
  problems: string[];
} {
  const clients = new Map<string, string>();
  if (!raw?.trim()) return { clients, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { clients, problems: ['must be a JSON object of client id → public key PEM'] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { clients, problems: ['must be a JSON object of client id → public key PEM'] };
  const problems: string[] = [];
  for (const [id, pem] of Object.entries(parsed)) {
    if (!Object.hasOwn(SERVICE_CLIENT_ROLES, id)) problems.push(`unknown service client ${id}`);
    else if (typeof pem !== 'string' || !pem.includes('BEGIN PUBLIC KEY'))
      problems.push(`${id}: expected an SPKI PEM public key`);
    else clients.set(id, pem);
  }
  return { clients, problems };
}
