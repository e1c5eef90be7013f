import { describe } from "vitest";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable } from "../support/engines.js";
import { defineGitSuite } from "./git.suite.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineGitSuite("docker", (options) => startDockerTarget(options));
});
