import {
  AWS_INTERNET_EGRESS,
  egressCost,
  formatGB,
  formatMoney,
  formatPrice,
  GCP_PREMIUM_INTERNET_EGRESS,
  toGB,
  yearlyCost,
} from '../../domain/egress';
import type { QuizBank } from '../types';
import { describeBill, describeSchedule, n, PENNY } from './egress-shared';

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
          { id: 'gib', label: 'A volume in GiB can be multiplied by a price per GB without converting it' },
        ],
        answer: ['depends', 'average', 'restart'],
        explanation:
          'Tiers are cumulative: only the GB beyond a boundary get the lower price, so the average falls slowly while the earlier GB keep their price. The count restarts every month. GiB must be converted to GB first (1 GiB = 1.073741824 GB).',
      }),
    },
    {
      id: 'aws-monthly',
      parameterised: true,
      build(rng) {
        const tb = rng.pick([5, 12, 20, 30, 45, 60, 80, 200]);
        const gb = toGB(tb, 'TB');
        const bill = egressCost(gb, AWS_INTERNET_EGRESS);
        const answerText = usd(bill.total);
        return {
          kind: 'numeric',
          id: 'aws-monthly',
          prompt: `The illustrative AWS price list charges ${describeSchedule(AWS_INTERNET_EGRESS)} each month. What does ${n(tb)} TB (${formatGB(gb)}) of internet egress in one month cost, to the cent?`,
          answer: bill.total,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `${describeBill(bill)}. So ${n(tb)} TB costs ${answerText} for the month.`,
        };
      },
    },
    {
      id: 'gcp-yearly',
      parameterised: true,
      build(rng) {
        const tb = rng.pick([0.5, 2, 8, 15, 40]);
        const gb = toGB(tb, 'TB');
        const bill = egressCost(gb, GCP_PREMIUM_INTERNET_EGRESS);
        const yearly = yearlyCost(bill);
        const answerText = usd(yearly);
        return {
          kind: 'numeric',
          id: 'gcp-yearly',
          prompt: `The illustrative Google Cloud premium-tier list charges ${describeSchedule(GCP_PREMIUM_INTERNET_EGRESS)}, counted afresh each month. A service sends ${n(tb)} TB (${formatGB(gb)}) to the internet every month. What is the yearly egress bill?`,
          answer: yearly,
          answerText,
          units: [],
          tolerance: PENNY,
          explanation: `A month: ${describeBill(bill)}. A year: 12 × ${usd(bill.total)} = ${answerText}. (Tiers restart every month, so the yearly bill is twelve monthly bills, not 12 × ${n(tb)} TB priced at once.)`,
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
          prompt: `On the illustrative AWS list (${describeSchedule(AWS_INTERNET_EGRESS)}), ${formatGB(gb)} have already left the cloud this month. What does the next GB cost?`,
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
        const gib = rng.pick([100, 250, 500, 750, 1_024]);
        const gb = toGB(gib, 'GiB');
        const answerText = formatGB(gb);
        return {
          kind: 'numeric',
          id: 'gib-to-gb',
          prompt: `A monitoring tool reports that ${n(gib)} GiB left the cloud last month. How many GB is that in the decimal units bills use? Give 3 decimal places.`,
          answer: gb,
          answerText,
          units: ['GB'],
          tolerance: { abs: 0.001 },
          explanation: `1 GiB = 1,073,741,824 bytes = 1.073741824 GB, so ${n(gib)} GiB = ${answerText}: about 7% more than the number the tool shows.`,
        };
      },
    },
  ],
};
