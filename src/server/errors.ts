// Turns the errors tools run into (mostly Node fs errors) into one-line messages an agent can act
// on, naming the absolute path: "no such file: /workspace/x" rather than "ENOENT: ...".

/** A failure the tool already described in words meant for the agent. */
export class ToolError extends Error {
  override name = "ToolError";
}

type Subject = "file" | "directory" | "file or directory";

export function describeError(error: unknown, path?: string, subject: Subject = "file"): string {
  if (error instanceof ToolError) return error.message;
  const err = error as NodeJS.ErrnoException;
  const at = path ?? err.path ?? "";
  switch (err?.code) {
    case "ENOENT":
      return `no such ${subject}: ${at}`;
    case "ENOTDIR":
      return `not a directory: ${at} (a parent of it is a file)`;
    case "EISDIR":
      return `${at} is a directory, not a file`;
    case "EACCES":
    case "EPERM":
      return `permission denied: ${at}`;
    case "EROFS":
      return `read-only: ${at} is on a read-only mount (protected path or read-only workspace)`;
    case "ENOSPC":
      return `no space left on device while writing ${at}`;
    case "EDQUOT":
      return `disk quota exceeded while writing ${at}`;
    case "ELOOP":
      return `too many levels of symbolic links: ${at}`;
    case "ENAMETOOLONG":
      return `path too long: ${at}`;
    case "EMFILE":
    case "ENFILE":
      return "too many open files in the sandbox; try again";
  }
  if (err instanceof Error) return err.message;
  return String(error);
}
