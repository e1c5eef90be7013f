// Issue 17 item 6 (promise 8), end to end on one backend: a secret the sandbox holds (a `secret:`
// env entry) and a value named by --redact (a credential file in the checkout), printed by the
// agent base64-encoded and wrapped at 76, 64, 20 and 1 columns, with CRLF, at each byte alignment,
// url-safe, as hex, on stdout and on stderr, in a failing command's output, written wrapped to a
// file and read back, found by search_files, and passed by an agent that knows a value in its own
// arguments. The real CLI (`up`: its daemon and proxy), the real MCP SDK client as the agent.
// Afterwards no form of either value can be read out of anything the host shows: each tool result
// (text and structuredContent), the audit log, the state file, the daemon's log, the job summary
// (as post writes it). A control value (a plain env entry, not redacted) goes through the same
// pipelines and must be readable from each, so a pipeline that printed nothing, or a check that
// finds nothing, cannot pass for redaction.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summary } from "@actions/core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAudit, writeSummary } from "../../src/action/summary.js";
import type { DaemonState } from "../../src/daemon/state.js";
import { createRedactor } from "../../src/policy/redact.js";
import { type Outcome, runBundle } from "../support/bundle.js";
import { recoverable } from "../support/recoverable.js";

export interface RedactionTarget {
  /** `up` flags that choose the backend (and its image) */
  upFlags: string[];
  /** environment for the CLI beyond the test's own (DOCKER_HOST) */
  env?: NodeJS.ProcessEnv;
  /** a fresh workspace the sandbox user can write */
  makeWorkspace(): string;
  /** removes whatever of the run a failing test left behind */
  reap?(runId: string): Promise<void>;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const randomValue = (length: number) =>
  [...randomBytes(length)].map((byte) => ALNUM[byte % ALNUM.length]).join("");

/** Where the redact value lives in the checkout (a credential file a repository should not have). */
const CREDENTIALS_FILE = "deploy/credentials.txt";

type Source = "token" | "redacted" | "control";
const SOURCES: readonly Source[] = ["token", "redacted", "control"];
/** How a command inside prints each value (no trailing newline). */
const PRINT: Record<Source, string> = {
  token: 'printf %s "$TOKEN"',
  redacted: `cat ${CREDENTIALS_FILE}`,
  control: 'printf %s "$CONTROL"',
};

/** `sed 's/$/\r/'`: CRLF line ends. */
const CRLF = "sed 's/$/\\r/'";

/** What the agent makes a command print, each with every source. */
const PRINTED: { name: string; command: (print: string) => string; exitCode?: number }[] = [
  { name: "base64 (76 columns)", command: (p) => `${p} | base64` },
  { name: "base64 -w 64", command: (p) => `${p} | base64 -w 64` },
  { name: "base64 -w 20 on stderr", command: (p) => `${p} | base64 -w 20 >&2` },
  { name: "base64 at one column (fold -w 1)", command: (p) => `${p} | base64 -w 0 | fold -w 1` },
  { name: "base64 (76 columns) with CRLF", command: (p) => `${p} | base64 | ${CRLF}` },
  { name: "base64 -w 20 with CRLF on stderr", command: (p) => `${p} | base64 -w 20 | ${CRLF} >&2` },
  {
    name: "base64 after 1 byte (alignment 1), 64 columns",
    command: (p) => `{ printf x; ${p}; printf yz; } | base64 -w 64`,
  },
  {
    name: "base64 after 2 bytes (alignment 2), 20 columns",
    command: (p) => `{ printf ab; ${p}; } | base64 -w 20`,
  },
  { name: "url-safe base64, 20 columns", command: (p) => `${p} | base64 -w 20 | tr '+/' '-_'` },
  { name: "hex on one line (od)", command: (p) => `${p} | od -An -tx1 | tr -d ' \\n'` },
  {
    name: "hex wrapped at 60 (xxd -p)",
    command: (p) =>
      `if command -v xxd >/dev/null; then ${p} | xxd -p; else ${p} | od -An -tx1 | tr -d ' \\n' | fold -w 60; fi`,
  },
  {
    name: "upper-case hex, 32 columns, CRLF",
    command: (p) => `${p} | od -An -tx1 | tr -d ' \\n' | tr a-f A-F | fold -w 32 | ${CRLF}`,
  },
  { name: "plain, one character a line (fold -w 1)", command: (p) => `${p} | fold -w 1` },
  {
    name: "a failing command's output on both streams",
    command: (p) => `${p} | base64 -w 20; ${p} | base64 -w 64 | ${CRLF} >&2; exit 3`,
    exitCode: 3,
  },
];

/** base64 wrapped at `width` with `eol` after each line, as `base64 -w` would write it. */
function wrappedBase64(value: string, width: number, eol: string): string {
  const encoded = Buffer.from(value).toString("base64");
  const lines: string[] = [];
  for (let at = 0; at < encoded.length; at += width) lines.push(encoded.slice(at, at + width));
  return `${lines.join(eol)}${eol}`;
}

interface Call {
  /** what the agent did, for messages */
  what: string;
  source: Source;
  result: CallToolResult;
  /** whether the value's form is in this result when it is not redacted (the control shows it) */
  showsValue: boolean;
  /** run_command: the exit code the command must have had */
  exitCode?: number;
}

/** Each text of a result, named: the content's texts, every string of structuredContent, and the
 * whole result as JSON (escaped line breaks, fields side by side). */
function resultTexts(result: CallToolResult): [string, string][] {
  const texts: [string, string][] = [];
  for (const [i, item] of (result.content ?? []).entries()) {
    if (item.type === "text") texts.push([`content[${i}].text`, item.text]);
  }
  for (const [key, value] of Object.entries(result.structuredContent ?? {})) {
    if (typeof value === "string") texts.push([`structuredContent.${key}`, value]);
  }
  texts.push(["the result as JSON", JSON.stringify(result)]);
  return texts;
}

export function defineRedactionSuite(backend: string, target: RedactionTarget): void {
  describe(`redaction of wrapped and encoded secrets, end to end (${backend})`, () => {
    const values: Record<Source, string> = {
      token: randomValue(64),
      redacted: randomValue(40),
      control: randomValue(64),
    };
    const secrets = { token: values.token, redacted: values.redacted };
    let stateHome = "";
    let workspace = "";
    const env: NodeJS.ProcessEnv = { ...process.env, ...target.env };
    const cli = (args: string[]): Promise<Outcome> => runBundle("index.js", args, { cwd: workspace, env });
    const calls: Call[] = [];
    let agent: Client | undefined;
    let runId: string | undefined;
    /** what the host kept, read while the daemon still ran (down removes the state file) */
    const kept = { state: "", audit: "", log: "", auditPath: "" };
    let state: DaemonState | undefined;

    /** Every way a value could be read out of `text`, by name; empty when there is none. */
    const leaks = (text: string) =>
      (["token", "redacted"] as const).flatMap((name) => {
        const how = recoverable(text, secrets[name]);
        return how ? [`the ${name} value ${how}`] : [];
      });

    beforeAll(async () => {
      stateHome = mkdtempSync(join(tmpdir(), "sbx-redaction-state-"));
      env.XDG_STATE_HOME = stateHome;
      workspace = target.makeWorkspace();
      mkdirSync(join(workspace, "deploy"));
      writeFileSync(join(workspace, CREDENTIALS_FILE), values.redacted, { mode: 0o644 });
      const up = await cli([
        "up",
        "--json",
        ...target.upFlags,
        "--env",
        `secret:TOKEN=${values.token}`,
        "--env",
        `CONTROL=${values.control}`,
        "--redact",
        values.redacted,
        "--health-interval",
        "200ms",
      ]);
      expect(up.code, up.stderr).toBe(0);
      expect(leaks(`${up.stdout}\n${up.stderr}`), "up's own output").toEqual([]);
      const info = JSON.parse(up.stdout) as { mcp_url: string; mcp_token: string; state_file: string };
      runId = (JSON.parse(readFileSync(info.state_file, "utf8")) as DaemonState).run_id;

      agent = new Client({ name: "agent", version: "0" });
      await agent.connect(
        new StreamableHTTPClientTransport(new URL(info.mcp_url), {
          requestInit: { headers: { authorization: `Bearer ${info.mcp_token}` } },
        }),
      );
      const client = agent;
      const call = async (
        what: string,
        source: Source,
        name: string,
        args: Record<string, unknown>,
        expected: Pick<Call, "showsValue" | "exitCode">,
      ) => {
        const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
        calls.push({ what: `${name}: ${what}`, source, result, ...expected });
      };

      for (const printed of PRINTED) {
        for (const source of SOURCES) {
          await call(
            printed.name,
            source,
            "run_command",
            { command: printed.command(PRINT[source]) },
            { showsValue: true, exitCode: printed.exitCode ?? 0 },
          );
        }
      }
      for (const source of SOURCES) {
        const dir = `out/${source}`;
        // written inside, wrapped at 20 columns with CRLF, and as hex on one line of a longer file
        await call(
          "write the files",
          source,
          "run_command",
          {
            command:
              `mkdir -p ${dir} && ${PRINT[source]} | base64 -w 20 | ${CRLF} > ${dir}/wrapped.b64 && ` +
              `{ echo '# dump'; ${PRINT[source]} | od -An -tx1 | tr -d ' \\n'; echo; echo '# end'; } > ${dir}/dump.txt`,
          },
          { showsValue: false, exitCode: 0 },
        );
        await call(
          "the wrapped base64 file",
          source,
          "read_file",
          { path: `${dir}/wrapped.b64` },
          {
            showsValue: true,
          },
        );
        await call(
          "the hex line",
          source,
          "search_files",
          { pattern: "^[0-9a-f]{32,}$", path: dir },
          {
            showsValue: true,
          },
        );
        // an agent that knows the value (pasted into its prompt) writes it, wrapped, into a file:
        // the value is in its arguments (the audit log, the summary) and in what it reads back
        await call(
          "the agent's own wrapped copy",
          source,
          "write_file",
          { path: `${dir}/agent.txt`, content: `key:\r\n${wrappedBase64(values[source], 76, "\r\n")}` },
          { showsValue: false },
        );
        await call(
          "the agent's own wrapped copy",
          source,
          "read_file",
          { path: `${dir}/agent.txt` },
          {
            showsValue: true,
          },
        );
      }

      // a few health checks after the calls, so the state file is rewritten after them
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      kept.state = readFileSync(info.state_file, "utf8");
      state = JSON.parse(kept.state) as DaemonState;
      kept.auditPath = state.audit_log;
      kept.audit = readFileSync(state.audit_log, "utf8");
      kept.log = readFileSync(state.log_file, "utf8");
    }, 180_000);

    afterAll(async () => {
      await agent?.close().catch(() => {});
      if (workspace) await cli(["down"]);
      if (runId) await target.reap?.(runId).catch(() => {});
      if (stateHome) rmSync(stateHome, { recursive: true, force: true });
      if (workspace) rmSync(workspace, { recursive: true, force: true });
    }, 60_000);

    it("the check finds each form the agent makes when nothing redacts it", () => {
      const value = values.token;
      const bytes = Buffer.from(value);
      const forms = [
        wrappedBase64(value, 76, "\n"),
        wrappedBase64(value, 1, "\r\n"),
        JSON.stringify(wrappedBase64(value, 20, "\r\n")),
        JSON.stringify(JSON.stringify(wrappedBase64(value, 64, "\n"))),
        Buffer.concat([Buffer.from("x"), bytes]).toString("base64url"),
        Buffer.concat([Buffer.from("ab"), bytes]).toString("base64"),
        bytes.toString("hex").toUpperCase().replace(/.{60}/g, "$&\n"),
        [...value].join("\r\n"),
      ];
      for (const form of forms) expect(recoverable(`noise ${form} noise`, value), form).toBeDefined();
      // what redaction leaves (placeholders) and ordinary encoded text are not mistaken for it
      expect(recoverable("out:\n[REDACTED:redact]\r\n[REDACTED:redact]\n", value)).toBeUndefined();
      expect(
        recoverable(randomBytes(3000).toString("base64").replace(/.{76}/g, "$&\n"), value),
      ).toBeUndefined();
      expect(recoverable(randomBytes(3000).toString("hex"), value)).toBeUndefined();
    });

    it("no tool result holds a readable form of either value; the control's come back readable", () => {
      expect(calls.length).toBe(PRINTED.length * SOURCES.length + 5 * SOURCES.length);
      const problems: string[] = [];
      for (const call of calls) {
        const label = `${call.what} (${call.source})`;
        const texts = resultTexts(call.result);
        for (const [field, text] of texts) {
          for (const leak of leaks(text)) problems.push(`${label}, ${field}: ${leak}`);
        }
        const exitCode = (call.result.structuredContent as { exit_code?: number } | undefined)?.exit_code;
        if (call.exitCode !== undefined && exitCode !== call.exitCode) {
          problems.push(
            `${label}: exit code ${exitCode}, not ${call.exitCode}: ${JSON.stringify(call.result)}`,
          );
        }
        if (call.exitCode === undefined && call.result.isError === true) {
          problems.push(`${label}: failed: ${JSON.stringify(call.result.content)}`);
        }
        if (call.exitCode !== undefined && (call.result.isError === true) !== (call.exitCode !== 0)) {
          problems.push(`${label}: isError ${call.result.isError} with exit code ${call.exitCode}`);
        }
        if (!call.showsValue) continue;
        const all = texts.map(([, text]) => text).join("\n");
        if (call.source === "control") {
          if (!recoverable(all, values.control))
            problems.push(`${label}: the control is not readable: ${all}`);
        } else if (!all.includes("[REDACTED:")) {
          problems.push(`${label}: nothing was redacted (did the command print anything?): ${all}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("the audit log holds no readable form of either value (the control's arguments are there)", () => {
      expect(leaks(kept.audit), kept.auditPath).toEqual([]);
      expect(recoverable(kept.audit, values.control), "the control in the audit log").toBeDefined();
      expect(readAudit(kept.auditPath).filter((entry) => entry.type === "call").length).toBe(calls.length);
    });

    it("the state file (health included) and the daemon's log hold no readable form of either value", () => {
      // the supervisor's record, rewritten by the health checks since the calls
      expect(state?.health, kept.state).toHaveProperty("last_error");
      expect(leaks(kept.state), "the state file").toEqual([]);
      expect(kept.log.length).toBeGreaterThan(0);
      expect(leaks(kept.log), "the daemon's log").toEqual([]);
    });

    it("the job summary (as post writes it from the audit log) holds no readable form of either value", async () => {
      summary.emptyBuffer();
      // what post passes: the audit log, the state's health, and a redactor of the step's `redact`
      // and `secret:` env inputs (src/action/post.ts summaryRedactor)
      writeSummary(summary, readAudit(kept.auditPath), {
        backend,
        network: "none",
        ...(state?.sandbox_id ? { sandboxId: state.sandbox_id } : {}),
        ...(state?.health ? { health: state.health, mode: state.mode } : {}),
        redactor: createRedactor([values.redacted, values.token]),
      });
      const html = summary.stringify();
      summary.emptyBuffer();
      expect(html).toContain("run_command");
      expect(leaks(html), html).toEqual([]);
      expect(recoverable(html, values.control), "the control's arguments in the summary").toBeDefined();
    });

    it("after down: the audit log is still there and still holds no readable form of either value", async () => {
      const down = await cli(["down"]);
      expect(down.code, down.stderr).toBe(0);
      expect(leaks(`${down.stdout}\n${down.stderr}`), "down's output").toEqual([]);
      expect(existsSync(kept.auditPath)).toBe(true);
      expect(leaks(readFileSync(kept.auditPath, "utf8")), "the audit log after down").toEqual([]);
      if (state && existsSync(state.log_file)) {
        expect(leaks(readFileSync(state.log_file, "utf8")), "the daemon's log after down").toEqual([]);
      }
    });
  });
}
