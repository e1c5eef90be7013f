// The protected-path planner (src/backends/protect.ts) and the per-run claims on a workspace's
// mount points (src/backends/run-mounts.ts), on real temporary directories.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LABEL_OWNER_START, ownerLabels } from "../../src/backends/owner.js";
import { planProtectedPaths, removeCreated, verifyPlan } from "../../src/backends/protect.js";
import { type JoinRequest, joinRun, leaveRuns } from "../../src/backends/run-mounts.js";
import { LABEL_MANAGED, LABEL_RUN_ID, SandboxError } from "../../src/backends/types.js";
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
    expect(plan.mounts).toEqual([
      { rel: ".git", host: join(ws, ".git"), readOnly: true, id: expect.any(String) },
    ]);
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

describe("verifyPlan", () => {
  it("accepts an unchanged plan and refuses one whose path was replaced, removed or made a symlink", () => {
    ws = mkdtempSync(join(tmpdir(), "sbx-protect-"));
    const plan = planProtectedPaths(ws, [".vscode", ".mcp.json"], "rw");
    expect(() => verifyPlan(plan)).not.toThrow();
    rmSync(join(ws, ".vscode"), { recursive: true });
    expect(() => verifyPlan(plan)).toThrow(/\.vscode .*changed/);
    symlinkSync("/etc", join(ws, ".vscode"));
    expect(() => verifyPlan(plan)).toThrow(SandboxError);
    rmSync(join(ws, ".vscode"));
    mkdirSync(join(ws, ".vscode")); // a new directory: another inode
    expect(() => verifyPlan(plan)).toThrow(SandboxError);
  });

  it("tells beforeCreate of each mount point before it exists", () => {
    ws = mkdtempSync(join(tmpdir(), "sbx-protect-"));
    const seen: [string, boolean][] = [];
    planProtectedPaths(ws, [".claude", ".envrc"], "rw", (created) => {
      const last = created.at(-1)?.path as string;
      seen.push([last.slice(ws.length + 1), existsSync(last)]);
    });
    expect(seen).toEqual([
      [".claude", false],
      [".envrc", false],
    ]);
  });
});

describe("joinRun / leaveRuns (mount points per run, not per sandbox)", () => {
  let claims: string;
  const request = (runId: string, paths: string[], extra: Partial<JoinRequest> = {}): JoinRequest => ({
    dir: claims,
    workspace: ws,
    paths,
    workspaceMode: "rw",
    runId,
    labels: { [LABEL_RUN_ID]: runId, [LABEL_MANAGED]: "true" },
    backend: "local",
    runMayLive: () => false,
    ...extra,
  });
  afterEach(() => rmSync(claims, { recursive: true, force: true }));
  const setUp = () => {
    ws = mkdtempSync(join(tmpdir(), "sbx-protect-"));
    claims = mkdtempSync(join(tmpdir(), "sbx-claims-"));
  };

  it("makes the mount points once; later sandboxes get the same plan and make nothing", () => {
    setUp();
    const paths = [".git/hooks", ".vscode"];
    const first = joinRun(request("run-a", paths));
    expect(readdirSync(ws).sort()).toEqual([".git", ".vscode"]);
    // planned afresh, the now existing (empty) .git would get a .git/hooks made while sandboxes run
    const second = joinRun(request("run-a", paths));
    expect(second).toEqual(first);
    expect(readdirSync(join(ws, ".git"))).toEqual([]);
    expect(first.mounts.map((m) => [m.rel, m.readOnly])).toEqual([
      [".git", true],
      [".vscode", true],
    ]);
  });

  it("keeps them while any run holds the workspace; the last run's end removes them", () => {
    setUp();
    const paths = [".vscode", ".mcp.json"];
    joinRun(request("run-a", paths));
    joinRun(request("run-b", paths)); // the same paths: shared
    expect(leaveRuns(claims, "local", { [LABEL_RUN_ID]: "run-a" })).toEqual([]);
    expect(readdirSync(ws).sort()).toEqual([".mcp.json", ".vscode"]);
    // another backend's reap does not end a local run
    leaveRuns(claims, "docker", { [LABEL_RUN_ID]: "run-b" });
    expect(readdirSync(ws).sort()).toEqual([".mcp.json", ".vscode"]);
    leaveRuns(claims, "local", { [LABEL_RUN_ID]: "run-b" });
    expect(readdirSync(ws)).toEqual([]);
    expect(readdirSync(claims)).toEqual([]);
  });

  it("refuses a run with other protected paths while the workspace is held", () => {
    setUp();
    joinRun(request("run-a", [".vscode"]));
    expect(() => joinRun(request("run-b", [".vscode", ".idea"]))).toThrow(/in use by another run \(run-a\)/);
    expect(readdirSync(ws)).toEqual([".vscode"]);
  });

  it("takes a claim on a removed directory whose inode came back for stale, not for this workspace's", () => {
    setUp();
    joinRun(request("run-a", [".vscode"]));
    const [file] = readdirSync(claims).filter((name) => name.endsWith(".json"));
    const claim = JSON.parse(readFileSync(join(claims, file as string), "utf8"));
    // as if the claim were written for another path that no longer exists (same device and inode)
    writeFileSync(join(claims, file as string), JSON.stringify({ ...claim, workspace: "/gone/elsewhere" }));
    expect(() => joinRun(request("run-b", [".vscode", ".idea"]))).not.toThrow();
  });

  it("refuses a workspace inside or around a live run's, until that run's owner is gone", () => {
    setUp();
    mkdirSync(join(ws, "sub"));
    joinRun(request("outer", [".vscode"]));
    const inner = (runId: string) => joinRun({ ...request(runId, [".vscode"]), workspace: join(ws, "sub") });
    expect(() => inner("inner")).toThrow(/overlaps .* the workspace of a live run \(outer\)/);
    expect(existsSync(join(ws, "sub", ".vscode"))).toBe(false);
    leaveRuns(claims, "local", { [LABEL_RUN_ID]: "outer" });
    expect(() => inner("inner")).not.toThrow();
    // and the other way round
    expect(() => joinRun(request("outer-2", [".vscode"]))).toThrow(/overlaps/);
  });

  it("drops a run whose owner is gone only when none of its sandboxes is left", () => {
    setUp();
    const gone = { ...ownerLabels(), [LABEL_OWNER_START]: "1" }; // the pid was reused: gone
    joinRun(request("crashed", [".vscode"], { labels: { [LABEL_RUN_ID]: "crashed", ...gone } }));
    expect(() => joinRun(request("next", [".idea"], { runMayLive: (id) => id === "crashed" }))).toThrow(
      SandboxError,
    );
    const plan = joinRun(request("next", [".idea"]));
    expect(plan.mounts.map((m) => m.rel)).toEqual([".idea"]);
    expect(readdirSync(ws)).toEqual([".idea"]); // the crashed run's .vscode went with it
  });

  it("refuses a later sandbox when a mount point was swapped between runs; ro mode claims nothing", () => {
    setUp();
    joinRun(request("run-a", [".vscode"]));
    rmSync(join(ws, ".vscode"), { recursive: true });
    symlinkSync("/etc", join(ws, ".vscode"));
    expect(() => joinRun(request("run-a", [".vscode"]))).toThrow(/changed since/);
    expect(joinRun(request("run-c", [".idea"], { workspaceMode: "ro" }))).toEqual({
      mounts: [],
      created: [],
    });
  });
});
