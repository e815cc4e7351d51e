import { bodyOfEntryText, parseEntryText, rewriteFrontMatter } from '../../codecs/entry-file.js';

/**
 * A three-way merge of one entry changed on two sides of a sync (issue 14): one clinician renamed it (a new title),
 * another marked an action done or wrote more in its body. Git's line merge stops at the `updated:` line both
 * changed, and cannot follow a rename with the other side's edit; this merges what an entry is made of instead.
 *
 * - Front matter, key by key: a key one side changed takes that side's value; `updated` takes the later time; a
 *   key both changed to different values is a conflict.
 * - The body, line by line (diff3): lines one side changed take that side's lines; lines both changed differently
 *   are a conflict.
 *
 * Pure: the texts in, the merged text or the conflicting parts out. Formatting and unknown keys are kept: the
 * result is one side's file with the other side's changes applied.
 */

export type EntryMerge = { ok: true; text: string } | { ok: false; conflicts: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The later of two timestamps written the same way (ISO 8601 sorts as text). */
const later = (a: unknown, b: unknown) => (String(a ?? '') >= String(b ?? '') ? a : b);

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The value a key ends with, or `conflict`. Maps merge key by key and lists of one length item by item, so two
 * people marking different actions of one entry done both keep their mark.
 */
function mergeValue(key: string, base: unknown, ours: unknown, theirs: unknown): { value: unknown } | 'conflict' {
  if (same(ours, theirs)) return { value: ours };
  if (same(ours, base)) return { value: theirs };
  if (same(theirs, base)) return { value: ours };
  if (key === 'updated' && ours !== undefined && theirs !== undefined) return { value: later(ours, theirs) };
  if (isMap(base) && isMap(ours) && isMap(theirs)) {
    const merged: Record<string, unknown> = {};
    for (const inner of new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)])) {
      const result = mergeValue(inner, base[inner], ours[inner], theirs[inner]);
      if (result === 'conflict') return 'conflict';
      if (result.value !== undefined) merged[inner] = result.value;
    }
    return { value: merged };
  }
  if (Array.isArray(base) && Array.isArray(ours) && Array.isArray(theirs) && base.length === ours.length && base.length === theirs.length) {
    const merged: unknown[] = [];
    for (let i = 0; i < base.length; i++) {
      const result = mergeValue('', base[i], ours[i], theirs[i]);
      if (result === 'conflict') return 'conflict';
      merged.push(result.value);
    }
    return { value: merged };
  }
  return 'conflict';
}

/** Bodies larger than this (lines on each side, multiplied) are not merged line by line: a conflict instead. */
const MAX_LCS_CELLS = 4_000_000;

/** For each line of `a`, the line of `b` it is matched with in a longest common subsequence (-1 for none). */
function matchLines(a: readonly string[], b: readonly string[]): Int32Array | undefined {
  if (a.length * b.length > MAX_LCS_CELLS) return undefined;
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? (table[(i + 1) * width + j + 1] as number) + 1 : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number);
    }
  }
  const match = new Int32Array(a.length).fill(-1);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      match[i++] = j++;
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) i++;
    else j++;
  }
  return match;
}

const joined = (lines: readonly string[]) => lines.join('');
const split = (text: string) => text.split(/(?<=\n)/).filter((line) => line !== '');

/** diff3 over lines: the merged text, or undefined when both sides changed the same lines differently. */
export function mergeLines(base: string, ours: string, theirs: string): string | undefined {
  if (ours === theirs || theirs === base) return ours;
  if (ours === base) return theirs;
  const b = split(base);
  const o = split(ours);
  const t = split(theirs);
  const toOurs = matchLines(b, o);
  const toTheirs = matchLines(b, t);
  if (!toOurs || !toTheirs) return undefined;
  let out = '';
  let ib = 0;
  let io = 0;
  let it = 0;
  while (ib < b.length || io < o.length || it < t.length) {
    // The next base line both sides kept, at or after where each side stands: the end of this chunk.
    let jb = ib;
    while (jb < b.length && ((toOurs[jb] as number) < io || (toTheirs[jb] as number) < it)) jb++;
    const jo = jb < b.length ? (toOurs[jb] as number) : o.length;
    const jt = jb < b.length ? (toTheirs[jb] as number) : t.length;
    if (jb === ib && jo === io && jt === it && jb < b.length) {
      out += b[ib];
      ib++;
      io++;
      it++;
      continue;
    }
    const chunk = { base: joined(b.slice(ib, jb)), ours: joined(o.slice(io, jo)), theirs: joined(t.slice(it, jt)) };
    if (chunk.ours === chunk.base) out += chunk.theirs;
    else if (chunk.theirs === chunk.base || chunk.theirs === chunk.ours) out += chunk.ours;
    else return undefined;
    ib = jb;
    io = jo;
    it = jt;
  }
  return out;
}

/** Merges three versions of one entry file (the common ancestor, ours, theirs). */
export function mergeEntryTexts(base: string, ours: string, theirs: string): EntryMerge {
  const [b, o, t] = [parseEntryText(base), parseEntryText(ours), parseEntryText(theirs)];
  if (!b.ok || !o.ok || !t.ok) return { ok: false, conflicts: ['the file does not parse on one side'] };
  const conflicts: string[] = [];
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(b.value.frontMatter), ...Object.keys(o.value.frontMatter), ...Object.keys(t.value.frontMatter)]);
  for (const key of keys) {
    const result = mergeValue(key, b.value.frontMatter[key], o.value.frontMatter[key], t.value.frontMatter[key]);
    if (result === 'conflict') conflicts.push(key);
    else merged[key] = result.value;
  }
  const body = mergeLines(b.value.body, o.value.body, t.value.body);
  if (body === undefined) conflicts.push('the body');
  if (conflicts.length > 0 || body === undefined) return { ok: false, conflicts };
  // Start from the side whose body is the result, so its bytes (and the other side's key changes) carry over.
  const start = body === t.value.body ? { text: theirs, fm: t.value.frontMatter } : { text: ours, fm: o.value.frontMatter };
  const changes: Record<string, unknown> = {};
  for (const key of keys) if (!same(merged[key], start.fm[key])) changes[key] = merged[key];
  const rewritten = Object.keys(changes).length > 0 ? rewriteFrontMatter(start.text, changes) : start.text;
  const startBody = bodyOfEntryText(rewritten) ?? '';
  return { ok: true, text: rewritten.slice(0, rewritten.length - startBody.length) + body };
}
