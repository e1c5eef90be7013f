import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  Client,
  StreamableHTTPClientTransport
} from "./chunk-Y6GTCIUS.js";
import {
  acceptStructuredContent
} from "./chunk-BKVB7IIB.js";
import {
  VERSION
} from "./chunk-OXZBO3DO.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/agent-client.ts
init_web_globals();
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
