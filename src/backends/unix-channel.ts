// The channel of the backends whose server listens on a unix socket in a host directory bound into
// the sandbox (local, docker): a fresh connection per call.
import { lstatSync } from "node:fs";
import net from "node:net";
import { SandboxError } from "./types.js";

export function connectUnixChannel(path: string): Promise<net.Socket> {
  // The sandbox can write to the directory holding the socket. Never follow something it put
  // there in place of the socket (a symlink to some host socket): a narrow race remains between
  // this check and connect, but whatever answers must still pass the mTLS handshake.
  let isSocket = false;
  try {
    isSocket = lstatSync(path).isSocket();
  } catch {
    // reported below
  }
  if (!isSocket)
    return Promise.reject(
      new SandboxError(`the sandbox's server socket ${path} does not exist or is not a socket`),
    );
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect({ path });
    const onError = (error: Error) => {
      reject(
        new SandboxError(`cannot connect to the sandbox's server socket: ${error.message}`, undefined, {
          cause: error,
        }),
      );
    };
    socket.once("error", onError);
    socket.once("connect", () => {
      socket.removeListener("error", onError);
      resolve(socket);
    });
  });
}
