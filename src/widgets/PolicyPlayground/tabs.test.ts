import { describe, expect, it } from 'vitest';
import { nextTab } from './tabs.ts';

describe('tab keys', () => {
  const ids = ['policies', 'request', 'decision'];
  it('moves with the arrows, wrapping, and jumps with Home/End', () => {
    expect(nextTab(ids, 'policies', 'ArrowRight')).toBe('request');
    expect(nextTab(ids, 'decision', 'ArrowRight')).toBe('policies');
    expect(nextTab(ids, 'policies', 'ArrowLeft')).toBe('decision');
    expect(nextTab(ids, 'request', 'Home')).toBe('policies');
    expect(nextTab(ids, 'request', 'End')).toBe('decision');
    expect(nextTab(ids, 'request', 'a')).toBeNull();
    expect(nextTab([], 'x', 'Home')).toBeNull();
  });
});
