import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { CheckboxQuestion, ConfirmQuestion, EditorQuestion, Prompter, SearchQuestion, SelectQuestion, TextQuestion } from '../core/reflection/prompter.js';
import { emitKeypressEvents } from 'node:readline';
import { truncate } from '../ui/fit-table.js';
import { messages } from '../ui/messages.js';
import { editText } from './editor-launcher.js';

export interface InquirerPrompterOptions {
  input: NodeJS.ReadableStream;
  /** Where prompts are drawn: the terminal on stderr, so stdout stays data (`path=$(mindlines new)` works). */
  output: NodeJS.WritableStream;
  /** The journal root: editor files go to its private `.mindlines/editing/` folder. */
  root: string;
  env: NodeJS.ProcessEnv;
  dim: (text: string) => string;
  /** The journal's `editor` setting. */
  editor?: string | undefined;
}

/** The Prompter port drawn with @inquirer/prompts in a real terminal. */
export class InquirerPrompter implements Prompter {
  constructor(private readonly options: InquirerPrompterOptions) {}

  /**
   * Runs one prompt so that Ctrl-D (end of input) cancels it as Ctrl-C does (issue 17). Without this, readline
   * closes on Ctrl-D, the prompt never settles, and node exits 0 in silence, losing the last answer's context.
   */
  private async asking<T>(prompt: (context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal }) => Promise<T>): Promise<T> {
    const input = this.options.input;
    const controller = new AbortController();
    const onKey = (_text: unknown, key?: { ctrl?: boolean; name?: string }) => {
      if (key?.ctrl && key.name === 'd') controller.abort(new Error('end of input (Ctrl-D)'));
    };
    const onEnd = () => controller.abort(new Error('end of input'));
    emitKeypressEvents(input);
    input.on('keypress', onKey);
    input.once('end', onEnd);
    try {
      return await prompt({ input, output: this.options.output, signal: controller.signal });
    } finally {
      input.off('keypress', onKey);
      input.off('end', onEnd);
    }
  }

  private withHint(message: string, hint: string | undefined, inputLine: boolean): string {
    if (!hint) return message;
    const lines = hint.split('\n').map((line) => `  ${this.options.dim(line)}`);
    return `${message}\n${lines.join('\n')}${inputLine ? '\n ›' : ''}`;
  }

  async text(question: TextQuestion): Promise<string> {
    return this.asking((context) =>
      input(
        {
          message: this.withHint(question.message, question.hint, true),
          ...(question.default !== undefined && question.default !== '' ? { default: question.default } : {}),
          validate: async (value: string) => (await question.validate?.(value)) ?? true,
        },
        context,
      ),
    );
  }

  /** As many rows of a list as the terminal has room for (issue 17: 12 of 14 templates showed, with no sign of more). */
  private pageSize(count: number): number {
    const rows = (this.options.output as { rows?: number }).rows ?? 24;
    return Math.max(5, Math.min(count, rows - 7));
  }

  /** A choice's line cut to the terminal's width, so no line of a list wraps. */
  private fitName(name: string): string {
    const columns = (this.options.output as { columns?: number }).columns;
    return columns ? truncate(name, Math.max(20, columns - 4)) : name;
  }

  /** "(↑↓ 14 in all)" under a list that does not fit on the screen. */
  private moreHint(choices: readonly unknown[], hint: string | undefined): string | undefined {
    if (choices.length <= this.pageSize(choices.length)) return hint;
    return [hint, messages.listScrolls(choices.length)].filter(Boolean).join('\n');
  }

  async select<T>(question: SelectQuestion<T>): Promise<T> {
    return this.asking((context) =>
      select<T>(
        {
          message: this.withHint(question.message, this.moreHint(question.choices, question.hint), false),
          choices: question.choices.map((c) => ({ value: c.value, name: this.fitName(c.name), ...(c.description ? { description: c.description } : {}) })),
          ...(question.default !== undefined ? { default: question.default } : {}),
          pageSize: this.pageSize(question.choices.length),
        },
        context,
      ),
    );
  }

  async checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]> {
    return this.asking((context) =>
      checkbox<T>(
        {
          message: this.withHint(question.message, this.moreHint(question.choices, question.hint), false),
          choices: question.choices.map((c) => ({
            value: c.value,
            name: this.fitName(c.name),
            checked: Boolean(c.checked),
            ...(c.description ? { description: c.description } : {}),
          })),
          pageSize: this.pageSize(question.choices.length),
        },
        context,
      ),
    );
  }

  async search<T>(question: SearchQuestion<T>): Promise<T> {
    return this.asking((context) =>
      search<T>(
        {
          message: this.withHint(question.message, question.hint, false),
          source: (term) => question.source(term).map((c) => ({ value: c.value, name: this.fitName(c.name), ...(c.description ? { description: c.description } : {}) })),
          pageSize: 10,
        },
        context,
      ),
    );
  }

  async confirm(question: ConfirmQuestion): Promise<boolean> {
    return this.asking((context) => confirm({ message: question.message, default: question.default ?? false }, context));
  }

  async editor(question: EditorQuestion): Promise<string> {
    return editText(question.default ?? '', {
      root: this.options.root,
      env: this.options.env,
      editor: this.options.editor,
      extension: question.extension ?? '.md',
      // Which editor opens, and how to choose another (issue 17: vi used to open without a word).
      announce: (editor, source) => this.say(this.options.dim(messages.editorOpening(question.message, editor, source))),
    });
  }

  say(text: string): void {
    this.options.output.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}
