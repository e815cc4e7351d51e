import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsEntryStore } from '../../../../src/adapters/fs-entry-store.js';
import { EntryWriter, type PendingWrite } from '../../../../src/core/entries/entry-writer.js';
import type { Finding } from '../../../../src/core/privacy/kinds.js';
import { PiiFoundError } from '../../../../src/errors.js';
import { tempDir } from '../../../helpers/isolated-env.js';

const ID = '01JD3ABCDEFGHJKMNPQRSTVWXY';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A writer over a temp folder whose guard records every write it is shown, and finds a name in any text holding one. */
function writerAt(mode: 'personal' | 'team' = 'team', refuse = false) {
  const root = tempDir('mindlines-writer-');
  const seen: PendingWrite[] = [];
  const writer = new EntryWriter({
    mode,
    store: new FsEntryStore(root),
    clock: { now: () => new Date('2026-11-27T12:00:00Z') },
    guard: {
      check: async (write) => {
        seen.push(write);
        if (refuse) throw new PiiFoundError('refused');
        const at = write.text.indexOf('Mrs Patel');
        return at < 0 ? [] : [{ file: write.path, line: 1, column: at + 1, kind: 'person-name', text: 'Mrs Patel', confidence: 'high', reason: 'title' } satisfies Finding];
      },
    },
  });
  return { root, writer, seen };
}

const built = (title: string, visibility = 'team') => ({
  frontMatter: { id: ID, title, date: '2026-11-27', visibility, tags: [] },
  body: '\n## What happened\n\nSomething.\n',
});

describe('the one write path for entries', () => {
  it('shows the guard every create, rewrite and move, with the path the file will have, and hands back its findings', async () => {
    const { root, writer, seen } = writerAt();
    const created = await writer.create(built('Talk with Mrs Patel'));
    expect(created.entry.path).toBe(`entries/2026/11/2026-11-27-talk-with-mrs-patel-${ID.slice(-4).toLowerCase()}.md`);
    expect(created.findings.map((f) => f.text)).toEqual(['Mrs Patel']);

    const updated = await writer.updateFrontMatter(created.entry, { tags: ['asthma'] });
    const text = await new FsEntryStore(root).read(updated.entry.path);
    const replaced = await writer.replaceText(updated.entry.path, text.replace('Talk with Mrs Patel', 'Talk about spacers'), sha256(text));
    expect(replaced.findings).toEqual([]);
    const renamed = await writer.renameToMatch(replaced.entry);
    const moved = await writer.setVisibility(renamed.entry, 'private');

    expect(seen.map((w) => `${w.action} ${w.path.replace(/-[0-9a-z]{4}\.md$/, '')}`)).toEqual([
      'create entries/2026/11/2026-11-27-talk-with-mrs-patel',
      'replace entries/2026/11/2026-11-27-talk-with-mrs-patel',
      'replace entries/2026/11/2026-11-27-talk-with-mrs-patel',
      // The file name still held the name after the title changed: the rename is checked under its new name.
      'move entries/2026/11/2026-11-27-talk-about-spacers',
      'replace entries/2026/11/2026-11-27-talk-about-spacers',
      'move private/2026/11/2026-11-27-private',
    ]);
    expect(moved).toMatchObject({ changed: true, movedFrom: renamed.entry.path, findings: [] });
    expect(readdirSync(path.join(root, 'entries/2026/11'))).toEqual([]);
    expect(readdirSync(path.join(root, 'private/2026/11'))).toEqual([path.basename(moved.entry.path)]);
  });

  it('writes nothing when the guard refuses (the seam a --strict policy will use)', async () => {
    const { root, writer, seen } = writerAt('personal', true);
    await expect(writer.create(built('Talk with Mrs Patel'))).rejects.toBeInstanceOf(PiiFoundError);
    expect(seen).toHaveLength(1);
    expect(existsSync(path.join(root, 'entries'))).toBe(false);
  });
});
