/** What cli.ts says when something fails outside any domain. */
export const errorsMessages = {
  unexpected: 'something went wrong inside mindlines; run again with --debug to see the details',
  interrupted: 'stopped.',
} as const;
