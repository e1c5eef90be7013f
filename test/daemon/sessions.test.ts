// What agent sessions cost, through the real daemon (`up` from the built bundle) and real MCP SDK
// clients (ADR 0015): clients that only check health (initialize + tools/list, gone without
// DELETE, like `claude mcp list`) leave no sandbox behind but the spare; max-sandboxes holds, and
// the session past it gets a JSON-RPC error naming the option; sessions whose clients left without
// DELETE are closed once idle and their sandboxes destroyed (the backend's own list says so), while
// a live client keeps its session; in mode persistent the shared sandbox stays.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalBackend } from "../../src/backends/local/index.js";
import { LABEL_MANAGED, LABEL_RUN_ID } from "../../src/backends/types.js";
import { SANDBOX_LIMIT_CODE } from "../../src/daemon/ephemeral.js";
import { type Agent, connectAgent, rawRequest } from "../proxy/helpers.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { dockerWorkspace, labelledContainers } from "../support/docker-target.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { processAlive, processesMentioning, until } from "../support/processes.js";

interface BackendUnderTest {
  name: "local" | "docker";
  available: boolean;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** session-idle-timeout: short, to wait for it */
  idleMs: number;
  workspace(): string;
  /** ids of the run's sandboxes that exist, as the backend itself lists them */
  sandboxes(runId: string): Promise<string[]>;
}

const backends: BackendUnderTest[] = [
  {
    name: "local",
    available: engineAvailable("bwrap"),
    args: [],
    env: {},
    idleMs: 3_000,
    workspace: () => mkdtempSync(join(tmpdir(), "sbx-sessions-ws-")),
    sandboxes: async (runId) =>
      (await createLocalBackend().list({ [LABEL_RUN_ID]: runId })).map((found) => found.id).sort(),
  },
  {
    name: "docker",
    available: engineAvailable("docker"),
    args: ["--backend", "docker", "--image", TEST_IMAGES.node],
    get env() {
      return { DOCKER_HOST: testDockerHost() };
    },
    idleMs: 5_000,
    workspace: dockerWorkspace,
    // each sandbox once, whether one or both of its containers (ADR 0014) are left
    sandboxes: async (runId) =>
      [
        ...new Set(
          (await labelledContainers({ [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId })).map(
            (container) => container.sandboxId,
          ),
        ),
      ].sort(),
  },
];

interface Daemon {
  info: { mcp_url: string; mcp_token: string; sandbox_id: string; state_file: string; daemon_pid: number };
  runId: string;
  logFile: string;
  state(): { live_sandboxes?: number; sandbox_id: string; health?: { respawns: number } };
  log(): string;
}

/** `up` in a workspace of its own; `down` and cleanup in afterAll */
function daemonFixture(backend: BackendUnderTest, upArgs: string[]) {
  const workspace = backend.workspace();
  const stateHome = mkdtempSync(join(tmpdir(), "sbx-sessions-state-"));
  const env = { ...process.env, ...backend.env, XDG_STATE_HOME: stateHome };
  const cli = (args: string[]): Promise<Outcome> => runBundle("index.js", args, { cwd: workspace, env });
  const agents: Agent[] = [];
  let daemon: Daemon | undefined;
  beforeAll(async () => {
    const up = await cli(["up", "--json", ...backend.args, ...upArgs]);
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout) as Daemon["info"];
    const state = () => JSON.parse(readFileSync(info.state_file, "utf8"));
    const { run_id: runId, log_file: logFile } = state();
    daemon = { info, runId, logFile, state, log: () => readFileSync(logFile, "utf8") };
  }, 60_000);
  afterAll(async () => {
    for (const agent of agents) await agent.client.close().catch(() => {});
    const down = await cli(["down"]);
    expect(down.code, down.stderr).toBe(0);
    if (daemon) expect(await backend.sandboxes(daemon.runId)).toEqual([]);
    rmSync(workspace, { recursive: true, force: true });
    rmSync(stateHome, { recursive: true, force: true });
  }, 60_000);
  return {
    cli,
    daemon: () => {
      if (!daemon) throw new Error("the daemon is not up");
      return daemon;
    },
    /** a real SDK client with the token; closed (without DELETE) in afterAll if still open */
    async agent(): Promise<Agent> {
      const { info } = this.daemon();
      const agent = await connectAgent(info.mcp_url, info.mcp_token);
      agents.push(agent);
      return agent;
    },
  };
}

const run = (agent: Agent, command: string) =>
  agent.client.callTool({ name: "run_command", arguments: { command } }) as Promise<CallToolResult>;
const sessionSandboxes = (log: string) =>
  [...log.matchAll(/ephemeral: sandbox (\S+) for a new session/g)].map((match) => match[1] as string);
/** the HTTP status of a request with the id of a session whose client has gone */
const lateRequest = async (info: Daemon["info"], sessionId: string) =>
  (
    await rawRequest(Number(new URL(info.mcp_url).port), {
      headers: { authorization: `Bearer ${info.mcp_token}`, "mcp-session-id": sessionId },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    })
  ).status;

