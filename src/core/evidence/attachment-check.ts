import type { Entry } from '../entries/entry.js';
import type { CheckProblem } from '../entries/journal-check.js';
import { attachmentFolder, attachmentsOf } from './attachments.js';

/** What is on disk for one recorded attachment: nothing, or its size and SHA-256. */
export type StoredCopy = { size: number; sha256: string } | undefined;

/**
 * `check` on an entry's attachments: each one recorded must be in the entry's attachment folder with the size
 * and SHA-256 it was attached with. Problems are reported on the entry's `attachments:` line.
 */
export async function attachmentProblems(
  entry: Pick<Entry, 'path' | 'meta' | 'frontMatter'>,
  stored: (relative: string) => Promise<StoredCopy>,
  line = 1,
): Promise<CheckProblem[]> {
  const folder = attachmentFolder({ path: entry.path, id: entry.meta.id });
  const problems: CheckProblem[] = [];
  for (const attachment of attachmentsOf(entry.frontMatter)) {
    const copy = await stored(`${folder}/${attachment.name}`);
    if (!copy) {
      problems.push({ file: entry.path, line, kind: 'attachment-missing', message: `attachment ${attachment.name} is missing from ${folder}/; put it back, or remove it from \`attachments:\`` });
    } else if (copy.size !== attachment.size || copy.sha256 !== attachment.sha256) {
      problems.push({
        file: entry.path,
        line,
        kind: 'attachment-changed',
        message: `attachment ${attachment.name} in ${folder}/ has changed since it was attached (its size or SHA-256 differs); restore it, or attach the new version`,
      });
    }
  }
  return problems;
}
