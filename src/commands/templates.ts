import { TemplatesInvalidError, validateTemplates } from '../app/templates.js';
import type { Template } from '../codecs/template.js';
import type { Context } from '../container.js';
import { UsageError } from '../errors.js';
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

/** Says what each template file holds, or where it is wrong; fails (exit 1) when any is. */
async function validate(ctx: Context, file: string | undefined): Promise<void> {
  const checks = await validateTemplates(ctx, file);
  for (const check of checks) {
    if (check.ok) ctx.ui.info(messages.templateValid(check.file, check.id, check.questions));
    else ctx.ui.warn(ctx.ui.safe(check.message));
  }
  const bad = checks.filter((check) => !check.ok).length;
  if (bad > 0) throw new TemplatesInvalidError(messages.templatesInvalid(bad));
}

/** `mindlines templates list | show ID | validate [FILE]`. */
export async function runTemplates(opts: TemplatesOptions, ctx: Context): Promise<void> {
  const action = opts.action ?? 'list';
  if (action === 'validate') {
    return validate(ctx, opts.arg);
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
