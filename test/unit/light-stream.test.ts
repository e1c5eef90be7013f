// The server bundle's ReadableStream (src/http/light-stream.ts) against Node's own: the same
// operations, in the same order, must end the same way, for the subset the server uses.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { LightReadableStream } from "../../src/http/light-stream.js";

type Op = "enqueue" | "close" | "error" | "read" | "cancel" | "cancelStream" | "release" | "getReader";

interface Controller {
  enqueue(chunk: unknown): void;
  close(): void;
  error(reason?: unknown): void;
}
interface Reader {
  read(): Promise<{ done: boolean; value: unknown }>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}
interface Stream {
  getReader(): Reader;
  cancel(reason?: unknown): Promise<void>;
  readonly locked: boolean;
}
type Make = (source: { start(c: Controller): void; cancel(reason?: unknown): void }) => Stream;

const real: Make = (source) => new ReadableStream(source) as unknown as Stream;
const light: Make = (source) => new LightReadableStream(source) as unknown as Stream;

/** a read's result, or a cancel's (undefined) */
const describeResult = (value: unknown) =>
  value === undefined
    ? "undefined"
    : `done=${(value as { done: boolean }).done} value=${String((value as { value: unknown }).value)}`;

const outcome = (error: unknown) =>
  error instanceof TypeError ? "TypeError" : `rejected ${String((error as Error)?.message ?? error)}`;

/** Runs `ops` on a stream and returns everything observable, once all promises settled. */
async function run(make: Make, ops: Op[]): Promise<string[]> {
  const log: string[] = [];
  let controller: Controller | undefined;
  const stream = make({
    start(c) {
      controller = c;
    },
    cancel(reason) {
      log.push(`source.cancel(${String(reason)})`);
    },
  });
  let reader: Reader | undefined = stream.getReader();
  const pending = new Map<number, true>();
  const track = (i: number, promise: Promise<unknown>) => {
    pending.set(i, true);
    promise.then(
      (value) => {
        pending.delete(i);
        log.push(`${i}: ${describeResult(value)}`);
      },
      (error) => {
        pending.delete(i);
        log.push(`${i}: ${outcome(error)}`);
      },
    );
  };
  /** a few turns of the event loop: whatever can settle has */
  const settle = async () => {
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
  };
  const sync = (i: number, f: () => void) => {
    try {
      f();
      log.push(`${i}: ok`);
    } catch (error) {
      log.push(`${i}: ${outcome(error)}`);
    }
  };
  ops.forEach((op, i) => {
    const ctl = controller as Controller;
    if (op === "enqueue") sync(i, () => ctl.enqueue(`chunk${i}`));
    else if (op === "close") sync(i, () => ctl.close());
    else if (op === "error") sync(i, () => ctl.error(new Error(`boom${i}`)));
    else if (op === "read") {
      if (reader) track(i, reader.read());
      else log.push(`${i}: no reader`);
    } else if (op === "cancel") {
      if (reader) track(i, reader.cancel(`why${i}`));
      else log.push(`${i}: no reader`);
    } else if (op === "cancelStream") track(i, stream.cancel(`why${i}`));
    else if (op === "release") {
      if (reader) sync(i, () => reader?.releaseLock());
      reader = undefined;
    } else if (op === "getReader") {
      sync(i, () => {
        reader = stream.getReader();
      });
    }
    log.push(`${i}: locked=${stream.locked}`);
  });
  await settle();
  // what a reader sees at the end
  if (!stream.locked) reader = stream.getReader();
  if (reader) track(ops.length, reader.read());
  await settle();
  for (const i of pending.keys()) log.push(`${i}: pending`);
  return log.sort();
}

describe("LightReadableStream", () => {
  const cases: [string, Op[]][] = [
    ["queued chunks, then close", ["enqueue", "enqueue", "close", "read", "read", "read"]],
    ["a read waiting for a chunk, then for the close", ["read", "enqueue", "read", "close"]],
    ["close and enqueue once closed", ["close", "close", "enqueue", "read"]],
    ["chunks still read after close is asked", ["enqueue", "close", "enqueue", "read", "read"]],
    ["an error rejects waiting and later reads", ["read", "error", "read", "enqueue", "close", "cancel"]],
    [
      "cancel by the reader, as a client leaves",
      ["enqueue", "read", "read", "cancel", "enqueue", "close", "read"],
    ],
    ["cancel twice, and an error after", ["cancel", "cancel", "error", "read"]],
    [
      "one reader at a time; released, the next one reads",
      ["getReader", "read", "release", "read", "getReader", "enqueue"],
    ],
    [
      "the stream's own cancel while locked, then released",
      ["enqueue", "cancelStream", "release", "cancelStream", "read"],
    ],
  ];
  for (const [name, ops] of cases) {
    it(`as Node's: ${name}`, async () => {
      expect(await run(light, ops)).toEqual(await run(real, ops));
    });
  }

  it("as Node's, over 2,000 random sequences of what the server and its adapter do", async () => {
    const ops: Op[] = [
      "enqueue",
      "enqueue",
      "enqueue",
      "close",
      "error",
      "read",
      "read",
      "read",
      "cancel",
      "cancelStream",
      "release",
      "getReader",
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const seen = new Set<string>();
    for (let n = 0; n < 2000; n++) {
      const sequence = Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => ops[Math.floor(random() * ops.length)] as Op,
      );
      const [mine, theirs] = [await run(light, sequence), await run(real, sequence)];
      expect(mine, sequence.join(" ")).toEqual(theirs);
      for (const line of theirs) seen.add(line.replace(/^\d+: /, "").replace(/\d+/g, "N"));
    }
    // the sequences reached every kind of outcome
    for (const kind of [
      "done=false value=chunkN",
      "done=true value=undefined",
      "undefined",
      "pending",
      "TypeError",
      "rejected boomN",
      "source.cancel(whyN)",
    ]) {
      expect([...seen]).toContain(kind);
    }
  });

  it("is what the server's bundle uses: no Node ReadableStream is made there", () => {
    const bundle = readFileSync(join(inject("distDir"), "sandbox-server.js"), "utf8");
    expect(bundle).not.toMatch(/new ReadableStream\b/);
    expect(bundle).toMatch(/new LightReadableStream\b/);
  });
});
