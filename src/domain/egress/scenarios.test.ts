import { describe, expect, it } from 'vitest';
import {
  egressCost,
  NOTES_RATE,
  NOTES_SCENARIOS,
  notesScenario,
  requestTrafficGB,
  scenarioGB,
  yearlyCost,
  type Scenario,
} from './index';

describe('requestTrafficGB', () => {
  it('uses decimal units: 1,000,000 requests x 1 KB = 1 GB a day', () => {
    expect(requestTrafficGB(1_000_000, 1, 1)).toBe(1);
    expect(requestTrafficGB(1_000_000, 1, 30)).toBe(30);
    expect(requestTrafficGB(250_000, 4.2, 30)).toBe(31.5);
    expect(requestTrafficGB(0, 1, 30)).toBe(0);
  });

  it('multiplies exactly', () => {
    expect(3 * 0.07 * 1_000_000).toBe(210000.00000000003); // the trap avoided below
    expect(requestTrafficGB(3, 0.07, 1_000_000)).toBe(0.21);
    expect(requestTrafficGB(1_000_000, 0.07, 3)).toBe(0.21);
  });

  it('names the argument that is wrong', () => {
    expect(() => requestTrafficGB(-1, 1, 30)).toThrow(
      new RangeError('requestsPerDay must be a finite number >= 0 (received -1)'),
    );
    expect(() => requestTrafficGB(1, Number.NaN, 30)).toThrow(
      new RangeError('kbPerRequest must be a finite number >= 0 (received NaN)'),
    );
    expect(() => requestTrafficGB(1, 1, Number.POSITIVE_INFINITY)).toThrow(
      new RangeError('days must be a finite number >= 0 (received Infinity)'),
    );
  });
});

describe('scenarioGB', () => {
  it.each([
    [{ kind: 'bulk-export', gbPerMonth: 10_000 }, 10_000],
    [{ kind: 'requests', requestsPerDay: 1_000_000, kbPerRequest: 1, daysPerMonth: 30 }, 30],
    [{ kind: 'scheduled-copies', gbPerCopy: 50, copiesPerMonth: 30 }, 1_500],
    [{ kind: 'streaming', gbPerMonth: 5_000 }, 5_000],
  ] as [Scenario, number][])('%o is %s GB a month', (scenario, gb) => {
    expect(scenarioGB(scenario)).toBe(gb);
  });

  it('names the bad field', () => {
    expect(() => scenarioGB({ kind: 'scheduled-copies', gbPerCopy: -50, copiesPerMonth: 30 })).toThrow(
      new RangeError('scenario.gbPerCopy must be a finite number >= 0 (received -50)'),
    );
    expect(() => scenarioGB({ kind: 'download' } as unknown as Scenario)).toThrow(
      new RangeError(
        "scenario.kind must be one of bulk-export, requests, scheduled-copies, streaming (received 'download')",
      ),
    );
  });
});

describe("the notes' four worked examples", () => {
  it('has the four ids in order', () => {
    expect(NOTES_SCENARIOS.map((s) => s.id)).toEqual([
      'columnar-export',
      'key-value-requests',
      'relational-backups',
      'blob-streaming',
    ]);
  });

  it.each([
    ['columnar-export', 10_000, 700, 8_400],
    ['key-value-requests', 30, 2.1, 25.2],
    ['relational-backups', 1_500, 105, 1_260],
    ['blob-streaming', 5_000, 350, 4_200],
  ] as const)('%s: %s GB, £%s a month, £%s a year', (id, gb, monthly, yearly) => {
    const example = notesScenario(id);
    expect(scenarioGB(example.scenario)).toBe(gb);
    const cost = egressCost(scenarioGB(example.scenario), example.schedule);
    expect(cost.total).toBe(monthly);
    expect(cost.currency).toBe('GBP');
    expect(yearlyCost(cost)).toBe(yearly);
  });

  it('reproduces every figure the notes quote', () => {
    for (const example of NOTES_SCENARIOS) {
      const gb = scenarioGB(example.scenario);
      const monthly = egressCost(gb, example.schedule);
      expect(gb).toBe(example.quoted.gbPerMonth);
      expect(monthly.total).toBe(example.quoted.monthly);
      if (example.quoted.yearly !== undefined) expect(yearlyCost(monthly)).toBe(example.quoted.yearly);
    }
    expect(egressCost(requestTrafficGB(1_000_000, 1, 1), NOTES_RATE).total).toBe(0.07); // £0.07 a day
    expect(NOTES_SCENARIOS.map((s) => s.quoted.yearly)).toEqual([8_400, undefined, 1_260, undefined]);
  });

  it('is frozen, so a widget cannot change it for others', () => {
    expect(Object.isFrozen(NOTES_SCENARIOS[0]?.scenario)).toBe(true);
    expect(Object.isFrozen(NOTES_RATE.tiers[0])).toBe(true);
    expect(() => notesScenario('nope' as 'blob-streaming')).toThrow(
      new RangeError(
        "id must be one of columnar-export, key-value-requests, relational-backups, blob-streaming (received 'nope')",
      ),
    );
  });
});
