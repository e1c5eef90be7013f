// Just enough of the web Request, Response and Headers for the MCP SDK's web-standard transport.
// Node's own classes live in its bundled undici, and the first use of any of them loads it: ~50 ms
// on the machines we measure on (docs/adr/0004-start-up-and-call-cost.md). In the sandbox server
// that load sat between the host's initialize and its answer, on every start.
//
// What the transport uses, and so all that is here: a request's method, url and
// headers.get/entries; a response's status, headers and body, constructed from a string, a
// ReadableStream or null with a plain header object. Anything else is absent on purpose: a new
// use by a later SDK fails loudly in the tests instead of half working.

/** Header names are case-insensitive; values of repeated request headers are joined with ", ". */
export class LightHeaders {
  readonly #values = new Map<string, string>();

  constructor(init?: Readonly<Record<string, string | readonly string[] | undefined>>) {
    if (!init) return;
    for (const [name, value] of Object.entries(init)) {
      if (value !== undefined) this.set(name, typeof value === "string" ? value : value.join(", "));
    }
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.#values.set(name.toLowerCase(), value);
  }

  forEach(callback: (value: string, name: string, headers: LightHeaders) => void): void {
    for (const [name, value] of this.#values) callback(value, name, this);
  }

  entries(): IterableIterator<[string, string]> {
    return this.#values.entries();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

export interface LightRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: LightHeaders;
}

export interface LightResponseInit {
  status?: number;
  headers?: Readonly<Record<string, string>>;
}

/**
 * Stands in for the global Response inside dist/sandbox-server.js (esbuild injects it there);
 * writeWebResponse (web-adapter.ts) reads it and a real Response alike.
 */
export class LightResponse {
  readonly status: number;
  readonly headers: LightHeaders;
  readonly body: ReadableStream<Uint8Array> | null;

  constructor(body?: string | ReadableStream<Uint8Array> | null, init: LightResponseInit = {}) {
    this.status = init.status ?? 200;
    this.headers = new LightHeaders(init.headers);
    if (typeof body === "string") {
      const bytes = new TextEncoder().encode(body);
      this.body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
    } else {
      this.body = body ?? null;
    }
  }
}
