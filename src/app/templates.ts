import path from 'node:path';
import { parseTemplate } from '../codecs/template.js';
import { FileFormatError, MindlinesError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

/** Problems found in a template file, as `file:line: field: problem`. */
export class TemplatesInvalidError extends MindlinesError {}

/** What validating one template file found. */
export type TemplateCheck = { file: string; ok: true; id: string; questions: number } | { file: string; ok: false; message: string };

/**
 * `templates validate [FILE]`: parses the file given (relative to the working folder), else every template file
 * (the package's, then the journal's), and says what each holds or where it is wrong. A file that cannot be read
 * at all is a UsageError.
 */
export async function validateTemplates(ctx: Pick<JournalPorts, 'files' | 'cwd' | 'templates'>, file: string | undefined): Promise<TemplateCheck[]> {
  const files = file ? [path.resolve(ctx.cwd, file)] : await ctx.templates.files();
  const checks: TemplateCheck[] = [];
  for (const absolute of files) {
    const relative = path.relative(ctx.cwd, absolute);
    const shown = relative && !relative.startsWith('..') ? relative : absolute;
    let text: string;
    try {
      text = await ctx.files.readText(absolute);
    } catch (error) {
      throw new UsageError(messages.templateFileUnreadable(shown, error), { cause: error });
    }
    try {
      const template = parseTemplate(text, shown);
      checks.push({ file: shown, ok: true, id: template.id, questions: template.ask.length });
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      checks.push({ file: shown, ok: false, message: error.message });
    }
  }
  return checks;
}
