/** Every user-facing string of the egress cost explorer, in one place for a later translation. */
import type { ScenarioKind } from '../../domain/egress';
import type { PresetId } from './presets';
import type { NumberFieldId, PricingId } from './types';

export const S = {
  title: 'Egress cost explorer',
  intro: 'Change the traffic, the price list or the strategies; the bill, the working and the chart follow.',
  noScript: 'The controls need JavaScript. The figures below are for the starting example.',
  presetsLegend: 'Start from an example',
  trafficLegend: 'Traffic leaving the cloud',
  kind: 'Kind of traffic',
  unit: 'Unit',
  pricingLegend: 'Price list',
  pricing: 'Pricing model',
  source: 'Source',
  illustrative: (date: string) =>
    `Illustrative prices, simplified, as published on ${date}; check the provider's page before quoting them.`,
  flatNote: 'An illustrative flat rate: every GB at the same price, no free allowance.',
  billedUnit: (label: string, note: string) => `Prices are per ${label}. ${note}`,
  flatUnit:
    'The course simplifies with decimal GB; check which GB your provider bills (AWS: 2^30 bytes; Google Cloud: GiB).',
  strategiesSummary: 'Strategies: compression, a cache on the users\u2019 side, and a CDN',
  strategiesNote:
    'Applied in this order: compression shrinks the bytes; caches on the users\u2019 side (browser cache, office proxy) answer a share of the requests before they reach the cloud; the CDN delivers a share of what is left at its own price. A cache inside the cloud region saves no egress: its answers to outside users still leave the region.',
  resultsTitle: 'The bill',
  monthly: 'Monthly',
  yearly: 'Yearly',
  stale: 'A field above needs fixing: the bill shows the last valid numbers.',
  without: (money: string) => `Without strategies: ${money} a month.`,
  saves: (month: string, year: string) => `The strategies save ${month} a month (${year} a year).`,
  costsMore: (month: string, year: string) =>
    `The strategies cost ${month} a month more than none (${year} a year): here they do not pay.`,
  breakEven: 'The strategies neither save nor cost anything here.',
  workingTitle: 'Working',
  tableCaption: 'Bill lines: each slice of the month\u2019s volume at its price',
  th: { item: 'Line', from: 'From', to: 'To', gb: 'Volume', price: 'Price per GB', cost: 'Cost' },
  items: {
    free: 'Free allowance',
    tier: (n: number) => `Tier ${n}`,
    flat: 'Flat rate',
    'cdn-delivery': 'CDN delivery',
    'cdn-fill': 'CDN fill from origin',
  },
  noLines: 'Nothing leaves the cloud this month: there are no bill lines.',
  chartTitle: 'Monthly cost against monthly volume',
  legendWithout: 'Without strategies',
  legendWith: 'With strategies',
  legendPoint: 'This scenario',
  legendBoundary: 'Where the price per GB changes',
  chartTableSummary: 'Chart data as a table',
  chartTh: { gb: 'Monthly volume', without: 'Cost without strategies', with: 'Cost with strategies' },
  copy: 'Copy link to this scenario',
  copied: 'Link copied. Anyone who opens it sees this scenario.',
  copyFailed: 'Your browser did not allow copying. Select the address below and copy it:',
  linkLabel: 'Link to this scenario',
  urlNotice: (names: string) =>
    `Some settings in the link could not be read (${names}), so the example\u2019s values are used for them.`,
  urlNoticeAll: 'The settings in the link did not make a valid scenario together, so the example is shown instead.',
  dismiss: 'Dismiss',
  compressionZero: 'Enter more than 0: the compressed size is a share of the original, and 100 means no compression.',
  tooMuch: 'more than can be written down',
  overCapacity: (volume: string, max: string) =>
    `That makes ${volume} a month; this price list covers at most ${max} a month.`,
  pricingOverCapacity: (volume: string, max: string) =>
    `This price list covers at most ${max} a month, and the traffic is ${volume}: lower the volume to use it.`,
} as const;

