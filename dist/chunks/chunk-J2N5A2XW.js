import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);

// src/backends/types.ts
var SandboxError = class extends Error {
  constructor(message, hint, options) {
    super(message, options);
    this.hint = hint;
    this.name = "SandboxError";
  }
  hint;
}, LABEL_RUN_ID = "sandbox-action.run-id", LABEL_MANAGED = "sandbox-action.managed";

export {
  SandboxError,
  LABEL_RUN_ID,
  LABEL_MANAGED
};
