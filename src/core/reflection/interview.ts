/**
 * The guided interview: the template's questions in order, the draft saved after every answer, then a review. Split
 * by concern: its context and words (interview-context.ts), one function per kind of answer (interview-answers.ts),
 * the belief and action loops (interview-items.ts), and here the order of questions and the review.
 */
import type { Template, TemplateField, TemplateSection } from '../../codecs/template.js';
import { MindlinesError } from '../../errors.js';
import type { Choice } from './prompter.js';
import type { BuiltEntry } from './reflection.js';
import { KEY_VOCABULARIES } from './reflection.js';
import { VISIBILITIES, matchTerm } from '../entries/vocabulary.js';
import type { InterviewContext, InterviewOutcome } from './interview-context.js';
import { askActivity, askChoice, askDate, askHours, askLongText, askMulti, askTags, askText, record, splitList, termChoices } from './interview-answers.js';
import { askActions, askBeliefs } from './interview-items.js';

// Everything the interview modules export stays importable from here, where the commands have always found it.
export type { ActivityType, InterviewContext, InterviewOutcome, InterviewWords } from './interview-context.js';
export { askActivity, askChoice, askDate, askHours, askLongText, askMulti, askTags, askText } from './interview-answers.js';
export { askActions, askBeliefs } from './interview-items.js';

type Item = Record<string, unknown>;

type Question = { type: 'field'; field: TemplateField } | { type: 'section'; section: TemplateSection };

function questionFor(template: Template, key: string): Question {
  const field = template.fields.find((f) => f.key === key);
  if (field) return { type: 'field', field };
  const section = template.sections.find((s) => s.key === key);
  if (section) return { type: 'section', section };
  throw new Error(`template ${template.id} has no question ${key}`);
}

async function markAsked(ctx: Pick<InterviewContext, 'draft' | 'saveDraft'>, key: string): Promise<void> {
  if (!ctx.draft.asked.includes(key)) ctx.draft.asked.push(key);
  await ctx.saveDraft(ctx.draft);
}

/** A list question's hint, saying that commas separate items unless the template's hint already does. */
function withListHint(hint: string | undefined, listHint: string): string {
  if (hint && /comma/i.test(hint)) return hint;
  return [hint, listHint].filter(Boolean).join('\n');
}

/** Asks one question of the template (with its current answer, if any, as the default) and records the answer. */
export async function askQuestion(ctx: InterviewContext, key: string, resuming = false): Promise<void> {
  const question = questionFor(ctx.template, key);
  const current = ctx.draft.answers[key];
  if (question.type === 'section') {
    const s = question.section;
    const base = { message: s.prompt, hint: s.hint, required: s.required, current };
    switch (s.kind) {
      case 'text':
      case 'editor':
        return record(ctx, key, await askLongText(ctx, { ...base, editor: s.kind === 'editor' }));
      case 'list':
        return record(ctx, key, splitList(await askText(ctx, { ...base, hint: withListHint(s.hint, ctx.words.listHint) })));
      case 'choice':
        return record(ctx, key, await askChoice(ctx, { ...base, choices: (s.choices ?? []).map((c) => ({ value: c, name: c })) }));
      case 'belief':
        return askBeliefs(ctx, { key, prompt: s.prompt, hint: s.hint }, resuming);
      case 'action':
        return askActions(ctx, { key, prompt: s.prompt, hint: s.hint }, resuming);
    }
  }
  const f = question.field;
  const currentOrDefault = current ?? f.default;
  const base = { message: f.prompt, hint: f.hint, required: f.required, current: currentOrDefault };
  const terms = KEY_VOCABULARIES[f.key];
  switch (f.kind) {
    case 'text':
      return record(ctx, key, await askText(ctx, base));
    case 'date':
      return record(ctx, key, await askDate(ctx, base));
    case 'number': {
      const hours = ctx.draft.answers.hours;
      // Participatory hours are part of the hours given: none given, none can be participatory.
      const max = f.key === 'participatory' ? (typeof hours === 'number' ? hours : 0) : undefined;
      return record(ctx, key, await askHours(ctx, { ...base, max }));
    }
    case 'list':
      if (f.key === 'tags') return record(ctx, key, await askTags(ctx, base));
      return record(ctx, key, splitList(await askText(ctx, { ...base, hint: withListHint(f.hint, ctx.words.listHint) })));
    case 'choice': {
      if (f.key === 'activity') return record(ctx, key, await askActivity(ctx, { ...base, choices: f.choices }));
      const choices = terms ? termChoices(terms) : (f.choices ?? []).map((c) => ({ value: c, name: c }));
      if (choices.length === 0) return record(ctx, key, (await askText(ctx, base)) || undefined);
      if (f.key === 'visibility') {
        const fallback = matchTerm(VISIBILITIES, ctx.defaultVisibility) ?? 'private';
        return record(ctx, key, await askChoice(ctx, { ...base, choices, required: true, fallback }));
      }
      return record(ctx, key, await askChoice(ctx, { ...base, choices }));
    }
    case 'multi': {
      const choices = terms ? termChoices(terms) : (f.choices ?? []).map((c) => ({ value: c, name: c }));
      if (choices.length === 0) return record(ctx, key, splitList(await askText(ctx, base)));
      return record(ctx, key, await askMulti(ctx, { ...base, choices }));
    }
    case 'confirm':
      return record(ctx, key, await ctx.prompter.confirm({ message: f.prompt, default: currentOrDefault === true }));
    case 'belief':
      return askBeliefs(ctx, { key, prompt: f.prompt, hint: f.hint }, resuming);
    case 'action':
      return askActions(ctx, { key, prompt: f.prompt, hint: f.hint }, resuming);
  }
}

