import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { loadDateParser } from '../../../../src/codecs/natural-date.js';
import { parseTemplate, type Template } from '../../../../src/codecs/template.js';
import type { Draft } from '../../../../src/core/reflection/draft.js';
import { isPromptCancel } from '../../../../src/core/reflection/prompter.js';
import { runInterview, type InterviewContext } from '../../../../src/core/reflection/interview.js';
import { buildEntry, type Answers } from '../../../../src/core/reflection/reflection.js';
import { EditorError } from '../../../../src/errors.js';
import { messages } from '../../../../src/ui/messages.js';
import { FakePrompter, type Step } from '../../../helpers/fake-prompter.js';

const NOW = new Date('2026-11-27T12:00:00Z'); // a Friday
const ID = '01JDTESTTESTTESTTESTTEST00';

function template(id: string): Template {
  const file = path.resolve(import.meta.dirname, `../../../../templates/reflection/${id}.yaml`);
  return parseTemplate(readFileSync(file, 'utf8'), file);
}

const natural = await loadDateParser();

function freshDraft(templateId: string, answers: Answers = {}, asked: string[] = []): Draft {
  return { id: ID, kind: 'new', template: templateId, created: '2026-11-27T12:00:00Z', updated: '2026-11-27T12:00:00Z', answers, asked };
}

function setup(templateId: string, script: Step[], overrides: Partial<InterviewContext> = {}) {
  const prompter = new FakePrompter(script);
  const saves: Draft[] = [];
  const t = template(templateId);
  const buildContext = { now: NOW, id: ID, visibility: 'private' as const, parseDate: natural, source: 'the interview' };
  const ctx: InterviewContext = {
    prompter,
    words: messages.interview,
    template: t,
    draft: freshDraft(templateId),
    saveDraft: async (draft) => {
      saves.push(structuredClone(draft));
    },
    parseDate: async (text) => natural(text, NOW),
    knownTags: ['asthma', 'Paediatrics'],
    defaultVisibility: 'private',
    build: (answers) => buildEntry(t, answers, buildContext),
    preview: async (built) => `PREVIEW ${String(built.frontMatter.title)}`,
    ...overrides,
  };
  return { ctx, prompter, saves, buildContext, template: t };
}

/** A whole constructivist reflection, typed as a clinician would, with one belief and one action. */
const fullReflection: Step[] = [
  { expect: 'title', text: 'Spacer technique in under-fives' },
  { expect: 'When did it happen', text: 'yesterday' },
  { expect: 'activity', text: 'clinical case' },
  { expect: 'How many hours', text: '1.5' },
  { expect: 'with other people', text: '1' },
  { expect: 'learn with', checkbox: ['peers', 'patients-and-carers'] },
  { expect: 'resources', text: 'NICE NG245, BNF' },
  { expect: 'What happened', text: 'A parent showed me how her son used his spacer.' },
  { expect: 'what did you believe before', text: 'Children over three manage a spacer without a mask' },
  { expect: 'How firmly', select: 'brick' },
  { expect: 'What happened to that belief', select: 'changed' },
  { expect: 'What do you believe now', text: 'Most under-fives need the mask' },
  { expect: 'Another belief', confirm: false },
  // issue 17: "What did you already know or believe…" is not asked again once a belief is recorded.
  { expect: 'challenge it', text: 'It challenged it: the seal was poor without the mask.' },
  { expect: 'understand now', text: 'Technique matters more than the device.' },
  { expect: 'differently', text: 'Watch the child use it at every review.' },
  { expect: 'what will you do', text: 'Check spacer technique at every asthma review' },
  { expect: 'By when', text: '2026-12-31' },
  { expect: 'Another action', confirm: false },
  { expect: 'kind of learning', select: 'double' },
  { expect: 'Whose learning', select: 'individual' },
  { expect: 'Tags', text: 'ASTHMA, paediatrics, spacers' },
  { expect: 'Who may see', select: 'team' },
  { expect: 'Save this reflection', select: 'save' },
];

