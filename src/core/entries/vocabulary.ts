/**
 * The controlled words entries use, with the one-line explanations the interview and help texts show.
 * Grounded in DESIGN.md "Theory the product encodes".
 */
export interface Term<T extends string = string> {
  value: T;
  label: string;
  explain: string;
  aliases?: readonly string[];
}

export const FIRMNESS = [
  { value: 'straw', label: 'straw', explain: 'a hunch; one case could blow it away' },
  { value: 'wood', label: 'wood', explain: 'held with some evidence, open to change' },
  { value: 'brick', label: 'brick', explain: 'well established for me; it would take good evidence to move' },
  { value: 'concrete', label: 'concrete', explain: 'something I was sure of and practised by' },
] as const satisfies readonly Term[];
export type Firmness = (typeof FIRMNESS)[number]['value'];

export const BELIEF_OUTCOMES = [
  { value: 'reinforced', label: 'reinforced', explain: 'this experience fitted what I believed (assimilated)' },
  { value: 'challenged', label: 'challenged', explain: 'it made me doubt the belief, but I have not changed it yet' },
  { value: 'changed', label: 'changed', explain: 'I now believe something different (accommodated)' },
  { value: 'not-sure', label: 'not sure', explain: 'too early to tell', aliases: ['not sure', 'unsure'] },
] as const satisfies readonly Term[];
export type BeliefOutcome = (typeof BELIEF_OUTCOMES)[number]['value'];

export const LOOPS = [
  { value: 'single', label: 'single loop', explain: 'fix the action: do the same thing better' },
  { value: 'double', label: 'double loop', explain: 'question the assumption behind what we do' },
  { value: 'triple', label: 'triple loop', explain: 'question how we learn and decide in the first place' },
] as const satisfies readonly Term[];
export type Loop = (typeof LOOPS)[number]['value'];

export const LEVELS = [
  { value: 'individual', label: 'individual', explain: 'my own practice changes' },
  { value: 'collective', label: 'collective', explain: 'the team or practice learns together', aliases: ['team'] },
  {
    value: 'organisational',
    label: 'organisational',
    explain: 'systems, policies or the organisation change',
    aliases: ['organizational', 'organisation'],
  },
] as const satisfies readonly Term[];
export type Level = (typeof LEVELS)[number]['value'];

export const VISIBILITIES = [
  { value: 'private', label: 'private', explain: 'only me; in a team journal it never leaves this computer' },
  { value: 'team', label: 'team', explain: 'shared with the team through the journal repository' },
  { value: 'public', label: 'public', explain: 'may be shared more widely, e.g. as an anonymised blog post' },
] as const satisfies readonly Term[];
export type Visibility = (typeof VISIBILITIES)[number]['value'];

export const STATUSES = [
  { value: 'draft', label: 'draft', explain: 'captured, to be reflected on later' },
  { value: 'complete', label: 'complete', explain: 'a finished reflection' },
  // issue 17: set aside with `mindlines archive`; left out of lists and totals unless asked for.
  { value: 'archived', label: 'archived', explain: 'kept, but left out of lists and totals' },
] as const satisfies readonly Term[];
export type Status = (typeof STATUSES)[number]['value'];

export const LEARNED_WITH = [
  { value: 'peers', label: 'peers', explain: 'colleagues at my level', aliases: ['peer', 'colleagues', 'colleague'] },
  { value: 'seniors', label: 'seniors', explain: 'supervisors, consultants, senior colleagues', aliases: ['senior'] },
  { value: 'team', label: 'the team', explain: 'the wider team I work in', aliases: ['the team'] },
  {
    value: 'patients-and-carers',
    label: 'patients and carers',
    explain: 'what patients or their carers taught me',
    aliases: ['patients and carers', 'patient', 'patients', 'carers', 'carer'],
  },
  {
    value: 'other-professionals',
    label: 'other professionals',
    explain: 'people from other professions',
    aliases: ['other professionals', 'other-professional', 'other professional'],
  },
] as const satisfies readonly Term[];
export type LearnedWith = (typeof LEARNED_WITH)[number]['value'];

/** Finds the canonical value for a word, accepting its label, aliases, case and spaces for hyphens. */
export function matchTerm<T extends string>(terms: readonly Term<T>[], input: string): T | undefined {
  const wanted = input.trim().toLowerCase();
  const dashed = wanted.replace(/\s+/g, '-');
  for (const term of terms) {
    if (term.value === wanted || term.value === dashed || term.label.toLowerCase() === wanted) return term.value;
    if (term.aliases?.some((alias) => alias.toLowerCase() === wanted || alias.toLowerCase() === dashed)) return term.value;
  }
  return undefined;
}
