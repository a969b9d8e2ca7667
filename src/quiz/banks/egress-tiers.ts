import {
  AWS_INTERNET_EGRESS,
  egressCost,
  formatBilledGB,
  formatGB,
  formatMoney,
  formatPrice,
  GCP_PREMIUM_INTERNET_EGRESS,
  toBilledUnits,
  yearlyCost,
} from '../../domain/egress';
import type { QuizBank } from '../types';
import { describeBill, describeSchedule, n, PENNY, unitOf } from './egress-shared';

const usd = (amount: number) => formatMoney(amount, 'USD');

/** Quiz of the lesson "Tiered prices: how real providers bill egress". */
export const bank: QuizBank = {
  id: 'egress-tiers',
  title: 'Check your understanding',
  questions: [
    {
      id: 'tiers-true',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'tiers-true',
        prompt: 'Which statements about a tiered egress price list are true?',
        choices: [
          { id: 'depends', label: 'The price of a GB depends on how many GB have already left that month' },
          { id: 'average', label: 'The average price per GB falls as the monthly volume grows' },
          { id: 'restart', label: 'The count restarts at zero each month' },
          {
            id: 'all-lowest',
            label: 'Once a month passes a tier boundary, every GB of that month is billed at the lower price',
          },
          {
            id: 'gib',
            label:
              'A volume measured in decimal GB (10^9 bytes) can be multiplied by a price per GiB without converting it',
          },
        ],
        answer: ['depends', 'average', 'restart'],
        explanation:
          'Tiers are cumulative: only the GB beyond a boundary get the lower price, so the average falls slowly while the earlier GB keep their price. The count restarts every month. A price per GiB (Google Cloud) or per AWS "GB" counts 2^30 bytes, so a volume in decimal GB must be converted first: 1 decimal GB = 0.931 GiB.',
      }),
    },
    {
      id: 'aws-monthly',
      parameterised: true,
      build(rng) {
        const gb = rng.pick([5, 12, 20, 30, 45, 60, 80, 200]) * 1_000;
        const bill = egressCost(gb, AWS_INTERNET_EGRESS);
        const answerText = usd(bill.total);
        return {
          kind: 'numeric',
          id: 'aws-monthly',
          prompt: `The illustrative AWS price list, per ${unitOf(AWS_INTERNET_EGRESS)}, charges ${describeSchedule(AWS_INTERNET_EGRESS)} each month. The month's usage report shows ${formatGB(gb)} of internet egress, counted in the same unit. What does that month cost, to the cent?`,
          answer: bill.total,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `${describeBill(bill, AWS_INTERNET_EGRESS)}. So ${formatGB(gb)} costs ${answerText} for the month.`,
        };
      },
    },
    {
      id: 'gcp-yearly',
      parameterised: true,
      build(rng) {
        const gib = rng.pick([500, 2_000, 8_000, 15_000, 40_000]);
        const bill = egressCost(gib, GCP_PREMIUM_INTERNET_EGRESS);
        const yearly = yearlyCost(bill);
        const answerText = usd(yearly);
        const volume = formatBilledGB(gib, GCP_PREMIUM_INTERNET_EGRESS.billedUnit);
        return {
          kind: 'numeric',
          id: 'gcp-yearly',
          prompt: `The illustrative Google Cloud premium-tier list, per ${unitOf(GCP_PREMIUM_INTERNET_EGRESS)}, charges ${describeSchedule(GCP_PREMIUM_INTERNET_EGRESS)}, counted afresh each month. A service sends ${volume} to the internet every month. What is the yearly egress bill?`,
          answer: yearly,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `A month: ${describeBill(bill, GCP_PREMIUM_INTERNET_EGRESS)}. A year: 12 × ${usd(bill.total)} = ${answerText}. (Tiers restart every month, so the yearly bill is twelve monthly bills, not 12 × ${volume} priced at once.)`,
        };
      },
    },
    {
      id: 'next-gb',
      parameterised: true,
      build(rng) {
        const gb = rng.pick([50, 5_000, 30_000, 100_000, 200_000]);
        // The price of the next GB is the price on the last line of the bill for one GB more.
        const lines = egressCost(gb + 1, AWS_INTERNET_EGRESS).lines;
        const price = lines[lines.length - 1]?.pricePerGB ?? 0;
        const prices = [0, ...AWS_INTERNET_EGRESS.tiers.map((t) => t.pricePerGB)];
        const label = (p: number) =>
          p === 0 ? 'Nothing: it is inside the free allowance' : `${formatPrice(p, 'USD')} per GB`;
        return {
          kind: 'single',
          id: 'next-gb',
          prompt: `On the illustrative AWS list (${describeSchedule(AWS_INTERNET_EGRESS)}), ${formatGB(gb)} (counted as AWS bills them, per ${unitOf(AWS_INTERNET_EGRESS)}) have already left the cloud this month. What does the next GB cost?`,
          choices: prices.map((p) => ({ id: String(p), label: label(p) })),
          answer: String(price),
          explanation: `Tier bounds count after the ${formatGB(AWS_INTERNET_EGRESS.freeGB)} free allowance, and only the GB beyond a bound get its lower price. After ${formatGB(gb)}, ${price === 0 ? 'the month is still inside the free allowance, so the next GB costs nothing' : `the next GB is billed at ${formatPrice(price, 'USD')} per GB`}.`,
        };
      },
    },
    {
      id: 'gib-to-gb',
      parameterised: true,
      build(rng) {
        const decimal = rng.pick([100, 250, 500, 750, 1_000]);
        const billed = toBilledUnits(decimal, 'GB', AWS_INTERNET_EGRESS.billedUnit);
        const answerText = formatGB(billed);
        return {
          kind: 'numeric',
          id: 'gib-to-gb',
          prompt: `A monitoring tool counts in decimal units and reports that ${n(decimal)} GB (${n(decimal)} × 10^9 bytes) left for the internet last month. AWS bills data transfer per GB of 2^30 = 1,073,741,824 bytes. How many GB appear on the AWS bill? Give 3 decimal places.`,
          answer: billed,
          answerText,
          units: ['GB'],
          tolerance: { abs: 0.001 },
          explanation: `${n(decimal)} × 10^9 bytes ÷ 1,073,741,824 bytes per billed GB = ${answerText}: about 7% fewer than the tool shows, because each GB on the bill is 2^30 bytes.`,
        };
      },
    },
  ],
};
