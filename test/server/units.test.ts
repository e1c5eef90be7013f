// Pure helpers of the server: argument parsing, globs, line selection, command text.
import { describe, expect, it } from "vitest";
import { generateIdentity } from "../../src/mtls/index.js";
import { parseListen, readConfig, UsageError } from "../../src/server/config.js";
import { displayPath, resolvePath } from "../../src/server/paths.js";
import { globMatcher } from "../../src/server/tools/glob.js";
import { selectLines } from "../../src/server/tools/read-file.js";
import { formatCommandText } from "../../src/server/tools/run-command.js";
import { clipLine } from "../../src/server/tools/search-files.js";

describe("config", () => {
  it("parses unix and tcp listen addresses", () => {
    expect(parseListen("unix:/run/s.sock")).toEqual({ kind: "unix", path: "/run/s.sock" });
    expect(parseListen("tcp:0.0.0.0:7000")).toEqual({ kind: "tcp", host: "0.0.0.0", port: 7000 });
    expect(parseListen("tcp:[::1]:7000")).toEqual({ kind: "tcp", host: "::1", port: 7000 });
    expect(() => parseListen("unix:rel.sock")).toThrow(UsageError);
    expect(() => parseListen("tcp:host:99999")).toThrow(UsageError);
    expect(() => parseListen("http://x")).toThrow(UsageError);
  });

  it("reads the environment with defaults and rejects bad numbers", () => {
    const ca = generateIdentity("client").caCertPem;
    const config = readConfig(["--link", "unix:/l.sock", "--listen=unix:/s.sock"], {
      SANDBOX_MCP_CLIENT_CA: ca,
    });
    expect(config).toMatchObject({
      workspace: "/workspace",
      defaultTimeoutMs: 120_000,
      maxOutputBytes: 131_072,
    });
    const custom = readConfig(["--link", "unix:/l.sock", "--listen", "unix:/s.sock"], {
      SANDBOX_MCP_CLIENT_CA: ca,
      SANDBOX_WORKSPACE: "/w",
      SANDBOX_DEFAULT_TIMEOUT_MS: "5000",
      SANDBOX_MAX_OUTPUT_BYTES: "1000",
    });
    expect(custom).toMatchObject({ workspace: "/w", defaultTimeoutMs: 5000, maxOutputBytes: 1000 });
    expect(() =>
      readConfig(["--link", "unix:/l.sock", "--listen", "unix:/s.sock"], {
        SANDBOX_MCP_CLIENT_CA: ca,
        SANDBOX_MAX_OUTPUT_BYTES: "lots",
      }),
    ).toThrow(/SANDBOX_MAX_OUTPUT_BYTES must be a positive integer/);
  });
});

describe("config: the client CA on stdin", () => {
  it("reads it from stdin only with the flag, and never from both places", () => {
    const ca = generateIdentity("client").caCertPem;
    let reads = 0;
    const stdin = () => {
      reads++;
      return ca;
    };
    expect(
      readConfig(["--link", "unix:/l.sock", "--listen", "unix:/s.sock", "--client-ca-stdin"], {}, stdin)
        .clientCaPem,
    ).toBe(ca);
    expect(reads).toBe(1);
    expect(
      readConfig(["--link", "unix:/l.sock", "--listen", "unix:/s.sock"], { SANDBOX_MCP_CLIENT_CA: ca }, stdin)
        .clientCaPem,
    ).toBe(ca);
    expect(reads).toBe(1);
    expect(() =>
      readConfig(
        ["--link", "unix:/l.sock", "--listen", "unix:/s.sock", "--client-ca-stdin"],
        { SANDBOX_MCP_CLIENT_CA: ca },
        stdin,
      ),
    ).toThrow(/both give the client CA/);
    expect(() =>
      readConfig(
        ["--link", "unix:/l.sock", "--listen", "unix:/s.sock", "--client-ca-stdin"],
        {},
        () => " \n",
      ),
    ).toThrow(/stdin ended without the PEM/);
    expect(() =>
      readConfig(
        ["--link", "unix:/l.sock", "--listen", "unix:/s.sock", "--client-ca-stdin"],
        {},
        () => "not a certificate",
      ),
    ).toThrow(/the client CA on stdin is not a valid PEM certificate/);
  });
});

describe("paths", () => {
  it("resolves relative paths against the workspace and shows paths inside it relatively", () => {
    expect(resolvePath("/workspace", "src/a.ts")).toBe("/workspace/src/a.ts");
    expect(resolvePath("/workspace", "/etc/hosts")).toBe("/etc/hosts");
    expect(displayPath("/workspace", "/workspace/src/a.ts")).toBe("src/a.ts");
    expect(displayPath("/workspace", "/workspace")).toBe(".");
    expect(displayPath("/workspace", "/workspace-other/a")).toBe("/workspace-other/a");
    expect(displayPath("/workspace", "/etc/hosts")).toBe("/etc/hosts");
  });
});

describe("globMatcher", () => {
  const cases: [string, string, boolean][] = [
    ["*.ts", "a.ts", true],
    ["*.ts", "src/deep/a.ts", true],
    ["*.ts", "a.tsx", false],
    ["src/*.ts", "src/a.ts", true],
    ["src/*.ts", "src/deep/a.ts", false],
    ["src/**/*.ts", "src/a.ts", true],
    ["src/**/*.ts", "src/x/y/a.ts", true],
    ["src/**/*.ts", "lib/a.ts", false],
    ["**/test/*.ts", "test/a.ts", true],
    ["**/test/*.ts", "pkg/test/a.ts", true],
    ["*.{js,ts}", "x/a.js", true],
    ["*.{js,ts}", "a.md", false],
    ["file?.txt", "file1.txt", true],
    ["file?.txt", "file12.txt", false],
    ["[ab].txt", "b.txt", true],
    ["[!ab].txt", "b.txt", false],
    ["./src/*.ts", "src/a.ts", true],
    ["a+b(1).txt", "a+b(1).txt", true],
  ];
  it.each(cases)("%s against %s -> %s", (glob, path, expected) => {
    expect(globMatcher(glob)(path)).toBe(expected);
  });
});

