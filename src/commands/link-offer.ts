import type { Template } from '../codecs/template.js';
import type { Context } from '../container.js';
import type { Draft } from '../core/reflection/draft.js';
import { linkCandidates, pickLinks } from '../core/reflection/link-picker.js';
import { LINKS_KEY } from '../core/reflection/reflection.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { messages } from '../ui/messages.js';

/**
 * The `builds_on` step of `new` and `reflect`: after the questions, offer to link earlier entries with a picker
 * that searches their titles. Asked once per draft (a resumed interview keeps its links); skipped for a template
 * that asks for `builds_on` itself, and when there is nothing earlier to link.
 */
export async function offerLinks(ctx: Context, template: Template, draft: Draft, prompter: Prompter, save: (draft: Draft) => Promise<void>): Promise<void> {
  if (draft.asked.includes(LINKS_KEY) || template.fields.some((f) => f.key === LINKS_KEY)) return;
  const { entries } = await ctx.journal.query();
  const own = draft.entry?.id ?? draft.id;
  const existing = entries.find((e) => e.meta.id === own)?.meta.builds_on ?? [];
  const current = Array.isArray(draft.answers[LINKS_KEY]) ? (draft.answers[LINKS_KEY] as string[]) : existing;
  const candidates = linkCandidates(entries.filter((e) => e.meta.id !== own));
  const linked = await pickLinks({ prompter, words: messages.links }, candidates, current);
  if (linked.length > 0) draft.answers[LINKS_KEY] = linked;
  else delete draft.answers[LINKS_KEY];
  draft.asked.push(LINKS_KEY);
  await save(draft);
}
