// `run`'s lean client against the real server bundle (the SDK's server transport), over mTLS:
// the answers it gets are the ones the SDK's client would get.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callTool } from "../../src/host/call.js";
import { connectLean, type LeanConnection } from "../../src/host/lean-client.js";
import { type DirectServer, spawnDirectServer, startDirectTarget } from "../support/direct-target.js";

let direct: DirectServer;
let lean: LeanConnection;

beforeAll(async () => {
  direct = await spawnDirectServer();
  lean = await connectLean(direct);
});

afterAll(async () => {
  await lean?.close();
  await direct?.stop();
});

describe("lean client with the real server", () => {
  it("runs a command and returns its structured result", async () => {
    const result = await callTool(lean.client, "run_command", { command: "echo hi; exit 3" }, 10_000);
    expect(result).toMatchObject({ tool: "run_command", isError: true });
    expect(result.structuredContent).toMatchObject({ exit_code: 3, stdout: "hi\n" });
  });

  it("gets the same result as the SDK's client for the same call", async () => {
    const sdk = await startDirectTarget();
    try {
      const args = { path: "lean.txt", content: "same\n" };
      const viaSdk = await callTool(sdk.client, "write_file", args, 10_000);
      const viaLean = await callTool(lean.client, "write_file", args, 10_000);
      // each server has its own workspace; only the path in the text differs
      expect({ ...viaLean, duration_ms: 0, text: viaLean.text.replace(direct.workspace, "WS") }).toEqual({
        ...viaSdk,
        duration_ms: 0,
        text: viaSdk.text.replace(sdk.workspace, "WS"),
      });
    } finally {
      await sdk.close();
    }
  });

  it("reports an unknown tool and bad arguments as the call's error, not a broken sandbox", async () => {
    const unknown = await callTool(lean.client, "no_such_tool", {}, 10_000);
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toMatch(/no_such_tool/);
    const bad = await callTool(lean.client, "read_file", { path: 42 }, 10_000);
    expect(bad.isError).toBe(true);
    expect(bad.text).toMatch(/path/);
  });

  it("ends the server's session on close", async () => {
    const second = await connectLean(direct);
    await callTool(second.client, "list_directory", { path: "." }, 10_000);
    const state = second.client as unknown as { sessionId: string; protocolVersion: string };
    const { sessionId, protocolVersion } = state;
    await second.close();
    await expect(
      second.client.callTool({ name: "list_directory" }, undefined, { timeout: 1_000 }),
    ).rejects.toThrow(/closed/);
    // the server forgot the session: another client presenting its id is turned away
    const third = await connectLean(direct);
    Object.assign(third.client, { sessionId, protocolVersion });
    await expect(
      third.client.callTool({ name: "list_directory", arguments: { path: "." } }, undefined, {
        timeout: 5_000,
      }),
    ).rejects.toThrow(/HTTP 404/);
    await third.close();
    // the first session is untouched
    expect((await callTool(lean.client, "list_directory", { path: "." }, 10_000)).isError).toBe(false);
  });
});
