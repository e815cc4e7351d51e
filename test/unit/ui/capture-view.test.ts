import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/privacy/kinds.js';
import { captureView } from '../../../src/ui/capture-view.js';
import { Ui } from '../../../src/ui/output.js';
import { FakePrompter } from '../../helpers/fake-prompter.js';

/** A Ui writing to streams the test reads back (no colour), as a terminal session would. */
function testUi(): { ui: Ui; stderr: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let said = '';
  stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
  return { ui: new Ui({ stdout, stderr }, { env: { NO_COLOR: '1' } }), stderr: () => said };
}

const nhs: Finding = { file: 'x.md', line: 9, column: 17, kind: 'nhs-number', text: '943 476 5919', confidence: 'high', reason: 'check-digit' };

describe('the capture warning in a terminal (issue 13)', () => {
  it('shows where each finding is, what it is and why, with the text itself since the clinician is at the screen', async () => {
    const { ui, stderr } = testUi();
    const prompter = new FakePrompter([{ select: 'Replace each with a placeholder ([name], [NHS number]…)' }]);
    const view = captureView(ui, async () => prompter);
    view.show([nhs], 'entries/2026/11/x.md');
    await new Promise((resolve) => setImmediate(resolve));
    expect(stderr()).toContain('line 9, column 17: nhs-number "943 476 5919" (high: its check digit is valid)');
    expect(await view.choose?.({ strict: false })).toBe('placeholders');
    expect(prompter.asked[0]?.choices).toEqual(['placeholders', 'private', 'edit', 'save']);
  });

  it('under --strict offers no "save as it is" (nor private, which still saves it): placeholders, edit, or not saving', async () => {
    const { ui } = testUi();
    const prompter = new FakePrompter([{ select: 'cancel' }]);
    const view = captureView(ui, async () => prompter);
    expect(await view.choose?.({ strict: true })).toBe('cancel');
    expect(prompter.asked[0]?.choices).toEqual(['placeholders', 'edit', 'cancel']);
  });

  it('without a terminal asks nothing and never prints the matched text (stderr may be a log)', async () => {
    const { ui, stderr } = testUi();
    const view = captureView(ui, undefined);
    view.show([nhs], 'entries/2026/11/x.md');
    await new Promise((resolve) => setImmediate(resolve));
    expect(view.choose).toBeUndefined();
    expect(stderr()).toContain('line 9, column 17: nhs-number (high');
    expect(stderr()).not.toContain('943 476 5919');
  });
});
