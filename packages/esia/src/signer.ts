import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  constants,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  verify as cryptoVerify,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { createOpensslSigner } from '@dnevnik/signer';
import { certificateHash } from './dev-certificate.js';

/**
 * Signs what the client sends to ESIA (`client_secret`). Production signs with a GOST R 34.10-2012
 * key held by a certified provider (CryptoPro CSP, or openssl with the GOST engine); development
 * and tests sign with RSA. Identity only ever sees this interface.
 */
export interface EsiaSigner {
  /**
   * `dev` (RSA, refused in production), `gost` (GOST R 34.10-2012 through openssl's GOST engine,
   * the key in a file) or `command` (another GOST provider, such as CryptoPro).
   */
  readonly kind: 'dev' | 'gost' | 'command';
  /** Sent as `client_certificate_hash`: identifies the registered certificate to ESIA. */
  readonly certificateHash: string;
  /** The raw signature of the UTF-8 message; the caller base64url-encodes it. */
  sign(message: string): Promise<Buffer>;
}

/** Development signer: RSA PKCS#1 v1.5 with SHA-256 under a test certificate. */
export function createDevSigner(options: {
  privateKeyPem: string;
  certificatePem: string;
}): EsiaSigner {
  const key = createPrivateKey(options.privateKeyPem);
  const cert = new X509Certificate(options.certificatePem);
  // A key that does not belong to the certificate would fail only at ESIA, with a vague code.
  if (!cert.checkPrivateKey(key)) {
    throw new Error('ESIA client key does not match the client certificate');
  }
  return {
    kind: 'dev',
    certificateHash: certificateHash(options.certificatePem),
    sign: async (message) => cryptoSign('sha256', Buffer.from(message, 'utf8'), key),
  };
}

/**
 * GOST R 34.10-2012 with a 256-bit key over a GOST R 34.11-2012 digest, through openssl's GOST
 * engine (@dnevnik/signer): the key stays in its file. Checks at start that the engine is there
 * and that the key belongs to the registered certificate.
 */
export async function createGostSigner(options: {
  keyFile: string;
  certificatePem: string;
  timeoutMs?: number;
}): Promise<EsiaSigner> {
  const signer = await createOpensslSigner({
    algorithm: 'gost2012-256',
    keyFile: options.keyFile,
    certificatePem: options.certificatePem,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return {
    kind: 'gost',
    certificateHash: certificateHash(options.certificatePem),
    sign: (message) => signer.signRaw(Buffer.from(message, 'utf8')),
  };
}

function run(command: string[], input: Buffer | null, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const [program, ...args] = command;
    const child = spawn(program!, args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });
    const out: Buffer[] = [];
    let errText = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errText += chunk.toString('utf8')));
    child.on('error', reject);
    // A command that exits without reading its input (a wrong path, a missing engine) closes the
    // pipe: EPIPE on stdin must not crash the process; the exit code below reports the failure.
    child.stdin.on('error', () => {});
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      // The provider's own words, shortened: enough to diagnose a missing engine or container.
      else reject(new Error(`${program} exited with ${code}: ${errText.trim().slice(0, 300)}`));
    });
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

/**
 * The adapter point for GOST providers: runs a command that reads the message on stdin and writes
 * the raw signature to stdout, for example
 * `openssl dgst -engine gost -md_gost12_256 -sign /keys/esia-client.pem -binary`
 * or a wrapper around CryptoPro's `cryptcp`/`csptest`. The certificate hash is the value ESIA's
 * hashing utility printed for the registered certificate.
 */
export function createCommandSigner(options: {
  command: string[];
  certificateHash: string;
  timeoutMs?: number;
}): EsiaSigner {
  if (options.command.length === 0) throw new Error('ESIA sign command is empty');
  return {
    kind: 'command',
    certificateHash: options.certificateHash,
    sign: (message) =>
      run(options.command, Buffer.from(message, 'utf8'), options.timeoutMs ?? 10_000),
  };
}

/**
 * Checks a signature made by ESIA (id_token) or by a client (client_secret, in the simulator).
 * `alg` is the JWS name; the allow-list is the caller's and is checked before this is called.
 */
export interface SignatureVerifier {
  verify(alg: string, data: Buffer, signature: Buffer): Promise<boolean>;
}

const NODE_ALGS: Record<string, { hash: string; ec?: boolean; pss?: boolean }> = {
  RS256: { hash: 'sha256' },
  RS512: { hash: 'sha512' },
  PS256: { hash: 'sha256', pss: true },
  ES256: { hash: 'sha256', ec: true },
};

/** Verifies RS256/RS512/PS256/ES256 signatures with the public key of a certificate or SPKI PEM. */
export function createKeyVerifier(certificateOrKeyPem: string): SignatureVerifier {
  const key: KeyObject = certificateOrKeyPem.includes('BEGIN CERTIFICATE')
    ? new X509Certificate(certificateOrKeyPem).publicKey
    : createPublicKey(certificateOrKeyPem);
  return {
    async verify(alg, data, signature) {
      const spec = NODE_ALGS[alg];
      if (!spec) return false;
      return cryptoVerify(
        spec.hash,
        data,
        {
          key,
          ...(spec.ec ? { dsaEncoding: 'ieee-p1363' as const } : {}),
          ...(spec.pss ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } : {}),
        },
        signature,
      );
    },
  };
}

/**
 * The GOST counterpart of createKeyVerifier: runs a command with `{data}` and `{signature}` in its
 * arguments replaced by temporary files, and takes exit code 0 as a valid signature, for example
 * `openssl dgst -engine gost -md_gost12_256 -verify /keys/esia.pub.pem -signature {signature} {data}`.
 */
export function createCommandVerifier(options: {
  command: string[];
  algorithms: string[];
  timeoutMs?: number;
}): SignatureVerifier {
  return {
    async verify(alg, data, signature) {
      if (!options.algorithms.includes(alg)) return false;
      const dir = await mkdtemp(join(tmpdir(), 'esia-verify-'));
      try {
        const dataFile = join(dir, 'data');
        const sigFile = join(dir, 'signature');
        await writeFile(dataFile, data);
        await writeFile(sigFile, signature);
        const command = options.command.map((a) =>
          a.replaceAll('{data}', dataFile).replaceAll('{signature}', sigFile),
        );
        await run(command, null, options.timeoutMs ?? 10_000);
        return true;
      } catch {
        return false;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
