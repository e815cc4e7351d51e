// A sentence is a list of parts: plain strings and planted spans ({ kind, text, form }). The tagged template `t`
// builds one: t`Saw ${name} today` keeps the span as an object so its position is known once the text is laid out.
import { allHeldOut } from './people.mjs';

export function t(strings, ...values) {
  const parts = [];
  strings.forEach((text, i) => {
    if (text) parts.push(text);
    if (i >= values.length) return;
    const value = values[i];
    if (Array.isArray(value)) parts.push(...value);
    else if (value !== null && typeof value === 'object') parts.push(value);
    else parts.push(String(value));
  });
  return parts;
}

/** A planted identifier; `value` is a string or a generator's { text, form }. */
export function span(kind, value, form) {
  return typeof value === 'string' ? { kind, text: value, form: form ?? kind } : { kind, text: value.text, form: form ?? value.form };
}

/** A planted name, marked held-out when every name in it is one the lexicon did not know. */
export function nameSpan(text, form, names) {
  return { kind: 'person-name', text, form, heldOut: allHeldOut(names) };
}

export const lower = (s) => s.toLowerCase();
export const upper = (s) => s.toUpperCase();
