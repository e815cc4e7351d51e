import type { ActivityType } from '../../codecs/profile.js';
import type { Template, TemplateField, TemplateSection } from '../../codecs/template.js';
import { MindlinesError } from '../../errors.js';
import type { Draft } from './draft.js';
import type { Choice, Prompter } from './prompter.js';
import { KEY_VOCABULARIES, type Answers, type BuiltEntry } from './reflection.js';
import { BELIEF_OUTCOMES, FIRMNESS, VISIBILITIES, matchTerm, type Term } from '../entries/vocabulary.js';

/** A CPD activity type, as the journal's regulator profile defines it (one type, read by the one profile parser). */
export type { ActivityType };

/** The words the interview says (from ui/messages.ts, injected so core holds no user strings of its own). */
export interface InterviewWords {
  required: string;
  notADate: (text: string) => string;
  notHours: string;
  participatoryTooMany: (hours: number) => string;
  dateResolved: (iso: string) => string;
  skip: string;
  otherActivity: string;
  otherActivityPrompt: string;
  sectionHintEditor: (required: boolean) => string;
  sectionHintText: (required: boolean) => string;
  editorEmptyRequired: string;
  editorFailed: (reason: string) => string;
  listHint: string;
  tagsUsed: (tags: string[]) => string;
  beliefPrompt: (prompt: string) => string;
  beliefHint: string;
  beliefFirmness: string;
  beliefOutcome: string;
  beliefAfter: string;
  beliefAfterHint: string;
  anotherBelief: string;
  actionPrompt: (prompt: string) => string;
  actionHint: string;
  actionDue: string;
  actionDueHint: string;
  anotherAction: string;
  reviewTitle: string;
  reviewChoose: string;
  reviewSave: string;
  reviewEdit: string;
  reviewDiscard: string;
  reviewWhich: string;
  reviewProblem: (message: string) => string;
  discardConfirm: string;
  privacyWarning: (warning: string) => string;
  privacyRewrite: string;
}

/** Everything the interview may use. Each step below takes only the parts it needs (create-astro style). */
export interface InterviewContext {
  prompter: Prompter;
  words: InterviewWords;
  template: Template;
  draft: Draft;
  /** Persists the draft (atomically) after every answer, stamping `updated`. */
  saveDraft: (draft: Draft) => Promise<void>;
  /** Natural dates ("yesterday", "last Tuesday") to YYYY-MM-DD, or undefined when it is not a date. */
  parseDate: (text: string) => Promise<string | undefined>;
  /** From the journal's profile; when absent, activity is free text. */
  activityTypes?: readonly Pick<ActivityType, 'id' | 'name'>[] | undefined;
  /** Tags already used in the journal, most used first. */
  knownTags: readonly string[];
  defaultVisibility: string;
  /**
   * A seam for the privacy guard: given an answer's text, the warnings to show at once (e.g. "looks like an NHS
   * number"). The interview shows them and carries on; the person decides whether to change the answer.
   */
  checkAnswer?: ((text: string) => string[]) | undefined;
  /** Builds the entry from the answers (the same `buildEntry` as `new --answers`); throws a MindlinesError. */
  build: (answers: Answers) => BuiltEntry;
  /** A rendered preview of the built entry. */
  preview: (built: BuiltEntry) => Promise<string>;
  /** Asked once after the template's questions, before the preview (issue 8: the `builds_on` picker). */
  afterQuestions?: ((draft: Draft) => Promise<void>) | undefined;
}

export type InterviewOutcome = { action: 'save'; built: BuiltEntry } | { action: 'discard' };

type Question = { type: 'field'; field: TemplateField } | { type: 'section'; section: TemplateSection };

const SKIP = '\u0000skip';
const OTHER = '\u0000other';