/** Labels of the number fields (the visible label of both the slider and the text box). */
export const FIELD_LABELS: Readonly<Record<NumberFieldId, string>> = {
  volume: 'Volume per month',
  requestsPerDay: 'Requests per day',
  kbPerRequest: 'KB sent per request',
  daysPerMonth: 'Days in the month',
  gbPerCopy: 'GB per copy',
  copiesPerMonth: 'Copies per month',
  flatPrice: 'Price per GB (£)',
  compressionPct: 'Compressed size (% of original)',
  cachePct: 'Answered by caches on the users\u2019 side (%)',
  cdnPct: 'Delivered by the CDN (% of the rest)',
  cdnPrice: 'CDN price per GB',
};

/** Scenario kinds as the picker shows them. */
export const KIND_LABELS: Readonly<Record<ScenarioKind, string>> = {
  'bulk-export': 'Bulk export',
  requests: 'Many small requests',
  'scheduled-copies': 'Scheduled copies (backups)',
  streaming: 'Streaming to users',
};

/** Short names of the price lists for the picker (the presets' long labels show beneath). */
export const PRICING_LABELS: Readonly<Record<PricingId, string>> = {
  flat: 'Flat rate (£)',
  'aws-internet': 'AWS, tiered ($)',
  'azure-internet': 'Azure, tiered ($)',
  'gcp-premium-internet': 'Google Cloud, tiered ($)',
};

/** Preset buttons. */
export const PRESET_LABELS: Readonly<Record<PresetId, string>> = {
  'columnar-export': 'Columnar export, 10 TB',
  'key-value-requests': 'Key-value, 1,000,000 requests a day',
  'relational-backups': 'Daily 50 GB backups',
  'blob-streaming': 'Blob streaming, 5 TB',
  'aws-tiers': 'AWS tiers, 20 TB',
  'azure-tiers': 'Azure tiers, 20 TB',
  'gcp-tiers': 'Google Cloud tiers, 20 TB',
  'tib-not-tb': '10 TiB is not 10 TB',
  'compressed-export': 'Compressed export',
  'cdn-streaming': 'Streaming through a CDN',
  'combined-strategies': 'All three, in order',
  'cdn-free-allowance': 'CDN inside the free allowance',
  'cdn-cheap-tier': 'CDN above the cheapest tier',
};

/** Phrases used in the working, with the numbers already formatted by the domain. */
export const W = {
  unitToGB: (value: string, unit: string, gb: string) => `${value} ${unit} = ${gb}`,
  unitToBilled: (value: string, billed: string, label: string) =>
    `${value} = ${billed} in the unit this price list bills (${label})`,
  requestsDay: (requests: string, kb: string, gb: string) => `${requests} requests a day \u00d7 ${kb} KB = ${gb} a day`,
  requestsMonth: (gbDay: string, days: string, gb: string) => `${gbDay} a day \u00d7 ${days} days = ${gb} a month`,
  copies: (size: string, copies: string, gb: string) => `${size} \u00d7 ${copies} copies = ${gb} a month`,
  daily: (gb: string, price: string, cost: string) => `Per day: ${gb} \u00d7 ${price}/GB = ${cost}`,
  compression: (gb: string, pct: string, after: string) => `Compression: ${gb} \u00d7 ${pct} = ${after} to send`,
  cache: (gb: string, pct: string, cached: string, rest: string) =>
    `Users\u2019-side cache: ${gb} \u00d7 ${pct} = ${cached} answered before reaching the cloud (never sent, not egress); ${rest} left`,
  cdn: (gb: string, pct: string, cdn: string, egress: string) =>
    `CDN: ${gb} \u00d7 ${pct} = ${cdn} delivered by the CDN; ${egress} still leaves from the origin`,
  free: (gb: string, cost: string) => `${gb} free allowance = ${cost}`,
  line: (gb: string, price: string, cost: string, per = 'GB') => `${gb} \u00d7 ${price}/${per} = ${cost}`,
  originLine: (gb: string, price: string, cost: string, per = 'GB') => `Origin: ${gb} \u00d7 ${price}/${per} = ${cost}`,
  cdnLine: (gb: string, price: string, cost: string, per = 'GB') => `CDN: ${gb} \u00d7 ${price}/${per} = ${cost}`,
  sum: (parts: string, total: string) => `Monthly total: ${parts} = ${total}`,
  total: (total: string) => `Monthly total: ${total}`,
  yearly: (monthly: string, yearly: string) => `Yearly: 12 \u00d7 ${monthly} = ${yearly}`,
} as const;
