import { describe, expect, it } from 'vitest';
import { FsTemplateSource } from '../../../src/adapters/fs-template-source.js';
import { chooseTemplate } from '../../../src/app/reflection.js';
import { defaultConfig } from '../../../src/config/journal-config.js';
import { estimateMinutes, questionCount } from '../../../src/core/reflection/template-time.js';
import { FakePrompter } from '../../helpers/fake-prompter.js';

/** Issue 17: the chooser showed 12 of 14 templates, offered the internal follow-up, and said nothing of time. */
describe('choosing a template', () => {
  const templates = new FsTemplateSource(undefined);

  it('shows every template a person writes with, how long each takes and what it is for, never the internal ones', async () => {
    const prompter = new FakePrompter([{ select: 'reflect-short' }]);
    const chosen = await chooseTemplate({ templates, config: defaultConfig() }, prompter, undefined);
    expect(chosen).toBe('reflect-short');
    const [question] = prompter.asked;
    const ids = question?.choices as string[];
    expect(ids).not.toContain('follow-up');
    expect(ids).toHaveLength((await templates.all()).size - 1);
    expect(ids.slice(0, 2)).toEqual(['constructivist', 'reflect-short']); // the journal's default, then the short path
    expect(question?.hint).toContain('--short');
  });

  it('says the short reflection takes under five minutes and the constructivist one about fifteen', async () => {
    const short = await templates.get('reflect-short');
    const full = await templates.get('constructivist');
    expect(questionCount(short)).toBeLessThanOrEqual(6);
    expect(estimateMinutes(short)).toBe(4);
    expect(estimateMinutes(full)).toBe(15);
    expect(short.offerLinks).toBe(false);
  });
});
