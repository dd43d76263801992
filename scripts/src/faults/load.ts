/**
 * The fault suite's client: posts marks through the gateway as the demo math teacher and keeps
 * a record of every mark, so that the verification can compare what the client was told with
 * what the databases and the topic hold. Like a real client, it sends a mark again with the same
 * request id when it got no answer or a temporary error (the server answers a repeat with the
 * mark it stored); a mark whose every attempt failed is one the client was told was not stored.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export interface MarkTarget {
  lessonId: string;
  studentId: string;
}

export type Outcome = 'acked' | 'failed' | 'unknown';

export interface PostRecord {
  /** Unique per request: travels in the mark's comment, which is how the check finds the row. */
  tag: string;
  target: MarkTarget;
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
  /** How many times it was sent: more than 1 when an attempt failed and was repeated. */
  attempts: number;
  markId?: string;
  /** The error code the client got (SUBGRAPH_UNAVAILABLE, …) or the transport error. */
  error?: string;
}

const POST_MARK = `mutation($i: PostMarkInput!) { postMark(input: $i) { id } }`;
const VALUES = ['5', '4', '3', '5', '4'];

export async function login(gatewayUrl: string, loginName: string, password: string) {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      variables: { i: { login: loginName, password } },
    }),
  });
  const json = (await res.json()) as { data?: { login?: { accessToken: string } } };
  const token = json.data?.login?.accessToken;
  if (!token) throw new Error(`login ${loginName} failed: ${JSON.stringify(json)}`);
  return token;
}

/** Errors after which the same request is sent again: the server may or may not have stored it. */
const TEMPORARY = new Set([
  'SUBGRAPH_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'TIMEOUT',
  'NETWORK',
]);
export const isTemporary = (error: string | undefined) =>
  error !== undefined && (TEMPORARY.has(error) || /^HTTP 5\d\d$/.test(error));

/**
 * One mark, sent up to `maxAttempts` times with the same request id while the answer is a
 * temporary error, waiting longer after each failure.
 */
export async function postMark(
  gatewayUrl: string,
  token: string,
  tag: string,
  target: MarkTarget,
  n: number,
  options: { maxAttempts?: number; timeoutMs?: number } = {},
): Promise<PostRecord> {
  const maxAttempts = options.maxAttempts ?? 1;
  const startedAt = performance.now();
  const requestId = randomUUID();
  for (let attempt = 1; ; attempt++) {
    const r = await postOnce(gatewayUrl, token, requestId, tag, target, n, options.timeoutMs);
    if (r.outcome === 'acked' || attempt >= maxAttempts || !isTemporary(r.error))
      return { ...r, tag, target, startedAt, endedAt: performance.now(), attempts: attempt };
    await new Promise((done) => setTimeout(done, Math.min(4000, 250 * 2 ** (attempt - 1))));
  }
}

type Attempt = Pick<PostRecord, 'outcome' | 'markId' | 'error'>;

async function postOnce(
  gatewayUrl: string,
  token: string,
  requestId: string,
  tag: string,
  target: MarkTarget,
  n: number,
  timeoutMs = 30_000,
): Promise<Attempt> {
  const done = (outcome: Outcome, extra: Partial<Attempt> = {}): Attempt => ({
    outcome,
    ...extra,
  });
  try {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: POST_MARK,
        variables: {
          // A written test: it may be entered up to 7 days after its lesson (M5).
          i: {
            ...target,
            workType: 'test',
            value: VALUES[n % VALUES.length],
            comment: tag,
            requestId,
          },
        },
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json: {
      data?: { postMark?: { id?: string } };
      errors?: { extensions?: { code?: string } }[];
    };
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      return done('failed', { error: `HTTP ${res.status}` });
    }
    const id = json.data?.postMark?.id;
    if (res.ok && id && !json.errors?.length) return done('acked', { markId: id });
    return done('failed', {
      error: json.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`,
    });
  } catch (err) {
    // No answer at all (timeout, connection reset): the client does not know the outcome.
    return done('unknown', {
      error: (err as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK',
    });
  }
}

export interface LoadOptions {
  gatewayUrl: string;
  token: string;
  targets: MarkTarget[];
  /** Prefix of every tag: one per scenario. */
  tagPrefix: string;
  writers: number;
  /** Stop after this many requests… */
  count?: number;
  /** …or after this long, whichever comes first. */
  durationMs?: number;
  /** Attempts per mark (1: never repeated). */
  maxAttempts?: number;
  /** A writer whose mark failed for good waits this long before its next one. */
  pauseAfterFailureMs?: number;
  /** Called after every request, e.g. to fire the fault at the right moment. */
  onRecord?: (record: PostRecord, all: PostRecord[]) => void;
}

/** Closed-loop writers: each posts its next mark as soon as it has the answer to the last. */
export async function runLoad(options: LoadOptions) {
  const records: PostRecord[] = [];
  const started = performance.now();
  let next = 0;
  const more = () =>
    (options.count === undefined || next < options.count) &&
    (options.durationMs === undefined || performance.now() - started < options.durationMs);
  const writer = async () => {
    while (more()) {
      const n = next++;
      const target = options.targets[n % options.targets.length]!;
      const record = await postMark(
        options.gatewayUrl,
        options.token,
        `${options.tagPrefix}${n}`,
        target,
        n,
        { maxAttempts: options.maxAttempts ?? 1 },
      );
      records.push(record);
      options.onRecord?.(record, records);
      if (record.outcome !== 'acked' && options.pauseAfterFailureMs)
        await new Promise((r) => setTimeout(r, options.pauseAfterFailureMs));
    }
  };
  await Promise.all(Array.from({ length: options.writers }, writer));
  return { records, seconds: (performance.now() - started) / 1000 };
}
