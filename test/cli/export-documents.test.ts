import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, tempDir } from '../helpers/isolated-env.js';
import { runInProcess } from '../helpers/run-in-process.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/journals');

/** A copy of a documents fixture journal (Sam Nurse, NMC PIN 12A3456E), "now" fixed at 2026-11-27. */
function journal(name = 'documents-nmc', env: NodeJS.ProcessEnv = {}) {
  const isolated = isolatedEnv({ MINDLINES_NOW: '2026-11-27', ...env });
  const root = path.join(tempDir('mindlines-docs-'), 'journal');
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  return {
    root,
    env: isolated.env,
    run: (args: string[]) => runInProcess(['--journal', root, ...args], { cwd: root, env: isolated.env }),
  };
}

// Where a browser could be besides the PATH (find-browser.ts): a machine with one there cannot show "none found".
const FIXED_BROWSER_PATHS = ['/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge', '/snap/bin/chromium'];

describe('an -o name and --format that disagree, or a format mindlines does not write: exit 2, nothing written', () => {
  it('bug: `-o report.doc` wrote Markdown into report.doc and exited 0', async () => {
    const j = journal();
    const out = await j.run(['export', 'cpd', '-o', 'report.doc']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/report\.doc: mindlines does not write \.doc files; it writes \.md, \.html, \.json, \.csv, \.docx, \.pdf/);
    expect(out.stderr).toMatch(/-o report\.docx/);
    expect(existsSync(path.join(j.root, 'report.doc'))).toBe(false);
  });

  it('--format md with -o report.pdf, and --format pdf with -o report.html', async () => {
    const j = journal();
    for (const args of [['--format', 'md', '-o', 'report.pdf'], ['--format', 'pdf', '-o', 'report.html']]) {
      const out = await j.run(['export', 'cpd', ...args]);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/is named for another format than --format (md|pdf)/);
      expect(existsSync(path.join(j.root, args[3] as string))).toBe(false);
    }
  });

  it('a blog draft named .pdf is refused the same way', async () => {
    const j = journal();
    const out = await j.run(['export', 'blog', '0n01', '-o', 'post.pdf']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/does not write \.pdf files; it writes \.md, \.html/);
  });
});

describe('a PDF with no browser to print it', () => {
  it.skipIf(FIXED_BROWSER_PATHS.some((p) => existsSync(p)))('-o report.pdf exits 2, writes nothing, and says how to print the HTML instead', async () => {
    // A PATH holding no Chrome, Chromium or Edge (git and node are not needed to export).
    const j = journal('documents-nmc', { PATH: tempDir('mindlines-empty-path-') });
    const out = await j.run(['export', 'cpd', '-o', 'report.pdf']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/cannot write a PDF: no Chrome, Chromium or Edge was found on this computer/);
    expect(out.stderr).toMatch(/write the HTML instead \(-o summary\.html\).*print it to PDF/);
    expect(existsSync(path.join(j.root, 'report.pdf'))).toBe(false);
  });

  it('MINDLINES_BROWSER naming nothing runnable: exit 2, said, nothing written', async () => {
    const j = journal('documents-nmc', { MINDLINES_BROWSER: '/no/such/chrome' });
    const out = await j.run(['export', 'cpd', '--format', 'pdf', '-o', 'report.pdf']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/MINDLINES_BROWSER is \/no\/such\/chrome, which is not a program that can be run/);
    expect(existsSync(path.join(j.root, 'report.pdf'))).toBe(false);
  });
});

describe('the registrant: set by init, read from mindlines.yaml, checked', () => {
  it('init --registrant --registration-number writes them to mindlines.yaml; the HTML names them', async () => {
    const isolated = isolatedEnv({ MINDLINES_NOW: '2026-11-27' });
    const root = path.join(tempDir('mindlines-init-'), 'cpd');
    const init = await runInProcess(['init', root, '--profile', 'nmc', '--registrant', 'Sam Nurse', '--registration-number', '12A3456E'], { cwd: root, env: isolated.env });
    expect(init.code).toBe(0);
    expect(readFileSync(path.join(root, 'mindlines.yaml'), 'utf8')).toContain('registrant:\n  name: Sam Nurse\n  registration_number: 12A3456E\n');
    const again = await runInProcess(['init', root, '--registrant', 'Someone Else'], { cwd: root, env: isolated.env });
    expect(again.stderr).toMatch(/already a journal, so its settings were kept/);
    const html = await runInProcess(['--journal', root, 'export', 'cpd', '--format', 'html'], { cwd: root, env: isolated.env });
    expect(html.stdout).toContain('<dt>NMC PIN</dt><dd>12A3456E</dd>');
  });

  it('says when the pages carry no number, and when the number does not look like the regulator’s', async () => {
    const j = journal();
    const config = path.join(j.root, 'mindlines.yaml');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, original.replace('  registration_number: 12A3456E\n', ''));
    const missing = await j.run(['export', 'cpd', '-o', 'a.html']);
    expect(missing.code).toBe(0);
    expect(missing.stderr).toMatch(/the pages carry no NMC PIN: add `registrant: \{ name: …, registration_number: … \}` to mindlines\.yaml/);
    writeFileSync(config, original.replace('12A3456E', '1234567'));
    const wrong = await j.run(['export', 'cpd', '-o', 'b.docx']);
    expect(wrong.code).toBe(0);
    expect(wrong.stderr).toMatch(/1234567 does not look like an NMC PIN \(they look like 12A3456E\)/);
    // JSON is for scripts: no page, no header, nothing to say.
    expect((await j.run(['export', 'cpd', '--format', 'json'])).stderr).toBe('');
  });

  it('--author naming someone else never prints the journal owner’s registration number', async () => {
    const j = journal();
    const out = await j.run(['export', 'cpd', '--format', 'json', '--author', 'Alex Other']);
    expect(JSON.parse(out.stdout).registrant).toEqual({ name: 'Alex Other', registrationNumber: null, numberLabel: 'NMC PIN' });
  });
});
