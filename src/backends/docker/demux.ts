// Splits the engine's multiplexed stream (attach, exec and logs without a TTY) into stdout and
// stderr. Each frame is an 8-byte header (stream type, three zero bytes, big-endian uint32 length)
// followed by that many bytes; frames arrive split across chunks and several to a chunk.
import { PassThrough, type Readable } from "node:stream";

const HEADER = 8;
const STDERR = 2;

/**
 * Both outputs apply back-pressure to the source, as a child process's pipes do: read both, or
 * resume() the one you do not need.
 */
export function demux(source: Readable): { stdout: PassThrough; stderr: PassThrough } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let pending: Buffer = Buffer.alloc(0);
  // bytes of the current frame still to come, and where they go
  let remaining = 0;
  let target: PassThrough = stdout;

  const waitFor = (stream: PassThrough) => {
    source.pause();
    stream.once("drain", () => source.resume());
  };

  source.on("data", (chunk: Buffer) => {
    let data = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    pending = Buffer.alloc(0);
    let full = false;
    while (data.length > 0) {
      if (remaining === 0) {
        if (data.length < HEADER) {
          pending = data;
          break;
        }
        // stdin (0) and stdout (1) both go to stdout: only stderr is told apart
        target = data[0] === STDERR ? stderr : stdout;
        remaining = data.readUInt32BE(4);
        data = data.subarray(HEADER);
        continue;
      }
      const take = Math.min(remaining, data.length);
      if (!target.write(data.subarray(0, take))) full = true;
      remaining -= take;
      data = data.subarray(take);
    }
    // back-pressure: a slow reader of either stream slows the source down
    if (full) waitFor(stdout.writableNeedDrain ? stdout : stderr);
  });
  const finish = () => {
    for (const stream of [stdout, stderr]) if (!stream.destroyed) stream.end();
  };
  source.once("end", finish);
  source.once("close", finish);
  source.once("error", (error) => {
    stdout.destroy(error);
    stderr.destroy(error);
  });
  return { stdout, stderr };
}