for (const backend of backends) {
  describe.skipIf(!backend.available)(`sessions in mode ephemeral on the ${backend.name} backend`, () => {
    const idle = `${backend.idleMs / 1000}s`;
    const fixture = daemonFixture(backend, [
      "--mode",
      "ephemeral",
      "--max-sandboxes",
      "2",
      "--session-idle-timeout",
      idle,
    ]);

    it("health-check clients (initialize + tools/list, gone without DELETE) leave only the spare", async () => {
      const { info, runId, state, log } = fixture.daemon();
      for (let i = 0; i < 6; i++) {
        const agent = await fixture.agent();
        const { tools } = await agent.client.listTools();
        expect(tools.map((tool) => tool.name)).toContain("run_command");
        await agent.client.ping();
        await agent.client.close(); // no DELETE, as a crashed client or `claude mcp list`
      }
      const status = await fixture.cli(["status", "--json"]);
      expect(status.code, status.stderr).toBe(0);
      expect(JSON.parse(status.stdout)).toMatchObject({ healthy: true, live_sandboxes: 0 });
      expect(state().live_sandboxes).toBe(0);
      expect(sessionSandboxes(log())).toEqual([]);
      expect(await backend.sandboxes(runId)).toEqual([info.sandbox_id]);
    });

    it("max-sandboxes: two sessions with sandboxes and no spare; the third is refused naming the option", async () => {
      const { info, runId, state, log } = fixture.daemon();
      const a = await fixture.agent();
      const b = await fixture.agent();
      expect((await run(a, "echo a")).structuredContent).toMatchObject({ stdout: "a\n" });
      expect((await run(b, "echo b")).structuredContent).toMatchObject({ stdout: "b\n" });
      const [sandboxA, sandboxB] = sessionSandboxes(log());
      expect(sandboxA).toBe(info.sandbox_id); // the spare
      expect(sandboxB).not.toBe(sandboxA);
      expect(state().live_sandboxes).toBe(2);
      // the bound counts the spare: none is kept beside two sessions' sandboxes
      expect(await backend.sandboxes(runId)).toEqual([sandboxA, sandboxB].sort());

      const c = await fixture.agent();
      expect((await c.client.listTools()).tools.length).toBeGreaterThan(0); // needs no sandbox
      const refused = await run(c, "echo c").then(
        (result) => ({ result }),
        (error: unknown) => error,
      );
      expect(refused).toMatchObject({
        code: SANDBOX_LIMIT_CODE,
        message: expect.stringMatching(
          /^MCP error -32003: no sandbox for this session: all 2 sandbox\(es\) .* \(max-sandboxes 2\).*--max-sandboxes \(action input max-sandboxes\)/,
        ),
        data: { max_sandboxes: 2, option: "max-sandboxes" },
      });
      expect(await backend.sandboxes(runId)).toEqual([sandboxA, sandboxB].sort());
      const audit = readFileSync(info.state_file.replace(/\.json$/, ".audit.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(audit.find((entry) => entry.arguments?.command === "echo c")).toMatchObject({
        is_error: true,
        error: expect.stringMatching(/max-sandboxes 2/),
      });
      expect(processAlive(info.daemon_pid)).toBe(true);

      // a and c leave without DELETE, as crashed clients do: once idle, their sessions are
      // closed, a's sandbox destroyed, and a spare is kept again. b stays connected: a live
      // client keeps its session and its sandbox, however long it is silent.
      const ids = [a, c].map((agent) => agent.transport.sessionId as string);
      await a.client.close();
      await c.client.close();
      const closed = await until(
        () => ids.every((id) => log().includes(`session ${id} closed: no request for ${idle}`)),
        backend.idleMs * 4,
      );
      expect(closed, log()).toBe(true);
      expect(await until(() => state().live_sandboxes === 1, 15_000)).toBe(true);
      let left: string[] = [];
      for (let i = 0; i < 150; i++) {
        left = await backend.sandboxes(runId);
        if (left.length === 2 && !left.includes(sandboxA as string)) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(left, "b's sandbox and a new spare").toHaveLength(2);
      expect(left).not.toContain(sandboxA);
      expect(left).toContain(sandboxB);
      expect(await lateRequest(info, ids[0] as string)).toBe(404);
      expect(log()).not.toContain(`session ${b.transport.sessionId} closed`);
      expect((await run(b, "echo still")).structuredContent).toMatchObject({ stdout: "still\n" });

      // Initializing again (what a client does after a 404) works, and the bound has room again.
      const again = await fixture.agent();
      expect((await run(again, "echo again")).structuredContent).toMatchObject({ stdout: "again\n" });
    }, 90_000);
  });
}

describe.skipIf(!engineAvailable("bwrap"))("idle sessions in mode persistent", () => {
  const fixture = daemonFixture(backends[0] as BackendUnderTest, ["--session-idle-timeout", "2s"]);

  it("an idle session is closed (404 afterwards); the shared sandbox stays and serves the next session", async () => {
    const { info, state, log } = fixture.daemon();
    const live = await fixture.agent();
    const first = await fixture.agent();
    expect((await run(first, "echo kept > /tmp/mark")).structuredContent).toMatchObject({ exit_code: 0 });
    const id = first.transport.sessionId as string;
    await first.client.close(); // gone without DELETE
    expect(await until(() => log().includes(`session ${id} closed: no request for 2s`), 10_000)).toBe(true);
    expect(await lateRequest(info, id)).toBe(404);

    // The same sandbox, not a respawn: /tmp is still what the first session left.
    expect(processesMentioning(info.sandbox_id).length).toBeGreaterThan(0);
    expect(state()).toMatchObject({ sandbox_id: info.sandbox_id, health: { respawns: 0 } });
    const next = await fixture.agent();
    expect((await run(next, "cat /tmp/mark")).structuredContent).toMatchObject({ stdout: "kept\n" });
    // a live client, silent all that time, still has its session
    expect(log()).not.toContain(`session ${live.transport.sessionId} closed`);
    expect((await run(live, "echo here")).structuredContent).toMatchObject({ stdout: "here\n" });
  });
});
