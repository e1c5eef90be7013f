// How the CLI shows calls and failures to a person.
import { SandboxError } from "../backends/types.js";
import type { CallResult } from "../host/call.js";
import type { HostPolicy } from "../policy/index.js";

/** Something text is written to: a stream, or a wrapper around one. */
export interface TextSink {
  write(text: string): unknown;
}

/** `sink` with every line redacted first: for messages that may quote the sandbox's output. */
export function redactingWriter(sink: TextSink, policy: HostPolicy): TextSink {
  return { write: (text: string) => sink.write(policy.redactor.text(text)) };
}

const SUMMARY_ARG_CHARS = 100;

export function shortArgs(args: Record<string, unknown>): string {
  const text = JSON.stringify(args);
  return text.length > SUMMARY_ARG_CHARS ? `${text.slice(0, SUMMARY_ARG_CHARS - 1)}…` : text;
}

export function formatCallHuman(args: Record<string, unknown>, result: CallResult): string {
  const status = result.isError ? "error" : "ok";
  const body = result.text.endsWith("\n") || result.text === "" ? result.text : `${result.text}\n`;
  return `── ${result.tool} ${shortArgs(args)} · ${status} · ${result.duration_ms} ms\n${body}`;
}

export function reportSandboxError(stderr: TextSink, error: unknown): void {
  if (error instanceof SandboxError) {
    stderr.write(`sandbox-action: ${error.message}\n`);
    if (error.hint) stderr.write(`  fix: ${error.hint}\n`);
    return;
  }
  stderr.write(`sandbox-action: sandbox failure: ${(error as Error)?.stack ?? String(error)}\n`);
}
