import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gitJournal, type GitJournal } from '../helpers/git-journal.js';
import { tempDir } from '../helpers/isolated-env.js';
import { tinyPdf } from '../helpers/tiny-pdf.js';

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** An entry written by `new --answers`, and its id. */
async function newEntry(j: GitJournal, title: string, extra = ''): Promise<{ id: string; path: string }> {
  const made = await j.run(['new', '--answers', '-', '--json'], `title: ${title}\ndate: 2026-05-12\nhours: 6\nactivity: course\nexperience: A study day.\nlearning: Dressings by exudate.\n${extra}`);
  if (made.code !== 0) throw new Error(made.stderr);
  const entry = JSON.parse(made.stdout) as { id: string; path: string };
  return { id: entry.id, path: entry.path };
}

/** Files to attach, in a folder outside the journal. */
function evidence(files: Record<string, string | Buffer>): Record<string, string> {
  const dir = tempDir('mindlines-evidence-');
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, (writeFileSync(path.join(dir, name), bytes), path.join(dir, name))]));
}

describe('a nurse attaches her evidence to an entry', () => {
  it('copies each file into the journal, records name, size and sha256, and show lists them', async () => {
    const j = await gitJournal();
    const entry = await newEntry(j, 'Wound care study day');
    const files = evidence({ 'certificate.pdf': tinyPdf(['Certificate of attendance', 'Wound care study day']), 'feedback.txt': 'Thank you for the teaching session.\n', 'scan.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) });
    const result = await j.run(['attach', entry.id.slice(-4), files['certificate.pdf']!, files['feedback.txt']!, files['scan.jpg']!]);
    expect(result.code).toBe(0);
    const folder = `attachments/${entry.id}`;
    expect(result.stdout.trim().split('\n')).toEqual([`${folder}/certificate.pdf`, `${folder}/feedback.txt`, `${folder}/scan.jpg`]);
    expect(readFileSync(path.join(j.root, folder, 'certificate.pdf'))).toEqual(readFileSync(files['certificate.pdf']!));
    expect(result.stderr).toMatch(/scan\.jpg is an image or a scan: mindlines cannot read it for patient details/);
    expect(result.stderr).toMatch(/Attached 3 files to entries\//);

    const shown = await j.run(['show', entry.id]);
    expect(shown.stdout).toMatch(/^attachment: certificate\.pdf \(\d+ B, sha256 [0-9a-f]{12}\)$/m);
    expect(shown.stdout).toMatch(/^attachment: feedback\.txt \(36 B, sha256 /m);
    const json = JSON.parse((await j.run(['show', entry.id, '--json'])).stdout) as { attachments: unknown[] };
    expect(json.attachments).toEqual([
      { name: 'certificate.pdf', size: readFileSync(files['certificate.pdf']!).length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { name: 'feedback.txt', size: 36, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { name: 'scan.jpg', size: 7, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect((await j.run(['check'])).code).toBe(0);
  });

  it('does not copy a file twice, and gives a different file of the same name a new name', async () => {
    const j = await gitJournal();
    const entry = await newEntry(j, 'Audit');
    const first = evidence({ 'audit.txt': 'Audit of inhaler reviews, round one.\n' });
    const second = evidence({ 'audit.txt': 'Audit of inhaler reviews, round two.\n' });
    await j.run(['attach', entry.id, first['audit.txt']!]);
    const again = await j.run(['attach', entry.id, first['audit.txt']!]);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/already attached as audit\.txt; not copied again/);
    const other = await j.run(['attach', entry.id, second['audit.txt']!]);
    expect(other.stdout.trim()).toBe(`attachments/${entry.id}/audit-2.txt`);
  });

  it.runIf(hasPdftotext)('reads a PDF’s text for identifiers (with pdftotext) and lists them without the text', async () => {
    const j = await gitJournal();
    const entry = await newEntry(j, 'Significant event');
    const files = evidence({ 'letter.pdf': tinyPdf(['Discharge letter', 'NHS number 943 476 5919']) });
    const result = await j.run(['attach', entry.id, files['letter.pdf']!]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/letter\.pdf:2:\d+ nhs-number/);
    expect(result.stderr).toMatch(/found 1 possible identifier in the attached file/);
    expect(result.stderr).not.toContain('943 476 5919');
  });

  it('check reports an attachment that changed or went missing, naming the entry', async () => {
    const j = await gitJournal();
    const entry = await newEntry(j, 'Audit');
    const files = evidence({ 'audit.txt': 'Audit of inhaler reviews.\n', 'cert.txt': 'Certificate.\n' });
    await j.run(['attach', entry.id, files['audit.txt']!, files['cert.txt']!]);
    writeFileSync(path.join(j.root, 'attachments', entry.id, 'audit.txt'), 'Audit of inhaler reviews (edited).\n');
    rmSync(path.join(j.root, 'attachments', entry.id, 'cert.txt'));
    const checked = await j.run(['check', '--json']);
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout) as { problems: { file: string; kind: string; message: string }[] };
    expect(report.problems.map((p) => [p.file, p.kind])).toEqual([
      [entry.path, 'attachment-changed'],
      [entry.path, 'attachment-missing'],
    ]);
    expect(report.problems[1]?.message).toMatch(/cert\.txt is missing from attachments\//);
  });

  it('keeps a private entry’s evidence in git-ignored private/attachments/ in a team journal', async () => {
    const j = await gitJournal(['--mode', 'team']);
    const entry = await newEntry(j, 'Private worry', 'visibility: private\n');
    const files = evidence({ 'note.txt': 'My own notes.\n' });
    const result = await j.run(['attach', entry.id, files['note.txt']!]);
    expect(result.stdout.trim()).toBe(`private/attachments/${entry.id}/note.txt`);
    expect(j.git(['status', '--porcelain', '--untracked-files=all'])).not.toMatch(/private\//);
    const listed = JSON.parse((await j.run(['list', '--json'])).stdout) as unknown[];
    expect(listed).toHaveLength(1);
  });
});

describe('an appraisal bundle: the CPD report with its evidence', () => {
  it('writes a zip of the report, each entry’s attachments in a folder named after it, and a manifest of SHA-256s', async () => {
    const j = await gitJournal(['--profile', 'nmc']);
    const entry = await newEntry(j, 'Wound care study day');
    const cert = tinyPdf(['Certificate of attendance']);
    const files = evidence({ 'certificate.pdf': cert });
    await j.run(['attach', entry.id, files['certificate.pdf']!]);
    const zip = path.join(tempDir(), 'appraisal.zip');
    const result = await j.run(['export', 'cpd', '--from', '2026-01-01', '--to', '2026-12-31', '--bundle', zip]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Wrote .*appraisal\.zip: the report of 1 entry and 1 file of evidence/);
    const unzipped = unzipSync(readFileSync(zip));
    const stem = path.basename(entry.path, '.md');
    expect(Object.keys(unzipped).sort()).toEqual(['MANIFEST.txt', `evidence/${stem}/certificate.pdf`, 'report.md']);
    expect(Buffer.from(unzipped[`evidence/${stem}/certificate.pdf`]!)).toEqual(cert);
    expect(strFromU8(unzipped['report.md']!)).toContain('Wound care study day');
    expect(strFromU8(unzipped['MANIFEST.txt']!)).toMatch(new RegExp(`^[0-9a-f]{64} +${cert.length}  evidence/${stem}/certificate\\.pdf$`, 'm'));
  });

  it('refuses while an attachment is missing, and (with pdftotext) while evidence holds identifiers', async () => {
    const j = await gitJournal();
    const entry = await newEntry(j, 'Significant event');
    const files = evidence({ 'letter.pdf': tinyPdf(['NHS number 943 476 5919']) });
    await j.run(['attach', entry.id, files['letter.pdf']!]);
    const zip = path.join(tempDir(), 'bundle.zip');
    const args = ['export', 'cpd', '--from', '2026-01-01', '--to', '2026-12-31', '--bundle', zip];
    if (hasPdftotext) {
      const refused = await j.run(args);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/evidence\/.*letter\.pdf:1:\d+ nhs-number/);
      expect(existsSync(zip)).toBe(false);
      expect((await j.run([...args, '--allow-findings'])).code).toBe(0);
      rmSync(zip);
    }
    rmSync(path.join(j.root, 'attachments', entry.id, 'letter.pdf'));
    const missing = await j.run(args);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/letter\.pdf is missing/);
    expect(missing.stderr).toMatch(/the bundle was not written/);
    expect(existsSync(zip)).toBe(false);
  });
});
