import { useState } from 'preact/hooks';
import { S } from './strings.ts';

interface Props {
  uid: string;
  /** Writes the address and returns the link. */
  link: () => string;
  /** A sentence about what the link leaves out (too large), if anything. */
  note: string | null;
}

/** The "Copy link" button, its status and, when the clipboard is refused, the link to copy by hand. */
export function Share({ uid, link, note }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [href, setHref] = useState('');
  const copy = async () => {
    const url = link();
    setHref(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div class="pp-share">
      <button type="button" onClick={() => void copy()}>
        {S.copyLink}
      </button>
      <p role="status" class="pp-share-status">
        {status === 'copied' && S.copied}
        {status === 'failed' && S.copyFailed}
      </p>
      {note && <p class="pp-note">{note}</p>}
      {status === 'failed' && (
        <p>
          <label for={`${uid}-link`}>{S.linkLabel}</label>{' '}
          <input
            id={`${uid}-link`}
            type="text"
            readOnly
            value={href}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
          />
        </p>
      )}
    </div>
  );
}

/** A dismissible notice (e.g. a link that could not be fully used). */
export function Notice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div class="pp-notice" role="status">
      <p>{text}</p>
      <button type="button" onClick={onDismiss}>
        {S.dismiss}
      </button>
    </div>
  );
}
