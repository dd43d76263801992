import { mkdtemp, readFile, writeFile, appendFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './audit-chain.js';
import {
  auditVerification,
  checkpointHolds,
  checkpointReport,
  checkpointSignatureValid,
  compareHashesToCheckpoint,
  compareToCheckpoint,
  loadCheckpointKey,
  missingTailOf,
  signCheckpoint,
} from './checkpoint.js';
import { createCheckpointLog } from './checkpoint-log.js';

const h = (i: number) => i.toString(16).padStart(64, '0');
const hashes = (n: number) => Array.from({ length: n }, (_, i) => h(i + 1));
const at = (count: number) => ({ count, lastHash: count === 0 ? GENESIS_HASH : h(count) });

describe('compareToCheckpoint', () => {
  it('has nothing to compare without a checkpoint', () => {
    expect(compareToCheckpoint(null, { count: 3, hashAtCheckpoint: null })).toEqual({
      status: 'none',
    });
  });

  it('holds for the chain exactly as checkpointed', () => {
    expect(compareToCheckpoint(at(23), { count: 23, hashAtCheckpoint: h(23) })).toEqual({
      status: 'ok',
      since: 0,
    });
  });

  it('holds for a chain that grew after the checkpoint and counts what was added', () => {
    expect(compareToCheckpoint(at(23), { count: 25, hashAtCheckpoint: h(23) })).toEqual({
      status: 'ok',
      since: 2,
    });
  });

  it('reports the deleted newest record as a missing tail (22 of 23)', () => {
    expect(compareToCheckpoint(at(23), { count: 22, hashAtCheckpoint: null })).toEqual({
      status: 'missing-tail',
      missing: 1,
    });
  });

  it('reports a chain emptied entirely', () => {
    expect(compareToCheckpoint(at(5), { count: 0, hashAtCheckpoint: null })).toEqual({
      status: 'missing-tail',
      missing: 5,
    });
  });

  it('reports a tail deleted and refilled with as many records as a head mismatch', () => {
    expect(compareToCheckpoint(at(23), { count: 23, hashAtCheckpoint: h(99) })).toEqual({
      status: 'head-mismatch',
    });
    expect(compareToCheckpoint(at(23), { count: 30, hashAtCheckpoint: h(99) })).toEqual({
      status: 'head-mismatch',
    });
  });

  it('reports a head mismatch when the record at the position is missing although the count holds', () => {
    expect(compareToCheckpoint(at(3), { count: 3, hashAtCheckpoint: null })).toEqual({
      status: 'head-mismatch',
    });
  });

  it('accepts any chain against a checkpoint of the empty chain', () => {
    expect(
      compareToCheckpoint(
        { count: 0, lastHash: GENESIS_HASH },
        { count: 0, hashAtCheckpoint: null },
      ),
    ).toEqual({ status: 'ok', since: 0 });
    expect(
      compareToCheckpoint(
        { count: 0, lastHash: GENESIS_HASH },
        { count: 4, hashAtCheckpoint: null },
      ),
    ).toEqual({ status: 'ok', since: 4 });
  });
});

describe('compareHashesToCheckpoint', () => {
  it('looks up the hash at the checkpoint’s position', () => {
    expect(compareHashesToCheckpoint(at(3), hashes(5))).toEqual({ status: 'ok', since: 2 });
    expect(compareHashesToCheckpoint(at(3), [h(1), h(2), h(7), h(4)])).toEqual({
      status: 'head-mismatch',
    });
    expect(compareHashesToCheckpoint(at(3), hashes(2))).toEqual({
      status: 'missing-tail',
      missing: 1,
    });
    expect(compareHashesToCheckpoint(null, hashes(2))).toEqual({ status: 'none' });
  });
});

describe('checkpointHolds and missingTailOf', () => {
  it('holds only for none and ok', () => {
    expect(checkpointHolds({ status: 'none' })).toBe(true);
    expect(checkpointHolds({ status: 'ok', since: 0 })).toBe(true);
    expect(checkpointHolds({ status: 'missing-tail', missing: 1 })).toBe(false);
    expect(checkpointHolds({ status: 'head-mismatch' })).toBe(false);
  });

  it('counts missing records only for a missing tail', () => {
    expect(missingTailOf({ status: 'missing-tail', missing: 2 })).toBe(2);
    expect(missingTailOf({ status: 'head-mismatch' })).toBe(0);
    expect(missingTailOf({ status: 'ok', since: 3 })).toBe(0);
  });
});

describe('checkpointReport', () => {
  const checkpoint = {
    service: 'gradebook',
    chain: 'marks:j',
    count: 23,
    lastHash: h(23),
    at: '2026-11-23T10:00:00.000Z',
    keyId: 'k',
  };

  it('names the checkpoint and the missing records', () => {
    expect(checkpointReport(checkpoint, { status: 'missing-tail', missing: 1 })).toEqual({
      status: 'missing-tail',
      missingTail: 1,
      sinceCheckpoint: null,
      checkpointCount: 23,
      checkpointHash: h(23),
      checkpointAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('counts what came after a checkpoint that holds, and is empty without one', () => {
    expect(checkpointReport(checkpoint, { status: 'ok', since: 2 })).toMatchObject({
      status: 'ok',
      missingTail: 0,
      sinceCheckpoint: 2,
    });
    expect(checkpointReport(null, { status: 'none' })).toEqual({
      status: 'none',
      missingTail: 0,
      sinceCheckpoint: null,
      checkpointCount: null,
      checkpointHash: null,
      checkpointAt: null,
    });
  });
});

describe('auditVerification', () => {
  const none = checkpointReport(null, { status: 'none' });
  const missing = checkpointReport(null, { status: 'missing-tail', missing: 2 });

  it('is ok only when the chain and the checkpoint both hold', () => {
    expect(auditVerification({ ok: true, checked: 4, lastHash: h(4) }, none)).toMatchObject({
      ok: true,
      checked: 4,
      missingTail: 0,
    });
    expect(auditVerification({ ok: true, checked: 4, lastHash: h(4) }, missing)).toMatchObject({
      ok: false,
      checked: 4,
      firstBrokenSeq: null,
      missingTail: 2,
    });
  });

  it('keeps the first broken entry beside the checkpoint comparison', () => {
    expect(
      auditVerification(
        { ok: false, checked: 1, firstBrokenSeq: '2', reason: 'link-mismatch' },
        missing,
      ),
    ).toMatchObject({ ok: false, firstBrokenSeq: '2', reason: 'link-mismatch', missingTail: 2 });
  });
});

describe('checkpoint signatures', () => {
  const key = loadCheckpointKey();
  const body = {
    service: 'gradebook',
    chain: 'marks:7a:algebra:2026',
    count: 23,
    lastHash: h(23),
    at: '2026-11-23T10:00:00.000Z',
  };

  it('verifies a checkpoint with the key that signed it', () => {
    const signed = signCheckpoint(body, key);
    expect(signed.keyId).toBe(key.keyId);
    expect(checkpointSignatureValid(signed, key.publicKey)).toBe(true);
  });

  it('rejects a checkpoint whose count or hash was changed', () => {
    const signed = signCheckpoint(body, key);
    expect(checkpointSignatureValid({ ...signed, count: 22 }, key.publicKey)).toBe(false);
    expect(checkpointSignatureValid({ ...signed, lastHash: h(22) }, key.publicKey)).toBe(false);
    expect(checkpointSignatureValid({ ...signed, chain: 'marks:other' }, key.publicKey)).toBe(
      false,
    );
  });

  it('rejects a checkpoint signed by another key, and anything malformed', () => {
    const other = loadCheckpointKey();
    expect(checkpointSignatureValid(signCheckpoint(body, other), key.publicKey)).toBe(false);
    const signed = signCheckpoint(body, key);
    expect(checkpointSignatureValid({ ...signed, signature: 'x' }, key.publicKey)).toBe(false);
    expect(checkpointSignatureValid({ ...signed, count: -1 }, key.publicKey)).toBe(false);
    expect(checkpointSignatureValid(null, key.publicKey)).toBe(false);
    expect(checkpointSignatureValid('text', key.publicKey)).toBe(false);
  });

  it('loads a configured key, so a restart verifies earlier checkpoints', () => {
    const pem = key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const again = loadCheckpointKey(pem);
    expect(again.keyId).toBe(key.keyId);
    expect(checkpointSignatureValid(signCheckpoint(body, key), again.publicKey)).toBe(true);
  });

  it('refuses a key that is not Ed25519', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() =>
      loadCheckpointKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    ).toThrow(/Ed25519/);
  });
});

describe('checkpoint log', () => {
  const key = loadCheckpointKey();
  const cp = (chain: string, count: number) =>
    signCheckpoint(
      { service: 'gradebook', chain, count, lastHash: h(count), at: new Date().toISOString() },
      key,
    );

  it('returns the newest checkpoint of each chain and nothing for an unknown one', async () => {
    const log = createCheckpointLog(await mkdtemp(join(tmpdir(), 'cp-')), key.publicKey);
    await log.append(cp('marks:a', 1));
    await log.append(cp('marks:b', 7));
    await log.append(cp('marks:a', 3));
    expect((await log.latest('marks:a'))?.count).toBe(3);
    expect((await log.latest('marks:b'))?.count).toBe(7);
    expect(await log.latest('marks:c')).toBeNull();
  });

  it('skips appended lines that do not verify: a forged newer checkpoint hides nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cp-'));
    const log = createCheckpointLog(dir, key.publicKey);
    await log.append(cp('marks:a', 23));
    const [file] = await readdir(dir);
    const forged = { ...cp('marks:a', 23), count: 22, lastHash: h(22) };
    await appendFile(join(dir, file!), `${JSON.stringify(forged)}\nnot json\n`);
    expect((await log.latest('marks:a'))?.count).toBe(23);
  });

  it('finds the newest valid checkpoint beyond the tail it reads first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cp-'));
    const log = createCheckpointLog(dir, key.publicKey);
    await log.append(cp('marks:a', 5));
    const [file] = await readdir(dir);
    // 20 KB of lines signed by no one after the last valid checkpoint.
    const junk = `${JSON.stringify({ ...cp('marks:a', 9), signature: 'AAAA' })}\n`;
    await writeFile(join(dir, file!), (await readFile(join(dir, file!), 'utf8')) + junk.repeat(80));
    expect((await log.latest('marks:a'))?.count).toBe(5);
  });
});
