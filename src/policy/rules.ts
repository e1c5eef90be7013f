// Host-side rules (threat model promise 9): which tools an agent may see and call, and which
// run_command commands are refused. Checked by the host before a call reaches the sandbox, in the
// proxy and in `run`'s own call path alike, so nothing inside the sandbox can change them.
import type { Config } from "../config/index.js";

export interface Denial {
  /** the rule that refused the call: "tools", "deny-commands: <regex>", "allow-commands" */
  rule: string;
  /** a tool error the agent can act on: what was refused, by which rule, and that it is policy */
  message: string;
}

export type RulesConfig = Pick<Config, "tools" | "denyCommands" | "allowCommands">;

export class HostRules {
  constructor(
    private readonly config: RulesConfig = { tools: undefined, denyCommands: [], allowCommands: [] },
  ) {}

  /** the `tools` option: undefined allows every tool */
  get allowedTools(): readonly string[] | undefined {
    return this.config.tools;
  }

  /** true when the tool may be listed and called (no `tools` list allows every tool) */
  toolAllowed(name: string): boolean {
    return this.config.tools === undefined || this.config.tools.includes(name);
  }

  /** Why the call is refused, or undefined when it may go to the sandbox. */
  check(tool: string, args: Record<string, unknown> | undefined): Denial | undefined {
    if (!this.toolAllowed(tool)) {
      return {
        rule: "tools",
        message: `refused by the host's policy (rule: tools): the tool "${tool}" is not allowed in this sandbox; the allowed tools are ${this.config.tools?.join(", ") || "none"}. This is policy, not a failure of the sandbox; do not retry it.`,
      };
    }
    if (tool !== "run_command") return undefined;
    const { denyCommands, allowCommands } = this.config;
    if (denyCommands.length === 0 && allowCommands.length === 0) return undefined;
    const command = args?.command;
    if (typeof command !== "string") {
      // Fail closed: a rule cannot vouch for a command it cannot read.
      return {
        rule: allowCommands.length > 0 ? "allow-commands" : "deny-commands",
        message:
          'refused by the host\'s policy: run_command needs "command" as a string to be checked against the command rules.',
      };
    }
    const denied = denyCommands.find((pattern) => matches(pattern, command));
    if (denied) {
      return {
        rule: `deny-commands: ${denied.source}`,
        message: `refused by the host's policy (rule: deny-commands /${denied.source}/): this command is not allowed in this sandbox. This is policy, not a failure of the command; do not retry it.`,
      };
    }
    if (allowCommands.length > 0 && !allowCommands.some((pattern) => matches(pattern, command))) {
      return {
        rule: "allow-commands",
        message: `refused by the host's policy (rule: allow-commands): the command matches none of ${allowCommands.map((p) => `/${p.source}/`).join(", ")}. This is policy, not a failure of the command; do not retry it.`,
      };
    }
    return undefined;
  }

  /** The tools of a tools/list answer that the agent may see. */
  filterTools<T extends { name: string }>(tools: T[]): T[] {
    return tools.filter((tool) => this.toolAllowed(tool.name));
  }
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0; // a g or y flag would otherwise make test() stateful
  return pattern.test(text);
}
