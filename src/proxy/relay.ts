// The MCP server an agent's session talks to: tools/list (less the tools the host's policy does
// not allow) and tools/call (through the policy) relayed to the one upstream client of the sandbox. The low-level Server (not McpServer) because the tools and
// their schemas are the sandbox's, passed through as they are.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ErrorCode,
  type ListToolsRequest,
  ListToolsRequestSchema,
  type ListToolsResult,
  type ServerCapabilities,
} from "@modelcontextprotocol/sdk/types.js";
import { noElicitation } from "../mcp/validators.js";
import { VERSION } from "../version.js";
import {
  answeredBySandbox,
  type CallContext,
  type CallOutcome,
  forwardCall,
  jsonRpcError,
  NoSandboxError,
  redactedError,
  type Upstream,
} from "./forward-call.js";
import { SandboxUnreachableError } from "./liveness.js";

/** Bound on a tools/list to the sandbox: it answers from memory, so this only catches a dead one. */
const LIST_TIMEOUT_MS = 30_000;

export interface RelayContext extends CallContext {
  /** the sandbox server's instructions (every sandbox runs the same server) */
  instructions: string | undefined;
  /** true when the sandbox sends logging notifications, which the proxy then relays */
  logging: boolean;
  onCall(outcome: CallOutcome | "rejected"): void;
  /**
   * The tool list without asking a sandbox (every sandbox runs the same server), for a session
   * that holds none yet; undefined: ask the session's sandbox (ADR 0015).
   */
  knownTools?(params: ListToolsRequest["params"]): ListToolsResult | undefined;
  /** a request of the session is in flight until the returned function is called (idle expiry) */
  busy?(): () => void;
}

export function createRelayServer(context: RelayContext): Server {
  const capabilities: ServerCapabilities = { tools: {} };
  if (context.logging) capabilities.logging = {};
  const { policy } = context;
  const instructions = context.instructions ? policy.redactor.text(context.instructions) : undefined;
  const server = new Server(
    { name: "sandbox-action", version: VERSION },
    { capabilities, jsonSchemaValidator: noElicitation, ...(instructions ? { instructions } : {}) },
  );

  server.setRequestHandler(ListToolsRequestSchema, async (request, extra) => {
    const known = context.knownTools?.(request.params);
    if (known) return policy.redactor.value({ ...known, tools: policy.rules.filterTools(known.tools) });
    const done = context.busy?.();
    let upstream: Upstream;
    try {
      upstream = await context.upstream();
    } catch (error) {
      done?.();
      if (error instanceof NoSandboxError) throw jsonRpcError(error.code, error.message, error.data);
      throw jsonRpcError(
        ErrorCode.InternalError,
        policy.redactor.text(`the sandbox is unavailable: ${(error as Error)?.message ?? String(error)}`),
      );
    }
    const watch = upstream.liveness.begin(extra.signal);
    try {
      const listed = await upstream.client.listTools(request.params, {
        signal: watch.signal,
        timeout: LIST_TIMEOUT_MS,
      });
      return policy.redactor.value({ ...listed, tools: policy.rules.filterTools(listed.tools) });
    } catch (error) {
      if (extra.signal.aborted) throw error;
      if (answeredBySandbox(error)) throw redactedError(error, policy);
      const cause = watch.signal.reason instanceof SandboxUnreachableError ? watch.signal.reason : error;
      throw jsonRpcError(
        ErrorCode.InternalError,
        policy.redactor.text(`the sandbox is unreachable: ${(cause as Error)?.message ?? String(cause)}`),
      );
    } finally {
      watch.end();
      done?.();
    }
  });

  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const done = context.busy?.();
    try {
      const { result, outcome } = await forwardCall(context, request.params, {
        sessionId: extra.sessionId,
        progressToken: request.params._meta?.progressToken,
        signal: extra.signal,
        sendProgress: (params) => extra.sendNotification({ method: "notifications/progress", params }),
      });
      context.onCall(outcome);
      return result;
    } catch (error) {
      context.onCall("rejected");
      throw error;
    } finally {
      done?.();
    }
  });

  return server;
}
