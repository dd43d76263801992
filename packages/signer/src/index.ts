export {
  ALGORITHMS,
  isSignatureAlgorithm,
  type AlgorithmSpec,
  type SignatureAlgorithm,
} from './algorithms.js';
export { OpensslError } from './openssl.js';
export {
  certificatePublicKey,
  createOpensslSigner,
  requireEngine,
  type DocumentSigner,
  type OpensslSignerOptions,
} from './signer.js';
export { verifyDetached, verifyRaw, type Verification } from './verify.js';
export { createTestCertificate } from './test-certificate.js';
