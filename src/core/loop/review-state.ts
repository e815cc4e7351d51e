import type { EntryHead } from '../entries/entry.js';
import type { ReviewKind } from './review-schedule.js';

/** The template of the short entries a review writes. Their own beliefs and actions are not scheduled again. */
export const FOLLOW_UP_TEMPLATE = 'follow-up';

/** The key of an item's schedule under `review:` in its entry's front matter: `action-1`, `belief-2`. */
export function itemKey(kind: ReviewKind, index: number): string {
  return `${kind}-${index}`;
}

/** The raw `review:` map of an entry (empty when there is none), or undefined when it is not a map. */
export function rawReview(entry: EntryHead): Record<string, unknown> | undefined {
  const raw = entry.frontMatter.review;
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  return raw as Record<string, unknown>;
}
