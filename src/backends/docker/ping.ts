// A cheap "is there an engine?" for `backend: auto`. Plain node:http over our own socket: auto runs
// on every start and must not pay for loading undici when it ends up picking the local backend.
import http from "node:http";
import { type DockerEndpoint, describeEndpoint, openSocket } from "./endpoint.js";
import { noAnswer, unreachable } from "./errors.js";

export async function pingDocker(
  endpoint: DockerEndpoint,
  timeoutMs = 500,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: { ok: true } | { ok: false; reason: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req?.destroy();
      resolve(result);
    };
    const fail = (error: unknown) => finish({ ok: false, reason: unreachable(endpoint, error).message });
    const timer = setTimeout(
      () => finish({ ok: false, reason: noAnswer(endpoint, timeoutMs).message }),
      timeoutMs,
    );
    let req: ReturnType<typeof http.request> | undefined;
    openSocket(endpoint).then((socket) => {
      if (settled) return socket.destroy();
      req = http.request({
        method: "GET",
        path: "/_ping",
        headers: { Host: "docker" },
        createConnection: () => socket,
      });
      req.once("response", (response) => {
        response.resume();
        if (response.statusCode === 200) finish({ ok: true });
        else
          finish({
            ok: false,
            reason: `the engine at ${describeEndpoint(endpoint)} answered /_ping with HTTP ${response.statusCode}`,
          });
      });
      req.once("error", fail);
      req.end();
    }, fail);
  });
}
