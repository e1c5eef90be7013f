import { describe } from "vitest";
import { makeLocalFixture } from "../backends/backend-fixture.js";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";
import { defineFilesystemSuite } from "./filesystem.suite.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineFilesystemSuite("local", (options) => startLocalTarget(options), makeLocalFixture);
});
