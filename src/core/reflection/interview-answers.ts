/**
 * The interview's answer kinds, one function each (text, date, hours, a choice, tags, a long section…). Each asks
 * one question through the Prompter and returns the answer; the caller records it in the draft.
 */

import { parseHours, parseParticipatory } from '../../codecs/hours.js';
import { MindlinesError } from '../../errors.js';
import type { Choice } from './prompter.js';
import type { InterviewContext } from './interview-context.js';
import type { Term } from '../entries/vocabulary.js';

const SKIP = '\u0000skip';
const OTHER = '\u0000other';

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Saves one answer (removing it when empty) and the draft with it. */
export async function record(ctx: Pick<InterviewContext, 'draft' | 'saveDraft'>, key: string, value: unknown): Promise<void> {
  if (isEmpty(value)) delete ctx.draft.answers[key];
  else ctx.draft.answers[key] = value;
  await ctx.saveDraft(ctx.draft);
}

/**
 * Shows the privacy warnings for an answer as soon as it is given, and offers to rewrite it there and then (the
 * later the warning, the likelier it is ignored). True when the person wants to rewrite.
 */
async function offerRewrite(ctx: Pick<InterviewContext, 'checkAnswer' | 'prompter' | 'words'>, text: string): Promise<boolean> {
  if (!ctx.checkAnswer || !text.trim()) return false;
  const warnings = ctx.checkAnswer(text);
  if (warnings.length === 0) return false;
  for (const warning of warnings) ctx.prompter.say(ctx.words.privacyWarning(warning));
  return ctx.prompter.confirm({ message: ctx.words.privacyRewrite, default: true });
}


const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : Array.isArray(value) ? value.join(', ') : undefined;

export const splitList = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A one-line text answer; required questions refuse an empty line. */
export async function askText(
  ctx: Pick<InterviewContext, 'prompter' | 'words' | 'checkAnswer'>,
  q: { message: string; hint?: string | undefined; required: boolean; current?: unknown },
): Promise<string> {
  const answer = await ctx.prompter.text({
    message: q.message,
    ...(q.hint ? { hint: q.hint } : {}),
    ...(asString(q.current) ? { default: asString(q.current) } : {}),
    validate: (value) => (q.required && !value.trim() ? ctx.words.required : undefined),
  });
  if (await offerRewrite(ctx, answer)) return askText(ctx, { ...q, current: answer });
  return answer.trim();
}

/** A date: ISO or natural language, stored resolved so that resuming tomorrow does not move "yesterday". */
export async function askDate(
  ctx: Pick<InterviewContext, 'prompter' | 'words' | 'parseDate'>,
  q: { message: string; hint?: string | undefined; required: boolean; current?: unknown },
): Promise<string | undefined> {
  const answer = await ctx.prompter.text({
    message: q.message,
    ...(q.hint ? { hint: q.hint } : {}),
    ...(typeof q.current === 'string' ? { default: q.current } : {}),
    validate: async (value) => {
      if (!value.trim()) return q.required ? ctx.words.required : undefined;
      return (await ctx.parseDate(value)) ? undefined : ctx.words.notADate(value);
    },
  });
  if (!answer.trim()) return undefined;
  const iso = await ctx.parseDate(answer);
  if (iso && iso !== answer.trim()) ctx.prompter.say(ctx.words.dateResolved(iso));
  return iso;
}

/**
 * Hours, read by the one hours codec (`1.5`, `1,5`, `1h30`, `90 min`) and stored as a number. With `max` (the hours
 * already given) the question is participatory hours: never more than `max`, and `all` (or `true`) means all of them.
 */
export async function askHours(
  ctx: Pick<InterviewContext, 'prompter' | 'words'>,
  q: { message: string; hint?: string | undefined; required: boolean; current?: unknown; max?: number | undefined },
): Promise<number | undefined> {
  const read = (value: string) => (q.max === undefined ? parseHours(value.trim()) : parseParticipatory(value.trim(), q.max));
  const answer = await ctx.prompter.text({
    message: q.message,
    ...(q.hint ? { hint: q.hint } : {}),
    ...(q.current !== undefined ? { default: String(q.current) } : {}),
    validate: (value) => {
      if (!value.trim()) return q.required ? ctx.words.required : undefined;
      const parsed = read(value);
      if (!parsed.ok) return ctx.words.notHours;
      if (q.max !== undefined && parsed.hours > q.max) return ctx.words.participatoryTooMany(q.max);
      return undefined;
    },
  });
  if (!answer.trim()) return undefined;
  const parsed = read(answer);
  if (!parsed.ok) return undefined;
  // Said back when typed another way (`1h30` is 1.5 hours: issue 17), so the number recorded is never a surprise.
  if (String(parsed.hours) !== answer.trim()) ctx.prompter.say(ctx.words.hoursResolved(parsed.hours));
  return parsed.hours;
}

export function termChoices(terms: readonly Term[]): Choice<string>[] {
  return terms.map((t) => ({ value: t.value, name: t.label, description: t.explain }));
}

