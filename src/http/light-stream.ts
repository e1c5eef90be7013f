// Just enough of the web ReadableStream for the sandbox server: the MCP SDK's transport pushes its
// SSE events into one through the controller its `start` gets, and our adapter (web-adapter.ts)
// and LightResponse read it. Node's own class loads its web-streams implementation on first use,
// ~7 ms in a fresh process on the machines we measure, and the server's first use is its answer
// to the host's initialize (docs/adr/0004-start-up-and-call-cost.md). esbuild injects it for the
// global in the server's bundle only (src/http/server-web-globals.ts): the host's SDK client
// pipes streams through transforms, which this does not do.
//
// What is here follows the standard for this subset: a queue without backpressure (`pull`,
// `highWaterMark` and strategies are not supported), one reader, close and error from the
// controller, cancel from the stream or its reader. Anything else is absent on purpose, so a new
// use by a later SDK fails in the tests instead of half working.

interface UnderlyingSource<T> {
  start?(controller: LightStreamController<T>): void;
  cancel?(reason?: unknown): void | Promise<void>;
}

export interface LightStreamController<T> {
  enqueue(chunk: T): void;
  close(): void;
  error(reason?: unknown): void;
}

type ReadResult<T> = { done: false; value: T } | { done: true; value: undefined };

interface PendingRead<T> {
  resolve(result: ReadResult<T>): void;
  reject(reason: unknown): void;
}

const DONE = { done: true, value: undefined } as const;

const releasedError = () => new TypeError("Invalid state: the reader was released");

export class LightReadableStream<T = Uint8Array> {
  #state: "readable" | "closed" | "errored" = "readable";
  #closeRequested = false;
  #storedError: unknown;
  readonly #queue: T[] = [];
  readonly #reads: PendingRead<T>[] = [];
  readonly #source: UnderlyingSource<T>;
  #locked = false;

  constructor(source: UnderlyingSource<T> = {}) {
    this.#source = source;
    source.start?.({
      enqueue: (chunk) => {
        if (this.#closeRequested || this.#state !== "readable") {
          throw new TypeError("Invalid state: the stream is closed or errored");
        }
        const read = this.#reads.shift();
        if (read) read.resolve({ done: false, value: chunk });
        else this.#queue.push(chunk);
      },
      close: () => {
        if (this.#closeRequested || this.#state !== "readable") {
          throw new TypeError("Invalid state: the stream is already closing or closed");
        }
        this.#closeRequested = true;
        if (this.#queue.length === 0) this.#finish();
      },
      error: (reason) => {
        if (this.#state !== "readable") return;
        this.#state = "errored";
        this.#storedError = reason;
        this.#queue.length = 0;
        for (const read of this.#reads.splice(0)) read.reject(reason);
      },
    });
  }

  get locked(): boolean {
    return this.#locked;
  }

  getReader(): {
    read(): Promise<ReadResult<T>>;
    cancel(reason?: unknown): Promise<void>;
    releaseLock(): void;
  } {
    if (this.#locked) throw new TypeError("Invalid state: the stream is locked to a reader");
    this.#locked = true;
    let released = false;
    return {
      read: () => (released ? Promise.reject(releasedError()) : this.#read()),
      cancel: (reason) => (released ? Promise.reject(releasedError()) : this.#cancel(reason)),
      releaseLock: () => {
        if (released) return;
        released = true;
        this.#locked = false;
        for (const read of this.#reads.splice(0)) read.reject(releasedError());
      },
    };
  }

  cancel(reason?: unknown): Promise<void> {
    if (this.#locked) return Promise.reject(new TypeError("Invalid state: the stream is locked to a reader"));
    return this.#cancel(reason);
  }

  #read(): Promise<ReadResult<T>> {
    if (this.#queue.length > 0) {
      const value = this.#queue.shift() as T;
      if (this.#closeRequested && this.#queue.length === 0) this.#finish();
      return Promise.resolve({ done: false, value });
    }
    if (this.#state === "closed") return Promise.resolve(DONE);
    if (this.#state === "errored") return Promise.reject(this.#storedError);
    return new Promise((resolve, reject) => this.#reads.push({ resolve, reject }));
  }

  async #cancel(reason: unknown): Promise<void> {
    if (this.#state === "closed") return;
    if (this.#state === "errored") throw this.#storedError;
    this.#queue.length = 0;
    this.#finish();
    await this.#source.cancel?.(reason);
  }

  #finish(): void {
    this.#state = "closed";
    for (const read of this.#reads.splice(0)) read.resolve(DONE);
  }
}
