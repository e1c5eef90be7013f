// The example and reusable workflows are YAML that GitHub can load, use only inputs the action
// has, and keep the checkout token out of the sandbox's workspace.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown> };
const files = [
  ...readdirSync("examples/workflows").map((f) => join("examples/workflows", f)),
  ...readdirSync(".github/workflows").map((f) => join(".github/workflows", f)),
];

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe.each(files)("%s", (file) => {
  const doc = parse(readFileSync(file, "utf8")) as { jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(doc.jobs).flatMap((job) => job.steps);

  it("passes the action only inputs it has", () => {
    for (const step of steps.filter((s) => s.uses?.includes("sandbox-action@"))) {
      for (const input of Object.keys(step.with ?? {})) expect(action.inputs, input).toHaveProperty(input);
    }
  });

  it("checks out without persisting credentials into the workspace", () => {
    for (const step of steps.filter((s) => s.uses?.startsWith("actions/checkout"))) {
      expect(step.with?.["persist-credentials"]).toBe(false);
    }
  });
});
