// Unit tests of the local backend's pure parts: root filesystem plan, bwrap argv, environment,
// error mapping, the host's cgroup join. No bubblewrap needed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_ENV, buildEnv } from "../../src/backends/env.js";
import { LISTEN_ADDRESS } from "../../src/backends/layout.js";
import { type BwrapPlan, bindSource, buildBwrapArgs, envArgs } from "../../src/backends/local/args.js";
import { HINT_IDMAP, HINT_USERNS, startupFailure } from "../../src/backends/local/errors.js";
import { execLauncherArgv } from "../../src/backends/local/exec.js";
import {
  chooseIdentity,
  DEDICATED_ID_BASE,
  DEDICATED_ID_COUNT,
  type HostIds,
  readHostIds,
  type SandboxIdentity,
} from "../../src/backends/local/identity.js";
import { userNamespaceSysctls } from "../../src/backends/local/prereqs.js";
import { identitySyscalls } from "../../src/backends/local/privilege.js";
import { labelsMatch } from "../../src/backends/local/registry.js";
import {
  type HostFs,
  type PathKind,
  PROC_MASKED,
  PROC_READ_ONLY,
  planProc,
  planRootfs,
  resolvConfTarget,
  SENSITIVE_PATHS,
} from "../../src/backends/local/rootfs.js";
import { bwrapCommand, joinCgroups } from "../../src/backends/local/sandbox.js";
import { permits, planStage, stagedPaths, stagedRunDir } from "../../src/backends/local/stage.js";
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

