import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type ActionYml, renderActionInputs, renderActionOutputs } from "../../src/config/action-docs.js";
import { OPTIONS } from "../../src/config/index.js";

const action = parse(readFileSync("action.yml", "utf8")) as ActionYml & { runs: Record<string, string> };
const readme = readFileSync("README.md", "utf8");
const section = (name: string) =>
  new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(readme)?.[1];

describe("action.yml", () => {
  it("runs on node24 with a post step that always runs", () => {
    expect(action.runs).toMatchObject({
      using: "node24",
      main: "dist/action-main.js",
      post: "dist/action-post.js",
      "post-if": "always()",
    });
  });

  it("has an input for every CLI option, with the same default", () => {
    for (const option of OPTIONS) {
      expect(action.inputs[option.name], option.name).toBeDefined();
      expect(action.inputs[option.name]?.default ?? "", option.name).toBe(option.default ?? "");
    }
    expect(Object.keys(action.inputs).sort()).toEqual(
      [...OPTIONS.map((o) => o.name), "calls", "fail-on-error"].sort(),
    );
  });

  it("has the outputs of the design", () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      ["audit-log", "mcp-config", "mcp-token", "mcp-url", "results", "sandbox-id"].sort(),
    );
  });

  it("is documented in the README: every input and output (paste the expected tables between the markers)", () => {
    expect(section("action-inputs")).toBe(renderActionInputs(action));
    expect(section("action-outputs")).toBe(renderActionOutputs(action));
  });
});
