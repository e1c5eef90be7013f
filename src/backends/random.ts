// Random hex for names (run ids, sandbox ids) without loading node:crypto: the host loads it only
// once a local sandbox is starting (src/host/session.ts, ~9 ms it would otherwise spend first).
// The kernel's CSPRNG, which randomBytes reads too; randomBytes where there is no /dev/urandom.
import { closeSync, openSync, readSync } from "node:fs";

export function randomHex(bytes: number): string {
  const buffer = Buffer.alloc(bytes);
  let fd: number | undefined;
  try {
    fd = openSync("/dev/urandom", "r");
    if (readSync(fd, buffer, 0, bytes, null) === bytes) return buffer.toString("hex");
  } catch {
    // not a Unix host
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return process.getBuiltinModule("node:crypto").randomBytes(bytes).toString("hex");
}
