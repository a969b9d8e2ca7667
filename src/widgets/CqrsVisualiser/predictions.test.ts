import { describe, expect, it } from 'vitest';
import { simulate } from '../../domain/cqrs';
import { bandOf, outcomeOf, PREDICTIONS } from './predictions';
import { PRESET_IDS, PRESETS } from './presets';

describe('predictions', () => {
  it('bands cover every value from 0 up without gaps or overlaps', () => {
    for (const id of PRESET_IDS) {
      const bands = PREDICTIONS[id].bands;
      expect(bands[0]?.min).toBe(0);
      expect(bands.at(-1)?.max).toBe(Infinity);
      for (let i = 1; i < bands.length; i++) expect(bands[i]?.min).toBe(bands[i - 1]?.max);
    }
  });

  it('bandOf picks the half-open band', () => {
    const bands = PREDICTIONS.healthy.bands;
    expect(bandOf(bands, 0).id).toBe('low');
    expect(bandOf(bands, 0.05).id).toBe('mid');
    expect(bandOf(bands, 0.3).id).toBe('high');
    expect(bandOf(bands, 1).id).toBe('high');
  });

  it('works out the right answer of each preset from its run', () => {
    const expected = {
      healthy: 'low',
      'projector-cant-keep-up': 'high',
      'lag-spike': 'high',
      'read-your-writes': 'short',
    } as const;
    for (const id of PRESET_IDS) {
      const r = simulate(PRESETS[id], { timeline: false });
      const o = outcomeOf(id, expected[id], r);
      expect(o?.correct, id).toBe(true);
      expect(o?.actual.id).toBe(expected[id]);
    }
  });

  it('describes the measure and compares the learner’s band', () => {
    const r = simulate(PRESETS.healthy, { timeline: false });
    expect(outcomeOf('healthy', 'high', r)).toEqual({
      chosen: PREDICTIONS.healthy.bands[2],
      actual: PREDICTIONS.healthy.bands[0],
      correct: false,
      text: '1.7\u00a0% of reads were stale',
    });
    expect(outcomeOf('healthy', 'nonsense', r)).toBeNull();
    const ryw = simulate(PRESETS['read-your-writes'], { timeline: false });
    expect(outcomeOf('read-your-writes', 'short', ryw)?.text).toBe('the writer waited 91 ms (p50)');
  });
});
