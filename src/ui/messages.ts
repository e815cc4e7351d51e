import { describeError } from './messages/describe-error.js';
import { journalMessages } from './messages/journal.js';
import { entriesMessages } from './messages/entries.js';
import { reflectionMessages } from './messages/reflection.js';
import { privacyMessages } from './messages/privacy.js';
import { privacyCaptureMessages } from './messages/privacy-capture.js';
import { loopMessages } from './messages/loop.js';
import { cpdMessages } from './messages/cpd.js';
import { teamMessages } from './messages/team.js';
import { searchMessages } from './messages/search.js';
import { errorsMessages } from './messages/errors.js';
import { reliabilityMessages } from './messages/reliability.js';
import { recordsMessages } from './messages/records.js';
import { housekeepingMessages } from './messages/housekeeping.js';
// issue 18: import, attach, lock
import { importMessages } from './messages/import.js';
import { evidenceMessages } from './messages/evidence.js';
import { lockMessages } from './messages/lock.js';

/**
 * Every sentence mindlines says to a user, in one catalogue (as jrnl does), so wording stays consistent and can be
 * reviewed together. Functions take the variable parts. Each domain keeps its sentences in its own module under
 * messages/, so work on one domain does not touch the others; callers see one `messages` object.
 */
export const messages = {
  describeError,
  ...journalMessages,
  ...entriesMessages,
  ...reflectionMessages,
  ...privacyMessages,
  ...privacyCaptureMessages,
  ...loopMessages,
  ...cpdMessages,
  ...teamMessages,
  ...searchMessages,
  ...errorsMessages,
  ...reliabilityMessages,
  ...recordsMessages,
  ...housekeepingMessages,
  // issue 18
  ...importMessages,
  ...evidenceMessages,
  ...lockMessages,
} as const;
