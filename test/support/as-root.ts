// Tests only root can run (a root-only file to read, a root-owned workspace, cgroup trees owned by
// other uids). Run by root they are ordinary tests. Run by an ordinary user they are not registered
// at all: test/security/as-root.test.ts runs every one of them as root through `sudo -n` instead,
// and fails (in CI) or skips loudly (without sudo) when it cannot. Either way each runs once per
// suite run, and a skip is never what makes a run green.
import { describe, it } from "vitest";

export const IS_ROOT = process.getuid?.() === 0;
/** the mark in every such test's full name: as-root.test.ts selects them with it */
export const AS_ROOT_MARK = "(as root)";

type Body = () => void | Promise<void>;

/** a describe block only root can run */
export function describeAsRoot(name: string, body: () => void): void {
  if (IS_ROOT) describe(`${name} ${AS_ROOT_MARK}`, body);
}

/** a test only root can run */
export function itAsRoot(name: string, body: Body, timeout?: number): void {
  if (IS_ROOT) it(`${name} ${AS_ROOT_MARK}`, body, timeout);
}
