import type { Consistency } from '../../domain/cqrs';
import { CONSISTENCY_LABELS, FIELD_LABELS, LAG_KIND_LABELS, S } from './strings';
import { NumberField } from '../shared/NumberField';
import type { NumberFieldId } from './fields';
import type { SettingsAction, SettingsState } from './state';

interface Props {
  uid: string;
  state: SettingsState;
  dispatch: (action: SettingsAction) => void;
}

/** Every setting of the run, grouped; all numbers are typed, choices are native controls. */
export function Settings({ uid, state, dispatch }: Props) {
  const { form, errors } = state;
  const field = (f: NumberFieldId) => (
    <NumberField
      prefix="cqv"
      id={`${uid}-${f}`}
      label={FIELD_LABELS[f]}
      text={form.text[f]}
      error={errors[f]}
      onText={(text) => dispatch({ type: 'text', field: f, text })}
    />
  );
  return (
    <div class="cqv-settings">
      <fieldset class="widget-group cqv-group">
        <legend>{S.loadLegend}</legend>
        <div class="cqv-grid">
          {field('writes')}
          {field('reads')}
          {field('entities')}
          {field('duration')}
          {field('seed')}
        </div>
      </fieldset>
      <fieldset class="widget-group cqv-group">
        <legend>{S.lagLegend}</legend>
        <div class="cqv-grid">
          <div class="cqv-field">
            <label for={`${uid}-lagKind`}>{S.lagKind}</label>
            <select
              id={`${uid}-lagKind`}
              value={form.lagKind}
              onChange={(e) => dispatch({ type: 'lagKind', value: (e.currentTarget as HTMLSelectElement).value })}
            >
              {(Object.keys(LAG_KIND_LABELS) as (keyof typeof LAG_KIND_LABELS)[]).map((k) => (
                <option key={k} value={k}>
                  {LAG_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          {form.lagKind === 'constant' && field('lagMs')}
          {form.lagKind === 'uniform' && field('lagMinMs')}
          {form.lagKind === 'uniform' && field('lagMaxMs')}
          {form.lagKind === 'exponential' && field('lagMeanMs')}
        </div>
      </fieldset>
      <fieldset class="widget-group cqv-group">
        <legend>{S.projectorLegend}</legend>
        <div class="cqv-grid">
          <div class="cqv-field cqv-check">
            <input
              id={`${uid}-unlimited`}
              type="checkbox"
              checked={form.unlimited}
              onChange={(e) => dispatch({ type: 'unlimited', value: (e.currentTarget as HTMLInputElement).checked })}
            />
            <label for={`${uid}-unlimited`}>{S.unlimited}</label>
          </div>
          {!form.unlimited && field('projector')}
          {field('duplicates')}
        </div>
      </fieldset>
      <fieldset class="widget-group cqv-group">
        <legend>{S.consistencyLegend}</legend>
        <div class="cqv-radios">
          {(Object.keys(CONSISTENCY_LABELS) as Consistency[]).map((c) => (
            <label key={c} class="cqv-radio">
              <input
                type="radio"
                name={`${uid}-consistency`}
                value={c}
                checked={form.consistency === c}
                onChange={() => dispatch({ type: 'consistency', value: c })}
              />
              {CONSISTENCY_LABELS[c]}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
