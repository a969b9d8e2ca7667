import type { MutableRef } from 'preact/hooks';
import { seconds } from './format';
import { Icon } from './Icon';
import { NumberField } from '../shared/NumberField';
import type { SettingsAction, SettingsState } from './state';
import { FIELD_LABELS, S } from './strings';

interface Props {
  uid: string;
  state: SettingsState;
  dispatch: (action: SettingsAction) => void;
  /** The time shown by the player: where the pause starts. */
  timeRef: MutableRef<number>;
}

/** The fault button: pause the projector from the current instant for N seconds, and undo it. */
export function PauseControl({ uid, state, dispatch, timeRef }: Props) {
  const pause = state.good.faults?.projectorPause;
  return (
    <div class="cqv-fault" role="group" aria-labelledby={`${uid}-fault`}>
      <p id={`${uid}-fault`} class="cqv-fault-title">
        {S.faultsLegend}
      </p>
      <div class="cqv-fault-row">
        <NumberField
          prefix="cqv"
          id={`${uid}-pauseFor`}
          label={FIELD_LABELS.pauseFor}
          text={state.form.text.pauseFor}
          error={state.errors.pauseFor}
          onText={(text) => dispatch({ type: 'text', field: 'pauseFor', text })}
        />
        <button
          type="button"
          class="cqv-pause-button"
          onClick={() => dispatch({ type: 'pause', atMs: timeRef.current })}
        >
          <Icon name="pause" /> {S.pauseButton}
        </button>
      </div>
      <p class="cqv-hint">{S.pauseHint}</p>
      <p class="cqv-pause-state">
        {pause ? S.currentPause(seconds(pause.atMs), seconds(pause.forMs)) : S.noPause}{' '}
        {pause && (
          <button type="button" onClick={() => dispatch({ type: 'removePause' })}>
            {S.removePause}
          </button>
        )}
      </p>
    </div>
  );
}
