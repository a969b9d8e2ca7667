import { CopyLink } from '../shared/CopyLink.tsx';
import { S } from './strings.ts';

interface Props {
  uid: string;
  /** Writes the address and returns the link. */
  link: () => string;
  /** A sentence about what the link leaves out (too large), if anything. */
  note: string | null;
}

/** The "Copy link" control of the playground (the shared CopyLink with the playground's words). */
export function Share({ uid, link, note }: Props) {
  return (
    <CopyLink
      uid={uid}
      link={link}
      note={note}
      strings={{ copy: S.copyLink, copied: S.copied, copyFailed: S.copyFailed, linkLabel: S.linkLabel }}
      classes={{ wrap: 'pp-share', status: 'pp-share-status', note: 'pp-note' }}
    />
  );
}

/** A dismissible notice (e.g. a link that could not be fully used). */
export function Notice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div class="notice pp-notice" role="status">
      <p>{text}</p>
      <button type="button" onClick={onDismiss}>
        {S.dismiss}
      </button>
    </div>
  );
}
