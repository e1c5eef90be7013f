// Tool calls as the attack suites make them: a command's structured result, or a tool's text.
import type { Target } from "./target.js";

export async function runCommand(target: Target, command: string, timeoutMs = 20_000) {
  const result = await target.client.callTool({
    name: "run_command",
    arguments: { command, timeout_ms: timeoutMs },
  });
  const structured = result.structuredContent as {
    exit_code: number;
    stdout: string;
    stderr: string;
    timed_out: boolean;
  };
  return { ...structured, isError: result.isError === true };
}

export async function callTool(target: Target, name: string, args: Record<string, unknown>) {
  const result = await target.client.callTool({ name, arguments: args });
  const text = (result.content as { type: string; text: string }[]).map((c) => c.text).join("\n");
  return { isError: result.isError === true, text };
}
