// Unit tests of the local backend's pure parts: root filesystem plan, bwrap argv, environment,
// error mapping, the host's cgroup join. No bubblewrap needed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_ENV, buildEnv } from "../../src/backends/env.js";
import { LISTEN_ADDRESS } from "../../src/backends/layout.js";
import { type BwrapPlan, buildBwrapArgs, envArgs } from "../../src/backends/local/args.js";
import { HINT_USERNS, startupFailure } from "../../src/backends/local/errors.js";
import { execLauncherArgv } from "../../src/backends/local/exec.js";
import { userNamespaceSysctls } from "../../src/backends/local/prereqs.js";
import { labelsMatch } from "../../src/backends/local/registry.js";
import { type HostFs, type PathKind, planRootfs, resolvConfTarget } from "../../src/backends/local/rootfs.js";
import { joinCgroups } from "../../src/backends/local/sandbox.js";
import { SandboxError } from "../../src/backends/types.js";

/** A host described as path -> kind (symlinks as "-> target"). */
function fakeHost(entries: Record<string, PathKind | `-> ${string}`>): HostFs {
  const kindOf = (path: string): PathKind => {
    const entry = entries[path];
    if (entry === undefined) return "missing";
    return entry.startsWith("-> ") ? "symlink" : (entry as PathKind);
  };
  const resolve = (path: string, depth = 0): string | undefined => {
    if (depth > 10) return undefined;
    const parts = path.split("/").filter(Boolean);
    let current = "";
    for (let i = 0; i < parts.length; i++) {
      const next = `${current}/${parts[i]}`;
      const entry = entries[next];
      if (entry === undefined) return undefined;
      if (entry.startsWith("-> ")) {
        const target = entry.slice(3);
        const base = posix.resolve(current || "/", target);
        const resolved = resolve(base, depth + 1);
        if (!resolved) return undefined;
        current = resolved;
      } else current = next;
    }
    return current || "/";
  };
  return {
    rootEntries: () =>
      Object.keys(entries)
        .filter((path) => path.lastIndexOf("/") === 0)
        .map((path) => path.slice(1)),
    kind: kindOf,
    readlink: (path) => (entries[path] ?? "").slice(3),
    realpath: (path) => resolve(path),
  };
}

const HOST = fakeHost({
  "/bin": "-> usr/bin",
  "/lib": "-> usr/lib",
  "/usr": "dir",
  "/usr/bin": "dir",
  "/usr/lib": "dir",
  "/etc": "dir",
  "/etc/shadow": "file",
  "/etc/gshadow": "file",
  "/etc/sudoers.d": "dir",
  "/etc/ssh": "dir",
  "/etc/ssh/ssh_host_ed25519_key": "file",
  "/etc/ssl": "dir",
  "/etc/ssl/private": "dir",
  "/etc/resolv.conf": "-> ../run/systemd/resolve/stub-resolv.conf",
  "/run": "dir",
  "/run/systemd": "dir",
  "/run/systemd/resolve": "dir",
  "/run/systemd/resolve/stub-resolv.conf": "file",
  "/var": "dir",
  "/var/run": "-> /run",
  "/var/log": "dir",
  "/var/lib": "dir",
  "/var/lib/docker": "dir",
  "/var/lib/docker/volumes": "dir",
  "/opt": "dir",
  "/opt/hostedtoolcache": "dir",
  "/opt/toolcache": "dir",
  "/home": "dir",
  "/home/runner": "dir",
  "/home/runner/work": "dir",
  "/home/runner/work/_temp": "dir",
  "/root": "dir",
  "/tmp": "dir",
  "/proc": "dir",
  "/dev": "dir",
  "/sys": "dir",
  "/boot": "dir",
  "/mnt": "dir",
  "/media": "dir",
  "/srv": "dir",
  "/snap": "dir",
  "/lost+found": "dir",
  "/workspace": "dir",
  "/.dockerenv": "file",
  "/data": "dir",
  "/data/toolcache": "dir",
});

