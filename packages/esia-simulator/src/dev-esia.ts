import { generateDevCertificate } from '@dnevnik/esia';
import { demoEsiaPersons, type SimulatorPerson } from './persons.js';
import { startEsiaSimulator, type EsiaSimulator } from './simulator.js';

export interface DevEsia {
  simulator: EsiaSimulator;
  /** ESIA_* variables for identity, pointing at the simulator with a fresh client key. */
  identityEnv: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * One call for the embedded stack and tests: a client key and certificate made for this run (kept
 * in memory), the simulator with the demo persons and that client registered, and the identity
 * settings that use them.
 */
export async function startDevEsia(options: {
  /** The callback through the gateway, e.g. `http://127.0.0.1:4000/auth/esia/callback`. */
  redirectUri: string;
  port?: number;
  host?: string;
  clientId?: string;
  persons?: SimulatorPerson[];
}): Promise<DevEsia> {
  const clientId = options.clientId ?? 'DNEVNIK';
  const client = generateDevCertificate(`${clientId} (development)`);
  const simulator = await startEsiaSimulator({
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.host ? { host: options.host } : {}),
    persons: options.persons ?? demoEsiaPersons(),
    clients: [
      { clientId, certificatePem: client.certificatePem, redirectUris: [options.redirectUri] },
    ],
  });
  return {
    simulator,
    identityEnv: {
      ESIA_BASE_URL: simulator.url,
      ESIA_CLIENT_ID: clientId,
      ESIA_REDIRECT_URI: options.redirectUri,
      ESIA_SIGNER: 'dev',
      ESIA_CLIENT_KEY: client.privateKeyPem,
      ESIA_CLIENT_CERT: client.certificatePem,
      ESIA_CERT: simulator.certificatePem,
    },
    stop: () => simulator.stop(),
  };
}
