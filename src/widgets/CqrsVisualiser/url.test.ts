import { describe, expect, it } from 'vitest';
import type { CqrsConfig } from '../../domain/cqrs';
import { PRESET_IDS, PRESETS } from './presets';
import { clearParams, readParams, writeParams } from './url';

describe('writeParams / readParams', () => {
  it('round-trips every preset, a pause, a time and a speed', () => {
    for (const preset of PRESET_IDS) {
      const config: CqrsConfig = {
        ...PRESETS[preset],
        faults: { ...PRESETS[preset].faults, projectorPause: { atMs: 1234, forMs: 2500 } },
      };
      const search = writeParams('', { instance: 1, preset, config, t: 4321.4, speed: 0.25 });
      const read = readParams(search, 'healthy');
      expect(read).toEqual({ found: true, preset, config, t: 4321, speed: 0.25, rejected: [], reset: false });
    }
  });

  it('writes short, namespaced parameters and keeps the others', () => {
    const search = writeParams('?ws=abc&cq.old=1', {
      instance: 1,
      preset: 'healthy',
      config: PRESETS.healthy,
      t: 0,
      speed: 1,
    });
    expect(search).toBe(
      '?ws=abc&cq.preset=healthy&cq.seed=7&cq.d=20&cq.w=20&cq.r=40&cq.e=50&cq.lag=uniform&cq.lmin=20&cq.lmax=80&cq.proj=200&cq.c=eventual&cq.t=0',
    );
  });

  it('round-trips an unlimited projector and a duplicate rate', () => {
    const { projectorEventsPerSecond: _drop, ...rest } = PRESETS.healthy;
    const config: CqrsConfig = { ...rest, faults: { duplicateRate: 0.25 } };
    const read = readParams(writeParams('', { instance: 1, preset: 'healthy', config, t: 0, speed: 1 }), 'healthy');
    expect(read.config).toEqual(config);
  });

  it('has nothing to say without cq parameters', () => {
    expect(readParams('?x=1', 'lag-spike')).toMatchObject({
      found: false,
      preset: 'lag-spike',
      config: PRESETS['lag-spike'],
      t: null,
    });
  });

  it('addresses one visualiser of the page with cq.n', () => {
    const search = writeParams('', { instance: 2, preset: 'healthy', config: PRESETS.healthy, t: 10, speed: 1 });
    expect(search.startsWith('?cq.n=2&')).toBe(true);
    expect(readParams(search, 'lag-spike', 1).found).toBe(false);
    expect(readParams(search, 'lag-spike', 2)).toMatchObject({ found: true, preset: 'healthy', t: 10 });
    expect(readParams('?cq.w=30', 'healthy', 2).found).toBe(false);
  });

  it('falls back to the preset’s value for each garbage parameter and names it', () => {
    const read = readParams(
      '?cq.preset=nope&cq.w=abc&cq.r=15&cq.lag=normal&cq.c=maybe&cq.t=-5&cq.speed=3&cq.e=0&cq.pat=x',
      'lag-spike',
    );
    expect(read.found).toBe(true);
    expect(read.preset).toBe('lag-spike');
    expect(read.config).toEqual({ ...PRESETS['lag-spike'], readsPerSecond: 15 });
    expect(read.rejected.sort()).toEqual(['cq.c', 'cq.e', 'cq.lag', 'cq.pat', 'cq.preset', 'cq.speed', 'cq.t', 'cq.w']);
    expect(read.t).toBeNull();
    expect(read.speed).toBe(1);
    expect(read.reset).toBe(false);
  });

  it('falls back to the whole preset when the values only fail together', () => {
    const read = readParams('?cq.w=5000&cq.r=5000&cq.preset=healthy', 'healthy');
    expect(read).toMatchObject({ found: true, config: PRESETS.healthy, reset: true });
  });

  it('never throws on hostile input', () => {
    for (const s of ['?cq.w=%E0%A4%A', '?cq.n=0&cq.w=1', '?cq.n=abc&cq.d=1e309', `?cq.seed=${'9'.repeat(500)}`]) {
      expect(() => readParams(s, 'healthy')).not.toThrow();
    }
    expect(readParams('?cq.n=abc&cq.d=1e309', 'healthy').rejected.sort()).toEqual(['cq.d', 'cq.n']);
  });
});

describe('clearParams', () => {
  it('drops only the visualiser’s parameters', () => {
    expect(clearParams('?ws=abc&cq.w=3&cq.n=2')).toBe('?ws=abc');
    expect(clearParams('?cq.w=3')).toBe('');
    expect(clearParams('')).toBe('');
  });
});
