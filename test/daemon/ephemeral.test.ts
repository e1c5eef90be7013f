// Mode ephemeral through the real daemon (`up --mode ephemeral` from the built bundle) on both
// backends: every agent session gets a sandbox of its own, sessions share the workspace and
// nothing else, a session's end destroys its sandbox (a call still in flight fails cleanly and is
// audited), the other sessions keep working, and `down` leaves nothing behind.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, describe, expect, it } from "vitest";
import { LABEL_MANAGED, LABEL_RUN_ID } from "../../src/backends/types.js";
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
      const [sandboxA, sandboxB] = sessionSandboxes();
      expect(sandboxA).toBe(info.sandbox_id); // the first session got the spare
      expect(sandboxB).toBeDefined();
      expect(sandboxB).not.toBe(sandboxA);
      expect(state().live_sandboxes).toBe(2);

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
      const sandboxC = sessionSandboxes()[2];
      expect([sandboxA, sandboxB]).not.toContain(sandboxC);
      expect((await run(c, "test -e /tmp/mark")).structuredContent).toMatchObject({ exit_code: 1 });

      const status = await cli(["status", "--json"]);
      expect(status.code, status.stderr).toBe(0);
      // b's and c's; status's own probe session comes after it read the state file
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
    });
  });
}

// The proxy's answer to a session it cannot give a sandbox, through the built bundle (its light
// Response, src/http/light-web.ts): 503 with the reason, and the daemon keeps serving.
describe.skipIf(!engineAvailable("bwrap"))("mode ephemeral when a session's sandbox cannot start", () => {
  const workspace = mkdtempSync(join(tmpdir(), "sbx-eph-ws-"));
  const stateHome = mkdtempSync(join(tmpdir(), "sbx-eph-state-"));
  const env = { ...process.env, XDG_STATE_HOME: stateHome };
  let stateFile: string | undefined;

  afterAll(async () => {
    // the workspace is gone by then: down finds the daemon by its state file
    if (stateFile) await runBundle("index.js", ["down", "--state", stateFile], { cwd: stateHome, env });
    rmSync(workspace, { recursive: true, force: true });
    rmSync(stateHome, { recursive: true, force: true });
  });

  it("answers the initialize with 503 and the reason; the daemon stays up", async () => {
    const up = await runBundle("index.js", ["up", "--json", "--mode", "ephemeral"], { cwd: workspace, env });
    expect(up.code, up.stderr).toBe(0);
    const info = JSON.parse(up.stdout);
    stateFile = info.state_file;
    const { log_file: logFile } = JSON.parse(readFileSync(info.state_file, "utf8"));
    const port = Number(new URL(info.mcp_url).port);
    const initialize = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "0" } },
    });
    const open = () =>
      rawRequest(port, {
        headers: {
          authorization: `Bearer ${info.mcp_token}`,
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
        },
        body: initialize,
      });

    // Without its workspace no new sandbox can start; the spare started before may still be there.
    rmSync(workspace, { recursive: true, force: true });
    const answers = [await open(), await open()];
    const refused = answers.find((answer) => answer.status === 503);
    expect(refused, answers.map((answer) => `${answer.status} ${answer.body}`).join("\n")).toBeDefined();
    expect(refused?.headers["content-type"]).toBe("application/json");
    expect(refused?.headers["retry-after"]).toBe("5");
    expect(JSON.parse(refused?.body ?? "{}")).toMatchObject({
      jsonrpc: "2.0",
      error: { code: -32000, message: expect.stringMatching(/workspace/) },
    });
    expect(readFileSync(logFile, "utf8")).not.toMatch(/internal error|TypeError/i);
    // The daemon is still up and answers the next one the same way.
    expect(processAlive(info.daemon_pid)).toBe(true);
    expect((await open()).status).toBe(503);
  });
});
