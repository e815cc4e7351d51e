import type { Entry } from '../entries/entry.js';
import { filledSections, type Section } from '../reflection/section-roles.js';

export const BLOG_SITES = ['jekyll', 'hugo', 'plain'] as const;
export type BlogSite = (typeof BLOG_SITES)[number];

export interface BlogPart {
  /** The entry title, when the draft is built from several entries; '' for one. */
  from: string;
  text: string;
}

/**
 * A blog draft: what is worth sharing from one or more reflections, and nothing that only matters to the author.
 * Hours, participatory hours, how firmly a belief was held, action due dates, the author, the id and the visibility
 * never appear; neither does the "what happened" account of the case, which is where identifying details live.
 */
export interface BlogDraft {
  title: string;
  /** The latest entry's date. */
  date: string;
  summary: string;
  learned: BlogPart[];
  changed: BlogPart[];
  /** Beliefs as they moved: before and (if it changed) after. No strength, no outcome label. */
  beliefs: { before: string; after?: string }[];
  references: string[];
  tags: string[];
}

export interface BlogOptions {
  title?: string | undefined;
  /** The title of a draft made from several entries when none is given (wording belongs to the exporters). */
  defaultTitle?: (titles: string[]) => string;
}

const SUMMARY_MAX = 240;

/** The first sentences of a text, up to about 240 characters, as one line of plain text. */
export function summarise(markdown: string): string {
  const plain = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/^\s*>+\s?/gm, '')
    .replace(/[*_`#]+/g, '')
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= SUMMARY_MAX) return plain;
  const sentences = plain.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).length > SUMMARY_MAX) break;
    out += sentence;
  }
  if (out.trim()) return out.trim();
  const cut = plain.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX / 2)).trim()}…`;
}

const LEARNED_ROLES = new Set(['learning', 'challenge', 'prior']);
const CHANGED_ROLES = new Set(['change', 'next-steps', 'benefit']);

const joined = (sections: Section[]) => sections.map((s) => s.text).join('\n\n');

/** Builds a blog draft from entries (oldest first), keeping only what shares the learning. */
export function buildBlogDraft(entries: readonly Entry[], options: BlogOptions = {}): BlogDraft {
  const ordered = [...entries].sort((a, b) => a.meta.date.localeCompare(b.meta.date) || a.meta.title.localeCompare(b.meta.title));
  const many = ordered.length > 1;
  const learned: BlogPart[] = [];
  const changed: BlogPart[] = [];
  const beliefs: BlogDraft['beliefs'] = [];
  const references: string[] = [];
  const tags: string[] = [];
  for (const entry of ordered) {
    const sections = filledSections(entry.body);
    const from = many ? entry.meta.title : '';
    const learning = joined(sections.filter((s) => LEARNED_ROLES.has(s.role ?? '')));
    if (learning) learned.push({ from, text: learning });
    const actions = entry.meta.actions.map((a) => `- ${a.text}`).join('\n');
    const change = [joined(sections.filter((s) => CHANGED_ROLES.has(s.role ?? ''))), actions].filter(Boolean).join('\n\n');
    if (change) changed.push({ from, text: change });
    for (const belief of entry.meta.beliefs) {
      const moved = belief.after && belief.after.trim() !== belief.belief.trim() ? belief.after : undefined;
      beliefs.push(moved ? { before: belief.belief, after: moved } : { before: belief.belief });
    }
    for (const resource of entry.meta.resources) if (!references.includes(resource)) references.push(resource);
    for (const tag of entry.meta.tags) if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  const first = ordered[0];
  const titles = ordered.map((e) => e.meta.title);
  // The summary leads with the new understanding (the "learning" section), not the belief it replaced.
  const firstSections = first ? filledSections(first.body) : [];
  const summarySource =
    joined(firstSections.filter((s) => s.role === 'learning')) || learned[0]?.text || changed[0]?.text || titles.join('; ');
  return {
    title: options.title?.trim() || (many ? (options.defaultTitle?.(titles) ?? titles.join('; ')) : (first?.meta.title ?? '')),
    date: ordered.at(-1)?.meta.date ?? '',
    summary: summarise(summarySource),
    learned,
    changed,
    beliefs,
    references,
    tags,
  };
}
