// The six tools' behaviour, success and error paths, through a real MCP client. Parameterised by
// target: the same suite runs against the bare server ("direct") and inside each sandbox backend,
// so it only uses relative paths (resolved against the workspace wherever that is mounted) and
// prepares fixtures on the host side through target.workspace.
import { chmodSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Target } from "../support/target.js";

interface CommandOutput {
  exit_code: number;
  stdout: string;
  stderr: string;
  timed_out: boolean;
  truncated: boolean;
  duration_ms: number;
}

interface ToolOutcome {
  isError: boolean;
  text: string;
  structured: unknown;
}

export function defineToolSuite(name: string, start: () => Promise<Target>): void {
  describe(`tools (${name})`, () => {
    let target: Target;

    const call = async (tool: string, args: Record<string, unknown>): Promise<ToolOutcome> => {
      const result = await target.client.callTool({ name: tool, arguments: args });
      const content = result.content as { type: string; text?: string }[];
      return {
        isError: result.isError === true,
        text: content.map((item) => item.text ?? "").join(""),
        structured: result.structuredContent,
      };
    };
    const run = async (args: Record<string, unknown>) => {
      const outcome = await call("run_command", args);
      return { ...outcome, out: outcome.structured as CommandOutput };
    };
    /**
     * Writes a fixture on the host. Everything is made world-writable, so a sandbox's unprivileged
     * user may edit it and create files next to it whatever uid it maps to.
     */
    const put = (rel: string, content: string | Buffer) => {
      const abs = join(target.workspace, rel);
      mkdirSync(dirname(abs), { recursive: true });
      for (let dir = dirname(rel); dir !== "." && dir !== "/"; dir = dirname(dir)) {
        chmodSync(join(target.workspace, dir), 0o777);
      }
      writeFileSync(abs, content);
      chmodSync(abs, 0o666);
      return abs;
    };
    const host = (rel: string) => readFileSync(join(target.workspace, rel), "utf8");

    beforeAll(async () => {
      target = await start();
    });
    afterAll(async () => {
      await target?.close();
    });

    it("lists exactly the six tools, each with an input schema", async () => {
      const { tools } = await target.client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual([
        "edit_file",
        "list_directory",
        "read_file",
        "run_command",
        "search_files",
        "write_file",
      ]);
      for (const tool of tools) expect(tool.inputSchema.type).toBe("object");
      const runCommand = tools.find((tool) => tool.name === "run_command");
      expect(runCommand?.inputSchema.required).toEqual(["command"]);
      expect(Object.keys(runCommand?.outputSchema?.properties ?? {}).sort()).toEqual([
        "duration_ms",
        "exit_code",
        "stderr",
        "stdout",
        "timed_out",
        "truncated",
      ]);
      // strict: a key no tool takes is an error, not silently dropped
      for (const tool of tools) expect(tool.inputSchema.additionalProperties, tool.name).toBe(false);
    });

    it("refuses an unknown argument, naming it, and runs nothing", async () => {
      const marker = `unknown-key-${process.pid}`;
      const result = await call("run_command", { command: `touch ${marker}`, bogus: 1 });
      expect(result.isError).toBe(true);
      expect(result.text).toMatch(/bogus/);
      const check = await call("list_directory", { path: "." });
      expect(check.text).not.toContain(marker);
    });

    describe("run_command", () => {
      it("returns stdout, exit code 0 and the structured result", async () => {
        const { isError, text, out } = await run({ command: "echo hello" });
        expect(isError).toBe(false);
        expect(text).toBe("hello\n");
        expect(out).toMatchObject({
          exit_code: 0,
          stdout: "hello\n",
          stderr: "",
          timed_out: false,
          truncated: false,
        });
        expect(out.duration_ms).toBeGreaterThanOrEqual(0);
      });

      it("keeps stderr apart from stdout", async () => {
        const { isError, text, out } = await run({ command: "echo to-out; echo to-err >&2" });
        expect(isError).toBe(false);
        expect(out.stdout).toBe("to-out\n");
        expect(out.stderr).toBe("to-err\n");
        expect(text).toBe("to-out\n[stderr]\nto-err\n");
      });

      it("reports a non-zero exit code as an error, with the output", async () => {
        const { isError, text, out } = await run({ command: "echo partial; echo failed >&2; exit 3" });
        expect(isError).toBe(true);
        expect(out).toMatchObject({
          exit_code: 3,
          stdout: "partial\n",
          stderr: "failed\n",
          timed_out: false,
        });
        expect(text).toContain("partial\n");
        expect(text).toContain("failed\n");
        expect(text.trimEnd().endsWith("[exit code 3]")).toBe(true);
      });

      it("reports 128 + the signal number for a command killed by a signal", async () => {
        const killed = await run({ command: "kill -9 $$" });
        expect(killed.isError).toBe(true);
        expect(killed.out.exit_code).toBe(137);
        const terminated = await run({ command: "kill -TERM $$" });
        expect(terminated.out.exit_code).toBe(143);
      });

      it("feeds stdin and closes it", async () => {
        const { out } = await run({ command: "cat; echo '<eof>'", stdin: "line 1\nline 2\n" });
        expect(out.stdout).toBe("line 1\nline 2\n<eof>\n");
      });

      it("gives an empty stdin when none is passed, so a reader does not wait", async () => {
        const { out } = await run({ command: "cat; echo done", timeout_ms: 10_000 });
        expect(out).toMatchObject({ exit_code: 0, stdout: "done\n", timed_out: false });
      });

      it("adds env variables to the environment", async () => {
        const { out } = await run({
          command: 'printf "%s|%s" "$SBX_TEST_A" "$SBX_TEST_B"; test -n "$PATH"',
          env: { SBX_TEST_A: "one two", SBX_TEST_B: "$HOME 'quoted'" },
        });
        expect(out.exit_code).toBe(0);
        expect(out.stdout).toBe("one two|$HOME 'quoted'");
      });

      it("runs in the workspace by default and in cwd when given", async () => {
        put("cwd-test/inner/marker.txt", "in inner\n");
        put("top-marker.txt", "at the top\n");
        const byDefault = await run({ command: "cat top-marker.txt" });
        expect(byDefault.out.stdout).toBe("at the top\n");
        const inner = await run({ command: 'cat marker.txt; basename "$(pwd)"', cwd: "cwd-test/inner" });
        expect(inner.out.stdout).toBe("in inner\ninner\n");
      });

      it("refuses a cwd that does not exist or is not a directory", async () => {
        const missing = await run({ command: "true", cwd: "no-such-dir" });
        expect(missing.isError).toBe(true);
        expect(missing.text).toMatch(/no such directory: .*no-such-dir/);
        put("plain-file.txt", "x");
        const file = await run({ command: "true", cwd: "plain-file.txt" });
        expect(file.isError).toBe(true);
        expect(file.text).toMatch(/not a directory: .*plain-file\.txt/);
      });

      it("kills the whole process group on timeout", async () => {
        const started = Date.now();
        const { isError, text, out } = await run({
          command: "sleep 1000 & echo $! > child.pid; wait",
          timeout_ms: 500,
        });
        const elapsed = Date.now() - started;
        expect(isError).toBe(true);
        expect(out.timed_out).toBe(true);
        expect(text).toContain("[timed out after 500 ms]");
        expect(elapsed).toBeGreaterThanOrEqual(450);
        expect(elapsed).toBeLessThan(4_000);
        // The background sleep was in the group: it must be dead. A zombie counts as dead: reaping
        // it is the job of whatever runs as PID 1, which may take its time.
        const check = await run({
          command: [
            'pid=$(cat child.pid); test -n "$pid" || exit 2',
            'dead() { ! kill -0 "$pid" 2>/dev/null || [ "$(cut -d" " -f3 "/proc/$pid/stat" 2>/dev/null)" = Z ]; }',
            "i=0; until dead; do i=$((i+1)); [ $i -gt 20 ] && { echo alive; exit 1; }; sleep 0.1; done; echo gone",
          ].join("\n"),
        });
        expect(check.out.stdout).toBe("gone\n");
        expect(check.out.exit_code).toBe(0);
      });

      it("returns promptly on timeout even while the command floods its output", async () => {
        const started = Date.now();
        const { out } = await run({ command: "yes flood", timeout_ms: 500 });
        expect(out.timed_out).toBe(true);
        expect(out.truncated).toBe(true);
        expect(Date.now() - started).toBeLessThan(4_000);
      });

      it("caps 50 MB of output, keeping head and tail around a marker, and keeps serving", async () => {
        const started = Date.now();
        const { isError, text, out } = await run({
          command: "head -c 52428800 /dev/zero | tr '\\0' a; echo; echo the-end",
          timeout_ms: 20_000,
        });
        const elapsed = Date.now() - started;
        expect(isError).toBe(false);
        expect(out.truncated).toBe(true);
        expect(out.stdout).toMatch(/^a{1000}/);
        expect(out.stdout).toMatch(/\n\[\.\.\. [\d.]+ MB truncated by sandbox-action \.\.\.\]\n/);
        expect(out.stdout.endsWith("a\nthe-end\n")).toBe(true);
        expect(out.stdout.length).toBeLessThan(1024 * 1024);
        expect(text).toContain("truncated by sandbox-action");
        expect(elapsed).toBeLessThan(5_000);
        const after = await run({ command: "echo still-serving" });
        expect(after.out.stdout).toBe("still-serving\n");
      });

      it("runs calls concurrently", async () => {
        // A barrier, not a stopwatch: each call checks in, then waits (up to 20 s) until all three
        // have. Calls run one after another would see only themselves and say so.
        const barrier = `/tmp/barrier-${Math.random().toString(36).slice(2)}`;
        const results = await Promise.all(
          [1, 2, 3].map((n) =>
            run({
              command: `mkdir -p ${barrier}; touch ${barrier}/${n}; i=0; while [ "$(ls ${barrier} | wc -l)" -lt 3 ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; echo ${n} saw $(ls ${barrier} | wc -l)`,
            }),
          ),
        );
        expect(results.map((r) => r.out.stdout)).toEqual(["1 saw 3\n", "2 saw 3\n", "3 saw 3\n"]);
      });

      it("rejects invalid arguments with a message naming them", async () => {
        const missing = await call("run_command", {});
        expect(missing.isError).toBe(true);
        expect(missing.text).toContain("command");
        const badTimeout = await call("run_command", { command: "true", timeout_ms: -5 });
        expect(badTimeout.isError).toBe(true);
        expect(badTimeout.text).toContain("timeout_ms");
        const badEnv = await call("run_command", { command: "true", env: { A: 1 } });
        expect(badEnv.isError).toBe(true);
        expect(badEnv.text).toContain("env");
      });
    });

    describe("read_file", () => {
      beforeAll(() => {
        put("read/notes.txt", "line 1\nline 2\nline 3\nline 4\nline 5\n");
      });

      it("returns the whole text", async () => {
        const { isError, text } = await call("read_file", { path: "read/notes.txt" });
        expect(isError).toBe(false);
        expect(text).toBe("line 1\nline 2\nline 3\nline 4\nline 5\n");
      });

      it("returns a range of lines with offset and limit", async () => {
        expect((await call("read_file", { path: "read/notes.txt", offset: 2, limit: 2 })).text).toBe(
          "line 2\nline 3\n",
        );
        expect((await call("read_file", { path: "read/notes.txt", offset: 4 })).text).toBe(
          "line 4\nline 5\n",
        );
      });

      it("says when offset is past the end", async () => {
        const { isError, text } = await call("read_file", { path: "read/notes.txt", offset: 9 });
        expect(isError).toBe(true);
        expect(text).toContain("past the end");
        expect(text).toContain("5 lines");
      });

      it("says clearly that a file does not exist", async () => {
        const { isError, text } = await call("read_file", { path: "read/missing.txt" });
        expect(isError).toBe(true);
        expect(text).toMatch(/^no such file: \/.*read\/missing\.txt$/);
      });

      it("refuses a directory", async () => {
        const { isError, text } = await call("read_file", { path: "read" });
        expect(isError).toBe(true);
        expect(text).toContain("is a directory");
      });

      it("refuses a binary file", async () => {
        put("read/image.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
        const { isError, text } = await call("read_file", { path: "read/image.bin" });
        expect(isError).toBe(true);
        expect(text).toContain("binary");
      });

      it("refuses a file over 64 MB", async () => {
        const abs = put("read/huge.txt", "");
        truncateSync(abs, 65 * 1024 * 1024); // sparse: costs no disk
        const { isError, text } = await call("read_file", { path: "read/huge.txt" });
        expect(isError).toBe(true);
        expect(text).toContain("too large");
        expect(text).toContain("65.0 MB");
      });

      it("truncates long text at a line boundary and says how to read on", async () => {
        const lines = Array.from(
          { length: 6000 },
          (_, i) => `row ${String(i + 1).padStart(5, "0")} ${"x".repeat(40)}`,
        );
        put("read/long.txt", `${lines.join("\n")}\n`);
        const first = await call("read_file", { path: "read/long.txt" });
        expect(first.isError).toBe(false);
        const marker = first.text.match(
          /\[\.\.\. truncated by sandbox-action: showing lines 1-(\d+) of 6000; call read_file with offset=(\d+) to read on \.\.\.\]\n$/,
        );
        expect(marker).not.toBeNull();
        const next = Number(marker?.[2]);
        expect(next).toBe(Number(marker?.[1]) + 1);
        expect(first.text.split("\n")[next - 2]).toBe(lines[next - 2]);
        const rest = await call("read_file", { path: "read/long.txt", offset: next, limit: 3 });
        expect(rest.text).toBe(`${lines.slice(next - 1, next + 2).join("\n")}\n`);
      });

      it("rejects a non-positive offset", async () => {
        const { isError, text } = await call("read_file", { path: "read/notes.txt", offset: 0 });
        expect(isError).toBe(true);
        expect(text).toContain("offset");
      });
    });

    describe("write_file", () => {
      it("creates the file and its parent directories and reports bytes and path", async () => {
        const { isError, text } = await call("write_file", {
          path: "written/deep/er/new.txt",
          content: "héllo\n",
        });
        expect(isError).toBe(false);
        expect(text).toMatch(/^wrote 7 bytes to \/.*written\/deep\/er\/new\.txt$/);
        expect(host("written/deep/er/new.txt")).toBe("héllo\n");
      });

      it("overwrites an existing file", async () => {
        put("written/existing.txt", "old content that is longer\n");
        const { isError } = await call("write_file", { path: "written/existing.txt", content: "new\n" });
        expect(isError).toBe(false);
        expect(host("written/existing.txt")).toBe("new\n");
      });

      it("writes an empty file", async () => {
        const { text } = await call("write_file", { path: "written/empty.txt", content: "" });
        expect(text).toMatch(/^wrote 0 bytes/);
        expect(host("written/empty.txt")).toBe("");
      });

      it("fails clearly when a parent is a file", async () => {
        put("written/a-file", "x");
        const { isError, text } = await call("write_file", {
          path: "written/a-file/child.txt",
          content: "x",
        });
        expect(isError).toBe(true);
        expect(text).toContain("not a directory");
      });

      it("fails clearly when the path is a directory", async () => {
        mkdirSync(join(target.workspace, "written/a-dir"), { recursive: true });
        const { isError, text } = await call("write_file", { path: "written/a-dir", content: "x" });
        expect(isError).toBe(true);
        expect(text).toContain("is a directory");
      });
    });

    describe("edit_file", () => {
      it("replaces a unique occurrence", async () => {
        put("edit/one.txt", "alpha\nbeta\ngamma\n");
        const { isError, text } = await call("edit_file", {
          path: "edit/one.txt",
          old_string: "beta",
          new_string: "BETA",
        });
        expect(isError).toBe(false);
        expect(text).toMatch(/^replaced 1 occurrence in \/.*edit\/one\.txt$/);
        expect(host("edit/one.txt")).toBe("alpha\nBETA\ngamma\n");
      });

      it("fails without changing the file when old_string is absent", async () => {
        put("edit/absent.txt", "alpha\n");
        const { isError, text } = await call("edit_file", {
          path: "edit/absent.txt",
          old_string: "zeta",
          new_string: "z",
        });
        expect(isError).toBe(true);
        expect(text).toContain("not found");
        expect(host("edit/absent.txt")).toBe("alpha\n");
      });

      it("fails on several occurrences without replace_all, saying how many", async () => {
        put("edit/many.txt", "x = 1\nx = 1\nx = 1\n");
        const { isError, text } = await call("edit_file", {
          path: "edit/many.txt",
          old_string: "x = 1",
          new_string: "y",
        });
        expect(isError).toBe(true);
        expect(text).toContain("3 times");
        expect(host("edit/many.txt")).toBe("x = 1\nx = 1\nx = 1\n");
      });

      it("replaces every occurrence with replace_all", async () => {
        put("edit/all.txt", "x = 1\nx = 1\nx = 1\n");
        const { isError, text } = await call("edit_file", {
          path: "edit/all.txt",
          old_string: "x = 1",
          new_string: "x = 2",
          replace_all: true,
        });
        expect(isError).toBe(false);
        expect(text).toContain("replaced 3 occurrences");
        expect(host("edit/all.txt")).toBe("x = 2\nx = 2\nx = 2\n");
      });

      it("inserts new_string literally ($& and $1 are not patterns)", async () => {
        put("edit/dollar.txt", "price: TBD\n");
        await call("edit_file", { path: "edit/dollar.txt", old_string: "TBD", new_string: "$& $1 $$" });
        expect(host("edit/dollar.txt")).toBe("price: $& $1 $$\n");
      });

      it("says clearly that the file does not exist", async () => {
        const { isError, text } = await call("edit_file", {
          path: "edit/nope.txt",
          old_string: "a",
          new_string: "b",
        });
        expect(isError).toBe(true);
        expect(text).toMatch(/^no such file: \/.*edit\/nope\.txt$/);
      });
    });

    describe("list_directory", () => {
      beforeAll(() => {
        put("tree/b.txt", "b");
        put("tree/a/c.txt", "c");
        put("tree/a/d/e.txt", "e");
        put("tree/node_modules/pkg/index.js", "x");
      });

      it("lists one entry a line, sorted, directories with a trailing slash", async () => {
        const { isError, text } = await call("list_directory", { path: "tree" });
        expect(isError).toBe(false);
        expect(text).toBe("a/\nb.txt\nnode_modules/\n");
      });

      it("lists recursively with paths relative to the listed directory, without expanding node_modules", async () => {
        const { text } = await call("list_directory", { path: "tree", recursive: true });
        expect(text).toBe("a/\na/c.txt\na/d/\na/d/e.txt\nb.txt\nnode_modules/\n");
      });

      it("stops at max_entries with a marker", async () => {
        const { isError, text } = await call("list_directory", {
          path: "tree",
          recursive: true,
          max_entries: 2,
        });
        expect(isError).toBe(false);
        const lines = text.trimEnd().split("\n");
        expect(lines.slice(0, 2)).toEqual(["a/", "a/c.txt"]);
        expect(lines[2]).toContain("listing stopped at 2 entries");
        expect(lines).toHaveLength(3);
      });

      it("lists the workspace itself as .", async () => {
        const { text } = await call("list_directory", { path: "." });
        expect(text.split("\n")).toContain("tree/");
      });

      it("says clearly that a directory does not exist, or is a file", async () => {
        const missing = await call("list_directory", { path: "tree/missing" });
        expect(missing.isError).toBe(true);
        expect(missing.text).toMatch(/^no such directory: \/.*tree\/missing$/);
        const file = await call("list_directory", { path: "tree/b.txt" });
        expect(file.isError).toBe(true);
        expect(file.text).toContain("not a directory");
      });
    });

    describe("search_files", () => {
      beforeAll(() => {
        put("search/src/one.ts", "const a = 1;\nconst needle = 2;\n");
        put("search/src/deep/two.ts", "// a needle here\n");
        put("search/docs/readme.md", "no match\nneedle in docs\n");
        put("search/node_modules/pkg/index.js", "needle\n");
        put("search/.git/config", "needle\n");
        put("search/blob.bin", Buffer.concat([Buffer.from("needle\n"), Buffer.from([0, 1, 2])]));
        put("search/wide.txt", `${"w".repeat(5000)}needle${"w".repeat(5000)}\n`);
      });

      it("returns path:line:text lines relative to the workspace, skipping binaries, .git and node_modules", async () => {
        const { isError, text } = await call("search_files", { pattern: "needle", path: "search" });
        expect(isError).toBe(false);
        const lines = text.trimEnd().split("\n");
        expect(lines.slice(0, 3)).toEqual([
          "search/docs/readme.md:2:needle in docs",
          "search/src/deep/two.ts:1:// a needle here",
          "search/src/one.ts:2:const needle = 2;",
        ]);
        expect(lines).toHaveLength(4);
        expect(lines[3]).toMatch(/^search\/wide\.txt:1:/);
      });

      it("clips very long lines around the match", async () => {
        const { text } = await call("search_files", { pattern: "needle", path: "search/wide.txt" });
        expect(text).toContain("needle");
        expect(text).toContain("clipped");
        expect(text.length).toBeLessThan(600);
      });

      it("filters by a base-name glob and by a path glob", async () => {
        const byName = await call("search_files", { pattern: "needle", path: "search", glob: "*.ts" });
        expect(byName.text.trimEnd().split("\n")).toEqual([
          "search/src/deep/two.ts:1:// a needle here",
          "search/src/one.ts:2:const needle = 2;",
        ]);
        const byPath = await call("search_files", { pattern: "needle", path: "search", glob: "src/*.ts" });
        expect(byPath.text.trimEnd().split("\n")).toEqual(["search/src/one.ts:2:const needle = 2;"]);
        const deep = await call("search_files", { pattern: "needle", path: "search", glob: "src/**/*.ts" });
        expect(deep.text.trimEnd().split("\n")).toHaveLength(2);
      });

      it("searches the workspace by default and supports regex syntax", async () => {
        const { text } = await call("search_files", {
          pattern: "^const (a|needle) = \\d;$",
          glob: "search/**/*.ts",
        });
        expect(text.trimEnd().split("\n")).toEqual([
          "search/src/one.ts:1:const a = 1;",
          "search/src/one.ts:2:const needle = 2;",
        ]);
      });

      it("stops at max_results with a marker", async () => {
        const { isError, text } = await call("search_files", {
          pattern: "needle",
          path: "search",
          max_results: 1,
        });
        expect(isError).toBe(false);
        const lines = text.trimEnd().split("\n");
        expect(lines[0]).toBe("search/docs/readme.md:2:needle in docs");
        expect(lines[1]).toContain("stopped at 1 matches");
        expect(lines).toHaveLength(2);
      });

      it("says so when nothing matches", async () => {
        const { isError, text } = await call("search_files", { pattern: "absent-word-xyz", path: "search" });
        expect(isError).toBe(false);
        expect(text).toContain("no matches");
      });

      it("reports an invalid regular expression", async () => {
        const { isError, text } = await call("search_files", { pattern: "needle(", path: "search" });
        expect(isError).toBe(true);
        expect(text).toMatch(/^invalid regular expression: .*needle\(/);
      });

      it("says clearly that the path does not exist", async () => {
        const { isError, text } = await call("search_files", { pattern: "x", path: "search/missing" });
        expect(isError).toBe(true);
        expect(text).toContain("no such file or directory");
      });
    });

    it("still serves after all of the above", async () => {
      const { out } = await run({ command: "echo ok" });
      expect(out.stdout).toBe("ok\n");
    });
  });
}