describe('the guided interview (constructivist template, fake prompter)', () => {
  it('walks a whole reflection with a belief and an action and builds the same entry as the answers file would', async () => {
    const { ctx, prompter, saves, buildContext, template: t } = setup('constructivist', fullReflection);
    const outcome = await runInterview(ctx);
    expect(prompter.remaining).toBe(0);
    assert(outcome.action === 'save', 'expected the interview to end in save');
    const answers = {
      title: 'Spacer technique in under-fives',
      date: '2026-11-26',
      activity: 'clinical case',
      hours: 1.5,
      participatory: 1,
      learned_with: ['peers', 'patients-and-carers'],
      resources: ['NICE NG245', 'BNF'],
      experience: 'A parent showed me how her son used his spacer.',
      beliefs: [{ belief: 'Children over three manage a spacer without a mask', before: 'brick', outcome: 'changed', after: 'Most under-fives need the mask' }],
      challenge: 'It challenged it: the seal was poor without the mask.',
      learning: 'Technique matters more than the device.',
      change: 'Watch the child use it at every review.',
      actions: [{ text: 'Check spacer technique at every asthma review', due: '2026-12-31' }],
      loop: 'double',
      level: 'individual',
      tags: ['asthma', 'Paediatrics', 'spacers'],
      visibility: 'team',
    };
    expect(ctx.draft.answers).toEqual(answers);
    // The scripted path (`new --answers`) with the same answers gives byte-for-byte the same entry.
    expect(outcome.built).toEqual(buildEntry(t, answers, buildContext));
    expect(outcome.built.body).toContain('## Reinforced or challenged\n\nIt challenged it');
    expect(outcome.built.body).not.toContain('What I already believed');
    // "yesterday" was resolved once, and said back.
    expect(prompter.said).toContain(messages.interview.dateResolved('2026-11-26'));
    // Saved after every answer (and every part of the belief and the action).
    expect(saves.length).toBeGreaterThanOrEqual(24);
    expect(saves.at(-1)?.asked).toEqual(t.ask);
  });

  it('keeps every answer given before Ctrl-C in the draft, and a resumed interview starts at the next question', async () => {
    const cancelAt = fullReflection.findIndex((s) => s.expect === 'understand now');
    const first = setup('constructivist', [...fullReflection.slice(0, cancelAt), { cancel: true }]);
    const error = await runInterview(first.ctx).catch((e: unknown) => e);
    expect(isPromptCancel(error)).toBe(true);
    const saved = first.saves.at(-1) as Draft;
    expect(saved.asked).toEqual(['title', 'date', 'activity', 'hours', 'participatory', 'learned_with', 'resources', 'experience', 'beliefs', 'prior', 'challenge']);
    expect(saved.answers).toMatchObject({ title: 'Spacer technique in under-fives', date: '2026-11-26', hours: 1.5, beliefs: [{ after: 'Most under-fives need the mask' }] });

    const resumed = setup('constructivist', fullReflection.slice(cancelAt), { draft: structuredClone(saved) });
    const outcome = await runInterview(resumed.ctx);
    expect(resumed.prompter.remaining).toBe(0);
    expect(resumed.prompter.asked[0]?.message).toMatch(/understand now/);
    expect(outcome.action).toBe('save');
    const whole = setup('constructivist', fullReflection);
    const reference = await runInterview(whole.ctx);
    expect(outcome).toEqual(reference);
  });

  it('saves a half-described belief and asks only what is missing when resumed', async () => {
    const upTo = fullReflection.findIndex((s) => s.expect === 'How firmly');
    const first = setup('constructivist', [...fullReflection.slice(0, upTo + 1), { cancel: true }]);
    await expect(runInterview(first.ctx)).rejects.toThrow(/SIGINT/);
    const saved = first.saves.at(-1) as Draft;
    expect(saved.answers.beliefs).toEqual([{ belief: 'Children over three manage a spacer without a mask', before: 'brick' }]);
    expect(saved.asked).not.toContain('beliefs');
    const resumed = setup('constructivist', fullReflection.slice(upTo + 1), { draft: structuredClone(saved) });
    await runInterview(resumed.ctx);
    expect(resumed.prompter.asked[0]?.message).toBe(messages.interview.beliefOutcome);
    expect(resumed.ctx.draft.answers.beliefs).toEqual([
      { belief: 'Children over three manage a spacer without a mask', before: 'brick', outcome: 'changed', after: 'Most under-fives need the mask' },
    ]);
  });

  it('refuses an empty title, a date that is not one, and more participatory hours than hours, then takes the corrected answer', async () => {
    const script = [...fullReflection];
    script.splice(0, 1, { text: '' }, { text: 'Spacer technique in under-fives' });
    const dateAt = script.findIndex((s) => s.expect === 'When did it happen');
    script.splice(dateAt, 1, { text: 'the thirty-second of Smarch' }, { text: 'yesterday' });
    const partAt = script.findIndex((s) => s.expect === 'with other people');
    script.splice(partAt, 1, { text: '3' }, { text: 'abc' }, { text: '1' });
    const { ctx, prompter } = setup('constructivist', script);
    await runInterview(ctx);
    expect(prompter.refusals).toEqual([
      messages.interview.required,
      messages.interview.notADate('the thirty-second of Smarch'),
      messages.interview.participatoryTooMany(1.5),
      messages.interview.notHours,
    ]);
    expect(ctx.draft.answers.participatory).toBe(1);
  });

  it('reads hours as clinicians write them (1h30, 90 min, 1,5) and "all" participatory hours, stored as numbers (issue 12)', async () => {
    const script = [...fullReflection];
    const hoursAt = script.findIndex((s) => s.expect === 'How many hours');
    script.splice(hoursAt, 1, { text: 'an hour and a bit' }, { text: '1h30' });
    const partAt = script.findIndex((s) => s.expect === 'with other people');
    script.splice(partAt, 1, { text: '2h' }, { text: 'all' });
    const { ctx, prompter } = setup('constructivist', script);
    await runInterview(ctx);
    expect(prompter.refusals).toEqual([messages.interview.notHours, messages.interview.participatoryTooMany(1.5)]);
    expect(ctx.draft.answers.hours).toBe(1.5);
    expect(ctx.draft.answers.participatory).toBe(1.5);
    for (const [typed, hours] of [['90 min', 1.5], ['1,5', 1.5], ['45 min', 0.75]] as const) {
      const again = fullReflection.map((step) =>
        step.expect === 'How many hours' ? { ...step, text: typed } : step.expect === 'with other people' ? { ...step, text: '0' } : step,
      );
      const run = setup('constructivist', again);
      await runInterview(run.ctx);
      expect(run.ctx.draft.answers.hours).toBe(hours);
    }
  });

  it('writes a long answer in the editor: on an empty line in an editor section, or with /e anywhere', async () => {
    const script = [...fullReflection];
    const at = script.findIndex((s) => s.expect === 'What happened');
    script.splice(at, 1, { text: '' }, { editor: 'Line one.\n\nLine two, written in $EDITOR.\n' });
    const challengeAt = script.findIndex((s) => s.expect === 'challenge it');
    script.splice(challengeAt, 1, { text: '/e' }, { editor: 'Edited challenge.\n' });
    const { ctx, prompter } = setup('constructivist', script);
    const outcome = await runInterview(ctx);
    expect(ctx.draft.answers.experience).toBe('Line one.\n\nLine two, written in $EDITOR.');
    expect(ctx.draft.answers.challenge).toBe('Edited challenge.');
    expect(prompter.asked.filter((a) => a.type === 'editor')).toHaveLength(2);
    if (outcome.action === 'save') expect(outcome.built.body).toContain('## What happened\n\nLine one.\n\nLine two, written in $EDITOR.\n');
  });

  it('says when the editor fails and asks again, and an empty editor text for a required section is refused', async () => {
    const script = [...fullReflection];
    const at = script.findIndex((s) => s.expect === 'What happened');
    script.splice(
      at,
      1,
      { text: '' },
      {
        editor: () => {
          throw new EditorError('the editor "vi" exited with code 1, so its text was not used');
        },
      },
      { text: '' },
      { editor: '   \n' },
      { text: 'Typed instead.' },
    );
    const { ctx, prompter } = setup('constructivist', script);
    await runInterview(ctx);
    expect(ctx.draft.answers.experience).toBe('Typed instead.');
    expect(prompter.said.some((s) => s.includes('exited with code 1'))).toBe(true);
    expect(prompter.said).toContain(messages.interview.editorEmptyRequired);
  });

  it('offers the profile’s activity types, with "something else" for free text', async () => {
    const script = [...fullReflection];
    const at = script.findIndex((s) => s.expect === 'activity');
    script.splice(at, 1, { select: '\u0000other' }, { expect: 'What kind of activity', text: 'Journal club' });
    const { ctx, prompter } = setup('constructivist', script, {
      activityTypes: [
        { id: 'clinical-case', name: 'Clinical case review' },
        { id: 'course', name: 'Course or lecture' },
      ],
    });
    await runInterview(ctx);
    expect(prompter.asked.find((a) => a.message.includes('learning activity'))?.choices).toEqual(['clinical-case', 'course', '\u0000other', '\u0000skip']);
    expect(ctx.draft.answers.activity).toBe('Journal club');
  });

  it('points out an identifier as soon as the answer is typed, and keeps the answer when asked to', async () => {
    const script = [...fullReflection];
    const at = script.findIndex((s) => s.expect === 'What happened');
    script.splice(at + 1, 0, { expect: 'Rewrite this answer', confirm: false });
    const { ctx, prompter } = setup('constructivist', script, {
      checkAnswer: (text) => (/spacer\./.test(text) ? ['this may identify someone (test detector)'] : []),
    });
    await runInterview(ctx);
    expect(prompter.said).toContain(messages.interview.privacyWarning('this may identify someone (test detector)'));
    expect(ctx.draft.answers.experience).toBe('A parent showed me how her son used his spacer.');
  });

  it('offers to rewrite an answer holding an identifier, and keeps the rewritten one', async () => {
    const script = [...fullReflection];
    const at = script.findIndex((s) => s.expect === 'What happened');
    script.splice(
      at,
      1,
      { expect: 'What happened', text: 'Mrs Patel showed me her son’s spacer.' },
      { expect: 'Rewrite this answer', confirm: true },
      { expect: 'What happened', text: 'A parent showed me her son’s spacer.' },
    );
    const { ctx, prompter } = setup('constructivist', script, {
      checkAnswer: (text) => (/Mrs Patel/.test(text) ? ['"Mrs Patel" looks like a name'] : []),
    });
    await runInterview(ctx);
    expect(prompter.asked.filter((a) => a.message.includes('What happened'))[1]?.default).toBe('Mrs Patel showed me her son’s spacer.');
    expect(ctx.draft.answers.experience).toBe('A parent showed me her son’s spacer.');
  });

  it('previews, lets the person change an answer, and saves the changed entry', async () => {
    const script = fullReflection.slice(0, -1);
    script.push(
      { expect: 'Save this reflection', select: 'edit' },
      { expect: 'Which answer', select: 'title' },
      { expect: 'title', text: 'Spacers need masks under five' },
      { expect: 'Save this reflection', select: 'save' },
    );
    const { ctx, prompter } = setup('constructivist', script);
    const outcome = await runInterview(ctx);
    expect(prompter.said.filter((s) => s.includes('PREVIEW'))).toEqual([
      expect.stringContaining('PREVIEW Spacer technique in under-fives'),
      expect.stringContaining('PREVIEW Spacers need masks under five'),
    ]);
    expect(outcome.action === 'save' && outcome.built.frontMatter.title).toBe('Spacers need masks under five');
  });

  it('discards only after a confirmation', async () => {
    const script = fullReflection.slice(0, -1);
    script.push(
      { select: 'discard' },
      { expect: 'Discard this reflection', confirm: false },
      { select: 'discard' },
      { expect: 'Discard this reflection', confirm: true },
    );
    const { ctx } = setup('constructivist', script);
    expect(await runInterview(ctx)).toEqual({ action: 'discard' });
  });

  it('asks every built-in template’s questions in its own order', async () => {
    for (const id of ['driscoll', 'sea', 'nmc-reflective-account', 'gphc-planned', 'quick']) {
      const t = template(id);
      const script: Step[] = [];
      for (const key of t.ask) {
        const field = t.fields.find((f) => f.key === key);
        const section = t.sections.find((s) => s.key === key);
        const kind = field?.kind ?? section?.kind;
        if (key === 'visibility' || key === 'loop' || key === 'level') script.push({ select: undefined });
        else if (kind === 'multi') script.push({ checkbox: [] });
        else if (kind === 'belief' || kind === 'action') script.push({ text: '' });
        else if (kind === 'date') script.push({ text: '2026-11-20' });
        else if (kind === 'number') script.push({ text: '1' });
        else script.push({ text: `${key} answer` });
      }
      script.push({ select: 'save' });
      const { ctx, prompter } = setup(id, script);
      const outcome = await runInterview(ctx);
      expect(prompter.remaining, id).toBe(0);
      assert(outcome.action === 'save', `${id}: expected the interview to end in save`);
      expect(outcome.built.frontMatter.template).toBe(id);
      for (const s of t.sections.filter((sec) => sec.kind === 'text' || sec.kind === 'editor')) {
        expect(outcome.built.body, `${id} ${s.key}`).toContain(`## ${s.heading}\n\n${s.key} answer`);
      }
      if (id === 'quick') expect(outcome.built.frontMatter.status).toBe('draft');
    }
  });
});

