import { describe } from "vitest";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable } from "../support/engines.js";
import { defineEscapeSuite } from "./escapes.suite.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineEscapeSuite("docker", (options) => startDockerTarget(options));
});
