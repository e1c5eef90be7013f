// The docker backend's pure parts: the container definition, the entry script that picks a node,
// the ELF reading behind it, image references and the sandbox user.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
import { splitImageReference } from "../../src/backends/docker/image.js";

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

  it("binds the workspace, the bundle, node (read-only) and the link; /tmp is a private tmpfs", () => {
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
    expect(server.Binds).toEqual([
      "/host/ws:/workspace:rw",
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
    expect(result.stdout).toBe(
      "image node --max-semi-space-size=1 --v8-pool-size=1 /.sandbox/server.js --listen x\n",
    );
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
  it("is never root", () => {
    const workspace = scratchDir("user");
    const user = sandboxUser(workspace);
    expect(user.uid).not.toBe(0);
    if (process.getuid?.() === 0) {
      expect(user).toMatchObject({ uid: 1000, gid: 1000 });
      expect(user.note).toContain("owned by root");
    } else {
      expect(user.uid).toBe(process.getuid?.());
    }
  });
});
