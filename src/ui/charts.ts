/** Terminal charts drawn with block characters: horizontal bars and progress bars. No library needed. */

const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar `width` cells long at `max`, with eighth-cell precision; at least a sliver for any value > 0. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0 || width <= 0) return '';
  const eighths = Math.max(1, Math.round((Math.min(value, max) / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + (PARTIAL[eighths % 8] as string);
}

/** `[██████░░░░]`: how far `achieved` is towards `required`, capped at full. */
export function progressBar(achieved: number, required: number, width: number): string {
  const share = required <= 0 ? 1 : Math.min(1, Math.max(0, achieved / required));
  const filled = Math.round(share * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}

/** Pads or cuts text to exactly `width` characters (an ellipsis marks a cut). */
export function fit(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}
