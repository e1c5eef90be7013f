import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";
import { engineAvailable } from "../support/engines.js";
import { defineRedactionSuite } from "./redaction.suite.js";

describe.skipIf(!engineAvailable("bwrap"))("local backend", () => {
  defineRedactionSuite("local", {
    upFlags: ["--backend", "local"],
    makeWorkspace: () => mkdtempSync(join(tmpdir(), "sbx-redaction-ws-")),
  });
});
