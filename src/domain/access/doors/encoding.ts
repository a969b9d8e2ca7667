/** The encodings door: base64 and base64url, used by every subject (tokens, links, keys). */
export { base64ToBytes, base64UrlToBytes, bytesToBase64, bytesToBase64Url } from '../encoding.ts';
