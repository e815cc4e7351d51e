import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';

const NAME_AND_NUMBER = 'Mrs Jane Smith, NHS 943 476 5919';

/** A minimal Word document whose body says `text`. */
function docx(text: string): Uint8Array {
  const body = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ward round notes</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Saw ${text} &amp; family.</w:t></w:r></w:p></w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(body) });
}

describe('the pre-commit hook checks every staged file with text in it (issue 13)', () => {
  it('finds identifiers in CSV, JSON, a file without an extension, UTF-16 text and a Word document, and skips binary files', async () => {
    const j = await gitJournal();
    writeFileSync(path.join(j.root, 'export.csv'), `date,note\n2026-11-27,"${NAME_AND_NUMBER}"\n`);
    writeFileSync(path.join(j.root, 'export.json'), JSON.stringify({ note: NAME_AND_NUMBER }));
    writeFileSync(path.join(j.root, 'NOTES'), `${NAME_AND_NUMBER}\n`);
    writeFileSync(path.join(j.root, 'windows.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${NAME_AND_NUMBER}\r\n`, 'utf16le')]));
    writeFileSync(path.join(j.root, 'letter.docx'), docx(NAME_AND_NUMBER));
    writeFileSync(path.join(j.root, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0x39, 0x34, 0x33]));
    j.git(['add', '-A']);
    const staged = await j.run(['check', '--staged']);
    expect(staged.code).toBe(1);
    for (const file of ['export.csv', 'export.json', 'NOTES', 'windows.txt', 'letter.docx']) {
      expect(staged.stdout, file).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+ nhs-number "943 476 5919"`, 'm'));
      expect(staged.stdout, file).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+ person-name "Mrs Jane Smith"`, 'm'));
    }
    expect(staged.stdout).not.toMatch(/photo\.png/);
  });
});

describe('hooks install never writes into a hooks folder other repositories share (issue 13)', () => {
  it('explains and stops when a global core.hooksPath is set; --local installs for this repository only', async () => {
    const j = await gitJournal();
    const shared = path.join(j.home, 'shared-hooks');
    mkdirSync(shared);
    writeFileSync(path.join(shared, 'pre-commit'), '#!/bin/sh\necho shared hook ran >&2\n', { mode: 0o755 });
    writeFileSync(j.env.GIT_CONFIG_GLOBAL as string, `${readFileSync(j.env.GIT_CONFIG_GLOBAL as string, 'utf8')}[core]\n\thooksPath = ${shared}\n`);

    const refused = await j.run(['hooks', 'install']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/core\.hooksPath \(global setting\)/);
    expect(refused.stderr).toMatch(/--local/);
    expect(readdirSync(shared)).toEqual(['pre-commit']);

    const local = await j.run(['hooks', 'install', '--local']);
    expect(local.code).toBe(0);
    expect(readdirSync(shared)).toEqual(['pre-commit']);
    expect(j.git(['config', '--local', '--get', 'core.hooksPath']).trim()).toBe(path.join(j.root, '.git', 'hooks'));
    expect(existsSync(path.join(j.root, '.git', 'hooks', 'pre-commit'))).toBe(true);

    writeFileSync(path.join(j.root, 'note.md'), `${NAME_AND_NUMBER}\n`);
    j.git(['add', '-A']);
    expect(() => j.git(['commit', '-q', '-m', 'note'])).toThrow(/shared hook ran[\s\S]*nhs-number[\s\S]*commit refused/);

    const uninstall = await j.run(['hooks', 'uninstall']);
    expect(uninstall.code).toBe(0);
    expect(() => j.git(['config', '--local', '--get', 'core.hooksPath'])).toThrow();
  });
});
