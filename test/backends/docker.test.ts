import { describe } from "vitest";
import { defineBackendSuite } from "../suites/backend.suite.js";
import { engineAvailable } from "../support/engines.js";
import { makeDockerFixture } from "./backend-fixture.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineBackendSuite("docker", () => makeDockerFixture());
});
