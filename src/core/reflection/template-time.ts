import type { Template } from '../../codecs/template.js';

/** The id `--short` stands for: six questions, about five minutes (issue 17). */
export const SHORT_TEMPLATE = 'reflect-short';

/**
 * How long a template takes (issue 17: the chooser says so, so a tired clinician can pick the short path). Measured
 * on the interview's own questions: a choice or a date is a few seconds, a section to write in is a minute or two.
 */
const MINUTES = {
  field: { text: 0.25, date: 0.2, number: 0.2, list: 0.3, choice: 0.2, multi: 0.3, confirm: 0.1, belief: 2, action: 1 },
  section: { text: 1, editor: 2, list: 0.5, choice: 0.2, belief: 2, action: 1 },
} as const;

/** The questions the interview asks, leaving out those another answer usually covers (`unless:`). */
export function questionCount(template: Template): number {
  return template.ask.filter((key) => {
    const question = template.fields.find((f) => f.key === key) ?? template.sections.find((s) => s.key === key);
    return question && !question.unless;
  }).length;
}

/** About how many minutes the interview takes: whole minutes up to ten, then fives. */
export function estimateMinutes(template: Template): number {
  let total = 0;
  for (const key of template.ask) {
    const field = template.fields.find((f) => f.key === key);
    const section = template.sections.find((s) => s.key === key);
    if (field && !field.unless) total += MINUTES.field[field.kind];
    if (section && !section.unless) total += MINUTES.section[section.kind];
  }
  const minutes = Math.max(1, Math.round(total));
  return minutes <= 10 ? minutes : Math.round(minutes / 5) * 5;
}
