import { auditorSasParams } from '../../domain/access/doors/bank.ts';
import { formatSasTime } from '../../domain/access/doors/sas.ts';
import type { QuizBank } from '../types';
import { methodFitQuestion } from './access-methods';
import { permissionLettersQuestion, sasOutcomeQuestion } from './access-sas-questions';

/** Quiz of the lesson "Shared keys and Shared Access Signatures". */
export const bank: QuizBank = {
  id: 'access-keys-and-sas',
  title: 'Check your understanding',
  questions: [
    sasOutcomeQuestion('sas-outcome'),
    permissionLettersQuestion('sp-letters'),
    {
      id: 'expiry-parameter',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'expiry-parameter',
        prompt: `The auditor's token must stop working at ${formatSasTime(auditorSasParams.expiry)}. Which SAS parameter carries that time?`,
        choices: [
          { id: 'se', label: 'se' },
          { id: 'st', label: 'st' },
          { id: 'sp', label: 'sp' },
          { id: 'sv', label: 'sv' },
          { id: 'sig', label: 'sig' },
        ],
        answer: 'se',
        explanation:
          'se (signed expiry) is the end of the validity window; st (signed start) is its beginning, sp the permissions, sv the service version and sig the signature over all signed fields. Changing se breaks sig.',
      }),
    },
    methodFitQuestion('fits-key-or-sas', ['shared-key', 'sas']),
    {
      id: 'two-keys',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'two-keys',
        prompt: 'Why does an Azure storage account have two access keys, key1 and key2?',
        choices: [
          { id: 'rotate', label: 'So one key can be regenerated while clients keep working with the other' },
          { id: 'read-write', label: 'One key is for reading, the other for writing' },
          { id: 'regions', label: 'One key per region of a geo-redundant account' },
          { id: 'both-needed', label: 'Every request must be signed with both keys' },
        ],
        answer: 'rotate',
        explanation:
          'Both keys grant full access. Move every client to key2, regenerate key1, move them back (or leave them on key2) and regenerate key2 at the next rotation: no client is ever without a working key.',
      }),
    },
    {
      id: 'revoke-ad-hoc',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'revoke-ad-hoc',
        prompt:
          'A service SAS signed with key1, without a stored access policy, has leaked and expires in ten days. How can the bank make it stop working now?',
        choices: [
          { id: 'rotate-key1', label: 'Regenerate key1, the key that signed it' },
          { id: 'delete-token', label: 'Delete the token from the storage account’s list of issued tokens' },
          { id: 'rotate-key2', label: 'Regenerate key2' },
          { id: 'nothing', label: 'Nothing can be done: wait ten days' },
        ],
        answer: 'rotate-key1',
        explanation:
          'Storage keeps no list of ad hoc SAS tokens: it only checks the signature. Regenerating key1 invalidates every SAS signed with it (and every client still using key1). A stored access policy (si) or a user delegation SAS gives a narrower way to revoke.',
      }),
    },
  ],
};
