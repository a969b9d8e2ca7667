import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { AUDITOR_DEMO_KEY, auditorSasPresets } from '../../domain/access/doors/bank.ts';
import { createSas, verifySas } from '../../domain/access/doors/sas.ts';
import { SasGenerate } from './SasGenerate.tsx';
import { SasToken } from './SasToken.tsx';
import { SasVerify, type SasResult } from './SasVerify.tsx';
import { Frame, Picker } from './Frame.tsx';
import { Share } from './Share.tsx';
import {
  clockBase,
  expiryOf,
  presented,
  reduceSas,
  sasPresetOf,
  signParams,
  stateOfSasPreset,
  verifyRequest,
  type SasAction,
} from './sas-state.ts';
import { readSasParams, writeSasParams } from './sas-url.ts';
import { S, SAS } from './strings.ts';
import { useLink } from './use-link.ts';

interface Props {
  uid: string;
  /** The lesson's example (an auditorSasPresets id). */
  preset: string;
  /** The auditor's token, signed at build time (so the page is complete before any script runs). */
  initialToken: string;
  /** verifySas's verdict on the preset, computed at build time. */
  initialResult: Exclude<SasResult, null>;
}

/** The SAS mode: sign a token with the demo key, present it, and let verifySas judge. */
export default function SasPlayground({ uid, preset, initialToken, initialResult }: Props) {
  const [state, dispatch] = useReducer(reduceSas, preset, (id: string) => stateOfSasPreset(id, initialToken));
  const [result, setResult] = useState<SasResult>(initialResult);
  const [notice, setNotice] = useState<string | null>(null);
  const values = useMemo(() => writeSasParams(state), [state]);
  const link = useLink(
    'sas',
    (params) => {
      const read = readSasParams(params, preset, initialToken);
      dispatch({ type: 'load', state: read.state });
      if (read.unknownPreset !== null) setNotice(S.urlUnknownPreset(read.unknownPreset));
      else if (read.rejected.length > 0) setNotice(S.urlNotice(read.rejected.join(', ')));
    },
    values,
  );
  const act = (action: SasAction) => {
    link.touch();
    dispatch(action);
  };

  // Sign the form's token again whenever the form changes (createSas is asynchronous: WebCrypto).
  const formKey = JSON.stringify(state.form);
  useEffect(() => {
    const params = signParams(state.form);
    if (!params.ok) {
      dispatch({ type: 'signed', token: '', error: params.error });
      return undefined;
    }
    let live = true;
    createSas(params.params, AUDITOR_DEMO_KEY).then(
      (token) => live && dispatch({ type: 'signed', token, error: null }),
      (error: unknown) =>
        live && dispatch({ type: 'signed', token: '', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [formKey]);

  // Verify the presented token whenever it, the request or the clock changes.
  const token = presented(state);
  const requestKey = JSON.stringify(state.request);
  useEffect(() => {
    let live = true;
    verifySas(token, AUDITOR_DEMO_KEY, verifyRequest(state.request), new Date(state.now)).then(
      (r) => live && setResult(r),
      () => live && setResult({ ok: false, reason: 'malformed' }),
    );
    return () => {
      live = false;
    };
  }, [token, requestKey, state.now]);

  const presetData = sasPresetOf(state.presetId);
  return (
    <Frame link={link} title={SAS.title} intro={SAS.intro} notice={notice} onDismissNotice={() => setNotice(null)}>
      <Picker
        id={`${uid}-preset`}
        label={S.presetLabel}
        value={state.presetId}
        options={auditorSasPresets}
        interactive={link.ready}
        onChoose={(id) => act({ type: 'preset', id })}
      />
      <p class="pp-hint">{presetData.description}</p>
      <SasGenerate uid={uid} form={state.form} signError={state.signError} dispatch={act} interactive={link.ready} />
      <SasToken uid={uid} token={token} modified={state.override !== null} dispatch={act} />
      <SasVerify
        uid={uid}
        request={state.request}
        now={state.now}
        base={clockBase(state)}
        expiry={expiryOf(state)}
        result={result}
        expected={presetData.expected}
        dispatch={act}
      />
      {/* Copying a link needs JavaScript: shown once the island is interactive. */}
      {link.ready && <Share uid={uid} link={link.link} note={null} />}
    </Frame>
  );
}
