// The main step's host preparation (src/backends/local/host-prep.ts) against a fake machine: a
// directory for /proc/sys, a fake cgroup filesystem (as in test/backends/local-limits.test.ts), and
// a runner that records every command and carries out the ones a root shell would (sysctl, the
// cgroup script). Then @actions/exec, the runner the action gives it, for real.
import { spawnSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { execRunner } from "../../src/action/host-prep.js";
import {
  APPARMOR_USERNS_FIX,
  type CommandResult,
  type HostPrepDeps,
  prepareHost,
} from "../../src/backends/local/host-prep.js";
import { type CgroupHost, detectCgroups, HOST_LEAF } from "../../src/backends/local/limits.js";
import { SandboxError } from "../../src/backends/types.js";
import { describeAsRoot } from "../support/as-root.js";

const UID = 4321;
const PID = 777;
const SYSCTL = "kernel/apparmor_restrict_unprivileged_userns";
const INTERFACE_FILES = [
  "cgroup.procs",
  "cgroup.threads",
  "cgroup.subtree_control",
  "cgroup.controllers",
  "tasks",
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sbx-host-prep-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function procSys(apparmor?: string): string {
  const sys = join(dir, "proc-sys");
  mkdirSync(join(sys, "kernel"), { recursive: true });
  if (apparmor !== undefined) writeFileSync(join(sys, SYSCTL), `${apparmor}\n`);
  return sys;
}

/** a machine with no cgroup filesystem: limits.ts never asks for sudo there */
const noCgroups: CgroupHost = {
  mountinfo: () => "",
  selfCgroup: () => "0::/\n",
  uid: () => UID,
  gid: () => UID,
  pid: () => PID,
  canCreateIn: () => false,
  exists: () => false,
  read: () => undefined,
  mkdir: () => {
    throw new Error("not here");
  },
  write: () => {
    throw new Error("not here");
  },
  sudoAvailable: () => {
    throw new Error("host-prep must ask sudo through its runner");
  },
  sudo: () => {
    throw new Error("host-prep must run sudo through its runner");
  },
};

/** mkdir on a cgroupfs: the kernel adds the interface files, owned by whoever made the cgroup */
function makeCgroup(path: string, owner: number): void {
  mkdirSync(path, { recursive: true });
  for (const file of INTERFACE_FILES) if (!existsSync(join(path, file))) writeFileSync(join(path, file), "");
  for (const p of [path, ...INTERFACE_FILES.map((f) => join(path, f))]) chownSync(p, owner, owner);
}

/** a v2 machine as systemd leaves it, this process in the runner's service; the cgroupfs in `fs` */
function v2Machine(fs: string, own = "/system.slice/runner.service"): CgroupHost {
  makeCgroup(fs, 0);
  writeFileSync(join(fs, "cgroup.controllers"), "cpuset cpu io memory hugetlb pids rdma misc\n");
  writeFileSync(join(fs, "cgroup.subtree_control"), "cpu memory pids\n");
  makeCgroup(join(fs, own), 0);
  writeFileSync(join(fs, own, "cgroup.controllers"), "cpu memory pids\n");
  writeFileSync(join(fs, own, "cgroup.procs"), `${PID}\n`);
  return {
    ...noCgroups,
    mountinfo: () => `40 30 0:37 / ${fs} rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n`,
    selfCgroup: () => `0::${own}\n`,
    // the kernel's check, by ownership
    canCreateIn: (path) => existsSync(path) && statSync(path).uid === UID,
    exists: existsSync,
    read: (path) => (existsSync(path) ? readFileSync(path, "utf8") : undefined),
  };
}

/** a v1 machine: this process in /runner in each hierarchy, all owned by root */
function v1Machine(fs: string): CgroupHost {
  for (const c of ["memory", "pids", "cpu"]) makeCgroup(join(fs, c, "runner"), 0);
  const mountinfo = ["memory", "pids", "cpu"]
    .map((c, i) => `${31 + i} 30 0:${28 + i} / ${join(fs, c)} rw - cgroup cgroup rw,${c}`)
    .join("\n");
  return {
    ...noCgroups,
    mountinfo: () => mountinfo,
    selfCgroup: () => "4:memory:/runner\n8:pids:/runner\n1:cpu,cpuacct:/runner\n0::/\n",
    canCreateIn: (path) => existsSync(path) && statSync(path).uid === UID,
    exists: existsSync,
    read: (path) => (existsSync(path) ? readFileSync(path, "utf8") : undefined),
  };
}

interface Machine {
  commands: string[][];
  log: string[];
  deps: HostPrepDeps;
}

/**
 * The runner: records each command; `sudo -n true` succeeds when `sudo` does; a sysctl -w writes the
 * fake /proc/sys; the cgroup script runs for real with mkdir behaving as on a cgroupfs.
 */
function machine(
  options: { sudo: boolean; sys: string; uid?: number; cgroups?: CgroupHost; userns?: boolean | undefined },
  overrides: Partial<HostPrepDeps> = {},
): Machine {
  const commands: string[][] = [];
  const log: string[] = [];
  const ok: CommandResult = { exitCode: 0, stdout: "", stderr: "" };
  const root = async (argv: string[]): Promise<CommandResult> => {
    if (argv[0] === "true") return ok;
    if (argv[0] === "sysctl" && argv[1] === "-w") {
      const [name, value] = (argv[2] as string).split("=") as [string, string];
      writeFileSync(join(options.sys, name.replaceAll(".", "/")), `${value}\n`);
      return ok;
    }
    if (argv[0] === "/bin/sh") {
      const files = INTERFACE_FILES.join(" ");
      const shim = `mkdir() { shift; for d; do command mkdir -p "$d"; for c in "$(dirname "$d")" "$d"; do for f in ${files}; do [ -e "$c/$f" ] || : > "$c/$f"; done; done; done; }\n`;
      const run = spawnSync("/bin/sh", ["-euc", shim + (argv[2] as string)], { encoding: "utf8" });
      return { exitCode: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
    }
    return { exitCode: 127, stdout: "", stderr: `${argv[0]}: not on this fake machine` };
  };
  const deps: HostPrepDeps = {
    run: async (command, args) => {
      commands.push([command, ...args]);
      if (command !== "sudo") return (options.uid ?? UID) === 0 ? root([command, ...args]) : root(["nope"]);
      if (!options.sudo) return { exitCode: 1, stdout: "", stderr: "sudo: a password is required" };
      return root(args.slice(1));
    },
    log: (line) => log.push(line),
    procSys: options.sys,
    uid: options.uid ?? UID,
    cgroupHost: options.cgroups ?? noCgroups,
    userNamespacesWork: async () => ("userns" in options ? options.userns : false),
    selectBackend: async () => ({ name: "local", reason: "auto: local, because no Docker engine answers" }),
    ...overrides,
  };
  return { commands, log, deps };
}

const SET_LINE =
  "host: set kernel.apparmor_restrict_unprivileged_userns=0 (was 1) so bubblewrap can create user namespaces";

describe("host preparation: AppArmor's user namespace restriction", () => {
  it("sysctl 1, bubblewrap refused, passwordless sudo: runs exactly that sysctl and says so", async () => {
    const sys = procSys("1");
    const m = machine({ sudo: true, sys });
    const result = await prepareHost({ backend: "local" }, m.deps);
    expect(m.commands).toEqual([
      ["sudo", "-n", "true"],
      ["sudo", "-n", "sysctl", "-w", "kernel.apparmor_restrict_unprivileged_userns=0"],
    ]);
    expect(readFileSync(join(sys, SYSCTL), "utf8").trim()).toBe("0");
    expect(m.log).toEqual([SET_LINE]);
    expect(result.changed).toHaveLength(1);
  });

  it("sysctl 0 or absent: runs nothing and says nothing changed", async () => {
    for (const value of ["0", undefined]) {
      const m = machine({ sudo: true, sys: procSys(value) });
      await prepareHost({ backend: "local" }, m.deps);
      expect(m.commands).toEqual([]);
      expect(m.log).toEqual([
        `host: nothing to change (kernel.apparmor_restrict_unprivileged_userns: ${value ?? "not present"}; cgroups: no cgroup filesystem mounted)`,
      ]);
      rmSync(join(dir, "proc-sys"), { recursive: true });
    }
  });

  it("no passwordless sudo: fails naming the step to add, and changes nothing", async () => {
    const sys = procSys("1");
    const m = machine({ sudo: false, sys });
    const error = await prepareHost({ backend: "local" }, m.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toBe(
      "AppArmor forbids unprivileged user namespaces on this runner (kernel.apparmor_restrict_unprivileged_userns=1), and bubblewrap needs them; the action cannot lift that: `sudo -n true` failed (sudo: a password is required)",
    );
    expect((error as SandboxError).hint).toBe(APPARMOR_USERNS_FIX);
    expect(APPARMOR_USERNS_FIX).toContain(
      "`- run: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`",
    );
    expect(m.commands).toEqual([["sudo", "-n", "true"]]);
    expect(readFileSync(join(sys, SYSCTL), "utf8").trim()).toBe("1");
  });

  it("a sysctl that runs but does not take fails with the fix", async () => {
    const m = machine({ sudo: true, sys: procSys("1") });
    const run = m.deps.run;
    m.deps.run = async (command, args) => {
      if (!args.includes("sysctl")) return run(command, args);
      m.commands.push([command, ...args]);
      return { exitCode: 0, stdout: "", stderr: "" };
    };
    const error = (await prepareHost({ backend: "local" }, m.deps).catch((e: unknown) => e)) as SandboxError;
    expect(error.message).toMatch(
      /`sudo -n sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` left it at 1$/,
    );
    expect(error.hint).toBe(APPARMOR_USERNS_FIX);
  });

  it("leaves the sysctl alone where bubblewrap works anyway (an AppArmor profile) or is not installed", async () => {
    for (const userns of [true, undefined]) {
      const sys = procSys("1");
      const m = machine({ sudo: true, sys, userns });
      await prepareHost({ backend: "local" }, m.deps);
      expect(m.commands).toEqual([]);
      expect(m.log[0]).toMatch(
        userns
          ? /=1 left as is: bubblewrap can create user namespaces here/
          : /=1 left as is: bubblewrap is not installed/,
      );
      expect(m.log[1]).toBe("host: nothing changed");
      expect(readFileSync(join(sys, SYSCTL), "utf8").trim()).toBe("1");
      rmSync(join(dir, "proc-sys"), { recursive: true });
    }
  });

  it("as root: the sysctl without sudo", async () => {
    const m = machine({ sudo: false, sys: procSys("1"), uid: 0 });
    await prepareHost({ backend: "local" }, m.deps);
    expect(m.commands).toEqual([["sysctl", "-w", "kernel.apparmor_restrict_unprivileged_userns=0"]]);
    expect(m.log).toEqual([SET_LINE]);
  });

  it("not for docker, nor for auto when it settles on docker", async () => {
    const docker = machine({ sudo: true, sys: procSys("1") });
    await prepareHost({ backend: "docker" }, docker.deps);
    expect(docker.commands).toEqual([]);
    expect(docker.log).toEqual(["host: nothing to prepare for the docker backend"]);

    const auto = machine(
      { sudo: true, sys: join(dir, "proc-sys") },
      { selectBackend: async () => ({ name: "docker", reason: "auto: docker, because an engine answers" }) },
    );
    await prepareHost({ backend: "auto" }, auto.deps);
    expect(auto.commands).toEqual([]);
    expect(auto.log).toEqual(["host: nothing to prepare (auto: docker, because an engine answers)"]);

    const local = machine({ sudo: true, sys: join(dir, "proc-sys") });
    writeFileSync(join(dir, "proc-sys", SYSCTL), "1\n");
    await prepareHost({ backend: "auto" }, local.deps);
    expect(local.log).toEqual([SET_LINE]);
  });
});

describeAsRoot("host preparation: cgroups for the limits (fake cgroup filesystem)", () => {
  it("v2, passwordless sudo: runs limits.ts's own plan once, and the daemon started next finds it done", async () => {
    const fs = join(dir, "cgroupfs");
    const cgroups = v2Machine(fs);
    const m = machine({ sudo: true, sys: procSys("0"), cgroups });
    const plan = detectCgroups({ ...cgroups, sudoAvailable: () => ({ ok: true, detail: "" }) }).preparation;
    await prepareHost({ backend: "local" }, m.deps);
    expect(m.commands).toEqual([
      ["sudo", "-n", "true"],
      ["sudo", "-n", "/bin/sh", "-euc", expect.stringContaining("mkdir -p")],
    ]);
    expect(m.log).toEqual([
      `host: cgroups for the sandbox's limits: ${plan?.summary}; the daemon started next inherits it`,
    ]);
    const subtree = join(fs, `sandbox-action-${UID}`);
    const leaf = join(subtree, HOST_LEAF);
    expect(statSync(subtree).uid).toBe(UID);
    expect(readFileSync(join(leaf, "cgroup.procs"), "utf8").trim()).toBe(String(PID));
    // the daemon (a child of this process, so in the leaf) needs no sudo and prepares nothing
    const daemon = detectCgroups({
      ...cgroups,
      selfCgroup: () => `0::/sandbox-action-${UID}/${HOST_LEAF}\n`,
      sudoAvailable: () => {
        throw new Error("the daemon should not need sudo");
      },
    });
    expect(daemon.preparation).toBeUndefined();
    expect(daemon.bases).toEqual({ memory: subtree, pids: subtree, cpu: subtree });
  });

  it("v1, passwordless sudo: the delegated subtrees, which the daemon (same cgroups) then uses", async () => {
    const fs = join(dir, "cgroupfs");
    const cgroups = v1Machine(fs);
    const m = machine({ sudo: true, sys: procSys(), cgroups });
    await prepareHost({ backend: "local" }, m.deps);
    expect(m.commands).toHaveLength(2);
    expect(m.log[0]).toMatch(
      /^host: cgroups for the sandbox's limits: made .*sandbox-action-4321.* through `sudo -n`/,
    );
    const daemon = detectCgroups(cgroups);
    expect(daemon.preparation).toBeUndefined();
    expect(daemon.bases.memory).toBe(join(fs, "memory", "runner", `sandbox-action-${UID}`));
  });

  it("no sudo: prepares nothing and leaves the verdict to the sandbox's start (limits-mode)", async () => {
    const m = machine({ sudo: false, sys: procSys(), cgroups: v2Machine(join(dir, "cgroupfs")) });
    await prepareHost({ backend: "local" }, m.deps);
    expect(m.commands).toEqual([["sudo", "-n", "true"]]);
    expect(m.log[0]).toMatch(/^host: cgroups left as they are \(cgroup v2 .*`sudo -n true` failed/);
    expect(m.log[1]).toBe("host: nothing changed");
  });

  it("a failed preparation fails the step with the limits' fix, or is a log line under best-effort limits", async () => {
    const fs = join(dir, "cgroupfs");
    const m = machine({ sudo: true, sys: procSys(), cgroups: v2Machine(fs) });
    const run = m.deps.run;
    m.deps.run = async (command, args) =>
      args[1] === "/bin/sh"
        ? { exitCode: 1, stdout: "", stderr: "sh: permission denied" }
        : run(command, args);
    const error = (await prepareHost({ backend: "local" }, m.deps).catch((e: unknown) => e)) as SandboxError;
    expect(error).toBeInstanceOf(SandboxError);
    expect(error.message).toMatch(
      /^preparing cgroups for uid 4321 through `sudo -n` failed: sh: permission denied/,
    );
    expect(error.hint).toContain("limits-mode: best-effort");
    await prepareHost({ backend: "local", bestEffortLimits: true }, m.deps);
    expect(m.log.at(-2)).toMatch(/limits-mode best-effort: the sandbox starts without those limits$/);
  });

  it("nothing to do where this process may make cgroups already (root here)", async () => {
    const m = machine({
      sudo: true,
      sys: procSys(),
      cgroups: { ...v2Machine(join(dir, "cgroupfs")), canCreateIn: existsSync },
    });
    await prepareHost({ backend: "local" }, m.deps);
    expect(m.commands).toEqual([]);
    expect(m.log[0]).toMatch(
      /^host: nothing to change \(kernel.apparmor_restrict_unprivileged_userns: not present; cgroups: cgroup v2 at /,
    );
  });
});

describe("the action's command runner (@actions/exec)", () => {
  it("returns the exit code and both outputs, and never throws", async () => {
    expect(await execRunner("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"])).toEqual({
      exitCode: 3,
      stdout: "out\n",
      stderr: "err\n",
    });
    expect(await execRunner("true", [])).toMatchObject({ exitCode: 0 });
    const missing = await execRunner("no-such-command-sbx", []);
    expect(missing.exitCode).toBe(127);
    expect(missing.stderr).toMatch(/no-such-command-sbx/);
  });
});

describe("workflows that use the action", () => {
  const files = [
    ...readdirSync("examples/workflows").map((f) => join("examples/workflows", f)),
    ".github/workflows/sandbox.yml",
  ];
  it.each(files)("%s has no sysctl step of its own (the main step prepares the runner)", (file) => {
    const text = readFileSync(file, "utf8");
    expect(text).toContain("sandbox-action@");
    expect(text).not.toContain("apparmor_restrict_unprivileged_userns");
  });
});
