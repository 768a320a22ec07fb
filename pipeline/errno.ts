/** System errors in words, for rejects and for the CLI. Never a path: rejects are published. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'it no longer exists, or a link on its path leads nowhere',
  ENOTDIR: 'a part of its path is not a folder',
  ELOOP: 'symbolic links loop, or the file was replaced by a link while being read',
  ENAMETOOLONG: 'its path is longer than the system accepts',
  EIO: 'input/output error from the disk',
  EISDIR: 'it is a folder',
  EMFILE: 'too many files open at once',
  ENFILE: 'too many files open at once',
  ENXIO: 'it is a device or socket with nothing behind it',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EBUSY: 'it is in use (a mount point?)',
  EXDEV: 'it is on another file system',
  ENOTEMPTY: 'the folder is not empty',
  EEXIST: 'it already exists',
};

export function explainErrno(code: string): string {
  return REASONS[code] ?? `system error ${code}`;
}

export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
}
