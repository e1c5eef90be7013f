// Workspace paths that steer what runs outside the sandbox later (git metadata, CI workflows, agent
// and editor settings, direnv): read-only for every process in the sandbox, so an agent cannot
// plant code that the runner, a developer's editor or the next agent would execute.
//
// All of .git by default (ADR 0011): the host's git reads far more than hooks and config from it
// (commondir names another git directory with its own config; a gitlink in the index makes git
// open a nested repository, whose config can set core.fsmonitor), so any writable part of .git is
// a way to run code as the next workflow step's git. For the same reason the .git of every
// submodule the index records is protected too: the agent could otherwise swap it for a repository
// of its own, which a plain `git status` on the host opens.
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { posix } from "node:path";

/** The repository's git directory (or a worktree's `.git` file), as a workspace-relative path. */
export const GIT_DIR = ".git";

/**
 * Protected whatever `git-writable` says: with all of .git writable these still stop the most
 * direct ways to run code (hooks, config) as defence in depth.
 */
const GIT_ALWAYS_PROTECTED: readonly string[] = [".git/hooks", ".git/config", ".git/info/attributes"];

export const DEFAULT_PROTECTED_PATHS: readonly string[] = [
  GIT_DIR,
  ...GIT_ALWAYS_PROTECTED,
  ".gitmodules",
  ".github/workflows",
  ".github/actions",
  ".mcp.json",
  ".claude",
  ".cursor",
  ".vscode",
  ".idea",
  ".devcontainer",
  // other agents' and editors' settings, which name commands to run (MCP servers, hooks, tasks)
  ".gemini",
  ".codex",
  ".zed",
  ".envrc",
  ".env",
  // package managers' settings that run programs on the next install or script
  // (npm's script-shell and node-options, yarn's yarnPath and yarn-path)
  ".npmrc",
  ".yarnrc",
  ".yarnrc.yml",
];

export interface ProtectedPathOptions {
  /** the agent may write .git (but not its hooks or config): it is trusted with the host's git */
  gitWritable?: boolean;
  /** the workspace's host path: its git index names the submodules whose .git is protected too */
  workspace?: string;
}

/** The defaults plus the user's extras, normalised to workspace-relative paths without duplicates. */
export function protectedPathList(
  extra: readonly string[] = [],
  options: ProtectedPathOptions = {},
): string[] {
  const defaults = options.gitWritable
    ? DEFAULT_PROTECTED_PATHS.filter((path) => path !== GIT_DIR)
    : DEFAULT_PROTECTED_PATHS;
  const submodules = options.workspace ? submoduleGitPaths(options.workspace) : [];
  const seen = new Set<string>();
  for (const entry of [...defaults, ...submodules, ...extra]) seen.add(normalise(entry));
  return [...seen];
}

/** A workspace-relative path without `./`, trailing slashes or `..`; throws for anything else. */
function normalise(entry: string): string {
  const normal = posix
    .normalize(entry.trim())
    .replace(/^(\.\/)+/, "")
    .replace(/\/+$/, "");
  if (!normal || normal === "." || normal.startsWith("../") || normal === ".." || posix.isAbsolute(normal)) {
    throw new Error(`protected path ${JSON.stringify(entry)} must be a path inside the workspace`);
  }
  return normal;
}

/** Submodules of submodules are followed this deep (git itself has no limit; real trees stay shallow). */
const MAX_SUBMODULE_DEPTH = 8;

/**
 * `<path>/.git` for every gitlink (submodule) in the workspace's git index, and in the indexes of
 * checked-out submodules, recursively (`git status` recurses into them). Read from the index, not
 * .gitmodules, because the index is what `git status` follows. Nothing for a workspace without a
 * git directory or index; the index of a worktree or a submodule (a `.git` file) is read where the
 * file points. Throws when an index exists but cannot be read (fail closed: a sandbox must not
 * start without knowing what to protect).
 */
export function submoduleGitPaths(workspace: string, depth = 0): string[] {
  const gitDir = gitDirectory(workspace);
  if (!gitDir) return [];
  const index = readIfFile(posix.join(gitDir, "index"));
  if (!index) return [];
  const hashLength = objectHashLength(gitDir);
  const paths = gitlinkPaths(index, hashLength);
  // split index (core.splitIndex): most entries live in shared index files next to it; reading a
  // stale one as well only protects one path more
  for (const name of readdirSync(gitDir).filter((file) => file.startsWith("sharedindex."))) {
    const shared = readIfFile(posix.join(gitDir, name));
    if (shared) paths.push(...gitlinkPaths(shared, hashLength));
  }
  const submodules = [...new Set(paths)].filter((path) => isSafeRelative(path)).sort();
  const nested =
    depth < MAX_SUBMODULE_DEPTH
      ? submodules.flatMap((path) =>
          submoduleGitPaths(posix.join(workspace, path), depth + 1).map((inner) => `${path}/${inner}`),
        )
      : [];
  return [...submodules.map((path) => `${path}/${GIT_DIR}`), ...nested];
}

