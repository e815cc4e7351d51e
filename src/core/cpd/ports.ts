import type { Profile } from '../../codecs/profile.js';

/** A kind of activity a regulator profile lists, offered as a choice in the interview. */
export interface ProfileActivity {
  id: string;
  name: string;
}

/**
 * Regulator profiles: the package's, then the journal's own `templates/profiles/`, which add profiles or replace a
 * built-in one with the same id.
 */
export interface ProfileSource {
  all(): Promise<Map<string, Profile>>;
  /** A UsageError naming the known profiles when there is none with this id. */
  get(id: string): Promise<Profile>;
  /** The activity types a profile lists, for the interview; undefined when it lists none (activity is free text). */
  activityTypes(id: string): Promise<ProfileActivity[] | undefined>;
}

/**
 * Prints a self-contained HTML page to PDF, laid out by the page's own print stylesheet (paper size, orientation,
 * running header and page numbers), so the PDF is what printing the HTML gives. Throws BrowserNotFoundError when
 * there is nothing to print with, PrintError when printing fails.
 */
export interface PdfPrinter {
  print(html: string): Promise<Buffer>;
}
