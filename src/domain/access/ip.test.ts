import { describe, expect, it } from 'vitest';
import { cidrContains, ipInRange, parseCidr, parseIp, parseIpRange } from './ip.ts';

const contains = (cidr: string, ip: string): boolean => {
  const block = parseCidr(cidr);
  const address = parseIp(ip);
  if (!block || !address) throw new Error(`bad test input ${cidr} ${ip}`);
  return cidrContains(block, address);
};

describe('parseIp', () => {
  it('parses IPv4', () => {
    expect(parseIp('10.1.2.3')).toEqual({ version: 4, bytes: new Uint8Array([10, 1, 2, 3]) });
  });

  it.each(['256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '', 'abc', '1.2.3.-4', '1..2.3'])(
    'rejects IPv4 %j',
    (text) => {
      expect(parseIp(text)).toBeNull();
    },
  );

  it('parses IPv6 with :: compression the same as the full form', () => {
    const full = parseIp('2001:0db8:0000:0000:0000:0000:0000:0001');
    expect(parseIp('2001:db8::1')).toEqual(full);
    expect(full?.bytes).toEqual(new Uint8Array([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
  });

  it('parses :: and ::1 and a trailing ::', () => {
    expect(parseIp('::')?.bytes).toEqual(new Uint8Array(16));
    expect(parseIp('::1')?.bytes[15]).toBe(1);
    expect(parseIp('1:2:3:4:5:6:7::')?.bytes).toEqual(new Uint8Array([0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0]));
  });

  it('parses IPv4-mapped IPv6 as IPv6', () => {
    expect(parseIp('::ffff:192.0.2.1')).toEqual({
      version: 6,
      bytes: new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1]),
    });
  });

  it.each([
    ':::',
    '1::2::3',
    '12345::',
    'fe80::1%eth0',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '::ffff:999.0.0.1',
    ':1::',
    'g::1',
    '1:2:3:4:5:6:7',
  ])('rejects IPv6 %j', (text) => {
    expect(parseIp(text)).toBeNull();
  });
});

describe('parseCidr', () => {
  it('treats a bare address as exact (/32, /128)', () => {
    expect(parseCidr('10.1.2.3')?.prefix).toBe(32);
    expect(parseCidr('::1')?.prefix).toBe(128);
  });

  it('clears host bits', () => {
    expect(parseCidr('10.1.2.3/8')).toEqual({ version: 4, bytes: new Uint8Array([10, 0, 0, 0]), prefix: 8 });
  });

  it.each([
    '10.0.0.0/33',
    '10.0.0.0/08',
    '10.0.0.0/',
    '10.0.0.0/-1',
    '10.0.0.0/ 8x',
    '2001:db8::/129',
    'nonsense/8',
    '/8',
  ])('rejects %j', (text) => {
    expect(parseCidr(text)).toBeNull();
  });
});

describe('cidrContains', () => {
  it('/0 contains every address of its family and none of the other', () => {
    expect(contains('0.0.0.0/0', '0.0.0.0')).toBe(true);
    expect(contains('0.0.0.0/0', '255.255.255.255')).toBe(true);
    expect(contains('0.0.0.0/0', '::1')).toBe(false);
    expect(contains('::/0', '2001:db8::1')).toBe(true);
    expect(contains('::/0', '1.2.3.4')).toBe(false);
  });

  it('/32 contains exactly one address', () => {
    expect(contains('10.1.2.3/32', '10.1.2.3')).toBe(true);
    expect(contains('10.1.2.3/32', '10.1.2.4')).toBe(false);
    expect(contains('10.1.2.3', '10.1.2.3')).toBe(true);
  });

  it('/31 contains two addresses', () => {
    expect(contains('10.0.0.0/31', '10.0.0.0')).toBe(true);
    expect(contains('10.0.0.0/31', '10.0.0.1')).toBe(true);
    expect(contains('10.0.0.0/31', '10.0.0.2')).toBe(false);
    expect(contains('10.0.0.0/31', '9.255.255.255')).toBe(false);
  });

  it('includes both boundary addresses of /8 and excludes their neighbours', () => {
    expect(contains('10.0.0.0/8', '10.0.0.0')).toBe(true);
    expect(contains('10.0.0.0/8', '10.255.255.255')).toBe(true);
    expect(contains('10.0.0.0/8', '9.255.255.255')).toBe(false);
    expect(contains('10.0.0.0/8', '11.0.0.0')).toBe(false);
  });

  it('handles prefixes that are not byte-aligned', () => {
    expect(contains('172.16.0.0/12', '172.31.255.255')).toBe(true);
    expect(contains('172.16.0.0/12', '172.32.0.0')).toBe(false);
    expect(contains('172.16.0.0/12', '172.15.255.255')).toBe(false);
  });

  it('handles IPv6 blocks', () => {
    expect(contains('2001:db8::/32', '2001:db8:ffff::1')).toBe(true);
    expect(contains('2001:db8::/32', '2001:db9::1')).toBe(false);
    expect(contains('::1/128', '::1')).toBe(true);
    expect(contains('::1/128', '::2')).toBe(false);
    expect(contains('2001:db8:b4e::/48', '2001:db8:b4e:12::7')).toBe(true);
  });

  it('never matches across families, even for IPv4-mapped addresses', () => {
    expect(contains('2001:db8::/32', '10.0.0.1')).toBe(false);
    expect(contains('10.0.0.0/8', '::ffff:10.1.2.3')).toBe(false);
    expect(contains('::ffff:10.0.0.0/104', '::ffff:10.1.2.3')).toBe(true);
  });
});

describe('parseIpRange / ipInRange', () => {
  const inRange = (range: string, ip: string): boolean => ipInRange(parseIpRange(range)!, parseIp(ip)!);

  it('accepts a single address or an inclusive range', () => {
    expect(inRange('203.0.113.5', '203.0.113.5')).toBe(true);
    expect(inRange('203.0.113.5', '203.0.113.6')).toBe(false);
    expect(inRange('198.51.100.0-198.51.100.255', '198.51.100.0')).toBe(true);
    expect(inRange('198.51.100.0-198.51.100.255', '198.51.100.255')).toBe(true);
    expect(inRange('198.51.100.0-198.51.100.255', '198.51.101.0')).toBe(false);
    expect(inRange('198.51.100.0-198.51.100.255', '::1')).toBe(false);
  });

  it.each(['10.0.0.9-10.0.0.1', '10.0.0.1-::1', '1.1.1.1-2.2.2.2-3.3.3.3', '', 'x-y'])('rejects %j', (text) => {
    expect(parseIpRange(text)).toBeNull();
  });
});
