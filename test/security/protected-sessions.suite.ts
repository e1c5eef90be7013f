// Protected paths when several sandboxes of one run share a workspace, as mode ephemeral's
// sessions (and a persistent run's respawns) do (issue 17, items 2 and 3; docs/adr/0012). Two
// attacks a prompt-injected agent made against the released build:
// - item 2: one session's sandbox is torn down; the host removed the mount points it had made, which
//   detached those mounts in every other live sandbox, whose agent then wrote the protected paths
//   (.github/workflows, .mcp.json, .envrc, .vscode, ...) into the host's checkout;
// - item 3: a live sandbox swapped the mount point the host made for the next sandbox for a symlink
//   to a host directory, which the engine followed and bound into that next sandbox.
// Run against each backend with sandboxes straight from the backend (the same run id and spec).
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_INSIDE } from "../../src/backends/layout.js";
import { LABEL_RUN_ID, type Sandbox, type SandboxSpec } from "../../src/backends/types.js";
import { protectedPathList } from "../../src/policy/protected-paths.js";
import type { Fixture } from "../backends/backend-fixture.js";

/** Every protected path an agent would want, as the file it would plant there. */
const TARGETS = [
  ".github/workflows/evil.yml",
  ".github/actions/evil/action.yml",
  ".mcp.json",
  ".envrc",
  ".env",
  ".vscode/tasks.json",
  ".claude/settings.json",
  ".cursor/mcp.json",
  ".idea/workspace.xml",
  ".devcontainer/devcontainer.json",
  ".git/hooks/pre-commit",
  ".git/config",
  ".git/info/attributes",
  ".gitmodules",
];
const EVIL = "EVIL-PLANTED";

const sh = (sandbox: Sandbox, command: string, timeoutMs = 20_000) =>
  sandbox.exec(["/bin/sh", "-c", command], { cwd: "/workspace", timeoutMs });

/** What write_file does: create the parents, then write. */
const WRITE_FILE = `const fs=require("fs"),p=require("path");for(const f of process.argv.slice(1)){try{fs.mkdirSync(p.dirname(f),{recursive:true});fs.writeFileSync(f,process.env.EVIL)}catch{}}`;

export function defineProtectedSessionsSuite(
  backend: string,
  makeFixture: () => Fixture,
  /** host paths bound into a running sandbox (mount sources) */
  hostSources: (sandbox: Sandbox) => Promise<string[]>,
): void {
  describe(`protected paths across the sandboxes of one run (${backend})`, () => {
    let fx: Fixture;
    beforeAll(() => {
      fx = makeFixture();
    });
    afterAll(async () => {
      await fx.cleanup();
    });

    /** A fresh workspace owned like the fixture's (docker: the sandbox user), a checkout's .git. */
    const workspace = (): string => {
      const dir = join(fx.dir, `ws-${randomBytes(3).toString("hex")}`);
      mkdirSync(join(dir, ".git/hooks"), { recursive: true });
      writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/main\n");
      writeFileSync(join(dir, ".git/config"), "[core]\n");
      const owner = statSync(fx.workspace);
      for (const path of [dir, join(dir, ".git"), join(dir, ".git/hooks")])
        chownSync(path, owner.uid, owner.gid);
      return dir;
    };
    const runSpec = (ws: string): Partial<SandboxSpec> => ({
      runId: `sessions-${randomBytes(4).toString("hex")}`,
      workspace: ws,
      protectedPaths: protectedPathList(),
    });

    it("item 2: ending one sandbox of the run leaves every protected path read-only in the others", async () => {
      const ws = workspace();
      const spec = runSpec(ws);
      const first = await fx.create(spec);
      const second = await fx.create(spec);
      await first.destroy(500);
      // by command
      const byCommand = await sh(
        second,
        TARGETS.map((path) => `mkdir -p "$(dirname '${path}')" 2>/dev/null; echo ${EVIL} > '${path}'`).join(
          "; ",
        ),
      );
      expect(byCommand.timedOut).toBe(false);
      // as write_file does it
      await second.exec([NODE_INSIDE, "-e", WRITE_FILE, ...TARGETS], { cwd: "/workspace", env: { EVIL } });
      for (const path of TARGETS) {
        const host = join(ws, path);
        const planted =
          existsSync(host) && lstatSync(host).isFile() && readFileSync(host, "utf8").includes(EVIL);
        expect(planted, `${path} was written into the host's checkout`).toBe(false);
      }
      // and the sandbox still works (the checks did not pass because it was broken)
      expect((await sh(second, "echo ok > scratch.txt && cat scratch.txt")).stdout.toString()).toBe("ok\n");
      await second.destroy(500);
    }, 90_000);

    it("item 3: a live sandbox cannot swap a mount point of the run's next sandbox for a symlink to a host directory", async () => {
      const ws = workspace();
      const hostDir = join(fx.dir, `host-secret-${randomBytes(3).toString("hex")}`);
      mkdirSync(hostDir);
      writeFileSync(join(hostDir, "MARKER"), "host secret\n");
      const spec = runSpec(ws);
      const first = await fx.create(spec);
      const watcher = await fx.create(spec);
      await first.destroy(500); // before the fix this removed .vscode, detached in the watcher
      // The watcher waits for the host to (re)create .vscode, then swaps it for a link to hostDir.
      const loop = sh(
        watcher,
        `end=$(($(date +%s)+60)); i=0; while [ ! -e .stop ] && [ $(date +%s) -lt $end ]; do i=$((i+1)); ` +
          `if [ -d .vscode ] && [ ! -L .vscode ]; then mv .vscode .gone$i 2>/dev/null && ln -s '${hostDir}' .vscode; ` +
          `elif [ ! -e .vscode ]; then ln -s '${hostDir}' .vscode 2>/dev/null; fi; done; echo done`,
        90_000,
      );
      try {
        for (let round = 0; round < 3; round++) {
          const next = await fx.create(spec);
          const seen = await sh(next, "cat .vscode/MARKER 2>/dev/null; ls -la .vscode");
          expect(seen.stdout.toString(), `round ${round}`).not.toContain("host secret");
          const sources = await hostSources(next);
          expect(
            sources.filter((source) => source === hostDir || source.startsWith(`${hostDir}/`)),
            `round ${round}`,
          ).toEqual([]);
          await next.destroy(500);
        }
      } finally {
        writeFileSync(join(ws, ".stop"), "");
        await loop;
      }
      expect(lstatSync(join(ws, ".vscode")).isSymbolicLink()).toBe(false);
      await watcher.destroy(500);
    }, 120_000);

    it("a run on a workspace inside a live run's is refused: the outer sandbox could swap its mount points", async () => {
      // the red team's variant of item 3: the outer run's sandbox writes where the inner run makes
      // its mount points; the engine would follow a swapped-in symlink on the host
      const ws = workspace();
      const outer = await fx.create(runSpec(ws));
      const inner = join(ws, "sub");
      mkdirSync(inner);
      const owner = statSync(ws);
      chownSync(inner, owner.uid, owner.gid);
      await expect(fx.create(runSpec(inner))).rejects.toThrow(/overlaps .* a live run/);
      expect(existsSync(join(inner, ".vscode")), "no mount point made in the inner workspace").toBe(false);
      await outer.destroy();
      await fx.backend.reap({ [LABEL_RUN_ID]: outer.runId });
      const after = await fx.create(runSpec(inner));
      await after.destroy();
    });
  });
}
