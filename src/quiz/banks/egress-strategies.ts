import {
  applyStrategies,
  AWS_INTERNET_EGRESS,
  cacheStrategies,
  costWithStrategies,
  flatRate,
  formatGB,
  formatMoney,
  formatPrice,
  NOTES_RATE,
  toGB,
  yearlyCost,
} from '../../domain/egress';
import { domainValue } from '../../content-values';
import type { QuizBank } from '../types';
import { n, PENNY, unitOf } from './egress-shared';

const gbp = (amount: number) => formatMoney(amount, 'GBP');
/** The notes' flat price as the lessons show it ('£0.07'), asked of the domain, never typed. */
const NOTES_PRICE = domainValue('egress.notesRate');
const AWS_FREE = formatGB(AWS_INTERNET_EGRESS.freeGB);
const usd = (amount: number) => formatMoney(amount, 'USD');

const FITS = [
  { text: 'The same product photos are downloaded by customers all over the world.', answer: 'cdn' },
  { text: 'Large CSV exports go to a partner once a month.', answer: 'compression' },
  {
    text: 'Staff at head office open the same large sales report from cloud storage dozens of times a day.',
    answer: 'cache',
  },
  {
    text: 'A 2 TB file must reach an office on another continent as fast and reliably as possible; cost comes second.',
    answer: 'acceleration',
  },
] as const;

/** The caching strategy that cuts egress: the cache sits where the consumers are. */
const CACHE_LABEL = 'A cache on the users\u2019 side (browser cache, office caching proxy)';

/** Where a team puts its cache; only the users' side takes bytes off the egress. */
const PLACEMENTS = [
  {
    placement: 'in-region',
    text: (tb: string, pct: string) =>
      `A web API in a cloud region sends ${tb} TB a month to users on the internet. The team adds a cache next to it, in the same region, that answers ${pct} of the requests without touching the database.`,
    why: 'The cache saves database work and time, not egress: every answer it gives still travels from the region to users outside the cloud.',
  },
  {
    placement: 'consumer-side',
    text: (tb: string, pct: string) =>
      `A company's offices download ${tb} TB a month of reports from cloud storage. It installs a caching proxy in each office, which answers ${pct} of the downloads from its own copy.`,
    why: 'The proxy answers those downloads before the request reaches the cloud, so their bytes are never sent.',
  },
] as const;

