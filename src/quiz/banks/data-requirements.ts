import { DATA_EXAMPLES, classify, dailyVolumeGB, roundTo, type Structure } from '../../domain/data';
import type { QuizBank } from '../types';
import { formatDecimal } from '../../domain/shared/format';

const STRUCTURES: { id: Structure; label: string }[] = [
  { id: 'structured', label: 'Structured' },
  { id: 'semi-structured', label: 'Semi-structured' },
  { id: 'unstructured', label: 'Unstructured' },
];

/** Quiz of the lesson "Business requirements for cloud data". */
export const bank: QuizBank = {
  id: 'data-requirements',
  title: 'Check your understanding',
  questions: [
    {
      id: 'classify-structure',
      parameterised: true,
      build(rng) {
        const example = classify(rng.pick(DATA_EXAMPLES).id);
        return {
          kind: 'single',
          id: 'classify-structure',
          prompt: `A data catalogue lists: "${example.label}". How is it structured?`,
          choices: STRUCTURES,
          answer: example.structure,
          explanation: example.why,
        };
      },
    },
    {
      id: 'daily-volume',
      parameterised: true,
      build(rng) {
        const profile = {
          sources: rng.pick([2_000, 5_000, 12_000, 40_000]),
          recordsPerSecond: rng.int(1, 5),
          bytesPerRecord: rng.pick([250, 400, 800, 1_200]),
        };
        const gb = roundTo(dailyVolumeGB(profile), 2);
        return {
          kind: 'numeric',
          id: 'daily-volume',
          prompt: `${formatDecimal(profile.sources, 3)} sensors each send ${profile.recordsPerSecond} reading(s) per second of ${formatDecimal(profile.bytesPerRecord, 3)} bytes. How many GB (decimal, 1 GB = 1,000,000,000 bytes) arrive per day? Round to 2 decimal places.`,
          answer: gb,
          answerText: `${formatDecimal(gb, 2)} GB`,
          units: ['GB'],
          tolerance: { abs: 0.01 },
          explanation: `${formatDecimal(profile.sources, 3)} x ${profile.recordsPerSecond} x ${formatDecimal(profile.bytesPerRecord, 3)} B x 86,400 s = ${formatDecimal(gb, 2)} GB a day. Volume follows from velocity times record size.`,
        };
      },
    },
    {
      id: 'three-vs',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'three-vs',
        prompt: 'Which three characteristics of data shape a scalable cloud data design?',
        choices: [
          { id: 'volume', label: 'Volume: how much data there is' },
          { id: 'velocity', label: 'Velocity: how fast it arrives and changes' },
          { id: 'variety', label: 'Variety: how many shapes and formats it comes in' },
          { id: 'vendor', label: 'Vendor: which cloud provider stores it' },
          { id: 'visibility', label: 'Visibility: whether the data is shown in a dashboard' },
        ],
        answer: ['volume', 'velocity', 'variety'],
        explanation:
          'Volume, velocity and variety ("the three Vs") drive storage size, ingestion throughput and the mix of stores you need. The vendor is a choice you make after, not a property of the data.',
      }),
    },
    {
      id: 'semi-structured-name',
      parameterised: false,
      build: () => ({
        kind: 'text',
        id: 'semi-structured-name',
        prompt: 'JSON documents have self-describing keys but no fixed schema. What is this kind of data called?',
        accept: ['semi-structured', 'semi structured', 'semistructured', 'semi-structured data'],
        answerText: 'Semi-structured',
        explanation:
          'Semi-structured data carries its own field names (JSON, XML, YAML) but fields can vary from record to record.',
      }),
    },
    {
      id: 'sensitivity-first',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'sensitivity-first',
        prompt: 'Why should an organisation classify the sensitivity of each data asset before moving it to the cloud?',
        choices: [
          { id: 'controls', label: 'It decides the storage, access controls and compliance rules each asset needs' },
          { id: 'speed', label: 'Sensitive data transfers faster once it is labelled' },
          { id: 'price', label: 'Cloud providers charge less for confidential data' },
        ],
        answer: 'controls',
        explanation:
          'Sensitivity drives where data may live, who may read it and which regulations apply (for example personal data under UK GDPR).',
      }),
    },
  ],
};
