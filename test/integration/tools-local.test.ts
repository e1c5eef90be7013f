import { describe } from "vitest";
import { startLocalTarget } from "../support/local-target.js";
import { engineAvailable } from "../support/engines.js";
import { defineToolSuite } from "../suites/tools.suite.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineToolSuite("local", () => startLocalTarget());
});
