/**
 * What the client signs for `client_secret`. ESIA concatenates the parameters with no separator,
 * in this order, as UTF-8; the token request adds the authorization code at the end.
 */
export interface AuthorizeSecretParts {
  clientId: string;
  scope: string;
  timestamp: string;
  state: string;
  redirectUri: string;
}

export const authorizeSecretMessage = (p: AuthorizeSecretParts): string =>
  `${p.clientId}${p.scope}${p.timestamp}${p.state}${p.redirectUri}`;

export const tokenSecretMessage = (p: AuthorizeSecretParts & { code: string }): string =>
  `${authorizeSecretMessage(p)}${p.code}`;

/** ESIA writes signatures as URL-safe base64; padding is accepted but not sent. */
export const toBase64Url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

export function fromBase64Url(value: string): Buffer | null {
  const trimmed = value.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(trimmed)) return null;
  return Buffer.from(trimmed, 'base64url');
}
