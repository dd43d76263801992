import type { IncomingMessage } from 'node:http';
import { v4 as uuidv4 } from 'uuid';
import type { RequestSource } from '@dnevnik/auth';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The client's request id when it sent a sane one, a new one otherwise. */
export function requestId(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : uuidv4();
}

export function requestSource(req: IncomingMessage, trustProxy: boolean): RequestSource {
  // The right-most entry is the one our own ingress appended; entries left of it come from the
  // client and can say anything.
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .pop()
        ?.trim()
    : '';
  const ua = req.headers['user-agent'];
  return {
    ip: forwarded || req.socket.remoteAddress || null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
  };
}
