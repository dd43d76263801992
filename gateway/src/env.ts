import { envFields, parseEnv, z } from '@dnevnik/config';

const schema = z
  .object({
    NODE_ENV: envFields.nodeEnv,
    LOG_LEVEL: envFields.logLevel,
    GATEWAY_PORT: envFields.port(4000),
    GATEWAY_HOST: z.string().default('127.0.0.1'),
    /** The composed supergraph; the gateway never introspects subgraphs at run time. */
    SUPERGRAPH_PATH: z.string().optional(),
    /** Overrides the routing URL of a subgraph named in the supergraph: "identity=http://…,curriculum=…". */
    SUBGRAPH_URLS: envFields.csv,
    /** Where identity publishes the keys access tokens are signed with. */
    IDENTITY_JWKS_URL: z.url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
    /** PKCS#8 PEM of the Ed25519 key that signs the identity passed to subgraphs. */
    GATEWAY_SIGNING_KEY: z.string().optional(),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** Per-subgraph overrides of the timeout: "archive=60000,identity=5000". */
    SUBGRAPH_TIMEOUTS: envFields.csv,
    MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    MAX_ALIASES: z.coerce.number().int().min(1).max(200).default(15),
    MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(3000),
    /** Highest estimated cost of an operation, about the fields its answer holds (query-cost.ts). */
    MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(20_000),
    /** Longest query text, checked before parsing; variables (attachments) are not counted. */
    MAX_QUERY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024)
      .default(64 * 1024),
    /** Requests one signed-in person may have in flight at once; the next get HTTP 429. */
    MAX_CONCURRENT_PER_VIEWER: z.coerce.number().int().min(1).max(1000).default(8),
    /** The same for anonymous requests, per client address (a school's pupils share one NAT). */
    MAX_CONCURRENT_PER_ADDRESS: z.coerce.number().int().min(1).max(1000).default(16),
    /** Largest request body; homework attachments travel base64-encoded. */
    MAX_REQUEST_BYTES: z.coerce
      .number()
      .int()
      .min(64 * 1024)
      .max(64 * 1024 * 1024)
      .default(16 * 1024 * 1024),
    /** identity's revocation feed; by default identity's base URL + /internal/revocations. */
    REVOCATION_FEED_URL: envFields.optionalUrl,
    /** How often the gateway reads the feed (one request per gateway, whatever the traffic). */
    REVOCATION_POLL_MS: z.coerce.number().int().min(100).max(10_000).default(1_000),
    /** Past this age of its last successful read, signed-in requests get 503 (fail closed). */
    REVOCATION_MAX_STALENESS_MS: z.coerce.number().int().min(500).max(60_000).default(5_000),
    /** Take the client address from X-Forwarded-For (only behind a trusted ingress). */
    TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .superRefine((env, ctx) => {
    for (const entry of env.SUBGRAPH_TIMEOUTS) {
      const [name, ms] = entry.split('=');
      if (!name || !/^\d+$/.test(ms ?? '') || Number(ms) < 100 || Number(ms) > 120_000) {
        ctx.addIssue({
          code: 'custom',
          path: ['SUBGRAPH_TIMEOUTS'],
          message: `"${entry}": expected name=milliseconds (100–120000)`,
        });
      }
    }
    if (env.REVOCATION_POLL_MS >= env.REVOCATION_MAX_STALENESS_MS) {
      // Polled no faster than the bound, the copy would keep going stale between reads.
      ctx.addIssue({
        code: 'custom',
        path: ['REVOCATION_POLL_MS'],
        message: 'must be shorter than REVOCATION_MAX_STALENESS_MS',
      });
    }
    if (env.NODE_ENV === 'production' && !env.GATEWAY_SIGNING_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['GATEWAY_SIGNING_KEY'],
        message: 'required in production',
      });
    }
  });

export type GatewayEnv = z.infer<typeof schema>;

export const loadGatewayEnv = (env: Record<string, string | undefined> = process.env): GatewayEnv =>
  parseEnv(schema, env);

/** Parses "name=value" lists such as SUBGRAPH_URLS and SUBGRAPH_TIMEOUTS. */
export function parseNamedValues(entries: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) {
    const [name, url] = entry.split('=');
    if (name && url) out[name.trim()] = url.trim();
  }
  return out;
}
