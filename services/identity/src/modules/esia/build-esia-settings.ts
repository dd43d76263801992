import { readFileSync } from 'node:fs';
import {
  createCommandSigner,
  createCommandVerifier,
  createDevSigner,
  createEsiaClient,
  createGostSigner,
  createKeyVerifier,
  type EsiaClient,
  type EsiaSigner,
} from '@dnevnik/esia';
import type { IdentityEnv } from '../../subgraph.js';

/** ESIA as identity uses it; null when ESIA_BASE_URL is unset (ESIA login off). */
export interface EsiaSettings {
  client: EsiaClient;
  /** Scopes of an ordinary login. */
  scopes: string;
  /** Scopes of a parent's login: the ordinary ones and the kids list. */
  parentScopes: string;
  resultUrl: string;
  logoutRedirectUrl: string;
  /** Cookies carry `Secure` when the public callback is https. */
  secureCookie: boolean;
  signer: EsiaSigner['kind'];
}

const pem = (value: string | undefined, file: string | undefined): string | undefined =>
  value ?? (file ? readFileSync(file, 'utf8') : undefined);

/** The signer ESIA_SIGNER names; the gost one checks its engine, key and certificate now. */
async function esiaSigner(env: IdentityEnv): Promise<EsiaSigner> {
  switch (env.ESIA_SIGNER) {
    case 'command':
      return createCommandSigner({
        command: env.ESIA_SIGN_COMMAND!,
        certificateHash: env.ESIA_CLIENT_CERT_HASH!,
        timeoutMs: env.ESIA_TIMEOUT_MS,
      });
    case 'gost':
      return createGostSigner({
        keyFile: env.ESIA_CLIENT_KEY_FILE!,
        certificatePem: pem(env.ESIA_CLIENT_CERT, env.ESIA_CLIENT_CERT_FILE)!,
        timeoutMs: env.ESIA_TIMEOUT_MS,
      });
    default:
      return createDevSigner({
        privateKeyPem: pem(env.ESIA_CLIENT_KEY, env.ESIA_CLIENT_KEY_FILE)!,
        certificatePem: pem(env.ESIA_CLIENT_CERT, env.ESIA_CLIENT_CERT_FILE)!,
      });
  }
}

export async function esiaSettings(env: IdentityEnv): Promise<EsiaSettings | null> {
  if (!env.ESIA_BASE_URL || !env.ESIA_CLIENT_ID || !env.ESIA_REDIRECT_URI) return null;
  const signer = await esiaSigner(env);
  const esiaCert = pem(env.ESIA_CERT, env.ESIA_CERT_FILE);
  const verifier = env.ESIA_VERIFY_COMMAND
    ? createCommandVerifier({
        command: env.ESIA_VERIFY_COMMAND,
        algorithms: env.ESIA_TOKEN_ALGORITHMS,
        timeoutMs: env.ESIA_TIMEOUT_MS,
      })
    : createKeyVerifier(esiaCert!);
  const base = env.ESIA_BASE_URL.replace(/\/+$/, '');
  const redirect = new URL(env.ESIA_REDIRECT_URI);
  const scopes = env.ESIA_SCOPES.split(/\s+/).join(' ');
  return {
    client: createEsiaClient({
      baseUrl: base,
      clientId: env.ESIA_CLIENT_ID,
      redirectUri: env.ESIA_REDIRECT_URI,
      signer,
      idToken: {
        verifier,
        algorithms: env.ESIA_TOKEN_ALGORITHMS,
        issuer: env.ESIA_ISSUER ?? `${base}/`,
        leewaySeconds: env.ESIA_LEEWAY_SECONDS,
      },
      timeoutMs: env.ESIA_TIMEOUT_MS,
    }),
    scopes,
    parentScopes: `${scopes} ${env.ESIA_PARENT_SCOPES.split(/\s+/).join(' ')}`.trim(),
    resultUrl: env.ESIA_RESULT_URL,
    logoutRedirectUrl: env.ESIA_LOGOUT_REDIRECT_URL ?? `${redirect.origin}/auth/login`,
    secureCookie: redirect.protocol === 'https:',
    signer: signer.kind,
  };
}
