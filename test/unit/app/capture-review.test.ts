import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureQuickNote } from '../../../src/app/capture.js';
import { editEntry } from '../../../src/app/edit.js';
import { dueItems, reviewDue } from '../../../src/app/review.js';
import { captureReview, CaptureRefusedError, type CaptureChoice, type CaptureView } from '../../../src/app/capture-review.js';
import type { JournalPorts } from '../../../src/app/context.js';
import { defaultConfig, serializeConfig } from '../../../src/config/journal-config.js';
import { openJournalPorts } from '../../../src/container.js';
import type { Finding } from '../../../src/core/privacy/kinds.js';
import { FakePrompter } from '../../helpers/fake-prompter.js';
import { tempDir } from '../../helpers/isolated-env.js';
import { Ui } from '../../../src/ui/output.js';
import { messages } from '../../../src/ui/messages.js';

const NOTE = 'Saw Mrs Patel today, NHS number 943 476 5919';

/** A journal in a temp folder, opened as the command line opens one. */
async function openTempJournal(mode: 'personal' | 'team' = 'personal'): Promise<{ root: string; ports: JournalPorts }> {
  const root = tempDir('mindlines-capture-review-');
  const config = serializeConfig({ ...defaultConfig({ name: 'Capture test' }), mode });
  writeFileSync(path.join(root, 'mindlines.yaml'), `${config}author: Sam Nurse\n`);
  const { ports } = await openJournalPorts({ flag: root, env: { MINDLINES_NOW: '2026-11-27' }, cwd: root, discovery: 'existing' });
  return { root, ports: ports as JournalPorts };
}

/** A person at a terminal who answers `choice` (or nobody, without one), and what they were shown. */
function person(choice?: CaptureChoice): CaptureView & { shown: Finding[][]; asked: number } {
  const view = {
    shown: [] as Finding[][],
    asked: 0,
    show: (findings: readonly Finding[]) => void view.shown.push([...findings]),
    choose: choice
      ? async () => {
          view.asked++;
          return choice;
        }
      : undefined,
  };
  return view;
}

const filesUnder = (root: string, folder: string): string[] =>
  existsSync(path.join(root, folder)) ? readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')) : [];

