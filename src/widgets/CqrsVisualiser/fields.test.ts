import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import { checkForm, fieldOfMessage, formOf, parseNumberText, parsePauseMs, refuse, type FormState } from './fields';
import { PRESETS } from './presets';

const base = (): FormState => formOf(PRESETS.healthy);
const withText = (field: keyof FormState['text'], text: string): FormState => {
  const f = base();
  return { ...f, text: { ...f.text, [field]: text } };
};

describe('parseNumberText', () => {
  it('accepts plain decimals with an optional sign, exponent and surrounding spaces', () => {
    expect(parseNumberText('writes', '20')).toEqual({ ok: true, value: 20 });
    expect(parseNumberText('writes', ' 5 ')).toEqual({ ok: true, value: 5 });
    expect(parseNumberText('writes', '+5')).toEqual({ ok: true, value: 5 });
    expect(parseNumberText('writes', '.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberText('writes', '1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseNumberText('writes', '-0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses anything else, naming the field and what was received', () => {
    expect(parseNumberText('writes', '')).toEqual({
      ok: false,
      message: 'Writes per second is empty: enter a number.',
    });
    expect(parseNumberText('writes', '5,000')).toEqual({
      ok: false,
      message:
        'Writes per second must be a plain number such as 20 or 0.5, without units or separators (received "5,000").',
    });
    for (const t of ['NaN', 'Infinity', '0x10', '£700', '700 GB', '1/0', '５', '١٢٣', '--5', '.', '1.2.3', 'abc']) {
      expect(parseNumberText('reads', t).ok, t).toBe(false);
    }
  });
});

describe('checkForm', () => {
  it('gives the preset back as a config', () => {
    expect(checkForm(base())).toEqual({ ok: true, config: PRESETS.healthy });
  });

  it('never lets a bad number through: every shared bad input is refused with a sentence or gives a finite run', () => {
    for (const field of [
      'writes',
      'reads',
      'entities',
      'duration',
      'seed',
      'lagMinMs',
      'projector',
      'duplicates',
    ] as const) {
      for (const text of badInputs('numbers')) {
        const r = checkForm(withText(field, text), field);
        if (r.ok) {
          expect(refuse(r.config), `${field} ${JSON.stringify(text)}`).toBeNull();
          expect(JSON.stringify(r.config)).not.toMatch(/null|NaN|Infinity/);
        } else {
          const message = r.errors[field];
          expect(message, `${field} ${JSON.stringify(text)}`).toMatch(/\w/);
          expect(Object.keys(r.errors)).toEqual([field]);
        }
      }
    }
  });

  it('shows the domain’s rule on the field at fault, in the learner’s words', () => {
    expect(checkForm(withText('writes', '-1'), 'writes')).toEqual({
      ok: false,
      errors: { writes: 'Writes per second must be 0 or more (received -1).' },
    });
    expect(checkForm(withText('entities', '0'), 'entities')).toEqual({
      ok: false,
      errors: { entities: 'Entities must be a whole number from 1 to 1,000,000 (received 0).' },
    });
    expect(checkForm(withText('lagMinMs', '500'), 'lagMinMs')).toEqual({
      ok: false,
      errors: { lagMinMs: 'Shortest lag (ms) must be at most Longest lag (ms) (80) (received 500).' },
    });
    expect(checkForm(withText('seed', '1.5'), 'seed')).toEqual({
      ok: false,
      errors: { seed: 'Random seed must be a whole number (received 1.5).' },
    });
    expect(checkForm(withText('duplicates', '2'), 'duplicates')).toEqual({
      ok: false,
      errors: { duplicates: 'Duplicate rate (0 to 1) must be a number from 0 to 1 (received 2).' },
    });
  });

  it('puts a run over the domain’s event limit on the rate just edited', () => {
    const r = checkForm(withText('writes', '1e30'), 'writes');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.writes).toMatch(/^This run is too long for the visualiser: .* at most 5,000,000 events/);
      // No float noise or exponent reaches the learner.
      expect(r.errors.writes).not.toMatch(/e\+|NaN|Infinity|durationMs|writesPerSecond/);
    }
  });

  it('applies the visualiser’s own limits on events and entities', () => {
    const r = checkForm(withText('writes', '1000'), 'writes');
    expect(r).toEqual({
      ok: false,
      errors: {
        writes:
          'This run is too long for the visualiser: (writes + reads per second) × duration must come to at most 20,000 events, because it records and draws each one (this run would have about 20,800).',
      },
    });
    expect(checkForm(withText('entities', '5000'), 'entities')).toEqual({
      ok: false,
      errors: { entities: 'Entities must be at most 1,000 in the visualiser, which draws each one (received 5,000).' },
    });
  });

  it('names every field at fault at once, each with its own sentence, and none that is fine', () => {
    const f = base();
    const form: FormState = { ...f, text: { ...f.text, writes: 'abc', entities: '0', lagMinMs: '-5' } };
    const r = checkForm(form, 'entities');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['entities', 'lagMinMs', 'writes']);
      expect(r.errors.writes).toMatch(/^Writes per second must be a plain number/);
      expect(r.errors.entities).toMatch(/^Entities must be a whole number from 1/);
      expect(r.errors.lagMinMs).toMatch(/^Shortest lag \(ms\) must be 0 or more/);
    }
    // A run that is too long, and a bad entity count: both are said, on their own fields.
    const both: FormState = { ...f, text: { ...f.text, writes: '5000', entities: '0' } };
    const r2 = checkForm(both, 'entities', ['writes']);
    expect(r2.ok || Object.keys(r2.errors).sort()).toEqual(['entities', 'writes']);
  });

  it('builds the lag and projector from the choices', () => {
    const f = { ...base(), lagKind: 'exponential' as const, unlimited: true, consistency: 'strong' as const };
    const r = checkForm(f);
    expect(r.ok && r.config).toMatchObject({ lag: { kind: 'exponential', meanMs: 100 }, consistency: 'strong' });
    expect(r.ok && 'projectorEventsPerSecond' in r.config).toBe(false);
  });
});

describe('fieldOfMessage', () => {
  it('maps config paths to fields', () => {
    expect(fieldOfMessage('lag.maxMs must be ...', null)).toBe('lagMaxMs');
    expect(fieldOfMessage('projectorEventsPerSecond must be ...', null)).toBe('projector');
    expect(fieldOfMessage('durationMs is too long for these rates', 'reads')).toBe('reads');
    expect(fieldOfMessage('durationMs is too long for these rates', 'seed')).toBe('duration');
    expect(fieldOfMessage('durationMs is too long for these rates', 'seed', ['writes'])).toBe('writes');
    expect(fieldOfMessage('lag.minMs must be <= lag.maxMs (5)', 'lagMaxMs')).toBe('lagMaxMs');
    expect(fieldOfMessage('lag.minMs must be <= lag.maxMs (5)', 'seed')).toBe('lagMinMs');
  });
});

describe('parsePauseMs', () => {
  it('takes seconds above 0 and up to an hour', () => {
    expect(parsePauseMs('3')).toEqual({ ok: true, value: 3000 });
    expect(parsePauseMs('0')).toEqual({
      ok: false,
      message: 'Pause length must be more than 0 and at most 3600 seconds (received "0").',
    });
    expect(parsePauseMs('1e309').ok).toBe(false);
    expect(parsePauseMs('x').ok).toBe(false);
  });
});
