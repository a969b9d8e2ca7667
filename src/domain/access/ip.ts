/**
 * IPv4 and IPv6 addresses, CIDR blocks and inclusive ranges, parsed by hand into bytes so
 * the same code runs in Node and in the browser (no `net` module) and so every edge case
 * (`::` compression, IPv4-mapped `::ffff:a.b.c.d`, /0, /32, /128) is explicit and tested.
 *
 * Families are never mixed: an IPv4 address is not inside an IPv6 block and vice versa,
 * even for IPv4-mapped IPv6 addresses. That keeps both IpAddress (allow) and NotIpAddress
 * (deny) fail-closed for a caller who sends a mapped address.
 */

/** A parsed address: 4 bytes for IPv4, 16 bytes for IPv6. */
export interface ParsedIp {
  version: 4 | 6;
  bytes: Uint8Array;
}

/** A CIDR block; `bytes` holds the network address (host bits cleared). */
export interface Cidr extends ParsedIp {
  prefix: number;
}

/** An inclusive range of addresses of one family, as Azure's `sip=a-b`. */
export interface IpRange {
  version: 4 | 6;
  start: Uint8Array;
  end: Uint8Array;
}

const DECIMAL_OCTET = /^(0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i += 1) {
    const part = parts[i] as string;
    // Leading zeros are rejected: some parsers read `010` as octal 8, which is ambiguous.
    if (!DECIMAL_OCTET.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[i] = value;
  }
  return bytes;
}

function parseGroups(text: string, allowIpv4Tail: boolean): number[] | null {
  if (text === '') return [];
  const groups: number[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] as string;
    if (allowIpv4Tail && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (!v4) return null;
      groups.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
    } else if (HEX_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

function parseIpv6(text: string): Uint8Array | null {
  // Zone identifiers (`fe80::1%eth0`) are meaningless in a policy and are rejected.
  if (text.includes('%')) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0] as string, false);
    const tail = parseGroups(halves[1] as string, true);
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseGroups(text, true);
    if (!all || all.length !== 8) return null;
    groups = all;
  }
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[2 * i] = group >> 8;
    bytes[2 * i + 1] = group & 0xff;
  });
  return bytes;
}

/** Parses an IPv4 (`10.1.2.3`) or IPv6 (`2001:db8::1`, `::ffff:192.0.2.1`) address; null if invalid. */
export function parseIp(text: string): ParsedIp | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (trimmed.includes(':')) {
    const bytes = parseIpv6(trimmed);
    return bytes ? { version: 6, bytes } : null;
  }
  const bytes = parseIpv4(trimmed);
  return bytes ? { version: 4, bytes } : null;
}

/**
 * Parses `address/prefix`, or a bare address meaning an exact match (/32 or /128). Host
 * bits beyond the prefix are cleared (`10.1.2.3/8` is `10.0.0.0/8`), as AWS accepts them.
 */
export function parseCidr(text: string): Cidr | null {
  if (typeof text !== 'string') return null;
  const slash = text.indexOf('/');
  const ip = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!ip) return null;
  const max = ip.version === 4 ? 32 : 128;
  let prefix = max;
  if (slash >= 0) {
    const digits = text.slice(slash + 1).trim();
    if (!/^(0|[1-9]\d{0,2})$/.test(digits)) return null;
    prefix = Number(digits);
    if (prefix > max) return null;
  }
  const bytes = ip.bytes.map((byte, i) => {
    const bitsHere = Math.max(0, Math.min(8, prefix - i * 8));
    return byte & ((0xff << (8 - bitsHere)) & 0xff);
  });
  return { version: ip.version, bytes, prefix };
}

/** True when `ip` lies inside `cidr` (same family, first `prefix` bits equal). */
export function cidrContains(cidr: Cidr, ip: ParsedIp): boolean {
  if (cidr.version !== ip.version) return false;
  for (let i = 0; i < cidr.bytes.length; i += 1) {
    const bitsHere = Math.max(0, Math.min(8, cidr.prefix - i * 8));
    if (bitsHere === 0) break;
    const mask = (0xff << (8 - bitsHere)) & 0xff;
    if (((ip.bytes[i] as number) & mask) !== (cidr.bytes[i] as number)) return false;
  }
  return true;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** Parses a single address or an inclusive range `start-end` (same family, start ≤ end); null if invalid. */
export function parseIpRange(text: string): IpRange | null {
  if (typeof text !== 'string') return null;
  const parts = text.split('-');
  if (parts.length > 2) return null;
  const start = parseIp(parts[0] as string);
  const end = parts.length === 2 ? parseIp(parts[1] as string) : start;
  if (!start || !end || start.version !== end.version) return null;
  if (compareBytes(start.bytes, end.bytes) > 0) return null;
  return { version: start.version, start: start.bytes, end: end.bytes };
}

/** True when `ip` lies within the inclusive range. */
export function ipInRange(range: IpRange, ip: ParsedIp): boolean {
  return (
    range.version === ip.version && compareBytes(range.start, ip.bytes) <= 0 && compareBytes(ip.bytes, range.end) <= 0
  );
}
