import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message the local SMTP server accepted. */
export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on a free local port that keeps what it receives: the messaging service
 * talks SMTP to it exactly as to the region's relay.
 */
export async function startSmtpSink(): Promise<{
  url: string;
  mails: ReceivedMail[];
  stop(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A local HTTP SMS gateway that records requests and can be told to fail. */
export async function startSmsGateway(): Promise<{
  url: string;
  received: { to: string; text: string }[];
  /** Answer 503 to every request while true. */
  failing: { value: boolean };
  attempts: { value: number };
  stop(): Promise<void>;
}> {
  const received: { to: string; text: string }[] = [];
  const failing = { value: false };
  const attempts = { value: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      attempts.value++;
      if (failing.value) {
        res.writeHead(503).end('overloaded');
        return;
      }
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as never);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"queued"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms`,
    received,
    failing,
    attempts,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
