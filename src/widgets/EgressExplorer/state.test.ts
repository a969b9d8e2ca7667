import { describe, expect, it } from 'vitest';
import { PARSE_MESSAGES, parseAmount } from '../../domain/egress';
import { badInputs } from '../../../tests/support/bad-inputs';
import { PRESETS } from './presets';
import { activeFields, fieldView, initialState, reduce, sameInputs, type ExplorerState } from './state';
import { S } from './strings';
import type { NumberFieldId } from './types';
import { explorerView } from './view-model';

const ALL_FIELDS: NumberFieldId[] = [
  'volume',
  'requestsPerDay',
  'kbPerRequest',
  'daysPerMonth',
  'gbPerCopy',
  'copiesPerMonth',
  'flatPrice',
  'compressionPct',
  'cachePct',
  'cdnPct',
  'cdnPrice',
];
const type = (state: ExplorerState, field: NumberFieldId, text: string) => reduce(state, { type: 'text', field, text });

/** A state in which `field` is active: each kind shows its own volume fields. */
function stateWith(field: NumberFieldId): ExplorerState {
  if (['requestsPerDay', 'kbPerRequest', 'daysPerMonth'].includes(field)) return initialState('key-value-requests');
  if (['gbPerCopy', 'copiesPerMonth'].includes(field)) return initialState('relational-backups');
  return initialState('columnar-export');
}

describe('typing into a field', () => {
  it('a valid number updates the scenario and the bill', () => {
    const s = type(initialState('columnar-export'), 'volume', '5');
    expect(s.errors).toEqual({});
    expect(s.good.volume).toBe(5);
    expect(explorerView(s.good).monthly).toBe('£350.00');
  });

  it('accepts thousands separators, spaces and a money sign in a price', () => {
    let s = type(initialState('columnar-export'), 'volume', ' 5,000 ');
    expect(s.good.volume).toBe(5_000);
    s = type(s, 'flatPrice', '£0.05');
    expect(s.good.flatPrice).toBe(0.05);
  });

  it("bad text keeps the last good scenario and puts the domain's sentence on the field", () => {
    const start = initialState('columnar-export');
    const s = type(start, 'volume', 'abc');
    expect(s.errors.volume).toBe(PARSE_MESSAGES.notNumber);
    expect(s.good).toEqual(start.good);
    expect(s.text.volume).toBe('abc');
    expect(explorerView(s.good).monthly).toBe('£700.00');
  });

  it('refuses a money amount or a unit in the volume box', () => {
    const start = initialState('columnar-export');
    expect(type(start, 'volume', '£700').errors.volume).toBe(PARSE_MESSAGES.moneyInVolume);
    expect(type(start, 'volume', '700 GB').errors.volume).toBe(PARSE_MESSAGES.unitInAmount);
  });

  it('refuses a volume above 1 EB a month, in any unit', () => {
    const start = initialState('columnar-export');
    expect(type(start, 'volume', '1,000,001').errors.volume).toBe(PARSE_MESSAGES.tooLarge('1,000,000,000 GB a month'));
    expect(type(start, 'volume', '1,000,000').errors).toEqual({});
    expect(type(start, 'volume', '9007199254740993').errors.volume).toMatch(/too large/);
  });

  it('refuses 0% compressed size with its own message, and percentages over 100', () => {
    const start = initialState('columnar-export');
    expect(type(start, 'compressionPct', '0').errors.compressionPct).toBe(S.compressionZero);
    expect(type(start, 'compressionPct', '0.0000000001').errors.compressionPct).toBe(S.compressionZero);
    expect(type(start, 'cachePct', '101').errors.cachePct).toBe(PARSE_MESSAGES.tooLarge('100'));
  });

  it('refuses a request volume beyond the limit, on the field that was changed', () => {
    const start = initialState('key-value-requests');
    const s = type(type(start, 'requestsPerDay', '1,000,000,000'), 'kbPerRequest', '1,000,000');
    expect(s.errors.kbPerRequest).toBe(S.overCapacity('30,000,000,000 GB', '1,000,000,000 GB'));
    expect(s.good.requestsPerDay).toBe(1_000_000_000);
    expect(s.good.kbPerRequest).toBe(1);
  });

  it('once the field is fixed, the error goes and the scenario updates', () => {
    const start = initialState('columnar-export');
    const s = type(type(start, 'volume', ''), 'volume', '20');
    expect(s.errors).toEqual({});
    expect(explorerView(s.good).monthly).toBe('£1,400.00');
  });
});

