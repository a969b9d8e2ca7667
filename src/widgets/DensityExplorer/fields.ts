/**
 * The density explorer's fields: what each one means, its unit, and the lesson's starting values
 * (illustrative: a 16 vCPU, 64 GB host and a small web service; measure your own).
 */
import type { HostDensityInput } from '../../domain/containers';

export type DensityField = keyof HostDensityInput;

export const FIELDS: readonly { id: DensityField; label: string; unit: 'vCPU' | 'GB'; group: string }[] = [
  { id: 'hostVcpus', label: 'Host vCPUs', unit: 'vCPU', group: 'Host' },
  { id: 'hostGB', label: 'Host memory (GB)', unit: 'GB', group: 'Host' },
  { id: 'reservedVcpus', label: 'Kept for the host: vCPUs', unit: 'vCPU', group: 'Host' },
  { id: 'reservedGB', label: 'Kept for the host: memory (GB)', unit: 'GB', group: 'Host' },
  { id: 'appVcpus', label: 'One app instance: vCPUs', unit: 'vCPU', group: 'Application' },
  { id: 'appGB', label: 'One app instance: memory (GB)', unit: 'GB', group: 'Application' },
  { id: 'guestOsVcpus', label: 'Guest OS per VM: vCPUs', unit: 'vCPU', group: 'Overheads' },
  { id: 'guestOsGB', label: 'Guest OS per VM: memory (GB)', unit: 'GB', group: 'Overheads' },
  { id: 'containerVcpus', label: 'Per container: vCPUs', unit: 'vCPU', group: 'Overheads' },
  { id: 'containerGB', label: 'Per container: memory (GB)', unit: 'GB', group: 'Overheads' },
];

export const DEFAULTS: HostDensityInput = {
  hostVcpus: 16,
  hostGB: 64,
  reservedVcpus: 1,
  reservedGB: 4,
  appVcpus: 0.25,
  appGB: 1.5,
  guestOsVcpus: 0.25,
  guestOsGB: 1,
  containerVcpus: 0,
  containerGB: 0.05,
};
