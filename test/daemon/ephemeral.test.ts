// Mode ephemeral through the real daemon (`up --mode ephemeral` from the built bundle) on both
// backends: every agent session gets a sandbox of its own at its first tool call, sessions share
// the workspace and nothing else, a session's end destroys its sandbox (a call still in flight
// fails cleanly and is audited), the other sessions keep working, and `down` leaves nothing
// behind. What sessions cost (health checks, max-sandboxes, idle expiry): sessions.test.ts.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, describe, expect, it } from "vitest";
import { LABEL_MANAGED, LABEL_RUN_ID } from "../../src/backends/types.js";
import { type Agent, connectAgent } from "../proxy/helpers.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { dockerWorkspace, labelledContainers } from "../support/docker-target.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { processAlive, processesMentioning, until } from "../support/processes.js";

interface BackendUnderTest {
  name: "local" | "docker";
  available: boolean;
  args: string[];
  env: NodeJS.ProcessEnv;
  workspace(): string;
  /** ids of the run's sandboxes that still exist */
  sandboxes(runId: string, ids: string[]): Promise<string[]>;
}

const backends: BackendUnderTest[] = [
  {
    name: "local",
    available: engineAvailable("bwrap"),
    args: [],
    env: {},
    workspace: () => mkdtempSync(join(tmpdir(), "sbx-eph-ws-")),
    sandboxes: async (_runId, ids) => ids.filter((id) => processesMentioning(id).length > 0),
  },
  {
    name: "docker",
    available: engineAvailable("docker"),
    args: ["--backend", "docker", "--image", TEST_IMAGES.node],
    get env() {
      return { DOCKER_HOST: testDockerHost() };
    },
    workspace: dockerWorkspace,
    // each sandbox once, whether one or both of its containers (ADR 0014) are left
    sandboxes: async (runId) => [
      ...new Set(
        (await labelledContainers({ [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId })).map(
          (c) => c.sandboxId,
        ),
      ),
    ],
  },
];

const text = (result: unknown) => ((result as CallToolResult).content[0] as { text: string }).text;

for (const backend of backends) {
  describe.skipIf(!backend.available)(`mode ephemeral on the ${backend.name} backend`, () => {
    const workspace = backend.workspace();
    const stateHome = mkdtempSync(join(tmpdir(), "sbx-eph-state-"));
    const env = { ...process.env, ...backend.env, XDG_STATE_HOME: stateHome };
    const cli = (args: string[]): Promise<Outcome> => runBundle("index.js", args, { cwd: workspace, env });
    const agents: Agent[] = [];

    afterAll(async () => {
      for (const agent of agents) await agent.close().catch(() => {});
      await cli(["down"]);
      rmSync(workspace, { recursive: true, force: true });
      rmSync(stateHome, { recursive: true, force: true });
    });

    it("a sandbox per session, destroyed when it ends; the workspace is shared; down leaves nothing", async () => {
      const up = await cli(["up", "--json", "--mode", "ephemeral", ...backend.args]);
      expect(up.code, up.stderr).toBe(0);
      const info = JSON.parse(up.stdout);
      const state = () => JSON.parse(readFileSync(info.state_file, "utf8"));
      const { run_id: runId, log_file: logFile } = state();
      expect(state()).toMatchObject({ mode: "ephemeral", live_sandboxes: 0 });
      // The spare is up before any session asks for it.
      expect(await backend.sandboxes(runId, [info.sandbox_id])).toEqual([info.sandbox_id]);
      const sessionSandboxes = () =>
        [...readFileSync(logFile, "utf8").matchAll(/ephemeral: sandbox (\S+) for a new session/g)].map(
          (match) => match[1] as string,
        );

      const a = await connectAgent(info.mcp_url, info.mcp_token);
      agents.push(a);
      const b = await connectAgent(info.mcp_url, info.mcp_token);
      agents.push(b);
      // Sessions that have not called a tool hold no sandbox.
      expect(sessionSandboxes()).toEqual([]);
      expect(state().live_sandboxes).toBe(0);

      const run = (agent: Agent, command: string) =>
        agent.client.callTool({ name: "run_command", arguments: { command } }) as Promise<CallToolResult>;
      expect((await run(a, "echo a > /tmp/mark; echo shared > from-a.txt")).structuredContent).toMatchObject({
        exit_code: 0,
      });
      // Nothing but the workspace is shared: b has its own /tmp.
      expect((await run(b, "cat from-a.txt; test -e /tmp/mark")).structuredContent).toMatchObject({
        exit_code: 1,
        stdout: "shared\n",
      });
      const [sandboxA, sandboxB] = sessionSandboxes();
      expect(sandboxA).toBe(info.sandbox_id); // the first session to call got the spare
      expect(sandboxB).toBeDefined();
      expect(sandboxB).not.toBe(sandboxA);
      expect(state().live_sandboxes).toBe(2);

      // A call in flight when a's session ends: it fails (no hang), and the audit log has it.
      const marker = `${backend.name === "local" ? 7_700 : 7_800}${Date.now() % 97}`;
      const inFlight = run(a, `sleep ${marker}`).then(
        (result) => ({ result }),
        (error: Error) => ({ error }),
      );
      expect(await until(() => processesMentioning(marker).length > 0, 10_000)).toBe(true);
      const ended = performance.now();
      await a.close();
      const outcome = await inFlight;
      expect(performance.now() - ended).toBeLessThan(10_000);
      expect("error" in outcome || outcome.result.isError === true, JSON.stringify(outcome)).toBe(true);

      expect(await until(() => processesMentioning(marker).length === 0, 15_000)).toBe(true);
      let left: string[] = [];
      for (let i = 0; i < 150; i++) {
        left = await backend.sandboxes(runId, [sandboxA as string]);
        if (!left.includes(sandboxA as string)) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(left, "a's sandbox is destroyed").not.toContain(sandboxA);
      expect(await until(() => state().live_sandboxes === 1, 5_000)).toBe(true);
      const audit = readFileSync(info.state_file.replace(/\.json$/, ".audit.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(audit.find((entry) => entry.arguments?.command === `sleep ${marker}`)).toMatchObject({
        tool: "run_command",
        is_error: true,
        error: expect.stringMatching(/cancelled|unreachable|closed/),
      });

      // b never noticed, and a new session gets a fresh sandbox again.
      expect(text(await run(b, "echo still-here"))).toContain("still-here");
      const c = await connectAgent(info.mcp_url, info.mcp_token);
      agents.push(c);
      expect((await run(c, "test -e /tmp/mark")).structuredContent).toMatchObject({ exit_code: 1 });
      const sandboxC = sessionSandboxes()[2];
      expect(sandboxC).toBeDefined();
      expect([sandboxA, sandboxB]).not.toContain(sandboxC);

      const status = await cli(["status", "--json"]);
      expect(status.code, status.stderr).toBe(0);
      // b's and c's; status's own probe session lists tools, which needs no sandbox
      expect(JSON.parse(status.stdout)).toMatchObject({
        mode: "ephemeral",
        healthy: true,
        respawns: 0,
        live_sandboxes: 2,
      });

      const down = await cli(["down"]);
      expect(down.code, down.stderr).toBe(0);
      expect(down.stderr).toMatch(/the daemon of run \S+ and its sandboxes are down/);
      expect(processAlive(info.daemon_pid)).toBe(false);
      const all = [info.sandbox_id, ...sessionSandboxes()];
      expect(await until(() => all.every((id) => processesMentioning(id).length === 0), 10_000)).toBe(true);
      expect(await backend.sandboxes(runId, all)).toEqual([]);
      // four sandboxes started one after another: a container engine under load needs more than 30 s
    }, 90_000);
  });
}

// The proxy's answer to a session it cannot give a sandbox, through the built bundle: the session
// opens (initialize and tools/list need no sandbox), its first tool call gets a JSON-RPC error with
// the reason, and the daemon keeps serving.
describe.skipIf(!engineAvailable("bwrap"))("mode ephemeral when a session's sandbox cannot start", () => {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-eph-ws-"));
  const stateHome = mkdtempSync(join(tmpdir(), "sbx-eph-state-"));
  const env = { ...process.env, XDG_STATE_HOME: stateHome };
  let stateFile: string | undefined;
  const agents: Agent[] = [];

  afterAll(async () => {
    for (const agent of agents) await agent.close().catch(() => {});
    // the workspace is gone by then: down finds the daemon by its state file
    if (stateFile) await runBundle("index.js", ["down", "--state", stateFile], { cwd: stateHome, env });
    rmSync(workspace, { recursive: true, force: true });
    rmSync(stateHome, { recursive: true, force: true });
  });

  it("answers the session's first call with a JSON-RPC error and the reason; the daemon stays up", async () => {
    const up = await runBundle("index.js", ["up", "--json", "--mode", "ephemeral"], { cwd: workspace, env });
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    stateFile = info.state_file;
    const { log_file: logFile } = JSON.parse(readFileSync(info.state_file, "utf8"));
    const call = async () => {
      const agent = await connectAgent(info.mcp_url, info.mcp_token);
      agents.push(agent);
      expect((await agent.client.listTools()).tools.length).toBeGreaterThan(0);
      return agent.client.callTool({ name: "run_command", arguments: { command: "true" } }).then(
        (result) => ({ result }),
        (error: unknown) => ({ error: error as { code: number; message: string } }),
      );
    };

    // Without its workspace no new sandbox can start; the spare started before may still be there.
    rmSync(workspace, { recursive: true, force: true });
    const answers = [await call(), await call()];
    const refused = answers.find((answer) => "error" in answer);
    expect(refused, JSON.stringify(answers)).toBeDefined();
    expect(refused && "error" in refused && refused.error).toMatchObject({
      code: -32603,
      message: expect.stringMatching(/^MCP error -32603: no sandbox for this session: .*workspace/),
    });
    expect(readFileSync(logFile, "utf8")).not.toMatch(/internal error|TypeError/i);
    // The daemon is still up and answers the next one the same way.
    expect(processAlive(info.daemon_pid)).toBe(true);
    expect(await call()).toMatchObject({ error: { code: -32603 } });
  });
});
