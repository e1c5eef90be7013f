// How the server starts inside a container whose image we know nothing about. The image needs no
// agent software: the host's node is bind-mounted and runs wherever its ELF interpreter (glibc's
// dynamic loader) exists in the image; an image without it (musl, static) must bring its own node.
import { closeSync, openSync, readSync } from "node:fs";
import { NODE_DIR, NODE_INSIDE, SCRIPT_INSIDE, SERVER_NODE_FLAGS } from "../layout.js";

/** How the entry script's last words start when it finds no node; the host shows them as the error. */
export const NO_NODE_MARKER = "sandbox-action: no-node:";

/**
 * The container's entrypoint is `/bin/sh -c ENTRY_SCRIPT sandbox-entry ARGS...` (the tool contract
 * runs commands with /bin/sh, so every usable image has it). The host's node is preferred: its
 * version is the one the server is built and tested for.
 */
export function entryScript(interpreter: string | undefined): string {
  const serverArgs = [...SERVER_NODE_FLAGS, SCRIPT_INSIDE].join(" ");
  const hostNode = interpreter
    ? `if [ -e ${shellQuote(interpreter)} ]; then exec ${NODE_INSIDE} ${serverArgs} "$@"; fi\n`
    : "";
  return (
    hostNode +
    // the image's own node: PATH without our bin directory, where the host's node is bound (and
    // cannot run here, or the check above would have used it)
    `IFS=:; for dir in $PATH; do if [ -n "$dir" ] && [ "$dir" != ${NODE_DIR} ] && [ -f "$dir/node" ] && [ -x "$dir/node" ]; then unset IFS; exec "$dir/node" ${serverArgs} "$@"; fi; done; unset IFS\n` +
    `echo "${NO_NODE_MARKER} the image has no node on PATH${interpreter ? ` and no ${interpreter} for the host's node` : ""}; use an image that has node (e.g. node:24-alpine) or a glibc-based one (e.g. debian, ubuntu)" >&2\n` +
    "exit 127\n"
  );
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

const PT_INTERP = 3;

/**
 * The dynamic loader an ELF executable names (PT_INTERP), e.g. /lib64/ld-linux-x86-64.so.2;
 * undefined for a static binary or anything that is not a 64-bit little-endian ELF file.
 */
export function elfInterpreter(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const header = Buffer.alloc(64);
    if (readSync(fd, header, 0, 64, 0) < 64) return undefined;
    // \x7fELF, ELFCLASS64, little-endian
    if (header.readUInt32BE(0) !== 0x7f454c46 || header[4] !== 2 || header[5] !== 1) return undefined;
    const phoff = Number(header.readBigUInt64LE(32));
    const phentsize = header.readUInt16LE(54);
    const phnum = header.readUInt16LE(56);
    const table = Buffer.alloc(phentsize * phnum);
    readSync(fd, table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) {
      const entry = i * phentsize;
      if (table.readUInt32LE(entry) !== PT_INTERP) continue;
      const offset = Number(table.readBigUInt64LE(entry + 8));
      const size = Number(table.readBigUInt64LE(entry + 32));
      if (size <= 1 || size > 4096) return undefined;
      const name = Buffer.alloc(size);
      readSync(fd, name, 0, size, offset);
      return name.toString("utf8", 0, name.indexOf(0) < 0 ? size : name.indexOf(0));
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
