import { describe, expect, it } from 'vitest';
import { NOTES_SCENARIOS } from '../../domain/egress';
import { chartGeometry, niceStep } from './chart';
import { chartRangeGB } from '../../domain/egress';
import { PRESET_IDS, PRESETS } from './presets';
import { gridScale, linearScale, niceGrid } from './scale';
import { explorerView } from './view-model';

describe('presets reproduce the figures the lessons quote', () => {
  it("the notes' four worked examples, from the domain's own record of the notes", () => {
    for (const notes of NOTES_SCENARIOS) {
      const view = explorerView(PRESETS[notes.id]);
      expect(view.monthly, notes.id).toBe(
        `£${notes.quoted.monthly.toLocaleString('en-GB', { minimumFractionDigits: 2 })}`,
      );
      if (notes.quoted.yearly !== undefined)
        expect(view.yearly).toBe(`£${notes.quoted.yearly.toLocaleString('en-GB', { minimumFractionDigits: 2 })}`);
    }
  });

  it.each([
    ['columnar-export', '£700.00', '£8,400.00', '10,000 GB × £0.07/GB = £700.00'],
    ['key-value-requests', '£2.10', '£25.20', 'Per day: 1 GB × £0.07/GB = £0.07'],
    ['relational-backups', '£105.00', '£1,260.00', '50 GB × 30 copies = 1,500 GB a month'],
    ['blob-streaming', '£350.00', '£4,200.00', '5,000 GB × £0.07/GB = £350.00'],
    ['aws-tiers', '$1,741.50', '$20,898.00', '9,900 GB × $0.085/GB = $841.50'],
    ['azure-tiers', '$1,691.70', '$20,300.40', '10,000 GB × $0.087/GB = $870.00'],
    ['gcp-tiers', '$1,910.00', '$22,920.00', '1,000 GiB × $0.12/GiB = $120.00'],
    ['tib-not-tb', '£769.66', '£9,235.92', '10 TiB = 10,995.116 GB'],
    ['compressed-export', '£280.00', '£3,360.00', 'Compression: 10,000 GB × 40% = 4,000 GB to send'],
    ['cdn-streaming', '£230.00', '£2,760.00', 'CDN: 4,000 GB × £0.04/GB = £160.00'],
    [
      'combined-strategies',
      '£110.00',
      '£1,320.00',
      'Users’-side cache: 4,000 GB × 50% = 2,000 GB answered before reaching the cloud (never sent, not egress); 2,000 GB left',
    ],
    ['cdn-free-allowance', '$6.80', '$81.60', 'CDN: 80 GB × $0.085/GB = $6.80'],
    ['cdn-cheap-tier', '$20,293.00', '$243,516.00', 'Origin: 99,900 GB × $0.07/GB = $6,993.00'],
  ] as const)('%s: %s a month, %s a year, working shows "%s"', (id, monthly, yearly, line) => {
    const view = explorerView(PRESETS[id]);
    expect(view.monthly).toBe(monthly);
    expect(view.yearly).toBe(yearly);
    expect(view.working).toContain(line);
  });

  it('says when strategies cost more than they save', () => {
    expect(explorerView(PRESETS['cdn-free-allowance']).comparison?.verdict).toBe(
      'The strategies cost $6.80 a month more than none ($81.60 a year): here they do not pay.',
    );
    expect(explorerView(PRESETS['cdn-cheap-tier']).comparison?.without).toBe('Without strategies: $18,795.00 a month.');
    expect(explorerView(PRESETS['cdn-streaming']).comparison?.verdict).toBe(
      'The strategies save £120.00 a month (£1,440.00 a year).',
    );
  });

  it('names tiers and the free allowance in the bill table', () => {
    expect(explorerView(PRESETS['aws-tiers']).rows.map((r) => r.item)).toEqual(['Free allowance', 'Tier 1', 'Tier 2']);
    expect(explorerView(PRESETS['cdn-streaming']).rows.map((r) => r.item)).toEqual([
      'Flat rate',
      'CDN delivery',
      'CDN fill from origin',
    ]);
  });
});

