import { describe } from "vitest";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";
import { defineEscapeSuite } from "./escapes.suite.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineEscapeSuite("local", (options) => startLocalTarget(options));
});
