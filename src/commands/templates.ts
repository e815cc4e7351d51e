import { TemplatesInvalidError, validateTemplates } from '../app/templates.js';
import type { Template } from '../codecs/template.js';
import type { Context } from '../container.js';
import { estimateMinutes } from '../core/reflection/template-time.js';
import { UsageError } from '../errors.js';
import { fitTable } from '../ui/fit-table.js';
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
    ctx.ui.json(
      all.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        purpose: t.purpose,
        origin: origin(t),
        questions: t.ask.length,
        minutes: estimateMinutes(t),
        internal: t.internal,
      })),
    );
    return;
  }
  // What each is for and about how long it takes (issue 17), fitted to the terminal; internal ones are marked.
  const c = ctx.ui.color;
  const notes = (t: Template) =>
    [t.id === ctx.config.defaults.template ? 'default' : undefined, origin(t) === 'journal' ? 'journal' : undefined, t.internal ? 'internal' : undefined].filter(Boolean).join(', ');
  const rows = all.map((t) => [t.id, ctx.ui.safe(t.name), `~${estimateMinutes(t)} min`, ctx.ui.safe(t.purpose), { text: notes(t), style: c.dim }]);
  const spec = [
    { header: 'id', weight: 0 },
    { header: 'name', min: 10, max: 32, weight: 1, dropOrder: 2 },
    { header: 'time', weight: 0, align: 'right' as const },
    { header: 'what it is for', min: 12, weight: 2 },
    { header: '', weight: 0, dropOrder: 1 },
  ];
  ctx.ui.data(fitTable(spec, rows, ctx.runtime.stdout.columns ?? 100, (h) => c.bold(h)));
}
