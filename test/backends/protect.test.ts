// The protected-path planner (src/backends/protect.ts) on real temporary directories.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { planProtectedPaths, removeCreated } from "../../src/backends/protect.js";
import { SandboxError } from "../../src/backends/types.js";
import { protectedPathList } from "../../src/policy/protected-paths.js";

let ws: string;
afterEach(() => rmSync(ws, { recursive: true, force: true }));

describe("planProtectedPaths", () => {
  it("binds existing paths read-only, pins their parents, creates one mount point per missing subtree", () => {
    ws = mkdtempSync(join(tmpdir(), "sbx-protect-"));
    mkdirSync(join(ws, ".git/hooks"), { recursive: true });
    writeFileSync(join(ws, ".git/config"), "x");
    mkdirSync(join(ws, ".github"));
    const plan = planProtectedPaths(
      ws,
      [".git/hooks", ".git/config", ".github/workflows", ".mcp.json", "a/b/c"],
      "rw",
    );
    expect(plan.mounts.map((m) => [m.rel, m.readOnly])).toEqual([
      [".git", false],
      [".github", false],
      [".mcp.json", true],
      ["a", true],
      [".git/config", true],
      [".git/hooks", true],
      [".github/workflows", true],
    ]);
    expect(plan.created.map((c) => [c.path.slice(ws.length + 1), c.kind])).toEqual([
      [".mcp.json", "file"],
      [".github/workflows", "dir"],
      ["a", "dir"],
    ]);
    expect(removeCreated(plan.created)).toEqual([]);
    expect(readdirSync(ws).sort()).toEqual([".git", ".github"]);
  });

  it("protects a file standing where a parent directory should be (a worktree's .git file)", () => {
    ws = mkdtempSync(join(tmpdir(), "sbx-protect-"));
    writeFileSync(join(ws, ".git"), "gitdir: /elsewhere\n");
    const plan = planProtectedPaths(ws, [".git/hooks", ".git/config"], "rw");
    expect(plan.mounts).toEqual([{ rel: ".git", host: join(ws, ".git"), readOnly: true }]);
    expect(plan.created).toEqual([]);
  });

  it("refuses symlinks and removes what it made before refusing; does nothing in ro mode", () => {
    ws = mkdtempSync(join(tmpdir(), "sbx-protect-"));
    symlinkSync("/etc", join(ws, ".git"));
    expect(() => planProtectedPaths(ws, protectedPathList(), "rw")).toThrow(SandboxError);
    expect(readdirSync(ws)).toEqual([".git"]);
    expect(planProtectedPaths(ws, protectedPathList(), "ro")).toEqual({ mounts: [], created: [] });
  });

  it("leaves a created mount point that is no longer empty", () => {
    ws = mkdtempSync(join(tmpdir(), "sbx-protect-"));
    const plan = planProtectedPaths(ws, [".claude", ".env"], "rw");
    writeFileSync(join(ws, ".claude/kept"), "x");
    writeFileSync(join(ws, ".env"), "A=1");
    expect(removeCreated(plan.created).sort()).toEqual([join(ws, ".claude"), join(ws, ".env")]);
    expect(existsSync(join(ws, ".claude/kept"))).toBe(true);
  });
});
