import type { QuizBank } from '../types';
import { automationPracticeQuestions } from './orch-practice';

/** Activities, each either a single automated task or an orchestrated workflow. */
const ACTIVITIES = [
  {
    text: 'A script stops every test virtual machine at 7 pm.',
    answer: 'automation',
    why: 'One task, run without a person: automation.',
  },
  { text: 'A nightly job takes a snapshot of one database.', answer: 'automation', why: 'A single automated task.' },
  {
    text: 'A pipeline creates the network, then the database, then the containers, checks their health and only then switches DNS, rolling back on failure.',
    answer: 'orchestration',
    why: 'Many automated steps coordinated in dependency order with a decision: orchestration.',
  },
  {
    text: 'One workflow applies the same security policies to twelve accounts on two cloud providers and reports which failed.',
    answer: 'orchestration',
    why: 'Coordinating many automated changes across environments is orchestration.',
  },
  {
    text: 'An auto-scaling rule adds a server when CPU stays above 70%.',
    answer: 'automation',
    why: 'A single task triggered without a person: automation.',
  },
] as const;

/** Quiz of the lesson "Cloud automation and orchestration". */
export const bank: QuizBank = {
  id: 'orch-automation',
  title: 'Check your understanding',
  questions: [
    {
      id: 'auto-or-orch',
      parameterised: true,
      build(rng) {
        const a = rng.pick(ACTIVITIES);
        return {
          kind: 'single',
          id: 'auto-or-orch',
          prompt: `"${a.text}" Is this automation or orchestration?`,
          choices: [
            { id: 'automation', label: 'Automation: one task without manual steps' },
            { id: 'orchestration', label: 'Orchestration: many automated tasks coordinated into a workflow' },
          ],
          answer: a.answer,
          explanation: a.why,
        };
      },
    },
    {
      id: 'which-tool',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'which-tool',
        prompt:
          'The bank wants to create the same VPC, EKS cluster and databases on AWS and a similar set-up on Azure, from one language, reviewed in pull requests. Which tool fits best?',
        choices: [
          { id: 'terraform', label: 'Terraform or OpenTofu' },
          { id: 'cloudformation', label: 'AWS CloudFormation' },
          { id: 'ansible', label: 'Ansible' },
          { id: 'selenium', label: 'Selenium' },
        ],
        answer: 'terraform',
        explanation:
          'Terraform and OpenTofu provision infrastructure on many providers with one language. CloudFormation is AWS-only, Ansible is mainly for configuring existing machines, and Selenium automates browsers.',
      }),
    },
    {
      id: 'idempotent',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'idempotent',
        prompt:
          'You run terraform apply twice in a row on the same code, with no changes in between. What happens the second time?',
        choices: [
          { id: 'nothing', label: 'Nothing changes: the code already matches what exists' },
          { id: 'duplicate', label: 'A second copy of every resource is created' },
          { id: 'recreate', label: 'Every resource is deleted and created again' },
          { id: 'error', label: 'It fails, because the resources already exist' },
        ],
        answer: 'nothing',
        explanation:
          'Declarative tools compare the desired state with the actual state and change only the difference. That idempotence is what makes re-running automation safe.',
      }),
    },
    {
      id: 'updates',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'updates',
        prompt:
          'An older list of automation tools names Google Cloud Deployment Manager, Terraform, ARM templates and Ansible. Which of these statements about them are true today? Choose all that apply.',
        choices: [
          {
            id: 'dm',
            label: 'Google Cloud Deployment Manager has reached end of support; Infrastructure Manager replaces it',
          },
          {
            id: 'tofu',
            label: 'Terraform is no longer under an open-source licence; OpenTofu is the open-source fork',
          },
          { id: 'bicep', label: 'Bicep is the recommended way to write Azure Resource Manager templates' },
          { id: 'ansible-agent', label: 'Ansible now needs an agent installed on every server' },
        ],
        answer: ['dm', 'tofu', 'bicep'],
        explanation:
          'Ansible is still agentless: it connects over SSH. The other three are changes of the last few years.',
      }),
    },
    {
      id: 'secrets',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'secrets',
        prompt: 'A Terraform configuration needs the database password. Where should it come from?',
        choices: [
          {
            id: 'manager',
            label: 'A secrets manager, read at apply time, with the state file stored encrypted and access-controlled',
          },
          { id: 'code', label: 'A variable with a default value in the .tf file' },
          { id: 'readme', label: 'The README, so the team can find it' },
          { id: 'git-state', label: 'The state file committed to Git' },
        ],
        answer: 'manager',
        explanation:
          'Secrets never belong in code or in Git. State files can contain secret values too, so they need encrypted, access-controlled remote storage.',
      }),
    },
    // Graded by the simulators (issue 12).
    ...automationPracticeQuestions,
  ],
};