describe("selectLines", () => {
  const text = "one\ntwo\nthree\n";
  it("selects by offset and limit, keeping the final newline only at the end of the file", () => {
    expect(selectLines(text, { capBytes: 1000, path: "f" })).toEqual({ text });
    expect(selectLines(text, { offset: 2, limit: 1, capBytes: 1000, path: "f" })).toEqual({ text: "two\n" });
    expect(selectLines("a\nb", { offset: 2, capBytes: 1000, path: "f" })).toEqual({ text: "b" });
    expect(selectLines("", { capBytes: 1000, path: "f" })).toEqual({ text: "" });
  });

  it("errors past the end", () => {
    expect(selectLines(text, { offset: 4, capBytes: 1000, path: "f" })).toEqual({
      error: "offset 4 is past the end of f (3 lines)",
    });
  });

  it("cuts at a line boundary with a marker naming the next offset", () => {
    const result = selectLines(text, { capBytes: 9, path: "f" });
    expect(result).toEqual({
      text: "one\ntwo\n[... truncated by sandbox-action: showing lines 1-2 of 3; call read_file with offset=3 to read on ...]\n",
    });
  });

  it("gives what splitting the whole text into lines gives, for any text, range and cap", () => {
    // the straightforward version it replaced, which made one string per line of the file
    const bySplit = (text: string, offset: number, limit: number | undefined, capBytes: number) => {
      const lines = text.split("\n");
      if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
      const total = text === "" ? 0 : lines.length;
      if (offset > Math.max(total, 1)) return "error";
      const end = Math.min(total, limit === undefined ? total : offset - 1 + limit);
      const shown: string[] = [];
      let bytes = 0;
      for (let n = offset; n <= end; n++) {
        const lineBytes = Buffer.byteLength(lines[n - 1] as string) + 1;
        if (bytes + lineBytes > capBytes)
          return shown.length ? `cut ${n} ${total}: ${shown.join("\n")}` : `long ${n}`;
        shown.push(lines[n - 1] as string);
        bytes += lineBytes;
      }
      const body = shown.join("\n");
      return shown.length > 0 && (end === total ? text.endsWith("\n") : true) ? `${body}\n` : body;
    };
    // the markers' wording is tested above; here, where each cut falls and what comes before it
    const summary = (result: ReturnType<typeof selectLines>) => {
      if ("error" in result) return "error";
      const cut = /^([\s\S]*)\n\[\.\.\. truncated by sandbox-action: showing lines \d+-(\d+) of (\d+);/.exec(
        result.text,
      );
      if (cut) return `cut ${Number(cut[2]) + 1} ${cut[3]}: ${cut[1]}`;
      const long = /\n\[\.\.\. line (\d+) is \d+ bytes/.exec(result.text);
      return long ? `long ${long[1]}` : result.text;
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed >>> 8) % n;
    };
    const pieces = ["", "a", "héllo", "x".repeat(40), "\r", "€€"];
    const kinds = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const lines = Array.from({ length: random(8) }, () => pieces[random(pieces.length)] as string);
      const text = lines.join("\n") + (random(2) ? "\n" : "");
      const offset = 1 + random(lines.length + 2);
      const limit = random(3) ? undefined : 1 + random(5);
      const capBytes = 1 + random(120);
      const expected = bySplit(text, offset, limit, capBytes);
      expect(summary(selectLines(text, { offset, limit, capBytes, path: "f" }))).toBe(expected);
      const kind = /^(error|cut|long)/.exec(expected)?.[1] ?? "whole";
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    // every outcome came up often
    expect([...kinds.keys()].sort()).toEqual(["cut", "error", "long", "whole"]);
    for (const count of kinds.values()) expect(count).toBeGreaterThan(100);
  });

  it("shows the start of a single line longer than the cap", () => {
    const result = selectLines(`${"x".repeat(50)}\nnext\n`, { capBytes: 10, path: "f" });
    expect("text" in result && result.text.startsWith(`${"x".repeat(10)}\n[... line 1 is 50 bytes`)).toBe(
      true,
    );
    expect("text" in result && result.text).toContain("offset=2");
  });
});

describe("formatCommandText", () => {
  const base = { stdout: "", stderr: "", exitCode: 0, timedOut: false, truncated: false, durationMs: 1 };
  it("joins stdout, stderr and a status line", () => {
    expect(formatCommandText({ ...base, stdout: "out" }, 100)).toBe("out");
    expect(formatCommandText({ ...base, stdout: "out", stderr: "err\n", exitCode: 2 }, 100)).toBe(
      "out\n[stderr]\nerr\n[exit code 2]",
    );
    expect(formatCommandText({ ...base, exitCode: 137, timedOut: true }, 500)).toBe(
      "[timed out after 500 ms]",
    );
  });
});

describe("clipLine", () => {
  it("leaves short lines alone and shows a window around the match of long ones", () => {
    expect(clipLine("short", 0)).toBe("short");
    const line = `${"a".repeat(1000)}MATCH${"b".repeat(1000)}`;
    const clipped = clipLine(line, 1000);
    expect(clipped).toContain("MATCH");
    expect(clipped.startsWith("…")).toBe(true);
    expect(clipped).toContain("[line of 2005 chars clipped]");
    expect(clipped.length).toBeLessThan(400);
  });
});
