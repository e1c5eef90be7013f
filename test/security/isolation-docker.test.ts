import { describe } from "vitest";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable } from "../support/engines.js";
import { defineIsolationSuite } from "./isolation.suite.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineIsolationSuite("docker", () => startDockerTarget());
});
