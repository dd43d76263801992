import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** openssl failed: its exit code and the first of its own words, enough to diagnose. */
export class OpensslError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'OpensslError';
  }
}

export interface OpensslOptions {
  /** The openssl binary; `openssl` on the PATH by default. */
  binary?: string;
  timeoutMs?: number;
  input?: Buffer;
}

/** Runs openssl with the arguments (never through a shell) and returns its standard output. */
export function openssl(args: readonly string[], options: OpensslOptions = {}): Promise<Buffer> {
  const binary = options.binary ?? 'openssl';
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 15_000,
    });
    const out: Buffer[] = [];
    let errText = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errText += chunk.toString('utf8')));
    child.on('error', (error) =>
      reject(new OpensslError(`${binary} could not be started: ${error.message}`, null)),
    );
    // openssl that exits without reading its input closes the pipe; the exit code says why.
    child.stdin.on('error', () => {});
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const reason = signal ? `was stopped (${signal})` : `exited with ${code}`;
      reject(
        new OpensslError(`${binary} ${args[0]} ${reason}: ${errText.trim().slice(0, 300)}`, code),
      );
    });
    child.stdin.end(options.input ?? Buffer.alloc(0));
  });
}

/** A private temporary directory for one operation's files, removed afterwards. */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'dnevnik-signer-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
