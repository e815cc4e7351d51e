import { repairJournal } from '../app/doctor.js';
import type { Context } from '../container.js';
import { messages } from '../ui/messages.js';

/** `mindlines doctor`: makes the journal's records private again, and says what else needs the person. */
export async function runDoctor(ctx: Context): Promise<void> {
  const report = await repairJournal(ctx);
  if (ctx.globals.json) {
    ctx.ui.json({ tightened: report.tightened.map((e) => ({ path: e.path, mode: e.mode.toString(8).padStart(4, '0') })), rescued: report.rescued });
    return;
  }
  if (report.tightened.length > 0) {
    ctx.ui.data(ctx.ui.safe(report.tightened.map((e) => `${e.path}  ${e.mode.toString(8).padStart(4, '0')} -> ${e.path.endsWith('/') ? '0700' : '0600'}`).join('\n')));
    ctx.ui.success(messages.doctorTightened(report.tightened.length));
  } else ctx.ui.info(messages.doctorNothing);
  if (report.rescued > 0) ctx.ui.info(messages.doctorRescued(report.rescued));
}
