import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALGORITHMS, engineArgs, type SignatureAlgorithm } from './algorithms.js';
import { certificatePublicKey } from './signer.js';
import { openssl, OpensslError, withTempDir } from './openssl.js';

export type Verification = { valid: true } | { valid: false; reason: string };

interface VerifyOptions {
  algorithm: SignatureAlgorithm;
  binary?: string;
  timeoutMs?: number;
}

const runOptions = (o: VerifyOptions) => ({
  ...(o.binary ? { binary: o.binary } : {}),
  timeoutMs: o.timeoutMs ?? 15_000,
});

/** openssl's reason, or the error itself when openssl could not run at all (no engine). */
function refusal(error: unknown): Verification {
  if (error instanceof OpensslError && error.exitCode !== null)
    return { valid: false, reason: error.message };
  throw error;
}

/**
 * Checks a CMS detached signature of `data` against a trusted certificate: the signer's own
 * (self-issued) certificate or the CA that issued it. `at` is the moment the signature is
 * checked for: an archive verifies a signature years later at the time it was made, when the
 * certificate was valid.
 */
export function verifyDetached(
  input: { data: Buffer; signature: Buffer; trustedCertificatePem: string; at?: Date },
  options: VerifyOptions,
): Promise<Verification> {
  return withTempDir(async (dir) => {
    const files = {
      data: join(dir, 'data'),
      signature: join(dir, 'signature.der'),
      trusted: join(dir, 'trusted.pem'),
    };
    await writeFile(files.data, input.data);
    await writeFile(files.signature, input.signature);
    await writeFile(files.trusted, input.trustedCertificatePem);
    try {
      await openssl(
        [
          'cms',
          '-verify',
          ...engineArgs(options.algorithm),
          '-binary',
          '-inform',
          'DER',
          '-in',
          files.signature,
          '-content',
          files.data,
          '-CAfile',
          files.trusted,
          // A document signer's certificate is not an S/MIME one: any purpose is accepted.
          '-purpose',
          'any',
          ...(input.at ? ['-attime', String(Math.floor(input.at.getTime() / 1000))] : []),
          '-out',
          '/dev/null',
        ],
        runOptions(options),
      );
      return { valid: true };
    } catch (error) {
      return refusal(error);
    }
  });
}

/** Checks a raw signature of `data` (signRaw) with the public key of `certificatePem`. */
export function verifyRaw(
  input: { data: Buffer; signature: Buffer; certificatePem: string },
  options: VerifyOptions,
): Promise<Verification> {
  return withTempDir(async (dir) => {
    const files = {
      data: join(dir, 'data'),
      signature: join(dir, 'sig'),
      key: join(dir, 'key.pem'),
    };
    await writeFile(files.data, input.data);
    await writeFile(files.signature, input.signature);
    try {
      await writeFile(
        files.key,
        await certificatePublicKey(input.certificatePem, options.algorithm, runOptions(options)),
      );
      const { digest } = ALGORITHMS[options.algorithm];
      await openssl(
        [
          'dgst',
          ...engineArgs(options.algorithm),
          `-${digest}`,
          '-verify',
          files.key,
          '-signature',
          files.signature,
          files.data,
        ],
        runOptions(options),
      );
      return { valid: true };
    } catch (error) {
      return refusal(error);
    }
  });
}
