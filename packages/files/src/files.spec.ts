import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalFileStore } from './index.js';

const dir = await mkdtemp(join(tmpdir(), 'files-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('local file store', () => {
  it('stores by content and reads back the same bytes', async () => {
    const store = createLocalFileStore(dir);
    const key = await store.put(Buffer.from('Упр. 245, с. 112'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((await store.get(key))?.toString()).toBe('Упр. 245, с. 112');
    expect(await store.put(Buffer.from('Упр. 245, с. 112'))).toBe(key);
  });

  it('refuses keys that could escape the directory', async () => {
    const store = createLocalFileStore(dir);
    expect(await store.get('../../etc/passwd')).toBeNull();
    expect(await store.get('0'.repeat(64))).toBeNull();
  });
});
