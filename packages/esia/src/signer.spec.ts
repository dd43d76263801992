import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificateHash, generateDevCertificate } from './dev-certificate.js';
import {
  createCommandSigner,
  createCommandVerifier,
  createDevSigner,
  createKeyVerifier,
} from './signer.js';

const dev = generateDevCertificate('DNEVNIK test client');
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('development certificate', () => {
  it('is a self-signed X.509 certificate that Node reads and verifies', () => {
    const cert = new X509Certificate(dev.certificatePem);
    expect(cert.subject).toBe('CN=DNEVNIK test client');
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
  });

  it('hashes to upper-case hex, different for each certificate', () => {
    expect(certificateHash(dev.certificatePem)).toMatch(/^[0-9A-F]{64}$/);
    expect(certificateHash(generateDevCertificate('other').certificatePem)).not.toBe(
      certificateHash(dev.certificatePem),
    );
  });
});

describe('signers', () => {
  it('the dev signer signs what the certificate verifies, and nothing else', async () => {
    const signer = createDevSigner(dev);
    const verifier = createKeyVerifier(dev.certificatePem);
    const signature = await signer.sign('message');
    expect(signer.certificateHash).toBe(certificateHash(dev.certificatePem));
    expect(await verifier.verify('RS256', Buffer.from('message'), signature)).toBe(true);
    expect(await verifier.verify('RS256', Buffer.from('messagE'), signature)).toBe(false);
    expect(await verifier.verify('HS256', Buffer.from('message'), signature)).toBe(false);
  });

  it('refuses a key that does not belong to the certificate', () => {
    const other = generateDevCertificate('other');
    expect(() =>
      createDevSigner({ privateKeyPem: other.privateKeyPem, certificatePem: dev.certificatePem }),
    ).toThrow(/does not match/);
  });

  // The GOST adapter runs a provider's command; openssl with a standard digest stands in for it.
  it.skipIf(!hasOpenssl)('the command adapter signs and verifies through openssl', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esia-signer-'));
    writeFileSync(join(dir, 'key.pem'), dev.privateKeyPem);
    writeFileSync(join(dir, 'cert.pem'), dev.certificatePem);
    const signer = createCommandSigner({
      command: ['openssl', 'dgst', '-sha256', '-sign', join(dir, 'key.pem'), '-binary'],
      certificateHash: 'HASH',
    });
    const signature = await signer.sign('client_id and friends');
    expect(
      await createKeyVerifier(dev.certificatePem).verify(
        'RS256',
        Buffer.from('client_id and friends'),
        signature,
      ),
    ).toBe(true);
    execFileSync('openssl', [
      'x509',
      '-in',
      join(dir, 'cert.pem'),
      '-pubkey',
      '-noout',
      '-out',
      join(dir, 'pub.pem'),
    ]);
    const verifier = createCommandVerifier({
      command: [
        'openssl',
        'dgst',
        '-sha256',
        '-verify',
        join(dir, 'pub.pem'),
        '-signature',
        '{signature}',
        '{data}',
      ],
      algorithms: ['RS256'],
    });
    expect(await verifier.verify('RS256', Buffer.from('client_id and friends'), signature)).toBe(
      true,
    );
    expect(await verifier.verify('RS256', Buffer.from('tampered'), signature)).toBe(false);
    expect(await verifier.verify('ES256', Buffer.from('client_id and friends'), signature)).toBe(
      false,
    );
  });

  it('a failing command is an error, not an empty signature', async () => {
    const signer = createCommandSigner({ command: ['false'], certificateHash: 'HASH' });
    await expect(signer.sign('x')).rejects.toThrow(/exited with 1/);
  });
});
