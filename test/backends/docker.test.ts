// Integration tests of the docker backend against the real engine (Podman's Docker-compatible API
// here): the behaviour every backend shares (test/suites/backend.suite.ts), then what only a
// container engine shows: the container's definition as the engine reports it, limits the kernel
// enforces, images without node, failures the CLI reports, `auto`, reaping after a lost host, and
// a root-owned workspace started by root (a dedicated uid, the workspace idmapped to it).
import { spawn } from "node:child_process";
import {
  chmodSync,
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
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LABEL_RUN_DIR, LABEL_UID } from "../../src/backends/docker/backend.js";
import { connectDocker, type DockerClient } from "../../src/backends/docker/client.js";
import { SERVER_LIMITS } from "../../src/backends/docker/container.js";
import { mountIdmapped, workspaceMountOf } from "../../src/backends/docker/idmap.js";
import { createDockerBackend, type DockerSandbox } from "../../src/backends/docker/index.js";
import { selectBackend } from "../../src/backends/index.js";
import { DEDICATED_ID_BASE, DEDICATED_ID_COUNT } from "../../src/backends/local/identity.js";
import { LABEL_MANAGED, LABEL_RUN_ID, SandboxError } from "../../src/backends/types.js";
import { startSession } from "../../src/host/session.js";
import { defineBackendSuite, sh } from "../suites/backend.suite.js";
import { describeAsRoot } from "../support/as-root.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { dockerWorkspace } from "../support/docker-target.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { type Fixture, firstLine, makeDockerFixture } from "./backend-fixture.js";

const available = engineAvailable("docker");

interface Inspect {
  Config: { User: string; Labels: Record<string, string>; Hostname: string };
  State: { Running: boolean; Pid: number };
  HostConfig: {
    CapDrop: string[] | null;
    CapAdd: string[] | null;
    SecurityOpt: string[] | null;
    PidsLimit: number;
    Memory: number;
    NetworkMode: string;
    ReadonlyRootfs: boolean;
    Tmpfs: Record<string, string> | null;
    Privileged: boolean;
  };
}

/** what Docker and Podman give a container unless told otherwise */
const ENGINE_DEFAULT_CAPS = [
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT",
];

interface ListedContainer {
  Id: string;
  Labels: Record<string, string>;
}

describe.skipIf(!available)("docker backend", () => {
  defineBackendSuite("docker", () => makeDockerFixture());
});

