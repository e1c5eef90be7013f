import { describe } from "vitest";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable } from "../support/engines.js";
import { defineReachSuite } from "./reach.suite.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineReachSuite("docker", (options) => startDockerTarget(options));
});
