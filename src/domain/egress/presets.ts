/**
 * Illustrative internet-egress price schedules modelled on the providers' published tiers.
 * They are simplified (one region group, internet egress only, USD, round tier bounds, no
 * per-service or per-destination variations) and prices change: teach with them, do not
 * quote them. The figures were taken from the course brief on 2026-11-27 and match third-party
 * summaries of the pages below; re-check the source before relying on them.
 *
 * Each schedule says which unit its "GB" is (`billedUnit`, checked 2026-12-04, sources in
 * billed-unit.ts): AWS bills a GB of 2^30 bytes, Google Cloud prices per GiB, Azure's page does
 * not say (modelled as 10^9 bytes). Google's real tier bounds are 1 TiB and 10 TiB (1,024 and
 * 10,240 GiB); the preset keeps the round 1,000 and 10,000 as a stated simplification.
 */
import type { BilledUnitId } from './billed-unit';
import { deepFreeze } from './freeze';
import type { PriceSchedule } from './schedule';

/** A price schedule with where it came from. */
export interface SchedulePreset extends PriceSchedule {
  /** Stable id for props and quizzes. */
  readonly id: 'aws-internet' | 'azure-internet' | 'gcp-premium-internet';
  /** Label for a picker; says the prices are illustrative, dated, USD and simplified. */
  readonly label: string;
  /** URL of the published price page the tiers are modelled on. */
  readonly source: string;
  /** The unit the provider bills its "GB" in (required on a preset). */
  readonly billedUnit: BilledUnitId;
  /** Where the provider says what its billing unit is, with the date it was read. */
  readonly unitSource: string;
}

/**
 * AWS bills a "GB" of 2^30 bytes (billedUnit 'binary-GB').
 * AWS data transfer out to the internet (EC2/S3): first 100 GB/month free across services,
 * then first 10 TB $0.09/GB, next 40 TB $0.085, next 100 TB $0.07, over 150 TB $0.05.
 * Source: https://aws.amazon.com/ec2/pricing/on-demand/ (Data Transfer section).
 */
export const AWS_INTERNET_EGRESS: SchedulePreset = deepFreeze<SchedulePreset>({
  id: 'aws-internet',
  label: 'AWS internet egress (illustrative, as published on 2026-11-27; USD per GB of 2^30 bytes, simplified)',
  source: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  billedUnit: 'binary-GB',
  unitSource: 'https://aws.amazon.com/s3/faqs/ (read 2026-12-04): 100 GB = 107,374,182,400 bytes',
  currency: 'USD',
  freeGB: 100,
  tiers: [
    { upToGB: 10_000, pricePerGB: 0.09 },
    { upToGB: 50_000, pricePerGB: 0.085 },
    { upToGB: 150_000, pricePerGB: 0.07 },
    { upToGB: null, pricePerGB: 0.05 },
  ],
});

/**
 * Azure's page prices per "GB" without defining it; billedUnit 'GB-unstated' (modelled as 10^9).
 * Azure bandwidth, internet egress via the Microsoft premium global network: first 100 GB free,
 * next 10 TB $0.087/GB, next 40 TB $0.083, next 100 TB $0.07, next 350 TB $0.05. Azure quotes
 * volumes above that on request, so the last tier is bounded: 500,100 GB is the most it prices.
 * Source: https://azure.microsoft.com/en-gb/pricing/details/bandwidth/
 */
export const AZURE_INTERNET_EGRESS: SchedulePreset = deepFreeze<SchedulePreset>({
  id: 'azure-internet',
  label: 'Azure internet egress (illustrative, as published on 2026-11-27; USD per GB, bytes not stated, simplified)',
  source: 'https://azure.microsoft.com/en-gb/pricing/details/bandwidth/',
  billedUnit: 'GB-unstated',
  unitSource:
    'https://azure.microsoft.com/en-gb/pricing/details/bandwidth/ (read 2026-12-04): priced per GB, bytes per GB not stated',
  currency: 'USD',
  freeGB: 100,
  tiers: [
    { upToGB: 10_000, pricePerGB: 0.087 },
    { upToGB: 50_000, pricePerGB: 0.083 },
    { upToGB: 150_000, pricePerGB: 0.07 },
    { upToGB: 500_000, pricePerGB: 0.05 },
  ],
});

/**
 * Google Cloud premium tier internet egress to worldwide destinations (excluding China and
 * Australia): 0-1 TB $0.12/GB, 1-10 TB $0.11, 10+ TB $0.08. freeGB is 0: the 1 GB/month
 * always-free egress applies only to some regions and products, so it is left out. Google
 * prices per GiB (billedUnit 'GiB'); its real bounds are 1,024 and 10,240 GiB, rounded here.
 * Source: https://cloud.google.com/vpc/network-pricing
 */
export const GCP_PREMIUM_INTERNET_EGRESS: SchedulePreset = deepFreeze<SchedulePreset>({
  id: 'gcp-premium-internet',
  label:
    'Google Cloud premium-tier internet egress (illustrative, as published on 2026-11-27; USD per GiB, simplified)',
  source: 'https://cloud.google.com/vpc/network-pricing',
  billedUnit: 'GiB',
  unitSource: 'https://cloud.google.com/network-tiers/pricing (read 2026-12-04): egress is priced per GiB',
  currency: 'USD',
  freeGB: 0,
  tiers: [
    { upToGB: 1_000, pricePerGB: 0.12 },
    { upToGB: 10_000, pricePerGB: 0.11 },
    { upToGB: null, pricePerGB: 0.08 },
  ],
});

/** All provider presets, in picker order. */
export const PROVIDER_PRESETS: readonly SchedulePreset[] = Object.freeze([
  AWS_INTERNET_EGRESS,
  AZURE_INTERNET_EGRESS,
  GCP_PREMIUM_INTERNET_EGRESS,
]);
