/**
 * The wiring of a cohort export (issue 16): many trainees' journals, each opened as the library opens one, one
 * browser for all their PDFs. Beside container.ts, the composition root it builds on.
 */
import type { CohortPorts } from './app/export-cohort.js';
import type { JournalPorts } from './app/context.js';
import { clockFor, createUi, once, openJournalPorts, type CliContext, type GlobalOptions, type Runtime } from './container.js';
import { fsLocalFiles } from './adapters/fs-local-files.js';
import type { PdfPrinter } from './core/cpd/ports.js';
import type { LocalFiles } from './core/workspace-ports.js';
import { UsageError } from './errors.js';
import { messages } from './ui/messages.js';

/** What `export cpd` over several journals (a cohort) is handed: no journal of its own, the means to open each. */
export interface CohortContext extends CliContext {
  cohort: CohortPorts;
  files: LocalFiles;
  /** Makes the folder the reports go to. */
  makeFolder(dir: string): Promise<void>;
  isFile(path: string): boolean;
}

/**
 * The cohort's context: each trainee's journal opened as the library opens one (never created), with the clock of
 * MINDLINES_NOW. The folder adapter loads only here.
 */
export async function openCohortContext(runtime: Runtime, globals: GlobalOptions): Promise<CohortContext> {
  const folders = await import('./adapters/fs-folders.js');
  return {
    runtime,
    globals,
    ui: createUi(runtime, globals),
    cohort: await cohortPorts({ env: runtime.env, cwd: runtime.cwd }),
    files: fsLocalFiles,
    makeFolder: folders.makeFolder,
    isFile: folders.isFile,
  };
}

/** The ports of a cohort export, for the command line and the library alike. */
export async function cohortPorts(options: { env: NodeJS.ProcessEnv; cwd: string; now?: Date | string | undefined }): Promise<CohortPorts> {
  const folders = await import('./adapters/fs-folders.js');
  const { env, cwd, now } = options;
  // One browser prints every trainee's PDF: starting one costs more than a page.
  const printer = once(async () => (await import('./adapters/chromium/chromium-pdf-printer.js')).chromiumPdfPrinter({ env }));
  let printed = false;
  const shared: PdfPrinter = {
    print: async (html) => {
      printed = true;
      return (await printer()).print(html);
    },
  };
  return {
    openJournal: async (root) => ({ ...((await openJournalPorts({ flag: root, env, cwd, discovery: 'existing', now })).ports as JournalPorts), printer: shared }),
    close: async () => {
      if (printed) await (await printer()).close();
    },
    listFolders: async (dir) => {
      if (folders.isFile(dir)) throw new UsageError(messages.cohortJournalsNotFolder(dir));
      try {
        return await folders.listFolders(dir);
      } catch (error) {
        throw new UsageError(messages.cohortJournalsMissing(dir, messages.describeError(error)), { cause: error });
      }
    },
    clock: clockFor(now, env),
  };
}

