// The calls file's YAML fast path (src/cli/simple-yaml.ts) against the `yaml` package: whatever
// the fast path accepts must come out exactly as `yaml.parse` makes it, and it must accept the
// shapes calls files have. Generated documents, their near misses, and the project's examples.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseCalls } from "../../src/cli/calls.js";
import { parseSimpleYaml } from "../../src/cli/simple-yaml.js";

/** mulberry32: the same documents on every run, so a failure can be reproduced */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// what the core schema treats specially, what YAML's syntax gives meaning to, and ordinary text
const TRICKY = [
  "true",
  "True",
  "TRUE",
  "tRue",
  "false",
  "FALSE",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "null",
  "Null",
  "NULL",
  "nULL",
  "~",
  "0",
  "-0",
  "+0",
  "007",
  "12",
  "-12",
  "+12",
  "12345678901234567890",
  "1.5",
  "1.",
  ".5",
  "-.5",
  "+.5e3",
  "1e3",
  "1E-3",
  "1_000",
  "0x1F",
  "0o17",
  "0b11",
  ".inf",
  "-.Inf",
  ".NaN",
  "1:2",
  "a:b",
  "a: b",
  "a:",
  "a #b",
  "a#b",
  "#a",
  "- a",
  "-a",
  "--a",
  "---",
  "...",
  "a - b",
  "@a",
  "`a",
  "%a",
  "!a",
  "&a",
  "*a",
  "|",
  ">",
  "?",
  "? a",
  "?a",
  ":a",
  ",a",
  "a,b",
  "[a]",
  "{a}",
  "a[0]",
  "a{b}",
  "a  b",
  "ü",
  "日本",
  "a\\b",
  "'",
  '"',
  "a'b",
  'a"b',
  "echo 'hi'",
  'echo "hi"',
  "http://x.y/z?q=1#f",
  "C:\\x",
  "$HOME",
  "$(id -u)",
  "a|b",
  "a > b",
  "2026-11-25",
  "12:30:00",
  "<<",
  "=",
  "a=b",
  "",
  " ",
];
const KEYS = [
  "tool",
  "args",
  "command",
  "path",
  "content",
  "timeout_ms",
  "cwd",
  "env",
  "a",
  "b_c",
  "d-e",
  "F",
  "true",
  "null",
  "__proto__",
  "1",
  "a.b",
  "x y",
  "-k",
  "k:",
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function text(rand: () => number): string {
  if (rand() < 0.7) return pick(rand, TRICKY);
  const alphabet = "ab z019.-_:#'\"\\/$()[]{},!&*?|>%@`~=+";
  let out = "";
  for (let i = Math.floor(rand() * 8); i > 0; i--) out += pick(rand, [...alphabet]);
  return out;
}

/** A scalar as it may be written: plain, single- or double-quoted (with escapes), a comment after. */
function scalar(rand: () => number): string {
  const value = text(rand);
  const style = rand();
  let written: string;
  if (style < 0.5) written = value;
  else if (style < 0.75) written = `'${value.replaceAll("'", "''")}'`;
  else {
    const escapes = ["\\n", "\\t", "\\\\", '\\"', "\\/", "\\0", "\\u00e9", "\\x41", "\\e", "\\ "];
    written = `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}${rand() < 0.3 ? pick(rand, escapes) : ""}"`;
  }
  if (rand() < 0.1) written += pick(rand, [" # note", "#x", "  #", " "]);
  return written;
}

function block(rand: () => number, indent: number, depth: number, step: number): string[] {
  const pad = " ".repeat(indent);
  const lines: string[] = [];
  const count = 1 + Math.floor(rand() * 3);
  if (depth > 0 && rand() < 0.4) {
    for (let i = 0; i < count; i++) {
      if (depth > 1 && rand() < 0.4) {
        // `- key: value` with the mapping's other keys lined up under the first
        const dash = `-${" ".repeat(pick(rand, [1, 1, 1, 2, 3]))}`;
        const column = indent + dash.length;
        const inner = block(rand, column, depth - 1, step).filter((line) => line.trim() !== "");
        const first = inner[0] ?? `${" ".repeat(column)}a: 1`;
        lines.push(`${pad}${dash}${first.slice(column)}`, ...inner.slice(1));
      } else lines.push(`${pad}- ${scalar(rand)}`);
    }
    return lines;
  }
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let key = rand() < 0.85 ? pick(rand, KEYS.slice(0, 10)) : pick(rand, KEYS);
    if (used.has(key) && rand() < 0.9) key = `${key}${i}`;
    used.add(key);
    if (depth > 1 && rand() < 0.35) {
      const comment = rand() < 0.1 ? " # nested" : "";
      // a list may sit at its key's own indentation
      const childIndent = rand() < 0.2 ? indent : indent + step;
      lines.push(`${pad}${key}:${comment}`, ...block(rand, childIndent, depth - 1, step));
    } else if (rand() < 0.05) lines.push(`${pad}${key}:`);
    else lines.push(`${pad}${key}: ${scalar(rand)}`);
    if (rand() < 0.08) lines.push(rand() < 0.5 ? "" : `${pad}# a comment`);
  }
  return lines;
}

