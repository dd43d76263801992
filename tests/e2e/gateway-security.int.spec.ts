import { SignJWT, generateKeyPair, importPKCS8 } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createViewerSigner, VIEWER_HEADER } from '@dnevnik/auth';
import { op } from './generated/index.js';
import { postGraphQL, startStack, type Stack } from './harness.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

async function subgraphRequests(): Promise<number> {
  const text = await (await fetch(stack.gatewayUrl.replace('/graphql', '/metrics'))).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('gateway_subgraph_requests_total'))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

describe('the gateway as the only door', () => {
  it('logs in and answers me through the graph', async () => {
    const token = await stack.login('ivanov.parent');
    const res = await stack.gql(
      op(
        `query SecurityMe { me { person { lastName children { child { firstName } } } roles { role } session { current authMethod } } }`,
      ),
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const me = res.data!.me!;
    expect(me.person.lastName).toBe('Иванов');
    expect(me.person.children!.map((c) => c.child.firstName).sort()).toEqual(['Мария', 'Пётр']);
    expect(me.roles).toEqual([{ role: 'PARENT' }]);
    expect(me.session).toEqual({ current: true, authMethod: 'PASSWORD' });
  });

  it('serves a GraphiQL in development that loads nothing from the internet', async () => {
    const res = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('<title>Dnevnik Graph</title>');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });

  it('a subgraph refuses a request without the gateway identity', async () => {
    const res = await postGraphQL(stack.identityUrl, { query: '{ me { person { id } } }' });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a subgraph refuses an identity signed by anyone but the gateway', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
    const { exportPKCS8 } = await import('jose');
    const forge = await createViewerSigner(await exportPKCS8(privateKey));
    const assertion = await forge({
      viewer: {
        kind: 'person',
        personId: '01930000-0000-7000-8000-000000001003',
        sessionId: 'x',
        authMethod: 'password',
        roles: [
          {
            role: 'school_admin',
            schoolId: '01930000-0000-7000-8000-000000000010',
            classId: null,
            regionId: null,
          },
        ],
      },
      source: { ip: null, userAgent: null },
      requestId: 'forged-request',
    });
    const res = await postGraphQL(
      stack.identityUrl,
      { query: '{ me { person { id } } }' },
      { [VIEWER_HEADER]: assertion },
    );
    expect(res.status).toBe(401);
  });

  it('refuses an expired access token', async () => {
    const key = await importPKCS8(stack.identitySigningKeyPem, 'ES256');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ sid: 's', amr: 'password', roles: [] })
      .setProtectedHeader({ alg: 'ES256', kid: 'identity-1' })
      .setSubject('01930000-0000-7000-8000-000000003001')
      .setIssuer('dnevnik-identity')
      .setAudience('dnevnik-graph')
      .setIssuedAt(now - 3600)
      .setExpirationTime(now - 1800)
      .sign(key);
    const res = await stack.gql(op(`query SecurityMe2 { me { person { id } } }`), {}, expired);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({
      sid: 's',
      amr: 'password',
      roles: [{ role: 'director', schoolId: null, classId: null, regionId: null }],
    })
      .setProtectedHeader({ alg: 'ES256', kid: 'identity-1' })
      .setSubject('01930000-0000-7000-8000-000000001001')
      .setIssuer('dnevnik-identity')
      .setAudience('dnevnik-graph')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const res = await stack.gql(op(`query SecurityMe2 { me { person { id } } }`), {}, forged);
    expect(res.status).toBe(401);
  });

  it('refuses an unsigned alg:none token', async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
      sub: '01930000-0000-7000-8000-000000001001',
      sid: 's',
      amr: 'password',
      roles: [
        {
          role: 'director',
          schoolId: '01930000-0000-7000-8000-000000000010',
          classId: null,
          regionId: null,
        },
      ],
      iss: 'dnevnik-identity',
      aud: 'dnevnik-graph',
      iat: now,
      exp: now + 300,
    })}.`;
    const res = await stack.gql(op(`query SecurityMe2 { me { person { id } } }`), {}, none);
    expect(res.status).toBe(401);
  });

  it('rejects a depth-50 query before any subgraph is called', async () => {
    const before = await subgraphRequests();
    let selection = 'id';
    for (let i = 0; i < 24; i++) selection = `children { child { ${selection} } }`;
    const res = await stack.gqlRaw(`{ me { person { ${selection} } } }`);
    // Depth and cost both refuse it; the depth limit must be among the reasons.
    expect(res.errors?.some((e) => /depth limit of 12 exceeded/i.test(e.message))).toBe(true);
    expect(res.data).toBeUndefined();
    expect(await subgraphRequests()).toBe(before);
  });

  it('rejects a 100-alias query before any subgraph is called', async () => {
    const before = await subgraphRequests();
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: me { person { id } }`).join(' ');
    const res = await stack.gqlRaw(`{ ${aliases} }`);
    expect(res.errors?.some((e) => /aliases limit of 15 exceeded/i.test(e.message))).toBe(true);
    expect(res.data).toBeUndefined();
    expect(await subgraphRequests()).toBe(before);
  });

  it('refuses batched HTTP requests and GET requests without a CSRF preflight header', async () => {
    const batch = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ me { person { id } } }' },
        { query: '{ me { person { id } } }' },
      ]),
    });
    expect(batch.status).toBe(400);
    const get = await fetch(
      `${stack.gatewayUrl}?query=${encodeURIComponent('{ me { person { id } } }')}`,
    );
    expect(get.status).toBe(400);
  });
});

describe('the gateway in production', () => {
  it('turns off introspection and the IDE, and refuses a malformed timeout setting', async () => {
    const { createGateway, loadGatewayEnv } = await import('@dnevnik/gateway');
    const { createLogger } = await import('@dnevnik/logging');
    const env = {
      NODE_ENV: 'production',
      GATEWAY_PORT: '0',
      GATEWAY_SIGNING_KEY: stack.gatewayKeys.privateKeyPem,
      SUBGRAPH_URLS: `identity=${stack.identityUrl}`,
      IDENTITY_JWKS_URL: stack.identityUrl.replace(/\/graphql$/, '/.well-known/jwks.json'),
    };
    expect(() => loadGatewayEnv({ ...env, SUBGRAPH_TIMEOUTS: 'identity=soon' })).toThrow(
      /SUBGRAPH_TIMEOUTS/,
    );
    expect(() => loadGatewayEnv({ NODE_ENV: 'production' })).toThrow(/GATEWAY_SIGNING_KEY/);
    const gateway = await createGateway({
      env: loadGatewayEnv(env),
      logger: createLogger({ source: 'e2e', level: 'silent' }),
    });
    const server = await gateway.start();
    try {
      const introspection = await postGraphQL(server.url, {
        query: '{ __schema { types { name } } }',
      });
      expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      const ide = await fetch(server.url, { headers: { accept: 'text/html' } });
      expect(ide.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
      // The real work still goes through.
      const login = await postGraphQL(server.url, {
        query: op(
          `mutation SecurityLogin { login(input: {login: "director", password: "demo-dnevnik-2026"}) { accessToken } }`,
        ),
      });
      expect(login.data?.login!.accessToken).toBeTruthy();
    } finally {
      await gateway.stop();
    }
  });
});
