export { formatEsiaTimestamp, parseEsiaTimestamp } from './timestamp.js';
export {
  authorizeSecretMessage,
  fromBase64Url,
  toBase64Url,
  tokenSecretMessage,
  type AuthorizeSecretParts,
} from './client-secret.js';
export { certificateHash, generateDevCertificate, type DevCertificate } from './dev-certificate.js';
export {
  createCommandSigner,
  createCommandVerifier,
  createDevSigner,
  createGostSigner,
  createKeyVerifier,
  type EsiaSigner,
  type SignatureVerifier,
} from './signer.js';
export {
  esiaSubject,
  EsiaTokenError,
  verifyEsiaJwt,
  type EsiaClaims,
  type TokenCheck,
} from './id-token.js';
export {
  ESIA_ERRORS,
  EsiaError,
  esiaCodeOf,
  esiaErrorParams,
  isEsiaErrorCode,
  type EsiaErrorCode,
} from './errors.js';
export {
  fromEsiaDate,
  fromEsiaSnils,
  toEsiaDate,
  toEsiaSnils,
  type EsiaKidData,
  type EsiaPersonData,
} from './person.js';
export {
  callbackError,
  createEsiaClient,
  createPkcePair,
  ESIA_PATHS,
  type EsiaClient,
  type EsiaClientOptions,
  type ExchangedCode,
} from './client.js';
export { escapeHtml } from './html.js';
