/**
 * The course's closing reflection (lesson 06-orchestration/04, "Reflection: should the ingestion
 * team use Kubernetes?"): the notes end with one action, get in touch with the Ingestion team and
 * look at using Kubernetes, and the lesson turns it into these questions, one from each earlier
 * module, plus the note to bring to the meeting.
 */

/** One reflection question. */
export interface JournalQuestion {
  /** Stable id, used as the key of the saved answer (never renumber or reuse one). */
  id: string;
  /** The question, short. */
  title: string;
  /** What to think about while answering. */
  prompt: string;
}

/** The reflection questions, in the order the lesson asks them. */
export const JOURNAL_QUESTIONS: readonly JournalQuestion[] = [
  {
    id: 'workload',
    title: 'What is the workload?',
    prompt:
      'Scheduled batch loads and event-driven file arrivals may suit Lambda or ECS scheduled tasks better than a cluster; many long-running services favour Kubernetes. Which is the Ingestion team’s work?',
  },
  {
    id: 'services-and-platform',
    title: 'How many services, and who runs the platform?',
    prompt:
      'Kubernetes pays off with many services and a team that can run it, usually as a managed service (EKS). For a handful of containers on AWS, ECS on Fargate is less work.',
  },
  {
    id: 'data-and-egress',
    title: 'Where does the data go?',
    prompt: 'Moving ingestion between regions or providers changes the egress bill (module 1).',
  },
  {
    id: 'access',
    title: 'Who may access what?',
    prompt:
      'Pods that read HR data need identities and least-privilege roles (module 2), for example IAM roles mapped to Kubernetes service accounts.',
  },
  {
    id: 'freshness',
    title: 'Do readers need fresh data?',
    prompt: 'If ingestion feeds a read model, its lag matters (module 3).',
  },
  {
    id: 'cost-note',
    title: 'Which two options come closest, and what would each cost a month?',
    prompt:
      'Write the monthly cost estimate of the two closest options: that is the note to bring to the Ingestion team.',
  },
];

/** The lesson that asks these questions, and the heading they sit under. */
export const JOURNAL_LESSON = {
  path: 'learn/orchestration/mesos-and-choosing-an-orchestrator/',
  anchor: 'reflection-should-the-ingestion-team-use-kubernetes',
  title: 'Reflection: should the ingestion team use Kubernetes?',
} as const;
