// `doctor` from the built bundle: every backend's section, with a fix for what is missing.
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { runBundle } from "../support/bundle.js";
import { engineAvailable, testDockerHost } from "../support/engines.js";

const doctor = (env: NodeJS.ProcessEnv) =>
  runBundle("index.js", ["doctor", "--json"], { cwd: tmpdir(), env });

interface Report {
  ok: boolean;
  docker_ok: boolean;
  sections: { backend: string; checks: { name: string; ok: boolean; detail: string; fix?: string }[] }[];
}

describe("doctor", () => {
  it("names an unreachable Docker socket and says how to fix it, without failing for the local backend", async () => {
    const outcome = await doctor({ ...process.env, DOCKER_HOST: "unix:///nonexistent/docker.sock" });
    const report = JSON.parse(outcome.stdout) as Report;
    const engine = report.sections
      .find((s) => s.backend === "docker")
      ?.checks.find((c) => c.name === "engine");
    expect(report.docker_ok).toBe(false);
    expect(engine?.ok).toBe(false);
    expect(engine?.detail).toContain("/nonexistent/docker.sock");
    expect(engine?.fix).toMatch(/DOCKER_HOST/);
    // the local backend alone decides the exit code
    expect(outcome.code).toBe(report.ok ? 0 : 3);
  });

  it.skipIf(!engineAvailable("docker"))(
    "reports the engine, its version and the negotiated API",
    async () => {
      const outcome = await doctor({ ...process.env, DOCKER_HOST: testDockerHost() });
      const report = JSON.parse(outcome.stdout) as Report;
      const engine = report.sections
        .find((s) => s.backend === "docker")
        ?.checks.find((c) => c.name === "engine");
      expect(report.docker_ok).toBe(true);
      expect(engine?.detail).toMatch(/ at unix:\/\/.+, API 1\.\d+$/);
    },
  );
});