/** the commands' compartment (ADR 0014): the workspace, the network policy */
const PLAN: BwrapPlan = {
  role: "commands",
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

  it("shows nothing of the host's /sys", () => {
    const binds = [
      ...valuesAfter(args, "--ro-bind", 2),
      ...valuesAfter(args, "--ro-bind-try", 2),
      ...valuesAfter(args, "--bind", 2),
    ];
    expect(binds.some(([src, dest]) => src?.startsWith("/sys") || dest?.startsWith("/sys"))).toBe(false);
  });

  it("masks files with /dev/null and directories with a read-only tmpfs", () => {
    expect(valuesAfter(args, "--ro-bind", 2)).toContainEqual(["/dev/null", "/etc/shadow"]);
    expect(valuesAfter(args, "--tmpfs")).toContainEqual(["/etc/ssh"]);
    expect(valuesAfter(args, "--remount-ro")).toContainEqual(["/etc/ssh"]);
  });

  it("binds the workspace, the script, node and the link under our own names; not the run directory", () => {
    expect(valuesAfter(args, "--bind", 2)).toContainEqual([PLAN.workspace, "/workspace"]);
    expect(valuesAfter(args, "--ro-bind", 2)).toContainEqual([PLAN.script, "/.sandbox/server.js"]);
    expect(valuesAfter(args, "--ro-bind", 2)).toContainEqual([PLAN.node, "/.sandbox/bin/node"]);
    expect(valuesAfter(args, "--bind", 2)).toContainEqual([`${PLAN.runDir}/link`, "/.sandbox/link"]);
    // the server's socket is in the run directory: the commands never see it (ADR 0014)
    expect(valuesAfter(args, "--bind", 2)).not.toContainEqual([PLAN.runDir, "/.sandbox/run"]);
    expect(valuesAfter(args, "--chdir")).toEqual([["/workspace"]]);
  });

  it("the server's compartment: the run directory and the link, no workspace, never a network", () => {
    const server = buildBwrapArgs({
      ...PLAN,
      role: "server",
      network: "open",
      egressDir: "/tmp/egress",
      protect: [{ rel: ".git", host: `${PLAN.workspace}/.git`, readOnly: true }],
    });
    expect(server).toContain("--unshare-net");
    expect(valuesAfter(server, "--bind", 2)).toContainEqual([PLAN.runDir, "/.sandbox/run"]);
    expect(valuesAfter(server, "--bind", 2)).toContainEqual([`${PLAN.runDir}/link`, "/.sandbox/link"]);
    const sources = [...valuesAfter(server, "--ro-bind", 2), ...valuesAfter(server, "--bind", 2)].map(
      ([src]) => src,
    );
    expect(sources.filter((src) => src?.startsWith(PLAN.workspace) || src === "/tmp/egress")).toEqual([]);
    expect(valuesAfter(server, "--chdir")).toEqual([["/"]]);
  });

  it("binds a code cache read-only beside the script in the server's compartment only", () => {
    const cache = "/home/runner/.cache/sandbox-action/server-0123456789abcdef-nodev24.0.0-x64.v8cache";
    const withCache = buildBwrapArgs({ ...PLAN, role: "server", codeCache: cache });
    expect(valuesAfter(withCache, "--ro-bind", 2)).toContainEqual([cache, "/.sandbox/server.v8cache"]);
    expect(valuesAfter(withCache, "--bind", 2).flat()).not.toContain(cache);
    expect(buildBwrapArgs({ ...PLAN, codeCache: cache }).join(" ")).not.toContain("v8cache");
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
      // not root: no uid to drop to
      "-",
      "-",
      "-",
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

  it("started by root, tells the launcher the sandbox's uid to drop to before it enters", () => {
    const argv = execLauncherArgv(
      {
        pid: 42,
        marker: "/r/sbx-1/run",
        namespaces: "mnt",
        perl: "/usr/bin/perl",
        identity: { uid: 1879048300, gid: 1879048301 },
      },
      "/workspace",
      ["true"],
    );
    expect(argv.slice(12, 15)).toEqual(["1879048300", "1879048301", identitySyscalls()]);
    expect(argv.slice(15)).toEqual(["true"]);
    // the drop comes after the cgroup joins and before the first setns
    const script = argv[1] as string;
    expect(script.indexOf("setresuid")).toBeGreaterThan(script.indexOf("join cgroup"));
    expect(script.indexOf("setresuid")).toBeLessThan(script.indexOf('enter($outer, "user")'));
  });
});

describe("never host root: the sandbox's uid (identity.ts)", () => {
  const noIds: HostIds = { uidTaken: () => false, gidTaken: () => false };

  it("is this user's own when not started by root", () => {
    expect(chooseIdentity({ uid: 0, gid: 0 }, 1000, noIds)).toBeUndefined();
    expect(chooseIdentity({ uid: 1001, gid: 1001 }, 1000, noIds)).toBeUndefined();
  });

  it("is the workspace's owner when that is a regular uid, with no idmapped mount", () => {
    expect(chooseIdentity({ uid: 1001, gid: 127 }, 0, noIds)).toEqual({ uid: 1001, gid: 127 });
    // never group root either
    expect(chooseIdentity({ uid: 1001, gid: 0 }, 0, noIds)).toEqual({ uid: 1001, gid: 1001 });
  });

  it("is a dedicated uid, with the workspace idmapped to it, for a root- or nobody-owned workspace", () => {
    for (const owner of [
      { uid: 0, gid: 0 },
      { uid: 65534, gid: 65534 },
    ]) {
      const identity = chooseIdentity(owner, 0, noIds, new Set(), () => 5);
      expect(identity).toEqual({
        uid: DEDICATED_ID_BASE + 5,
        gid: DEDICATED_ID_BASE + 5,
        idmap: { diskUid: owner.uid, diskGid: owner.gid },
      });
    }
    expect(DEDICATED_ID_BASE).toBe(0x70000000);
    expect(DEDICATED_ID_BASE + DEDICATED_ID_COUNT).toBeLessThan(2 ** 31);
  });

  it("skips ids the host's accounts, subordinate ranges or live sandboxes use", () => {
    const picks = [1, 2, 3, 4];
    const taken: HostIds = {
      uidTaken: (id) => id === DEDICATED_ID_BASE + 1,
      gidTaken: (id) => id === DEDICATED_ID_BASE + 2,
    };
    const identity = chooseIdentity(
      { uid: 0, gid: 0 },
      0,
      taken,
      new Set([DEDICATED_ID_BASE + 3]),
      () => picks.shift() ?? 9,
    );
    expect(identity?.uid).toBe(DEDICATED_ID_BASE + 4);
    expect(() =>
      chooseIdentity({ uid: 0, gid: 0 }, 0, { uidTaken: () => true, gidTaken: () => false }),
    ).toThrow(/no free uid/);
  });

  it("reads accounts, groups and subordinate ranges from /etc", () => {
    const etc = mkdtempSync(join(tmpdir(), "sbx-etc-"));
    try {
      writeFileSync(
        join(etc, "passwd"),
        "root:x:0:0::/root:/bin/sh\nrunner:x:1001:1001::/home/runner:/bin/sh\n",
      );
      writeFileSync(join(etc, "group"), "root:x:0:\ndocker:x:1879048200:\n");
      writeFileSync(join(etc, "subuid"), "runner:1879048192:65536\n");
      const ids = readHostIds(etc);
      expect(ids.uidTaken(1001)).toBe(true);
      expect(ids.uidTaken(1879048192 + 65535)).toBe(true);
      expect(ids.uidTaken(1879048192 + 65536)).toBe(false);
      expect(ids.gidTaken(1879048200)).toBe(true);
      expect(ids.gidTaken(1879048201)).toBe(false);
    } finally {
      rmSync(etc, { recursive: true, force: true });
    }
  });
});

describe("never host root: the stage and the root wrapper", () => {
  const identity: SandboxIdentity = { uid: 1879048300, gid: 1879048300, idmap: { diskUid: 0, diskGid: 0 } };
  const runDir = "/root/.tmp/sandbox-action-0/sbx-a-1/run";
  const stage = planStage(
    {
      bwrap: "/root/bin/bwrap",
      runDir,
      workspace: "/root/checkout",
      script: "/root/action/dist/sandbox-server.js",
      node: "/root/.nvm/node",
      codeCache: "/root/.cache/sandbox-action/server.v8cache",
      egressDir: "/root/.tmp/sandbox-action-egress-0/e-1",
    },
    identity,
  );

  it("stages every host path bubblewrap binds but the system trees, the workspace idmapped", () => {
    expect(stage.map((entry) => [entry.kind, entry.type, entry.src, entry.dest])).toEqual([
      ["bind", "dir", runDir, `/tmp/run${runDir}`],
      ["idmap", "dir", "/root/checkout", "/tmp/workspace"],
      ["bind", "file", "/root/action/dist/sandbox-server.js", "/tmp/server.js"],
      ["bind", "file", "/root/.nvm/node", "/tmp/node"],
      ["bind", "file", "/root/bin/bwrap", "/tmp/bwrap"],
      ["bind", "dir", "/root/.tmp/sandbox-action-egress-0/e-1", "/tmp/egress"],
      ["bind", "file", "/root/.cache/sandbox-action/server.v8cache", "/tmp/server.v8cache"],
    ]);
    expect(stagedRunDir(runDir)).toBe(`/tmp/run${runDir}`);
    const owned = planStage(
      { bwrap: "/b", runDir: "/r", workspace: "/w", script: "/s", node: "/n" },
      { uid: 1001, gid: 1001 },
    );
    expect(owned[1]?.kind).toBe("bind");
  });

  it("has bubblewrap bind every staged source from its stage entry, protected paths through the workspace's", () => {
    const args = buildBwrapArgs({
      ...PLAN,
      runDir,
      workspace: "/root/checkout",
      script: "/root/action/dist/sandbox-server.js",
      node: "/root/.nvm/node",
      codeCache: "/root/.cache/sandbox-action/server.v8cache",
      egressDir: "/root/.tmp/sandbox-action-egress-0/e-1",
      protect: [{ rel: ".git", host: "/root/checkout/.git", readOnly: true }],
      staged: stagedPaths(stage),
    });
    const sources = [...valuesAfter(args, "--ro-bind", 2), ...valuesAfter(args, "--bind", 2)].map(
      ([src]) => src,
    );
    for (const source of sources) expect(source?.startsWith("/root")).toBe(false);
    expect(valuesAfter(args, "--bind", 2)).toContainEqual(["/tmp/workspace", "/workspace"]);
    expect(valuesAfter(args, "--ro-bind", 2)).toContainEqual(["/tmp/workspace/.git", "/workspace/.git"]);
    // bwrap's argv still names the run directory's link (exec and reap look for it), and the
    // server's names the run directory itself
    expect(valuesAfter(args, "--bind", 2)).toContainEqual([`/tmp/run${runDir}/link`, "/.sandbox/link"]);
    const server = buildBwrapArgs({ ...PLAN, role: "server", runDir, staged: stagedPaths(stage) });
    expect(valuesAfter(server, "--bind", 2)).toContainEqual([`/tmp/run${runDir}`, "/.sandbox/run"]);
    expect(bindSource({ staged: { "/a": "/s/a" } }, "/ab")).toBe("/ab");
  });

  it("runs bwrap through the root wrapper: limits, stage, idmap, then the drop, then bwrap", () => {
    const [command, argv] = bwrapCommand(
      {
        bwrap: "/usr/bin/bwrap",
        perl: "/usr/bin/perl",
        limits: { join: ["/cg/x/cgroup.procs"], nproc: undefined } as never,
        identity,
        stage,
      } as never,
      ["--unshare-user", "--", "node"],
    );
    expect(command).toBe("/usr/bin/perl");
    expect(argv.slice(2, 11)).toEqual([
      "--",
      "/cg/x/cgroup.procs",
      "-",
      expect.any(String),
      identitySyscalls(),
      "1879048300",
      "1879048300",
      "0:0",
      "7",
    ]);
    expect(argv.slice(15, 19)).toEqual(["idmap", "dir", "/root/checkout", "/tmp/workspace"]);
    // bwrap from its stage entry
    expect(argv.slice(-4)).toEqual(["/tmp/bwrap", "--unshare-user", "--", "node"]);
    const script = argv[1] as string;
    const order = [
      "join cgroup",
      "private mount namespace",
      "syscall($nr{mount_setattr}",
      "stage tmpfs on /tmp",
      "syscall($nr{move_mount}",
      "syscall($nr{setresuid}",
      "exec { $cmd[0] }",
    ];
    const at = order.map((text) => script.indexOf(text));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("knows what the sandbox's uid may read, run and pass through", () => {
    const other = { uid: 0, gid: 0 };
    expect(permits({ ...other, mode: 0o100644 }, identity, 4)).toBe(true);
    expect(permits({ ...other, mode: 0o100600 }, identity, 4)).toBe(false);
    expect(permits({ ...other, mode: 0o100755 }, identity, 5)).toBe(true);
    expect(permits({ ...other, mode: 0o40711 }, identity, 1)).toBe(true);
    expect(permits({ ...other, mode: 0o40700 }, identity, 1)).toBe(false);
    expect(permits({ uid: identity.uid, gid: 0, mode: 0o40700 }, identity, 1)).toBe(true);
    expect(permits({ uid: 0, gid: identity.gid, mode: 0o40710 }, identity, 1)).toBe(true);
  });

  it("names the cause and the fix when the workspace cannot be idmapped", () => {
    const error = startupFailure(
      "bwrap: sandbox identity: idmapped workspace: /w: the kernel or the filesystem refuses idmapped mounts (mount_setattr: Invalid argument)\n",
      1,
      null,
      identity,
    );
    expect(error.message).toMatch(/owned by uid 0.*never runs as host root.*uid 1879048300/);
    expect(error.hint).toBe(HINT_IDMAP);
    const userns = startupFailure("bwrap: setting up uid map: Permission denied", 1, null, identity);
    expect(userns.message).toMatch(/unprivileged uid 1879048300 \(never as root\)/);
    expect(userns.hint).toBe(HINT_USERNS);
  });
});

describe("never host root: /proc as Docker keeps it", () => {
  const host = fakeHost({
    "/proc": "dir",
    "/proc/sys": "dir",
    "/proc/sysrq-trigger": "file",
    "/proc/irq": "dir",
    "/proc/bus": "dir",
    "/proc/acpi": "dir",
    "/proc/keys": "file",
    "/proc/timer_list": "file",
  });

  it("plans read-only and masked entries for what this kernel has", () => {
    expect(planProc(host)).toEqual([
      { kind: "ro-bind", dest: "/proc/bus" },
      { kind: "ro-bind", dest: "/proc/irq" },
      { kind: "ro-bind", dest: "/proc/sys" },
      { kind: "ro-bind", dest: "/proc/sysrq-trigger" },
      { kind: "mask-dir", dest: "/proc/acpi" },
      { kind: "mask-file", dest: "/proc/keys" },
      { kind: "mask-file", dest: "/proc/timer_list" },
    ]);
    expect(PROC_READ_ONLY).toEqual([
      "/proc/bus",
      "/proc/fs",
      "/proc/irq",
      "/proc/sys",
      "/proc/sysrq-trigger",
    ]);
    for (const path of [
      "/proc/kcore",
      "/proc/keys",
      "/proc/timer_list",
      "/proc/sched_debug",
      "/proc/acpi",
      "/proc/scsi",
    ])
      expect(PROC_MASKED).toContain(path);
  });

  it("applies them over the sandbox's fresh /proc, before anything else is mounted there", () => {
    const args = buildBwrapArgs({ ...PLAN, proc: planProc(host) });
    const proc = args.indexOf("--proc");
    expect(args.slice(proc, proc + 4)).toEqual(["--proc", "/proc", "--ro-bind-try", "/proc/bus"]);
    expect(valuesAfter(args, "--ro-bind-try", 2)).toContainEqual(["/proc/sys", "/proc/sys"]);
    expect(valuesAfter(args, "--ro-bind", 2)).toContainEqual(["/dev/null", "/proc/keys"]);
    expect(valuesAfter(args, "--tmpfs")).toContainEqual(["/proc/acpi"]);
    expect(valuesAfter(args, "--remount-ro")).toContainEqual(["/proc/acpi"]);
    expect(args.indexOf("/proc/timer_list")).toBeLessThan(args.indexOf("--dev"));
  });

  it("keeps the root-only credentials the red team found masked (issue 17, item 9)", () => {
    for (const path of [
      "/etc/apt/auth.conf.d",
      "/etc/netplan",
      "/var/cache/debconf/passwords.dat",
      "/etc/apt/auth.conf",
    ])
      expect(SENSITIVE_PATHS).toContain(path);
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
