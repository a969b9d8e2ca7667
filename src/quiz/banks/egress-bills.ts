import {
  egressCost,
  flatRate,
  formatGB,
  formatMoney,
  formatPrice,
  requestTrafficGB,
  scenarioGB,
  toGB,
  yearlyCost,
} from '../../domain/egress';
import type { QuizBank } from '../types';
import { n, PENNY, unitOf } from './egress-shared';

const PRICES = [0.05, 0.07, 0.08, 0.09, 0.12];
const gbp = (amount: number) => formatMoney(amount, 'GBP');
const perGB = (price: number) => `${formatPrice(price, 'GBP')}/GB`;
/** A flat price as a prompt states it, with the unit it is per: '£0.07 per GB (10^9 bytes)'. */
const perDecimalGB = (price: number) => `${formatPrice(price, 'GBP')} per ${unitOf(flatRate(price, 'GBP'))}`;

const DIRECTIONS = [
  { text: 'Customers download product images from your cloud object storage.', answer: 'egress' },
  {
    text: "A nightly job uploads 2 TB of sales data from the shop's own servers into cloud storage.",
    answer: 'ingress',
  },
  { text: 'A partner pulls a 500 GB export from your cloud data warehouse over the internet.', answer: 'egress' },
  { text: 'Thousands of sensors send readings into a cloud message queue.', answer: 'ingress' },
  { text: "A daily backup is copied from a cloud database to the company's own data centre.", answer: 'egress' },
  { text: 'A new customer moves 40 TB of archives from tapes into the cloud.', answer: 'ingress' },
] as const;

/** Quiz of the lesson "What leaves the cloud: egress and ingress". */
export const bank: QuizBank = {
  id: 'egress-bills',
  title: 'Check your understanding',
  questions: [
    {
      id: 'direction',
      parameterised: true,
      build(rng) {
        const d = rng.pick(DIRECTIONS);
        return {
          kind: 'single',
          id: 'direction',
          prompt: `${d.text} Is this data egress or ingress for your cloud account?`,
          choices: [
            { id: 'egress', label: 'Egress: data leaving the cloud, billed per GB' },
            { id: 'ingress', label: 'Ingress: data arriving in the cloud, usually free' },
          ],
          answer: d.answer,
          explanation:
            d.answer === 'egress'
              ? 'The data leaves the provider network for somewhere outside it, so it is egress and appears on the bill per GB.'
              : 'The data moves into the provider network, so it is ingress; providers usually do not charge for it (storing it costs, moving it in does not).',
        };
      },
    },
    {
      id: 'monthly-export',
      parameterised: true,
      build(rng) {
        const tb = rng.pick([2, 4, 6, 8, 12, 15, 25]);
        const price = rng.pick(PRICES);
        const gb = toGB(tb, 'TB');
        const cost = egressCost(gb, flatRate(price, 'GBP'));
        const answerText = gbp(cost.total);
        return {
          kind: 'numeric',
          id: 'monthly-export',
          prompt: `A company exports ${n(tb)} TB of warehouse data a month to a partner. Egress costs a flat ${perDecimalGB(price)} (decimal units: 1 TB = 1,000 GB). What is the monthly egress bill, to the penny?`,
          answer: cost.total,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `${n(tb)} TB = ${formatGB(gb)}; ${formatGB(gb)} × ${perGB(price)} = ${answerText} a month.`,
        };
      },
    },
    {
      id: 'yearly-backups',
      parameterised: true,
      build(rng) {
        const size = rng.pick([20, 40, 50, 75, 120]);
        const price = rng.pick(PRICES);
        const gb = scenarioGB({ kind: 'scheduled-copies', gbPerCopy: size, copiesPerMonth: 30 });
        const monthly = egressCost(gb, flatRate(price, 'GBP'));
        const yearly = yearlyCost(monthly);
        const answerText = gbp(yearly);
        return {
          kind: 'numeric',
          id: 'yearly-backups',
          prompt: `Every day a business copies a full ${n(size)} GB database backup to its own data centre (30 days a month). Egress costs ${perDecimalGB(price)}. What do these backups cost in egress over a year of 12 such months?`,
          answer: yearly,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `${n(size)} GB × 30 = ${formatGB(gb)} a month; × ${perGB(price)} = ${gbp(monthly.total)} a month; 12 × ${gbp(monthly.total)} = ${answerText} a year.`,
        };
      },
    },
    {
      id: 'request-volume',
      parameterised: true,
      build(rng) {
        const requests = rng.pick([200_000, 500_000, 1_000_000, 2_500_000, 4_000_000]);
        const kb = rng.pick([0.5, 1, 2, 4, 8]);
        const gb = requestTrafficGB(requests, kb, 30);
        const daily = requestTrafficGB(requests, kb, 1);
        const answerText = formatGB(gb);
        return {
          kind: 'numeric',
          id: 'request-volume',
          prompt: `An API backed by a key-value store answers ${n(requests)} requests a day, each sending ${n(kb)} KB out of the cloud. How many GB leave the cloud in a 30-day month? (Decimal units: 1 GB = 1,000,000 KB.)`,
          answer: gb,
          answerText,
          units: ['GB'],
          tolerance: { abs: 0.001 },
          explanation: `${n(requests)} × ${n(kb)} KB = ${formatGB(daily)} a day; × 30 days = ${answerText} a month.`,
        };
      },
    },
    {
      id: 'request-cost',
      parameterised: true,
      build(rng) {
        const requests = rng.pick([1_000_000, 3_000_000, 5_000_000, 20_000_000]);
        const kb = rng.pick([1, 2, 5, 10]);
        const price = rng.pick(PRICES);
        const gb = requestTrafficGB(requests, kb, 30);
        const cost = egressCost(gb, flatRate(price, 'GBP'));
        const answerText = gbp(cost.total);
        return {
          kind: 'numeric',
          id: 'request-cost',
          prompt: `An application makes ${n(requests)} requests a day, each returning ${n(kb)} KB to users outside the cloud, for 30 days. At ${perDecimalGB(price)}, what is the monthly egress bill?`,
          answer: cost.total,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `${n(requests)} × ${n(kb)} KB × 30 = ${formatGB(gb)}; × ${perGB(price)} = ${answerText}.`,
        };
      },
    },
    {
      id: 'store-pattern',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'store-pattern',
        prompt:
          'Which kind of store typically runs up egress through a very large number of tiny responses rather than a few big transfers?',
        choices: [
          { id: 'columnar', label: 'A columnar warehouse exporting result sets' },
          { id: 'key-value', label: 'A key-value store answering application requests' },
          { id: 'relational', label: 'A relational database sending nightly backups off-site' },
          { id: 'blob', label: 'Blob storage streaming video' },
        ],
        answer: 'key-value',
        explanation:
          'Key-value stores answer many small reads: each response is a few KB, but millions a day add up to GB a month.',
      }),
    },
  ],
};
