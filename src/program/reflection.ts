import type { Command } from 'commander';
import { help } from '../ui/help.js';
import { collect } from './filters.js';
import type { ProgramWiring } from './wiring.js';

/** Guided reflection (issue 3): quick, reflect, edit, drafts, templates. */
export function registerReflection(program: Command, wiring: ProgramWiring): void {
  program
    .command('quick')
    .description(help.quick)
    .argument('[text...]', 'the note; a leading date such as "yesterday:" sets its date (default: stdin)')
    .option('--tag <tag>', help.options.quickTag, collect)
    .option('--strict', help.options.captureStrict)
    .addHelpText('after', help.quickAfter)
    .action(async (text: string[], opts: { tag?: string[]; strict?: boolean }, command: Command) => {
      const { runQuick } = await import('../commands/quick.js');
      await runQuick({ text, tag: opts.tag, strict: opts.strict }, await wiring.context(command, { readsIndex: false }));
    });

  program
    .command('reflect')
    .description(help.reflect)
    .argument('<id|path>', 'the entry to grow: an id (or its start), a short id, or a path')
    .option('-t, --template <id>', help.options.reflectTemplate)
    .option('--strict', help.options.captureStrict)
    .option('-s, --short', help.options.short)
    .addHelpText('after', help.reflectAfter)
    .action(async (ref: string, opts: { template?: string; strict?: boolean; short?: boolean }, command: Command) => {
      const { runReflect } = await import('../commands/reflect.js');
      await runReflect({ ref, template: opts.template, strict: opts.strict, short: opts.short }, await wiring.context(command));
    });

  program
    .command('edit')
    .description(help.edit)
    .argument('<id|path>', 'an id (or its start), a short id, or a path')
    .option('--strict', help.options.captureStrict)
    .addHelpText('after', help.editAfter)
    .action(async (ref: string, opts: { strict?: boolean }, command: Command) => {
      const { runEdit } = await import('../commands/edit.js');
      await runEdit({ ref, strict: opts.strict }, await wiring.context(command));
    });

  program
    .command('drafts')
    .description(help.drafts)
    .argument('[action]', 'list (default) or discard')
    .argument('[id]', 'the draft to discard')
    .addHelpText('after', help.draftsAfter)
    .action(async (action: string | undefined, id: string | undefined, _opts, command: Command) => {
      const { runDrafts } = await import('../commands/drafts.js');
      await runDrafts({ action, id }, await wiring.context(command, { readsIndex: false }));
    });

  program
    .command('templates')
    .description(help.templates)
    .argument('[action]', 'list (default), show or validate')
    .argument('[id|file]', 'the template id to show, or the file to validate')
    .addHelpText('after', help.templatesAfter)
    .action(async (action: string | undefined, arg: string | undefined, _opts, command: Command) => {
      const { runTemplates } = await import('../commands/templates.js');
      await runTemplates({ action, arg }, await wiring.context(command, { readsIndex: false }));
    });
}
