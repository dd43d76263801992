import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALGORITHMS, engineArgs, type SignatureAlgorithm } from './algorithms.js';
import { openssl } from './openssl.js';

/** Characters that would end a field of openssl's `-subj` syntax. */
const SUBJECT_FIELD = /^[^/=+\\]+$/u;

/**
 * A new key and a self-issued certificate for it, for tests and the embedded start: production
 * certificates come from an accredited certification centre. The key file is readable by this
 * process's user only.
 */
export async function createTestCertificate(options: {
  algorithm: SignatureAlgorithm;
  directory: string;
  /** The certificate's holder, e.g. { CN: 'Иванова Елена Петровна', O: 'МАОУ СШ № 1' }. */
  subject: { CN: string; O?: string; T?: string };
  days?: number;
  binary?: string;
}): Promise<{ keyFile: string; certificatePem: string }> {
  const run = options.binary ? { binary: options.binary } : {};
  const fields = Object.entries(options.subject).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
  for (const [name, value] of fields)
    if (!SUBJECT_FIELD.test(value))
      throw new Error(`certificate subject ${name}: "/", "=", "+" and "\\" are not allowed`);
  const keyFile = join(options.directory, `${options.algorithm}-key.pem`);
  const certFile = join(options.directory, `${options.algorithm}-cert.pem`);
  const engine = engineArgs(options.algorithm);
  await openssl(
    ['genpkey', ...engine, ...ALGORITHMS[options.algorithm].keyGeneration, '-out', keyFile],
    run,
  );
  await chmod(keyFile, 0o600);
  await openssl(
    [
      'req',
      ...engine,
      '-new',
      '-x509',
      '-utf8',
      `-${ALGORITHMS[options.algorithm].digest}`,
      '-key',
      keyFile,
      '-subj',
      fields.map(([k, v]) => `/${k}=${v}`).join(''),
      '-days',
      String(options.days ?? 365),
      '-out',
      certFile,
    ],
    run,
  );
  return { keyFile, certificatePem: await readFile(certFile, 'utf8') };
}
