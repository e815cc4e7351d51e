import { Chalk } from 'chalk';

/**
 * The few text styles mindlines uses, written by chalk (STACK.md) at level 1, the 16-colour set every terminal
 * shows. One Chalk instance per output, so colour follows --no-color, NO_COLOR and whether it is a terminal, not
 * chalk's own detection. chalk reopens a style after a nested one closes it: `bold(`a ${dim('b')} c`)` stays bold.
 */
export type Style = (text: string) => string;

export interface Colors {
  bold: Style & { yellow: Style };
  dim: Style;
  red: Style;
  green: Style;
  yellow: Style;
}

/** The styles, or (colour off) functions that return the text as it is. */
export function colors(enabled: boolean): Colors {
  const chalk = new Chalk({ level: enabled ? 1 : 0 });
  const bold: Style = (text) => chalk.bold(text);
  return {
    bold: Object.assign(bold, { yellow: (text: string) => chalk.bold.yellow(text) }),
    dim: (text) => chalk.dim(text),
    red: (text) => chalk.red(text),
    green: (text) => chalk.green(text),
    yellow: (text) => chalk.yellow(text),
  };
}
