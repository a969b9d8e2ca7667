import { describe, expect, it } from 'vitest';
import { staticView } from './static-view';
import { PRESET_IDS, isPresetId, unknownPresetMessage } from './presets';

describe('staticView', () => {
  it('describes the healthy preset’s settings and outcome', () => {
    const v = staticView('healthy');
    expect(v.config.map((r) => [r.label, r.value])).toEqual([
      ['Random seed', '7'],
      ['Duration', '20 s'],
      ['Writes per second', '20/s'],
      ['Reads per second', '40/s'],
      ['Entities', '50'],
      ['Bus lag', 'uniform 20 ms to 80 ms'],
      ['Projector capacity', '200 events/s'],
      ['Consistency', 'Eventual'],
      ['Projector pause', 'none'],
      ['Duplicate deliveries', '0\u00a0%'],
    ]);
    expect(v.metrics.map((r) => [r.key, r.value])).toEqual([
      ['writes', '398'],
      ['reads', '810'],
      ['stale', '14 (1.7\u00a0%)'],
      ['lag-p50', '54 ms'],
      ['lag-p95', '82 ms'],
      ['lag-p99', '85 ms'],
      ['lag-max', '88 ms'],
      ['backlog', '4'],
      ['follow-up-stale', '398 (100\u00a0%)'],
      ['out-of-order', '1'],
      ['drained', '20 s'],
    ]);
  });

  it('shows the strategy-specific rows', () => {
    expect(staticView('read-your-writes').metrics.find((r) => r.key === 'follow-up-wait')?.value).toBe(
      '91 ms / 311 ms',
    );
    expect(staticView('lag-spike').config.find((r) => r.key === 'pause')?.value).toBe('from 8 s for 3 s');
    expect(staticView('projector-cant-keep-up').metrics.find((r) => r.key === 'backlog')?.value).toBe('178');
  });

  it('never shows NaN or Infinity', () => {
    for (const id of PRESET_IDS) expect(JSON.stringify(staticView(id))).not.toMatch(/NaN|Infinity/);
  });
});

describe('preset ids', () => {
  it('the build error lists the valid ids', () => {
    expect(isPresetId('healthy')).toBe(true);
    expect(isPresetId('Healthy')).toBe(false);
    expect(unknownPresetMessage('/learn/cqrs/x/', 'slow')).toBe(
      '<CqrsVisualiser> in /learn/cqrs/x/: preset is "slow", expected one of healthy, projector-cant-keep-up, lag-spike, read-your-writes',
    );
  });
});
