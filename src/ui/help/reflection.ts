/** Guided reflection (issue 3): quick, reflect, edit, drafts, templates. */
export const reflectionHelp = {
  quick: 'Capture a note in a second: a quick entry (status draft) to reflect on later with `mindlines reflect`.',
  quickAfter: `
Examples:
  $ mindlines quick "yesterday: a parent showed me why under-fives need the spacer mask"
  $ mindlines quick last Tuesday - NICE NG136 changed my blood pressure targets #hypertension
  $ echo "Sepsis: lactate before fluids" | mindlines quick --tag sepsis

A leading date (today, yesterday, last Tuesday, 3 days ago, 2026-11-20, 20/11) sets the entry's date;
#words become tags; the first sentence becomes the title. Prints the new file's path.`,
  reflect: 'Grow a quick note (or any entry) into a full reflection with a template, keeping what was captured.',
  reflectAfter: `
Examples:
  $ mindlines reflect 7f3k                      choose a template; the note is offered as the first answer
  $ mindlines reflect 01JD3 --template gibbs

The entry keeps its id, file and created date; answers are saved as a draft as you go (Ctrl-C, then
\`mindlines new --resume\`). Needs a terminal.`,
  edit: 'Open an entry in $VISUAL / $EDITOR; it is checked when you close the editor, and saved only if it parses.',
  editAfter: `
Examples:
  $ mindlines edit 7f3k
  $ EDITOR=nano mindlines edit entries/2026/11/2026-11-27-spacer-technique-7f3k.md

If your edit no longer parses, mindlines says where (file:line) and offers to re-open it; the entry keeps its
last good version, and your edit is kept in .mindlines/edits/ until it parses. The editor works on a copy in
the journal's private .mindlines/editing/ folder (owner-only), never in /tmp.`,
  drafts: 'List unfinished interviews (kept after Ctrl-C or a crash), or discard one.',
  draftsAfter: `
Examples:
  $ mindlines drafts                            id, title, template, progress, when last saved
  $ mindlines drafts --json
  $ mindlines new --resume 01JD3                carry on with one
  $ mindlines drafts discard 01JD3`,
  templates: 'List, show or validate reflection templates (built-in, and your own in the journal’s templates/).',
  templatesAfter: `
Examples:
  $ mindlines templates                         every template: constructivist, gibbs, kolb, driscoll, johns, ...
  $ mindlines templates show sea                its questions, in the order the interview asks them
  $ mindlines templates validate my-template.yaml
  $ mindlines templates validate                every built-in and journal template

A file in the journal's templates/ folder overrides a built-in template with the same id, or adds one.
validate names the file, line, field and problem, and exits 1 when one is found.`,
} as const;

/** The options of these commands, as `--help` describes them. */
export const reflectionOptions = {
  quickTag: 'add a tag (repeat for several)',
  reflectTemplate: 'the template to grow it with (default: asked, the journal’s first)',
} as const;
