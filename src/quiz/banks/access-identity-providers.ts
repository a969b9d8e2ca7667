import type { QuizBank } from '../types';
import { decisionQuestion } from './access-decision';
import { methodFitQuestion } from './access-methods';

/** Quiz of the lesson "Identity providers, SSO and MFA". */
export const bank: QuizBank = {
  id: 'access-identity-providers',
  title: 'Check your understanding',
  questions: [
    decisionQuestion(
      'mfa-decides',
      ['hr-manager-updates-record', 'recruiter-reads-candidate', 'payroll-runs-payroll'],
      {
        mfa: true,
      },
    ),
    methodFitQuestion('fits-identity', ['identity-provider', 'rbac', 'abac']),
    {
      id: 'entra-rename',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'entra-rename',
        prompt:
          'In 2023 Microsoft renamed one of its identity services to Microsoft Entra ID. What was it called before?',
        choices: [
          { id: 'azure-ad', label: 'Azure Active Directory (Azure AD)' },
          { id: 'ad-ds', label: 'Active Directory Domain Services on Windows Server' },
          { id: 'iam-identity-center', label: 'AWS IAM Identity Center' },
          { id: 'live-id', label: 'Windows Live ID' },
        ],
        answer: 'azure-ad',
        explanation:
          'Microsoft announced in July 2023 that Azure Active Directory becomes Microsoft Entra ID; features and licences stayed the same. On-premises Active Directory Domain Services kept its name.',
      }),
    },
    {
      id: 'saml-oidc',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'saml-oidc',
        prompt:
          'Two organisations federate so that one trusts the other’s sign-ins. Which standard carries the identity as a signed XML assertion?',
        choices: [
          { id: 'saml', label: 'SAML 2.0' },
          { id: 'oidc', label: 'OpenID Connect' },
          { id: 'ldap', label: 'LDAP' },
          { id: 'sas', label: 'Shared Access Signatures' },
        ],
        answer: 'saml',
        explanation:
          'SAML 2.0 (OASIS, 2005) sends signed XML assertions through the browser. OpenID Connect does the same job with a signed JSON Web Token, the ID token. LDAP is a directory protocol, not a federation standard.',
      }),
    },
    {
      id: 'workforce-sso-aws',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'workforce-sso-aws',
        prompt:
          'Which AWS service gives a workforce single sign-on to many AWS accounts and applications, with users from an external directory?',
        choices: [
          { id: 'identity-center', label: 'AWS IAM Identity Center' },
          { id: 'iam-users', label: 'One IAM user per employee in every account' },
          { id: 'access-keys', label: 'Long-term access keys shared by the team' },
          { id: 'cognito', label: 'A public sign-up page for customers' },
        ],
        answer: 'identity-center',
        explanation:
          'IAM Identity Center (formerly AWS Single Sign-On) connects an external identity provider such as Entra ID or Okta and maps its users and groups to permission sets in each account. IAM users with long-term keys are what it replaces for people.',
      }),
    },
    {
      id: 'why-mfa',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'why-mfa',
        prompt:
          'An attacker has phished Amelia’s password. What stops the attacker from signing in to the HR dashboard?',
        choices: [
          { id: 'mfa', label: 'MFA: the sign-in also needs a second factor the attacker does not have' },
          { id: 'sso', label: 'SSO: she uses one password for every application' },
          { id: 'password-policy', label: 'The password policy: her password had 14 characters' },
          { id: 'rbac', label: 'RBAC: her role is HR Manager' },
        ],
        answer: 'mfa',
        explanation:
          'A strong password is still a stolen password once phished. MFA asks for something else (an authenticator app, a security key), and the bank’s policies additionally require aws:MultiFactorAuthPresent to be true.',
      }),
    },
  ],
};
