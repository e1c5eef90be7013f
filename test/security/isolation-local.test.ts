import { describe } from "vitest";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";
import { defineIsolationSuite } from "./isolation.suite.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineIsolationSuite("local", () => startLocalTarget());
});
