import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { initialSettings, reduceSettings, sameConfig, type SettingsState } from './state';

const start = initialSettings('healthy');
const type = (s: SettingsState, field: Parameters<typeof reduceSettings>[1] & { type: 'text' }) =>
  reduceSettings(s, field);

describe('reduceSettings', () => {
  it('a valid edit becomes the good config, to be run after typing settles', () => {
    const s = type(start, { type: 'text', field: 'writes', text: '30' });
    expect(s.good.writesPerSecond).toBe(30);
    expect(s.revision).toBe(1);
    expect(s.immediate).toBe(false);
    expect(s.errors).toEqual({});
  });

  it('an invalid edit keeps the last good config and names the field', () => {
    const s = type(start, { type: 'text', field: 'writes', text: 'abc' });
    expect(s.good).toBe(start.good);
    expect(s.revision).toBe(0);
    expect(s.errors.writes).toMatch(/^Writes per second must be a plain number/);
    const fixed = type(s, { type: 'text', field: 'writes', text: '25' });
    expect(fixed.errors).toEqual({});
    expect(fixed.good.writesPerSecond).toBe(25);
  });

  it('a message about a combination stays on its field while another field is edited, and goes once fixed', () => {
    const tooLong = type(start, { type: 'text', field: 'writes', text: '1000' });
    expect(Object.keys(tooLong.errors)).toEqual(['writes']);
    // Editing an unrelated field does not move the message to "Duration".
    const seeded = type(tooLong, { type: 'text', field: 'seed', text: '7' });
    expect(Object.keys(seeded.errors)).toEqual(['writes']);
    expect(seeded.errors.writes).toMatch(/^This run is too long for the visualiser/);
    const fixed = type(seeded, { type: 'text', field: 'writes', text: '20' });
    expect(fixed.errors).toEqual({});
    expect(fixed.good.seed).toBe(7);
  });

  it('a longest lag below the shortest is reported on the longest lag, the field just edited, in its words', () => {
    const s = type(start, { type: 'text', field: 'lagMaxMs', text: '10' });
    expect(s.errors).toEqual({ lagMaxMs: 'Longest lag (ms) must be at least Shortest lag (ms) (20) (received 10).' });
    const fixed = type(s, { type: 'text', field: 'lagMaxMs', text: '90' });
    expect(fixed.errors).toEqual({});
    expect(fixed.good.lag).toEqual({ kind: 'uniform', minMs: 20, maxMs: 90 });
  });

  it('choices run at once; forged values change nothing', () => {
    const s = reduceSettings(start, { type: 'consistency', value: 'strong' });
    expect(s.good.consistency).toBe('strong');
    expect(s.immediate).toBe(true);
    expect(reduceSettings(start, { type: 'consistency', value: 'eventually' })).toBe(start);
    expect(reduceSettings(start, { type: 'lagKind', value: 'normal' })).toBe(start);
    expect(reduceSettings(start, { type: 'lagKind', value: 'constant' }).good.lag).toEqual({
      kind: 'constant',
      ms: 100,
    });
    expect(reduceSettings(start, { type: 'unlimited', value: true }).good.projectorEventsPerSecond).toBeUndefined();
  });

  it('the pause button adds a pause at the current instant (rounded to the ms) for the typed length', () => {
    const s = reduceSettings(start, { type: 'pause', atMs: 2345.6 });
    expect(s.good.faults).toEqual({ projectorPause: { atMs: 2346, forMs: 3000 } });
    expect(s.form.pause).toEqual({ atMs: 2346, forMs: 3000 });
    expect(s.immediate).toBe(true);
    const longer = reduceSettings(type(s, { type: 'text', field: 'pauseFor', text: '5' }), {
      type: 'pause',
      atMs: 100,
    });
    expect(longer.good.faults?.projectorPause).toEqual({ atMs: 100, forMs: 5000 });
    const removed = reduceSettings(longer, { type: 'removePause' });
    expect(removed.good).toEqual(PRESETS.healthy);
  });

  it('a bad pause length is refused on its field and leaves the run alone', () => {
    const s = type(start, { type: 'text', field: 'pauseFor', text: '-2' });
    expect(s.errors.pauseFor).toBe('Pause length must be more than 0 and at most 3600 seconds (received "-2").');
    const pressed = reduceSettings(s, { type: 'pause', atMs: 1000 });
    expect(pressed.good).toBe(start.good);
    // The message survives edits of other fields.
    expect(type(pressed, { type: 'text', field: 'reads', text: '10' }).errors.pauseFor).toMatch(/^Pause length/);
  });

  it('the pause goes onto the last good run while another field is wrong', () => {
    const broken = type(start, { type: 'text', field: 'reads', text: '' });
    const s = reduceSettings(broken, { type: 'pause', atMs: 500 });
    expect(s.good.faults?.projectorPause).toEqual({ atMs: 500, forMs: 3000 });
    expect(s.good.readsPerSecond).toBe(40);
    expect(s.errors.reads).toBeDefined();
  });

  it('loads presets and links', () => {
    const s = reduceSettings(start, { type: 'preset', preset: 'lag-spike' });
    expect(s.good).toBe(PRESETS['lag-spike']);
    expect(s.preset).toBe('lag-spike');
    expect(s.revision).toBe(1);
  });
});

describe('sameConfig', () => {
  it('compares runs whatever the key order or the defaults written out', () => {
    expect(sameConfig(PRESETS.healthy, { ...PRESETS.healthy })).toBe(true);
    expect(sameConfig(PRESETS.healthy, PRESETS['lag-spike'])).toBe(false);
    expect(
      sameConfig({ ...PRESETS.healthy, entities: 1 }, { ...PRESETS.healthy, entities: undefined as unknown as number }),
    ).toBe(true);
  });
});
