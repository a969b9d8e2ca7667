import { describe, expect, it } from 'vitest';
import { joinLink } from './workshop-page';

describe('joinLink', () => {
  it('opens the chosen page of the course with the code', () => {
    expect(joinLink('https://example.org', '/learn/cqrs/consistency/', 'cloud-2026-a')).toBe(
      'https://example.org/learn/cqrs/consistency/?workshop=cloud-2026-a',
    );
    expect(joinLink('https://example.org', '', 'abc')).toBe('https://example.org/?workshop=abc');
  });

  it('never leads off the course: another site or a protocol-relative path falls back to home', () => {
    for (const start of ['https://evil.example/', '//evil.example/x', '/\\evil.example/', 'javascript:alert(1)'])
      expect(joinLink('https://example.org', start, 'abc')).toBe('https://example.org/?workshop=abc');
  });
});
