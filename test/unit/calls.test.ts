import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadCalls } from "../../src/cli/calls.js";

const dir = mkdtempSync(join(tmpdir(), "sbx-calls-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("calls files", () => {
  it("reads YAML", async () => {
    const path = file(
      "a.yaml",
      "- tool: run_command\n  args: {command: echo hi}\n- tool: list_directory\n  args: {path: .}\n",
    );
    expect(await loadCalls(path)).toEqual([
      { tool: "run_command", args: { command: "echo hi" } },
      { tool: "list_directory", args: { path: "." } },
    ]);
  });

  it("reads JSON, and standard input with -", async () => {
    const json = '[{"tool":"read_file","args":{"path":"x"}}]';
    expect(await loadCalls(file("a.json", json))).toEqual([{ tool: "read_file", args: { path: "x" } }]);
    expect(await loadCalls("-", () => Readable.from([json]))).toEqual([
      { tool: "read_file", args: { path: "x" } },
    ]);
  });

  it("asks for standard input only for -", async () => {
    const stdin = () => {
      throw new Error("stdin was asked for");
    };
    expect(await loadCalls(file("b.json", '[{"tool":"list_directory","args":{"path":"."}}]'), stdin)).toEqual(
      [{ tool: "list_directory", args: { path: "." } }],
    );
  });

  it.each([
    [
      "unknown.yaml",
      "- tool: run_cmd\n",
      /call 1: unknown tool "run_cmd"; the tools are run_command, read_file/,
    ],
    ["notlist.yaml", "tool: run_command\n", /expected a list of \{tool, args\} items, got object/],
    ["empty.yaml", "[]\n", /the list of calls is empty/],
    ["args.yaml", "- tool: read_file\n  args: [1]\n", /call 1 \(read_file\): "args" must be an object/],
    ["extra.yaml", "- tool: read_file\n  arg: {}\n", /call 1: unknown key "arg"/],
    // the parser's message, without the colon that led to its excerpt
    ["bad.yaml", "- tool: [\n", /not valid YAML: [^\n]*[^:\n]$/],
    ["bad.json", "[{", /not valid JSON/],
    ["item.yaml", "- 3\n", /call 1: expected an object/],
    // against the tool's own schema, before anything starts (issue 18 item 6)
    [
      "bogus.yaml",
      "- tool: run_command\n  args: {command: echo hi, bogus: 1}\n",
      /call 1 \(run_command\): unknown key "bogus"; run_command takes: command, cwd\?, env\?, timeout_ms\?, stdin\?$/,
    ],
    [
      "nocontent.yaml",
      "- tool: write_file\n  args: {path: a.txt}\n",
      /call 1 \(write_file\): "content" is missing \(a string\)/,
    ],
    [
      "type.yaml",
      "- tool: read_file\n  args: {path: a, offset: first}\n",
      /call 1 \(read_file\): "offset": Invalid input: expected number, received string/,
    ],
  ])("rejects %s", async (name, text, message) => {
    await expect(loadCalls(file(name, text))).rejects.toThrow(message);
  });

  it("says what is wrong with a file it cannot read", async () => {
    await expect(loadCalls(dir)).rejects.toThrow(/it is a directory, not a file \(EISDIR\)/);
  });

  it("names a missing file", async () => {
    await expect(loadCalls(join(dir, "missing.yaml"))).rejects.toThrow(
      /cannot read calls file .*missing.yaml: there is no such file \(ENOENT; a relative path is taken from /,
    );
  });
});
