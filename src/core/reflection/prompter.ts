/**
 * The Prompter port: every question mindlines asks in a terminal goes through it. The adapter
 * (`adapters/inquirer-prompter.ts`) draws the prompts with @inquirer; tests hand the interview a fake with canned
 * answers. Cancelling (Ctrl-C) rejects with an error whose name is `ExitPromptError`, as @inquirer does.
 */

export interface Choice<T> {
  value: T;
  /** What the list shows. */
  name: string;
  /** One line shown under the list while this choice is highlighted. */
  description?: string;
}

export interface TextQuestion {
  message: string;
  /** One line of help shown under the question. */
  hint?: string;
  /** Shown dimmed; Enter on an empty line takes it, Tab puts it on the line to edit. */
  default?: string;
  /** Returns a sentence saying what is wrong, or undefined when the answer is acceptable. */
  validate?: (value: string) => string | undefined | Promise<string | undefined>;
  /** Words offered with Tab for the part of the answer after the last comma (tags). */
  suggestions?: readonly string[];
}

export interface SelectQuestion<T> {
  message: string;
  hint?: string;
  choices: readonly Choice<T>[];
  default?: T;
}

export interface CheckboxQuestion<T> {
  message: string;
  hint?: string;
  choices: readonly (Choice<T> & { checked?: boolean })[];
}

export interface ConfirmQuestion {
  message: string;
  default?: boolean;
}

export interface EditorQuestion {
  message: string;
  /** The text the editor opens with. */
  default?: string;
  /** File name ending, so the editor picks the right mode (`.md`). */
  extension?: string;
}

/** A list filtered as the person types (the `builds_on` picker over titles). */
export interface SearchQuestion<T> {
  message: string;
  hint?: string;
  /** The choices for what has been typed so far (undefined before anything is typed). */
  source: (term: string | undefined) => readonly Choice<T>[];
}

export interface Prompter {
  text(question: TextQuestion): Promise<string>;
  select<T>(question: SelectQuestion<T>): Promise<T>;
  checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  /** Opens the text in $VISUAL / $EDITOR (in a private folder) and returns what was saved. */
  editor(question: EditorQuestion): Promise<string>;
  /** Prints something between questions (a preview, a warning); never data. */
  say(text: string): void;
  /**
   * A searchable list: type to filter, arrows to move, Enter to choose. Optional so that a prompter without it still
   * works; callers then offer a plain `select` of the same choices.
   */
  search?<T>(question: SearchQuestion<T>): Promise<T>;
}

/** Whether an error means the person cancelled a prompt (Ctrl-C, or the prompt was aborted). */
export function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
