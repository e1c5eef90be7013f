// The host end of a tool call's path: TLS (mutual, per-run CAs) over whatever duplex stream the
// backend gives, HTTP/1.1 keep-alive on top, and the MCP SDK client on that.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { acceptStructuredContent } from "../mcp/validators.js";
import { SERVER_NAME } from "../mtls/index.js";
import { VERSION } from "../version.js";
import { createChannelFetch } from "./channel-fetch.js";
import { type ChannelOptions, openTlsChannel, warmUpTls } from "./tls-channel.js";

export interface McpConnection {
  client: Client;
  close(): Promise<void>;
}

export async function connectMcp(options: ChannelOptions): Promise<McpConnection> {
  warmUpTls(options.identity);
  const channels = createChannelFetch(() => openTlsChannel(options));
  const transport = new StreamableHTTPClientTransport(new URL(`https://${SERVER_NAME}/mcp`), {
    fetch: channels.fetch,
  });
  const client = new Client(
    { name: "sandbox-action", version: VERSION },
    { capabilities: {}, jsonSchemaValidator: acceptStructuredContent },
  );
  try {
    await client.connect(transport);
  } catch (error) {
    channels.close();
    throw error;
  }
  return {
    client,
    async close() {
      await transport.terminateSession().catch(() => {});
      await client.close().catch(() => {});
      channels.close();
    },
  };
}
