import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { isStartupPacket, isWellFormedStartup } from './embedded-session-queue.js';

/** Sends raw bytes as a client that does not speak the protocol, then hangs up. */
async function sendRaw(url: string, bytes: number[] | string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.on('error', () => {});
  socket.on('data', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes));
  await new Promise((resolve) => setTimeout(resolve, 200));
  socket.destroy();
}

async function client(url: string) {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  c.on('error', () => {});
  await c.connect();
  return c;
}

describe('embedded PostgreSQL survives bad clients', () => {
  let db: EmbeddedPostgres;
  beforeAll(async () => {
    db = await startEmbeddedPostgres(undefined, { idleInTransactionMs: 500 });
  });
  afterAll(() => db.stop());

  it('keeps serving after garbage, a malformed startup packet and a bad message', async () => {
    await sendRaw(db.url, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    // A startup packet without its terminator made PGlite answer FATAL and end its session.
    await sendRaw(db.url, [0, 0, 0, 8, 0, 3, 0, 0]);
    await sendRaw(db.url, [0x51, 0, 0, 0, 5, 0x41]);
    const c = await client(db.url);
    expect((await c.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await expect(c.query("select 'a\u0000b'")).rejects.toThrow();
    expect((await c.query('select 2 as two')).rows).toEqual([{ two: 2 }]);
    await c.end();
  });

  it('rolls back a transaction left idle while others wait, and refuses its connection', async () => {
    const idle = await client(db.url);
    await idle.query('begin');
    await idle.query('create table held (x int)');
    const other = await client(db.url);
    // Without the bound this waits for the idle transaction forever.
    expect((await other.query('select 3 as three')).rows).toEqual([{ three: 3 }]);
    await expect(idle.query('select 1')).rejects.toThrow();
    expect(
      (await other.query("select count(*)::int as n from pg_tables where tablename = 'held'")).rows,
    ).toEqual([{ n: 0 }]);
    await other.end();
  });

  it('releases the session when a client leaves inside its transaction', async () => {
    const leaving = await client(db.url);
    await leaving.query('begin');
    await leaving.query('select 1');
    leaving.end().catch(() => {});
    const other = await client(db.url);
    expect((await other.query('select 4 as four')).rows).toEqual([{ four: 4 }]);
    await other.end();
  });
});

describe('startup packets', () => {
  const packet = (...body: number[]) => {
    const length = 8 + body.length;
    return new Uint8Array([0, 0, 0, length, 0, 3, 0, 0, ...body]);
  };
  const user = [...Buffer.from('user\0postgres\0')];

  it('recognises a startup packet by its length and protocol', () => {
    expect(isStartupPacket(packet(...user, 0))).toBe(true);
    expect(isStartupPacket(new Uint8Array([0x51, 0, 0, 0, 9, 0x73, 0x65, 0x6c, 0x0, 0]))).toBe(
      false,
    );
    expect(isStartupPacket(new Uint8Array([0, 0, 0, 8]))).toBe(false);
  });

  it('accepts name/value pairs with a terminator and nothing else', () => {
    expect(isWellFormedStartup(packet(...user, 0))).toBe(true);
    expect(isWellFormedStartup(packet())).toBe(false);
    expect(isWellFormedStartup(packet(...user))).toBe(false);
    expect(isWellFormedStartup(packet(...Buffer.from('user\0'), 0))).toBe(false);
    expect(isWellFormedStartup(packet(0))).toBe(false);
  });
});
