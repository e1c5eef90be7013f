// The CLI as an agent: an MCP client of the daemon's proxy, with the run's bearer token.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { DaemonState } from "../daemon/state.js";
import { acceptStructuredContent } from "../mcp/validators.js";
import { VERSION } from "../version.js";

export async function connectAgent(state: Pick<DaemonState, "mcp_url" | "mcp_token">) {
  const transport = new StreamableHTTPClientTransport(new URL(state.mcp_url), {
    requestInit: { headers: { authorization: `Bearer ${state.mcp_token}` } },
  });
  const client = new Client(
    { name: "sandbox-action-cli", version: VERSION },
    { capabilities: {}, jsonSchemaValidator: acceptStructuredContent },
  );
  await client.connect(transport);
  return {
    client,
    async close() {
      await transport.terminateSession().catch(() => {});
      await client.close().catch(() => {});
    },
  };
}