/** A short rendering of an answer for the "which section?" list. */
function summary(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' && v !== null ? String((v as Item).belief ?? (v as Item).text ?? '') : String(v))).join(', ');
  }
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Whether a question is left out because another already covers it (`unless:` in the template): the constructivist
 * "what did you already believe?" once a belief has been recorded (issue 17: the belief is asked once).
 */
export function isCovered(template: Template, answers: Record<string, unknown>, key: string): boolean {
  const question = questionFor(template, key);
  const unless = question.type === 'field' ? question.field.unless : question.section.unless;
  if (!unless) return false;
  const answer = answers[unless];
  return answer !== undefined && answer !== null && answer !== '' && !(Array.isArray(answer) && answer.length === 0);
}

/** Asks every question not yet asked, in the template's order, saving the draft after each. */
export async function askRemaining(ctx: InterviewContext): Promise<void> {
  for (const key of ctx.template.ask) {
    if (ctx.draft.asked.includes(key)) continue;
    if (isCovered(ctx.template, ctx.draft.answers, key)) {
      await markAsked(ctx, key);
      continue;
    }
    const resumingItem = Array.isArray(ctx.draft.answers[key]);
    await askQuestion(ctx, key, resumingItem);
    await markAsked(ctx, key);
  }
}

/**
 * The end of the interview: a rendered preview, then save, edit a section, or discard. A problem that only shows
 * when the answers are put together (e.g. more participatory hours than hours) is said, and the person edits.
 */
export async function review(ctx: InterviewContext): Promise<InterviewOutcome> {
  const w = ctx.words;
  for (;;) {
    let built: BuiltEntry | undefined;
    try {
      built = ctx.build(ctx.draft.answers);
      ctx.prompter.say(`\n${w.reviewTitle}\n\n${await ctx.preview(built)}\n`);
    } catch (error) {
      if (!(error instanceof MindlinesError)) throw error;
      ctx.prompter.say(w.reviewProblem(error.message));
    }
    const choices: Choice<'save' | 'edit' | 'discard'>[] = [
      ...(built ? [{ value: 'save' as const, name: w.reviewSave }] : []),
      { value: 'edit', name: w.reviewEdit },
      { value: 'discard', name: w.reviewDiscard },
    ];
    const action = await ctx.prompter.select({ message: w.reviewChoose, choices, default: built ? 'save' : 'edit' });
    if (action === 'save' && built) return { action: 'save', built };
    if (action === 'discard') {
      if (await ctx.prompter.confirm({ message: w.discardConfirm, default: false })) return { action: 'discard' };
      continue;
    }
    const key = await ctx.prompter.select({
      message: w.reviewWhich,
      choices: ctx.template.ask.map((k) => {
        const q = questionFor(ctx.template, k);
        const label = q.type === 'section' ? q.section.heading : q.field.prompt;
        const answer = summary(ctx.draft.answers[k]);
        return { value: k, name: answer ? `${label}: ${answer}` : label };
      }),
    });
    await askQuestion(ctx, key);
  }
}

/** The whole interview: the questions still to ask, then the review. */
export async function runInterview(ctx: InterviewContext): Promise<InterviewOutcome> {
  await askRemaining(ctx);
  await ctx.afterQuestions?.(ctx.draft);
  return review(ctx);
}