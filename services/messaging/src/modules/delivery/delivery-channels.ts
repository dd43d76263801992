import nodemailer from 'nodemailer';

/** An outgoing message to one address; the in-app notification itself needs no channel. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
}

/** E-mail and SMS behind one interface, so a region plugs in its own providers (C2). */
export interface Channel {
  name: 'email' | 'sms';
  send(message: OutgoingMessage): Promise<void>;
  close?(): void;
}

const SEND_TIMEOUT_MS = 10_000;

/** E-mail over SMTP (smtp:// or smtps:// URL with credentials, as the region's relay wants). */
export function smtpChannel(url: string, from: string): Channel {
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: SEND_TIMEOUT_MS,
    greetingTimeout: SEND_TIMEOUT_MS,
    socketTimeout: SEND_TIMEOUT_MS,
  });
  return {
    name: 'email',
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}

/**
 * SMS through an HTTP SMS gateway: POST {to, text} as JSON with a bearer token. Providers differ
 * in details; an adapter for one of them replaces only this function.
 */
export function httpSmsChannel(url: string, token: string | undefined): Channel {
  return {
    name: 'sms',
    async send(m) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ to: m.to, text: `${m.subject}. ${m.text}` }),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    },
  };
}
