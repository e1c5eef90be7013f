// The protected-path list: all of .git by default, git-writable's exceptions, and the .git of every
// submodule the git index records (read from real indexes that the host's git wrote, in each of the
// formats git writes).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  DEFAULT_PROTECTED_PATHS,
  gitlinkPaths,
  protectedPathList,
  submoduleGitPaths,
} from "../../src/policy/protected-paths.js";

const scratch = mkdtempSync(join(tmpdir(), "sbx-protected-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

let repos = 0;
/** A repository with a file and a commit. */
function plainRepository(...initArgs: string[]): string {
  const dir = join(scratch, `repo-${repos++}`);
  mkdirSync(dir);
  git(dir, "init", "-q", "-b", "main", ...initArgs);
  writeFileSync(join(dir, "a.txt"), "a\n");
  git(dir, "add", "a.txt");
  git(dir, "commit", "-q", "-m", "init");
  return dir;
}

/** A repository with a file and two gitlinks (one deep, one with a long name), committed. */
function repository(...initArgs: string[]): string {
  const dir = plainRepository(...initArgs);
  const ones = git(dir, "hash-object", "a.txt").trim().replace(/./g, "1");
  for (const path of ["libs/one", `vendor/${"long-name-".repeat(4)}two`]) {
    git(dir, "update-index", "--add", "--cacheinfo", `160000,${ones},${path}`);
  }
  git(dir, "commit", "-q", "-m", "gitlinks");
  return dir;
}

const EXPECTED = ["libs/one/.git", `vendor/${"long-name-".repeat(4)}two/.git`];

describe("protectedPathList", () => {
  it("protects all of .git by default, and keeps its hooks and config listed for git-writable", () => {
    const list = protectedPathList();
    expect(list).toContain(".git");
    expect(list).toEqual(
      expect.arrayContaining([".git/hooks", ".git/config", ".github/workflows", ".mcp.json"]),
    );
    const writable = protectedPathList([], { gitWritable: true });
    expect(writable).not.toContain(".git");
    expect(writable).toEqual(expect.arrayContaining([".git/hooks", ".git/config", ".git/info/attributes"]));
    expect(writable).toHaveLength(DEFAULT_PROTECTED_PATHS.length - 1);
  });

  it("adds the user's extras, normalised, and the .git of each submodule in the workspace", () => {
    const dir = repository();
    expect(protectedPathList(["./deploy/", "deploy"], { workspace: dir })).toEqual([
      ...DEFAULT_PROTECTED_PATHS,
      ...EXPECTED,
      "deploy",
    ]);
    expect(() => protectedPathList(["../up"])).toThrow(/must be a path inside the workspace/);
  });
});

describe("submoduleGitPaths", () => {
  it("reads the gitlinks of index versions 2, 3 and 4", () => {
    const v2 = repository();
    expect(readFileSync(join(v2, ".git/index")).readUInt32BE(4)).toBe(2);
    expect(submoduleGitPaths(v2)).toEqual(EXPECTED);

    const v3 = repository();
    writeFileSync(join(v3, "later.txt"), "x\n");
    git(v3, "add", "--intent-to-add", "later.txt"); // an extended flag: git writes version 3
    expect(readFileSync(join(v3, ".git/index")).readUInt32BE(4)).toBe(3);
    expect(submoduleGitPaths(v3)).toEqual(EXPECTED);

    const v4 = repository();
    git(v4, "update-index", "--index-version", "4");
    expect(readFileSync(join(v4, ".git/index")).readUInt32BE(4)).toBe(4);
    expect(submoduleGitPaths(v4)).toEqual(EXPECTED);
  });

  it("reads a split index, a SHA-256 repository and a worktree's .git file", () => {
    const split = repository();
    git(split, "update-index", "--split-index");
    writeFileSync(join(split, "b.txt"), "b\n");
    git(split, "add", "b.txt");
    // the gitlinks are in the shared index, not in the index itself
    expect(gitlinkPaths(readFileSync(join(split, ".git/index")))).toEqual([]);
    expect(submoduleGitPaths(split)).toEqual(EXPECTED);

    expect(submoduleGitPaths(repository("--object-format=sha256"))).toEqual(EXPECTED);

    const main = repository();
    const worktree = join(scratch, `worktree-${repos++}`);
    git(main, "worktree", "add", "-q", worktree);
    expect(readFileSync(join(worktree, ".git"), "utf8")).toMatch(/^gitdir: /);
    expect(submoduleGitPaths(worktree)).toEqual(EXPECTED);
  });

  it("follows checked-out submodules into their own submodules", () => {
    const inner = plainRepository();
    const middle = plainRepository();
    git(middle, "-c", "protocol.file.allow=always", "submodule", "add", "-q", inner, "deps/inner");
    git(middle, "commit", "-q", "-m", "inner");
    const top = repository();
    git(top, "-c", "protocol.file.allow=always", "submodule", "add", "-q", middle, "deps/middle");
    git(top, "commit", "-q", "-m", "middle");
    git(
      top,
      "-c",
      "protocol.file.allow=always",
      "submodule",
      "update",
      "-q",
      "--init",
      "--recursive",
      "deps/middle",
    );
    expect(readFileSync(join(top, "deps/middle/deps/inner/.git"), "utf8")).toMatch(/^gitdir: /);
    expect(submoduleGitPaths(top).sort()).toEqual(
      [...EXPECTED, "deps/middle/.git", "deps/middle/deps/inner/.git"].sort(),
    );
  });

  it("finds nothing without a repository or an index, and fails closed on a broken index", () => {
    const empty = join(scratch, "empty");
    mkdirSync(join(empty, ".git"), { recursive: true });
    expect(submoduleGitPaths(empty)).toEqual([]);
    expect(submoduleGitPaths(scratch)).toEqual([]);
    writeFileSync(join(empty, ".git/index"), "not an index");
    expect(() => submoduleGitPaths(empty)).toThrow(/cannot read the git index/);
    const truncated = readFileSync(join(repository(), ".git/index")).subarray(0, 80);
    expect(() => gitlinkPaths(truncated)).toThrow(/truncated/);
  });
});
