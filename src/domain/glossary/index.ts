/** The course glossary: terms, definitions, and finding a term's first use in a lesson. */
export { GLOSSARY } from './terms';
export type { GlossaryTerm } from './terms';
export { createTermMatcher } from './matcher';
export type { Segment, TermMatcher } from './matcher';
export { glossaryIndex, termById } from './list';
export type { GlossaryLetter } from './list';
