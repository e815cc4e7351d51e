// C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates that can make
// text display in a different order from how it reads (RELIABILITY.md section 3, "Terminal output").
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from an entry safe to print on a terminal: escape sequences, carriage returns and bidi overrides are
 * shown as visible escapes (`\x1b`, `\r`, `\u202e`) instead of being interpreted.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\r') return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
