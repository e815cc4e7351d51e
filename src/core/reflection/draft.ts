import type { Answers } from './reflection.js';

/**
 * An unfinished interview, saved after every answer so that Ctrl-C, a crash or a closed terminal loses at most the
 * answer being typed. Drafts are machine-local (`.mindlines/drafts/`, never committed).
 */
export interface Draft {
  /** A ULID: sortable by when the interview started. */
  id: string;
  /** `new` writes a new entry; `reflect` grows an existing (quick) entry into a full reflection. */
  kind: 'new' | 'reflect';
  template: string;
  /** ISO timestamps. */
  created: string;
  updated: string;
  /** The answers so far, keyed as in an `--answers` file; dates already resolved to YYYY-MM-DD. */
  answers: Answers;
  /** Keys whose question is finished (answered or skipped), so a resumed interview starts at the next one. */
  asked: string[];
  /** For `reflect`: the entry being grown, and the SHA-256 of its text when the interview started. */
  entry?: { id: string; path: string; hash?: string | undefined } | undefined;
}

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
