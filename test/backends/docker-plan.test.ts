// The docker backend's pure parts: the container definition, the entry script that picks a node,
// the ELF reading behind it, image references, the sandbox user and the seccomp profile of a
// root-owned workspace's sandbox.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sandboxUser } from "../../src/backends/docker/backend.js";
import {
  type ContainerPlan,
  containerConfig,
  DEFAULT_LIMITS,
  SERVER_LIMITS,
} from "../../src/backends/docker/container.js";
import { elfInterpreter, entryScript, NO_NODE_MARKER } from "../../src/backends/docker/entry.js";
import { mountsAt, workspaceMountOf } from "../../src/backends/docker/idmap.js";
import { splitImageReference } from "../../src/backends/docker/image.js";
import { ALLOWED, MODE_ARGUMENT, noSetIdProfile } from "../../src/backends/docker/seccomp.js";
import { DEDICATED_ID_BASE, DEDICATED_ID_COUNT, type HostIds } from "../../src/backends/local/identity.js";
import { IS_ROOT, itAsRoot } from "../support/as-root.js";

const scratch = mkdtempSync(join(tmpdir(), "sbx-plan-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const scratchDir = (name: string) => {
  const dir = join(scratch, name);
  mkdirSync(dir);
  return dir;
};

/** the commands' container: the sandbox's limits and network policy are its own */
const plan: ContainerPlan = {
  role: "commands",
  image: "example/image:1",
  user: "1000:1000",
  labels: { "sandbox-action.run-id": "r1" },
  env: { PATH: "/usr/bin:/bin", SECRET_FREE: "yes" },
  network: "none",
  limits: {},
  readOnlyRoot: false,
  workspace: "/host/ws",
  workspaceMode: "rw",
  script: "/host/dist/sandbox-server.js",
  node: "/host/node",
  runDir: "/host/run/sbx-1",
  linkDir: "/host/run/sbx-1-link",
  nodeInterpreter: "/lib64/ld-linux-x86-64.so.2",
  entryArgs: ["--runner", "--link", "unix:/.sandbox/link/runner.sock"],
};
const serverPlan: ContainerPlan = {
  ...plan,
  role: "server",
  entryArgs: ["--listen", "unix:/.sandbox/run/server.sock", "--link", "unix:/.sandbox/link/runner.sock"],
};

describe("containerConfig", () => {
  it("locks the container down: non-root, no capabilities, no new privileges, no network, an init", () => {
    const config = containerConfig(plan) as { User: string; HostConfig: Record<string, unknown> };
    expect(config.User).toBe("1000:1000");
    expect(config.HostConfig).toMatchObject({
      CapDrop: ["ALL"],
      SecurityOpt: ["no-new-privileges"],
      Privileged: false,
      NetworkMode: "none",
      Init: true,
      ReadonlyRootfs: false,
    });
  });

  it("bounds memory (without extra swap) and processes by default, and takes explicit limits", () => {
    const defaults = (containerConfig(plan) as { HostConfig: Record<string, unknown> }).HostConfig;
    expect(defaults).toMatchObject({
      Memory: DEFAULT_LIMITS.memoryBytes,
      MemorySwap: DEFAULT_LIMITS.memoryBytes,
      PidsLimit: DEFAULT_LIMITS.pids,
    });
    expect(defaults.NanoCpus).toBeUndefined();
    const explicit = (
      containerConfig({ ...plan, limits: { memoryBytes: 256 * 1024 ** 2, cpus: 1.5, pids: 64 } }) as {
        HostConfig: Record<string, unknown>;
      }
    ).HostConfig;
    expect(explicit).toMatchObject({
      Memory: 268435456,
      MemorySwap: 268435456,
      NanoCpus: 1.5e9,
      PidsLimit: 64,
    });
  });

  it("binds the workspace (the commands' only), the bundle, node (read-only) and the link; /tmp is a private tmpfs", () => {
    const host = (containerConfig(plan) as { HostConfig: { Binds: string[]; Tmpfs: Record<string, string> } })
      .HostConfig;
    // the commands' container never sees the server's run directory (ADR 0014)
    expect(host.Binds).toEqual([
      "/host/ws:/workspace:rw",
      "/host/dist/sandbox-server.js:/.sandbox/server.js:ro",
      "/host/node:/.sandbox/bin/node:ro",
      "/host/run/sbx-1-link:/.sandbox/link:rw",
    ]);
    const server = (
      containerConfig({ ...serverPlan, egressDir: "/host/egress" }) as { HostConfig: { Binds: string[] } }
    ).HostConfig;
    // no workspace for the server: it carries out no tool (ADR 0014)
    expect(server.Binds).toEqual([
      "/host/dist/sandbox-server.js:/.sandbox/server.js:ro",
      "/host/node:/.sandbox/bin/node:ro",
      "/host/run/sbx-1-link:/.sandbox/link:rw",
      "/host/run/sbx-1:/.sandbox/run:rw",
    ]);
    expect(host.Tmpfs["/tmp"]).toMatch(/^rw,nosuid,nodev,size=\w+,mode=1777$/);
    const ro = (
      containerConfig({ ...plan, workspaceMode: "ro", readOnlyRoot: true }) as {
        HostConfig: { Binds: string[]; ReadonlyRootfs: boolean };
      }
    ).HostConfig;
    expect(ro.Binds[0]).toBe("/host/ws:/workspace:ro");
    expect(ro.ReadonlyRootfs).toBe(true);
  });

  it("the server's container: no network whatever the policy, and limits of its own", () => {
    const server = containerConfig({
      ...serverPlan,
      network: "open",
      limits: { memoryBytes: 8 * 1024 ** 3, pids: 4096, cpus: 2 },
    }) as { HostConfig: Record<string, unknown>; Cmd: string[] };
    expect(server.HostConfig).toMatchObject({
      NetworkMode: "none",
      Memory: SERVER_LIMITS.memoryBytes,
      PidsLimit: SERVER_LIMITS.pids,
      CapDrop: ["ALL"],
    });
    expect(server.HostConfig.NanoCpus).toBeUndefined();
    expect(server.Cmd).toEqual(serverPlan.entryArgs);
  });

  it("shares the network only for open, and passes exactly the given environment and labels", () => {
    const open = containerConfig({ ...plan, network: "open" }) as { HostConfig: { NetworkMode: string } };
    expect(open.HostConfig.NetworkMode).toBe("bridge");
    const config = containerConfig(plan) as { Env: string[]; Labels: Record<string, string>; Cmd: string[] };
    expect(config.Env).toEqual(["PATH=/usr/bin:/bin", "SECRET_FREE=yes"]);
    expect(config.Labels).toEqual(plan.labels);
    expect(config.Cmd).toEqual(plan.entryArgs);
  });
});

describe("entryScript", () => {
  const dir = scratchDir("entry");
  const runEntry = (interpreter: string | undefined, path: string) =>
    spawnSync("/bin/sh", ["-c", entryScript(interpreter), "sandbox-entry", "--listen", "x"], {
      encoding: "utf8",
      env: { PATH: path },
    });

  it("falls back to the image's node when the host's node cannot run there", () => {
    const fakeNode = join(dir, "node");
    writeFileSync(fakeNode, '#!/bin/sh\necho "image node $*"\n');
    chmodSync(fakeNode, 0o755);
    const result = runEntry("/no/such/loader.so", `${dir}:/usr/bin:/bin`);
    expect(result.stdout).toBe("image node --v8-pool-size=1 /.sandbox/server.js --listen x\n");
  });

  it("says clearly when there is no node to run the server with", () => {
    const result = runEntry("/no/such/loader.so", "/nonexistent");
    expect(result.status).toBe(127);
    expect(result.stderr).toContain(NO_NODE_MARKER);
    expect(result.stderr).toContain("/no/such/loader.so");
  });

  it("prefers the host's node where its loader exists", () => {
    // the loader check passes here, and the exec of the (absent) mounted node fails visibly
    const result = runEntry(elfInterpreter(process.execPath), "/nonexistent");
    expect(result.stderr).toContain("/.sandbox/bin/node");
    expect(result.stderr).not.toContain(NO_NODE_MARKER);
  });
});

describe("elfInterpreter", () => {
  it("reads the dynamic loader of this node and nothing from a non-ELF file", () => {
    expect(elfInterpreter(process.execPath)).toMatch(/^\/lib(64)?\/ld-linux-[\w-]+\.so\.\d$/);
    const text = join(scratchDir("elf"), "x");
    writeFileSync(text, "#!/bin/sh\n");
    expect(elfInterpreter(text)).toBeUndefined();
    expect(elfInterpreter("/no/such/file")).toBeUndefined();
  });
});

describe("splitImageReference", () => {
  it("splits tags, keeps registry ports and digests, defaults to latest", () => {
    expect(splitImageReference("node:24-slim")).toEqual({ fromImage: "node", tag: "24-slim" });
    expect(splitImageReference("ubuntu")).toEqual({ fromImage: "ubuntu", tag: "latest" });
    expect(splitImageReference("localhost:5000/team/img")).toEqual({
      fromImage: "localhost:5000/team/img",
      tag: "latest",
    });
    expect(splitImageReference("localhost:5000/img:2")).toEqual({
      fromImage: "localhost:5000/img",
      tag: "2",
    });
    expect(splitImageReference("img@sha256:abc")).toEqual({ fromImage: "img@sha256:abc" });
  });
});

describe("sandboxUser", () => {
  const noHostIds: HostIds = { uidTaken: () => false, gidTaken: () => false };

  it("is the host user when that is not root", () => {
    const user = sandboxUser(scratchDir("user"));
    expect(user.uid).not.toBe(0);
    if (!IS_ROOT) expect(user).toEqual({ uid: process.getuid?.(), gid: process.getgid?.() });
  });

  itAsRoot(
    "as root: the workspace's owner when that is a regular uid, with its group unless that is 0",
    () => {
      const owned = scratchDir("owned");
      chownSync(owned, 1234, 1235);
      expect(sandboxUser(owned, new Set(), noHostIds)).toEqual({ uid: 1234, gid: 1235 });
      chownSync(owned, 1234, 0);
      expect(sandboxUser(owned, new Set(), noHostIds)).toEqual({ uid: 1234, gid: 1234 });
    },
  );

  itAsRoot("as root on a root-owned workspace: a dedicated uid with the workspace idmapped to it", () => {
    const rootOwned = scratchDir("root-owned");
    const user = sandboxUser(rootOwned, new Set(), noHostIds);
    expect(user.idmap).toEqual({ diskUid: 0, diskGid: 0 });
    expect(user.uid).toBe(user.gid);
    expect(user.uid).toBeGreaterThanOrEqual(DEDICATED_ID_BASE);
    expect(user.uid).toBeLessThan(DEDICATED_ID_BASE + DEDICATED_ID_COUNT);
    // nobody's workspace too: 65534 is a daemon's uid, never a sandbox's
    chownSync(rootOwned, 65534, 65534);
    const nobody = sandboxUser(rootOwned, new Set(), noHostIds);
    expect(nobody.idmap).toEqual({ diskUid: 65534, diskGid: 65534 });
    expect(nobody.uid).toBeGreaterThanOrEqual(DEDICATED_ID_BASE);
    // never one a live sandbox has (inUse) or the host's files name: with none left, no start
    chownSync(rootOwned, 0, 0);
    const all = new Set(Array.from({ length: DEDICATED_ID_COUNT }, (_, n) => DEDICATED_ID_BASE + n));
    expect(() => sandboxUser(rootOwned, all, noHostIds)).toThrow(/no free uid/);
    expect(() => sandboxUser(rootOwned, new Set(), { uidTaken: () => true, gidTaken: () => false })).toThrow(
      /no free uid/,
    );
  });
});

describe("the seccomp profile of a root-owned workspace's sandbox", () => {
  const profile = noSetIdProfile();
  const rulesFor = (name: string) => profile.syscalls.filter((rule) => rule.names.includes(name));

  it("is an allowlist: anything it does not name fails with ENOSYS, and only the native ABI", () => {
    expect(profile.defaultAction).toBe("SCMP_ACT_ERRNO");
    expect(profile.defaultErrnoRet).toBe(38);
    expect(profile.archMap.map((arch) => arch.subArchitectures)).toEqual([[], []]);
    // it must survive JSON (Docker takes it inline, Podman from a file)
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
  });

  it("allows a call that takes a mode only without set-id bits, and refuses those with EPERM", () => {
    for (const [name, index] of Object.entries(MODE_ARGUMENT)) {
      expect(ALLOWED, name).not.toContain(name);
      const rules = rulesFor(name);
      expect(rules, name).toEqual([
        {
          names: [name],
          action: "SCMP_ACT_ALLOW",
          args: [{ index, value: 0o6000, valueTwo: 0, op: "SCMP_CMP_MASKED_EQ" }],
        },
        {
          names: [name],
          action: "SCMP_ACT_ERRNO",
          errnoRet: 1,
          args: [{ index, value: 0o4000, valueTwo: 0o4000, op: "SCMP_CMP_MASKED_EQ" }],
        },
        {
          names: [name],
          action: "SCMP_ACT_ERRNO",
          errnoRet: 1,
          args: [{ index, value: 0o2000, valueTwo: 0o2000, op: "SCMP_CMP_MASKED_EQ" }],
        },
      ]);
    }
    // the modes the kernel reads: chmod(path, mode), fchmodat(dirfd, path, mode), openat(dirfd, path, flags, mode)
    expect(MODE_ARGUMENT).toMatchObject({
      chmod: 1,
      fchmodat: 2,
      openat: 3,
      open: 2,
      mkdirat: 2,
      mknodat: 2,
    });
  });

  it("names none of what would reach past the container or around the mode rules", () => {
    const named = new Set(profile.syscalls.flatMap((rule) => rule.names));
    for (const name of [
      "openat2",
      "io_uring_setup",
      "io_uring_enter",
      "clone3",
      "unshare",
      "setns",
      "mount",
      "umount2",
      "open_tree",
      "move_mount",
      "fsopen",
      "mount_setattr",
      "pivot_root",
      "chroot",
      "keyctl",
      "add_key",
      "request_key",
      "bpf",
      "perf_event_open",
      "userfaultfd",
      "open_by_handle_at",
      "name_to_handle_at",
      "init_module",
      "finit_module",
      "kexec_load",
      "reboot",
      "swapon",
      "syslog",
      "acct",
    ]) {
      expect(named.has(name), name).toBe(false);
    }
    // clone only without namespace flags, and personality only with the usual values
    expect(rulesFor("clone")).toEqual([
      {
        names: ["clone"],
        action: "SCMP_ACT_ALLOW",
        args: [{ index: 0, value: 0x7e020000, valueTwo: 0, op: "SCMP_CMP_MASKED_EQ" }],
      },
    ]);
    expect(rulesFor("personality").every((rule) => rule.args?.[0]?.op === "SCMP_CMP_EQ")).toBe(true);
  });

  it("goes into both containers' SecurityOpt when given", () => {
    for (const role of [plan, serverPlan]) {
      const config = containerConfig({ ...role, seccomp: "/host/run/sbx-1/seccomp.json" }) as {
        HostConfig: { SecurityOpt: string[] };
      };
      expect(config.HostConfig.SecurityOpt).toEqual([
        "no-new-privileges",
        "seccomp=/host/run/sbx-1/seccomp.json",
      ]);
    }
  });
});

describe("the idmapped workspace's mount point", () => {
  it("is beside the run directory, never inside it (which is removed recursively)", () => {
    expect(workspaceMountOf("/tmp/sandbox-action-docker-0/sbx-r-1")).toBe(
      "/tmp/sandbox-action-docker-0/sbx-r-1.workspace",
    );
  });

  it("is seen as mounted when mountinfo names it or anything below it, escapes decoded", () => {
    const mountinfo = [
      "26 1 254:0 / / rw,relatime - ext4 /dev/vda rw",
      "608 26 254:0 /work/ws /run\\040dir/sbx-1.workspace rw,nosuid,nodev,relatime,idmapped - ext4 /dev/vda rw",
      "609 608 0:50 / /run\\040dir/sbx-1.workspace/sub rw - tmpfs tmpfs rw",
      "610 26 254:0 /work/ws /run\\040dir/sbx-1.workspaceX rw - ext4 /dev/vda rw",
    ].join("\n");
    expect(mountsAt("/run dir/sbx-1.workspace", mountinfo)).toEqual([
      "/run dir/sbx-1.workspace",
      "/run dir/sbx-1.workspace/sub",
    ]);
    expect(mountsAt("/run dir/sbx-2.workspace", mountinfo)).toEqual([]);
  });
});
