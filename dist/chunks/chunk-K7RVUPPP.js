import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/backends/types.ts
init_web_globals();
var DEFAULT_LIMITS = {
  memoryBytes: 4294967296,
  pids: 1024
}, SandboxError = class extends Error {
  constructor(message, hint, options) {
    super(message, options);
    this.hint = hint;
    this.name = "SandboxError";
  }
  hint;
}, LABEL_RUN_ID = "sandbox-action.run-id", LABEL_MANAGED = "sandbox-action.managed";

export {
  DEFAULT_LIMITS,
  SandboxError,
  LABEL_RUN_ID,
  LABEL_MANAGED
};