describe('the warning at the moment of capture (issue 13)', () => {
  it('without a terminal saves the note, shows each finding at once, and files it under a name without them', async () => {
    const { root, ports } = await openTempJournal();
    const view = person();
    const saved = await captureQuickNote({ ...ports, capture: captureReview(ports, view) }, { text: NOTE });
    expect(view.shown[0]?.map((f) => f.kind)).toEqual(expect.arrayContaining(['person-name', 'nhs-number']));
    expect(saved.entry.path).toMatch(/^entries\/2026\/11\/2026-11-27-saw-today-nhs-number-[0-9a-z]{4}\.md$/);
    expect(readFileSync(path.join(root, saved.entry.path), 'utf8')).toContain('943 476 5919');
  });

  it('under --strict without a terminal writes nothing, and keeps the text where it says', async () => {
    const { root, ports } = await openTempJournal();
    const refused = captureQuickNote({ ...ports, capture: captureReview(ports, person(), { strict: true }) }, { text: NOTE });
    const error = await refused.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaptureRefusedError);
    expect((error as CaptureRefusedError).exitCode).toBe(1);
    expect(filesUnder(root, 'entries')).toEqual([]);
    const kept = readFileSync(path.join(root, (error as CaptureRefusedError).keptAt), 'utf8');
    expect(kept).toContain(NOTE);
  });

  it('replaces each finding with a readable placeholder when asked, in the title too, and the file stays valid', async () => {
    const { root, ports } = await openTempJournal();
    const view = person('placeholders');
    const saved = await captureQuickNote({ ...ports, capture: captureReview(ports, view) }, { text: NOTE });
    const text = readFileSync(path.join(root, saved.entry.path), 'utf8');
    expect(saved.outcome).toBe('placeholders');
    expect(saved.entry.meta.title).toBe('Saw [name] today, NHS number [NHS number]');
    expect(text).not.toMatch(/Patel|943 476 5919/);
    expect(saved.findings).toEqual([]);
    expect(view.asked).toBe(1);
  });

  it('keeps the entry private when asked: in a team journal it goes to the git-ignored private/ folder', async () => {
    const { root, ports } = await openTempJournal('team');
    const saved = await captureQuickNote({ ...ports, capture: captureReview(ports, person('private')) }, { text: NOTE });
    expect(saved.outcome).toBe('private');
    expect(saved.entry.meta.visibility).toBe('private');
    expect(saved.entry.path).toMatch(/^private\/2026\/11\/2026-11-27-private-[0-9a-z]{4}\.md$/);
    expect(filesUnder(root, 'entries')).toEqual([]);
  });

  it('opens the editor when asked, and checks the edited text again before saving it', async () => {
    const { root, ports } = await openTempJournal();
    const editor = { edit: async (text: string) => text.replace('Mrs Patel', 'a patient').replace(', NHS number 943 476 5919', '') };
    const view = person('edit');
    const saved = await captureQuickNote({ ...ports, capture: captureReview({ ...ports, editor }, view) }, { text: NOTE });
    expect(saved.outcome).toBe('edited');
    expect(readFileSync(path.join(root, saved.entry.path), 'utf8')).toContain('Saw a patient today');
    expect(saved.findings).toEqual([]);
  });

  it('shows low-confidence findings but does not stop a capture for them unless --strict', async () => {
    const { ports } = await openTempJournal();
    const low = 'A quiet lady, 82F, waiting in the corridor';
    const view = person('placeholders');
    const saved = await captureQuickNote({ ...ports, capture: captureReview(ports, view) }, { text: low });
    expect(view.shown[0]?.every((f) => f.confidence === 'low')).toBe(true);
    expect(view.asked).toBe(0);
    expect(saved.outcome).toBe('kept');
    const strict = person('placeholders');
    await captureQuickNote({ ...ports, capture: captureReview(ports, strict, { strict: true }) }, { text: low });
    expect(strict.asked).toBe(1);
  });

  it('checks an edit too: under --strict an NHS number typed in is refused, the entry keeps its text and the edit is kept', async () => {
    const { root, ports } = await openTempJournal();
    const saved = await captureQuickNote(ports, { text: 'Lactate before fluids' });
    const before = readFileSync(path.join(root, saved.entry.path), 'utf8');
    const editor = { edit: async (text: string) => `${text}\nHer NHS number is 943 476 5919.\n` };
    const view = { info: () => undefined, warn: () => undefined };
    const refused = await editEntry({ ...ports, editor, capture: captureReview({ ...ports, editor }, person(), { strict: true }) }, view, saved.entry.meta.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CaptureRefusedError);
    expect(readFileSync(path.join(root, saved.entry.path), 'utf8')).toBe(before);
    expect(readFileSync(path.join(root, (refused as CaptureRefusedError).keptAt), 'utf8')).toContain('943 476 5919');

    const placeholders = await editEntry({ ...ports, editor, capture: captureReview({ ...ports, editor }, person('placeholders')) }, view, saved.entry.meta.id);
    expect(placeholders.action).toBe('saved');
    expect(readFileSync(path.join(root, placeholders.entry.path), 'utf8')).toContain('Her NHS number is [NHS number].');
  });

  it('checks a review follow-up: a reason naming a patient is shown at once, and without a terminal still saved', async () => {
    const root = tempDir('mindlines-capture-review-loop-');
    cpSync(path.resolve(import.meta.dirname, '../../fixtures/journals/loop'), root, { recursive: true });
    const { ports: opened } = await openJournalPorts({ flag: root, env: { MINDLINES_NOW: '2026-11-27' }, cwd: root, discovery: 'existing' });
    const ports = opened as JournalPorts;
    const view = person();
    const { items } = await dueItems(ports);
    const prompter = new FakePrompter([
      { select: 'straw', expect: 'How firmly' },
      { text: 'Mrs Okafor, NHS 943 476 5919, was very unwell', expect: 'Why?' },
      { select: 'stop' },
    ]);
    const words = messages.reviewSession(new Ui({ stdout: process.stdout, stderr: process.stderr }, { color: false, env: {} }));
    const result = await reviewDue({ ...ports, capture: captureReview(ports, view) }, { prompter, words }, items);
    expect(result.followUps).toHaveLength(1);
    expect(view.shown[0]?.map((f) => f.kind)).toEqual(expect.arrayContaining(['person-name', 'nhs-number']));
    expect(readFileSync(path.join(root, result.followUps[0] as string), 'utf8')).toContain('Mrs Okafor, NHS 943 476 5919');
  });
});
