import type { CheckboxQuestion, ConfirmQuestion, EditorQuestion, Prompter, SearchQuestion, SelectQuestion, TextQuestion } from '../../src/core/reflection/prompter.js';

/** One scripted answer: the question it expects (a part of its message) and what the person "does". */
export type Step =
  | { text: string; expect?: string | RegExp }
  | { select: unknown; expect?: string | RegExp }
  | { checkbox: unknown[]; expect?: string | RegExp }
  | { confirm: boolean; expect?: string | RegExp }
  | { editor: string | ((text: string) => string); expect?: string | RegExp }
  | { cancel: true; expect?: string | RegExp }
  /** A searchable list (the builds_on picker): types `term`, then chooses `search` (a value or a name) among the matches. */
  | { search: unknown; term?: string; expect?: string | RegExp };

export class CancelledPrompt extends Error {
  override name = 'ExitPromptError';
}

/**
 * A Prompter that answers from a script, checking each question is the one expected, and records everything it
 * was asked and told. Text answers go through the question's own validation, as in a terminal: an answer it
 * refuses fails the test unless the script expects the refusal (`{ text, expect: 'refused' }` is not supported:
 * script the retry instead).
 */
export class FakePrompter implements Prompter {
  readonly asked: { type: string; message: string; default?: unknown; hint?: string | undefined; choices?: unknown[] }[] = [];
  readonly said: string[] = [];
  readonly refusals: string[] = [];

  private readonly script: Step[];

  constructor(script: readonly Step[]) {
    this.script = [...script];
  }

  get remaining(): number {
    return this.script.length;
  }

  private next<K extends string>(type: K, message: string): Step {
    const step = this.script.shift();
    if (!step) throw new Error(`the script ran out at ${type} "${message}"`);
    if (step.expect !== undefined) {
      const ok = typeof step.expect === 'string' ? message.includes(step.expect) : step.expect.test(message);
      if (!ok) throw new Error(`expected a question matching ${String(step.expect)} but was asked ${type} "${message}"`);
    }
    if ('cancel' in step) throw new CancelledPrompt('User force closed the prompt with SIGINT');
    return step;
  }

  async text(q: TextQuestion): Promise<string> {
    for (;;) {
      this.asked.push({ type: 'text', message: q.message, default: q.default, hint: q.hint });
      const step = this.next('text', q.message);
      if (!('text' in step)) throw new Error(`script gave ${Object.keys(step)[0]} for text question "${q.message}"`);
      const value = step.text === '' && q.default !== undefined ? q.default : step.text;
      const problem = await q.validate?.(value);
      if (problem === undefined) return value;
      this.refusals.push(problem);
    }
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    this.asked.push({ type: 'select', message: q.message, default: q.default, hint: q.hint, choices: q.choices.map((c) => c.value) });
    const step = this.next('select', q.message);
    if (!('select' in step)) throw new Error(`script gave ${Object.keys(step)[0]} for select "${q.message}"`);
    if (step.select === undefined) return (q.default ?? q.choices[0]?.value) as T;
    const choice = q.choices.find((c) => c.value === step.select || c.name === step.select);
    if (!choice) throw new Error(`"${String(step.select)}" is not a choice of "${q.message}": ${q.choices.map((c) => String(c.value)).join(', ')}`);
    return choice.value;
  }

  async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> {
    this.asked.push({ type: 'checkbox', message: q.message, choices: q.choices.map((c) => c.value) });
    const step = this.next('checkbox', q.message);
    if (!('checkbox' in step)) throw new Error(`script gave ${Object.keys(step)[0]} for checkbox "${q.message}"`);
    return step.checkbox.map((wanted) => {
      const choice = q.choices.find((c) => c.value === wanted || c.name === wanted);
      if (!choice) throw new Error(`"${String(wanted)}" is not a choice of "${q.message}"`);
      return choice.value;
    });
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    this.asked.push({ type: 'confirm', message: q.message, default: q.default });
    const step = this.next('confirm', q.message);
    if (!('confirm' in step)) throw new Error(`script gave ${Object.keys(step)[0]} for confirm "${q.message}"`);
    return step.confirm;
  }

  async editor(q: EditorQuestion): Promise<string> {
    this.asked.push({ type: 'editor', message: q.message, default: q.default });
    const step = this.next('editor', q.message);
    if (!('editor' in step)) throw new Error(`script gave ${Object.keys(step)[0]} for the editor "${q.message}"`);
    return typeof step.editor === 'function' ? step.editor(q.default ?? '') : step.editor;
  }

  async search<T>(q: SearchQuestion<T>): Promise<T> {
    const step = this.next('search', q.message);
    if (!('search' in step)) throw new Error(`script gave ${Object.keys(step)[0]} for search "${q.message}"`);
    const choices = q.source(step.term);
    this.asked.push({ type: 'search', message: q.message, hint: q.hint, choices: choices.map((c) => c.value) });
    const choice = choices.find((c) => c.value === step.search || c.name === step.search);
    if (!choice) throw new Error(`"${String(step.search)}" is not among the matches for "${step.term ?? ''}": ${choices.map((c) => c.name).join(' | ')}`);
    return choice.value;
  }

  say(text: string): void {
    this.said.push(text);
  }
}
