// One MCP session: an McpServer with the six tools on a Streamable HTTP transport. Loaded lazily
// by http.ts (see there) so the listener is up before the SDK's modules are evaluated.
import "./zod-jitless.js";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { isInitializeRequest, LATEST_PROTOCOL_VERSION } from "@modelcontextprotocol/sdk/types.js";
import { LightHeaders, type LightRequest } from "../http/light-web.js";
import { noElicitation } from "../mcp/validators.js";
import { VERSION } from "../version.js";
import type { ToolSettings } from "./config.js";
import type { ToolExecutor } from "./link.js";
import { localTools, registerExecutedTools } from "./tools/index.js";

export { isInitializeRequest };

export type SessionTransport = WebStandardStreamableHTTPServerTransport;

export async function createSession(
  settings: ToolSettings,
  /** who carries out the calls: the runner across the link (ADR 0014) */
  executor: ToolExecutor,
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
  registerExecutedTools(server, settings, executor);
  await server.connect(transport);
  return transport;
}

const WARM_UP_URL = "https://sandbox-server/mcp";

/**
 * One session's first requests, fed to the transport in memory: initialize, the initialized
 * notification, tools/list and a list_directory call. Compiles the code a real first session runs,
 * for the code cache (loader.ts); nothing listens and no command runs.
 */
export async function warmUpSession(settings: ToolSettings): Promise<void> {
  let sessionId = "";
  const transport = await createSession(
    settings,
    localTools(settings),
    (id) => {
      sessionId = id;
    },
    () => {},
  );
  const post = async (message: object) => {
    const headers = new LightHeaders({
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      ...(sessionId ? { "mcp-session-id": sessionId, "mcp-protocol-version": LATEST_PROTOCOL_VERSION } : {}),
    });
    const request: LightRequest = { method: "POST", url: WARM_UP_URL, headers };
    const response = await transport.handleRequest(request as unknown as Request, { parsedBody: message });
    const text = await response.text();
    if (response.status >= 400) throw new Error(`warm-up: ${response.status} ${text}`);
  };
  await post({
    jsonrpc: "2.0",
    id: 0,
    method: "initialize",
    params: {
      protocolVersion: LATEST_PROTOCOL_VERSION,
      capabilities: {},
      clientInfo: { name: "sandbox-action warm-up", version: VERSION },
    },
  });
  await post({ jsonrpc: "2.0", method: "notifications/initialized" });
  await post({ jsonrpc: "2.0", id: 1, method: "tools/list" });
  await post({
    jsonrpc: "2.0",
    id: 2,
    method: "tools/call",
    params: { name: "list_directory", arguments: { path: "." } },
  });
  await transport.close();
}
