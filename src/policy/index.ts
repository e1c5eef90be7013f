// The host's policy for one run: the rules calls must pass and the redaction of what comes back.
import type { Config } from "../config/index.js";
import { createRedactor, type Redactor } from "./redact.js";
import { HostRules } from "./rules.js";

export { createRedactor, placeholder, Redactor } from "./redact.js";
export { type Denial, HostRules } from "./rules.js";

export interface HostPolicy {
  rules: HostRules;
  redactor: Redactor;
}

export function hostPolicy(
  config: Pick<Config, "tools" | "denyCommands" | "allowCommands" | "redact">,
): HostPolicy {
  return { rules: new HostRules(config), redactor: createRedactor(config.redact) };
}

/** No rules, credential shapes only: for a path whose real policy is applied elsewhere. */
export function shapesOnlyPolicy(): HostPolicy {
  return { rules: new HostRules(), redactor: createRedactor() };
}
