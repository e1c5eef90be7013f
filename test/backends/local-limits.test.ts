// Detection and preparation of the local backend's limits, against a fake machine: a temporary
// directory stands in for the cgroup filesystem (mountinfo points there), ownership stands in for
// the kernel's permission checks (a fake non-root uid can make cgroups only in directories it
// owns), and `sudo` runs its script for real, with mkdir made to add the interface files a
// cgroupfs would. The real kernel side is test/security/limits-local.test.ts (as root, and as an
// ordinary user with SANDBOX_ACTION_TEST_AS_USER).

import { spawnSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  type CgroupHost,
  describeLimits,
  detectCgroups,
  HOST_LEAF,
  preparationScript,
  setupLimits,
} from "../../src/backends/local/limits.js";
import { limitsCheck } from "../../src/backends/local/prereqs.js";
import { SandboxError } from "../../src/backends/types.js";
import { describeAsRoot } from "../support/as-root.js";

const UID = 4321;
const PID = 777;
const MEMORY = 256 * 1024 ** 2;
const INTERFACE_FILES = [
  "cgroup.procs",
  "cgroup.threads",
  "cgroup.subtree_control",
  "cgroup.controllers",
  "tasks",
];

/** mkdir on a cgroupfs: the kernel adds the interface files, owned by whoever made the cgroup */
function makeCgroup(dir: string, owner: number): void {
  mkdirSync(dir, { recursive: true });
  for (const file of INTERFACE_FILES) if (!existsSync(join(dir, file))) writeFileSync(join(dir, file), "");
  for (const path of [dir, ...INTERFACE_FILES.map((f) => join(dir, f))]) chownSync(path, owner, owner);
}

interface Fake {
  host: CgroupHost;
  fs: string;
  sudoScripts: string[];
  self: { cgroup: string };
}

