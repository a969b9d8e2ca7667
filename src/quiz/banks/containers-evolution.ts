import type { QuizBank } from '../types';

/** Milestones of containerisation, in the order they happened. */
const MILESTONES = [
  { id: 'chroot', label: 'chroot gives a process its own root directory', year: 1979 },
  { id: 'jails', label: 'FreeBSD jails isolate groups of processes', year: 2000 },
  { id: 'cgroups', label: 'Linux gains control groups (cgroups)', year: 2008 },
  { id: 'docker', label: 'Docker is shown publicly', year: 2013 },
  { id: 'kubernetes', label: 'Kubernetes is released as open source', year: 2014 },
  { id: 'oci', label: 'The Open Container Initiative is founded', year: 2015 },
] as const;

/** Quiz of the lesson "From "works on my machine" to orchestration". */
export const bank: QuizBank = {
  id: 'containers-evolution',
  title: 'Check your understanding',
  questions: [
    {
      id: 'what-is-a-container',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'what-is-a-container',
        prompt: 'Which description of a Linux container is accurate?',
        choices: [
          {
            id: 'process',
            label: 'A process on the host kernel, isolated by namespaces and limited by cgroups, started from an image',
          },
          { id: 'small-vm', label: 'A small virtual machine with its own kernel' },
          { id: 'emulator', label: 'An emulator that translates the application for each operating system' },
          { id: 'archive', label: 'A compressed archive of source code that is compiled on arrival' },
        ],
        answer: 'process',
        explanation:
          'A container shares the host kernel. Namespaces give it its own view (processes, network, mounts), cgroups cap its CPU and memory, and the image provides its files. It has no kernel of its own, which is why it starts so fast.',
      }),
    },
    {
      id: 'which-earlier',
      parameterised: true,
      build(rng) {
        const a = rng.pick(MILESTONES);
        const others = MILESTONES.filter((m) => m.year !== a.year);
        const b = rng.pick(others);
        const [first, second] = rng.next() < 0.5 ? [a, b] : [b, a];
        const earlier = first.year < second.year ? first : second;
        return {
          kind: 'single',
          id: 'which-earlier',
          prompt: `Which came first: "${first.label}" or "${second.label}"?`,
          choices: [
            { id: first.id, label: first.label },
            { id: second.id, label: second.label },
          ],
          answer: earlier.id,
          explanation: `${first.label}: ${first.year}. ${second.label}: ${second.year}. Isolation came long before Docker; Docker made it easy, and orchestration followed once people ran many containers.`,
        };
      },
    },
    {
      id: 'docker-added',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'docker-added',
        prompt: 'What did Docker add in 2013 that made containers popular with developers? Choose all that apply.',
        choices: [
          { id: 'dockerfile', label: 'A simple file format (the Dockerfile) to describe how to build an image' },
          { id: 'registry', label: 'A registry (Docker Hub) to share images' },
          { id: 'one-command', label: 'One command to run an image on any machine with Docker' },
          { id: 'isolation', label: 'Process isolation in the Linux kernel, which did not exist before' },
          { id: 'kernel', label: 'A separate kernel for each container' },
        ],
        answer: ['dockerfile', 'registry', 'one-command'],
        explanation:
          'The kernel features (namespaces, cgroups) and LXC existed before Docker. Docker packaged them behind a build file, a registry and a simple command line. Containers never get their own kernel.',
      }),
    },
    {
      id: 'why-orchestration',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'why-orchestration',
        prompt: 'Why did orchestrators such as Kubernetes appear after Docker?',
        choices: [
          {
            id: 'many',
            label:
              'Placing, restarting, scaling and routing traffic to hundreds of containers on many machines by hand no longer worked',
          },
          { id: 'build', label: 'Docker could not build images' },
          { id: 'windows', label: 'Containers could not run on Linux without them' },
          { id: 'security', label: 'They replace the kernel features that isolate containers' },
        ],
        answer: 'many',
        explanation:
          'Docker runs containers on one machine. An orchestrator decides where each container runs across a cluster, restarts failed ones, scales them and routes traffic, which is the work that became impossible by hand.',
      }),
    },
    {
      id: 'limit-name',
      parameterised: false,
      build: () => ({
        kind: 'text',
        id: 'limit-name',
        prompt:
          'Which Linux kernel feature limits how much CPU and memory a container may use? (Its short name is enough.)',
        accept: ['cgroups', 'cgroup', 'control groups', 'control group', 'cgroups v2', 'cgroup v2'],
        answerText: 'cgroups',
        explanation:
          'Control groups (cgroups) cap CPU, memory and I/O; namespaces, by contrast, decide what the process can see.',
      }),
    },
  ],
};