function calls(rand: () => number): string {
  const step = pick(rand, [2, 2, 4, 3]);
  const items: string[] = [];
  for (let i = 1 + Math.floor(rand() * 3); i > 0; i--) {
    const dash = `-${" ".repeat(pick(rand, [1, 1, 1, 1, 2, 3]))}`;
    const inner = block(rand, dash.length, 3, step);
    if (!inner[0] || inner[0].trimStart().startsWith("-")) {
      items.push(`- ${scalar(rand)}`);
      continue;
    }
    items.push(`${dash}${inner[0].slice(dash.length)}`, ...inner.slice(1));
  }
  const head = rand() < 0.2 ? ["# calls", ""] : [];
  return [...head, ...items].join("\n") + (rand() < 0.8 ? "\n" : "");
}

/** A near miss: one character inserted, removed or replaced, or one line's indentation changed. */
function mutate(rand: () => number, doc: string): string {
  const at = Math.floor(rand() * (doc.length + 1));
  const kind = rand();
  if (kind < 0.3) return doc.slice(0, at) + pick(rand, [..."-:#'\"\t\r {}[]&*!|>? \n\\"]) + doc.slice(at);
  if (kind < 0.5) return doc.slice(0, at) + doc.slice(at + 1);
  if (kind < 0.7) return doc.slice(0, at) + pick(rand, [..."-:# '\"x0"]) + doc.slice(at + 1);
  const lines = doc.split("\n");
  const line = Math.floor(rand() * lines.length);
  lines[line] = rand() < 0.5 ? ` ${lines[line]}` : (lines[line] ?? "").replace(/^ /, "");
  return lines.join("\n");
}

function check(doc: string): "accepted" | "left to yaml" {
  const fast = parseSimpleYaml(doc);
  if (fast === undefined) return "left to yaml";
  let expected: unknown;
  try {
    expected = parse(doc, { logLevel: "error" });
  } catch (error) {
    throw new Error(`the fast path accepted what yaml rejects (${(error as Error).message}):\n${doc}`);
  }
  try {
    expect(fast).toStrictEqual(expected);
  } catch (error) {
    throw new Error(`${(error as Error).message}\nfor:\n${doc}`);
  }
  return "accepted";
}

describe("the calls file's YAML fast path", () => {
  it("gives what yaml gives for every generated document it accepts, and accepts most of them", () => {
    const rand = random(20261125);
    let accepted = 0;
    const total = 4000;
    for (let i = 0; i < total; i++) if (check(calls(rand)) === "accepted") accepted++;
    // the tricky scalars send many documents to yaml; the plain ones must stay on the fast path
    expect(accepted).toBeGreaterThan(total * 0.3);
  });

  it("gives what yaml gives for near misses it accepts, and never throws", () => {
    const rand = random(7);
    let accepted = 0;
    for (let i = 0; i < 4000; i++) if (check(mutate(rand, calls(rand))) === "accepted") accepted++;
    expect(accepted).toBeGreaterThan(100);
  });

  it("takes the shapes calls files have", () => {
    const doc = [
      "# a comment",
      "- tool: run_command",
      "  args:",
      "    command: 'echo \"a: b\" # not a comment'",
      "    timeout_ms: 5000 # a comment",
      "",
      "- tool: write_file",
      "  args: {path: x}",
    ].join("\n");
    // flow mappings are yaml's
    expect(parseSimpleYaml(doc)).toBeUndefined();
    const simple = doc.replace(
      "  args: {path: x}",
      "  args:\n    path: x\n    env:\n    - A\n    - B\n    empty:",
    );
    expect(check(simple)).toBe("accepted");
    expect(parseSimpleYaml(simple)).toStrictEqual([
      { tool: "run_command", args: { command: 'echo "a: b" # not a comment', timeout_ms: 5000 } },
      { tool: "write_file", args: { path: "x", env: ["A", "B"], empty: null } },
    ]);
  });

  it("takes the project's example calls files", () => {
    const dir = join(import.meta.dirname, "../../examples");
    const files = readdirSync(dir).filter((name) => name.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(check(readFileSync(join(dir, name), "utf8"))).toBe("accepted");
  });

  it("leaves errors to yaml, whose messages name the problem", async () => {
    await expect(parseCalls("- tool: run_command\n  tool: read_file\n", "calls.yaml")).rejects.toThrow(
      /calls\.yaml: not valid YAML: .*(unique|Map keys)/,
    );
    await expect(parseCalls("- tool: run_command\n args: x\n", "calls.yaml")).rejects.toThrow(
      /calls\.yaml: not valid YAML/,
    );
  });
});
