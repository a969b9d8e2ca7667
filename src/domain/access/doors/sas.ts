/**
 * The shared keys and Shared Access Signatures door: two-key rotation, createSas/verifySas,
 * the token's textual form, the permission letters and the tamper model. WebCrypto only.
 */
export {
  SHARED_KEY_BYTES,
  canonicalRequest,
  createKeyPair,
  revoke,
  rotate,
  sign,
  verify,
  type KeyName,
  type KeyPairState,
  type KeyVerifyFailure,
  type KeyVerifyResult,
  type RandomBytes,
  type RetiredKey,
  type SharedKey,
} from '../shared-keys.ts';
export {
  SAS_FAILURE_MESSAGES,
  createSas,
  sasFailureMessage,
  sasResourceType,
  verifySas,
  type SasFailureReason,
  type SasParams,
} from '../sas.ts';
export {
  SAS_PERMISSION_NAMES,
  SAS_PERMISSION_ORDER,
  SAS_VERSION,
  formatSasTime,
  normalizePermissions,
  parseSas,
  sasStringToSign,
  type SasFields,
} from '../sas-format.ts';

export { editParam, tamperExpiry, tamperPermissions, tamperSignature } from '../sas-tamper.ts';
