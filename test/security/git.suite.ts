// Attacks on the git part of promise 3 (nothing the agent writes makes the host run code later):
// the agent, through the real tools, tries to make the HOST's own git run its command, the way a
// later workflow step (with the job's token) would run git in the checkout. After each attack the
// test runs git status, diff and log on the host in the workspace, as that step would, and a
// marker file outside the workspace tells whether a command of the agent ran. Parameterised by
// backend. ADR 0011 says what is and is not promised.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand as run, callTool as tool } from "../support/calls.js";
import type { Target } from "../support/target.js";

export interface GitStartOptions {
  gitWritable?: boolean;
  prepareWorkspace?: (workspace: string) => void;
}

type Start = (options: GitStartOptions) => Promise<Target>;

const HOOK = "#!/bin/sh\necho original hook\n";
/** a submodule checked out at CHECKED_OUT, and a gitlink at NOT_CHECKED_OUT with no checkout */
const CHECKED_OUT = "libs/checked";
const NOT_CHECKED_OUT = "libs/absent";

/** The host's git, as a later workflow step runs it (whoever owns the files: safe.directory). */
function hostGit(cwd: string, args: string[]) {
  const result = spawnSync("git", ["-c", "safe.directory=*", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z" },
    timeout: 20_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function gitOk(cwd: string, args: string[]): string {
  const result = hostGit(cwd, ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args]);
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.out}`);
  return result.out;
}

/** A library repository outside the workspace, the source of the checked-out submodule. */
function makeLibrary(): string {
  const dir = mkdtempSync(join(tmpdir(), "sbx-git-lib-"));
  gitOk(dir, ["init", "-q", "-b", "main"]);
  writeFileSync(join(dir, "lib.txt"), "library\n");
  gitOk(dir, ["add", "."]);
  gitOk(dir, ["commit", "-q", "-m", "library"]);
  return dir;
}

/**
 * A checkout as a workflow has it: commits, a tag, packed refs, a hook, a submodule checked out
 * (its .git a file naming .git/modules/...), and a gitlink whose submodule is not checked out.
 */
function makeRepository(workspace: string, library: string): void {
  gitOk(workspace, ["init", "-q", "-b", "main"]);
  writeFileSync(join(workspace, "README.md"), "hello\n");
  writeFileSync(join(workspace, "app.txt"), "one\n");
  gitOk(workspace, ["add", "."]);
  gitOk(workspace, ["commit", "-q", "-m", "first"]);
  gitOk(workspace, ["-c", "protocol.file.allow=always", "submodule", "add", "-q", library, CHECKED_OUT]);
  gitOk(workspace, ["update-index", "--add", "--cacheinfo", `160000,${"1".repeat(40)},${NOT_CHECKED_OUT}`]);
  gitOk(workspace, ["commit", "-q", "-m", "submodules"]);
  gitOk(workspace, ["tag", "v1"]);
  gitOk(workspace, ["pack-refs", "--all"]);
  writeFileSync(join(workspace, ".git/hooks/pre-commit"), HOOK, { mode: 0o755 });
}

/**
 * Every entry under `dir`: type, mode, content hash or link target (what must not change). Index
 * files are left out: the host's own git rewrites them to refresh stat data (the tests check what
 * the index records with `git ls-files` instead).
 */
function tree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name === "index") continue;
    const path = join(dir, name);
    const rel = `${prefix}${name}`;
    const stat = lstatSync(path);
    if (stat.isDirectory()) {
      out[`${rel}/`] = stat.mode.toString(8);
      Object.assign(out, tree(path, `${rel}/`));
    } else if (stat.isSymbolicLink()) out[rel] = `-> ${readlinkSync(path)}`;
    else
      out[rel] = `${stat.mode.toString(8)} ${createHash("sha256").update(readFileSync(path)).digest("hex")}`;
  }
  return out;
}

/** A minimal repository whose config makes any git that opens it run `touch marker`. */
function plantRepositoryCommand(dir: string, marker: string): string {
  const config = `[core]\n\trepositoryformatversion = 0\n\tfsmonitor = "touch ${marker}; false"\n`;
  return [
    `mkdir -p ${dir}/objects ${dir}/refs/heads`,
    `printf 'ref: refs/heads/main\\n' > ${dir}/HEAD`,
    `printf %s ${Buffer.from(config).toString("base64")} | base64 -d > ${dir}/config`,
  ].join(" && ");
}

/** Runs each command; returns those that got through (the `echo` after them ran). */
async function succeeded(target: Target, attacks: string[]): Promise<string[]> {
  const through: string[] = [];
  for (const attack of attacks) {
    const result = await run(target, `${attack} && echo BROKE-THROUGH`);
    if (result.stdout.includes("BROKE-THROUGH")) through.push(attack);
  }
  return through;
}

/** write_file on each path; returns the paths it was not refused. */
async function written(target: Target, paths: string[], content: string): Promise<string[]> {
  const through: string[] = [];
  for (const path of paths) {
    if (!(await tool(target, "write_file", { path, content })).isError) through.push(`write_file ${path}`);
  }
  return through;
}

export function defineGitSuite(backend: string, start: Start): void {
  describe(`git (${backend})`, () => {
    let library: string;
    let markers: string;
    let target: Target;
    /** .git/index with one more gitlink (at vendor/evil), made on the host from the real one */
    let evilIndex: string;
    let gitBefore: Record<string, string>;
    let gitInside = false;

    const marker = (name: string) => join(markers, name);

    /** git status, diff and log on the host, each of which must work; then no marker may exist. */
    function expectHostGitRunsNothing(): void {
      for (const args of [["status"], ["diff"], ["log", "--oneline", "-3"], ["status", "--short", "-uall"]]) {
        const result = hostGit(target.workspace, args);
        expect(result.status, `host git ${args.join(" ")}: ${result.out}`).toBe(0);
      }
      expect(readdirSync(markers), "a command planted by the agent ran on the host").toEqual([]);
    }

    beforeAll(async () => {
      library = makeLibrary();
      markers = mkdtempSync(join(tmpdir(), "sbx-git-markers-"));
      target = await start({
        prepareWorkspace: (workspace) => {
          makeRepository(workspace, library);
          const scratch = join(markers, "index");
          writeFileSync(scratch, readFileSync(join(workspace, ".git/index")));
          const env = { ...process.env, GIT_INDEX_FILE: scratch };
          const added = spawnSync(
            "git",
            [
              "-c",
              "safe.directory=*",
              "update-index",
              "--add",
              "--cacheinfo",
              `160000,${"2".repeat(40)},vendor/evil`,
            ],
            { cwd: workspace, env, encoding: "utf8" },
          );
          if (added.status !== 0) throw new Error(added.stderr);
          evilIndex = readFileSync(scratch).toString("base64");
          rmSync(scratch);
        },
      });
      gitBefore = tree(join(target.workspace, ".git"));
      gitInside = (await run(target, "command -v git")).exit_code === 0;
    });

    afterAll(async () => {
      await target?.close();
      rmSync(library, { recursive: true, force: true });
      rmSync(markers, { recursive: true, force: true });
    });

    it("starts from a checkout the host's git reads cleanly", () => {
      const status = hostGit(target.workspace, ["status", "--porcelain"]);
      expect(status.status, status.out).toBe(0);
      expect(hostGit(target.workspace, ["log", "--oneline"]).out).toContain("submodules");
      expect(readFileSync(join(target.workspace, CHECKED_OUT, ".git"), "utf8")).toMatch(/^gitdir: /);
    });

    it("cannot point .git/commondir at a config of its own", async () => {
      const evil = await run(
        target,
        `${plantRepositoryCommand("evil", marker("commondir"))} && cp -r .git/objects .git/refs .git/packed-refs evil/`,
      );
      expect(evil.exit_code, evil.stderr).toBe(0);
      const through = [
        ...(await written(target, [".git/commondir"], "../evil\n")),
        ...(await succeeded(target, [
          "echo ../evil > .git/commondir",
          "printf /workspace/evil > .git/commondir",
          "node -e \"require('fs').writeFileSync('.git/commondir', '../evil')\"",
        ])),
      ];
      expectHostGitRunsNothing();
      expect(through).toEqual([]);
      expect(existsSync(join(target.workspace, ".git/commondir"))).toBe(false);
    });

    it("cannot add a gitlink to .git/index for a nested repository that sets core.fsmonitor", async () => {
      const planted = await run(target, plantRepositoryCommand("vendor/evil/.git", marker("gitlink")));
      expect(planted.exit_code, planted.stderr).toBe(0);
      const through = await succeeded(target, [
        `printf %s ${evilIndex} | base64 -d > .git/index`,
        `printf %s ${evilIndex} | base64 -d > /tmp/index && cp /tmp/index .git/index`,
        `printf %s ${evilIndex} | base64 -d > /tmp/index && mv -f /tmp/index .git/index`,
        `printf %s ${evilIndex} | base64 -d > .git/index.new && mv -f .git/index.new .git/index`,
      ]);
      expectHostGitRunsNothing();
      expect(through).toEqual([]);
      expect(tree(join(target.workspace, ".git"))).toEqual(gitBefore);
      expect(hostGit(target.workspace, ["ls-files", "--stage"]).out).not.toContain("vendor/evil");
    });

    it("cannot write git's own state: HEAD, refs, objects, info/exclude, packed-refs, logs", async () => {
      const paths = [
        ".git/HEAD",
        ".git/refs/heads/main",
        ".git/refs/heads/agent",
        ".git/refs/tags/v2",
        ".git/objects/ab/cdef",
        ".git/info/exclude",
        ".git/packed-refs",
        ".git/logs/HEAD",
        ".git/description",
        ".git/FETCH_HEAD",
        ".git/modules/libs/checked/config",
      ];
      const edit = await tool(target, "edit_file", {
        path: ".git/HEAD",
        old_string: "refs/heads/main",
        new_string: "refs/heads/agent",
      });
      const through = [
        ...(await written(target, paths, "evil\n")),
        ...(edit.isError ? [] : ["edit_file .git/HEAD"]),
        ...(await succeeded(target, [
          "echo 'ref: refs/heads/agent' > .git/HEAD",
          "echo 0000000000000000000000000000000000000000 > .git/refs/heads/main",
          "mkdir -p .git/refs/heads && echo x > .git/refs/heads/agent",
          "mkdir -p .git/objects/ab && echo x > .git/objects/ab/cdef",
          "echo '*' >> .git/info/exclude",
          "echo '0000000000000000000000000000000000000000 refs/heads/main' > .git/packed-refs",
          "rm -rf .git/objects/pack .git/refs/tags",
          "echo x >> .git/logs/HEAD",
          "echo evil > .git/modules/libs/checked/config",
          "chmod 600 .git/HEAD",
          "touch .git/index.lock",
        ])),
      ];
      expect(through).toEqual([]);
      expect(tree(join(target.workspace, ".git"))).toEqual(gitBefore);
      expectHostGitRunsNothing();
    });

    it("cannot add or change a hook", async () => {
      const through = [
        ...(await written(
          target,
          [".git/hooks/post-checkout", ".git/hooks/fsmonitor-watchman", ".git/hooks/pre-commit"],
          "#!/bin/sh\nevil\n",
        )),
        ...(await succeeded(target, [
          `printf '#!/bin/sh\\ntouch ${marker("hook")}\\n' > .git/hooks/post-checkout`,
          "cp README.md .git/hooks/pre-push",
          "ln -s /workspace/README.md .git/hooks/pre-rebase",
          "mkdir -p .git/hooks2",
        ])),
      ];
      expect(through).toEqual([]);
      expect(tree(join(target.workspace, ".git"))).toEqual(gitBefore);
      expectHostGitRunsNothing();
    });

    it("cannot swap a submodule's .git for a repository of its own, checked out or not", async () => {
      const through = await succeeded(target, [
        // a checked-out submodule: its .git is a file naming .git/modules/...
        `rm -f ${CHECKED_OUT}/.git && ${plantRepositoryCommand(`${CHECKED_OUT}/.git`, marker("submodule"))}`,
        `echo 'gitdir: ../../evil-sub' > ${CHECKED_OUT}/.git`,
        `mv ${CHECKED_OUT} libs/moved && ${plantRepositoryCommand(`${CHECKED_OUT}/.git`, marker("submodule"))}`,
        `mv libs libs-moved && ${plantRepositoryCommand(`${CHECKED_OUT}/.git`, marker("submodule"))}`,
        // a gitlink with nothing checked out: git would open whatever repository appears there
        plantRepositoryCommand(`${NOT_CHECKED_OUT}/.git`, marker("unchecked-submodule")),
        `rm -rf ${NOT_CHECKED_OUT} && ${plantRepositoryCommand(`${NOT_CHECKED_OUT}/.git`, marker("unchecked-submodule"))}`,
      ]);
      expectHostGitRunsNothing();
      expect(through).toEqual([]);
      expect(readFileSync(join(target.workspace, CHECKED_OUT, ".git"), "utf8")).toMatch(
        /^gitdir: \.\.\/\.\.\/\.git\/modules\/libs\/checked/,
      );
      expect(tree(join(target.workspace, ".git"))).toEqual(gitBefore);
    });

    it("a nested repository planted elsewhere is not run by git status, diff or log at the top", async () => {
      // Outside the promise (ADR 0011): git run INSIDE such a repository, or a host `git add -A`
      // that records it as a gitlink, opens its config. Top-level status, diff and log do not.
      const planted = await run(target, plantRepositoryCommand("planted/.git", marker("nested")));
      expect(planted.exit_code, planted.stderr).toBe(0);
      await run(target, "echo changed > app.txt && echo x > planted/file");
      expectHostGitRunsNothing();
      expect(hostGit(target.workspace, ["status", "--porcelain"]).out).toContain("planted/");
    });

    it("git inside the sandbox still reads the repository; committing fails cleanly", async () => {
      if (!gitInside) return; // the image has no git (docker's test image: busybox and node)
      await run(target, "echo inside >> app.txt");
      const status = await run(target, "git status");
      expect(status.exit_code, status.stdout + status.stderr).toBe(0);
      expect(status.stdout).toContain("app.txt");
      const log = await run(target, "git log --oneline");
      expect(log.exit_code, log.stderr).toBe(0);
      expect(log.stdout).toContain("submodules");
      const diff = await run(target, "git diff app.txt");
      expect(diff.exit_code, diff.stderr).toBe(0);
      expect(diff.stdout).toContain("+inside");
      const commit = await run(target, "git -c user.name=a -c user.email=a@b commit -am agent");
      expect(commit.exit_code).not.toBe(0);
      expect(commit.stderr).toMatch(/Read-only file system|unable to create|Unable to create/);
      expect(tree(join(target.workspace, ".git"))).toEqual(gitBefore);
    });

    it("cannot move .git away and put its own in its place", async () => {
      const through = await succeeded(target, [
        `mv .git old-git && ${plantRepositoryCommand(".git", marker("replaced"))}`,
        "rm -rf .git",
        "mv .git/hooks .git/hooks-old",
        "node -e \"require('fs').renameSync('.git', 'old-git')\"",
        "mkdir -p elsewhere && mv .git elsewhere/",
      ]);
      expectHostGitRunsNothing();
      expect(through).toEqual([]);
      expect(existsSync(join(target.workspace, "old-git"))).toBe(false);
      expect(tree(join(target.workspace, ".git"))).toEqual(gitBefore);
    });
  });

  describe(`git: a workspace without a repository (${backend})`, () => {
    let target: Target;

    beforeAll(async () => {
      target = await start({
        prepareWorkspace: (workspace) => writeFileSync(join(workspace, "README.md"), "hello\n"),
      });
    });

    afterAll(async () => {
      await target?.close();
    });

    it("gets one empty read-only .git that the host's git does not take for a repository", async () => {
      expect(readdirSync(join(target.workspace, ".git"))).toEqual([]);
      const discovered = hostGit(target.workspace, ["rev-parse", "--git-dir"]);
      expect(discovered.status).not.toBe(0);
      expect(discovered.out).toContain("not a git repository");
      const through = await succeeded(target, [
        "mkdir .git/hooks",
        "echo 'ref: refs/heads/main' > .git/HEAD",
        "rmdir .git && mkdir .git",
        "git init",
      ]);
      expect(through).toEqual([]);
      expect(readdirSync(join(target.workspace, ".git"))).toEqual([]);
      expect((await tool(target, "write_file", { path: "notes.txt", content: "work\n" })).isError).toBe(
        false,
      );
    });
  });

  describe(`git: git-writable (${backend})`, () => {
    let target: Target;
    let library: string;

    beforeAll(async () => {
      library = makeLibrary();
      target = await start({ gitWritable: true, prepareWorkspace: (ws) => makeRepository(ws, library) });
    });

    afterAll(async () => {
      await target?.close();
      rmSync(library, { recursive: true, force: true });
    });

    it("lets the agent write .git, but not its hooks or config", async () => {
      const head = gitOk(target.workspace, ["rev-parse", "HEAD"]).trim();
      const wrote = await run(target, `echo ${head} > .git/refs/heads/agent && echo note > .git/agent-note`);
      expect(wrote.exit_code, wrote.stderr).toBe(0);
      expect(readFileSync(join(target.workspace, ".git/agent-note"), "utf8")).toBe("note\n");
      const through = [
        ...(await written(
          target,
          [".git/hooks/post-checkout", ".git/config", ".git/info/attributes"],
          "x\n",
        )),
        ...(await succeeded(target, [
          "echo evil > .git/hooks/post-checkout",
          "echo '[core] hooksPath = /tmp' >> .git/config",
          "mv .git/hooks .git/hooks-old",
          "mv .git .git-old",
        ])),
      ];
      expect(through).toEqual([]);
      expect(readdirSync(join(target.workspace, ".git/hooks"))).toContain("pre-commit");
      expect(readdirSync(join(target.workspace, ".git/hooks"))).not.toContain("post-checkout");
      expect(readFileSync(join(target.workspace, ".git/config"), "utf8")).not.toContain("hooksPath");
      if ((await run(target, "command -v git")).exit_code !== 0) return; // no git in the image
      const commit = await run(
        target,
        "echo more >> app.txt && git -c user.name=a -c user.email=a@b commit -qam agent",
      );
      expect(commit.exit_code, commit.stderr).toBe(0);
      expect(hostGit(target.workspace, ["log", "--oneline", "-1"]).out).toContain("agent");
    });
  });
}
