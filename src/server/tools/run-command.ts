import * as z from "zod";
import { CLIENT_CA_ENV } from "../../mtls/exchange.js";
import { TOOL_INPUT_SCHEMAS } from "../../tool-schemas.js";
import type { ToolSettings } from "../config.js";
import { describeError, ToolError } from "../errors.js";
import { resolvePath } from "../paths.js";
import { createShellPool, type RunResult, runShell } from "../process.js";
import { stat } from "./fs-async.js";
import type { ToolRegistry } from "./index.js";
import { guarded, textResult } from "./result.js";

const inputSchema = TOOL_INPUT_SCHEMAS.run_command;

const outputSchema = {
  exit_code: z.number().int(),
  stdout: z.string(),
  stderr: z.string(),
  timed_out: z.boolean(),
  truncated: z.boolean(),
  duration_ms: z.number(),
};

function separated(text: string, next: string): string {
  if (!text) return next;
  return text.endsWith("\n") ? text + next : `${text}\n${next}`;
}

/** stdout, then stderr under a header, then a status line when the command did not succeed. */
export function formatCommandText(result: RunResult, timeoutMs: number): string {
  let text = result.stdout;
  if (result.stderr) text = separated(text, `[stderr]\n${result.stderr}`);
  if (result.timedOut) text = separated(text, `[timed out after ${timeoutMs} ms]`);
  else if (result.exitCode !== 0) text = separated(text, `[exit code ${result.exitCode}]`);
  return text;
}

async function checkDirectory(path: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new ToolError(`cwd: ${describeError(error, path, "directory")}`);
  }
  if (!info.isDirectory()) throw new ToolError(`cwd: not a directory: ${path}`);
}

export function registerRunCommand(server: ToolRegistry, settings: ToolSettings): void {
  // The client CA is configuration for this server, not something commands should see.
  const baseEnv: NodeJS.ProcessEnv = { ...process.env };
  delete baseEnv[CLIENT_CA_ENV];
  // made on the first call: only where the tools really run (the runner), not where they are
  // only registered with their schemas (the server)
  let pool: ReturnType<typeof createShellPool> | undefined;

  server.registerTool(
    "run_command",
    {
      title: "Run a shell command",
      description:
        "Runs a command with /bin/sh -c in the sandbox and returns its output (stdout, then stderr) and exit code. " +
        `Default working directory: the workspace (${settings.workspace}). Default timeout: ${settings.defaultTimeoutMs} ms; ` +
        "on timeout the command and all processes it started are killed. " +
        `Each output stream is capped at ${settings.maxOutputBytes} bytes (head and tail kept).`,
      inputSchema,
      outputSchema,
    },
    guarded(async (args, extra) => {
      const cwd = resolvePath(settings.workspace, args.cwd ?? ".");
      await checkDirectory(cwd);
      const timeoutMs = args.timeout_ms ?? settings.defaultTimeoutMs;
      pool ??= createShellPool(baseEnv);
      const result = await runShell({
        command: args.command,
        cwd,
        env: baseEnv,
        extraEnv: args.env,
        pool,
        stdin: args.stdin,
        timeoutMs,
        maxOutputBytes: settings.maxOutputBytes,
        signal: extra.signal,
      });
      return {
        ...textResult(formatCommandText(result, timeoutMs), {
          exit_code: result.exitCode,
          stdout: result.stdout,
          stderr: result.stderr,
          timed_out: result.timedOut,
          truncated: result.truncated,
          duration_ms: result.durationMs,
        }),
        ...(result.exitCode !== 0 || result.timedOut ? { isError: true } : {}),
      };
    }),
  );
}
