/**
 * How a journal keeps its private entries at rest (issue 18), as `lock` records it: in `mindlines.yaml` under
 * `encryption:` (a personal journal), or in git-ignored `private/encryption.yaml` (a team journal, where each
 * member's private entries and key are their own).
 */
export interface LockSettings {
  /** The age recipient (`age1…`) entries are encrypted to: public, so writing needs no passphrase. */
  recipient: string;
  /** The identity file, when the person named their own; else the key `lock` made, in the user's config folder. */
  identity?: string | undefined;
  /** Whether private entries are written encrypted (lock sets it, unlock clears it; the key is kept). */
  locked: boolean;
  /** Keep each locked entry's front matter in the clear, so lists and totals work without the passphrase. */
  clearFrontMatter: boolean;
}

/** Reads the `encryption:` settings; undefined when there are none or they are not settings `lock` wrote. */
export function lockSettingsOf(raw: unknown): LockSettings | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.recipient !== 'string' || !/^age1[0-9a-z]+$/.test(r.recipient)) return undefined;
  return {
    recipient: r.recipient,
    identity: typeof r.identity === 'string' && r.identity.trim() ? r.identity : undefined,
    locked: r.locked !== false,
    clearFrontMatter: r.clear_front_matter === true,
  };
}

/** The settings as written (snake_case keys, like the rest of mindlines.yaml). */
export function lockSettingsData(settings: LockSettings): Record<string, unknown> {
  return {
    recipient: settings.recipient,
    ...(settings.identity ? { identity: settings.identity } : {}),
    locked: settings.locked,
    clear_front_matter: settings.clearFrontMatter,
  };
}
