// copyIn for every backend, through the sandbox's own exec: the file is written from inside, with
// the sandbox user's permissions. Writing through a host-side path (or a container archive
// extracted as root) would follow symlinks the sandbox planted in the workspace out of it.
import { posix } from "node:path";
import { type Sandbox, SandboxError } from "./types.js";

export async function copyInViaExec(
  exec: Sandbox["exec"],
  content: Buffer | string,
  path: string,
  mode = 0o644,
): Promise<void> {
  const target = posix.normalize(path);
  if (!posix.isAbsolute(path) || !/^\/(workspace|tmp)\/[^/]/.test(target)) {
    throw new SandboxError(`copyIn only writes under /workspace or /tmp, not ${path}`);
  }
  if (!Number.isInteger(mode) || mode < 0 || mode > 0o7777)
    throw new SandboxError(`invalid file mode ${mode}`);
  const result = await exec(
    [
      "/bin/sh",
      "-c",
      'mkdir -p -- "$(dirname -- "$1")" && cat > "$1" && chmod "$2" "$1"',
      "sh",
      target,
      mode.toString(8),
    ],
    { stdin: content, cwd: "/" },
  );
  if (result.exitCode !== 0) {
    throw new SandboxError(
      `copyIn ${target} failed (exit code ${result.exitCode}): ${result.stderr.toString().trim()}`,
    );
  }
}