/** The host path of the git directory: .git itself, or where a worktree's .git file points. */
function gitDirectory(workspace: string): string | undefined {
  const dotGit = posix.join(workspace, GIT_DIR);
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(dotGit);
  } catch {
    return undefined;
  }
  if (stat.isDirectory()) return dotGit;
  if (!stat.isFile()) return undefined; // a symlink: the backends refuse to start (protect.ts)
  const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"))?.[1];
  return pointer ? posix.resolve(workspace, pointer) : undefined;
}

function readIfFile(path: string): Buffer | undefined {
  try {
    return lstatSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** 20 (SHA-1) or 32 (SHA-256, `extensions.objectFormat = sha256` in the repository's config). */
function objectHashLength(gitDir: string): number {
  const commonDir = readIfFile(posix.join(gitDir, "commondir"))?.toString("utf8").trim();
  const configDir = commonDir ? posix.resolve(gitDir, commonDir) : gitDir;
  const config = readIfFile(posix.join(configDir, "config"))?.toString("utf8") ?? "";
  return /^\s*objectformat\s*=\s*sha256\s*$/im.test(config) ? 32 : 20;
}

const GITLINK_MODE = 0o160000;
const MODE_TYPE_MASK = 0o170000;

/**
 * Paths of the gitlink entries of a git index (versions 2, 3 and 4; see git's
 * Documentation/gitformat-index.txt): a 12-byte header, then per entry 40 bytes of stat data
 * (mode at offset 24), the object id, 16-bit flags, 16 more bits of flags when the extended bit is
 * set (version 3 and up), and the path: NUL-terminated and padded to a multiple of 8 (2, 3), or
 * prefix-compressed against the previous path and unpadded (4).
 */
export function gitlinkPaths(index: Buffer, hashLength = 20): string[] {
  const fail = (why: string): never => {
    throw new Error(`cannot read the git index to find submodules (${why}); run \`git status\` to repair it`);
  };
  if (index.length < 12 || index.toString("latin1", 0, 4) !== "DIRC") fail("no DIRC signature");
  const version = index.readUInt32BE(4);
  if (version < 2 || version > 4) fail(`version ${version}`);
  const count = index.readUInt32BE(8);
  const paths: string[] = [];
  let offset = 12;
  let previous = "";
  for (let i = 0; i < count; i++) {
    const start = offset;
    const flagsAt = start + 40 + hashLength;
    if (flagsAt + 2 > index.length) fail("truncated");
    const mode = index.readUInt32BE(start + 24);
    const flags = index.readUInt16BE(flagsAt);
    offset = flagsAt + 2 + (version >= 3 && flags & 0x4000 ? 2 : 0);
    let path: string;
    if (version === 4) {
      const [strip, next] = readVarint(index, offset);
      if (strip > previous.length) fail("bad path compression");
      const end = index.indexOf(0, next);
      if (end < 0) fail("truncated");
      path = previous.slice(0, previous.length - strip) + index.toString("utf8", next, end);
      offset = end + 1;
    } else {
      const end = index.indexOf(0, offset);
      if (end < 0) fail("truncated");
      path = index.toString("utf8", offset, end);
      offset = start + ((end - start + 8) & ~7);
    }
    previous = path;
    if ((mode & MODE_TYPE_MASK) === GITLINK_MODE) paths.push(path);
  }
  return paths;
}

/** Git's offset varint (index v4): big-endian 7-bit groups, each continuation adding one. */
function readVarint(buffer: Buffer, at: number): [number, number] {
  let offset = at;
  let byte = buffer[offset++] ?? 0;
  let value = byte & 0x7f;
  while (byte & 0x80) {
    byte = buffer[offset++] ?? 0;
    value = ((value + 1) << 7) | (byte & 0x7f);
  }
  return [value, offset];
}

function isSafeRelative(path: string): boolean {
  return (
    path !== "" && !posix.isAbsolute(path) && !path.split("/").some((part) => part === ".." || part === ".")
  );
}