describe('the chart', () => {
  it('spans a round range above the volume, within the price list', () => {
    expect(chartRangeGB(10_000, 1e9)).toBe(20_000);
    expect(chartRangeGB(0, 1e9)).toBe(10);
    expect(chartRangeGB(400_000, 500_100)).toBe(500_100);
  });

  it('marks every tier boundary, and has a text summary', () => {
    const chart = explorerView(PRESETS['aws-tiers']).chart;
    expect(chart.points.filter((p) => p.boundary).map((p) => p.gb)).toEqual([100, 10_100]);
    expect(chart.summary).toContain('The price per GB changes at 100 GB, 10,100 GB.');
    expect(chart.summary).toContain('This scenario: 20,000 GB a month for $1,741.50.');
    expect(chart.table[0]).toEqual({ gb: '0 GB', without: '$0.00', with: '$0.00' });
  });

  it('lays out finite coordinates for every preset at any width', () => {
    for (const id of PRESET_IDS) {
      for (const width of [0, 280, 640, 5000]) {
        const g = chartGeometry(explorerView(PRESETS[id]).chart, width);
        expect(JSON.stringify(g), `${id} at ${width}px`).not.toMatch(/NaN|Infinity/);
        expect(g.width).toBeGreaterThanOrEqual(280);
      }
    }
    const zero = chartGeometry(explorerView({ ...PRESETS['columnar-export'], volume: 0 }).chart, 400);
    expect(JSON.stringify(zero)).not.toMatch(/NaN|Infinity/);
  });

  it('labels both axes with round steps', () => {
    expect([1_400, 4_291.5, 0.25, 0].map((v) => niceStep(v, 4, 0.01))).toEqual([500, 2_000, 0.1, 0.01]);
    const wide = chartGeometry(explorerView(PRESETS['columnar-export']).chart, 640);
    expect(wide.yTicks.map((t) => t.label)).toEqual(['', '£500.00', '£1,000.00', '£1,500.00']);
    expect(wide.xTicks.map((t) => t.label)).toEqual(['0 GB', '5,000 GB', '10,000 GB', '15,000 GB', '20,000 GB']);
    const narrow = chartGeometry(explorerView(PRESETS['columnar-export']).chart, 300);
    expect(narrow.xTicks.map((t) => t.label)).toEqual(['0 GB', '10,000 GB', '20,000 GB']);
  });

  it('moves only the marker on a volume step, with the same layout as a fresh one', () => {
    const before = explorerView({ ...PRESETS['columnar-export'], volume: 10 }).chart;
    const after = explorerView({ ...PRESETS['columnar-export'], volume: 12 }).chart;
    expect(after.points).toBe(before.points); // the curve is cached between nearby volumes
    const [g1, g2] = [chartGeometry(before, 640), chartGeometry(after, 640)];
    expect(g2.without).toBe(g1.without);
    expect(g2.yTicks).toBe(g1.yTicks); // the frame is remembered, so the chart's Frozen part skips its diff
    expect(g2.marker).not.toEqual(g1.marker);
    // A copy of the data (a new curve array) is laid out from scratch: the same numbers.
    const fresh = chartGeometry({ ...after, points: after.points.map((p) => ({ ...p })) }, 640);
    expect(fresh).toEqual(g2);
    expect(fresh.yTicks).not.toBe(g2.yTicks);
  });
});

describe('slider scales', () => {
  it('a nice grid runs 0, 1, 1.2, 1.5, 2 ... and stops at the maximum', () => {
    expect(niceGrid(10)).toEqual([0, 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(niceGrid(1e9).at(-1)).toBe(1e9);
  });

  it('shows the last position at or below a value that is between two steps', () => {
    const s = gridScale(niceGrid(100));
    expect(s.valueAt(s.positionOf(11))).toBe(10);
    expect(s.positionOf(-5)).toBe(0);
    expect(s.valueAt(1e6)).toBe(100);
  });

  it('linear scales divide exactly', () => {
    const price = linearScale(0, 250, 1000);
    expect(price.valueAt(70)).toBe(0.07);
    expect(price.positionOf(0.07)).toBe(70);
    expect(price.positionOf(5)).toBe(250);
  });
});

describe('the explorer says which unit a price is per', () => {
  it('bills AWS in GB of 2^30 bytes: 10 TB of traffic is 9,313.226 GB on the bill, not 10,000', () => {
    const view = explorerView({ ...PRESETS['columnar-export'], pricing: 'aws-internet' });
    expect(view.working).toContain('10 TB = 9,313.226 GB in the unit this price list bills (GB (2^30 bytes))');
    expect(view.pricing.unit).toMatch(/^Prices are per GB \(2\^30 bytes\)\./);
  });

  it('prices Google Cloud per GiB, and the flat rate per decimal GB', () => {
    expect(explorerView(PRESETS['gcp-tiers']).pricing.unit).toMatch(/^Prices are per GiB/);
    expect(explorerView(PRESETS['columnar-export']).pricing.unit).toMatch(/^Prices are per GB \(10\^9 bytes\)/);
    expect(explorerView(PRESETS['azure-tiers']).pricing.unit).toMatch(/bytes not stated/);
  });

  it('the chart of a price list per GiB counts its volumes in GiB', () => {
    const chart = explorerView(PRESETS['gcp-tiers']).chart;
    expect(chart.unit).toBe('GiB');
    expect(chart.summary).toContain('This scenario: 20,000 GiB a month for $1,910.00.');
    expect(chart.table[0]?.gb).toBe('0 GiB');
    expect(chartGeometry(chart, 640).xTicks.at(-1)?.label).toMatch(/ GiB$/);
  });
});
