import { PROVIDER_PRESETS, SCENARIO_KINDS } from '../../domain/egress';
import { Frozen } from '../shared/Frozen';
import { NumberField } from './NumberField';
import { fieldView, type ExplorerAction, type ExplorerState } from './state';
import { FIELD_LABELS, KIND_LABELS, PRICING_LABELS, S } from './strings';
import type { ExplorerView } from './view-model';
import { STRATEGY_FIELDS, VOLUME_FIELDS, type NumberFieldId, type PricingId } from './types';

interface Props {
  uid: string;
  state: ExplorerState;
  dispatch: (action: ExplorerAction) => void;
  /** Whether the strategies section is open. */
  strategiesOpen: boolean;
  onStrategiesToggle: (open: boolean) => void;
  /** The CDN price's currency code, for its label. */
  cdnCurrency: string;
  /** Where the prices come from, shown under the price list picker. */
  pricingNote: ExplorerView['pricing'];
}

const PRICINGS: readonly PricingId[] = ['flat', ...PROVIDER_PRESETS.map((p) => p.id)];

/** The explorer's inputs: traffic, price list and strategies. */
export function Controls({
  uid,
  state,
  dispatch,
  strategiesOpen,
  onStrategiesToggle,
  cdnCurrency,
  pricingNote,
}: Props) {
  const field = (id: NumberFieldId, label = FIELD_LABELS[id]) => {
    const v = fieldView(state, id);
    return (
      <NumberField
        key={id}
        field={id}
        id={`${uid}-${id}`}
        label={label}
        text={v.text}
        error={v.error}
        position={v.position}
        max={v.max}
        valueText={v.valueText}
        unit={id === 'volume' ? state.unit : undefined}
        dispatch={dispatch}
      />
    );
  };
  const choiceError = (id: 'pricing') => state.errors[id];
  const pricingError = choiceError('pricing');
  return (
    <div class="egx-controls">
      <fieldset class="widget-group">
        <legend>{S.trafficLegend}</legend>
        <Frozen deps={[uid, state.kind, dispatch]}>
          <div class="egx-field">
            <label for={`${uid}-kind`}>{S.kind}</label>
            <select
              id={`${uid}-kind`}
              value={state.kind}
              onChange={(e) =>
                dispatch({ type: 'choose', field: 'kind', value: (e.currentTarget as HTMLSelectElement).value })
              }
            >
              {SCENARIO_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
        </Frozen>
        {VOLUME_FIELDS[state.kind].map((id) => field(id))}
      </fieldset>
      <fieldset class="widget-group">
        <legend>{S.pricingLegend}</legend>
        <Frozen
          deps={[uid, state.pricing, pricingError, pricingNote.note, pricingNote.source, pricingNote.unit, dispatch]}
        >
          <div class="egx-field" data-invalid={pricingError ? 'true' : undefined}>
            <label for={`${uid}-pricing`}>{S.pricing}</label>
            <select
              id={`${uid}-pricing`}
              value={state.pricing}
              aria-invalid={pricingError ? 'true' : undefined}
              aria-describedby={pricingError ? `${uid}-pricing-error` : undefined}
              onChange={(e) =>
                dispatch({ type: 'choose', field: 'pricing', value: (e.currentTarget as HTMLSelectElement).value })
              }
            >
              {PRICINGS.map((p) => (
                <option key={p} value={p}>
                  {PRICING_LABELS[p]}
                </option>
              ))}
            </select>
            {pricingError && (
              <p id={`${uid}-pricing-error`} class="egx-error">
                {pricingError}
              </p>
            )}
          </div>
          <p class="egx-hint egx-source">
            {pricingNote.note}
            <br />
            <span data-testid="egx-billed-unit">{pricingNote.unit}</span>
            {pricingNote.source && (
              <>
                <br />
                {S.source}: <a href={pricingNote.source}>{pricingNote.sourceLabel}</a>
              </>
            )}
          </p>
        </Frozen>
        {state.pricing === 'flat' && field('flatPrice')}
      </fieldset>
      <details
        class="widget-group egx-strategies"
        open={strategiesOpen}
        onToggle={(e) => onStrategiesToggle((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{S.strategiesSummary}</summary>
        <p class="egx-hint">{S.strategiesNote}</p>
        {STRATEGY_FIELDS.map((id) =>
          id === 'cdnPrice' ? field(id, `${FIELD_LABELS.cdnPrice} (${cdnCurrency})`) : field(id),
        )}
      </details>
    </div>
  );
}
