import type { QuizBank } from '../types';
import { METHOD_CHOICES, methodFitQuestion } from './access-methods';

/** Quiz of the lesson "Choosing a method". */
export const bank: QuizBank = {
  id: 'access-choosing-a-method',
  title: 'Check your understanding',
  questions: [
    methodFitQuestion('fits-any'),
    {
      id: 'finest-grain',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'finest-grain',
        prompt:
          'Which method can make the finest-grained decisions, down to this user, this record, this hour and this network?',
        choices: METHOD_CHOICES.filter((c) => ['rbac', 'abac', 'shared-key', 'identity-provider'].includes(c.id)),
        answer: 'abac',
        explanation:
          'ABAC compares attributes of the user, the resource and the environment on every request. RBAC is as fine as its roles, an identity provider authenticates rather than authorises, and a shared key is all or nothing.',
      }),
    },
    {
      id: 'largest-blast-radius',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'largest-blast-radius',
        prompt: 'Which credential, if it leaks, exposes the most data for the longest time?',
        choices: [
          { id: 'account-key', label: 'A storage account key' },
          { id: 'blob-sas', label: 'A read-only SAS for one blob that expires in an hour' },
          { id: 'access-token', label: 'An OAuth access token with the scope hr.read that expires in an hour' },
          { id: 'id-token', label: 'An ID token issued for another client' },
        ],
        answer: 'account-key',
        explanation:
          'An account key grants every operation on everything in the account and never expires: it works until someone regenerates it. The SAS and the access token are limited in scope and time; an ID token is not an API credential at all.',
      }),
    },
    {
      id: 'built-in-expiry',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'built-in-expiry',
        prompt:
          'Which of these carry their own expiry time, so that they stop working without anyone acting? Choose all that apply.',
        choices: [
          { id: 'sas', label: 'A Shared Access Signature (se)' },
          { id: 'access-token', label: 'An OAuth 2.0 access token' },
          { id: 'id-token', label: 'An OpenID Connect ID token (exp)' },
          { id: 'account-key', label: 'A storage account key' },
          { id: 'role-assignment', label: 'A role assignment in RBAC' },
        ],
        answer: ['sas', 'access-token', 'id-token'],
        explanation:
          'SAS tokens, access tokens and ID tokens expire by themselves. An account key and an ordinary role assignment last until someone removes them, which is why leavers and forgotten keys are a classic audit finding.',
      }),
    },
    {
      id: 'one-switch',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'one-switch',
        prompt:
          'An employee leaves the bank. Which method lets one action remove access to every connected cloud application?',
        choices: METHOD_CHOICES.filter((c) => ['identity-provider', 'shared-key', 'sas', 'abac'].includes(c.id)),
        answer: 'identity-provider',
        explanation:
          'Disabling the account in the identity provider stops new sign-ins to every application that trusts it. A shared key or a SAS the person copied keeps working until rotated or expired, and ABAC rules rely on the same identity underneath.',
      }),
    },
  ],
};
