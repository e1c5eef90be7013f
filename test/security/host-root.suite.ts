// Threat model promise 10: a sandbox's processes are never host root, even when the tool is
// started by root (issue 17, items 1 and 9). Each test performs the attack the red team made on a
// local sandbox started by root: write the host's kernel settings through /proc/sys (core_pattern
// names a program the kernel runs as root on the next crash), read a root-only file, and checks
// from the host which uid every process of the sandbox has. Parameterised by backend.
//
// The core_pattern attack writes back exactly the value the host has (read first), so even where
// it succeeds it changes nothing; the test asserts that the write is refused.

import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeAsRoot, IS_ROOT, itAsRoot } from "../support/as-root.js";
import { runCommand as run, callTool as tool } from "../support/calls.js";
import { killAll } from "../support/processes.js";
import type { Target } from "../support/target.js";

const CORE_PATTERN = "/proc/sys/kernel/core_pattern";

export interface HostRootTarget extends Target {
  session: { sandbox: { exec(argv: string[], options?: { timeoutMs?: number }): Promise<unknown> } };
}

export interface HostRootOptions {
  start: (options?: {
    prepareWorkspace?: (workspace: string) => void;
    workspaceDir?: () => string;
  }) => Promise<HostRootTarget>;
  /** host pids whose trees hold every process of the sandbox: each compartment's (ADR 0014) */
  rootPids: (target: HostRootTarget) => Promise<number[]>;
}

/** Uid: real, effective, saved, filesystem uid of a host process; undefined once it is gone */
export function hostUids(pid: number): number[] | undefined {
  try {
    const line = /^Uid:\s+(.*)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return line?.trim().split(/\s+/).map(Number);
  } catch {
    return undefined;
  }
}

/** `pid` and all its descendants on the host */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // exited meanwhile
    }
  }
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift() as number;
    tree.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return tree;
}

/**
 * host pids of live `sleep ARG` processes (the command itself: the host's launcher that execs it
 * into a local sandbox names it too, and is root until it drops to the sandbox's uid)
 */