describe('a tired clinician at 8 pm (issue 17)', () => {
  it('the short reflection asks six questions and still records what was learned and what will change', async () => {
    const { ctx, prompter } = setup('reflect-short', [
      { expect: 'title', text: 'Lactate before fluids' },
      { expect: 'What happened', text: 'The registrar asked for a lactate first.' },
      { expect: 'What did you learn', text: 'Lactate guides the fluids.' },
      { expect: 'differently', text: 'Take it with the first bloods.' },
      { expect: 'When did it happen', text: '' },
      { expect: 'How many hours', text: '20 min' },
      { expect: 'Save this reflection', select: 'save' },
    ]);
    const outcome = await runInterview(ctx);
    assert(outcome.action === 'save');
    expect(prompter.asked.filter((q) => !q.message.startsWith('Save'))).toHaveLength(6);
    expect(outcome.built.frontMatter).toMatchObject({ template: 'reflect-short', date: '2026-11-27', hours: 0.33 });
    expect(outcome.built.body).toContain('## What I learned\n\nLactate guides the fluids.\n');
    expect(outcome.built.body).toContain('## What I will do differently\n\nTake it with the first bloods.\n');
  });

  it('asks "what did you already believe?" only when no belief was recorded', async () => {
    const script = [...fullReflection];
    const at = script.findIndex((s) => s.expect === 'what did you believe before');
    script.splice(at, 5, { text: '' }, { expect: 'already know or believe', text: 'I thought masks were for toddlers.' });
    const { ctx } = setup('constructivist', script);
    const outcome = await runInterview(ctx);
    assert(outcome.action === 'save');
    expect(outcome.built.body).toContain('## What I already believed\n\nI thought masks were for toddlers.\n');
  });

  it('says "Enter keeps what is shown" only when something is shown', async () => {
    const { ctx, prompter } = setup('constructivist', fullReflection);
    await runInterview(ctx);
    const now = prompter.asked.find((q) => q.message.includes('What do you believe now'));
    expect(now?.default).toBeUndefined(); // the belief changed: nothing to keep
    expect(now?.hint).not.toContain('Enter keeps');
  });

  it('takes hours as people type them: 1h30, 90 min, 1,5', async () => {
    for (const typed of ['1h30', '90 min', '1,5']) {
      const script = fullReflection.map((s) => (s.expect === 'How many hours' ? { ...s, text: typed } : s));
      const { ctx, prompter } = setup('constructivist', script);
      await runInterview(ctx);
      expect(ctx.draft.answers.hours).toBe(1.5);
      expect(prompter.refusals).toEqual([]);
      expect(prompter.said).toContain(messages.interview.hoursResolved(1.5));
    }
  });

  it('a trailing /e carries on in the editor with the text so far, and shows what came back', async () => {
    const script = [...fullReflection];
    const at = script.findIndex((s) => s.expect === 'What happened');
    script.splice(at, 1, { text: 'I felt anxious /e' }, { editor: (sofar) => `${sofar} when the parent asked.\n\nThen I watched.\n` });
    const { ctx, prompter } = setup('constructivist', script);
    await runInterview(ctx);
    expect(prompter.asked.find((q) => q.type === 'editor')?.default).toBe('I felt anxious');
    expect(ctx.draft.answers.experience).toBe('I felt anxious when the parent asked.\n\nThen I watched.');
    expect(prompter.said.join('\n')).toContain('Captured 3 lines:\n  │ I felt anxious when the parent asked.\n  │ \n  │ Then I watched.');
  });
});