function questionFor(template: Template, key: string): Question {
  const field = template.fields.find((f) => f.key === key);
  if (field) return { type: 'field', field };
  const section = template.sections.find((s) => s.key === key);
  if (section) return { type: 'section', section };
  throw new Error(`template ${template.id} has no question ${key}`);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Saves one answer (removing it when empty) and the draft with it. */
async function record(ctx: Pick<InterviewContext, 'draft' | 'saveDraft'>, key: string, value: unknown): Promise<void> {
  if (isEmpty(value)) delete ctx.draft.answers[key];
  else ctx.draft.answers[key] = value;
  await ctx.saveDraft(ctx.draft);
}

async function markAsked(ctx: Pick<InterviewContext, 'draft' | 'saveDraft'>, key: string): Promise<void> {
  if (!ctx.draft.asked.includes(key)) ctx.draft.asked.push(key);
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

const splitList = (text: string): string[] =>
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

/** Hours: a number from 0 to 1000; `max` caps participatory hours at the hours given. */
export async function askHours(
  ctx: Pick<InterviewContext, 'prompter' | 'words'>,
  q: { message: string; hint?: string | undefined; required: boolean; current?: unknown; max?: number | undefined },
): Promise<number | undefined> {
  const answer = await ctx.prompter.text({
    message: q.message,
    ...(q.hint ? { hint: q.hint } : {}),
    ...(q.current !== undefined ? { default: String(q.current) } : {}),
    validate: (value) => {
      if (!value.trim()) return q.required ? ctx.words.required : undefined;
      const n = Number(value.trim());
      if (!Number.isFinite(n) || n < 0 || n > 1000) return ctx.words.notHours;
      if (q.max !== undefined && n > q.max) return ctx.words.participatoryTooMany(q.max);
      return undefined;
    },
  });
  if (!answer.trim()) return undefined;
  return Math.round(Number(answer.trim()) * 100) / 100;
}

function termChoices(terms: readonly Term[]): Choice<string>[] {
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
    const wantsEditor = trimmed === '/e' || (q.editor && trimmed === '' && !current);
    if (!wantsEditor) {
      if (await offerRewrite(ctx, typed)) return askLongText(ctx, { ...q, current: typed });
      return typed.trim() === '' ? '' : typed.trim();
    }
    let written: string;
    try {
      written = await ctx.prompter.editor({ message: q.message, default: current ?? '', extension: '.md' });
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
    if (await offerRewrite(ctx, text)) return askLongText(ctx, { ...q, current: text });
    return text;
  }
}

type Item = Record<string, unknown>;

/**
 * A loop of structured items (beliefs, actions): each item's answers are saved as soon as they are given, so
 * even a half-described belief survives Ctrl-C. On resume (`onlyMissing`) only the missing parts are asked.
 */
async function askItems(
  ctx: Pick<InterviewContext, 'prompter' | 'words' | 'draft' | 'saveDraft' | 'checkAnswer' | 'parseDate'>,
  key: string,
  askOne: (item: Item, save: () => Promise<void>, onlyMissing: boolean) => Promise<boolean>,
  another: string,
  onlyMissing: boolean,
): Promise<void> {
  const existing = Array.isArray(ctx.draft.answers[key]) ? (ctx.draft.answers[key] as Item[]) : [];
  const items: Item[] = existing.map((item) => ({ ...item }));
  const save = async () => record(ctx, key, items.filter((item) => !isEmpty(item.belief ?? item.text)));
  for (let i = 0; ; i++) {
    const item = items[i] ?? {};
    if (i >= items.length) items.push(item);
    const complete = await askOne(item, save, onlyMissing);
    if (!complete) {
      items.splice(i);
      await save();
      return;
    }
    await save();
    const more = await ctx.prompter.confirm({ message: another, default: i + 1 < items.length });
    if (!more) {
      items.splice(i + 1);
      await save();
      return;
    }
  }
}

/** The constructivist core: the belief before, how firmly it was held, what happened to it, the belief now. */
export async function askBeliefs(
  ctx: Pick<InterviewContext, 'prompter' | 'words' | 'draft' | 'saveDraft' | 'checkAnswer' | 'parseDate'>,
  q: { key: string; prompt: string; hint?: string | undefined },
  onlyMissing = false,
): Promise<void> {
  const w = ctx.words;
  await askItems(
    ctx,
    q.key,
    async (item, save, missingOnly) => {
      const skip = (k: string) => missingOnly && item[k] !== undefined;
      if (!skip('belief')) {
        item.belief = await askText(ctx, { message: w.beliefPrompt(q.prompt), hint: q.hint ?? w.beliefHint, required: false, current: item.belief });
        if (!item.belief) return false;
        await save();
      }
      if (!skip('before')) {
        item.before = await ctx.prompter.select({
          message: w.beliefFirmness,
          choices: termChoices(FIRMNESS),
          ...(typeof item.before === 'string' ? { default: item.before } : {}),
        });
        await save();
      }
      if (!skip('outcome')) {
        item.outcome = await ctx.prompter.select({
          message: w.beliefOutcome,
          choices: termChoices(BELIEF_OUTCOMES),
          ...(typeof item.outcome === 'string' ? { default: item.outcome } : {}),
        });
        await save();
      }
      if (!skip('after')) {
        const fallback = item.outcome === 'reinforced' ? item.belief : undefined;
        item.after = await askText(ctx, { message: w.beliefAfter, hint: w.beliefAfterHint, required: false, current: item.after ?? fallback });
        await save();
      }
      return true;
    },
    w.anotherBelief,
    onlyMissing,
  );
}

/** Closing the loop: what I will do, and by when (a natural date). */
export async function askActions(
  ctx: Pick<InterviewContext, 'prompter' | 'words' | 'draft' | 'saveDraft' | 'checkAnswer' | 'parseDate'>,
  q: { key: string; prompt: string; hint?: string | undefined },
  onlyMissing = false,
): Promise<void> {
  const w = ctx.words;
  await askItems(
    ctx,
    q.key,
    async (item, save, missingOnly) => {
      const skip = (k: string) => missingOnly && item[k] !== undefined;
      if (!skip('text')) {
        item.text = await askText(ctx, { message: w.actionPrompt(q.prompt), hint: q.hint ?? w.actionHint, required: false, current: item.text });
        if (!item.text) return false;
        await save();
      }
      if (!skip('due')) {
        item.due = (await askDate(ctx, { message: w.actionDue, hint: w.actionDueHint, required: false, current: item.due })) ?? '';
        await save();
      }
      return true;
    },
    w.anotherAction,
    onlyMissing,
  );
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
      const max = f.key === 'participatory' && typeof hours === 'number' ? hours : undefined;
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

/** Asks every question not yet asked, in the template's order, saving the draft after each. */
export async function askRemaining(ctx: InterviewContext): Promise<void> {
  for (const key of ctx.template.ask) {
    if (ctx.draft.asked.includes(key)) continue;
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
