/**
 * The external auditor of the bank case study. She holds no IAM role; the bank gives her a
 * Shared Access Signature instead: read and list on the compliance-reports container, for
 * two weeks, from her firm's network, over HTTPS only. The presets below present that token
 * in different situations, each with the verifySas outcome it must produce.
 */
import { bytesToBase64, utf8 } from './encoding.ts';
import type { SasFailureReason } from './sas.ts';

/**
 * A fixed teaching key (base64 of 32 ASCII bytes) so the token, and its signature, are the
 * same on every run. Not a secret: never use a published key for real data.
 */
export const AUDITOR_DEMO_KEY = bytesToBase64(utf8('bank-demo-storage-key-not-secret'));

/** The parameters the bank signs for the auditor (pass them to createSas with AUDITOR_DEMO_KEY). */
export const auditorSasParams = {
  resource: '/blob/bankcompliance/compliance-reports',
  permissions: 'rl',
  start: new Date('2026-11-23T08:00:00Z'),
  expiry: new Date('2026-12-07T08:00:00Z'),
  ip: '198.51.100.0-198.51.100.255',
  protocol: 'https',
} as const satisfies {
  resource: string;
  permissions: string;
  start: Date;
  expiry: Date;
  ip: string;
  protocol: 'https';
};

/** A situation in which the auditor presents her token. */
export interface AuditorSasPreset {
  id: string;
  title: string;
  description: string;
  request: { resource: string; permission: string; ip?: string; protocol?: 'https' | 'http' };
  now: Date;
  expected: { ok: true } | { ok: false; reason: SasFailureReason };
}

const REPORT = '/blob/bankcompliance/compliance-reports/2026/q3-aml-report.pdf';
const AUDIT_FIRM_IP = '198.51.100.23';
const DURING_AUDIT = new Date('2026-11-27T10:00:00Z');

/** The auditor presets, allowed first. */
export const auditorSasPresets: readonly AuditorSasPreset[] = [
  {
    id: 'auditor-reads-report',
    title: 'Auditor reads a report',
    description: 'Olivia downloads the Q3 anti-money-laundering report during the audit.',
    request: { resource: REPORT, permission: 'r', ip: AUDIT_FIRM_IP, protocol: 'https' },
    now: DURING_AUDIT,
    expected: { ok: true },
  },
  {
    id: 'auditor-lists-reports',
    title: 'Auditor lists the reports',
    description: 'Olivia lists the compliance-reports container.',
    request: { resource: auditorSasParams.resource, permission: 'l', ip: AUDIT_FIRM_IP, protocol: 'https' },
    now: DURING_AUDIT,
    expected: { ok: true },
  },
  {
    id: 'auditor-deletes-report',
    title: 'Auditor tries to delete',
    description: 'The token is read-only: delete (d) is not in sp=rl.',
    request: { resource: REPORT, permission: 'd', ip: AUDIT_FIRM_IP, protocol: 'https' },
    now: DURING_AUDIT,
    expected: { ok: false, reason: 'permission' },
  },
  {
    id: 'auditor-before-start',
    title: 'Before the audit starts',
    description: 'One second before st.',
    request: { resource: REPORT, permission: 'r', ip: AUDIT_FIRM_IP, protocol: 'https' },
    now: new Date('2026-11-23T07:59:59Z'),
    expected: { ok: false, reason: 'not-yet-valid' },
  },
  {
    id: 'auditor-after-two-weeks',
    title: 'After the two weeks',
    description: 'Exactly at se the token stops working.',
    request: { resource: REPORT, permission: 'r', ip: AUDIT_FIRM_IP, protocol: 'https' },
    now: new Date('2026-12-07T08:00:00Z'),
    expected: { ok: false, reason: 'expired' },
  },
  {
    id: 'auditor-other-container',
    title: 'Another container',
    description: 'Olivia tries the token on the payroll exports.',
    request: {
      resource: '/blob/bankcompliance/payroll-exports/2026-11.csv',
      permission: 'r',
      ip: AUDIT_FIRM_IP,
      protocol: 'https',
    },
    now: DURING_AUDIT,
    expected: { ok: false, reason: 'wrong-resource' },
  },
  {
    id: 'auditor-from-home',
    title: 'From home',
    description: "Olivia works from home (203.0.113.77), outside her firm's range.",
    request: { resource: REPORT, permission: 'r', ip: '203.0.113.77', protocol: 'https' },
    now: DURING_AUDIT,
    expected: { ok: false, reason: 'ip' },
  },
  {
    id: 'auditor-over-http',
    title: 'Over plain HTTP',
    description: 'The token says spr=https; the request uses http.',
    request: { resource: REPORT, permission: 'r', ip: AUDIT_FIRM_IP, protocol: 'http' },
    now: DURING_AUDIT,
    expected: { ok: false, reason: 'protocol' },
  },
];
