#!/usr/bin/env node
/**
 * The simulator as its own process (`npm start -w @dnevnik/esia-simulator`), for running against
 * services started separately. The keys come from `npm run dev-keys`; the embedded stack and the
 * tests start the simulator in-process instead (startDevEsia).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSimulatorEnv } from './env.js';
import { demoEsiaPersons } from './persons.js';
import { startEsiaSimulator } from './simulator.js';

const env = loadSimulatorEnv();
const file = (name: string) => join(env.ESIA_SIMULATOR_KEYS_DIR, name);
if (!existsSync(file('client.cert.pem')) || !existsSync(file('esia.key.pem'))) {
  process.stderr.write(
    `No development keys in ${env.ESIA_SIMULATOR_KEYS_DIR}. Run: npm run dev-keys -w @dnevnik/esia-simulator\n`,
  );
  process.exit(1);
}
const simulator = await startEsiaSimulator({
  port: env.ESIA_SIMULATOR_PORT,
  host: env.ESIA_SIMULATOR_HOST,
  persons: demoEsiaPersons(),
  signing: {
    privateKeyPem: readFileSync(file('esia.key.pem'), 'utf8'),
    certificatePem: readFileSync(file('esia.cert.pem'), 'utf8'),
  },
  clients: [
    {
      clientId: env.ESIA_SIMULATOR_CLIENT_ID,
      certificatePem: readFileSync(file('client.cert.pem'), 'utf8'),
      redirectUris: env.ESIA_SIMULATOR_REDIRECT_URIS,
    },
  ],
});
process.stdout.write(
  [
    `ESIA simulator at ${simulator.url}. Configure identity with:`,
    `  ESIA_BASE_URL=${simulator.url}`,
    `  ESIA_CLIENT_ID=${env.ESIA_SIMULATOR_CLIENT_ID}`,
    `  ESIA_REDIRECT_URI=${env.ESIA_SIMULATOR_REDIRECT_URIS[0]}`,
    `  ESIA_SIGNER=dev`,
    `  ESIA_CLIENT_KEY_FILE=${file('client.key.pem')}`,
    `  ESIA_CLIENT_CERT_FILE=${file('client.cert.pem')}`,
    `  ESIA_CERT_FILE=${file('esia.cert.pem')}`,
    '',
  ].join('\n'),
);
const stop = () => void simulator.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
