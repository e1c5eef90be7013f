// The public half of the exchange: the client CA goes into the sandbox by environment variable
// (or, where the backend hands the server a pipe, on its stdin: CLIENT_CA_STDIN_FLAG); the server
// prints its CA on stdout between delimiter lines once it is listening, and the host reads it from
// the entry process's stdout with a deadline.
import type { X509Certificate } from "node:crypto";
import type { Readable } from "node:stream";

export const CLIENT_CA_ENV = "SANDBOX_MCP_CLIENT_CA";
/**
 * The server's flag for a client CA that arrives on its stdin, written by the host once it has made
 * it (src/host/session.ts): the host can start the sandbox before it loads node:crypto and makes its
 * identity, ~15 ms of a local start (docs/adr/0004-start-up-and-call-cost.md).
 */
export const CLIENT_CA_STDIN_FLAG = "--client-ca-stdin";
export const BEGIN_SERVER_CA = "---BEGIN SANDBOX-ACTION SERVER CA---";
export const END_SERVER_CA = "---END SANDBOX-ACTION SERVER CA---";

/** The block the server writes to stdout when it is ready. */
export function formatServerCa(caCertPem: string): string {
  return `${BEGIN_SERVER_CA}\n${caCertPem.trim()}\n${END_SERVER_CA}\n`;
}

/** Checks that `pem` is one parseable CA certificate; returns it trimmed. */
export function validateCaPem(pem: string, what: string): string {
  let cert: X509Certificate;
  try {
    // node:crypto when it is needed: the host reads the server's CA after the sandbox started
    cert = new (process.getBuiltinModule("node:crypto").X509Certificate)(pem);
  } catch (error) {
    throw new Error(`${what} is not a valid PEM certificate: ${(error as Error).message}`);
  }
  if (!cert.ca) throw new Error(`${what} is not a CA certificate`);
  return `${pem.trim()}\n`;
}

export class ServerCaTimeoutError extends Error {}

/**
 * Reads the server CA block from `stream` within `timeoutMs`. Lines outside the block are passed
 * to `onOtherLine` (server diagnostics). Rejects when the deadline passes, the stream ends first,
 * or `abort` settles first (the sandbox exited).
 */
export function readServerCa(
  stream: Readable,
  options: { timeoutMs: number; onOtherLine?: (line: string) => void; abort?: Promise<unknown> },
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let buffered = "";
    let block: string[] | undefined;
    let settled = false;
    const finish = (error: Error | undefined, pem?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      if (error) reject(error);
      else resolve(pem as string);
    };
    const onLine = (line: string) => {
      const trimmed = line.trim();
      if (block === undefined) {
        if (trimmed === BEGIN_SERVER_CA) block = [];
        else if (trimmed) options.onOtherLine?.(line);
        return;
      }
      if (trimmed !== END_SERVER_CA) {
        block.push(trimmed);
        return;
      }
      try {
        finish(undefined, validateCaPem(block.join("\n"), "the server's CA"));
      } catch (error) {
        finish(error as Error);
      }
    };
    const onData = (chunk: Buffer | string) => {
      buffered += chunk.toString();
      for (let nl = buffered.indexOf("\n"); nl >= 0 && !settled; nl = buffered.indexOf("\n")) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        onLine(line);
      }
      if (buffered.length > 1 << 20) finish(new Error("the server printed an over-long line before its CA"));
    };
    const onEnd = () => finish(new Error("the server's output ended before it printed its CA"));
    const onError = (error: Error) => finish(error);
    const timer = setTimeout(
      () =>
        finish(new ServerCaTimeoutError(`the server did not print its CA within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
    options.abort?.then(
      () => finish(new Error("the sandbox exited before the server printed its CA")),
      (error: Error) => finish(error),
    );
  });
}
