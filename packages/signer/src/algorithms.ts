/**
 * The signature algorithms the product signs with. GOST R 34.10-2012 (256-bit key, GOST R
 * 34.11-2012 digest) is what Russian law recognises for a qualified electronic signature and what
 * ESIA accepts; openssl gets it from the GOST engine (Debian: libengine-gost-openssl). ECDSA P-256
 * with SHA-256 is the development stand-in for machines without the engine: same format, no legal
 * weight.
 */
export type SignatureAlgorithm = 'gost2012-256' | 'ecdsa-p256';

export interface AlgorithmSpec {
  /** The openssl engine that provides it; null: built into openssl. */
  engine: string | null;
  /** The digest's name for `-md` (cms) and `-<digest>` (dgst). */
  digest: string;
  /** `openssl genpkey` arguments of a new key. */
  keyGeneration: string[];
  /** The OID of the public key algorithm: how a certificate says which algorithm it is for. */
  keyOid: string;
  /** Legally meaningful in Russia (a GOST algorithm), as opposed to a development stand-in. */
  gost: boolean;
}

export const ALGORITHMS: Record<SignatureAlgorithm, AlgorithmSpec> = {
  'gost2012-256': {
    engine: 'gost',
    digest: 'md_gost12_256',
    keyGeneration: ['-algorithm', 'gost2012_256', '-pkeyopt', 'paramset:A'],
    keyOid: '1.2.643.7.1.1.1.1',
    gost: true,
  },
  'ecdsa-p256': {
    engine: null,
    digest: 'sha256',
    keyGeneration: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
    keyOid: '1.2.840.10045.2.1',
    gost: false,
  },
};

export function isSignatureAlgorithm(value: string): value is SignatureAlgorithm {
  return Object.hasOwn(ALGORITHMS, value);
}

/** `-engine <name>` for algorithms that need one. */
export const engineArgs = (algorithm: SignatureAlgorithm): string[] => {
  const { engine } = ALGORITHMS[algorithm];
  return engine ? ['-engine', engine] : [];
};
