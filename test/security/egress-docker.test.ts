import { describe } from "vitest";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable } from "../support/engines.js";
import { defineEgressSuite } from "./egress.suite.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineEgressSuite("docker", (config, options) => startDockerTarget(config, options));
});
