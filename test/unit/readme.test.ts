import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderOptionsTable } from "../../src/config/docs.js";

describe("README", () => {
  it("documents every option as the CLI reads it (paste the expected table between the markers)", () => {
    const readme = readFileSync("README.md", "utf8");
    const table = /<!-- options:start -->\n([\s\S]*?)\n<!-- options:end -->/.exec(readme)?.[1];
    expect(table).toBe(renderOptionsTable());
  });

  it("gives the two quick-start commands that CI runs", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain("./scripts/setup.sh && bin/sandbox-action run --calls examples/hello.yaml");
    expect(readme).toContain("./scripts/test.sh");
    expect(readFileSync(".ci/run", "utf8")).toContain("./scripts/test.sh");
  });
});
