// Imported by mcp.ts before the MCP SDK, whose zod schemas take this setting as they are built.
// Zod 4 compiles a fast parser for each object schema with `new Function` on its first
// synchronous parse. The server parses each schema a handful of times before a session is ready,
// so generating that code costs more than it saves, and V8's code cache (loader.ts) cannot keep
// it for the next start: without it the server answers its first initialize ~12 ms sooner
// (docs/adr/0004-start-up-and-call-cost.md).
import { config } from "zod/v4/core";

config({ jitless: true });
