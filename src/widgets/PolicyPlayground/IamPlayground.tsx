import { useMemo, useReducer, useState } from 'preact/hooks';
import { DecisionPanel } from './DecisionPanel.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';
import { RequestForm } from './RequestForm.tsx';
import { Frame, Picker } from './Frame.tsx';
import { Share } from './Share.tsx';
import { Tabs } from './Tabs.tsx';
import { presetsOfFamily } from './iam-catalog.ts';
import { policiesOf, presetOf, reduceIam, stateOfPreset, userOf, type IamAction } from './iam-state.ts';
import { readIamParams, writeIamParams, type IamTab } from './iam-url.ts';
import { decisionView } from './iam-view.ts';
import { IAM, REASON_LABELS, S } from './strings.ts';
import { useLink } from './use-link.ts';

interface Props {
  /** Prefix of every element id: unique on the page. */
  uid: string;
  /** The lesson's example (an iam-catalog.ts preset id); a link's parameters override it. */
  preset: string;
}

/** The IAM mode: policies, request and decision, every decision made by src/domain/access. */
export default function IamPlayground({ uid, preset }: Props) {
  const [state, dispatch] = useReducer(reduceIam, preset, (id: string) => stateOfPreset(id));
  const [tab, setTab] = useState<IamTab>('decision');
  const [notice, setNotice] = useState<string | null>(null);
  const policies = useMemo(() => policiesOf(state), [state.userId, state.edits]);
  const view = useMemo(() => decisionView(state, policies), [state, policies]);
  const { values, note } = useMemo(() => writeIamParams(state, tab), [state, tab]);

  const link = useLink(
    'iam',
    (params) => {
      const read = readIamParams(params, preset);
      dispatch({ type: 'load', state: read.state });
      if (read.unknownPreset !== null) setNotice(S.urlUnknownPreset(read.unknownPreset));
      else if (read.rejected.length > 0) setNotice(S.urlNotice(read.rejected.join(', ')));
      if (read.tab) setTab(read.tab);
    },
    values,
  );
  const act = (action: IamAction) => {
    link.touch();
    dispatch(action);
  };
  const selected = policies.find((p) => p.id === state.selected) ?? policies[0];
  const user = userOf(state.userId);
  const current = presetOf(state.presetId);
  // The picker offers the examples of the current one's family (bank, roles only, or grammar).
  const options = useMemo(() => presetsOfFamily(current.family), [current.family]);
  const example = current.family === 'grammar';

  return (
    <Frame link={link} title={IAM.title} intro={IAM.intro} notice={notice} onDismissNotice={() => setNotice(null)}>
      <Picker
        id={`${uid}-preset`}
        label={S.presetLabel}
        value={state.presetId}
        options={options}
        interactive={link.ready}
        onChoose={(id) => act({ type: 'preset', id })}
      />
      <p class="pp-hint">{current.description}</p>
      <div class="pp-summary-bar" aria-live="polite">
        <p data-testid="pp-actual">
          {IAM.actual}: <strong data-effect={view.effect}>{view.effect}</strong> ({view.reasonLabel})
        </p>
        <p data-testid="pp-expected">
          {example ? IAM.expectedExample : IAM.expected}: <strong>{view.expected.effect}</strong> (
          {REASON_LABELS[view.expected.reason]}
          {view.expected.decidingSid ? `, ${view.expected.decidingSid}` : ''})
        </p>
        <p class="pp-agree" data-agrees={view.agrees ? 'true' : 'false'}>
          <span aria-hidden="true">{view.agrees ? '✓ ' : '≠ '}</span>
          {example ? (view.agrees ? IAM.agreesExample : IAM.differsExample) : view.agrees ? IAM.agrees : IAM.differs}
        </p>
      </div>
      <Tabs
        uid={uid}
        label={IAM.tabsLabel}
        selected={tab}
        onSelect={(id) => {
          link.touch();
          setTab(id as IamTab);
        }}
        interactive={link.ready}
        tabs={[
          {
            id: 'policies',
            label: IAM.tabPolicies,
            content: (
              <PolicyEditor
                uid={uid}
                userName={user.name}
                policies={policies}
                selected={selected}
                dispatch={act}
                interactive={link.ready}
              />
            ),
          },
          {
            id: 'request',
            label: IAM.tabRequest,
            content: (
              <RequestForm
                uid={uid}
                state={state}
                family={current.family}
                problems={view.rowProblems}
                dispatch={act}
                interactive={link.ready}
              />
            ),
          },
          { id: 'decision', label: IAM.tabDecision, content: <DecisionPanel view={view} interactive={link.ready} /> },
        ]}
      />
      {/* Copying a link needs JavaScript: shown once the island is interactive. */}
      {link.ready && <Share uid={uid} link={link.link} note={note} />}
    </Frame>
  );
}