function sleepers(arg: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const argv = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0");
        return argv.includes(arg) && readFileSync(`/proc/${name}/comm`, "utf8").trim() === "sleep";
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function poll<T>(find: () => T | undefined, ms = 10_000): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function defineHostRootSuite(backend: string, options: HostRootOptions): void {
  describe(`never host root (${backend})`, () => {
    const secretFile = `/etc/sandbox-action-test-${randomBytes(6).toString("hex")}`;
    const secret = `root-only-${randomBytes(12).toString("hex")}`;
    let target: HostRootTarget;

    beforeAll(async () => {
      if (IS_ROOT) writeFileSync(secretFile, secret, { mode: 0o600 });
      target = await options.start();
    });

    afterAll(async () => {
      rmSync(secretFile, { force: true });
      await target?.close();
    });

    it("runs every process of the sandbox, and each command it runs, as a host uid other than 0", async () => {
      // a command of the server's, still running while the host looks
      const marker = `${1000 + Math.floor(Math.random() * 1000)}.${randomBytes(2).readUInt16BE()}`;
      const call = run(target, `sleep ${marker}; true`, 30_000);
      call.catch(() => {}); // awaited below; a failed assertion first must not leave it unhandled
      const sleeper = await poll(() => sleepers(marker)[0]);
      expect(sleeper, "the command's process on the host").toBeDefined();
      const tree = (await options.rootPids(target)).flatMap(processTree);
      expect(tree).toContain(sleeper);
      expect(tree.length).toBeGreaterThan(2);
      for (const pid of tree) {
        const uids = hostUids(pid);
        if (uids)
          expect(
            uids.every((uid) => uid !== 0),
            `host pid ${pid}: Uid ${uids.join(" ")}`,
          ).toBe(true);
      }
      killAll(sleepers(marker));
      await call;

      // and what the host execs into the sandbox (copy-in, exec), which does not descend from it
      const execMarker = `${2000 + Math.floor(Math.random() * 1000)}.${randomBytes(2).readUInt16BE()}`;
      const exec = target.session.sandbox.exec(["sleep", execMarker], { timeoutMs: 30_000 });
      exec.catch(() => {});
      const execed = await poll(() => {
        const found = sleepers(execMarker).filter((pid) => hostUids(pid));
        return found.length ? found : undefined;
      });
      expect(execed?.length, "the exec'd command on the host").toBeGreaterThan(0);
      for (const pid of execed ?? []) {
        const uids = hostUids(pid) ?? [];
        expect(
          uids.every((uid) => uid !== 0),
          `exec'd host pid ${pid}: Uid ${uids.join(" ")}`,
        ).toBe(true);
      }
      killAll(execed ?? []);
      await exec;
    });

    it("cannot change the host's kernel settings through /proc/sys", async () => {
      // the host's current value, written back unchanged: a failing test changes nothing
      const current = readFileSync(CORE_PATTERN, "utf8").replace(/\n$/, "");
      const attempt = await target.client.callTool({
        name: "run_command",
        arguments: {
          command: `printf '%s\\n' "$PATTERN" > ${CORE_PATTERN} && echo WROTE`,
          env: { PATTERN: current },
        },
      });
      const result = attempt.structuredContent as { exit_code: number; stdout: string };
      expect(result.stdout).not.toContain("WROTE");
      expect(result.exit_code).not.toBe(0);
      expect(readFileSync(CORE_PATTERN, "utf8").replace(/\n$/, "")).toBe(current);
      // read-only even where the sandbox's own user namespace owns the setting (its network's)
      const own = await run(target, "echo 1 > /proc/sys/net/ipv4/ip_forward && echo WROTE");
      expect(own.stdout).not.toContain("WROTE");
      const mounts = await run(target, "grep -E ' /proc/sys ' /proc/self/mountinfo");
      expect(mounts.stdout).toMatch(/ \/proc\/sys ro[, ]/);
    });

    it("sees none of the kernel details Docker masks under /proc", async () => {
      for (const path of ["/proc/timer_list", "/proc/sched_debug", "/proc/keys", "/proc/kcore"]) {
        if (!existsSync(path)) continue;
        const read = await run(target, `head -c 64 ${path} 2>/dev/null | wc -c`);
        expect(read.stdout.trim(), path).toBe("0");
      }
    });

    it("leaves no set-user-ID or set-group-ID file in the workspace for the host to run", async () => {
      // the red team's F1: through an idmapped root-owned workspace, a set-uid-root program
      const attack = await run(
        target,
        [
          "cp /bin/sh suid; chmod 4755 suid; chmod u+s,g+s suid",
          "cp /bin/sh suid2 && chmod 755 suid2 && chmod 6755 suid2",
          "install -m 4755 /bin/sh suid3",
          "mkdir -m 2777 sgid",
          'node -e \'const fs=require("fs"); fs.writeFileSync("suid4", "x", {mode: 0o4755}); fs.chmodSync("suid4", 0o4755)\'',
          "echo done",
        ].join("; "),
      );
      expect(attack.stdout).toContain("done");
      for (const name of ["suid", "suid2", "suid3", "suid4", "sgid"]) {
        const path = join(target.workspace, name);
        if (!existsSync(path)) continue;
        expect(statSync(path).mode & 0o6000, `${name} on the host`).toBe(0);
      }
      // ordinary modes still work
      const plain = await run(target, "echo x > plain && chmod 750 plain && stat -c %a plain");
      expect(plain.stdout.trim()).toBe("750");
    });

    it("refuses to start where the checkout's .git/config holds the job's token (promise 1)", async () => {
      // actions/checkout's default (persist-credentials: true): every process inside could read it
      const token = `ghs_${randomBytes(18).toString("hex")}`;
      const header = Buffer.from(`x-access-token:${token}`).toString("base64");
      const attempt = options.start({
        prepareWorkspace: (workspace) => {
          mkdirSync(join(workspace, ".git"), { recursive: true });
          writeFileSync(
            join(workspace, ".git/config"),
            `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${header}\n`,
          );
        },
      });
      await expect(attempt).rejects.toThrow(/holds a credential/);
    });

    itAsRoot("cannot read a root-only file of the host's", async () => {
      expect(readFileSync(secretFile, "utf8")).toBe(secret);
      const cat = await run(target, `cat ${secretFile}`);
      expect(cat.stdout + cat.stderr).not.toContain(secret);
      expect(cat.exit_code).not.toBe(0);
      const read = await tool(target, "read_file", { path: secretFile });
      expect(read.text).not.toContain(secret);
      const search = await tool(target, "search_files", { pattern: "root-only-", path: "/etc" });
      expect(search.text).not.toContain(secret);
    });
  });
}

/**
 * A root-owned workspace (container jobs, self-hosted runners as root) started by root: still
 * writable from inside, and what the sandbox creates is owned on the host as the checkout is.
 */
export function defineRootOwnedWorkspaceSuite(backend: string, options: HostRootOptions): void {
  describeAsRoot(`root-owned workspace (${backend})`, () => {
    let target: HostRootTarget;

    beforeAll(async () => {
      target = await options.start({
        prepareWorkspace: (workspace) => {
          writeFileSync(join(workspace, "existing.txt"), "from the host\n", { mode: 0o644 });
        },
      });
      expect(statSync(target.workspace).uid).toBe(0);
    });

    afterAll(async () => {
      await target?.close();
    });

    it("is writable from inside, and files made there are owned by the workspace's owner", async () => {
      const made = await tool(target, "write_file", { path: "made-inside.txt", content: "hello\n" });
      expect(made.isError, made.text).toBe(false);
      const shell = await run(
        target,
        "mkdir -p sub && echo x > sub/by-shell && echo more >> existing.txt && id -u",
      );
      expect(shell.exit_code, shell.stderr).toBe(0);
      expect(shell.stdout.trim()).not.toBe("0");
      for (const path of ["made-inside.txt", "sub", "sub/by-shell"]) {
        const stat = statSync(join(target.workspace, path));
        expect([stat.uid, stat.gid], path).toEqual([0, 0]);
      }
      expect(readFileSync(join(target.workspace, "existing.txt"), "utf8")).toBe("from the host\nmore\n");
    });

    it("cannot make a root-owned file of the checkout set-uid or set-gid", async () => {
      // what the checkout already holds is root's on disk: a set-uid bit would make it host root's
      const attack = await run(
        target,
        "chmod 4755 existing.txt; chmod u+s,g+s existing.txt; mkdir -m 2777 sgid-dir; chmod 2777 sub; echo done",
      );
      expect(attack.stdout).toContain("done");
      for (const name of ["existing.txt", "sgid-dir", "sub"]) {
        const path = join(target.workspace, name);
        if (existsSync(path)) expect(statSync(path).mode & 0o6000, `${name} on the host`).toBe(0);
      }
    });

    it("refuses a workspace path through a symlink, one an agent could have left in a checkout", async () => {
      // the red team's B1: `proj -> /root` in run 1's workspace; run 2 given ./proj would hold /root
      const base = mkdtempSync(join(tmpdir(), "sbx-link-"));
      const secret = join(base, "root-home");
      mkdirSync(secret, { mode: 0o700 });
      writeFileSync(join(secret, "id_rsa"), "s3cret", { mode: 0o600 });
      const checkout = join(base, "checkout");
      mkdirSync(checkout, { mode: 0o755 });
      symlinkSync(secret, join(checkout, "proj"));
      try {
        const outcome = await options.start({ workspaceDir: () => join(checkout, "proj") }).then(
          async (target) => {
            await target.close();
            return "started";
          },
          (error: Error) => error.message,
        );
        expect(outcome).toMatch(/goes through a symlink/);
        // nothing was mounted or made in it
        expect(readdirSync(secret)).toEqual(["id_rsa"]);
        expect(readFileSync(join(secret, "id_rsa"), "utf8")).toBe("s3cret");
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    });

    it("leaves no mount of the checkout on the host while the sandbox runs", () => {
      // the idmapped view is the sandbox's alone: a host-side one would outlive a killed run, and
      // a recursive removal of the directory it sits in would go through it into the checkout
      const name = basename(target.workspace);
      const mounts = readFileSync("/proc/self/mountinfo", "utf8")
        .split("\n")
        .filter((line) => line.split(" ")[3]?.endsWith(`/${name}`));
      expect(mounts).toEqual([]);
    });
  });
}
