import { densityComparison } from '../../domain/containers';
import type { QuizBank } from '../types';

/** Quiz of the lesson "Containers and virtual machines". */
export const bank: QuizBank = {
  id: 'containers-vs-vms',
  title: 'Check your understanding',
  questions: [
    {
      id: 'density',
      parameterised: true,
      build(rng) {
        const host = rng.pick([32, 64, 96, 128]);
        const reserved = rng.pick([2, 4]);
        const app = rng.pick([0.5, 1, 1.5, 2, 3]);
        const guest = rng.pick([0.5, 1, 1.5]);
        const d = densityComparison({ hostGB: host, reservedGB: reserved, appGB: app, guestOsGB: guest });
        const { availableGB: available, vms, containers, extra } = d;
        return {
          kind: 'numeric',
          id: 'density',
          prompt: `A host has ${host} GB of memory, ${reserved} GB of which is kept for the host itself. Each instance of an application needs ${app} GB. As a VM, each instance needs ${guest} GB more for its guest operating system; as a container, ignore the extra. Counting whole instances only, how many more instances fit as containers than as VMs?`,
          answer: extra,
          answerText: `${extra} instances`,
          units: ['instances', 'instance', 'more'],
          tolerance: { abs: 0 },
          explanation: `Available: ${host} − ${reserved} = ${available} GB. As VMs: ${available} ÷ ${d.perVmGB} → ${vms} whole instances. As containers: ${available} ÷ ${app} → ${containers}. Difference: ${containers} − ${vms} = ${extra}.`,
        };
      },
    },
    {
      id: 'shared-what',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'shared-what',
        prompt: 'What do all the containers on one host share?',
        choices: [
          { id: 'kernel', label: 'The host kernel' },
          { id: 'whole-os', label: 'The whole host operating system, including its libraries' },
          { id: 'nothing', label: 'Nothing: each has its own kernel' },
          { id: 'filesystem', label: 'One writable file system' },
        ],
        answer: 'kernel',
        explanation:
          'Containers share the kernel only. Each image brings its own libraries and tools, and each container has its own writable layer.',
      }),
    },
    {
      id: 'choose-vm',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'choose-vm',
        prompt: 'In which situations is a virtual machine the better choice than a container? Choose all that apply.',
        choices: [
          { id: 'other-os', label: 'The workload needs a different operating system or kernel from the host' },
          { id: 'untrusted', label: "Two customers' untrusted code must not share a kernel" },
          { id: 'density', label: 'You want to run as many small services as possible on one server' },
          { id: 'fast', label: 'Instances must start in under a second' },
        ],
        answer: ['other-os', 'untrusted'],
        explanation:
          'A VM has its own kernel, so it can run another OS and isolates more strongly. Density and fast start-up are where containers win.',
      }),
    },
    {
      id: 'portable',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'portable',
        prompt: 'You often read that "a container can be run on any laptop or computer". What is the accurate version?',
        choices: [
          {
            id: 'compatible',
            label:
              'It runs on any host with a compatible kernel and CPU architecture; elsewhere it needs a VM or a multi-platform image',
          },
          { id: 'any', label: 'It runs anywhere, because it contains its own kernel' },
          { id: 'same-distro', label: 'It runs only on hosts with the same Linux distribution as its base image' },
          { id: 'docker-only', label: 'It runs only on machines where it was built' },
        ],
        answer: 'compatible',
        explanation:
          'A Linux container needs a Linux kernel (Docker Desktop supplies one in a hidden VM) and matching CPU architecture. The distribution of the host does not matter.',
      }),
    },
    {
      id: 'energy',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'energy',
        prompt:
          'A team moves from VMs to containers, but its cluster stays sized for the daily peak and runs half-empty all night. What happens to energy use?',
        choices: [
          {
            id: 'little',
            label:
              'Little changes: savings come only if the density is used, for example by scaling down and switching idle machines off',
          },
          { id: 'halves', label: 'It halves, because containers always use half the energy of VMs' },
          { id: 'zero', label: 'Idle containers use no energy, so the night costs nothing' },
          { id: 'rises', label: 'It must rise, because containers are less efficient than VMs' },
        ],
        answer: 'little',
        explanation:
          'Idle machines draw power whatever runs on them. Containers make it possible to pack work onto fewer machines and scale down quickly; the saving appears only when a team does so.',
      }),
    },
  ],
};
