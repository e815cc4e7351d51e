import { programHelp, programOptions } from './help/program.js';
import { journalHelp, journalOptions } from './help/journal.js';
import { reflectionHelp, reflectionOptions } from './help/reflection.js';
import { privacyHelp, privacyOptions } from './help/privacy.js';
import { loopHelp, loopOptions } from './help/loop.js';
import { evidenceHelp, evidenceOptions } from './help/evidence.js';
import { teamHelp } from './help/team.js';
import { searchHelp, searchOptions } from './help/search.js';

/**
 * Command descriptions and the examples shown under `--help`. Each command group keeps its texts in its own module
 * under help/ (as it registers itself from its own module under program/); callers see one `help` object.
 */
export const help = {
  ...programHelp,
  ...journalHelp,
  ...reflectionHelp,
  ...privacyHelp,
  ...loopHelp,
  ...evidenceHelp,
  ...teamHelp,
  ...searchHelp,
  options: {
    ...programOptions,
    ...journalOptions,
    ...reflectionOptions,
    ...privacyOptions,
    ...loopOptions,
    ...evidenceOptions,
    ...searchOptions,
  },
} as const;
