import { X509Certificate } from 'node:crypto';
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALGORITHMS, engineArgs, type SignatureAlgorithm } from './algorithms.js';
import { openssl, OpensslError, withTempDir } from './openssl.js';

/**
 * Signs documents and messages with one key and its certificate. The archive signs its
 * documents with CMS detached signatures (the PDF stays as it is, the signature sits beside it);
 * ESIA's `client_secret` is a raw signature of a message. Both go through openssl, so the GOST
 * engine and the development algorithm take the same path.
 */
export interface DocumentSigner {
  readonly algorithm: SignatureAlgorithm;
  /** The signer's certificate (PEM), as the CMS signature carries it. */
  readonly certificatePem: string;
  /** A CMS (PKCS#7) SignedData of `data`, detached, DER; it carries the certificate. */
  signDetached(data: Buffer): Promise<Buffer>;
  /** The raw signature of `data` (GOST R 34.10-2012 over GOST R 34.11-2012, or ECDSA/SHA-256). */
  signRaw(data: Buffer): Promise<Buffer>;
}

export interface OpensslSignerOptions {
  algorithm: SignatureAlgorithm;
  /**
   * The private key's file (PEM), readable by this process only. It is passed to openssl by
   * path and never read or copied here.
   */
  keyFile: string;
  certificatePem: string;
  /** The openssl binary; `openssl` on the PATH by default. */
  binary?: string;
  timeoutMs?: number;
}

/** openssl has the engine the algorithm needs, or a clear error saying what to install. */
export async function requireEngine(algorithm: SignatureAlgorithm, binary?: string) {
  const { engine } = ALGORITHMS[algorithm];
  if (!engine) return;
  try {
    await openssl(['engine', engine], { ...(binary ? { binary } : {}) });
  } catch (error) {
    throw new OpensslError(
      `openssl has no "${engine}" engine, which ${algorithm} needs (Debian: apt-get install libengine-gost-openssl): ${(error as Error).message}`,
      error instanceof OpensslError ? error.exitCode : null,
    );
  }
}

/** The public key (PEM) of a certificate, as openssl reads it (Node cannot read GOST keys). */
export async function certificatePublicKey(
  certificatePem: string,
  algorithm: SignatureAlgorithm,
  options: { binary?: string; timeoutMs?: number } = {},
): Promise<string> {
  const out = await openssl(['x509', ...engineArgs(algorithm), '-pubkey', '-noout'], {
    ...options,
    input: Buffer.from(certificatePem),
  });
  return out.toString('utf8');
}

/**
 * A signer over openssl. Checks at once that openssl has the algorithm's engine, that the key
 * file is there and that the key belongs to the certificate: a mismatch would otherwise surface
 * only when someone tries to verify a signature, possibly years later.
 */
export async function createOpensslSigner(options: OpensslSignerOptions): Promise<DocumentSigner> {
  const { algorithm, keyFile, certificatePem } = options;
  const spec = ALGORITHMS[algorithm];
  const run = {
    ...(options.binary ? { binary: options.binary } : {}),
    timeoutMs: options.timeoutMs ?? 15_000,
  };
  const certificate = new X509Certificate(certificatePem);
  if (certificate.validTo && new Date(certificate.validTo) < new Date())
    throw new Error(`the signing certificate expired on ${certificate.validTo}`);
  await requireEngine(algorithm, options.binary);
  await access(keyFile).catch(() => {
    throw new Error(`the signing key file ${keyFile} cannot be read`);
  });
  const fromKey = (
    await openssl(['pkey', ...engineArgs(algorithm), '-in', keyFile, '-pubout'], run)
  ).toString('utf8');
  if (fromKey.trim() !== (await certificatePublicKey(certificatePem, algorithm, run)).trim())
    throw new Error('the signing key does not belong to the signing certificate');

  return {
    algorithm,
    certificatePem,
    signDetached: (data) =>
      withTempDir(async (dir) => {
        const certFile = join(dir, 'signer.pem');
        await writeFile(certFile, certificatePem);
        return openssl(
          [
            'cms',
            '-sign',
            ...engineArgs(algorithm),
            '-binary',
            '-md',
            spec.digest,
            '-signer',
            certFile,
            '-inkey',
            keyFile,
            '-outform',
            'DER',
          ],
          { ...run, input: data },
        );
      }),
    signRaw: (data) =>
      openssl(['dgst', ...engineArgs(algorithm), `-${spec.digest}`, '-sign', keyFile, '-binary'], {
        ...run,
        input: data,
      }),
  };
}
