// With `network: allowlist` the sandbox has no route out. Tools find the network through
// HTTP_PROXY/HTTPS_PROXY = http://127.0.0.1:3128; this forwarder listens there and pipes each
// connection, byte for byte, to the host's egress proxy socket bound into the sandbox. It parses
// nothing: every decision is made on the host.
import { connect, createServer, type Server, type Socket } from "node:net";

export const EGRESS_SOCKET_ENV = "SANDBOX_EGRESS_SOCKET";
export const EGRESS_LISTEN_ENV = "SANDBOX_EGRESS_LISTEN";

export interface ForwarderOptions {
  /** the egress proxy's unix socket inside the sandbox */
  socketPath: string;
  /** `HOST:PORT` to listen on (loopback) */
  listen: string;
  log: (message: string) => void;
}

function parseHostPort(text: string): { host: string; port: number } {
  const colon = text.lastIndexOf(":");
  const host = text.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
  const port = Number(text.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${EGRESS_LISTEN_ENV} must be HOST:PORT, got "${text}"`);
  }
  return { host, port };
}

function splice(client: Socket, socketPath: string, onError: (error: Error) => void): void {
  const upstream = connect({ path: socketPath, allowHalfOpen: true });
  const done = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on("error", done);
  upstream.on("error", (error) => {
    onError(error);
    done();
  });
  client.on("close", done);
  upstream.on("close", done);
  client.pipe(upstream);
  upstream.pipe(client);
}

/** Starts the forwarder; resolves once it listens. */
export async function startEgressForwarder(options: ForwarderOptions): Promise<Server> {
  const { host, port } = parseHostPort(options.listen);
  let reported = false;
  const server = createServer({ allowHalfOpen: true }, (client) =>
    splice(client, options.socketPath, (error) => {
      // once is enough: an unreachable proxy would otherwise log per connection
      if (reported) return;
      reported = true;
      options.log(
        `egress forwarder: cannot reach the host's egress proxy at ${options.socketPath}: ${error.message}`,
      );
    }),
  );
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      server.on("error", (error) => options.log(`egress forwarder: ${error.message}`));
      resolve(server);
    });
  });
}
