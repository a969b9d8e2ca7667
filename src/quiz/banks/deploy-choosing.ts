import type { QuizBank } from '../types';
import { FARGATE, fargateMonthlyCost, HOURS_PER_MONTH } from '../../domain/serverless';
import { count, usd } from './deploy-shared';

/** Valid Fargate task sizes used in the questions: vCPU and memory in GB. */
const SIZES = [
  { vcpu: 0.25, gb: 0.5 },
  { vcpu: 0.5, gb: 1 },
  { vcpu: 1, gb: 2 },
  { vcpu: 1, gb: 4 },
  { vcpu: 2, gb: 4 },
] as const;

/** Workloads and the approach the lesson's table recommends. */
const WORKLOADS = [
  {
    text: 'Resize every photo staff upload to an S3 bucket; a few hundred uploads a day, in bursts.',
    answer: 'lambda',
    why: 'Event-driven, short and mostly idle: Lambda runs only when a file arrives and costs next to nothing in between.',
  },
  {
    text: 'A steady public web API in a container, busy all day, run by a small team with no Kubernetes experience; it must survive the loss of a machine.',
    answer: 'fargate',
    why: 'Steady traffic in containers, high availability and no cluster to run: an ECS service on Fargate across two Availability Zones.',
  },
  {
    text: 'Forty microservices, a platform team, and a requirement to run the same way on two cloud providers.',
    answer: 'kubernetes',
    why: 'Many services, a team to run the platform and portability between clouds are what Kubernetes is for.',
  },
  {
    text: 'An internal dashboard for five people in a test environment, where an hour of downtime is acceptable.',
    answer: 'docker',
    why: 'One small app without availability needs: a single Docker host is the simplest thing that works.',
  },
] as const;

/** Quiz of the lesson "Serverless containers on Fargate, and choosing an approach". */
export const bank: QuizBank = {
  id: 'deploy-choosing',
  title: 'Check your understanding',
  questions: [
    {
      id: 'fargate-bill',
      parameterised: true,
      build(rng) {
        const tasks = rng.pick([1, 2, 3, 4, 6]);
        const size = rng.pick(SIZES);
        const c = fargateMonthlyCost({ tasks, vcpu: size.vcpu, memoryGB: size.gb });
        const perHour = count(c.perTaskHour, 6);
        return {
          kind: 'numeric',
          id: 'fargate-bill',
          prompt: `An ECS service keeps ${tasks} Fargate task${tasks === 1 ? '' : 's'} of ${size.vcpu} vCPU and ${size.gb} GB running for a ${HOURS_PER_MONTH}-hour month. With the lesson's illustrative prices ($${FARGATE.perVcpuHour} per vCPU-hour, $${FARGATE.perGBHour} per GB-hour), what is the compute bill in US dollars, to the cent?`,
          answer: c.total,
          answerText: usd(c.total),
          units: ['dollars', 'USD'],
          tolerance: { abs: 0.015 },
          explanation: `One task-hour: ${size.vcpu} × $${FARGATE.perVcpuHour} + ${size.gb} × $${FARGATE.perGBHour} = $${perHour}. For ${tasks} × ${HOURS_PER_MONTH} hours: ${usd(c.total)}. The load balancer and data transfer come on top.`,
        };
      },
    },
    {
      id: 'required-fields',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'required-fields',
        prompt:
          'A task definition has a family, container definitions with memory, cpu and a hostPort, and nothing else. What must it gain to run as a Fargate service pulling a private ECR image? Choose all that apply.',
        choices: [
          { id: 'awsvpc', label: 'networkMode "awsvpc"' },
          { id: 'task-size', label: 'Task-level cpu and memory' },
          { id: 'exec-role', label: 'An execution role to pull from ECR and write logs' },
          { id: 'compat', label: 'requiresCompatibilities ["FARGATE"]' },
          { id: 'host-port', label: 'A hostPort different from the containerPort' },
        ],
        answer: ['awsvpc', 'task-size', 'exec-role', 'compat'],
        explanation:
          'Fargate needs awsvpc networking, a task size, and (for a private image) an execution role; requiresCompatibilities makes ECS validate all that. In awsvpc mode hostPort must equal containerPort or be omitted.',
      }),
    },
    {
      id: 'exec-format',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'exec-format',
        prompt:
          'You build the image on an Apple Silicon Mac, push it, and the Fargate task (X86_64) stops with "exec format error". What fixes it?',
        choices: [
          { id: 'platform', label: 'Build with --platform linux/amd64 (or set the task to ARM64)' },
          { id: 'memory', label: 'Give the task more memory' },
          { id: 'public-ip', label: 'Enable assignPublicIp' },
          { id: 'cmd', label: 'Add CMD ["nginx", "-g", "daemon off;"]' },
        ],
        answer: 'platform',
        explanation:
          'The image was built for arm64 and the task runs on x86_64. The image architecture and the task runtimePlatform must match.',
      }),
    },
    {
      id: 'choose',
      parameterised: true,
      build(rng) {
        const w = rng.pick(WORKLOADS);
        return {
          kind: 'single',
          id: 'choose',
          prompt: `"${w.text}" Which approach fits best?`,
          choices: [
            { id: 'docker', label: 'One Docker host' },
            { id: 'kubernetes', label: 'Kubernetes' },
            { id: 'lambda', label: 'AWS Lambda' },
            { id: 'fargate', label: 'Fargate with ECS' },
          ],
          answer: w.answer,
          explanation: w.why,
        };
      },
    },
    {
      id: 'scale-to-zero',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'scale-to-zero',
        prompt:
          'An ECS service on Fargate has a desired count of 2 and receives no traffic overnight. What do you pay for overnight?',
        choices: [
          { id: 'two-tasks', label: 'Two running tasks, for every second they run' },
          { id: 'nothing', label: 'Nothing: Fargate scales to zero automatically' },
          { id: 'requests', label: 'Only the requests served' },
          { id: 'one', label: 'One task: Fargate keeps one warm' },
        ],
        answer: 'two-tasks',
        explanation:
          'Fargate bills tasks while they run, busy or idle. Fewer tasks at night need ECS service auto scaling (or a schedule); unlike Lambda, nothing scales to zero by itself.',
      }),
    },
  ],
};
