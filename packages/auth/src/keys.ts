import {
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  type CryptoKey,
  type JWK,
} from 'jose';

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** Generates a key pair for development and tests; production keys come from configuration. */
export async function generateKeyPairPem(alg: 'ES256' | 'EdDSA'): Promise<KeyPairPem> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return {
    privateKeyPem: await exportPKCS8(privateKey),
    publicKeyPem: await exportSPKI(publicKey),
  };
}

export const importPrivateKey = (pem: string, alg: string): Promise<CryptoKey> =>
  importPKCS8(pem, alg, { extractable: true });
export const importPublicKey = (pem: string, alg: string): Promise<CryptoKey> =>
  importSPKI(pem, alg, { extractable: true });

export async function publicJwk(pem: string, alg: string, kid: string): Promise<JWK> {
  const jwk = await exportJWK(await importSPKI(pem, alg, { extractable: true }));
  return { ...jwk, alg, kid, use: 'sig' };
}