const PLAN: BwrapPlan = {
  rootfs: planRootfs(HOST, {}),
  network: "none",
  workspace: "/home/runner/work/repo/repo",
  workspaceMode: "rw",
  script: "/home/runner/work/_actions/x/dist/sandbox-server.js",
  node: "/opt/hostedtoolcache/node/24/x64/bin/node",
  runDir: "/home/runner/work/_temp/sandbox-action/sbx-abc-1234/run",
  entryArgs: ["--listen", LISTEN_ADDRESS],
};

/** the value(s) after each occurrence of `flag` */
function valuesAfter(args: string[], flag: string, count = 1): string[][] {
  const found: string[][] = [];
  args.forEach((arg, i) => {
    if (arg === flag) found.push(args.slice(i + 1, i + 1 + count));
  });
  return found;
}

describe("planRootfs", () => {
  const ops = planRootfs(HOST, {});

  it("recreates top-level symlinks and read-only binds the system trees only", () => {
    expect(ops).toContainEqual({ kind: "symlink", target: "usr/bin", dest: "/bin" });
    expect(ops).toContainEqual({ kind: "symlink", target: "usr/lib", dest: "/lib" });
    for (const dir of ["/usr", "/etc", "/var", "/opt"]) {
      expect(ops).toContainEqual({ kind: "ro-bind", src: dir, dest: dir });
    }
    // Unknown top-level trees (a checkout under /data, the host's sysfs) are not bound.
    for (const dir of ["/sys", "/data"]) expect(ops.map((op) => op.dest)).not.toContain(dir);
  });

  it("leaves out home directories, /run, /tmp, boot and media trees, top-level files, and our own names", () => {
    const dests = ops.filter((op) => op.kind === "ro-bind" || op.kind === "symlink").map((op) => op.dest);
    for (const hidden of [
      "/root",
      "/home",
      "/tmp",
      "/proc",
      "/dev",
      "/run",
      "/boot",
      "/mnt",
      "/media",
      "/srv",
      "/snap",
      "/lost+found",
      "/workspace",
      "/.dockerenv",
    ]) {
      expect(dests).not.toContain(hidden);
    }
  });

  it("masks sensitive files with /dev/null and sensitive directories with an empty tmpfs", () => {
    expect(ops).toContainEqual({ kind: "mask-file", dest: "/etc/shadow" });
    expect(ops).toContainEqual({ kind: "mask-file", dest: "/etc/gshadow" });
    for (const dir of [
      "/etc/ssh",
      "/etc/sudoers.d",
      "/etc/ssl/private",
      "/var/log",
      "/var/lib/docker",
      "/opt/hostedtoolcache",
    ]) {
      expect(ops).toContainEqual({ kind: "mask-dir", dest: dir });
    }
  });

  it("skips masks that do not exist or resolve into trees that are not bound", () => {
    const masked = ops.filter((op) => op.kind.startsWith("mask")).map((op) => op.dest);
    expect(masked).not.toContain("/etc/sudoers"); // absent on this host
    expect(masked).not.toContain("/var/run/docker.sock"); // /var/run -> /run, replaced anyway
    expect(masked).not.toContain("/run/docker.sock");
  });

  it("masks runner directories named by the environment, except those already hidden", () => {
    const withEnv = planRootfs(HOST, {
      RUNNER_TEMP: "/home/runner/work/_temp",
      RUNNER_TOOL_CACHE: "/opt/toolcache",
      AGENT_TOOLSDIRECTORY: "relative/ignored",
    });
    const masked = withEnv.filter((op) => op.kind === "mask-dir").map((op) => op.dest);
    expect(masked).toContain("/opt/toolcache");
    expect(masked).not.toContain("/home/runner/work/_temp");
    expect(masked.some((dest) => dest.includes("relative"))).toBe(false);
  });

  it("does not mask below an already masked directory", () => {
    const host = fakeHost({
      "/var": "dir",
      "/var/lib": "dir",
      "/var/lib/docker": "dir",
      "/var/lib/docker/sock": "file",
    });
    const masked = planRootfs(host, {
      RUNNER_TEMP: "/var/lib/docker/sock",
      RUNNER_TOOL_CACHE: "/var",
    }).filter((op) => op.kind.startsWith("mask"));
    expect(masked).toEqual([{ kind: "mask-dir", dest: "/var" }]);
  });

  it("finds resolv.conf's target when it lives in /run", () => {
    expect(resolvConfTarget(HOST)).toBe("/run/systemd/resolve/stub-resolv.conf");
    expect(resolvConfTarget(fakeHost({ "/etc": "dir", "/etc/resolv.conf": "file" }))).toBeUndefined();
  });
});

