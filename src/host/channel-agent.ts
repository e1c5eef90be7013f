// An HTTP/1.1 keep-alive agent whose connections are our own mutually authenticated TLS channels
// to the sandbox (however the backend opens them). Shared by the SDK client's fetch
// (channel-fetch.ts) and the lean client of `run` (lean-client.ts).
import type { Agent } from "node:http";
import http from "node:http";
import type { Duplex } from "node:stream";

export function createChannelAgent(connect: () => Promise<Duplex>): Agent {
  // A burst of concurrent calls opens a connection each; keep only a few idle afterwards, so the
  // daemon's descriptors follow its load, not its peak.
  const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 30_000, maxFreeSockets: 8 });
  // Node's Agent accepts a socket handed to the callback; ours arrives after the TLS handshake.
  (agent as unknown as { createConnection: unknown }).createConnection = (
    _options: unknown,
    callback: (error: Error | null, socket?: Duplex) => void,
  ) => {
    connect().then(
      (socket) => callback(null, socket),
      (error: Error) => callback(error),
    );
    return undefined;
  };
  return agent;
}
