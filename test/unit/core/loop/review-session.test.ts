import { describe, expect, it } from 'vitest';
import type { ItemReview } from '../../../../src/core/loop/follow-up.js';
import { linkCandidates, linkChoices, pickLinks } from '../../../../src/core/reflection/link-picker.js';
import { dueReviewItems, type ReviewItem } from '../../../../src/core/loop/review-items.js';
import { runReviewSession, type SavedReview } from '../../../../src/core/loop/review-session.js';
import { Ui } from '../../../../src/ui/output.js';
import { messages } from '../../../../src/ui/messages.js';
import { FakePrompter, type Step } from '../../../helpers/fake-prompter.js';
import { fixtureEntries } from '../../../helpers/entries.js';

const ui = new Ui({ stdout: process.stdout, stderr: process.stderr }, { color: false, env: {} });
const words = messages.reviewSession(ui);

async function session(script: Step[]) {
  const entries = await fixtureEntries('loop');
  const { items } = dueReviewItems(entries, '2026-11-27');
  const prompter = new FakePrompter(script);
  const saved: [ReviewItem, ItemReview][] = [];
  const result = await runReviewSession({
    prompter,
    words,
    items,
    save: async (item, review): Promise<SavedReview> => {
      saved.push([item, review]);
      return { answer: 'stuck', nextDue: '2026-12-27', ...(review.kind === 'belief' && review.why ? { followUp: `entries/${item.key}.md` } : {}) };
    },
  });
  return { result, saved, prompter };
}

describe('a review session', () => {
  it('asks about each due item in turn and saves each answer as it is given', async () => {
    const { result, saved, prompter } = await session([
      { select: 'wood', expect: 'How firmly do you hold it now?' },
      { text: '', expect: 'Why?' },
      { select: 'done', expect: 'Did you do it?' },
      { text: 'Leaflets in every room', expect: 'What happened?' },
      { select: 'straw', expect: 'How firmly' },
      { text: 'A four-year-old could not seal it', expect: 'Why?' },
    ]);
    expect(saved.map(([item, review]) => [item.key, review])).toEqual([
      ['belief-1', { kind: 'belief', firmness: 'wood' }],
      ['action-2', { kind: 'action', result: 'done', whatHappened: 'Leaflets in every room' }],
      ['belief-1', { kind: 'belief', firmness: 'straw', why: 'A four-year-old could not seal it' }],
    ]);
    expect(result).toEqual({ reviewed: 3, skipped: 0, followUps: ['entries/belief-1.md'], stopped: false });
    expect(prompter.remaining).toBe(0);
    expect(prompter.said.join('\n')).toContain('[2/3] An action from “Antibiotics for sore throat” (2026-09-01)');
  });

  it('offers the firmness held last time as the default, and says what it was', async () => {
    const { prompter } = await session([{ select: 'stop' }]);
    const first = prompter.asked[0]!;
    expect(first.default).toBeUndefined();
    expect(first.hint).toBe('No firmness recorded for it yet.');
    const { prompter: second } = await session([{ select: 'skip' }, { select: 'skip' }, { select: 'stop' }]);
    expect(second.asked[2]).toMatchObject({ default: 'brick', hint: 'Last time you held it like brick.' });
  });

  it('records a belief no longer held, asking what is believed now (an answer is needed)', async () => {
    const { saved, prompter } = await session([
      { select: 'no-longer' },
      { text: '' },
      { text: 'Most settle without antibiotics', expect: 'What do you believe now?' },
      { text: 'FeverPAIN audit' },
      { select: 'stop' },
    ]);
    expect(prompter.refusals).toEqual(['an answer is needed here']);
    expect(saved[0]![1]).toEqual({ kind: 'belief', changedTo: 'Most settle without antibiotics', why: 'FeverPAIN audit' });
  });

  it('skips an item without saving anything, and stops leaving the rest due', async () => {
    const { result, saved } = await session([{ select: 'skip' }, { select: 'stop' }]);
    expect(saved).toEqual([]);
    expect(result).toEqual({ reviewed: 0, skipped: 3, followUps: [], stopped: true });
  });
});

describe('the builds_on picker', async () => {
  const candidates = linkCandidates(await fixtureEntries('loop'));

  it('lists earlier entries newest first and filters them by every typed word of title, tags, date or short id', () => {
    const names = (term?: string) => linkChoices(candidates, term, [], 'done').map((c) => c.name);
    expect(names()[0]).toBe('2026-11-26  Delirium screening');
    expect(names().at(-1)).toBe('done');
    expect(names('sore follow')).toEqual([
      '2026-11-20  Follow-up: Most sore throats in adults need antibiotics',
      '2026-10-20  Follow-up: Most sore throats in adults need antibiotics',
      '2026-09-20  Follow-up: Most sore throats in adults need antibiotics',
      'done',
    ]);
    expect(names('primary-care')).toEqual(['2026-09-01  Antibiotics for sore throat', 'done']);
    expect(names('sp01')).toEqual(['2026-11-01  Spacer technique in under-fives', 'done']);
    expect(linkChoices(candidates, 'spacer', ['01K3S00000000000000000SP01'], 'done').map((c) => c.name)).toEqual(['done']);
  });

  it('links the entries chosen, one after another, and stops when asked', async () => {
    const prompter = new FakePrompter([
      { confirm: true, expect: 'Does this build on an earlier entry?' },
      { search: '2026-11-01  Spacer technique in under-fives', term: 'spacer' },
      { confirm: true, expect: 'Link another' },
      { search: '01K3S00000000000000000TH01', term: 'antibiotics sore' },
      { confirm: false },
    ]);
    const linked = await pickLinks({ prompter, words: messages.links }, candidates);
    expect(linked).toEqual(['01K3S00000000000000000SP01', '01K3S00000000000000000TH01']);
    expect(prompter.said).toEqual(['Linked: builds on “Spacer technique in under-fives”.', 'Linked: builds on “Antibiotics for sore throat”.']);
  });

  it('asks nothing more when the person does not want a link, and keeps links already made', async () => {
    const prompter = new FakePrompter([{ confirm: false, expect: 'builds on one earlier entry. Link another?' }]);
    expect(await pickLinks({ prompter, words: messages.links }, candidates, ['X'])).toEqual(['X']);
    const none = new FakePrompter([]);
    expect(await pickLinks({ prompter: none, words: messages.links }, [], [])).toEqual([]);
  });

  it('falls back to a plain list with a prompter that cannot search', async () => {
    const prompter = new FakePrompter([{ confirm: true }, { select: '(no more links)' }]);
    const plain = { ...prompter, search: undefined, confirm: prompter.confirm.bind(prompter), select: prompter.select.bind(prompter), say: prompter.say.bind(prompter), text: prompter.text.bind(prompter), checkbox: prompter.checkbox.bind(prompter), editor: prompter.editor.bind(prompter) };
    expect(await pickLinks({ prompter: plain, words: messages.links }, candidates)).toEqual([]);
    expect(prompter.asked[1]).toMatchObject({ type: 'select', message: 'Which entry does it build on?' });
  });
});
