import { readFileSync } from 'node:fs';
import { createFileExclusive } from '../atomic-file.js';
import { PostingsBuilder } from './postings-builder.js';
import { forEachPosting, segmentFile, segmentLines } from './segment-format.js';
import { newSideFileId } from './side-files.js';

/** A segment as index.json names it. */
export interface SegmentRef {
  id: string;
  /** How many documents it was written with. */
  docs: number;
  /** Its length in bytes: a truncated side file is noticed before it is used. */
  bytes: number;
}

/** Merge the small segments when there are more than this many. */
const MAX_SEGMENTS = 8;

/** Merges segments into one, keeping only the postings of live documents. */
function mergeSegments(dir: string, ids: string[], live: ReadonlySet<number>, id: string): { text: Buffer; docs: number } {
  const builder = new PostingsBuilder();
  const docs = new Set<number>();
  for (const segment of ids) {
    for (const line of segmentLines(readFileSync(segmentFile(dir, segment), 'utf8'), segment)) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const term = line.slice(0, tab);
      forEachPosting(line.slice(tab + 1), (doc, tf) => {
        if (!live.has(doc)) return;
        builder.add(term, doc, tf);
        docs.add(doc);
      });
    }
  }
  return { text: builder.encode(id), docs: docs.size };
}

/**
 * Keeps the number of segments small: changed files get new document numbers in a new small segment (old numbers
 * simply stop being live), so the small ones are merged when there are too many, and everything is merged into one
 * when the small ones (or the dead documents) grow to a quarter of the whole.
 */
export async function compactSegments(dir: string, segments: SegmentRef[], live: ReadonlySet<number>): Promise<SegmentRef[]> {
  if (segments.length <= 1) return segments;
  const total = segments.reduce((sum, s) => sum + s.docs, 0);
  const [base, ...rest] = segments as [SegmentRef, ...SegmentRef[]];
  const restDocs = rest.reduce((sum, s) => sum + s.docs, 0);
  const dead = total - live.size;
  let merge: SegmentRef[] | undefined;
  if (restDocs > base.docs / 4 || dead > total / 4) merge = segments;
  else if (segments.length > MAX_SEGMENTS) merge = rest;
  if (!merge) return segments;
  const id = newSideFileId();
  const merged = mergeSegments(
    dir,
    merge.map((s) => s.id),
    live,
    id,
  );
  await createFileExclusive(segmentFile(dir, id), merged.text);
  const ref = { id, docs: merged.docs, bytes: merged.text.length };
  return merge === segments ? [ref] : [base, ref];
}
