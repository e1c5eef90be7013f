import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  Client,
  StreamableHTTPClientTransport
} from "./chunk-B2CBDGUC.js";
import {
  acceptStructuredContent
} from "./chunk-4I2L7HZZ.js";
import {
  VERSION
} from "./chunk-YJCMN2RT.js";

// src/cli/agent-client.ts
async function connectAgent(state) {
  let transport = new StreamableHTTPClientTransport(new URL(state.mcp_url), {
    requestInit: { headers: { authorization: `Bearer ${state.mcp_token}` } }
  }), client = new Client(
    { name: "sandbox-action-cli", version: VERSION },
    { capabilities: {}, jsonSchemaValidator: acceptStructuredContent }
  );
  return await client.connect(transport), {
    client,
    async close() {
      await transport.terminateSession().catch(() => {
      }), await client.close().catch(() => {
      });
    }
  };
}

export {
  connectAgent
};
