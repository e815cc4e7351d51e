/**
 * The few text styles mindlines uses, as plain ANSI codes (the 16-colour set, what chalk writes at level 1), so no
 * colour library is loaded: a warm `search` or `list` loads nothing it does not use. A style reopens itself after a
 * nested style closes the same attribute, as chalk does, so `bold(\`a ${dim('b')} c\`)` stays bold after `b`.
 */
export type Style = (text: string) => string;

export interface Colors {
  bold: Style & { yellow: Style };
  dim: Style;
  red: Style;
  green: Style;
  yellow: Style;
}

function style(open: number, close: number): Style {
  const start = `\u001b[${open}m`;
  const end = `\u001b[${close}m`;
  return (text) => (text === '' ? '' : `${start}${text.includes(end) ? text.split(end).join(end + start) : text}${end}`);
}

const identity: Style = (text) => text;

/** The styles, or (colour off) functions that return the text as it is. */
export function colors(enabled: boolean): Colors {
  if (!enabled) return { bold: Object.assign((text: string) => text, { yellow: identity }), dim: identity, red: identity, green: identity, yellow: identity };
  const bold = style(1, 22);
  const yellow = style(33, 39);
  return { bold: Object.assign(bold, { yellow: (text: string) => bold(yellow(text)) }), dim: style(2, 22), red: style(31, 39), green: style(32, 39), yellow };
}
