// Attach and exec-start take over the HTTP connection: after the response head the socket carries
// the process's stdin one way and its output the other. undici's upgrade() takes only 101 answers,
// so this speaks HTTP/1.1 itself on a fresh socket, which also keeps hijacks out of the pool.
// Docker answers `101 UPGRADED` to `Upgrade: tcp`; Podman 4.3 does too, and answers `200 OK` with
// a raw stream when the request does not ask to upgrade; a chunked 200 is de-chunked.
import type { Socket } from "node:net";
import { Duplex, Transform } from "node:stream";
import { type DockerEndpoint, openSocket } from "./endpoint.js";
import { DockerApiError, DockerTimeoutError, engineMessage, noAnswer, unreachable } from "./errors.js";

const MAX_HEAD = 64 * 1024;

export interface HijackRequest {
  method: string;
  /** request target as sent, with the version prefix and query */
  target: string;
  /** for messages: the path without the version prefix */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
  signal?: AbortSignal;
}

interface Head {
  status: number;
  headers: Record<string, string>;
  rest: Buffer;
}

export async function hijack(endpoint: DockerEndpoint, request: HijackRequest): Promise<Duplex> {
  const { method, path, timeoutMs, signal } = request;
  signal?.throwIfAborted();
  let socket: Socket | undefined;
  let stopped: unknown;
  let timer: NodeJS.Timeout | undefined;
  let releaseSignal = () => {};
  // the timeout covers connecting and the response head; the signal also ends the stream later,
  // as it does for undici's response bodies
  const cancelled = new Promise<never>((_, reject) => {
    const stop = (reason: unknown) => {
      stopped ??= reason;
      socket?.destroy();
      reject(stopped);
    };
    if (timeoutMs > 0) {
      timer = setTimeout(
        () =>
          stop(
            socket
              ? new DockerTimeoutError(endpoint, method, path, timeoutMs)
              : noAnswer(endpoint, timeoutMs),
          ),
        timeoutMs,
      );
    }
    if (signal) {
      const onAbort = () => stop(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      releaseSignal = () => signal.removeEventListener("abort", onAbort);
    }
  });
  cancelled.catch(() => {});
  try {
    const opening = openSocket(endpoint).then(
      (opened) => {
        // the timeout or the signal came first: nobody will use it
        if (stopped !== undefined) opened.destroy();
        socket = opened;
        return opened;
      },
      (error: unknown) => {
        throw unreachable(endpoint, error);
      },
    );
    socket = await Promise.race([opening, cancelled]);
    socket.once("close", () => releaseSignal());
    socket.write(serialize(request));
    const head = await Promise.race([readHead(socket), cancelled]).catch((error: unknown) => {
      throw error === stopped ? error : unreachable(endpoint, error);
    });
    if (head.status >= 400) {
      const body = await Promise.race([readBody(socket, head), cancelled]).catch(() => Buffer.alloc(0));
      socket.destroy();
      throw new DockerApiError(
        endpoint,
        method,
        path,
        head.status,
        engineMessage(body.toString("utf8"), head.status),
      );
    }
    if (head.status !== 101 && (head.status < 200 || head.status > 299)) {
      socket.destroy();
      throw new DockerApiError(
        endpoint,
        method,
        path,
        head.status,
        `unexpected answer to a stream request (HTTP ${head.status})`,
      );
    }
    if (/chunked/i.test(head.headers["transfer-encoding"] ?? "")) {
      const body = dechunk();
      body.write(head.rest);
      socket.pipe(body);
      socket.once("error", (error) => body.destroy(error));
      return Duplex.from({ readable: body, writable: socket });
    }
    if (head.rest.length > 0) socket.unshift(head.rest);
    return socket;
  } catch (error) {
    socket?.destroy();
    releaseSignal();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function serialize(request: HijackRequest): Buffer {
  const headers: Record<string, string> = {
    Host: "docker",
    Connection: "Upgrade",
    Upgrade: "tcp",
    ...request.headers,
    "Content-Length": String(request.body?.length ?? 0),
  };
  const lines = [`${request.method} ${request.target} HTTP/1.1`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
  return request.body ? Buffer.concat([head, request.body]) : head;
}

/** Reads up to the blank line in paused mode, so the socket ends up as fresh as before. */
function readHead(socket: Socket): Promise<Head> {
  return new Promise((resolve, reject) => {
    let seen = Buffer.alloc(0);
    const done = () => {
      socket.off("readable", onReadable);
      socket.off("end", onEnd);
      socket.off("error", reject);
    };
    const onEnd = () => {
      done();
      reject(
        Object.assign(new Error("the engine closed the connection before answering"), { code: "ECONNRESET" }),
      );
    };
    const onReadable = () => {
      for (let chunk = socket.read() as Buffer | null; chunk; chunk = socket.read() as Buffer | null) {
        seen = Buffer.concat([seen, chunk]);
        const end = seen.indexOf("\r\n\r\n");
        if (end < 0) {
          if (seen.length > MAX_HEAD) {
            done();
            reject(new Error("the engine's response head is too large"));
          }
          continue;
        }
        done();
        try {
          resolve(parseHead(seen.subarray(0, end).toString("latin1"), seen.subarray(end + 4)));
        } catch (error) {
          reject(error);
        }
        return;
      }
    };
    socket.on("readable", onReadable);
    socket.once("end", onEnd);
    socket.once("error", reject);
  });
}

function parseHead(text: string, rest: Buffer): Head {
  const [statusLine = "", ...lines] = text.split("\r\n");
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!match) throw new Error(`not an HTTP response: ${JSON.stringify(statusLine.slice(0, 100))}`);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { status: Number(match[1]), headers, rest };
}

/** An error response's body: by Content-Length, chunked, or up to the close. */
function readBody(socket: Socket, head: Head): Promise<Buffer> {
  const chunked = /chunked/i.test(head.headers["transfer-encoding"] ?? "");
  const length = chunked ? undefined : Number(head.headers["content-length"] ?? Number.NaN);
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const source = chunked ? socket.pipe(dechunk()) : socket;
    const finish = () => {
      source.off("data", onData);
      resolve(Buffer.concat(parts));
    };
    const onData = (chunk: Buffer) => {
      parts.push(chunk);
      size += chunk.length;
      if (length !== undefined && size >= length) finish();
    };
    if (chunked) source.write(head.rest);
    else if (head.rest.length > 0) onData(head.rest);
    if (length !== undefined && size >= length) return finish();
    source.on("data", onData);
    source.once("end", finish);
    socket.once("error", reject);
  });
}

/** HTTP/1.1 chunked transfer coding to plain bytes; ends its readable side at the last chunk. */
export function dechunk(): Transform {
  let buffer: Buffer = Buffer.alloc(0);
  // > 0: data bytes to come; 0: expecting a size line; -1: expecting the CRLF after data
  let remaining = 0;
  let finished = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (finished) return callback();
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      while (buffer.length > 0) {
        if (remaining > 0) {
          const take = Math.min(remaining, buffer.length);
          this.push(buffer.subarray(0, take));
          remaining -= take;
          buffer = buffer.subarray(take);
          if (remaining === 0) remaining = -1;
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) break;
        const line = buffer.subarray(0, eol).toString("latin1");
        buffer = buffer.subarray(eol + 2);
        if (remaining === -1) {
          remaining = 0;
          continue;
        }
        const size = Number.parseInt(line.split(";")[0] ?? "", 16);
        if (!Number.isFinite(size) || size < 0)
          return callback(new Error(`bad chunk size line ${JSON.stringify(line)}`));
        if (size === 0) {
          finished = true;
          this.push(null);
          return callback();
        }
        remaining = size;
      }
      callback();
    },
  });
}
