import type { EntryHead } from '../entries/entry.js';
import { shortId } from '../entries/short-id.js';
import type { Choice, Prompter } from './prompter.js';

/**
 * Linking a new reflection to the earlier ones it builds on (constructivism: new knowledge is built on what we
 * already believe). `new` and `reflect` offer it after the questions; the choice is kept in the draft under
 * `builds_on`, so an interrupted interview resumes with its links.
 */

/** The words the picker says (from ui/messages.ts, injected so core holds no user strings of its own). */
export interface LinkWords {
  offer: string;
  offerMore: (count: number) => string;
  search: string;
  searchHint: string;
  done: string;
  linked: (title: string) => string;
  another: string;
}

/** An earlier entry that can be linked. */
export interface LinkCandidate {
  id: string;
  title: string;
  date: string;
  tags: readonly string[];
}

export function linkCandidates(entries: readonly EntryHead[]): LinkCandidate[] {
  return [...entries]
    .sort((a, b) => b.meta.date.localeCompare(a.meta.date) || (b.meta.created ?? '').localeCompare(a.meta.created ?? '') || b.meta.id.localeCompare(a.meta.id))
    .map((e) => ({ id: e.meta.id, title: e.meta.title, date: e.meta.date, tags: e.meta.tags }));
}

/** The value of the choice that ends the picking. */
export const NO_MORE_LINKS = '';

const MAX_SHOWN = 30;

/**
 * The choices for what has been typed: entries whose title, tags, date or short id hold every typed word, newest
 * first, then "no more links".
 */
export function linkChoices(candidates: readonly LinkCandidate[], term: string | undefined, exclude: readonly string[], done: string): Choice<string>[] {
  const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matches = candidates.filter((c) => {
    if (exclude.includes(c.id)) return false;
    const haystack = `${c.title} ${c.tags.join(' ')} ${c.date} ${shortId(c.id)}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  return [
    ...matches.slice(0, MAX_SHOWN).map((c) => ({ value: c.id, name: `${c.date}  ${c.title}`, description: `${shortId(c.id)}${c.tags.length > 0 ? ` · ${c.tags.join(', ')}` : ''}` })),
    { value: NO_MORE_LINKS, name: done },
  ];
}

/**
 * Offers to link earlier entries and returns the ids linked (those given first, then the ones chosen). With a
 * prompter that cannot search as you type, the same choices come as a plain list.
 */
export async function pickLinks(
  ctx: { prompter: Prompter; words: LinkWords },
  candidates: readonly LinkCandidate[],
  current: readonly string[] = [],
): Promise<string[]> {
  const { prompter, words } = ctx;
  const linked = [...current];
  if (candidates.every((c) => linked.includes(c.id))) return linked;
  const wanted = await prompter.confirm({ message: linked.length > 0 ? words.offerMore(linked.length) : words.offer, default: false });
  if (!wanted) return linked;
  for (;;) {
    const question = { message: words.search, hint: words.searchHint };
    const id = prompter.search
      ? await prompter.search({ ...question, source: (term) => linkChoices(candidates, term, linked, words.done) })
      : await prompter.select({ ...question, choices: linkChoices(candidates, undefined, linked, words.done) });
    if (id === NO_MORE_LINKS) break;
    linked.push(id);
    prompter.say(words.linked(candidates.find((c) => c.id === id)?.title ?? id));
    if (candidates.every((c) => linked.includes(c.id))) break;
    if (!(await prompter.confirm({ message: words.another, default: false }))) break;
  }
  return linked;
}
