import type { QuizBank } from '../types';

/** Definitions from the lesson, each with the term that matches it. */
const TERMS = [
  { id: 'dockerfile', label: 'Dockerfile', text: 'A text file of instructions that builds an image.' },
  { id: 'image', label: 'Image', text: 'A read-only template, made of layers, from which containers are started.' },
  {
    id: 'container',
    label: 'Container',
    text: 'A running instance of an image, with a thin writable layer of its own.',
  },
  {
    id: 'registry',
    label: 'Registry',
    text: 'A service that stores repositories of tagged images, such as Docker Hub or Amazon ECR.',
  },
  {
    id: 'volume',
    label: 'Volume',
    text: 'Storage kept outside the container, so its data survives when the container is removed.',
  },
  { id: 'network', label: 'Network', text: 'A virtual network on which containers reach each other by name.' },
] as const;

/** Quiz of the lesson "The Docker vocabulary". */
export const bank: QuizBank = {
  id: 'containers-vocabulary',
  title: 'Check your understanding',
  questions: [
    {
      id: 'name-the-term',
      parameterised: true,
      build(rng) {
        const t = rng.pick(TERMS);
        return {
          kind: 'single',
          id: 'name-the-term',
          prompt: `Which term matches this definition? "${t.text}"`,
          choices: TERMS.map((c) => ({ id: c.id, label: c.label })),
          answer: t.id,
          explanation: `${t.label}: ${t.text}`,
        };
      },
    },
    {
      id: 'workflow-order',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'workflow-order',
        prompt: 'In which order do these steps happen when an image built on a laptop runs on a server?',
        choices: [
          { id: 'right', label: 'docker build, docker push, docker pull, docker run' },
          { id: 'run-first', label: 'docker run, docker build, docker push, docker pull' },
          { id: 'pull-first', label: 'docker pull, docker build, docker run, docker push' },
          {
            id: 'no-registry',
            label: 'docker build, docker run on the laptop, then copy the running container to the server',
          },
        ],
        answer: 'right',
        explanation:
          'The Dockerfile is built into an image, the image is pushed to a registry, the server pulls it, and the server runs it as a container. Running containers are not copied between hosts; images are.',
      }),
    },
    {
      id: 'where-data-lives',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'where-data-lives',
        prompt:
          'A PostgreSQL container is removed and started again from the same image. Its tables are gone. What was missing?',
        choices: [
          { id: 'volume', label: 'A volume for the database files' },
          { id: 'tag', label: 'A more specific image tag' },
          { id: 'network', label: 'A user-defined network' },
          { id: 'registry', label: 'A private registry' },
        ],
        answer: 'volume',
        explanation:
          "The files were in the container's own writable layer, which is deleted with the container. Data that must outlive a container belongs in a volume.",
      }),
    },
    {
      id: 'engines',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'engines',
        prompt: 'Which statements about container engines are true? Choose all that apply.',
        choices: [
          {
            id: 'podman-daemonless',
            label: 'Podman runs containers without a long-running daemon, and rootless by default',
          },
          { id: 'containerd-k8s', label: 'Kubernetes nodes usually run containers through containerd, without Docker' },
          { id: 'same-images', label: 'An image built with docker build also runs under Podman' },
          { id: 'docker-no-containerd', label: 'Docker Engine does not use containerd' },
          { id: 'desktop-native', label: 'Docker Desktop runs Linux containers on macOS without any virtual machine' },
        ],
        answer: ['podman-daemonless', 'containerd-k8s', 'same-images'],
        explanation:
          'All three engines run OCI images. Docker Engine itself hands containers to containerd and runc, and Docker Desktop runs a small Linux VM because Linux containers need a Linux kernel.',
      }),
    },
    {
      id: 'latest-tag',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'latest-tag',
        prompt: 'What does the tag "latest" guarantee about an image?',
        choices: [
          { id: 'nothing', label: 'Nothing: it is only the default tag when none is given' },
          { id: 'newest', label: 'That it is the most recently built version' },
          { id: 'stable', label: 'That it is the most recent stable release' },
          { id: 'same', label: 'That every host pulling it gets the same bytes for ever' },
        ],
        answer: 'nothing',
        explanation:
          '"latest" is applied when you build or pull without a tag. It can point at an old build, and it moves whenever someone pushes a new one, so deploy fixed version tags or digests instead.',
      }),
    },
  ],
};
