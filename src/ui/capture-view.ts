import type { CaptureChoice, CaptureView } from '../app/capture-review.js';
import type { SavedEntry } from '../core/entries/entry-writer.js';
import type { Redaction } from '../core/privacy/redact.js';
import { isBlocking } from '../core/privacy/kinds.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { messages } from './messages.js';
import type { Ui } from './output.js';

/**
 * The capture warning on the terminal (issue 13): the findings at once on stderr (line, column, kind, why; the
 * matched text only when a person is at the terminal, never into a log), then, in a terminal, the choice.
 */
export function captureView(ui: Ui, prompter: (() => Promise<Prompter>) | undefined): CaptureView {
  const inTerminal = prompter !== undefined;
  return {
    show: (findings, file) => {
      ui.warn(ui.safe(messages.captureFound(findings.length, file)));
      for (const f of findings) {
        const why = messages.findingWhy(f.confidence, f.reason, isBlocking(f, false));
        ui.warn(ui.safe(messages.captureFinding(f.line, f.column, f.kind, why, inTerminal ? f.text : undefined)));
      }
    },
    choose: prompter
      ? async ({ strict }) => {
          const choices: CaptureChoice[] = strict ? ['placeholders', 'edit', 'cancel'] : ['placeholders', 'private', 'edit', 'save'];
          return (await prompter()).select<CaptureChoice>({
            message: messages.captureChoose,
            choices: choices.map((value) => ({ value, name: messages.captureChoices[value] })),
            default: 'placeholders',
          });
        }
      : undefined,
  };
}

/** After a capture: what the review changed, or that identifiers were saved. */
export function reportCapture(ui: Ui, saved: Pick<SavedEntry, 'findings' | 'outcome'>): void {
  if (saved.outcome === 'placeholders') ui.info(messages.capturePlaceholders);
  else if (saved.outcome === 'private') ui.info(messages.capturePrivate);
  else if (saved.findings.some((f) => isBlocking(f, false))) ui.warn(messages.captureSavedWithFindings(saved.findings.length));
}

/**
 * The changes a redaction makes, one line each on stderr: where, the kind, and the placeholder; the text replaced
 * only when a person is at the terminal (never into a log).
 */
export function showRedactions(ui: Ui, file: string, redactions: readonly Redaction[], inTerminal: boolean): void {
  ui.info(ui.safe(messages.redactHeading(redactions.length, file)));
  for (const r of redactions) ui.info(ui.safe(messages.redactLine(r.line, r.column, r.kind, r.after, inTerminal ? r.before : undefined)));
}
