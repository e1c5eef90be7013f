// dist/ is committed (the action runs it); it must be exactly what the sources build to.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, inject, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("dist", () => {
  it("matches a fresh build of the sources (run `npm run build` and commit dist/)", () => {
    const fresh = inject("distDir");
    const committed = "dist";
    const list = (dir: string) =>
      files(dir)
        .map((f) => relative(dir, f))
        .sort();
    expect(list(committed)).toEqual(list(fresh));
    for (const file of list(fresh)) {
      const same = readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)));
      expect(same, `dist/${file} is stale`).toBe(true);
    }
  });
});

// Start-up costs that come back silently with an innocent-looking import
// (docs/adr/0004-start-up-and-call-cost.md).
describe("dist start-up shape", () => {
  const fresh = () => inject("distDir");

  it("the CLI and the action are CommonJS: Node's ESM loader cost ~12 ms over the ~25 files `run` loads before its sandbox", () => {
    expect(JSON.parse(readFileSync(join(fresh(), "package.json"), "utf8"))).toEqual({ type: "commonjs" });
    const esm = files(fresh())
      .filter((file) => file.endsWith(".js") && !file.endsWith("sandbox-server.js"))
      .filter((file) => {
        const text = readFileSync(file, "utf8");
        return /^(import|export)\b/m.test(text) || text.includes("import.meta");
      });
    expect(esm.map((file) => relative(fresh(), file))).toEqual([]);
  });

  it("`run` loads neither fs/promises (readline and the REPL's history come with it) nor undici", () => {
    const workspace = mkdtempSync(join(tmpdir(), "sbx-shape-"));
    // a calls file naming no tool: `run` stops at validation, after its modules have loaded
    writeFileSync(join(workspace, "calls.json"), "[]");
    const hook = join(workspace, "hook.cjs");
    writeFileSync(
      hook,
      'process.on("exit", () => process.stderr.write("\\nLOADED " + process.moduleLoadList.join(",") + "\\n"));',
    );
    const result = spawnSync(
      process.execPath,
      ["-r", hook, join(fresh(), "index.js"), "run", "--calls", "calls.json"],
      {
        cwd: workspace,
        encoding: "utf8",
      },
    );
    const loaded = /LOADED (.*)/.exec(result.stderr)?.[1] ?? "";
    expect(loaded, result.stderr).toContain("NativeModule fs");
    expect(loaded).not.toMatch(/fs\/promises|readline|undici/);
  });

  it("the sandbox server does not load fs/promises (readline and the REPL's history come with it)", () => {
    const server = readFileSync(join(fresh(), "sandbox-server.js"), "utf8");
    expect(server).toContain('require("node:fs")');
    expect(server).not.toMatch(/node:fs\/promises/);
  });
});
