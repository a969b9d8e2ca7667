import { describe, expect, it } from 'vitest';
import { base64ToBytes, base64UrlToBytes, bytesToBase64, bytesToBase64Url, utf8 } from './encoding.ts';

describe('base64', () => {
  it('round-trips bytes', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 255]);
    expect(bytesToBase64(bytes)).toBe('AAEC+vv/');
    expect(base64ToBytes('AAEC+vv/')).toEqual(bytes);
  });

  it('handles long inputs', () => {
    const big = new Uint8Array(100000).fill(7);
    expect(base64ToBytes(bytesToBase64(big))).toEqual(big);
  });

  it.each(['ab c', 'abc', 'a===', '!!!!', 'AAEC-vv_'])('rejects %j', (text) => {
    expect(base64ToBytes(text)).toBeNull();
  });
});

describe('base64url', () => {
  it('uses - and _ without padding', () => {
    expect(bytesToBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(base64UrlToBytes('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
  });

  it.each(['a', 'ab+c', 'abc='])('rejects %j', (text) => {
    expect(base64UrlToBytes(text)).toBeNull();
  });
});

it('utf8 encodes text', () => {
  expect(utf8('é')).toEqual(new Uint8Array([0xc3, 0xa9]));
});
