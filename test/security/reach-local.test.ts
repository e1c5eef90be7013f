import { describe } from "vitest";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";
import { defineReachSuite } from "./reach.suite.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineReachSuite("local", (options) => startLocalTarget(options));
});
