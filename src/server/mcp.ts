// One MCP session: an McpServer with the six tools on a Streamable HTTP transport. Loaded lazily
// by http.ts (see there) so the listener is up before the SDK's modules are evaluated.
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { noElicitation } from "../mcp/validators.js";
import { VERSION } from "../version.js";
import type { ToolSettings } from "./config.js";
import { registerTools } from "./tools/index.js";

export { isInitializeRequest };

export type SessionTransport = WebStandardStreamableHTTPServerTransport;

export async function createSession(
  settings: ToolSettings,
  onInitialized: (sessionId: string, transport: SessionTransport) => void,
  onClosed: (sessionId: string) => void,
): Promise<SessionTransport> {
  const transport: SessionTransport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: randomUUID,
    onsessioninitialized: (sessionId) => onInitialized(sessionId, transport),
  });
  transport.onclose = () => {
    if (transport.sessionId) onClosed(transport.sessionId);
  };
  const server = new McpServer(
    { name: "sandbox-action", version: VERSION },
    { capabilities: { tools: {} }, jsonSchemaValidator: noElicitation },
  );
  registerTools(server, settings);
  await server.connect(transport);
  return transport;
}
