/** How much shape a data set has, as the course notes classify it. */
export type Structure = 'structured' | 'semi-structured' | 'unstructured';
/** A simple four-level sensitivity scale, as many data-classification policies use. */
export type Sensitivity = 'public' | 'internal' | 'confidential' | 'restricted';

/** One data asset a catalogue might list, with its classification and the reason. */
export interface DataExample {
  id: string;
  label: string;
  structure: Structure;
  sensitivity: Sensitivity;
  why: string;
}

/** Example assets of the bank used across the course (and by the quiz). */
export const DATA_EXAMPLES: readonly DataExample[] = [
  {
    id: 'payroll-table',
    label: 'Payroll table in a relational database (employee id, grade, salary)',
    structure: 'structured',
    sensitivity: 'restricted',
    why: 'Fixed columns with types, and salaries are personal data that only payroll may see.',
  },
  {
    id: 'branch-list',
    label: 'List of branch addresses and opening hours (CSV)',
    structure: 'structured',
    sensitivity: 'public',
    why: 'Rows and columns, and the bank publishes it on its website.',
  },
  {
    id: 'hr-events-json',
    label: 'HR system events as JSON documents (each with optional fields)',
    structure: 'semi-structured',
    sensitivity: 'confidential',
    why: 'Self-describing keys but no fixed schema; they name employees.',
  },
  {
    id: 'app-logs',
    label: 'Application logs in JSON lines',
    structure: 'semi-structured',
    sensitivity: 'internal',
    why: 'Each line has keys, but fields vary by event; logs are for staff only.',
  },
  {
    id: 'email-xml',
    label: 'Payment messages in XML (ISO 20022)',
    structure: 'semi-structured',
    sensitivity: 'confidential',
    why: 'Tagged, nested, schema-optional documents carrying account details.',
  },
  {
    id: 'id-scans',
    label: 'Scanned passports from customer onboarding',
    structure: 'unstructured',
    sensitivity: 'restricted',
    why: 'Images with no fields a database can query, and identity documents.',
  },
  {
    id: 'training-videos',
    label: 'Staff training videos',
    structure: 'unstructured',
    sensitivity: 'internal',
    why: 'Media files; meant for employees, not the public.',
  },
  {
    id: 'marketing-images',
    label: 'Marketing images for the public website',
    structure: 'unstructured',
    sensitivity: 'public',
    why: 'Media files that are published anyway.',
  },
];

/** The catalogue entry for an id; a RangeError names an unknown id. */
export function classify(id: string): DataExample {
  const found = DATA_EXAMPLES.find((e) => e.id === id);
  if (!found) throw new RangeError(`id must be one of ${DATA_EXAMPLES.map((e) => e.id).join(', ')} (received "${id}")`);
  return found;
}
