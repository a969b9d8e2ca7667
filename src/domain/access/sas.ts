/**
 * Creating and verifying Shared Access Signatures, modelled on Azure Storage service SAS.
 *
 * Resources are written as Azure canonicalized resources: `/blob/{account}/{container}`
 * issues a container SAS (`sr=c`, valid for every blob inside it) and anything longer, e.g.
 * `/blob/{account}/{container}/{blob}`, a blob SAS (`sr=b`, that blob only). The resource is
 * carried and signed in `cres`, so a token presented for another resource fails as
 * "wrong-resource", not as a bad signature.
 *
 * verifySas checks, in this order, and reports the first failure:
 * malformed → bad-signature → not-yet-valid → expired → wrong-resource → permission → ip → protocol.
 * The signature comes first so that nothing an attacker wrote is trusted before it is
 * authenticated. A token is valid for st ≤ now < se (no clock-skew allowance). When the token
 * restricts `sip` or requires `spr=https`, a request that does not state its IP or protocol is
 * rejected (fail-closed).
 */
import { base64ToBytes, bytesToBase64 } from './encoding.ts';
import { hmacSha256, hmacSha256Verify } from './hmac.ts';
import { ipInRange, parseIp, parseIpRange } from './ip.ts';
import {
  SAS_PERMISSION_ORDER,
  SAS_VERSION,
  formatSas,
  formatSasTime,
  isValidPermissions,
  parseSas,
  readSasTime,
  sasStringToSign,
  type SasFields,
} from './sas-format.ts';

/** Why verifySas rejected a token. */
export type SasFailureReason =
  'malformed' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'wrong-resource' | 'permission' | 'ip' | 'protocol';

/** One sentence per failure reason, for the UI (so no widget has to invent its own wording). */
export const SAS_FAILURE_MESSAGES: Readonly<Record<SasFailureReason, string>> = {
  malformed: 'The token is not a well-formed SAS: a parameter is missing, repeated, unknown or badly formatted.',
  'bad-signature':
    'The signature does not match: a signed field was changed, or the token was signed with another key.',
  'not-yet-valid': 'The token is not valid yet: its start time (st) is still in the future.',
  expired: 'The token has expired: its expiry time (se) has passed.',
  'wrong-resource': 'The token was issued for a different resource than the one requested.',
  permission: 'The operation needs a permission that the token does not grant (sp).',
  ip: 'The request comes from an IP address outside the range the token allows (sip), or gives no IP.',
  protocol: 'The token allows HTTPS only (spr=https), but the request used HTTP or did not say which protocol.',
};

/** The human sentence for a verifySas failure reason. */
export function sasFailureMessage(reason: SasFailureReason): string {
  return SAS_FAILURE_MESSAGES[reason];
}

/** The SAS scope for a canonicalized resource: a container (`/blob/account/container`) or a blob. */
export function sasResourceType(resource: string): 'b' | 'c' {
  return /^\/blob\/[^/]+\/[^/]+$/.test(resource) ? 'c' : 'b';
}

function decodeKey(keyBase64: string): Uint8Array {
  const key = base64ToBytes(keyBase64);
  if (!key || key.length === 0) throw new TypeError('the account key must be non-empty standard base64');
  return key;
}

/** What createSas signs: the resource, the permission letters, the validity window and the optional limits. */
export interface SasParams {
  resource: string;
  permissions: string;
  start?: Date;
  expiry: Date;
  ip?: string;
  protocol?: 'https' | 'https,http';
}

/**
 * Issues a SAS for `p.resource` and returns its query string (no leading `?`). Throws a
 * RangeError for invalid input: permissions not in Azure's "racwdl" order (see
 * normalizePermissions), expiry not after start, a bad IP/range, or an empty resource.
 */