/** One of a list: mindlines' own vocabulary (loop, level, visibility) or the template's choices. */
export async function askChoice(
  ctx: Pick<InterviewContext, 'prompter' | 'words'>,
  q: { message: string; hint?: string | undefined; required: boolean; current?: unknown; choices: Choice<string>[]; fallback?: string | undefined },
): Promise<string | undefined> {
  const choices = q.required ? q.choices : [...q.choices, { value: SKIP, name: ctx.words.skip }];
  const current = typeof q.current === 'string' ? q.current : q.fallback;
  const answer = await ctx.prompter.select({
    message: q.message,
    ...(q.hint ? { hint: q.hint } : {}),
    choices,
    ...(current !== undefined && choices.some((c) => c.value === current) ? { default: current } : {}),
  });
  return answer === SKIP ? undefined : answer;
}

/** Some of a list (learned with, the NMC Code's themes). */
export async function askMulti(
  ctx: Pick<InterviewContext, 'prompter'>,
  q: { message: string; hint?: string | undefined; current?: unknown; choices: Choice<string>[] },
): Promise<string[]> {
  const current = Array.isArray(q.current) ? q.current.map(String) : [];
  return ctx.prompter.checkbox({
    message: q.message,
    ...(q.hint ? { hint: q.hint } : {}),
    choices: q.choices.map((c) => ({ ...c, checked: current.includes(c.value) })),
  });
}

/** The CPD activity type: the profile's list when there is one, else free text. */
export async function askActivity(
  ctx: Pick<InterviewContext, 'prompter' | 'words' | 'activityTypes' | 'checkAnswer'>,
  q: { message: string; hint?: string | undefined; required: boolean; current?: unknown; choices?: string[] | undefined },
): Promise<string | undefined> {
  const types = q.choices ? q.choices.map((c) => ({ id: c, name: c })) : ctx.activityTypes;
  if (!types || types.length === 0) return (await askText(ctx, q)) || undefined;
  const current = typeof q.current === 'string' ? q.current : undefined;
  const known = current === undefined || types.some((t) => t.id === current);
  const choices: Choice<string>[] = types.map((t) => ({ value: t.id, name: t.name }));
  if (!q.choices) choices.push({ value: OTHER, name: ctx.words.otherActivity });
  const answer = await askChoice(ctx, { ...q, current: known ? current : OTHER, choices });
  if (answer !== OTHER) return answer;
  return (await askText(ctx, { message: ctx.words.otherActivityPrompt, required: true, current: known ? undefined : current })) || undefined;
}

/** Tags, with the ones already used in the journal shown, and typed tags matched to their existing spelling. */
export async function askTags(
  ctx: Pick<InterviewContext, 'prompter' | 'words' | 'knownTags' | 'checkAnswer'>,
  q: { message: string; hint?: string | undefined; required: boolean; current?: unknown },
): Promise<string[]> {
  const used = ctx.knownTags.slice(0, 12);
  const hint = [q.hint, used.length > 0 ? ctx.words.tagsUsed(used) : undefined].filter(Boolean).join('\n');
  const text = await askText(ctx, { ...q, hint });
  const byLower = new Map(ctx.knownTags.map((t) => [t.toLowerCase(), t]));
  return [...new Set(splitList(text).map((t) => byLower.get(t.toLowerCase()) ?? t))];
}

/**
 * A body section's text. Short answers are typed on the line; an `editor` section opens $VISUAL/$EDITOR on an
 * empty line, and any section does when the answer is `/e`.
 */
export async function askLongText(
  ctx: Pick<InterviewContext, 'prompter' | 'words' | 'checkAnswer'>,
  q: { message: string; hint?: string | undefined; required: boolean; current?: unknown; editor: boolean },
): Promise<string> {
  const current = asString(q.current);
  const multiline = current !== undefined && current.includes('\n');
  for (;;) {
    const hint = [q.hint, q.editor ? ctx.words.sectionHintEditor(q.required) : ctx.words.sectionHintText(q.required)].filter(Boolean).join('\n');
    let typed: string;
    if (multiline) {
      typed = '/e';
    } else {
      typed = await ctx.prompter.text({
        message: q.message,
        hint,
        ...(current ? { default: current } : {}),
        validate: (value) => (q.required && !value.trim() && !q.editor && !current ? ctx.words.required : undefined),
      });
    }
    const trimmed = typed.trim();
    if (trimmed === '-' && !q.required && q.editor) return '';
    // `/e` alone, or at the end of what was typed ("I felt anxious /e"): carry on in the editor with the text so far.
    const suffix = /(^|\s)\/e$/.test(trimmed);
    const wantsEditor = suffix || (q.editor && trimmed === '' && !current);
    if (!wantsEditor) {
      if (await offerRewrite(ctx, typed)) return askLongText(ctx, { ...q, current: typed });
      return typed.trim() === '' ? '' : typed.trim();
    }
    const sofar = suffix && trimmed !== '/e' ? trimmed.replace(/\s*\/e$/, '') : (current ?? '');
    let written: string;
    try {
      written = await ctx.prompter.editor({ message: q.message, default: sofar, extension: '.md' });
    } catch (error) {
      if (error instanceof MindlinesError) {
        ctx.prompter.say(ctx.words.editorFailed(error.message));
        if (multiline) return current ?? '';
        continue;
      }
      throw error;
    }
    const text = written.replace(/\s+$/, '');
    if (q.required && !text.trim()) {
      ctx.prompter.say(ctx.words.editorEmptyRequired);
      if (multiline) return current ?? '';
      continue;
    }
    // What came back from the editor, so the person sees it was captured (issue 17).
    ctx.prompter.say(ctx.words.editorCaptured(text));
    if (await offerRewrite(ctx, text)) return askLongText(ctx, { ...q, current: text });
    return text;
  }
}
