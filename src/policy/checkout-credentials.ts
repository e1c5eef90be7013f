// The job's token in the workspace (threat model promise 1). actions/checkout keeps it in
// .git/config by default (persist-credentials: true) as an `http.<url>.extraheader` with an
// Authorization header; other setups put it into a remote's URL. Everything in the workspace is
// readable inside the sandbox, so a token there enters the sandbox without the user passing it:
// the session refuses to start and says how to keep it out. (A worktree's `.git` file points
// outside the workspace, where the sandbox does not see the config.)
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** `extraheader = AUTHORIZATION: basic ...`, or `url = https://user:secret@host/...` */
const CREDENTIAL_LINE =
  /^\s*(?:extraheader\s*=\s*["']?authorization:|url\s*=\s*\S+:\/\/[^/\s@]+:[^/\s@]+@)/im;

/** The workspace's git config file when it holds a credential. */
export function persistedCredentials(workspace: string): string | undefined {
  const file = join(workspace, ".git", "config");
  try {
    return CREDENTIAL_LINE.test(readFileSync(file, "utf8")) ? file : undefined;
  } catch {
    return undefined; // no repository, or .git is a file
  }
}
