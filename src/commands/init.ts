import path from 'node:path';
import type { JournalMode } from '../config/journal-config.js';
import type { SetupContext } from '../container.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { isInteractive } from './terminal.js';

export interface InitOptions {
  dir?: string | undefined;
  mode?: string | undefined;
  profile?: string | undefined;
  name?: string | undefined;
  registrant?: string | undefined;
  registrationNumber?: string | undefined;
}

/** `mindlines init [DIR]`: makes a folder a journal, or says what it added to one that already is. */
export async function runInit(opts: InitOptions, ctx: SetupContext): Promise<void> {
  const { runtime, globals, ui } = ctx;
  if (opts.mode !== undefined && opts.mode !== 'personal' && opts.mode !== 'team') {
    throw new UsageError(`--mode should be personal or team, not "${opts.mode}"`);
  }
  if (opts.profile !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(opts.profile)) {
    throw new UsageError(`--profile should be a profile id such as nmc, gmc or generic, not "${opts.profile}"`);
  }
  const root = path.resolve(runtime.cwd, opts.dir ?? globals.journal ?? '.');
  const registrant = { name: opts.registrant?.trim() || undefined, registrationNumber: opts.registrationNumber?.trim() || undefined };
  const result = await ctx.createJournal({ root, mode: opts.mode as JournalMode | undefined, profile: opts.profile, name: opts.name, registrant });
  if (!result.createdConfig && opts.mode && opts.mode !== result.config.mode) {
    ui.warn(messages.initModeMismatch(result.config.mode));
  }
  if (!result.createdConfig && (registrant.name || registrant.registrationNumber)) ui.warn(messages.initRegistrantNotChanged);
  // issue 17: `init --profile nmc` on a journal with another profile used to say only "nothing changed".
  const switched = await offerProfileSwitch(opts.profile, root, result.createdConfig ? undefined : result.config.profile, ctx);
  if (globals.json) {
    ui.json({ root, created: result.createdConfig, made: result.made, mode: result.config.mode, profile: result.config.profile });
    return;
  }
  if (result.createdConfig) {
    ui.success(messages.initCreated(root, result.config.mode));
    if (result.gitInitialised) ui.info(messages.initGit);
    ui.info(messages.initNext);
  } else if (result.made.length > 0) {
    ui.info(messages.initRepaired(root, result.made));
  } else if (!switched) {
    ui.info(messages.initUnchanged(root));
  }
}

/**
 * When `--profile` names another profile than the existing journal's: in a terminal, offer to switch it; without
 * one, say how. True when the profile was switched.
 */
async function offerProfileSwitch(wanted: string | undefined, root: string, current: string | undefined, ctx: SetupContext): Promise<boolean> {
  if (!wanted || current === undefined || wanted === current) return false;
  if (!isInteractive(ctx.runtime) || ctx.globals.json) {
    ctx.ui.warn(messages.initProfileDiffers(current, wanted));
    return false;
  }
  if (!(await ctx.confirm(messages.initProfileSwitch(current, wanted), true))) {
    ctx.ui.info(messages.initProfileKept(current));
    return false;
  }
  const change = await ctx.changeSetting(root, 'profile', wanted);
  ctx.ui.success(messages.settingSet(change.key, String(change.value)));
  return true;
}
