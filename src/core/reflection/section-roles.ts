import { SECTION_ROLES, type SectionRole, type Template } from '../../codecs/template.js';
import { sectionsOf } from '../entries/entry.js';

/**
 * What a body section is about, whatever template wrote it. A regulator's form asks "what did you learn?"; one
 * template calls that section "What I understand now", another "So what?". Each template declares the role of each
 * section (`fills:`), and a profile's layout names the roles each box takes, so both stay data.
 */
export { SECTION_ROLES, type SectionRole };

// Only a fallback: a template declares the box each of its sections fills (`fills:`), so the guess is used for
// headings no template declares (an entry written by hand, or with a journal template that names no boxes).
// Tried in order: the first that matches wins, so the narrower roles come first ("How is this relevant to your
// role?" is relevance, not setting; "What has been changed?" is change, not learning).
const PATTERNS: [SectionRole, RegExp][] = [
  ['next-steps', /\bnext steps?\b|\baction plan\b|\bfollow.?up\b/],
  ['relevance', /\brelevan|\bthe code\b|\bstandards?\b|\bcode themes?\b/],
  ['service-users', /\bwho (typically )?uses?\b|\bpeople who\b.*\buse\b|\btypical service users?\b/],
  ['benefit', /\bbenefit|\bservice users?\b|\bpeople using\b|\bimpact\b/],
  ['peer', /\bpeer\b/],
  ['setting', /\bsetting\b|\barea of practice\b|\bmy role\b|\byour role\b/],
  ['plan', /\bplan(ning)? to learn\b|\blearning needs?\b|\bwant(ed)? to learn\b|\blearning objectives?\b/],
  ['activities', /\bactivities (did|chosen)\b|\bhow did (you|i) learn\b|\bdo to learn\b/],
  ['question', /\bquestion\b/],
  ['feelings', /\bfeel/],
  ['prior', /\bbeliev|\balready (knew|know)\b|\bprior\b|\bbefore this\b/],
  ['challenge', /\breinforc|\bchalleng/],
  ['change', /\bchang|\bdifferently\b|\bnow what\b|\bimprov|\bappl(y|ied)\b|\beffect on\b|\binfluenc|\bwhat (i|you) will do\b/],
  ['learning', /\blearn|\bunderstand|\bconclusion|\binsight|\bso what\b|\btake.?aways?\b|\banalysis\b/],
  ['experience', /\bwhat happened\b|\bdescri|\bexperience\b|\bactivity\b|\bevent\b|\bnature\b|^what\W*$|\bsituation\b|\bbackground\b|\bcase\b/],
];

const normalise = (heading: string) => heading.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** The role a heading's words suggest, or undefined when it is about something no form asks for. */
export function roleOf(heading: string): SectionRole | undefined {
  const text = normalise(heading);
  for (const [role, pattern] of PATTERNS) if (pattern.test(text)) return role;
  return undefined;
}

export interface Section {
  heading: string;
  text: string;
  /** The form box it fills: as its template declares, else as its heading suggests; none for the preamble. */
  role?: SectionRole;
}

/** Does a section answer one of `from` (literal headings, compared without case, or role names)? */
export function sectionAnswers(section: Section, from: readonly string[]): boolean {
  const heading = normalise(section.heading);
  return from.some((wanted) => normalise(wanted) === heading || wanted === section.role);
}

/** The role a section of an entry plays: its template's `fills:` for that heading, else the heading's words. */
function roleFor(heading: string, template: Pick<Template, 'sections'> | undefined): SectionRole | undefined {
  if (!heading) return undefined;
  const declared = template?.sections.find((s) => normalise(s.heading) === normalise(heading));
  return declared?.fills ?? roleOf(heading);
}

/**
 * The non-empty sections of an entry body, each with the role it plays (`template` is the entry's own, when known).
 * Text before the first `##` heading (a quick capture has no headings) comes first, with an empty heading, so no
 * written word is left out of an export.
 */
export function filledSections(body: string, template?: Pick<Template, 'sections'>): Section[] {
  const lines = body.split(/\r?\n/);
  const first = lines.findIndex((line) => /^##\s/.test(line));
  const preamble = (first === -1 ? lines : lines.slice(0, first)).join('\n').trim();
  const sections: Section[] = first === -1 ? [] : sectionsOf(body).filter((s) => s.text.trim() !== '');
  for (const section of sections) {
    const role = roleFor(section.heading, template);
    if (role) section.role = role;
  }
  return preamble ? [{ heading: '', text: preamble }, ...sections] : sections;
}

/** The text of every section playing `role`, joined by blank lines; '' when there is none. */
export function textForRole(sections: readonly Section[], role: SectionRole): string {
  return sections
    .filter((s) => s.role === role)
    .map((s) => s.text)
    .join('\n\n');
}
