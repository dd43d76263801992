import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { op } from './generated/index.js';
import { DEMO_PASSWORD, postGraphQL, startStack, type Stack } from './harness.js';

/**
 * Login throttling through the gateway (docs/adr/0007-login-throttling.md): the delay belongs to
 * one login tried from one client address, so an attacker who knows a teacher's login cannot
 * keep her out of the journal on the lesson day.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const LOGIN = op(`mutation ThrottleLogin($i: LoginInput!) { login(input: $i) { accessToken } }`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A login attempt from a client address, as the trusted ingress reports it. */
async function attempt(address: string, login: string, password: string) {
  const res = await postGraphQL(
    stack.gatewayUrl,
    { query: LOGIN, variables: { i: { login, password } } },
    { 'x-forwarded-for': address },
  );
  const error = res.errors?.[0];
  return {
    code: error?.extensions?.code ?? 'OK',
    retryAfter: error?.extensions?.retryAfterSeconds as number | undefined,
    message: error?.message,
    token: res.data?.login?.accessToken,
  };
}

const ATTACKER = '198.51.100.7';
const TEACHER = '192.0.2.10';

describe('an attacker failing on a teacher’s login', () => {
  let lastRetry = 0;

  it('is delayed from its own address with a growing Retry-After', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt(ATTACKER, 'math', `guess-${i}`)).code);
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));

    // Each wait is served, then one more wrong guess is checked and the next delay is longer.
    const retries: number[] = [];
    let checked = 5;
    while (retries.length < 4) {
      const r = await attempt(ATTACKER, 'math', `guess-${checked}`);
      if (r.code === 'UNAUTHENTICATED') {
        checked++;
        continue;
      }
      expect(r.code).toBe('TOO_MANY_REQUESTS');
      expect(r.message).toMatch(/Повторите через \d+ с/);
      retries.push(r.retryAfter!);
      if (retries.length < 4) await sleep(r.retryAfter! * 1000 + 100);
    }
    for (let i = 1; i < retries.length; i++) expect(retries[i]).toBeGreaterThan(retries[i - 1]!);
    expect(retries[3]).toBeGreaterThanOrEqual(4);
    // One checked guess per served delay, not more.
    expect(checked).toBeLessThanOrEqual(5 + 3 + 1);
    lastRetry = retries[3]!;
  }, 60_000);

  it('gains nothing by flooding during the delay, even with the right password', async () => {
    const flood = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        attempt(ATTACKER, 'math', i === 10 ? DEMO_PASSWORD : `flood-${i}`),
      ),
    );
    expect(flood.map((r) => r.code)).toEqual(Array(20).fill('TOO_MANY_REQUESTS'));
    // Refused attempts are not failures: the delay did not grow.
    for (const r of flood) expect(r.retryAfter!).toBeLessThanOrEqual(lastRetry);
  });

  it('does not keep the teacher out: from her address the right password works at once', async () => {
    const teacher = await attempt(TEACHER, 'math', DEMO_PASSWORD);
    expect(teacher.code).toBe('OK');
    const me = await stack.gql(
      op(`query ThrottleMe { me { person { lastName } } }`),
      {},
      teacher.token,
    );
    expect(me.errors).toBeUndefined();
    // Her success is hers: the attacker's address stays delayed.
    expect((await attempt(ATTACKER, 'math', 'after-teacher')).code).toBe('TOO_MANY_REQUESTS');
    // And attempts during the attacker's delay still did not lock her.
    expect((await attempt(TEACHER, 'math', DEMO_PASSWORD)).code).toBe('OK');
  });

  it('a teacher who mistypes a few times from her own address is not delayed', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await attempt(TEACHER, 'math', `typo-${i}`)).code).toBe('UNAUTHENTICATED');
    }
    expect((await attempt(TEACHER, 'math', DEMO_PASSWORD)).code).toBe('OK');
  });
});

describe('a login attacked from many addresses', () => {
  it('gives each failing address one guess and a minute’s delay, and never blocks a clean one', async () => {
    // Four addresses × 5 free failures reach the ceiling of 20 failures in 15 minutes.
    for (let a = 1; a <= 4; a++) {
      for (let i = 0; i < 5; i++) {
        expect((await attempt(`203.0.113.${a}`, 'russian', `spray-${a}-${i}`)).code).toBe(
          'UNAUTHENTICATED',
        );
      }
    }
    // A new attacking address: its first guess is checked, then it waits a minute.
    expect((await attempt('203.0.113.50', 'russian', 'one-guess')).code).toBe('UNAUTHENTICATED');
    const second = await attempt('203.0.113.50', 'russian', 'second-guess');
    expect(second.code).toBe('TOO_MANY_REQUESTS');
    expect(second.retryAfter).toBeGreaterThanOrEqual(59);
    // The teacher, from an address that has not been failing, signs in at once.
    expect((await attempt('192.0.2.77', 'russian', DEMO_PASSWORD)).code).toBe('OK');
  });

  it('answers an unknown login exactly like a known one', async () => {
    for (let i = 0; i < 5; i++) await attempt('198.51.100.99', 'nobody-at-all', `x-${i}`);
    const unknown = await attempt('198.51.100.99', 'nobody-at-all', 'x');
    for (let i = 0; i < 5; i++) await attempt('198.51.100.98', 'zavuch', `x-${i}`);
    const known = await attempt('198.51.100.98', 'zavuch', 'x');
    expect(unknown.code).toBe('TOO_MANY_REQUESTS');
    expect(known.code).toBe('TOO_MANY_REQUESTS');
  });
});
