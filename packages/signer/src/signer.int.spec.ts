import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALGORITHMS, type SignatureAlgorithm } from './algorithms.js';
import { openssl } from './openssl.js';
import { createOpensslSigner, type DocumentSigner } from './signer.js';
import { createTestCertificate } from './test-certificate.js';
import { verifyDetached, verifyRaw } from './verify.js';

// Real openssl; GOST through its GOST engine (libengine-gost-openssl, which CI installs).
let dir: string;
const made: Record<SignatureAlgorithm, { signer: DocumentSigner; other: DocumentSigner }> =
  {} as never;
const document = Buffer.from('Сводная ведомость итоговых отметок 7А, 2026/2027 учебный год\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signer-spec-'));
  for (const algorithm of Object.keys(ALGORITHMS) as SignatureAlgorithm[]) {
    const own = await createTestCertificate({
      algorithm,
      directory: join(dir),
      subject: { CN: 'Иванова Елена Петровна', O: 'МАОУ «Средняя школа № 1»', T: 'директор' },
    });
    const otherDir = await mkdtemp(join(dir, 'other-'));
    const foreign = await createTestCertificate({
      algorithm,
      directory: otherDir,
      subject: { CN: 'Посторонний' },
    });
    made[algorithm] = {
      signer: await createOpensslSigner({ algorithm, ...own }),
      other: await createOpensslSigner({ algorithm, ...foreign }),
    };
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(Object.keys(ALGORITHMS) as SignatureAlgorithm[])(
  '%s through openssl',
  (algorithm) => {
    it('signs a document detached and the signature verifies against the certificate', async () => {
      const { signer } = made[algorithm];
      const signature = await signer.signDetached(document);
      const check = await verifyDetached(
        { data: document, signature, trustedCertificatePem: signer.certificatePem },
        { algorithm },
      );
      expect(check).toEqual({ valid: true });
      // The certificate keeps its Cyrillic holder.
      expect(new X509Certificate(signer.certificatePem).subject).toContain(
        'CN=Иванова Елена Петровна',
      );
    });

    it('uses the algorithm’s own digest and key (GOST R 34.11/34.10-2012 for GOST)', async () => {
      const { signer } = made[algorithm];
      const printed = (
        await openssl(
          [
            'cms',
            '-cmsout',
            '-print',
            '-inform',
            'DER',
            ...(ALGORITHMS[algorithm].engine ? ['-engine', 'gost'] : []),
          ],
          {
            input: await signer.signDetached(document),
          },
        )
      ).toString('utf8');
      if (ALGORITHMS[algorithm].gost) {
        expect(printed).toMatch(/md_gost12_256|1\.2\.643\.7\.1\.1\.2\.2/);
        expect(printed).toMatch(/gost2012_256|1\.2\.643\.7\.1\.1\.1\.1/);
      } else expect(printed).toMatch(/sha256/);
    });

    it('refuses a document with one byte changed, and a signature by another key', async () => {
      const { signer, other } = made[algorithm];
      const signature = await signer.signDetached(document);
      const changed = Buffer.from(document);
      changed[3] = changed[3]! ^ 0x01;
      const tampered = await verifyDetached(
        { data: changed, signature, trustedCertificatePem: signer.certificatePem },
        { algorithm },
      );
      expect(tampered.valid).toBe(false);
      const foreign = await verifyDetached(
        {
          data: document,
          signature: await other.signDetached(document),
          trustedCertificatePem: signer.certificatePem,
        },
        { algorithm },
      );
      expect(foreign.valid).toBe(false);
    });

    it('checks the certificate at the given time: valid now, not before it was issued', async () => {
      const { signer } = made[algorithm];
      const signature = await signer.signDetached(document);
      const input = { data: document, signature, trustedCertificatePem: signer.certificatePem };
      expect(await verifyDetached({ ...input, at: new Date() }, { algorithm })).toEqual({
        valid: true,
      });
      const early = await verifyDetached({ ...input, at: new Date('2001-01-01') }, { algorithm });
      expect(early).toMatchObject({ valid: false, reason: expect.stringMatching(/not yet valid/) });
    });

    it('makes raw signatures of a message (ESIA client_secret) that verify, and only unchanged', async () => {
      const { signer, other } = made[algorithm];
      const message = Buffer.from('DNEVNIKopenid fullname2026.12.02 16:00:00 +0300state', 'utf8');
      const signature = await signer.signRaw(message);
      if (ALGORITHMS[algorithm].gost) expect(signature).toHaveLength(64);
      expect(
        await verifyRaw(
          { data: message, signature, certificatePem: signer.certificatePem },
          { algorithm },
        ),
      ).toEqual({ valid: true });
      const changed = Buffer.concat([message, Buffer.from('x')]);
      expect(
        (
          await verifyRaw(
            { data: changed, signature, certificatePem: signer.certificatePem },
            { algorithm },
          )
        ).valid,
      ).toBe(false);
      expect(
        (
          await verifyRaw(
            { data: message, signature, certificatePem: other.certificatePem },
            { algorithm },
          )
        ).valid,
      ).toBe(false);
    });
  },
);

describe('createOpensslSigner', () => {
  it('refuses a key that does not belong to the certificate, and a missing key file', async () => {
    const gost = made['gost2012-256'];
    const ecdsa = made['ecdsa-p256'];
    const ownKey = join(dir, 'gost2012-256-key.pem');
    await expect(
      createOpensslSigner({
        algorithm: 'gost2012-256',
        keyFile: ownKey,
        certificatePem: gost.other.certificatePem,
      }),
    ).rejects.toThrow('does not belong');
    await expect(
      createOpensslSigner({
        algorithm: 'ecdsa-p256',
        keyFile: join(dir, 'no-such-key.pem'),
        certificatePem: ecdsa.signer.certificatePem,
      }),
    ).rejects.toThrow('cannot be read');
  });

  it('says what to install when openssl lacks the GOST engine', async () => {
    const binary = join(dir, 'openssl-without-engines.sh');
    await writeFile(binary, '#!/bin/sh\nOPENSSL_ENGINES=/nonexistent exec openssl "$@"\n', {
      mode: 0o755,
    });
    await expect(
      createOpensslSigner({
        algorithm: 'gost2012-256',
        keyFile: join(dir, 'gost2012-256-key.pem'),
        certificatePem: made['gost2012-256'].signer.certificatePem,
        // The same openssl, looking for its engines where there are none.
        binary,
      }),
    ).rejects.toThrow(/libengine-gost-openssl/);
  });
});
