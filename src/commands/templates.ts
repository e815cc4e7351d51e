import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseTemplate, type Template } from '../codecs/template.js';
import type { Context } from '../container.js';
import { FileFormatError, MindlinesError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

export interface TemplatesOptions {
  action?: string | undefined;
  arg?: string | undefined;
}

function origin(template: Template): string {
  return template.source.startsWith('templates/') ? 'journal' : 'built-in';
}

function questions(template: Template) {
  return template.ask.map((key) => {
    const field = template.fields.find((f) => f.key === key);
    if (field) return { key, where: 'front matter', kind: field.kind, required: field.required, prompt: field.prompt, ...(field.choices ? { choices: field.choices } : {}) };
    const section = template.sections.find((s) => s.key === key) as Template['sections'][number];
    return {
      key,
      where: 'body',
      kind: section.kind,
      required: section.required,
      prompt: section.prompt,
      heading: section.heading,
      ...(section.choices ? { choices: section.choices } : {}),
    };
  });
}

/** Problems found in a template file, as `file:line: field: problem`. */
class TemplatesInvalidError extends MindlinesError {}

async function validateFiles(ctx: Context, files: string[]): Promise<void> {
  let bad = 0;
  for (const file of files) {
    const relative = path.relative(ctx.runtime.cwd, file);
    const shown = relative && !relative.startsWith('..') ? relative : file;
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(messages.templateFileUnreadable(shown, error), { cause: error });
    }
    try {
      const template = parseTemplate(text, shown);
      ctx.ui.info(messages.templateValid(shown, template.id, template.ask.length));
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      bad++;
      ctx.ui.warn(ctx.ui.safe(error.message));
    }
  }
  if (bad > 0) throw new TemplatesInvalidError(messages.templatesInvalid(bad));
}

async function templateFiles(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir))
      .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.'))
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/** `mindlines templates list | show ID | validate [FILE]`. */
export async function runTemplates(opts: TemplatesOptions, ctx: Context): Promise<void> {
  const action = opts.action ?? 'list';
  if (action === 'validate') {
    if (opts.arg) return validateFiles(ctx, [path.resolve(ctx.runtime.cwd, opts.arg)]);
    const { PACKAGE_TEMPLATES } = await import('../adapters/fs-template-source.js');
    const files = [...(await templateFiles(path.join(PACKAGE_TEMPLATES, 'reflection'))), ...(await templateFiles(path.join(ctx.root, 'templates')))];
    return validateFiles(ctx, files);
  }
  const templates = await ctx.templates.all();
  if (action === 'show') {
    if (!opts.arg) throw new UsageError('give the id of the template to show, e.g. mindlines templates show gibbs');
    const t = await ctx.templates.get(opts.arg);
    if (ctx.globals.json) {
      ctx.ui.json({ id: t.id, name: t.name, description: t.description, origin: origin(t), source: t.source, presets: t.presets, questions: questions(t) });
      return;
    }
    const lines = [ctx.ui.color.bold(`${t.name} (${t.id})`), t.description, ctx.ui.color.dim(`${origin(t)}: ${t.source}`), ''];
    for (const q of questions(t)) {
      const flags = [q.kind, q.required ? 'required' : undefined, q.where].filter(Boolean).join(', ');
      lines.push(`  ${q.key.padEnd(22)} ${q.prompt} ${ctx.ui.color.dim(`(${flags})`)}`);
    }
    ctx.ui.data(lines.map((l) => ctx.ui.safe(l)).join('\n'));
    return;
  }
  if (action !== 'list') throw new UsageError(`templates takes list, show ID or validate [FILE], not "${action}"`);
  const all = [...templates.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (ctx.globals.json) {
    ctx.ui.json(all.map((t) => ({ id: t.id, name: t.name, description: t.description, origin: origin(t), questions: t.ask.length })));
    return;
  }
  const width = Math.max(...all.map((t) => t.id.length));
  const isDefault = (t: Template) => (t.id === ctx.config.defaults.template ? ' (default)' : '');
  ctx.ui.data(all.map((t) => ctx.ui.safe(`${t.id.padEnd(width)}  ${t.name}${isDefault(t)}${origin(t) === 'journal' ? ctx.ui.color.dim('  [journal]') : ''}`)).join('\n'));
}
