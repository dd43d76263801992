/**
 * `npm run dev-keys -w @dnevnik/esia-simulator [-- --force]`: writes development keys for a
 * simulator run as its own process, into the git-ignored `.data/esia/`:
 * `client.key.pem` and `client.cert.pem` (identity's ESIA_CLIENT_KEY_FILE, ESIA_CLIENT_CERT_FILE)
 * and `esia.key.pem` and `esia.cert.pem` (the simulator's signing key; identity's ESIA_CERT_FILE).
 * RSA test keys only: production keys are GOST keys from an accredited CA and never touch disk here.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDevCertificate } from '@dnevnik/esia';
import { loadSimulatorEnv } from './env.js';

const env = loadSimulatorEnv();
const dir = env.ESIA_SIMULATOR_KEYS_DIR;
const force = process.argv.includes('--force');
if (existsSync(join(dir, 'client.key.pem')) && !force) {
  process.stdout.write(`Keys already exist in ${dir}; pass --force to replace them.\n`);
  process.exit(0);
}
mkdirSync(dir, { recursive: true, mode: 0o700 });
for (const [name, subject] of [
  ['client', `${env.ESIA_SIMULATOR_CLIENT_ID} (development)`],
  ['esia', 'ESIA simulator'],
] as const) {
  const pair = generateDevCertificate(subject);
  writeFileSync(join(dir, `${name}.key.pem`), pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(join(dir, `${name}.cert.pem`), pair.certificatePem);
}
process.stdout.write(`Development ESIA keys written to ${dir}\n`);