export async function createSas(p: SasParams, keyBase64: string): Promise<string> {
  const key = decodeKey(keyBase64);
  if (!isValidPermissions(p.permissions)) {
    throw new RangeError(
      `permissions must be letters from "${SAS_PERMISSION_ORDER}", each once, in that order; got "${p.permissions}"`,
    );
  }
  if (typeof p.resource !== 'string' || p.resource === '' || [...p.resource].some((ch) => ch.charCodeAt(0) < 32)) {
    throw new RangeError('resource must be a non-empty canonicalized resource such as /blob/account/container/blob');
  }
  if (Number.isNaN(p.expiry.getTime()) || (p.start && Number.isNaN(p.start.getTime())))
    throw new RangeError('start and expiry must be valid dates');
  const se = formatSasTime(p.expiry);
  const st = p.start ? formatSasTime(p.start) : undefined;
  if (st !== undefined && (readSasTime(se) as number) <= (readSasTime(st) as number))
    throw new RangeError('expiry must be after start');
  if (p.ip !== undefined && !parseIpRange(p.ip))
    throw new RangeError(`ip must be an address or a range "a-b"; got "${p.ip}"`);
  const fields: Omit<SasFields, 'sig'> = {
    sv: SAS_VERSION,
    sp: p.permissions,
    se,
    sr: sasResourceType(p.resource),
    cres: p.resource,
  };
  if (st !== undefined) fields.st = st;
  if (p.ip !== undefined) fields.sip = p.ip;
  if (p.protocol !== undefined) fields.spr = p.protocol;
  const sig = bytesToBase64(await hmacSha256(key, sasStringToSign(fields)));
  return formatSas({ ...fields, sig });
}

function coversResource(fields: SasFields, resource: string): boolean {
  if (fields.sr === 'b') return resource === fields.cres;
  return resource === fields.cres || resource.startsWith(`${fields.cres}/`);
}

/**
 * Verifies a SAS for a request at instant `now`; see the module comment for the order of
 * checks. A bad token never throws (it yields a reason); an account key that is not base64
 * is a configuration error and rejects with a TypeError.
 */
export async function verifySas(
  sas: string,
  keyBase64: string,
  req: { resource: string; permission: string; ip?: string; protocol?: 'https' | 'http' },
  now: Date,
): Promise<
  | { ok: true }
  | {
      ok: false;
      reason:
        | 'malformed'
        | 'bad-signature'
        | 'expired'
        | 'not-yet-valid'
        | 'wrong-resource'
        | 'permission'
        | 'ip'
        | 'protocol';
    }
> {
  const key = decodeKey(keyBase64);
  const parsed = parseSas(sas);
  if (!parsed.ok) return { ok: false, reason: 'malformed' };
  const { fields } = parsed;
  const signature = base64ToBytes(fields.sig) as Uint8Array;
  if (!(await hmacSha256Verify(key, sasStringToSign(fields), signature))) return { ok: false, reason: 'bad-signature' };
  const at = now.getTime();
  if (fields.st !== undefined && at < (readSasTime(fields.st) as number)) return { ok: false, reason: 'not-yet-valid' };
  if (at >= (readSasTime(fields.se) as number)) return { ok: false, reason: 'expired' };
  if (!coversResource(fields, req.resource)) return { ok: false, reason: 'wrong-resource' };
  const wanted = typeof req.permission === 'string' ? [...req.permission] : [];
  if (
    wanted.length === 0 ||
    wanted.some((letter) => !SAS_PERMISSION_ORDER.includes(letter) || !fields.sp.includes(letter))
  ) {
    return { ok: false, reason: 'permission' };
  }
  if (fields.sip !== undefined) {
    const range = parseIpRange(fields.sip);
    const ip = req.ip === undefined ? null : parseIp(req.ip);
    if (!range || !ip || !ipInRange(range, ip)) return { ok: false, reason: 'ip' };
  }
  if (fields.spr === 'https' && req.protocol !== 'https') return { ok: false, reason: 'protocol' };
  return { ok: true };
}
