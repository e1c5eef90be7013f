// dist/ is committed (the action runs it); it must be exactly what the sources build to.
import { readdirSync, readFileSync, statSync } from "node:fs";
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

  it("the CLI takes node:fs and node:http through require: an ESM import runs their lazy getters (fs/promises, undici) at every start", () => {
    const esmImports = files(fresh())
      .filter((file) => file.endsWith(".js"))
      .filter((file) => /^import\b[^;]*\bfrom\s*["']node:(fs|http)["']/m.test(readFileSync(file, "utf8")));
    expect(esmImports.map((file) => relative(fresh(), file))).toEqual([]);
  });

  it("the sandbox server does not load fs/promises (readline and the REPL's history come with it)", () => {
    const server = readFileSync(join(fresh(), "sandbox-server.js"), "utf8");
    expect(server).toContain('require("node:fs")');
    expect(server).not.toMatch(/node:fs\/promises/);
  });
});
