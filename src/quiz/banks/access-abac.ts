import { CORPORATE_NETWORKS } from '../../domain/access/doors/bank.ts';
import type { QuizBank } from '../types';
import { SAMPLE_HOURS, SAMPLE_ORIGINS, decisionQuestion } from './access-decision';
import { methodFitQuestion } from './access-methods';

/** Quiz of the lesson "Attribute-based access control". */
export const bank: QuizBank = {
  id: 'access-abac',
  title: 'Check your understanding',
  questions: [
    decisionQuestion('time-and-network', ['hr-manager-updates-record', 'payroll-reads-salary-ipv6'], {
      origins: SAMPLE_ORIGINS,
      hours: SAMPLE_HOURS,
    }),
    decisionQuestion('resource-attributes', ['other-location', 'other-department', 'hr-manager-updates-record']),
    methodFitQuestion('fits-abac', ['rbac', 'abac']),
    {
      id: 'environment-attributes',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'environment-attributes',
        prompt:
          'Which of these are attributes of the environment, rather than of the user or of the resource? Choose all that apply.',
        choices: [
          { id: 'time', label: 'The time of day of the request' },
          { id: 'network', label: 'The network the request comes from' },
          { id: 'department', label: 'The user’s department' },
          { id: 'clearance', label: 'The user’s security clearance' },
          { id: 'sensitivity', label: 'The sensitivity label of the document' },
        ],
        answer: ['time', 'network'],
        explanation:
          'Time and source network describe the circumstances of the request (the environment). Department and clearance describe the user; sensitivity describes the resource. ABAC rules can combine all three kinds.',
      }),
    },
    {
      id: 'source-ip-key',
      parameterised: false,
      build: () => ({
        kind: 'text',
        id: 'source-ip-key',
        prompt:
          'In the bank’s policies, which condition key carries the public IP address a request over the internet comes from?',
        accept: ['aws:SourceIp', 'SourceIp', 'aws:sourceip'],
        answerText: 'aws:SourceIp',
        explanation: `aws:SourceIp is one of AWS IAM’s global condition keys: the public address AWS sees. The bank compares it with IpAddressIfExists (inside the Allow statements) and NotIpAddress (in the guardrail Deny) against its office’s public ranges ${CORPORATE_NETWORKS.join(' and ')}. A request through a VPC endpoint carries no aws:SourceIp; there the bank checks aws:VpcSourceIp (the private address) and aws:SourceVpce (the endpoint) instead.`,
      }),
    },
    {
      id: 'abac-cost',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'abac-cost',
        prompt: 'What is the main price an organisation pays for the flexibility of ABAC?',
        choices: [
          {
            id: 'complexity',
            label: 'More variables to define, keep accurate and test, so policies are harder to reason about',
          },
          { id: 'licence', label: 'ABAC needs a paid licence from every cloud provider' },
          { id: 'coarse', label: 'Decisions become coarser than with RBAC' },
          { id: 'no-deny', label: 'ABAC policies cannot express a Deny' },
        ],
        answer: 'complexity',
        explanation:
          'Every attribute must be reliable (who sets a department, who keeps clearance up to date?) and every combination must be tested. Wrong attribute data silently grants or refuses access, so ABAC needs well-defined attributes and policy tests.',
      }),
    },
  ],
};