describe("buildBwrapArgs", () => {
  const args = buildBwrapArgs(PLAN);

  it("unshares every namespace, disables nested user namespaces and ties the sandbox to its parent", () => {
    for (const flag of [
      "--unshare-user",
      "--unshare-pid",
      "--unshare-net",
      "--unshare-ipc",
      "--unshare-uts",
      "--unshare-cgroup-try",
      "--disable-userns",
      "--die-with-parent",
      "--new-session",
    ]) {
      expect(args).toContain(flag);
    }
    expect(valuesAfter(args, "--cap-drop")).toEqual([["ALL"]]);
    expect(valuesAfter(args, "--uid")).toEqual([["1000"]]);
    expect(valuesAfter(args, "--gid")).toEqual([["1000"]]);
    expect(valuesAfter(args, "--hostname")).toEqual([["sandbox"]]);
  });

  it("never binds the host root wholesale", () => {
    const binds = [...valuesAfter(args, "--ro-bind", 2), ...valuesAfter(args, "--bind", 2)];
    expect(binds.some(([src, dest]) => src === "/" || dest === "/")).toBe(false);
  });

  it("gives fresh /proc, /dev, /tmp and an empty /run", () => {
    expect(valuesAfter(args, "--proc")).toEqual([["/proc"]]);
    expect(valuesAfter(args, "--dev")).toEqual([["/dev"]]);
    expect(valuesAfter(args, "--tmpfs")).toContainEqual(["/tmp"]);
    expect(valuesAfter(args, "--tmpfs")).toContainEqual(["/run"]);
  });

  it("shows of /sys only the THP mode, read-only, where the host has it", () => {
    expect(valuesAfter(args, "--ro-bind-try", 2)).toEqual([
      ["/sys/kernel/mm/transparent_hugepage", "/sys/kernel/mm/transparent_hugepage"],
    ]);
    const binds = [...valuesAfter(args, "--ro-bind", 2), ...valuesAfter(args, "--bind", 2)];
    expect(binds.some(([src]) => src?.startsWith("/sys"))).toBe(false);
  });

  it("masks files with /dev/null and directories with a read-only tmpfs", () => {
    expect(valuesAfter(args, "--ro-bind", 2)).toContainEqual(["/dev/null", "/etc/shadow"]);
    expect(valuesAfter(args, "--tmpfs")).toContainEqual(["/etc/ssh"]);
    expect(valuesAfter(args, "--remount-ro")).toContainEqual(["/etc/ssh"]);
  });

  it("binds the workspace, the script, node and the run directory under our own names", () => {
    expect(valuesAfter(args, "--bind", 2)).toContainEqual([PLAN.workspace, "/workspace"]);
    expect(valuesAfter(args, "--ro-bind", 2)).toContainEqual([PLAN.script, "/.sandbox/server.js"]);
    expect(valuesAfter(args, "--ro-bind", 2)).toContainEqual([PLAN.node, "/.sandbox/bin/node"]);
    expect(valuesAfter(args, "--bind", 2)).toContainEqual([PLAN.runDir, "/.sandbox/run"]);
    expect(valuesAfter(args, "--chdir")).toEqual([["/workspace"]]);
  });

  it("binds a code cache read-only beside the script, only when there is one", () => {
    const cache = "/home/runner/.cache/sandbox-action/server-0123456789abcdef-nodev24.0.0-x64.v8cache";
    const withCache = buildBwrapArgs({ ...PLAN, codeCache: cache });
    expect(valuesAfter(withCache, "--ro-bind", 2)).toContainEqual([cache, "/.sandbox/server.v8cache"]);
    expect(valuesAfter(withCache, "--bind", 2).flat()).not.toContain(cache);
    expect(args.join(" ")).not.toContain("v8cache");
  });

  it("binds the workspace read-only in ro mode", () => {
    const ro = buildBwrapArgs({ ...PLAN, workspaceMode: "ro" });
    expect(valuesAfter(ro, "--ro-bind", 2)).toContainEqual([PLAN.workspace, "/workspace"]);
    expect(valuesAfter(ro, "--bind", 2)).not.toContainEqual([PLAN.workspace, "/workspace"]);
  });

  it("remounts the root read-only after every mount on it", () => {
    const remountRoot = args.findIndex((arg, i) => arg === "--remount-ro" && args[i + 1] === "/");
    expect(remountRoot).toBeGreaterThan(0);
    const lastMount = Math.max(
      ...["--bind", "--ro-bind", "--ro-bind-try", "--tmpfs", "--symlink", "--proc", "--dev"].map((flag) =>
        args.lastIndexOf(flag),
      ),
    );
    expect(remountRoot).toBeGreaterThan(lastMount);
  });

  it("runs the script with the host's node, the server's node flags and the listen address", () => {
    const command = args.slice(args.indexOf("--") + 1);
    expect(command).toEqual([
      "/.sandbox/bin/node",
      "--max-semi-space-size=1",
      "--v8-pool-size=1",
      "/.sandbox/server.js",
      "--listen",
      "unix:/.sandbox/run/server.sock",
    ]);
  });

  it("shares the network for open and binds resolv.conf's target", () => {
    const open = buildBwrapArgs({
      ...PLAN,
      network: "open",
      resolvConf: "/run/systemd/resolve/stub-resolv.conf",
    });
    expect(open).not.toContain("--unshare-net");
    expect(valuesAfter(open, "--ro-bind", 2)).toContainEqual([
      "/run/systemd/resolve/stub-resolv.conf",
      "/run/systemd/resolve/stub-resolv.conf",
    ]);
    // the bind must come after the /run tmpfs or it would be hidden by it
    const runTmpfs = open.findIndex((arg, i) => arg === "--tmpfs" && open[i + 1] === "/run");
    expect(open.indexOf("/run/systemd/resolve/stub-resolv.conf")).toBeGreaterThan(runTmpfs);
  });

  it("keeps the environment out of argv", () => {
    expect(args).not.toContain("--setenv");
    expect(valuesAfter(args, "--args")).toEqual([["4"]]);
    expect(envArgs({ A: "1", B: "x y" }).toString()).toBe("--setenv\0A\x001\0--setenv\0B\0x y\0");
  });
});

