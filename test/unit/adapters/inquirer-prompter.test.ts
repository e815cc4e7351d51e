import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InquirerPrompter } from '../../../src/adapters/inquirer-prompter.js';
import { isPromptCancel } from '../../../src/core/reflection/prompter.js';

/** A keyboard: a stream readline reads keys from, as it would a terminal in raw mode. */
function keyboard() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
  let screen = '';
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        screen += String(chunk);
        done();
      },
    }),
    { isTTY: true, columns: 80, rows: 24 },
  );
  const prompter = new InquirerPrompter({ input, output, root: '/nonexistent', env: {}, dim: (t) => t });
  return { input, prompter, screen: () => screen };
}

describe('the terminal prompter', () => {
  it('bug: Ctrl-D during the interview exited silently with code 0; it now cancels the prompt like Ctrl-C', async () => {
    const { input, prompter } = keyboard();
    const answer = prompter.text({ message: 'What happened?' });
    setTimeout(() => input.write('I felt anx\u0004'), 20);
    const error = await answer.catch((e: unknown) => e);
    expect(isPromptCancel(error)).toBe(true);
  });

  it('still takes a typed answer', async () => {
    const { input, prompter } = keyboard();
    const answer = prompter.text({ message: 'Title' });
    setTimeout(() => input.write('Spacers\r'), 20);
    await expect(answer).resolves.toBe('Spacers');
  });

  it('shows every choice a 24-row terminal has room for, and says when there are more', async () => {
    const { input, prompter, screen } = keyboard();
    const choices = Array.from({ length: 30 }, (_, i) => ({ value: i, name: `choice ${i + 1}` }));
    const answer = prompter.select({ message: 'Which?', choices });
    setTimeout(() => input.write('\r'), 20);
    await expect(answer).resolves.toBe(0);
    expect(screen()).toContain('choice 17');
    expect(screen()).not.toContain('choice 18');
    expect(screen()).toContain('to see all 30');
  });
});
