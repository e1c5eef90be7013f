// What a tool-level test suite needs from a place where the sandbox server runs: a connected MCP
// client and the host path of the directory the server sees as its workspace.
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";

export interface Target {
  /** names the target in test titles ("direct", "local", ...) */
  name: string;
  client: Client;
  /** host path of the workspace directory (inside a sandbox it is mounted at /workspace) */
  workspace: string;
  close(): Promise<void>;
}
