import { describe } from "vitest";
import { defineToolSuite } from "../suites/tools.suite.js";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable } from "../support/engines.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineToolSuite("docker", () => startDockerTarget());
});
