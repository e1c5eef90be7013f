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
