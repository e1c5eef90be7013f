import { describe } from "vitest";
import { defineToolSuite } from "../suites/tools.suite.js";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineToolSuite("local", () => startLocalTarget());
});
