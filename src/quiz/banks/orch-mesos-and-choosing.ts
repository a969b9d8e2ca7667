import type { QuizBank } from '../types';
import { mesosPracticeQuestions } from './orch-practice';

/** Scenarios and the orchestrator the lesson's comparison points to. */
const SCENARIOS = [
  {
    text: 'A developer wants the web app, its database and a cache running together on a laptop for testing.',
    answer: 'compose',
    why: 'Several containers on one host: Docker Compose is the simplest tool that does it.',
  },
  {
    text: 'Sixty services, several teams, a platform team to run it, and a plan to run on two cloud providers.',
    answer: 'kubernetes',
    why: 'Many services, portability between providers and a team to run the platform: Kubernetes, preferably managed (EKS, AKS, GKE).',
  },
  {
    text: 'Five containerised services, all on AWS, and a small team that wants as little platform work as possible.',
    answer: 'ecs',
    why: 'A few services on AWS with little platform work: ECS, usually on Fargate.',
  },
  {
    text: 'A new data platform where Spark jobs and web services should share one pool of machines.',
    answer: 'kubernetes',
    why: 'This was the classic Mesos case, but Mesos is retired. Spark now runs natively on Kubernetes, which also runs the services.',
  },
] as const;

/** Quiz of the lesson "Apache Mesos, and choosing an orchestrator". */
export const bank: QuizBank = {
  id: 'orch-mesos-and-choosing',
  title: 'Check your understanding',
  questions: [
    {
      id: 'two-level',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'two-level',
        prompt: 'In Mesos two-level scheduling, who decides which task runs on an offered set of resources?',
        choices: [
          { id: 'framework', label: "The framework's own scheduler, which accepts or declines the master's offer" },
          { id: 'master', label: 'The Mesos master, which places every task itself' },
          { id: 'agent', label: 'The agent, which picks tasks from a queue' },
          { id: 'zookeeper', label: 'ZooKeeper' },
        ],
        answer: 'framework',
        explanation:
          'Level one: the master offers resources to frameworks. Level two: each framework scheduler chooses what to launch on them. Kubernetes, by contrast, has one scheduler that places every pod.',
      }),
    },
    {
      id: 'parts',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'parts',
        prompt: 'Which are parts of a Mesos cluster? Choose all that apply.',
        choices: [
          { id: 'masters', label: 'Masters, with one elected leader' },
          { id: 'zookeeper', label: 'ZooKeeper, for leader election' },
          { id: 'agents', label: 'Agents, which run the tasks' },
          { id: 'frameworks', label: 'Frameworks, each with a scheduler and an executor' },
          { id: 'kubelet', label: 'A kubelet on every machine' },
        ],
        answer: ['masters', 'zookeeper', 'agents', 'frameworks'],
        explanation: "The kubelet is Kubernetes' node agent. Mesos agents were called slaves before version 1.0.",
      }),
    },
    {
      id: 'status',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'status',
        prompt:
          'A colleague follows an old guide and runs sudo apt-get install mesos on a new Ubuntu server. What should you tell them?',
        choices: [
          {
            id: 'retired',
            label:
              'Mesos was retired to the Apache Attic in 2025 and was never in the Ubuntu archive; use Kubernetes or ECS for new work',
          },
          { id: 'universe', label: 'Enable the universe repository and try again' },
          { id: 'snap', label: 'Install it with snap instead' },
          { id: 'fine', label: 'It will work; Mesos is the most active orchestrator' },
        ],
        answer: 'retired',
        explanation:
          "The packages came from Mesosphere's own repository, now closed, and the project is no longer maintained. Learn Mesos's ideas; build new platforms on maintained tools.",
      }),
    },
    {
      id: 'choose',
      parameterised: true,
      build(rng) {
        const s = rng.pick(SCENARIOS);
        return {
          kind: 'single',
          id: 'choose',
          prompt: `"${s.text}" Which would you choose?`,
          choices: [
            { id: 'compose', label: 'Docker Compose' },
            { id: 'kubernetes', label: 'Kubernetes' },
            { id: 'ecs', label: 'Amazon ECS' },
            { id: 'mesos', label: 'Apache Mesos' },
          ],
          answer: s.answer,
          explanation: s.why,
        };
      },
    },
    {
      id: 'multi-tenancy',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'multi-tenancy',
        prompt:
          'A comparison table rates Kubernetes multi-tenancy as "limited". Which description is more accurate, and when does it hold?',
        choices: [
          {
            id: 'soft',
            label:
              'Soft: namespaces, RBAC, quotas and network policies for teams that trust each other; separate clusters for hard isolation',
          },
          { id: 'none', label: 'None: one cluster can only serve one team' },
          { id: 'hard', label: 'Hard: tenants are as isolated as separate virtual machines' },
          { id: 'mesos', label: 'Only available when Kubernetes runs on Mesos' },
        ],
        answer: 'soft',
        explanation:
          'Tenants in one cluster share the control plane and the node kernels. That is fine for teams in one organisation, not for mutually untrusted customers.',
      }),
    },
    // Graded by the simulators (issue 12).
    ...mesosPracticeQuestions,
  ],
};
