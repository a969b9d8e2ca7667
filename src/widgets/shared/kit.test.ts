import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { instanceId, urlNamespace, widgetProps } from './kit';

describe('instanceId', () => {
  it('gives each instance of a widget kind its own prefix, independent of other kinds', () => {
    const a1 = instanceId('kit-test-a');
    const a2 = instanceId('kit-test-a');
    const b1 = instanceId('kit-test-b');
    expect(a1).not.toBe(a2);
    expect(b1).toBe('kit-test-b-1');
  });
});

describe('widgetProps', () => {
  const schema = z.object({ cpu: z.union([z.literal(256), z.literal(512)]).default(256), label: z.string().min(1) });

  it('returns the props with defaults when they are right', () => {
    expect(widgetProps('Sizer', '/course/learn/x/', schema, { label: 'ok' })).toEqual({ cpu: 256, label: 'ok' });
  });

  it('names the widget, the page, every bad prop and what it received', () => {
    let message = '';
    try {
      widgetProps('Sizer', '/course/learn/x/', schema, { cpu: 300 });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^<Sizer> in \/course\/learn\/x\/: /);
    expect(message).toContain('prop `cpu`');
    expect(message).toContain('(received 300)');
    expect(message).toContain('prop `label`');
    expect(message).toContain('(received nothing)');
  });
});

describe('urlNamespace', () => {
  it('keeps the first instance on the old names and moves the others apart', () => {
    const first = urlNamespace('eg', 1);
    const second = urlNamespace('eg', 2);
    expect(first.key('vol')).toBe('eg.vol');
    expect(second.key('vol')).toBe('eg2.vol');
    expect(first.owns('eg2.vol')).toBe(false);
    expect(second.owns('eg.vol')).toBe(false);
    expect(second.owns('eg2.unit')).toBe(true);
  });

  it('refuses prefixes and instances that would collide or break a query string', () => {
    expect(() => urlNamespace('e.g', 1)).toThrow(/lower-case/);
    expect(() => urlNamespace('eg', 0)).toThrow(/instance must be/);
  });
});
