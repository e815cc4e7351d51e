import type { Profile } from '../codecs/profile.js';
import { describeMonthDay, parseMonthDay } from '../config/settings.js';
import type { Prompter } from '../core/reflection/prompter.js';
import { messages } from '../ui/messages.js';

/**
 * The first run in a terminal (issue 17): before the default journal is made, three questions with sensible
 * defaults, so it starts with the person's name, their regulator's profile and their appraisal year, not `generic`
 * and January. Everything can be changed later with `mindlines config set`.
 */

export interface FirstRunAnswers {
  registrant: { name?: string | undefined };
  profile: string;
  /** MM-DD. */
  yearStart: string;
}

/** The profiles in the order people look for them: the UK regulators, the others, then the general record. */
const ORDER = ['gmc', 'nmc', 'gphc', 'hcpc', 'ahpra-medical', 'rcpsc-moc', 'ama'];
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : id === 'generic' ? ORDER.length + 1 : ORDER.length);

/** NHS appraisal and revalidation years start in April; a profile that says otherwise (AHPRA: January) wins. */
export const DEFAULT_YEAR_START = '04-01';

const ANOTHER_DAY = 'another';

export async function askFirstRun(prompter: Prompter, profiles: readonly Profile[], defaults: { name?: string | undefined }): Promise<FirstRunAnswers> {
  const w = messages.firstRun;
  prompter.say(w.welcome);
  const name = (
    await prompter.text({ message: w.name, hint: w.nameHint, ...(defaults.name ? { default: defaults.name } : {}) })
  ).trim();
  const sorted = [...profiles].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  const profile = await prompter.select({
    message: w.regulator,
    hint: w.regulatorHint,
    choices: sorted.map((p) => ({ value: p.id, name: w.profileChoice(p.id, p.name), description: p.regulator })),
    default: 'generic',
  });
  const own = profiles.find((p) => p.id === profile)?.period.yearStart;
  const suggested = own ?? DEFAULT_YEAR_START;
  const days = [...new Set([suggested, '04-01', '01-01'])];
  const chosen = await prompter.select({
    message: w.yearStart,
    hint: w.yearStartHint,
    choices: [...days.map((day) => ({ value: day, name: w.yearStartChoice(describeMonthDay(day), day) })), { value: ANOTHER_DAY, name: w.yearStartAnother }],
    default: suggested,
  });
  const yearStart =
    chosen === ANOTHER_DAY
      ? (parseMonthDay(await prompter.text({ message: w.yearStartDay, validate: (value) => (parseMonthDay(value) ? undefined : w.yearStartInvalid(value)) })) as string)
      : chosen;
  return { registrant: { name: name || undefined }, profile, yearStart };
}
