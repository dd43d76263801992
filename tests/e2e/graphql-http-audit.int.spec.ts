import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairPem } from '@dnevnik/auth';
import { createGateway, loadGatewayEnv, type Gateway } from '@dnevnik/gateway';
import { createLogger } from '@dnevnik/logging';

/**
 * The GraphQL-over-HTTP audit of graphql-http, run against the real gateway (over the committed
 * supergraph: the audit's operations are `{ __typename }` and such, which the gateway answers
 * itself, so no subgraph has to run) and against a stock Apollo Server, side by side.
 */
const NOWHERE = 'http://127.0.0.1:9/graphql';
let gateway: Gateway;
let gatewayUrl: string;
let stock: ApolloServer;
let stockUrl: string;

beforeAll(async () => {
  gateway = await createGateway({
    env: loadGatewayEnv({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      SUBGRAPH_URLS: ['identity', 'curriculum', 'gradebook', 'attendance', 'messaging']
        .map((name) => `${name}=${NOWHERE}`)
        .join(','),
      IDENTITY_JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    }),
    logger: createLogger({ source: 'e2e', level: 'silent' }),
    signingKeyPem: (await generateKeyPairPem('EdDSA')).privateKeyPem,
  });
  gatewayUrl = (await gateway.start()).url;
  stock = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
  });
  stockUrl = (await startStandaloneServer(stock, { listen: { port: 0, host: '127.0.0.1' } })).url;
});
afterAll(async () => {
  await gateway?.stop();
  await stock?.stop();
});

async function audit(url: string): Promise<AuditResult[]> {
  const results: AuditResult[] = [];
  for (const check of serverAudits({ url })) results.push(await check.fn());
  return results;
}

const tally = (results: AuditResult[]) => ({
  ok: results.filter((r) => r.status === 'ok').length,
  notice: results.filter((r) => r.status === 'notice').length,
  warn: results.filter((r) => r.status === 'warn').length,
  error: results.filter((r) => r.status === 'error').length,
});

describe('the GraphQL-over-HTTP audit', () => {
  it('finds no more warnings or errors in the gateway than in a stock Apollo Server', async () => {
    const ours = await audit(gatewayUrl);
    const theirs = await audit(stockUrl);
    const oursTally = tally(ours);
    const theirsTally = tally(theirs);
    const failing = (results: AuditResult[]) =>
      results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.name}`);
    // Printed so that the numbers can be quoted; the assertion is below.
    process.stdout.write(
      `graphql-http audit: gateway ${JSON.stringify(oursTally)}, stock Apollo Server ${JSON.stringify(theirsTally)}\n` +
        `gateway: ${failing(ours).join('; ')}\nstock: ${failing(theirs).join('; ')}\n`,
    );
    expect(oursTally.error).toBe(0);
    expect(oursTally.error).toBeLessThanOrEqual(theirsTally.error);
    expect(oursTally.warn).toBeLessThanOrEqual(theirsTally.warn);
    // No audit the stock server passes fails on the gateway.
    const stockOk = new Set(theirs.filter((r) => r.status === 'ok').map((r) => r.id));
    expect(ours.filter((r) => r.status !== 'ok' && stockOk.has(r.id)).map((r) => r.name)).toEqual(
      [],
    );
  });
});
