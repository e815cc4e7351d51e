/**
 * Why a file operation failed, in words, with the system's code in brackets so it can be looked up (issue 14: the
 * real reason, never a guess such as "the folder does not exist" for a missing file).
 */
export const describeError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full (${code})`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'EROFS':
      return 'the filesystem is read-only (EROFS)';
    case 'EEXIST':
      return 'a file with that name already exists (EEXIST)';
    case 'ENOENT':
      return 'no such file or folder (ENOENT)';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder (ENOTDIR)';
    case 'EISDIR':
      return 'it is a folder, not a file (EISDIR)';
    case 'ELOOP':
      return 'too many symbolic links (ELOOP)';
    case 'EMFILE':
    case 'ENFILE':
      return `too many files are open (${code})`;
    case 'EILSEQ':
      return `it is not valid UTF-8 (at byte ${(error as { offset?: number }).offset ?? '?'}); convert it first, e.g. iconv -f latin1 -t utf-8`;
    case 'EIO':
      return 'the disk reported an input/output error (EIO)';
    default:
      return code ? `${code.toLowerCase()}` : error instanceof Error ? error.message : String(error);
  }
};