describe("buildEnv", () => {
  it("starts from the fixed base and layers explicit values, never the host's", () => {
    process.env.SANDBOX_ACTION_UNIT_LEAK = "leak";
    const env = buildEnv({ FOO: "1" }, { FOO: "2", BAR: "3" });
    expect(env).toEqual({ ...BASE_ENV, FOO: "2", BAR: "3" });
    expect(env.SANDBOX_ACTION_UNIT_LEAK).toBeUndefined();
    delete process.env.SANDBOX_ACTION_UNIT_LEAK;
  });

  it("rejects names and values that cannot be passed", () => {
    expect(() => buildEnv({ "A=B": "1" })).toThrow(SandboxError);
    expect(() => buildEnv({ "": "1" })).toThrow(SandboxError);
    expect(() => buildEnv({ A: "x\0y" })).toThrow(SandboxError);
  });
});

describe("startupFailure", () => {
  it.each([
    "bwrap: setting up uid map: Permission denied",
    "bwrap: No permissions to create new namespace, likely because the kernel does not allow non-privileged user namespaces.",
    "bwrap: No permissions to create a new namespace, likely because the kernel does not allow non-privileged user namespaces. On e.g. debian this can be enabled with 'sysctl kernel.unprivileged_userns_clone=1'.",
    "bwrap: Creating new namespace failed: nesting depth or /proc/sys/user/max_*_namespaces exceeded (ENOSPC)",
  ])("maps %j to a user namespace error with a fix", (stderr) => {
    const error = startupFailure(stderr, 1, null);
    expect(error).toBeInstanceOf(SandboxError);
    expect(error.message).toContain("user namespace");
    expect(error.message).toContain(stderr.trim());
    expect(error.hint).toBe(HINT_USERNS);
    expect(error.hint).toContain("apparmor_restrict_unprivileged_userns=0");
    expect(error.hint).toContain("--backend docker");
  });

  it("maps mount failures inside containers", () => {
    const error = startupFailure(
      "bwrap: Can't mount proc on /newroot/proc: Operation not permitted",
      1,
      null,
    );
    expect(error.message).toContain("mounts");
    expect(error.hint).toContain("--backend docker");
  });

  it("keeps unknown failures with their text", () => {
    const error = startupFailure("bwrap: something new", 1, null);
    expect(error.message).toContain("something new");
    expect(error.hint).toBeDefined();
  });
});

