import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsEntryStore } from '../../src/adapters/fs-entry-store.js';
import { StorageError } from '../../src/errors.js';
import { gitJournal } from '../helpers/git-journal.js';
import { tempDir } from '../helpers/isolated-env.js';

const OUTSIDE_ENTRY = `---
id: 01JD0000000000000000OUT001
title: Someone else's notes
date: 2026-11-20
visibility: public
actions:
  - text: Never meant for this journal
---

## What happened

Text that lives outside the journal.
`;

/** A folder outside the journal holding an entry-shaped file, and a link to it committed inside `entries/`. */
function linkedFolder(root: string): { outside: string; link: string; file: string } {
  const outside = tempDir('mindlines-outside-');
  const file = path.join(outside, '2026-11-20-someone-elses-notes-t001.md');
  writeFileSync(file, OUTSIDE_ENTRY);
  mkdirSync(path.join(root, 'entries', '2026'), { recursive: true });
  const link = 'entries/2026/shared';
  symlinkSync(outside, path.join(root, link));
  return { outside, link, file };
}

describe('mindlines reads and writes only inside its journal (issue 14)', () => {
  it('refuses a linked folder in entries/ that a teammate committed: show, export blog and actions done never reach the file', async () => {
    const j = await gitJournal();
    const { outside, link, file } = linkedFolder(j.root);
    const inside = `${link}/${path.basename(file)}`;

    const listed = await j.run(['list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([]);
    expect(listed.stderr).toContain(`${link}:1: is a symbolic link`);

    const refusal = `mindlines: ${link} leads outside the journal (to ${outside}) through a symbolic link; refused\n`;
    for (const args of [['show', inside], ['export', 'blog', inside], ['actions', 'done', `${inside}#1`], ['visibility', inside, 'team']]) {
      const run = await j.run(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(refusal);
    }
    expect(readFileSync(file, 'utf8')).toBe(OUTSIDE_ENTRY);
    expect(readdirSync(outside)).toEqual([path.basename(file)]);
  });

  it('never creates a file through a linked folder', async () => {
    const root = tempDir();
    const { outside } = linkedFolder(root);
    const error = await new FsEntryStore(root).create('entries/2026/shared/new.md', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(readdirSync(outside)).toHaveLength(1);
  });

  it('refuses a journal whose .mindlines/ or templates/ is a link, naming it', async () => {
    const j = await gitJournal();
    const elsewhere = tempDir('mindlines-elsewhere-');
    symlinkSync(elsewhere, path.join(j.root, 'templates'));
    const templates = await j.run(['templates', 'list']);
    expect(templates.stderr).toBe(`mindlines: templates leads outside the journal (to ${elsewhere}) through a symbolic link; refused\n`);

    const other = await gitJournal();
    const local = path.join(other.root, '.mindlines');
    rmSync(local, { recursive: true, force: true });
    symlinkSync(elsewhere, local);
    const listed = await other.run(['list']);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toBe(`mindlines: .mindlines leads outside the journal (to ${elsewhere}) through a symbolic link; refused\n`);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
