import { describe } from "vitest";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";
import { defineEgressSuite } from "./egress.suite.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineEgressSuite("local", (config, options) => startLocalTarget(config, options));
});
