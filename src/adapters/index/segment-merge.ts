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
  /** The document numbers it holds, as [from, to) ranges (a build numbers documents in order). */
  ranges: [number, number][];
}

/**
 * The most documents one segment is built or merged with: a cold build of 50,000 entries writes five segments
 * instead of holding every posting at once (memory stays flat whatever the size of the journal).
 */
export const SEGMENT_DOCS = 10_000;
/** A segment this small comes from an update; they are merged when there are more than MAX_SMALL of them. */
const SMALL = SEGMENT_DOCS / 4;
const MAX_SMALL = 4;

/** Adds the document ranges of `from` to `into`, joining neighbours. */
export function joinRanges(into: [number, number][], from: readonly [number, number][]): [number, number][] {
  const all = [...into, ...from].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of all) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** How many live documents a segment still holds. */
function liveIn(segment: SegmentRef, live: ReadonlySet<number>): number {
  let count = 0;
  for (const doc of live) if (segment.ranges.some(([from, to]) => doc >= from && doc < to)) count++;
  return count;
}

/** Merges segments into one, keeping only the postings of live documents. */
function mergeSegments(dir: string, group: readonly SegmentRef[], live: ReadonlySet<number>, id: string): { text: Buffer; docs: number } {
  const builder = new PostingsBuilder();
  const docs = new Set<number>();
  for (const segment of group) {
    for (const line of segmentLines(readFileSync(segmentFile(dir, segment.id), 'utf8'), segment.id)) {
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
 * Keeps the segments few and their dead documents few: changed files get new document numbers in a new small
 * segment (old numbers simply stop being live). A segment with more than a quarter of its documents dead is
 * rewritten, small segments are merged once there are more than MAX_SMALL, a segment with nothing live is dropped;
 * a merge takes at most SEGMENT_DOCS live documents, so memory stays bounded.
 */
export async function compactSegments(dir: string, segments: SegmentRef[], live: ReadonlySet<number>): Promise<SegmentRef[]> {
  const counted = segments.map((segment) => ({ segment, live: liveIn(segment, live) })).filter((s) => s.live > 0);
  const small = counted.filter((s) => s.segment.docs < SMALL);
  const merge = counted.filter((s) => s.segment.docs - s.live > s.segment.docs / 4 || (small.length > MAX_SMALL && s.segment.docs < SMALL));
  if (merge.length === 0) return counted.map((s) => s.segment);
  const kept = counted.filter((s) => !merge.includes(s)).map((s) => s.segment);
  // Groups of at most SEGMENT_DOCS live documents, each merged into one new segment.
  const groups: SegmentRef[][] = [];
  let size = Infinity;
  for (const s of merge) {
    if (size + s.live > SEGMENT_DOCS) {
      groups.push([]);
      size = 0;
    }
    (groups[groups.length - 1] as SegmentRef[]).push(s.segment);
    size += s.live;
  }
  for (const group of groups) {
    const id = newSideFileId();
    const merged = mergeSegments(dir, group, live, id);
    await createFileExclusive(segmentFile(dir, id), merged.text);
    kept.push({ id, docs: merged.docs, bytes: merged.text.length, ranges: group.reduce<[number, number][]>((all, s) => joinRanges(all, s.ranges), []) });
  }
  return kept;
}
