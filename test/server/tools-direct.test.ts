import { defineToolSuite } from "../suites/tools.suite.js";
import { startDirectTarget } from "../support/direct-target.js";

defineToolSuite("direct", () => startDirectTarget());
