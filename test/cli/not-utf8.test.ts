import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';

/** An entry a Windows editor saved as Latin-1: "Café" with é as the single byte 0xE9. */
const LATIN1_ENTRY = Buffer.from(
  '---\nid: 01JD000000000000000LATIN1\ntitle: Caf\xe9 conversation\ndate: 2026-11-20\nvisibility: private\n---\n\n## What happened\n\nA na\xefve question.\n',
  'latin1',
);
const OFFSET = LATIN1_ENTRY.indexOf(0xe9);

const entryFiles = (root: string) => readdirSync(path.join(root, 'entries'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'));

describe('text that is not UTF-8 is refused, never rewritten lossily (issue 14)', () => {
  it('never rewrites a Latin-1 entry (bug: `visibility` lost its accented letters), and says where it stops being UTF-8', async () => {
    const j = await gitJournal();
    const rel = 'entries/2026/11/2026-11-20-cafe-conversation-tin1.md';
    mkdirSync(path.dirname(path.join(j.root, rel)), { recursive: true });
    writeFileSync(path.join(j.root, rel), LATIN1_ENTRY);
    const notUtf8 = `${rel} is not valid UTF-8 (at byte ${OFFSET}); mindlines will not read or rewrite it. Convert it first, e.g. iconv -f latin1 -t utf-8`;

    const listed = await j.run(['list']);
    expect(listed.stderr).toContain(`${rel}:1: ${notUtf8}`);
    const changed = await j.run(['visibility', rel, 'team']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toBe(`mindlines: ${notUtf8}\n`);
    expect(readFileSync(path.join(j.root, rel)).equals(LATIN1_ENTRY)).toBe(true);
    const checked = await j.run(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(notUtf8);
  });

  it('refuses Latin-1 given to quick on stdin, in an answers file, or on the command line (bug: it became U+FFFD)', async () => {
    const j = await gitJournal();
    const note = Buffer.from('Caf\xe9 with the team', 'latin1');
    const piped = await j.run(['quick'], note);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe('mindlines: standard input is not valid UTF-8 (at byte 3); mindlines will not read or rewrite it. Convert it first, e.g. iconv -f latin1 -t utf-8\n');
    const file = path.join(j.home, 'answers.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('title: '), note, Buffer.from('\nexperience: x\nlearning: y\n')]));
    const answers = await j.run(['new', '--answers', file]);
    expect(answers.code).toBe(2);
    expect(answers.stderr).toBe(
      `mindlines: could not read the answers file ${file}: it is not valid UTF-8 (at byte ${7 + 3}); convert it first, e.g. iconv -f latin1 -t utf-8\n`,
    );
    // Node has already turned the bad bytes of an argument into U+FFFD by the time mindlines sees them.
    const argument = await j.run(['quick', 'Caf\uFFFD', 'with the team']);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toBe('mindlines: the note given on the command line is not valid UTF-8 (at byte 3); mindlines will not read or rewrite it. Convert it first, e.g. iconv -f latin1 -t utf-8\n');
    expect(entryFiles(j.root)).toEqual([]);
  });
});
