/** Why a file operation failed, in words (the error code, not the stack). */
export const describeError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the filesystem is read-only';
    case 'EEXIST':
      return 'a file with that name already exists';
    case 'ENOENT':
      return 'the folder does not exist';
    default:
      return code ? `${code.toLowerCase()}` : error instanceof Error ? error.message : String(error);
  }
};
