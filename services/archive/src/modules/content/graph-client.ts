import { createClientAssertionSigner } from '@dnevnik/auth';

/**
 * The archive reads a school's journal through the gateway as a client does (ADR 0012): with a
 * token for that one school, got from identity with an assertion signed by the archive's key.
 * Tokens are kept until shortly before they expire; a token refused on the way (identity's key
 * rotated, the token expired in flight) is replaced once.
 */
export interface GraphAnswer<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export class GraphReadError extends Error {
  constructor(
    message: string,
    readonly errors: GraphAnswer<unknown>['errors'] = [],
  ) {
    super(message);
  }
}

const ISSUE = `mutation ArchiveServiceToken($a: String!, $s: ID!) { issueServiceToken(clientAssertion: $a, schoolId: $s) { accessToken expiresAt } }`;
/** A token this close to its expiry is not used for a new read. */
const RENEW_BEFORE_MS = 30_000;

export async function createGraphClient(options: {
  gatewayUrl: string;
  privateKeyPem: string;
  clientId?: string;
  timeoutMs?: number;
  now?: () => Date;
}) {
  const sign = await createClientAssertionSigner({
    clientId: options.clientId ?? 'archive',
    privateKeyPem: options.privateKeyPem,
  });
  const now = options.now ?? (() => new Date());
  const tokens = new Map<string, Promise<{ token: string; expiresAt: number }>>();

  async function post<T>(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<{ status: number; answer: GraphAnswer<T> }> {
    const res = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    return { status: res.status, answer: (await res.json()) as GraphAnswer<T> };
  }

  async function issue(schoolId: string) {
    const { answer } = await post<{
      issueServiceToken: { accessToken: string; expiresAt: string };
    }>(ISSUE, { a: await sign(now()), s: schoolId }, {});
    const issued = answer.data?.issueServiceToken;
    if (!issued) throw new GraphReadError('identity refused the archive a token', answer.errors);
    return { token: issued.accessToken, expiresAt: Date.parse(issued.expiresAt) };
  }

  async function tokenFor(schoolId: string, fresh = false): Promise<string> {
    const cached = tokens.get(schoolId);
    if (cached && !fresh) {
      const held = await cached.catch(() => null);
      if (held && held.expiresAt - now().getTime() > RENEW_BEFORE_MS) return held.token;
    }
    const next = issue(schoolId);
    tokens.set(schoolId, next);
    next.catch(() => tokens.delete(schoolId));
    return (await next).token;
  }

  /**
   * Runs one operation for one school and returns its data; any error in the answer fails the
   * read, since a document made from a partial answer would not be the journal.
   */
  async function read<T>(
    schoolId: string,
    query: string,
    variables: Record<string, unknown>,
    correlationId?: string,
  ): Promise<T> {
    const headers = (token: string) => ({
      authorization: `Bearer ${token}`,
      ...(correlationId ? { 'x-request-id': correlationId } : {}),
    });
    let { status, answer } = await post<T>(query, variables, headers(await tokenFor(schoolId)));
    if (status === 401 || answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
      ({ status, answer } = await post<T>(
        query,
        variables,
        headers(await tokenFor(schoolId, true)),
      ));
    if (answer.errors?.length || !answer.data)
      throw new GraphReadError(
        `the graph did not answer in full: ${answer.errors?.map((e) => e.message).join('; ') ?? status}`,
        answer.errors,
      );
    return answer.data;
  }

  return { read };
}

export type GraphClient = Awaited<ReturnType<typeof createGraphClient>>;
