import { addDays, formatLocalDate } from '../codecs/dates.js';
import type { Context } from '../container.js';
import { buildTeamDigest, teamMembers } from '../core/team/team-digest.js';
import { UsageError } from '../errors.js';
import { DIGEST_FORMATS, digestRenderers, type DigestFormat } from '../exporters/team-digest.js';
import { messages } from '../ui/messages.js';
import { memberTable } from '../ui/team-tables.js';
import { reportProblems, resolveDateRange } from './list.js';

export interface TeamDigestOptions {
  since?: string | undefined;
  until?: string | undefined;
  format?: string | undefined;
}

/** The digest covers the last 30 days unless --since says otherwise. */
export const DEFAULT_DIGEST_DAYS = 30;

/** `mindlines team digest`: what the team learned in a period, as Markdown, HTML or JSON on stdout. */
export async function runTeamDigest(opts: TeamDigestOptions, ctx: Context): Promise<void> {
  const format = (ctx.globals.json ? 'json' : (opts.format ?? 'md')).toLowerCase();
  if (!DIGEST_FORMATS.includes(format as DigestFormat)) throw new UsageError(messages.digestBadFormat(format, DIGEST_FORMATS));
  const now = ctx.clock.now();
  const today = formatLocalDate(now);
  const range = await resolveDateRange(opts, now);
  const until = range.until ?? today;
  const since = range.since ?? addDays(until, -DEFAULT_DIGEST_DAYS);
  if (since > until) throw new UsageError(messages.digestBadRange(since, until));
  const { entries, problems } = await ctx.journal.query();
  reportProblems(ctx.ui, problems);
  const digest = buildTeamDigest(entries, { since, until, today });
  if (format === 'json') {
    ctx.ui.json(digest);
    return;
  }
  ctx.ui.data(ctx.ui.safe(digestRenderers[format as DigestFormat](digest, { journal: ctx.config.name })));
}

/** `mindlines team members`: who has written in the repository, and when last. */
export async function runTeamMembers(ctx: Context): Promise<void> {
  const { entries, problems } = await ctx.journal.query();
  reportProblems(ctx.ui, problems);
  const repo = await ctx.git.repository(ctx.root);
  const committers = (await repo.state()).isRepository ? await repo.authors() : [];
  const members = teamMembers(entries, committers);
  if (ctx.globals.json) {
    ctx.ui.json(members);
    return;
  }
  if (members.length === 0) {
    ctx.ui.info(messages.noMembers);
    return;
  }
  ctx.ui.data(memberTable(members, ctx.ui, ctx.runtime.stdout.columns));
}
