/** What the guided interview is handed: its ports, its words and the draft it fills. */
import type { ActivityType } from '../../codecs/profile.js';
import type { Template } from '../../codecs/template.js';
import type { Draft } from './draft.js';
import type { Prompter } from './prompter.js';
import type { Answers, BuiltEntry } from './reflection.js';

/** A CPD activity type, as the journal's regulator profile defines it (one type, read by the one profile parser). */
export type { ActivityType };

/** The words the interview says (from ui/messages.ts, injected so core holds no user strings of its own). */
export interface InterviewWords {
  required: string;
  notADate: (text: string) => string;
  notHours: string;
  /** Hours typed another way (`1h30`) said back as a number. */
  hoursResolved: (hours: number) => string;
  participatoryTooMany: (hours: number) => string;
  dateResolved: (iso: string) => string;
  skip: string;
  otherActivity: string;
  otherActivityPrompt: string;
  sectionHintEditor: (required: boolean) => string;
  sectionHintText: (required: boolean) => string;
  editorEmptyRequired: string;
  editorFailed: (reason: string) => string;
  /** The first lines of what the editor saved. */
  editorCaptured: (text: string) => string;
  listHint: string;
  tagsUsed: (tags: string[]) => string;
  beliefPrompt: (prompt: string) => string;
  beliefHint: string;
  beliefFirmness: string;
  beliefOutcome: string;
  beliefAfter: string;
  /** The hint under "what do you believe now?", depending on whether an answer is shown to keep. */
  beliefAfterHint: (shown: boolean) => string;
  anotherBelief: string;
  actionPrompt: (prompt: string) => string;
  actionHint: string;
  actionDue: string;
  actionDueHint: string;
  anotherAction: string;
  reviewTitle: string;
  reviewChoose: string;
  reviewSave: string;
  reviewEdit: string;
  reviewDiscard: string;
  reviewWhich: string;
  reviewProblem: (message: string) => string;
  discardConfirm: string;
  privacyWarning: (warning: string) => string;
  privacyRewrite: string;
}

/** Everything the interview may use. Each step below takes only the parts it needs (create-astro style). */
export interface InterviewContext {
  prompter: Prompter;
  words: InterviewWords;
  template: Template;
  draft: Draft;
  /** Persists the draft (atomically) after every answer, stamping `updated`. */
  saveDraft: (draft: Draft) => Promise<void>;
  /** Natural dates ("yesterday", "last Tuesday") to YYYY-MM-DD, or undefined when it is not a date. */
  parseDate: (text: string) => Promise<string | undefined>;
  /** From the journal's profile; when absent, activity is free text. */
  activityTypes?: readonly Pick<ActivityType, 'id' | 'name'>[] | undefined;
  /** Tags already used in the journal, most used first. */
  knownTags: readonly string[];
  defaultVisibility: string;
  /**
   * A seam for the privacy guard: given an answer's text, the warnings to show at once (e.g. "looks like an NHS
   * number"). The interview shows them and carries on; the person decides whether to change the answer.
   */
  checkAnswer?: ((text: string) => string[]) | undefined;
  /** Builds the entry from the answers (the same `buildEntry` as `new --answers`); throws a MindlinesError. */
  build: (answers: Answers) => BuiltEntry;
  /** A rendered preview of the built entry. */
  preview: (built: BuiltEntry) => Promise<string>;
  /** Asked once after the template's questions, before the preview (issue 8: the `builds_on` picker). */
  afterQuestions?: ((draft: Draft) => Promise<void>) | undefined;
}

export type InterviewOutcome = { action: 'save'; built: BuiltEntry } | { action: 'discard' };
