import type { PGlite } from '@electric-sql/pglite';

interface Queued {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
}

/**
 * Serialises the wire-protocol messages of every client connection onto the one PGlite
 * session, keeping an open transaction on the connection that began it.
 *
 * It replaces the socket server's own queue, which stops for good after the first message
 * PGlite throws on (a client speaking garbage leaves every later query waiting forever), and
 * which lets an abandoned transaction hold every other connection without limit. Here a failed
 * message fails only its own client, and a transaction idle longer than `idleInTransactionMs`
 * while others wait is rolled back and its connection refused from then on — the embedded
 * counterpart of PostgreSQL's idle_in_transaction_session_timeout.
 */
export class EmbeddedSessionQueue {
  private queue: Queued[] = [];
  private draining = false;
  /** The connection whose transaction is open, if any. */
  private owner: number | null = null;
  private ownerLastActive = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly aborted = new Set<number>();

  constructor(
    private readonly db: PGlite,
    private readonly idleInTransactionMs = 60_000,
  ) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void) {
    return new Promise<number>((resolve, reject) => {
      if (this.aborted.has(handlerId)) {
        reject(new Error('transaction aborted after idling while other connections waited'));
        return;
      }
      // PGlite answers a malformed startup packet with FATAL, which ends its one session for
      // every connection; such a packet never reaches it.
      if (isStartupPacket(message) && !isWellFormedStartup(message)) {
        reject(new Error('malformed startup packet'));
        return;
      }
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength() {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number) {
    this.queue = this.queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error('client disconnected'));
      return false;
    });
    this.aborted.delete(handlerId);
  }

  /** A client that leaves in the middle of its transaction must not hold the session. */
  async clearTransactionIfNeeded(handlerId: number) {
    if (this.owner === handlerId) await this.rollbackOwner();
    void this.drain();
  }

  private inTransaction() {
    return this.owner !== null && this.db.isInTransaction();
  }

  private next(): Queued | undefined {
    if (!this.inTransaction()) return this.queue.shift();
    const index = this.queue.findIndex((item) => item.handlerId === this.owner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async drain() {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (err) {
          item.reject(err);
        }
        this.owner = this.db.isInTransaction() ? item.handlerId : null;
        this.ownerLastActive = Date.now();
      }
    } finally {
      this.draining = false;
    }
    this.watchIdleOwner();
  }

  /** Others are waiting on a transaction whose connection has gone quiet: bound the wait. */
  private watchIdleOwner() {
    clearTimeout(this.idleTimer);
    if (!this.inTransaction() || this.queue.length === 0) return;
    const wait = Math.max(0, this.ownerLastActive + this.idleInTransactionMs - Date.now());
    this.idleTimer = setTimeout(() => {
      void (async () => {
        if (!this.inTransaction() || this.queue.length === 0) return;
        if (Date.now() - this.ownerLastActive < this.idleInTransactionMs) {
          this.watchIdleOwner();
          return;
        }
        this.aborted.add(this.owner!);
        await this.rollbackOwner();
        await this.drain();
      })();
    }, wait);
    this.idleTimer.unref();
  }

  private async rollbackOwner() {
    this.owner = null;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
  }

  close() {
    clearTimeout(this.idleTimer);
  }
}

const PROTOCOL_3_0 = 196608;

function int32(message: Uint8Array, offset: number): number {
  return new DataView(message.buffer, message.byteOffset, message.byteLength).getInt32(offset);
}

/** A startup packet has no type byte: its length, then the protocol version. */
export function isStartupPacket(message: Uint8Array): boolean {
  return (
    message.length >= 8 &&
    int32(message, 0) === message.length &&
    int32(message, 4) === PROTOCOL_3_0
  );
}

/** Protocol 3.0, then `name\0value\0` pairs, then a terminating zero byte. */
export function isWellFormedStartup(message: Uint8Array): boolean {
  if (message.length < 9 || message[message.length - 1] !== 0) return false;
  let strings = 0;
  for (let i = 8; i < message.length - 1; i++) if (message[i] === 0) strings++;
  return strings > 0 && strings % 2 === 0 && message[message.length - 2] === 0;
}
