import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { CheckboxQuestion, ConfirmQuestion, EditorQuestion, Prompter, SearchQuestion, SelectQuestion, TextQuestion } from '../core/reflection/prompter.js';
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
}

/** The Prompter port drawn with @inquirer/prompts in a real terminal. */
export class InquirerPrompter implements Prompter {
  constructor(private readonly options: InquirerPrompterOptions) {}

  private get context() {
    return { input: this.options.input, output: this.options.output };
  }

  private withHint(message: string, hint: string | undefined, inputLine: boolean): string {
    if (!hint) return message;
    const lines = hint.split('\n').map((line) => `  ${this.options.dim(line)}`);
    return `${message}\n${lines.join('\n')}${inputLine ? '\n ›' : ''}`;
  }

  async text(question: TextQuestion): Promise<string> {
    return input(
      {
        message: this.withHint(question.message, question.hint, true),
        ...(question.default !== undefined && question.default !== '' ? { default: question.default } : {}),
        validate: async (value: string) => (await question.validate?.(value)) ?? true,
      },
      this.context,
    );
  }

  async select<T>(question: SelectQuestion<T>): Promise<T> {
    return select<T>(
      {
        message: this.withHint(question.message, question.hint, false),
        choices: question.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
        ...(question.default !== undefined ? { default: question.default } : {}),
        pageSize: 12,
      },
      this.context,
    );
  }

  async checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]> {
    return checkbox<T>(
      {
        message: this.withHint(question.message, question.hint, false),
        choices: question.choices.map((c) => ({
          value: c.value,
          name: c.name,
          checked: Boolean(c.checked),
          ...(c.description ? { description: c.description } : {}),
        })),
        pageSize: 12,
      },
      this.context,
    );
  }

  async search<T>(question: SearchQuestion<T>): Promise<T> {
    return search<T>(
      {
        message: this.withHint(question.message, question.hint, false),
        source: (term) => question.source(term).map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
        pageSize: 10,
      },
      this.context,
    );
  }

  async confirm(question: ConfirmQuestion): Promise<boolean> {
    return confirm({ message: question.message, default: question.default ?? false }, this.context);
  }

  async editor(question: EditorQuestion): Promise<string> {
    this.say(this.options.dim(messages.editorOpening(question.message)));
    return editText(question.default ?? '', {
      root: this.options.root,
      env: this.options.env,
      extension: question.extension ?? '.md',
    });
  }

  say(text: string): void {
    this.options.output.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}