/** Quiz of the lesson "Cutting the egress bill". */
export const bank: QuizBank = {
  id: 'egress-strategies',
  title: 'Check your understanding',
  questions: [
    {
      id: 'fit',
      parameterised: true,
      build(rng) {
        const fit = rng.pick(FITS);
        return {
          kind: 'single',
          id: 'fit',
          prompt: `${fit.text} Which strategy fits best?`,
          choices: [
            { id: 'compression', label: 'Compression' },
            // The id stays 'cache' (saved answers use it); the strategy is a cache on the users' side.
            { id: 'cache', label: CACHE_LABEL },
            { id: 'cdn', label: 'A content delivery network (CDN)' },
            { id: 'acceleration', label: 'A transfer acceleration service' },
          ],
          answer: fit.answer,
          explanation: {
            cdn: 'Popular content requested from many places is what a CDN is for: edge servers near the users deliver it, billed at the CDN rate.',
            compression:
              'Text such as CSV compresses well, often to a fraction of its size, and every GB not sent is a GB not billed.',
            cache:
              'A caching proxy in the office (or the browsers\u2019 own cache) answers the repeated downloads before they reach the cloud, so those bytes are never sent. A cache inside the cloud region would not help: its answers to the office would still leave the region as egress.',
            acceleration:
              'Acceleration routes the transfer over the provider backbone for speed and reliability; it costs extra per GB rather than saving money.',
          }[fit.answer],
        };
      },
    },
    {
      id: 'cache-placement',
      parameterised: true,
      build(rng) {
        const setup = rng.pick(PLACEMENTS);
        const tb = rng.pick([2, 5, 8, 20]);
        const pct = rng.pick([40, 50, 60, 75]);
        const gb = toGB(tb, 'TB');
        const v = applyStrategies(gb, cacheStrategies(setup.placement, pct / 100));
        const answerText = formatGB(v.egressGB);
        return {
          kind: 'numeric',
          id: 'cache-placement',
          prompt: `${setup.text(n(tb), `${n(pct)}%`)} How many GB a month still leave the cloud as egress?`,
          answer: v.egressGB,
          answerText,
          units: ['GB'],
          tolerance: { abs: 0.5 },
          explanation: `${setup.why} ${formatGB(gb)} were sent before; ${formatGB(v.cachedGB)} are now answered without leaving the cloud, so ${answerText} still leave as egress.`,
        };
      },
    },
    {
      id: 'what-shrinks',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'what-shrinks',
        prompt:
          'Which strategies reduce the number of bytes sent at all, rather than changing who bills them or adding a fee?',
        choices: [
          { id: 'compression', label: 'Compression' },
          { id: 'cache', label: CACHE_LABEL },
          { id: 'cdn', label: 'A CDN' },
          { id: 'acceleration', label: 'Transfer acceleration' },
        ],
        answer: ['compression', 'cache'],
        explanation:
          'Compression shrinks every byte sent, and a hit in a cache on the users\u2019 side is a request that never reaches the cloud. A CDN still delivers the bytes, at its own price per GB; acceleration adds a fee on top of egress.',
      }),
    },
    {
      id: 'compressed-bill',
      parameterised: true,
      build(rng) {
        const tb = rng.pick([4, 10, 16, 25]);
        const pct = rng.pick([25, 30, 40, 50, 60]);
        const gb = toGB(tb, 'TB');
        const bill = costWithStrategies(gb, NOTES_RATE, { compressionRatio: pct / 100 });
        const answerText = gbp(bill.total);
        return {
          kind: 'numeric',
          id: 'compressed-bill',
          prompt: `A warehouse exports ${n(tb)} TB a month at the course's flat ${NOTES_PRICE} per ${unitOf(NOTES_RATE)}. Compressing the exports shrinks them to ${pct}% of their size. What is the monthly egress bill after compression?`,
          answer: bill.total,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `${formatGB(gb)} × ${pct}% = ${formatGB(bill.volumes.egressGB)}; × ${NOTES_PRICE}/GB = ${answerText} (instead of ${gbp(bill.withoutStrategies)}).`,
        };
      },
    },
    {
      id: 'compression-saving',
      parameterised: true,
      build(rng) {
        const tb = rng.pick([2, 5, 10, 20]);
        const pct = rng.pick([20, 35, 50, 75]);
        const gb = toGB(tb, 'TB');
        const bill = costWithStrategies(gb, NOTES_RATE, { compressionRatio: pct / 100 });
        const yearly = yearlyCost(bill.saving);
        const answerText = gbp(yearly);
        return {
          kind: 'numeric',
          id: 'compression-saving',
          prompt: `Nightly exports add up to ${n(tb)} TB a month at ${NOTES_PRICE} per ${unitOf(NOTES_RATE)}. Compression shrinks them to ${pct}% of their size. How much does compression save in a year?`,
          answer: yearly,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `Without compression: ${gbp(bill.withoutStrategies)} a month; with it: ${gbp(bill.total)}. The saving is ${gbp(bill.saving)} a month, so ${answerText} a year.`,
        };
      },
    },
    {
      id: 'cdn-bill',
      parameterised: true,
      build(rng) {
        const tb = rng.pick([2, 5, 8, 12]);
        const share = rng.pick([50, 60, 75, 80, 90]);
        const cdnPrice = rng.pick([0.02, 0.03, 0.04, 0.05]);
        const gb = toGB(tb, 'TB');
        const bill = costWithStrategies(gb, NOTES_RATE, {
          cdnOffload: share / 100,
          cdnSchedule: flatRate(cdnPrice, 'GBP'),
        });
        const answerText = gbp(bill.total);
        return {
          kind: 'numeric',
          id: 'cdn-bill',
          prompt: `A media company streams ${n(tb)} TB a month from blob storage at ${NOTES_PRICE} per ${unitOf(NOTES_RATE)}. A CDN at ${formatPrice(cdnPrice, 'GBP')} per GB of the same size takes over ${share}% of the traffic; the rest still leaves from the origin. What is the new monthly total (origin egress plus CDN)? Origin-to-CDN fill is free.`,
          answer: bill.total,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `CDN: ${formatGB(bill.volumes.cdnGB)} × ${formatPrice(cdnPrice, 'GBP')} = ${gbp(bill.cdn.total)}. Origin: ${formatGB(bill.volumes.egressGB)} × ${NOTES_PRICE} = ${gbp(bill.egress.total)}. Total ${answerText}, against ${gbp(bill.withoutStrategies)} without the CDN.`,
        };
      },
    },
    {
      id: 'cdn-free-allowance',
      parameterised: true,
      build(rng) {
        const gb = rng.pick([40, 60, 80, 95]);
        const cdnPrice = rng.pick([0.06, 0.085, 0.1]);
        const bill = costWithStrategies(gb, AWS_INTERNET_EGRESS, {
          cdnOffload: 1,
          cdnSchedule: flatRate(cdnPrice, 'USD'),
        });
        const extra = -bill.saving;
        const answerText = usd(extra);
        return {
          kind: 'numeric',
          id: 'cdn-free-allowance',
          prompt: `A small site sends ${n(gb)} GB a month to the internet, counted in AWS's ${unitOf(AWS_INTERNET_EGRESS)}, on the illustrative AWS list, whose first ${AWS_FREE} each month are free. Someone proposes serving all of it through a CDN at ${formatPrice(cdnPrice, 'USD')}/GB. How much more per month would the site pay with the CDN than without?`,
          answer: extra,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `Without the CDN the ${n(gb)} GB fit in the free allowance: ${usd(bill.withoutStrategies)}. With it, the CDN bills ${n(gb)} GB × ${formatPrice(cdnPrice, 'USD')} = ${usd(bill.total)}. The CDN costs ${answerText} more a month.`,
        };
      },
    },
    {
      id: 'cdn-loses',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'cdn-loses',
        prompt: 'When can moving traffic to a CDN cost more than it saves?',
        choices: [
          { id: 'free', label: 'When the traffic it takes over was inside the origin\u2019s free allowance' },
          {
            id: 'marginal',
            label:
              'When the CDN\u2019s price is above the origin\u2019s price for the month\u2019s last (cheapest-tier) GB',
          },
          { id: 'compressed', label: 'Whenever the content was compressed first' },
          { id: 'half', label: 'Whenever the CDN serves more than half the traffic' },
        ],
        answer: ['free', 'marginal'],
        explanation:
          'Taking GB away from the origin saves only what those GB cost there: nothing inside the free allowance, and only the lowest tier\u2019s price at the top of a large month. If the CDN charges more than that, the bill goes up.',
      }),
    },
  ],
};