describe("userNamespaceSysctls", () => {
  function procSys(values: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), "sysctl-"));
    for (const [name, value] of Object.entries(values)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), `${value}\n`);
    }
    return dir;
  }

  it("reports the relevant settings and a fix for a certain blocker", () => {
    const dir = procSys({
      "user/max_user_namespaces": "0",
      "kernel/apparmor_restrict_unprivileged_userns": "1",
    });
    try {
      const result = userNamespaceSysctls(dir);
      expect(result.detail).toContain("user.max_user_namespaces=0");
      expect(result.detail).toContain("kernel.apparmor_restrict_unprivileged_userns=1");
      expect(result.blocker).toContain("max_user_namespaces");
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it("finds no blocker on a permissive kernel", () => {
    const dir = procSys({ "user/max_user_namespaces": "63000", "kernel/unprivileged_userns_clone": "1" });
    try {
      expect(userNamespaceSysctls(dir).blocker).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe("exec launcher", () => {
  it("passes the command as arguments and the environment nowhere in argv", () => {
    const argv = execLauncherArgv(
      { pid: 42, marker: "/r/sbx-1/run", namespaces: "uts,ipc,net,pid,mnt", perl: "/usr/bin/perl" },
      "/workspace",
      ["env", "-0"],
    );
    expect(argv[0]).toBe("-e");
    expect(argv.slice(2)).toEqual([
      "--",
      "42",
      "/r/sbx-1/run",
      "/workspace",
      expect.any(String),
      expect.any(String),
      "uts,ipc,net,pid,mnt",
      "-",
      "-",
      expect.any(String),
      "env",
      "-0",
    ]);
    // with limits: the cgroups to join and RLIMIT_NPROC, before the command
    const limited = execLauncherArgv(
      {
        pid: 42,
        marker: "/r/sbx-1/run",
        namespaces: "mnt",
        perl: "/usr/bin/perl",
        limits: { join: ["/cg/a/cgroup.procs", "/cg/b/cgroup.procs"], nproc: 64 },
      },
      "/workspace",
      ["true"],
    );
    expect(limited.slice(9, 12)).toEqual(["/cg/a/cgroup.procs,/cg/b/cgroup.procs", "64", expect.any(String)]);
  });
});

describe("joinCgroups: bwrap into the sandbox's cgroups, from the host", () => {
  it("writes the pid into every cgroup.procs file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sbx-join-"));
    const files = [join(dir, "a, with a comma"), join(dir, "b")];
    for (const file of files) writeFileSync(file, "");
    joinCgroups(4242, files);
    expect(files.map((file) => readFileSync(file, "utf8"))).toEqual(["4242", "4242"]);
  });

  it("fails naming the cgroup and why, and says what to do", () => {
    const dir = mkdtempSync(join(tmpdir(), "sbx-join-"));
    const missing = join(dir, "no-such-cgroup", "cgroup.procs");
    let error: unknown;
    try {
      joinCgroups(4242, [missing]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toContain(`cannot put the sandbox into cgroup ${missing}`);
    expect((error as SandboxError).message).toMatch(/ENOENT/);
    expect((error as SandboxError).hint).toContain("doctor");
  });
});

describe("labelsMatch", () => {
  it("needs every wanted label with the same value", () => {
    expect(labelsMatch({ a: "1", b: "2" }, { a: "1" })).toBe(true);
    expect(labelsMatch({ a: "1" }, {})).toBe(true);
    expect(labelsMatch({ a: "1" }, { a: "2" })).toBe(false);
    expect(labelsMatch({ a: "1" }, { b: "1" })).toBe(false);
  });
});
