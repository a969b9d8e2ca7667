/** The glossary in page order: alphabetical, grouped by first letter, for the A-Z jump list. */
import type { GlossaryTerm } from './terms';

/** The terms under one letter of the jump list (`terms` is empty for a letter with none). */
export interface GlossaryLetter {
  letter: string;
  terms: GlossaryTerm[];
}

const sortKey = (t: GlossaryTerm) => t.term.toLocaleLowerCase('en-GB');

/** A to Z, each letter with its terms sorted alphabetically (case-insensitive). */
export function glossaryIndex(terms: readonly GlossaryTerm[]): GlossaryLetter[] {
  const sorted = [...terms].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en-GB'));
  return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => ({
    letter,
    terms: sorted.filter((t) => t.term.charAt(0).toUpperCase() === letter),
  }));
}

/** The term with this id, or undefined. */
export function termById(terms: readonly GlossaryTerm[], id: string): GlossaryTerm | undefined {
  return terms.find((t) => t.id === id);
}
