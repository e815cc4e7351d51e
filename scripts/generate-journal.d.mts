/** Types for generate-journal.mjs, used by the tests. */
export interface GeneratedEntry {
  n: number;
  path: string;
  id: string;
  date: string;
  title: string;
  tags: string[];
  hours: number;
  activity: string;
  template: string;
  author: string;
  visibility: string;
  status: string;
  words: string[];
}

export interface GenerateOptions {
  seed?: number;
  end?: Date;
  years?: number;
  plant?: Record<string, number[]>;
  tailSize?: number;
}

export function prng(seed: number): () => number;
export function generateJournal(root: string, count: number, options?: GenerateOptions): GeneratedEntry[];
