import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { CheckboxQuestion, ConfirmQuestion, EditorQuestion, Prompter, SearchQuestion, SelectQuestion, TextQuestion } from '../core/reflection/prompter.js';
import { emitKeypressEvents } from 'node:readline';
import { styleText } from 'node:util';
import { fitLines, truncate } from '../ui/fit-table.js';
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

  /** The question, then its hint dimmed below it, wrapped at spaces to the terminal (inquirer would cut words). */
  private withHint(message: string, hint: string | undefined, inputLine: boolean): string {
    if (!hint) return message;
    const columns = (this.options.output as { columns?: number }).columns;
    const lines = hint.split('\n').flatMap((line) => fitLines(line, columns ? columns - 4 : undefined).split('\n')).map((line) => `  ${this.options.dim(line.trim())}`);
    return `${message}\n${lines.join('\n')}${inputLine ? '\n ›' : ''}`;
  }

  /**
   * Once answered, a question keeps only its first line on the screen, beside the answer: the hints were for while
   * it was being answered (issue 17: at 80 columns the answered hints filled the screen).
   */
  private readonly theme = {
    style: { message: (text: string, status: string) => styleText('bold', status === 'done' ? (text.split('\n')[0] ?? text) : text) },
  };

  async text(question: TextQuestion): Promise<string> {
    return this.asking((context) =>
      input(
        {
          message: this.withHint(question.message, question.hint, true),
          theme: this.theme,
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

  /** The line under a list for the highlighted choice, wrapped at spaces (inquirer prints it as it is). */
  private fitDescription(text: string): string {
    const columns = (this.options.output as { columns?: number }).columns;
    return fitLines(text, columns ? columns - 1 : undefined).replace(/\n {2}/g, '\n');
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
          theme: this.theme,
          choices: question.choices.map((c) => ({ value: c.value, name: this.fitName(c.name), ...(c.description ? { description: this.fitDescription(c.description) } : {}) })),
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
          theme: this.theme,
          choices: question.choices.map((c) => ({
            value: c.value,
            name: this.fitName(c.name),
            checked: Boolean(c.checked),
            ...(c.description ? { description: this.fitDescription(c.description) } : {}),
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
          theme: this.theme,
          source: (term) => question.source(term).map((c) => ({ value: c.value, name: this.fitName(c.name), ...(c.description ? { description: this.fitDescription(c.description) } : {}) })),
          pageSize: 10,
        },
        context,
      ),
    );
  }

  async confirm(question: ConfirmQuestion): Promise<boolean> {
    return this.asking((context) => confirm({ message: question.message, default: question.default ?? false, theme: this.theme }, context));
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

  /** Between questions: wrapped at spaces to the terminal's width, so nothing breaks mid-word. */
  say(text: string): void {
    const columns = (this.options.output as { columns?: number }).columns;
    const fitted = fitLines(text.replace(/\n$/, ''), columns ? columns - 1 : undefined);
    this.options.output.write(`${fitted}\n`);
  }
}
