import type { Draft } from '../../codecs/draft-file.js';

/** An unfinished interview; its file format (and so the type) is the draft codec's. */
export type { Draft };

/** Where drafts live. */
export interface DraftStore {
  list(): Promise<{ drafts: Draft[]; problems: { file: string; message: string }[] }>;
  /** Throws EntryNotFoundError for an unknown id (or unique start of one). */
  get(ref: string): Promise<Draft>;
  /** Written atomically: a crash leaves the previous version or this one. */
  save(draft: Draft): Promise<void>;
  discard(id: string): Promise<void>;
}

/** A draft's name in lists: its title, else the first words of its first answer. */
export function draftTitle(draft: Draft): string {
  const title = draft.answers.title;
  if (typeof title === 'string' && title.trim()) return title.trim();
  for (const value of Object.values(draft.answers)) {
    if (typeof value === 'string' && value.trim()) {
      const all = value.trim().split(/\s+/);
      const words = all.slice(0, 8).join(' ');
      if (words.length > 60) return `${words.slice(0, 59)}…`;
      return all.length > 8 ? `${words}…` : words;
    }
  }
  return '(untitled)';
}

/** How far an interview got: answered questions out of the template's. */
export function draftProgress(draft: Draft, questionCount: number): string {
  return `${Math.min(draft.asked.length, questionCount)}/${questionCount}`;
}
