/** Evidence for appraisal (issue 6): export cpd, export blog, stats. */
export const evidenceHelp = {
  export: 'Export your entries: a CPD summary for appraisal or revalidation, or a blog draft to share what you learned.',
  exportAfter: `
Examples:
  $ mindlines export cpd --profile nmc --format html -o revalidation.html
  $ mindlines export blog 01JD3 -o spacer-post.md`,
  exportCpd:
    'A CPD summary for the period: who and when, totals against each requirement of the profile, the CPD log, ' +
    'reflective accounts laid out as the regulator\'s form, and open actions (your personal development plan).',
  exportCpdAfter: `
Examples:
  $ mindlines export cpd                                   this period's summary as Markdown on stdout
  $ mindlines export cpd --profile nmc -o revalidation.html    printable page (print it, or save as PDF)
  $ mindlines export cpd --format docx -o appraisal.docx   for Word or LibreOffice
  $ mindlines export cpd --format csv -o log.csv --from 2026-04-01 --to 2027-03-31
  $ mindlines export cpd --format json --author "A. Trainee"   for scripts (schema in the README)

The period is the profile's current cycle or year (year_start and cycle_start in mindlines.yaml), unless
--from/--to are given. Profiles: generic, gmc, nmc, gphc, hcpc, ahpra-medical, rcpsc-moc, ama, and any in the
journal's templates/profiles/. The export refuses to write while identifiers are found in the entries it includes
(exit 1, each listed as file:line:column kind); --allow-findings writes anyway and says so.`,
  exportBlog:
    'A blog draft from one or more shared entries: title, summary, what I learned, what changed in my practice, ' +
    'references and tags, with front matter for your site. Hours, belief strength and action dates stay out.',
  exportBlogAfter: `
Examples:
  $ mindlines export blog 01JD3                             Markdown with Jekyll front matter on stdout
  $ mindlines export blog 01JD3 7f3k --site hugo -o content/posts/spacers.md
  $ mindlines export blog 01JD3 --format html -o post.html  a self-contained, sanitised page

Only entries with visibility team or public (or --include-private). It refuses to write while identifiers are
found (exit 1); --allow-findings writes anyway and says so.`,
  stats: 'Charts of your learning: hours per month, activity and learned-with mix, progress against the profile, top tags.',
  statsAfter: `
Examples:
  $ mindlines stats
  $ mindlines stats --from 2026-01-01 --to 2026-12-31 --profile gmc
  $ mindlines stats --json

Under the charts, "Closing the loop": the share of reflections that reached an action, the actions done by
their due date, and the beliefs that changed (in --json: \`loop\`).`,
} as const;

/** The options of these commands, as `--help` describes them. */
export const evidenceOptions = {
  from: 'from this date (YYYY-MM-DD or natural); default: the start of the profile\'s current period',
  to: 'up to and including this date; default: the end of the period',
  exportProfile: 'count against this profile (default: the journal\'s)',
  cpdFormat: 'md (default), html, json, csv or docx; -o FILE picks it from the extension',
  blogFormat: 'md (default) or html',
  site: 'front matter for jekyll (default for md), hugo, or plain (no front matter; default for html)',
  output: 'write to this file (atomically) instead of stdout',
  author: 'only this author\'s entries (a shared journal); also names whose evidence it is',
  forceOutput: 'replace the -o file if it already exists',
  allowFindings: 'write even though possible identifiers were found (reported on stderr)',
  includePrivate: 'allow entries whose visibility is private',
  blogTitle: 'the post title (default: the entry\'s title)',
} as const;