describe.skipIf(!available)("docker backend: engine specifics", () => {
  let fx: Fixture;
  let docker: DockerClient;
  /** temporary directories of tests that do not go through the fixture */
  const dirs: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  /** the commands' container: the sandbox's limits, network and user (ADR 0014) */
  const inspect = (sandbox: unknown) =>
    docker.request<Inspect>("GET", `/containers/${(sandbox as DockerSandbox).commandsContainerId}/json`);
  /** the server's container */
  const inspectServer = (sandbox: unknown) =>
    docker.request<Inspect>("GET", `/containers/${(sandbox as DockerSandbox).containerId}/json`);
  /** every container of ours on the engine, whoever made it */
  const managed = () =>
    docker.request<ListedContainer[]>("GET", "/containers/json", {
      query: { all: true, filters: JSON.stringify({ label: [`${LABEL_MANAGED}=true`] }) },
    });

  beforeAll(async () => {
    testDockerHost();
    fx = makeDockerFixture();
    docker = await connectDocker({ env: process.env });
  });

  afterAll(async () => {
    try {
      await fx?.cleanup();
      // whatever a failing test left with a run directory in one of our temporary directories
      if (docker) {
        const backend = createDockerBackend({ log: () => {} });
        for (const container of await managed()) {
          const runDir = container.Labels[LABEL_RUN_DIR] ?? "";
          const runId = container.Labels[LABEL_RUN_ID];
          if (runId && dirs.some((dir) => runDir.startsWith(`${dir}/`))) {
            await backend.reap({ [LABEL_RUN_ID]: runId });
          }
        }
      }
    } finally {
      await docker?.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  it("defines a locked-down container, as the engine reports it", async () => {
    const sandbox = await fx.create({
      limits: { pids: 100, memoryBytes: 256 * 1024 ** 2 },
      labels: { purpose: "inspect" },
    });
    await firstLine(sandbox.stdout);
    const info = await inspect(sandbox);
    expect(info.State.Running).toBe(true);
    expect(info.Config.User).toMatch(/^[1-9]\d*:[1-9]\d*$/); // never root, by number
    // Docker reports CapDrop as given (ALL); Podman lists every capability it dropped
    const dropped = (info.HostConfig.CapDrop ?? []).map((cap) => cap.replace(/^CAP_/, ""));
    if (!dropped.includes("ALL")) expect(dropped).toEqual(expect.arrayContaining(ENGINE_DEFAULT_CAPS));
    expect(info.HostConfig.CapAdd ?? []).toEqual([]);
    expect(info.HostConfig.SecurityOpt?.some((opt) => opt.startsWith("no-new-privileges"))).toBe(true);
    expect(info.HostConfig.Privileged).toBe(false);
    expect(info.HostConfig.PidsLimit).toBe(100);
    expect(info.HostConfig.Memory).toBe(256 * 1024 ** 2);
    expect(info.HostConfig.NetworkMode).toBe("none");
    expect(info.HostConfig.ReadonlyRootfs).toBe(false);
    expect(info.Config.Labels).toMatchObject({
      [LABEL_RUN_ID]: sandbox.runId,
      [LABEL_MANAGED]: "true",
      purpose: "inspect",
    });
    expect(Object.keys(info.HostConfig.Tmpfs ?? {})).toContain("/tmp");
    // the server's container as locked down, with no network whatever the policy and its own
    // small limits (ADR 0014)
    const server = await inspectServer(sandbox);
    expect(server.State.Running).toBe(true);
    expect(server.Config.User).toBe(info.Config.User);
    expect(server.HostConfig.CapAdd ?? []).toEqual([]);
    expect(server.HostConfig.SecurityOpt?.some((opt) => opt.startsWith("no-new-privileges"))).toBe(true);
    expect(server.HostConfig.Privileged).toBe(false);
    expect(server.HostConfig.NetworkMode).toBe("none");
    expect(server.HostConfig.PidsLimit).toBe(SERVER_LIMITS.pids);
    expect(server.HostConfig.Memory).toBe(SERVER_LIMITS.memoryBytes);
    // and from inside: /tmp is a tmpfs, the root is writable by root only (this image)
    const mounts = await sh(
      sandbox,
      'awk \'$2 == "/tmp" || $2 == "/" { print $2, $3, substr($4, 1, 2) }\' /proc/mounts',
    );
    expect(mounts.out).toMatch(/^\/tmp tmpfs rw$/m);
    expect(mounts.out).toMatch(/^\/ \S+ rw$/m);
    // the container's pid 1 (the engine's init) has no capabilities either
    const init = await sh(sandbox, "grep -E '^(CapEff|CapBnd)' /proc/1/status");
    expect(init.out).toBe("CapEff:\t0000000000000000\nCapBnd:\t0000000000000000\n");
    await sandbox.destroy();
  });

  it("uses a bridge network for policy open", async () => {
    const sandbox = await fx.create({ network: "open" });
    await firstLine(sandbox.stdout);
    expect((await inspect(sandbox)).HostConfig.NetworkMode).toBe("bridge");
    await sandbox.destroy();
  });

  it("with readOnlyRoot, / and /etc cannot be written while /workspace and /tmp can", async () => {
    const sandbox = await fx.create({ readOnlyRoot: true });
    await firstLine(sandbox.stdout);
    expect((await inspect(sandbox)).HostConfig.ReadonlyRootfs).toBe(true);
    const root = await sh(sandbox, "awk '$2 == \"/\" { print substr($4, 1, 2) }' /proc/mounts");
    expect(root.out.trim()).toBe("ro");
    for (const path of ["/x", "/etc/x", "/usr/x"]) {
      const result = await sh(sandbox, `echo x > ${path}`);
      expect(result.exitCode, path).not.toBe(0);
    }
    const ok = await sh(sandbox, "echo ws > /workspace/ro-root.txt && echo tmp > /tmp/t && cat /tmp/t");
    expect(ok.exitCode, ok.err).toBe(0);
    expect(ok.out).toBe("tmp\n");
    await sandbox.destroy();
  });

  it("holds the pids limit: a fork bomb stops well short of its goal", async () => {
    const sandbox = await fx.create({ limits: { pids: 64 } });
    await firstLine(sandbox.stdout);
    try {
      // The shell dies at the first fork the kernel refuses; each started sleep is printed first.
      const result = await sh(
        sandbox,
        "n=0; while [ $n -lt 200 ]; do sleep 30 & n=$((n+1)); echo $n; done; echo all-started",
        { timeoutMs: 20_000 },
      );
      const started = Number(result.out.trim().split("\n").pop());
      expect(result.out).not.toContain("all-started");
      expect(result.exitCode).not.toBe(0);
      expect(result.err).toMatch(/fork|resource temporarily unavailable/i);
      expect(started).toBeGreaterThan(0);
      expect(started).toBeLessThan(64);
    } finally {
      // the sleeps go with the container
      const begun = Date.now();
      await sandbox.destroy();
      expect(Date.now() - begun).toBeLessThan(10_000);
      expect(await fx.gone(sandbox)).toBe(true);
    }
  });

  it("runs the whole MCP path on an image without node (glibc only): the host's node is bound in", async () => {
    testDockerHost();
    const workspace = dockerWorkspace();
    dirs.push(workspace);
    const runDirBase = tempDir("sbx-dr-");
    const session = await startSession(
      createDockerBackend({ runDirBase, log: () => {} }),
      {
        workspace,
        workspaceMode: "rw",
        network: "none",
        env: {},
        timeoutMs: 60_000,
        readyTimeoutMs: 20_000,
        image: TEST_IMAGES.glibc,
      },
      { serverBundle: join(inject("distDir"), "sandbox-server.js") },
    );
    try {
      const result = await session.client.callTool({
        name: "run_command",
        arguments: {
          // the node on PATH is ours (read-only); the image's own PATH has none
          command:
            "command -v node; PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin command -v node || echo no-node-in-image; echo hi > hello.txt; cat hello.txt",
        },
      });
      const out = result.structuredContent as { exit_code: number; stdout: string };
      expect(result.isError, JSON.stringify(result)).toBeFalsy();
      expect(out.stdout).toBe("/.sandbox/bin/node\nno-node-in-image\nhi\n");
      const read = await session.client.callTool({ name: "read_file", arguments: { path: "hello.txt" } });
      expect(JSON.stringify(read.content)).toContain("hi");
    } finally {
      await session.close();
    }
    expect(readdirSync(runDirBase)).toEqual([]);
    expect(await fx.backend.list({ [LABEL_RUN_ID]: session.runId })).toEqual([]);
  });

  it("refuses an image with neither node nor glibc, saying so, and leaves nothing behind", async () => {
    const workspace = dockerWorkspace();
    dirs.push(workspace);
    const runDirBase = tempDir("sbx-dr-");
    const runId = `nonode-${process.pid}-${Date.now().toString(36)}`;
    const error = await startSession(
      createDockerBackend({ runDirBase, log: () => {} }),
      {
        workspace,
        workspaceMode: "rw",
        network: "none",
        env: {},
        timeoutMs: 60_000,
        readyTimeoutMs: 20_000,
        image: TEST_IMAGES.static,
      },
      { runId, serverBundle: join(inject("distDir"), "sandbox-server.js") },
    ).then(
      async (session) => {
        await session.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toMatch(/the image has no node/);
    expect(readdirSync(runDirBase)).toEqual([]);
    expect(await fx.backend.list({ [LABEL_RUN_ID]: runId })).toEqual([]);
  });

  it("selects docker for auto when the engine answers, and local when it does not, saying why", async () => {
    const host = testDockerHost() as string;
    const docker = await selectBackend("auto", { DOCKER_HOST: host });
    expect(docker.name).toBe("docker");
    expect(docker.reason).toContain(host);
    const local = await selectBackend("auto", { DOCKER_HOST: "unix:///nonexistent.sock" });
    expect(local.name).toBe("local");
    expect(local.reason).toContain("unix:///nonexistent.sock");
  });

  it("reaps the sandboxes of a run whose host is gone, with their run directories", async () => {
    const runDirBase = tempDir("sbx-dr-");
    const runId = `lost-${process.pid}-${Date.now().toString(36)}`;
    // The backend object that made them is dropped, never destroying anything (a killed daemon).
    const lost = await (async () => {
      const spec = fx.spec({ runId, labels: {} });
      const backend = createDockerBackend({ runDirBase, log: () => {} });
      const a = await backend.create(spec);
      const b = await backend.create(spec);
      await Promise.all([firstLine(a.stdout), firstLine(b.stdout)]);
      return [a, b];
    })();
    // each sandbox's run directory and the directory of its link (ADR 0014)
    expect(readdirSync(runDirBase).sort()).toEqual(lost.flatMap((s) => [s.id, `${s.id}.link`]).sort());

    const fresh = createDockerBackend({ runDirBase, log: () => {} });
    const reaped = await fresh.reap({ [LABEL_RUN_ID]: runId });
    expect(reaped.map((r) => r.id).sort()).toEqual(lost.map((s) => s.id).sort());
    for (const sandbox of lost) expect(await fx.gone(sandbox)).toBe(true);
    expect(readdirSync(runDirBase)).toEqual([]);
    expect(await fresh.list({ [LABEL_RUN_ID]: runId })).toEqual([]);
    await Promise.all(lost.map((sandbox) => sandbox.exited));
  });

  describe("through the CLI", () => {
    /** runs the built CLI with its own RUNNER_TEMP, so its containers can be told from others' */
    const cli = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const workspace = dockerWorkspace();
      dirs.push(workspace);
      const runnerTemp = tempDir("sbx-rt-");
      const calls = join(runnerTemp, "calls.yaml");
      writeFileSync(
        calls,
        "- tool: run_command\n  args: {command: 'test -e /run/.containerenv || test -e /.dockerenv && echo in-container'}\n",
      );
      const outcome: Outcome = await runBundle(
        "index.js",
        ["run", "--backend", "docker", "--workspace", workspace, "--calls", calls, ...args],
        { cwd: workspace, env: { ...process.env, RUNNER_TEMP: runnerTemp, ...env } },
      );
      // containers of this run: their run directories are under its RUNNER_TEMP (other test files
      // make containers on the same engine meanwhile)
      const leftovers = (await managed()).filter((c) =>
        (c.Labels[LABEL_RUN_DIR] ?? "").startsWith(`${runnerTemp}/`),
      );
      const base = join(runnerTemp, "sandbox-action-docker");
      const runDirs = existsSync(base) ? readdirSync(base) : [];
      return { ...outcome, leftovers, runDirs };
    };

    it("exit 3 naming an image the engine cannot get, with no container left", async () => {
      const out = await cli(["--image", "localhost/does-not-exist:1"]);
      expect(out.code, out.stderr).toBe(3);
      expect(out.stderr).toContain("localhost/does-not-exist:1");
      expect(out.leftovers).toEqual([]);
      expect(out.runDirs).toEqual([]);
    });

    it("exit 3 naming the socket when no engine answers", async () => {
      const out = await cli(["--image", TEST_IMAGES.node], {
        DOCKER_HOST: "unix:///nonexistent/docker.sock",
      });
      expect(out.code, out.stderr).toBe(3);
      expect(out.stderr).toContain("/nonexistent/docker.sock");
      expect(out.stderr).toMatch(/fix:/);
    });

    it("runs in a container and leaves none behind", async () => {
      const out = await cli(["--image", TEST_IMAGES.node, "--json"]);
      expect(out.code, out.stderr).toBe(0);
      const results = JSON.parse(out.stdout);
      expect(results[0]).toMatchObject({ tool: "run_command", isError: false });
      expect(results[0].structuredContent.stdout).toBe("in-container\n");
      expect(out.leftovers).toEqual([]);
      expect(out.runDirs).toEqual([]);
    });
  });
});

/** host mounts whose root (mountinfo's 4th field) is the directory `dir`: a view of it */
function hostMountsOf(dir: string): string[] {
  return readFileSync("/proc/self/mountinfo", "utf8")
    .split("\n")
    .filter((line) => line.split(" ")[3]?.endsWith(`/${basename(dir)}`));
}

/** Uid: real, effective, saved and filesystem uid of a host process */
function hostUids(pid: number): number[] {
  const line = /^Uid:\s+(.*)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? "";
  return line.trim().split(/\s+/).map(Number);
}

// A root-owned checkout (a container job's, a self-hosted runner's as root), started by root: the
// containers run as a dedicated uid that sees the workspace through an idmapped mount, under the
// seccomp profile that refuses set-id bits (docs/adr/0013-never-host-root.md, "The docker backend").
describeAsRoot("docker backend: a root-owned workspace", () => {
  describe.skipIf(!available)("started by root", () => {
    let fx: Fixture;
    let docker: DockerClient;
    const dirs: string[] = [];
    const tempDir = (prefix: string) => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    };
    /** a checkout as a root job leaves it: root's, 0755, files 0644 */
    const rootWorkspace = () => {
      const workspace = tempDir("sbx-rootws-");
      chmodSync(workspace, 0o755);
      mkdirSync(join(workspace, "src"), { mode: 0o755 });
      writeFileSync(join(workspace, "src/main.txt"), "from the host\n", { mode: 0o644 });
      writeFileSync(join(workspace, "README"), "readme\n", { mode: 0o644 });
      return workspace;
    };
    const inspect = (id: string) => docker.request<Inspect>("GET", `/containers/${id}/json`);

    beforeAll(async () => {
      testDockerHost();
      fx = makeDockerFixture();
      docker = await connectDocker({ env: process.env });
    });

    afterAll(async () => {
      try {
        await fx?.cleanup();
        const backend = createDockerBackend({ log: () => {} });
        const mine = (
          await docker.request<ListedContainer[]>("GET", "/containers/json", {
            query: { all: true, filters: JSON.stringify({ label: [`${LABEL_MANAGED}=true`] }) },
          })
        ).filter((c) => dirs.some((dir) => (c.Labels[LABEL_RUN_DIR] ?? "").startsWith(`${dir}/`)));
        for (const runId of new Set(mine.map((c) => c.Labels[LABEL_RUN_ID] ?? ""))) {
          if (runId) await backend.reap({ [LABEL_RUN_ID]: runId });
        }
      } finally {
        await docker?.close();
        for (const dir of dirs) {
          // never recursive through a mount: a test that failed half-way may have left one
          if (hostMountsOf(dir).length === 0) rmSync(dir, { recursive: true, force: true });
        }
      }
    });

    it("runs as a dedicated uid under the no-set-id profile; the checkout is writable, stays root's, and no mount of it stays on the host", async () => {
      const workspace = rootWorkspace();
      const runDirBase = tempDir("sbx-dr-");
      const backend = createDockerBackend({ runDirBase, log: () => {} });
      const sandbox = (await backend.create(fx.spec({ workspace }))) as DockerSandbox;
      try {
        await firstLine(sandbox.stdout);
        const commands = await inspect(sandbox.commandsContainerId);
        const server = await inspect(sandbox.containerId);
        const [uid, gid] = commands.Config.User.split(":").map(Number) as [number, number];
        expect(uid).toBeGreaterThanOrEqual(DEDICATED_ID_BASE);
        expect(uid).toBeLessThan(DEDICATED_ID_BASE + DEDICATED_ID_COUNT);
        expect(gid).toBe(uid);
        expect(server.Config.User).toBe(commands.Config.User);
        expect(commands.Config.Labels[LABEL_UID]).toBe(String(uid));
        for (const info of [commands, server]) {
          expect(info.HostConfig.SecurityOpt?.some((opt) => opt.startsWith("seccomp"))).toBe(true);
          // the container's processes, as the host sees them: that uid, in every field
          expect(hostUids(info.State.Pid)).toEqual([uid, uid, uid, uid]);
        }
        // no account of the host's has it
        const passwd = readFileSync("/etc/passwd", "utf8");
        expect(passwd.split("\n").some((line) => line.split(":")[2] === String(uid))).toBe(false);

        const inside = await sh(
          sandbox,
          "id -u; stat -c '%u %a' /workspace /workspace/src/main.txt; cat /workspace/src/main.txt; " +
            "echo new > /workspace/src/new.txt && echo more >> /workspace/src/main.txt && mkdir /workspace/made && echo wrote; " +
            "chmod 4755 /workspace/src/new.txt; echo chmod=$?",
        );
        expect(inside.out).toBe(`${uid}\n${uid} 755\n${uid} 644\nfrom the host\nwrote\nchmod=1\n`);
        expect(inside.err).toMatch(/Operation not permitted/);
        // on the host: what it made is root's, like the checkout, with no set-id bit
        for (const path of ["src/new.txt", "made"]) {
          const stat = statSync(join(workspace, path));
          expect([stat.uid, stat.gid, stat.mode & 0o6000], path).toEqual([0, 0, 0]);
        }
        expect(readFileSync(join(workspace, "src/main.txt"), "utf8")).toBe("from the host\nmore\n");
        // the checkout itself is untouched: no chown, no chmod
        const top = statSync(workspace);
        expect([top.uid, top.gid, top.mode & 0o7777]).toEqual([0, 0, 0o755]);
        // and nothing else of the container's is its to write: the image's files are root's
        const elsewhere = await sh(
          sandbox,
          'for p in /etc/x /usr/x /x /bin/sh; do echo x >> $p 2>/dev/null && echo "wrote $p"; done; echo t > /tmp/t && echo tmp',
        );
        expect(elsewhere.out).toBe("tmp\n");
        // the host made the idmapped view only for the start: no mount, no mount point
        expect(hostMountsOf(workspace)).toEqual([]);
        expect(readdirSync(runDirBase).sort()).toEqual([sandbox.id, `${sandbox.id}.link`].sort());
      } finally {
        await sandbox.destroy();
      }
      expect(readdirSync(runDirBase)).toEqual([]);
    });

    it("reap detaches an idmapped view a killed start left on the host, and removes nothing of the checkout", async () => {
      const workspace = rootWorkspace();
      const runDirBase = tempDir("sbx-dr-");
      const runId = `rootws-${process.pid}-${Date.now().toString(36)}`;
      const lost = await createDockerBackend({ runDirBase, log: () => {} }).create(
        fx.spec({ runId, workspace }),
      );
      await firstLine(lost.stdout);
      // as a start killed between the mount and its release leaves it
      const mountPoint = workspaceMountOf(join(runDirBase, lost.id));
      mkdirSync(mountPoint, { mode: 0o700 });
      await mountIdmapped({
        workspace,
        mountPoint,
        disk: { uid: 0, gid: 0 },
        sandbox: { uid: 4242, gid: 4242 },
      });
      expect(hostMountsOf(workspace)).toHaveLength(1);
      expect(statSync(join(mountPoint, "README")).uid).toBe(4242);

      const reaped = await createDockerBackend({ runDirBase, log: () => {} }).reap({ [LABEL_RUN_ID]: runId });
      expect(reaped.map((r) => r.id)).toEqual([lost.id]);
      expect(hostMountsOf(workspace)).toEqual([]);
      expect(readdirSync(runDirBase)).toEqual([]);
      expect(readFileSync(join(workspace, "src/main.txt"), "utf8")).toBe("from the host\n");
      expect(readdirSync(workspace).sort()).toEqual(["README", "src"]);
      await lost.exited;
    });

    it("reap detaches an idmapped view whose containers are gone too (removed by other hands)", async () => {
      // the red team's B2: killed while the mount exists, then the containers removed (a prune)
      const workspace = rootWorkspace();
      const base = tempDir("sbx-dr-");
      const mountPoint = workspaceMountOf(join(base, "sbx-orphan-00000000"));
      mkdirSync(mountPoint, { recursive: true, mode: 0o700 });
      await mountIdmapped({
        workspace,
        mountPoint,
        disk: { uid: 0, gid: 0 },
        sandbox: { uid: 4242, gid: 4242 },
      });
      expect(hostMountsOf(workspace)).toHaveLength(1);
      // a mount point with nothing mounted (a start before its mount) is left alone
      const starting = workspaceMountOf(join(base, "sbx-starting-00000000"));
      mkdirSync(starting, { mode: 0o700 });

      const reaped = await createDockerBackend({ runDirBase: base, log: () => {} }).reap({
        [LABEL_RUN_ID]: `no-such-run-${process.pid}`,
      });
      expect(reaped).toEqual([]);
      expect(hostMountsOf(workspace)).toEqual([]);
      expect(readdirSync(base)).toEqual([basename(starting)]);
      expect(readFileSync(join(workspace, "src/main.txt"), "utf8")).toBe("from the host\n");
      expect(readdirSync(workspace).sort()).toEqual(["README", "src"]);
    });

    describe("through the CLI", () => {
      const calls = (dir: string) => {
        const file = join(dir, "calls.yaml");
        writeFileSync(
          file,
          [
            "- tool: read_file",
            "  args: {path: src/main.txt}",
            "- tool: write_file",
            "  args: {path: src/written.txt, content: 'by the agent'}",
            "- tool: run_command",
            "  args: {command: 'echo appended >> src/main.txt && mkdir -p out && echo built > out/result && id -u'}",
            "",
          ].join("\n"),
        );
        return file;
      };
      /** the built CLI, optionally behind a prefix command (e.g. unshare), with its own RUNNER_TEMP */
      const cli = (workspace: string, prefix: string[] = []) => {
        const runnerTemp = tempDir("sbx-rt-");
        const args = [
          join(inject("distDir"), "index.js"),
          "run",
          "--backend",
          "docker",
          "--image",
          TEST_IMAGES.node,
          "--workspace",
          workspace,
          "--calls",
          calls(runnerTemp),
          "--json",
        ];
        const [command, ...rest] = prefix.length
          ? [...prefix, process.execPath, ...args]
          : [process.execPath, ...args];
        return new Promise<Outcome & { runnerTemp: string }>((resolve) => {
          const child = spawn(command as string, rest, {
            cwd: workspace,
            env: { ...process.env, RUNNER_TEMP: runnerTemp },
            stdio: ["ignore", "pipe", "pipe"],
          });
          let stdout = "";
          let stderr = "";
          child.stdout.on("data", (chunk) => {
            stdout += chunk;
          });
          child.stderr.on("data", (chunk) => {
            stderr += chunk;
          });
          child.on("close", (code) => resolve({ code, stdout, stderr, runnerTemp }));
        });
      };
      const leftovers = async (runnerTemp: string) => {
        const containers = (
          await docker.request<ListedContainer[]>("GET", "/containers/json", {
            query: { all: true, filters: JSON.stringify({ label: [`${LABEL_MANAGED}=true`] }) },
          })
        ).filter((c) => (c.Labels[LABEL_RUN_DIR] ?? "").startsWith(`${runnerTemp}/`));
        const base = join(runnerTemp, "sandbox-action-docker");
        return { containers, runDirs: existsSync(base) ? readdirSync(base) : [] };
      };

      it("`run` works: the agent reads and writes /workspace, the host sees the writes as root's, nothing is left", async () => {
        const workspace = rootWorkspace();
        const out = await cli(workspace);
        expect(out.code, out.stderr).toBe(0);
        const results = JSON.parse(out.stdout) as {
          isError: boolean;
          text: string;
          structuredContent?: { stdout: string };
        }[];
        expect(results.map((r) => r.isError)).toEqual([false, false, false]);
        expect(results[0]?.text).toContain("from the host");
        const uid = Number(results[2]?.structuredContent?.stdout.trim());
        expect(uid).toBeGreaterThanOrEqual(DEDICATED_ID_BASE);
        expect(readFileSync(join(workspace, "src/written.txt"), "utf8")).toBe("by the agent");
        expect(readFileSync(join(workspace, "src/main.txt"), "utf8")).toBe("from the host\nappended\n");
        expect(readFileSync(join(workspace, "out/result"), "utf8")).toBe("built\n");
        for (const path of ["src/written.txt", "out", "out/result"]) {
          const stat = statSync(join(workspace, path));
          expect([stat.uid, stat.gid], path).toEqual([0, 0]);
        }
        expect(hostMountsOf(workspace)).toEqual([]);
        expect(await leftovers(out.runnerTemp)).toEqual({ containers: [], runDirs: [] });
      });

      it("fails at start, naming the owner and the fix, where the engine cannot see the host's idmapped mount", async () => {
        // a private mount namespace stands in for a job container given the host's socket
        const workspace = rootWorkspace();
        const out = await cli(workspace, ["unshare", "--mount", "--propagation", "private"]);
        expect(out.code, out.stderr).toBe(3);
        expect(out.stderr).toContain(`the workspace ${workspace} is owned by uid 0`);
        expect(out.stderr).toMatch(/did not show it to the container/);
        expect(out.stderr).toMatch(/chown -R 1000:1000/);
        expect(out.stderr).toMatch(/--backend local/);
        expect(await leftovers(out.runnerTemp)).toEqual({ containers: [], runDirs: [] });
        expect(readdirSync(workspace).sort()).toEqual(["README", "src"]);
      });
    });
  });
});
