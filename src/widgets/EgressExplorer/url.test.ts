import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import { PRESET_IDS, PRESETS } from './presets';
import { readParams, writeParams } from './url';

const base = PRESETS['columnar-export'];

describe('writeParams', () => {
  it('writes the scenario with namespaced parameters and plain numbers', () => {
    expect(writeParams('', PRESETS['columnar-export'])).toBe(
      '?eg.kind=bulk-export&eg.unit=TB&eg.price=flat&eg.vol=10&eg.rate=0.07&eg.comp=100&eg.usercache=0&eg.cdn=0&eg.cdnrate=0.04',
    );
    expect(writeParams('', PRESETS['key-value-requests'])).toBe(
      '?eg.kind=requests&eg.price=flat&eg.req=1000000&eg.kb=1&eg.days=30&eg.rate=0.07&eg.comp=100&eg.usercache=0&eg.cdn=0&eg.cdnrate=0.04',
    );
  });

  it('keeps other parameters and replaces its own', () => {
    const search = writeParams('?workshop=cloud-a&eg.vol=999&eg.junk=1', PRESETS['aws-tiers']);
    const params = new URLSearchParams(search);
    expect(params.get('workshop')).toBe('cloud-a');
    expect(params.get('eg.vol')).toBe('20000');
    expect(params.get('eg.price')).toBe('aws-internet');
    expect(params.has('eg.junk')).toBe(false);
    expect(params.has('eg.rate')).toBe(false); // a provider price list has no flat rate
  });

  it('never writes e-notation', () => {
    const search = writeParams('', { ...base, flatPrice: 0.0000001, volume: 1e-7 });
    expect(search).toContain('eg.rate=0.0000001');
    expect(search).not.toMatch(/e[-+]/);
  });
});

describe('readParams', () => {
  it('round-trips every preset', () => {
    for (const id of PRESET_IDS) {
      const read = readParams(writeParams('', PRESETS[id]), base);
      expect(read, id).toEqual({ inputs: PRESETS[id], found: true, rejected: [], reset: false });
    }
  });

  it('without explorer parameters, shows the example and reports nothing', () => {
    expect(readParams('?workshop=x', base)).toEqual({ inputs: base, found: false, rejected: [], reset: false });
  });

  it('a partial link changes only what it names', () => {
    const read = readParams('?eg.vol=5', base);
    expect(read.inputs).toEqual({ ...base, volume: 5 });
  });

  it('a garbage value falls back to the example for that parameter and is named', () => {
    const read = readParams('?eg.vol=abc&eg.unit=XB&eg.comp=40&eg.kind=%3Cscript%3E', base);
    expect(read.inputs).toEqual({ ...base, compressionPct: 40 });
    expect(read.rejected).toEqual(['eg.kind', 'eg.unit', 'eg.vol']);
    expect(read.reset).toBe(false);
  });

  it("a volume beyond the linked price list falls back to the example's volume", () => {
    const read = readParams('?eg.price=azure-internet&eg.vol=600&eg.unit=TB', base);
    expect(read).toEqual({
      inputs: { ...base, pricing: 'azure-internet' },
      found: true,
      rejected: ['eg.vol'],
      reset: false,
    });
  });

  it('values that still do not fit together fall back to the whole example', () => {
    const big = { ...base, volume: 600 };
    expect(readParams('?eg.price=azure-internet', big)).toEqual({
      inputs: big,
      found: true,
      rejected: [],
      reset: true,
    });
  });

  it('survives every bad input in every parameter', () => {
    const keys = [
      'eg.kind',
      'eg.vol',
      'eg.unit',
      'eg.req',
      'eg.kb',
      'eg.days',
      'eg.gb',
      'eg.copies',
      'eg.price',
      'eg.rate',
      'eg.comp',
      'eg.cache',
      'eg.usercache',
      'eg.cdn',
      'eg.cdnrate',
    ];
    for (const bad of [...badInputs('numbers'), ...badInputs('text')]) {
      for (const key of keys) {
        const read = readParams(`?${new URLSearchParams({ [key]: bad }).toString()}`, base);
        expect(JSON.stringify(read.inputs), `${key}=${JSON.stringify(bad)}`).not.toMatch(/NaN|Infinity|null/);
      }
    }
  });
});

describe('two explorers on one page', () => {
  it('keep their scenarios apart: the second reads and writes eg2.* and leaves eg.* alone', () => {
    const first = writeParams('', PRESETS['columnar-export'], 1);
    const both = writeParams(first, PRESETS['aws-tiers'], 2);
    expect(both).toContain('eg.kind=');
    expect(both).toContain('eg2.kind=');
    expect(readParams(both, PRESETS['key-value-requests'], 1).inputs).toEqual(PRESETS['columnar-export']);
    expect(readParams(both, PRESETS['key-value-requests'], 2).inputs).toEqual(PRESETS['aws-tiers']);
    // Rewriting the second explorer does not touch the first one's parameters.
    const again = writeParams(both, PRESETS['blob-streaming'], 2);
    expect(readParams(again, PRESETS['key-value-requests'], 1).inputs).toEqual(PRESETS['columnar-export']);
  });

  it('name the second explorer’s rejected parameters by their own names', () => {
    const read = readParams('?eg2.kind=volume&eg2.vol=-5', PRESETS['columnar-export'], 2);
    expect(read.found).toBe(true);
    expect(read.rejected).toContain('eg2.vol');
  });
});

describe('the users-side cache share in links', () => {
  it('is written as eg.usercache, and a link saved with the old eg.cache still loads', () => {
    const base = PRESETS['combined-strategies'];
    const search = writeParams('', base);
    expect(new URLSearchParams(search).get('eg.usercache')).toBe('50');
    expect(new URLSearchParams(search).has('eg.cache')).toBe(false);
    const old = readParams(search.replace('eg.usercache=', 'eg.cache='), PRESETS['cdn-streaming']);
    expect(old.inputs).toEqual(base);
    expect(old.rejected).toEqual([]);
    const second = readParams('?eg2.kind=bulk-export&eg2.cache=30', PRESETS['combined-strategies'], 2);
    expect(second.inputs.cachePct).toBe(30);
  });

  it('names the old parameter when its value is bad', () => {
    const read = readParams('?eg.kind=bulk-export&eg.cache=150', PRESETS['combined-strategies']);
    expect(read.rejected).toEqual(['eg.cache']);
    expect(read.inputs.cachePct).toBe(50);
  });
});