function fakeMachine(
  fs: string,
  options: { version: 1 | 2; uid?: number; sudo?: boolean; selfCgroup: string },
): Fake {
  const uid = options.uid ?? UID;
  const sudoScripts: string[] = [];
  const self = { cgroup: options.selfCgroup };
  const mountinfo =
    options.version === 2
      ? `40 30 0:37 / ${fs} rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n`
      : ["memory", "pids", "cpu"]
          .map((c, i) => `${31 + i} 30 0:${28 + i} / ${join(fs, c)} rw - cgroup cgroup rw,${c}`)
          .join("\n");
  const host: CgroupHost = {
    mountinfo: () => mountinfo,
    selfCgroup: () => self.cgroup,
    uid: () => uid,
    gid: () => uid,
    pid: () => PID,
    // the kernel's check, by ownership (root may always)
    canCreateIn: (dir) => existsSync(dir) && (uid === 0 || statSync(dir).uid === uid),
    exists: existsSync,
    read: (path) => (existsSync(path) ? readFileSync(path, "utf8") : undefined),
    mkdir: (path) => makeCgroup(path, uid),
    write: (path, value) => writeFileSync(path, value),
    sudoAvailable: () =>
      options.sudo
        ? { ok: true, detail: "passwordless sudo" }
        : { ok: false, detail: "sudo is not installed" },
    sudo: (script) => {
      sudoScripts.push(script);
      // as root, with mkdir behaving as on a cgroupfs
      const files = INTERFACE_FILES.join(" ");
      const shim = `mkdir() { shift; for d; do command mkdir -p "$d"; for c in "$(dirname "$d")" "$d"; do for f in ${files}; do [ -e "$c/$f" ] || : > "$c/$f"; done; done; done; }\n`;
      const run = spawnSync("/bin/sh", ["-euc", shim + script], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(run.stderr.trim());
    },
  };
  return { host, fs, sudoScripts, self };
}

/** a v1 machine: this process in /runner in each hierarchy, all owned by root */
function v1Machine(fs: string, options: { uid?: number; sudo?: boolean } = {}): Fake {
  for (const c of ["memory", "pids", "cpu"]) makeCgroup(join(fs, c, "runner"), 0);
  return fakeMachine(fs, {
    version: 1,
    ...options,
    selfCgroup: "4:memory:/runner\n8:pids:/runner\n1:cpu,cpuacct:/runner\n0::/\n",
  });
}

/** a v2 machine as systemd leaves it: the controllers enabled at the root, this process in a service */
function v2Machine(fs: string, options: { uid?: number; sudo?: boolean; own?: string } = {}): Fake {
  makeCgroup(fs, 0);
  writeFileSync(join(fs, "cgroup.controllers"), "cpuset cpu io memory hugetlb pids rdma misc\n");
  writeFileSync(join(fs, "cgroup.subtree_control"), "cpu memory pids\n");
  const own = options.own ?? "/system.slice/runner.service";
  makeCgroup(join(fs, own), 0);
  writeFileSync(join(fs, own, "cgroup.controllers"), "cpu memory pids\n");
  writeFileSync(join(fs, own, "cgroup.procs"), `${PID}\n`);
  return fakeMachine(fs, { version: 2, ...options, selfCgroup: `0::${own}\n` });
}

describeAsRoot("local limits: detection and preparation (fake cgroup filesystem)", () => {
  let fs: string;
  beforeEach(() => {
    fs = mkdtempSync(join(tmpdir(), "sbx-cgfs-"));
  });
  afterEach(() => {
    rmSync(fs, { recursive: true, force: true });
  });

  it("refuses an ordinary user's sandbox when nothing can enforce its memory, naming cause and fix", () => {
    const { host } = v1Machine(fs, { sudo: false });
    const support = detectCgroups(host);
    expect(support.bases).toEqual({});
    expect(support.preparation).toBeUndefined();
    expect(support.detail).toContain(`${join(fs, "memory", "runner")} not writable by uid ${UID}`);
    expect(support.detail).toContain("sudo is not installed");
    let error: unknown;
    try {
      setupLimits("sbx-1", { memoryBytes: MEMORY, pids: 64, cpus: 1 }, support, true, host);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SandboxError);
    const { message, hint } = error as SandboxError;
    // pids has RLIMIT_NPROC; memory and the requested cpus have nothing
    expect(message).toContain("nothing on this machine can enforce memory 256m, cpus 1 for uid 4321");
    expect(hint).toContain("passwordless sudo");
    expect(hint).toContain("systemd-run --user --scope -p Delegate=yes");
    expect(hint).toContain("best-effort");
    // nothing was made
    expect(readFileSync(join(fs, "memory", "runner", "cgroup.procs"), "utf8")).toBe("");
  });

  it("runs unenforced only when best-effort limits were chosen, and says so", () => {
    const { host } = v1Machine(fs, { sudo: false });
    const setup = setupLimits(
      "sbx-1",
      { memoryBytes: MEMORY, pids: 64, bestEffort: true },
      detectCgroups(host),
      true,
      host,
    );
    expect(setup.memory.mechanism).toBe("none");
    expect(setup.pids.mechanism).toBe("rlimit");
    expect(describeLimits(setup)).toBe(
      "memory 256m (NOT enforced: best-effort limits chosen), pids 64 (RLIMIT_NPROC), cpus unbounded (not requested)",
    );
    // pids without RLIMIT_NPROC (before 5.14) is refused too
    expect(() =>
      setupLimits("sbx-2", { memoryBytes: MEMORY, pids: 64 }, detectCgroups(host), false, host),
    ).toThrow(/enforce memory 256m, pids 64 for uid/);
  });

  it("cgroup v1 with passwordless sudo: prepares a subtree per hierarchy once, owned by the user", () => {
    const fake = v1Machine(fs, { sudo: true });
    const support = detectCgroups(fake.host);
    const subtree = (c: string) => join(fs, c, "runner", `sandbox-action-${UID}`);
    expect(support.bases).toEqual({ memory: subtree("memory"), pids: subtree("pids"), cpu: subtree("cpu") });
    expect(support.preparation?.via).toBe("sudo");
    const setup = setupLimits(
      "sbx-1",
      { memoryBytes: MEMORY, pids: 64, cpus: 0.5 },
      support,
      true,
      fake.host,
    );
    expect(fake.sudoScripts).toHaveLength(1);
    // the user owns the subtree and its cgroup.procs (and tasks); not its limit files
    for (const c of ["memory", "pids", "cpu"]) {
      for (const path of [subtree(c), join(subtree(c), "cgroup.procs"), join(subtree(c), "tasks")]) {
        expect(statSync(path).uid, path).toBe(UID);
      }
    }
    expect(setup.memory.mechanism).toBe("cgroup-v1");
    expect(setup.pids.mechanism).toBe("cgroup-v1");
    expect(setup.cpus.mechanism).toBe("cgroup-v1");
    expect(setup.nproc).toBeUndefined();
    expect(setup.join).toEqual(
      ["memory", "pids", "cpu"].map((c) => join(subtree(c), "sandbox-action-sbx-1", "cgroup.procs")),
    );
    expect(
      readFileSync(join(subtree("memory"), "sandbox-action-sbx-1", "memory.limit_in_bytes"), "utf8"),
    ).toBe(String(MEMORY));
    expect(readFileSync(join(subtree("cpu"), "sandbox-action-sbx-1", "cpu.cfs_quota_us"), "utf8")).toBe(
      "50000",
    );
    expect(describeLimits(setup)).toContain(`; prepared: made ${subtree("memory")}, `);
    // the next create finds it ready: no sudo, nothing to prepare
    const again = detectCgroups(fake.host);
    expect(again.preparation).toBeUndefined();
    expect(again.bases).toEqual(support.bases);
    setupLimits("sbx-2", { memoryBytes: MEMORY, pids: 64 }, again, true, fake.host);
    expect(fake.sudoScripts).toHaveLength(1);
  });

  it("cgroup v2 with passwordless sudo: a subtree under the root, and this process moved into its leaf", () => {
    const fake = v2Machine(fs, { sudo: true });
    const support = detectCgroups(fake.host);
    const subtree = join(fs, `sandbox-action-${UID}`);
    const leaf = join(subtree, HOST_LEAF);
    expect(support.bases).toEqual({ memory: subtree, pids: subtree, cpu: subtree });
    expect(support.preparation?.steps).toEqual([
      { write: join(fs, "cgroup.subtree_control"), value: "+memory +pids +cpu" },
      { mkdir: leaf },
      { write: join(subtree, "cgroup.subtree_control"), value: "+memory +pids +cpu" },
      {
        chown: [
          subtree,
          join(subtree, "cgroup.procs"),
          join(subtree, "cgroup.subtree_control"),
          join(subtree, "cgroup.threads"),
          leaf,
          join(leaf, "cgroup.procs"),
          join(leaf, "cgroup.threads"),
        ],
        owner: `${UID}:${UID}`,
      },
      { write: join(leaf, "cgroup.procs"), value: String(PID) },
    ]);
    const setup = setupLimits("sbx-1", { memoryBytes: MEMORY, pids: 64, cpus: 1 }, support, true, fake.host);
    // never the root's cgroup.procs: that would let the user move any process anywhere
    expect(statSync(join(fs, "cgroup.procs")).uid).toBe(0);
    expect(statSync(join(subtree, "cgroup.procs")).uid).toBe(UID);
    expect(readFileSync(join(leaf, "cgroup.procs"), "utf8").trim()).toBe(String(PID));
    expect(setup.join).toEqual([join(subtree, "sbx-1", "cgroup.procs")]);
    expect(readFileSync(join(subtree, "sbx-1", "memory.max"), "utf8")).toBe(String(MEMORY));
    expect(readFileSync(join(subtree, "sbx-1", "cpu.max"), "utf8")).toBe("100000 100000");
    expect(setup.memory.mechanism).toBe("cgroup-v2");
    // this process, now in the leaf: ready, nothing to prepare
    fake.self.cgroup = `0::/sandbox-action-${UID}/${HOST_LEAF}\n`;
    const inLeaf = detectCgroups(fake.host);
    expect(inLeaf.preparation).toBeUndefined();
    expect(inLeaf.bases).toEqual(support.bases);
    // another process of the same user (the daemon): only the move, through sudo
    fake.self.cgroup = "0::/system.slice/runner.service\n";
    const other = detectCgroups(fake.host);
    expect(other.preparation?.steps).toEqual([{ write: join(leaf, "cgroup.procs"), value: String(PID) }]);
    expect(other.preparation?.summary).toBe(
      `moved this process (pid ${PID}) into ${leaf} through \`sudo -n\``,
    );
  });

  it("cgroup v2 delegated by systemd: moves itself into a leaf and enables the controllers, without sudo", () => {
    const own = `/user.slice/user-${UID}.slice/user@${UID}.service/app.slice/run-1.scope`;
    const fake = v2Machine(fs, { sudo: false, own });
    const dir = join(fs, own);
    chownSync(dir, UID, UID);
    const support = detectCgroups(fake.host);
    expect(support.preparation?.via).toBe("delegated");
    expect(support.bases).toEqual({ memory: dir, pids: dir, cpu: dir });
    const setup = setupLimits("sbx-1", { memoryBytes: MEMORY, pids: 64 }, support, true, fake.host);
    expect(readFileSync(join(dir, HOST_LEAF, "cgroup.procs"), "utf8")).toBe(String(PID));
    expect(readFileSync(join(dir, "cgroup.subtree_control"), "utf8")).toBe("+memory +pids +cpu");
    expect(setup.join).toEqual([join(dir, "sbx-1", "cgroup.procs")]);
    expect(setup.prepared).toContain("its delegated cgroup");
  });

  it("cgroup v2 delegated but shared with other processes: not used (it cannot enable controllers)", () => {
    const own = `/user.slice/user-${UID}.slice/user@${UID}.service/app.slice/terminal.scope`;
    const fake = v2Machine(fs, { sudo: false, own });
    chownSync(join(fs, own), UID, UID);
    writeFileSync(join(fs, own, "cgroup.procs"), `1200\n${PID}\n`);
    const support = detectCgroups(fake.host);
    expect(support.bases).toEqual({});
    expect(support.detail).toContain("also holds other processes (1200)");
    const check = limitsCheck(support, true, UID);
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/^memory: NOT enforceable, pids: RLIMIT_NPROC, cpus: NOT enforceable; /);
    expect(check.fix).toContain("systemd-run --user --scope -p Delegate=yes");
  });

  it("root keeps today's mechanism and prepares nothing", () => {
    const fake = v2Machine(fs, { uid: 0, sudo: false });
    const support = detectCgroups(fake.host);
    expect(support.preparation).toBeUndefined();
    expect(support.bases.memory).toBe(join(fs, "sandbox-action"));
    expect(support.enable).toEqual([
      join(fs, "cgroup.subtree_control"),
      join(fs, "sandbox-action", "cgroup.subtree_control"),
    ]);
    const v1 = v1Machine(mkdtempSync(join(fs, "v1-")), { uid: 0 });
    const v1Support = detectCgroups(v1.host);
    expect(v1Support.preparation).toBeUndefined();
    expect(v1Support.bases.memory).toMatch(/\/memory\/runner$/);
  });

  it("doctor: ok with what the first create prepares, a failure with the fix when nothing enforces", () => {
    const withSudo = limitsCheck(detectCgroups(v1Machine(fs, { sudo: true }).host), true, UID);
    expect(withSudo.ok).toBe(true);
    expect(withSudo.detail).toMatch(/^memory: cgroup-v1, pids: cgroup-v1, cpus: cgroup-v1; /);
    expect(withSudo.detail).toContain("the first create prepares: made ");
    const without = limitsCheck(
      detectCgroups(v1Machine(mkdtempSync(join(fs, "b-")), { sudo: false }).host),
      true,
      UID,
    );
    expect(without.ok).toBe(false);
    expect(without.fix).toContain("passwordless sudo");
  });

  it("quotes every path in sudo's script", () => {
    expect(
      preparationScript([
        { mkdir: "/sys/fs/cgroup/it's" },
        { chown: ["/a b", "/c"], owner: "1:1" },
        { write: "/x/cgroup.procs", value: "12" },
      ]),
    ).toBe(
      `mkdir -p '/sys/fs/cgroup/it'\\''s'\nchown '1:1' '/a b' '/c'\nprintf '%s\\n' '12' > '/x/cgroup.procs'`,
    );
  });
});
