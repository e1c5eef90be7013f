import { describe } from "vitest";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";
import { defineGitSuite } from "./git.suite.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineGitSuite("local", (options) => startLocalTarget(options));
});
