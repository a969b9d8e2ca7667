import { Component } from 'preact';
import { UNITS, type Unit } from '../../domain/egress';
import { Frozen } from '../shared/Frozen';
import { FieldMessage, NumberInput } from '../shared/NumberField';
import type { ExplorerAction } from './state';
import { S } from './strings';
import type { NumberFieldId } from './types';

interface Props {
  field: NumberFieldId;
  /** Unique id of the text box; the slider, label and message derive theirs from it. */
  id: string;
  label: string;
  text: string;
  error: string | undefined;
  /** Slider position, last position, and what a screen reader announces for it. */
  position: number;
  max: number;
  valueText: string;
  /** The volume's unit, when the field has a unit picker beside its text box. */
  unit?: Unit | undefined;
  /** Stable for the island's lifetime, so an unchanged field skips rendering. */
  dispatch: (action: ExplorerAction) => void;
}

/**
 * A labelled slider paired with an exact text box, and the field's message when its text is
 * wrong. A class only for shouldComponentUpdate: a slider step re-renders the field that moved,
 * not all eleven (part of keeping a step inside one frame).
 */
export class NumberField extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const keys = Object.keys(next) as (keyof Props)[];
    return keys.length !== Object.keys(this.props).length || keys.some((k) => next[k] !== this.props[k]);
  }

  override render() {
    const { field, id, label, text, error, position, max, valueText, unit, dispatch } = this.props;
    const labelId = `${id}-label`;
    return (
      <div class="egx-field" data-invalid={error ? 'true' : undefined}>
        <label id={labelId} for={id}>
          {label}
        </label>
        <div class="egx-pair">
          <input
            type="range"
            class="egx-range"
            min={0}
            max={max}
            step={1}
            value={position}
            aria-labelledby={labelId}
            aria-valuetext={valueText}
            onInput={(e) =>
              dispatch({ type: 'slide', field, position: Number((e.currentTarget as HTMLInputElement).value) })
            }
          />
          <span class="egx-exact">
            <NumberInput
              id={id}
              class="egx-number"
              text={text}
              error={error}
              onText={(value) => dispatch({ type: 'text', field, text: value })}
            />
            {unit !== undefined && (
              <Frozen deps={[unit, dispatch]}>
                <select
                  class="egx-unit"
                  aria-label={S.unit}
                  value={unit}
                  onChange={(e) =>
                    dispatch({ type: 'choose', field: 'unit', value: (e.currentTarget as HTMLSelectElement).value })
                  }
                >
                  {UNITS.map((u) => (
                    <option key={u} value={u}>
                      {u}
                    </option>
                  ))}
                </select>
              </Frozen>
            )}
          </span>
        </div>
        <FieldMessage id={id} error={error} prefix="egx" />
      </div>
    );
  }
}
