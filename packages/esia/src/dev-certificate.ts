import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';

/*
 * A self-signed X.509 certificate for development and tests, built with node:crypto alone:
 * Node can read certificates but not write them, and a whole PKI library is not worth pulling in
 * for one test certificate. Production certificates come from an accredited CA (GOST keys).
 */

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const tlv = (tag: number, ...content: Buffer[]) => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
};
const sequence = (...items: Buffer[]) => tlv(0x30, ...items);

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes = [a! * 40 + b!];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function positiveInteger(bytes: Buffer): Buffer {
  // A leading 1 bit would make the DER integer negative.
  return tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

const name = (commonName: string) =>
  sequence(tlv(0x31, sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(commonName, 'utf8')))));

function utcTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, '').slice(2, 14);
  return tlv(0x17, Buffer.from(`${text}Z`, 'ascii'));
}

const SHA256_WITH_RSA = sequence(oid('1.2.840.113549.1.1.11'), tlv(0x05));

export interface DevCertificate {
  /** PKCS#8 PEM of the RSA key. */
  privateKeyPem: string;
  certificatePem: string;
}

/**
 * An RSA-2048 key and a self-signed certificate for it (sha256WithRSAEncryption), valid from a
 * minute ago for `validDays`. Generated at run time: no key material is ever committed.
 */
export function generateDevCertificate(commonName: string, validDays = 365): DevCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const notBefore = new Date(Date.now() - 60_000);
  const notAfter = new Date(notBefore.getTime() + validDays * 86_400_000);
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    positiveInteger(serial),
    SHA256_WITH_RSA,
    name(commonName),
    sequence(utcTime(notBefore), utcTime(notAfter)),
    name(commonName),
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = sequence(tbs, SHA256_WITH_RSA, tlv(0x03, Buffer.from([0]), signature));
  const base64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: `-----BEGIN CERTIFICATE-----\n${base64.trimEnd()}\n-----END CERTIFICATE-----\n`,
  };
}

/**
 * The development `client_certificate_hash`: SHA-256 of the certificate's DER, in upper-case hex.
 * ESIA computes its own hash (GOST R 34.11-2012) with a utility it publishes; production sets that
 * value in configuration instead of computing it.
 */
export function certificateHash(certificatePem: string): string {
  return createHash('sha256')
    .update(new X509Certificate(certificatePem).raw)
    .digest('hex')
    .toUpperCase();
}
