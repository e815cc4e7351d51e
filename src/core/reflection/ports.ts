import type { Template } from '../../codecs/template.js';
import type { Finding } from '../privacy/kinds.js';
import type { BuiltEntry } from './reflection.js';

/**
 * What reflection needs from outside: its templates, the person's editor, the edits kept when they did not parse,
 * and a view to show things in while an interview runs. (The draft store is declared with the Draft, in draft.ts;
 * the prompter in prompter.ts.)
 */

/** Reflection templates: the package's, then the journal's own `templates/`, which override or add. */
export interface TemplateSource {
  /** Every template by id. A journal template that does not parse is an error naming its file and line. */
  all(): Promise<Map<string, Template>>;
  get(id: string): Promise<Template>;
  /** The template files `templates validate` checks: the package's, then the journal's (absolute paths). */
  files(): Promise<string[]>;
}

/** $VISUAL / $EDITOR on a copy of some text in the journal's private folder; resolves with the saved text. */
export interface Editor {
  /** `announce` is told which editor opens and where that choice came from (setting, VISUAL, EDITOR, nano, vi). */
  edit(text: string, options: { name: string; announce?: ((editor: string, source: 'setting' | 'VISUAL' | 'EDITOR' | 'nano' | 'vi') => void) | undefined }): Promise<string>;
}

/** Edits that did not parse, kept (owner-only) while the entry keeps its last good version. */
export interface KeptEdits {
  /** Journal-relative path of the kept edit of an entry, for messages. */
  relative(id: string): string;
  read(id: string): Promise<string | undefined>;
  keep(id: string, text: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * How an interactive session shows things while it runs, supplied by the command from ui/: the preview of the
 * entry about to be saved, the warnings on an answer, and passing notices (a draft resumed, a draft unreadable).
 */
export interface SessionView {
  preview(built: BuiltEntry): Promise<string>;
  describeFindings(findings: readonly Finding[], multiline: boolean): string[];
  info(text: string): void;
  warn(text: string): void;
}