describe('every bad input in every field', () => {
  const inputs = [...badInputs('numbers'), ...badInputs('text')];
  for (const field of ALL_FIELDS) {
    it(`${field}: refused with a message or accepted as the parser reads it; never NaN or Infinity`, () => {
      const start = stateWith(field);
      const active = activeFields(start.kind, start.pricing);
      expect(active).toContain(field);
      for (const text of inputs) {
        const s = type(start, field, text);
        const error = s.errors[field];
        if (error !== undefined) {
          expect(error.length, JSON.stringify(text)).toBeGreaterThan(10);
          expect(s.good, JSON.stringify(text)).toEqual(start.good);
        } else {
          // Accepted: the value is exactly what the domain's parser reads.
          expect(parseAmount(text, Number.MAX_VALUE), JSON.stringify(text)).toEqual({ ok: true, value: s.good[field] });
        }
        // What the learner typed is echoed in the box; everything the explorer writes must be clean.
        const { text: _typed, ...shownField } = fieldView(s, field);
        const shown = JSON.stringify([explorerView(s.good), shownField]);
        expect(/NaN|Infinity|undefined/.test(shown), `${JSON.stringify(text)} in ${field}`).toBe(false);
      }
    });
  }

  it('the volume field refuses exactly the entries the notes of bad-inputs.json expect it to', () => {
    const start = initialState('columnar-export');
    const accepted = badInputs('numbers').filter((t) => type(start, 'volume', t).errors.volume === undefined);
    expect(accepted).toEqual(['0', ' 5 ', '5,000', '+5']);
  });
});

describe('sliders', () => {
  it('the volume slider steps through nice values in the chosen unit', () => {
    const start = initialState('columnar-export');
    const v = fieldView(start, 'volume');
    expect(v.valueText).toBe('10 TB');
    const up = reduce(start, { type: 'slide', field: 'volume', position: v.position + 1 });
    expect(up.text.volume).toBe('12');
    expect(explorerView(up.good).monthly).toBe('£840.00');
    const top = reduce(start, { type: 'slide', field: 'volume', position: 10_000 });
    expect(top.good.volume).toBe(1_000_000); // 1,000,000 TB = 1 EB: the domain's limit
  });

  it('stops the volume slider at the end of a bounded price list (Azure: 500,100 GB)', () => {
    const azure = reduce(initialState('azure-tiers'), { type: 'slide', field: 'volume', position: 10_000 });
    expect(azure.good.volume).toBe(500); // the last nice TB value within 500.1 TB
  });

  it('price and percentage sliders are linear; compression never reaches 0%', () => {
    const start = initialState('columnar-export');
    expect(fieldView(start, 'flatPrice')).toMatchObject({ position: 70, max: 250, valueText: '£0.07 per GB' });
    expect(reduce(start, { type: 'slide', field: 'flatPrice', position: 85 }).good.flatPrice).toBe(0.085);
    expect(reduce(start, { type: 'slide', field: 'compressionPct', position: -5 }).good.compressionPct).toBe(1);
    expect(reduce(start, { type: 'slide', field: 'cachePct', position: 40 }).good.cachePct).toBe(40);
  });
});

describe('choices', () => {
  it('ignores forged values', () => {
    const start = initialState('columnar-export');
    expect(reduce(start, { type: 'choose', field: 'unit', value: 'gb' })).toBe(start);
    expect(reduce(start, { type: 'choose', field: 'kind', value: '__proto__' })).toBe(start);
    expect(reduce(start, { type: 'choose', field: 'pricing', value: 'aws' })).toBe(start);
  });

  it('changing the unit keeps the number: 10 TB becomes 10 TiB', () => {
    const s = reduce(initialState('columnar-export'), { type: 'choose', field: 'unit', value: 'TiB' });
    expect(sameInputs(s.good, PRESETS['tib-not-tb'])).toBe(true);
    expect(explorerView(s.good).monthly).toBe('£769.66');
  });

  it('a price list that cannot price the volume is refused on the picker, keeping the last bill', () => {
    const big = type(initialState('columnar-export'), 'volume', '600');
    const s = reduce(big, { type: 'choose', field: 'pricing', value: 'azure-internet' });
    expect(s.errors.pricing).toBe(S.pricingOverCapacity('600,000 GB', '500,100 GB'));
    expect(s.good.pricing).toBe('flat');
    const fixed = type(s, 'volume', '500');
    expect(fixed.errors).toEqual({});
    expect(fixed.good.pricing).toBe('azure-internet');
  });

  it('switching kind checks only the fields of that kind', () => {
    const broken = type(initialState('columnar-export'), 'volume', 'abc');
    const s = reduce(broken, { type: 'choose', field: 'kind', value: 'requests' });
    expect(s.errors).toEqual({});
    expect(explorerView(s.good).monthly).toBe('£2.10');
    expect(reduce(s, { type: 'choose', field: 'kind', value: 'bulk-export' }).errors.volume).toBe(
      PARSE_MESSAGES.notNumber,
    );
  });
});
