/** Structured answers asked as a loop of items: the beliefs examined and the actions that close the loop. */
import type { InterviewContext } from './interview-context.js';
import { askDate, askText, isEmpty, record, termChoices } from './interview-answers.js';
import { BELIEF_OUTCOMES, FIRMNESS } from '../entries/vocabulary.js';

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
        const current = item.after ?? fallback;
        item.after = await askText(ctx, { message: w.beliefAfter, hint: w.beliefAfterHint(typeof current === 'string' && current !== ''), required: false, current });
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
