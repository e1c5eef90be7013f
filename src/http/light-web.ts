// Just enough of the web Headers and Response (and a Request's shape) for the MCP SDK's HTTP
// transports, both ends. Node's own classes live in its bundled undici, and the first use of any
// of them loads it: ~50 ms on the machines we measure on (docs/adr/0004-start-up-and-call-cost.md).
// In the sandbox server that load sat between the host's initialize and its answer; on the host it
// took CPU from the sandbox booting on the other core. esbuild injects these for the globals in
// both bundles (src/http/web-globals.ts); tests run the sources with Node's real classes, and the
// integration tests run the bundles, so both kinds are exercised.
//
// What the transports use, and so all that is here:
// - server: a request's method, url and headers.get/entries; a response built from a string, a
//   ReadableStream or null, with a status and a plain header object;
// - client: headers built from an object and read, set or merged; a response's ok, status,
//   statusText, headers, body, text() and json();
// - the host proxy: Response.json for the answer to a session it cannot open.
// Anything else is absent on purpose: a new use by a later SDK fails loudly in the tests instead of
// half working.

/** What a LightHeaders is made from: a plain object (Node's request headers too) or name/value pairs. */
export type LightHeadersInit =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>;

/** Header names are case-insensitive; repeated values are joined with ", ". */
export class LightHeaders {
  readonly #values = new Map<string, string>();

  constructor(init?: LightHeadersInit) {
    if (!init) return;
    if (Symbol.iterator in init) {
      for (const [name, value] of init as Iterable<readonly [string, string]>) this.append(name, value);
      return;
    }
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
    this.#values.set(name.toLowerCase(), String(value));
  }

  append(name: string, value: string): void {
    const previous = this.get(name);
    this.set(name, previous === null ? value : `${previous}, ${value}`);
  }

  delete(name: string): void {
    this.#values.delete(name.toLowerCase());
  }

  forEach(callback: (value: string, name: string, headers: LightHeaders) => void): void {
    for (const [name, value] of this.#values) callback(value, name, this);
  }

  entries(): IterableIterator<[string, string]> {
    return this.#values.entries();
  }

  keys(): IterableIterator<string> {
    return this.#values.keys();
  }

  values(): IterableIterator<string> {
    return this.#values.values();
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
  statusText?: string;
  headers?: LightHeadersInit;
}

/** writeWebResponse (web-adapter.ts) reads it and a real Response alike. */
export class LightResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: LightHeaders;
  readonly body: ReadableStream<Uint8Array> | null;
  /** what the SDK's redirect check reads; these responses never come from a redirect */
  readonly type = "default";
  readonly url = "";
  readonly redirected = false;

  constructor(body?: string | ReadableStream<Uint8Array> | null, init: LightResponseInit = {}) {
    this.status = init.status ?? 200;
    this.statusText = init.statusText ?? "";
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

  /** Response.json: the body as JSON, with a JSON content type unless init says otherwise */
  static json(data: unknown, init: LightResponseInit = {}): LightResponse {
    const headers = new LightHeaders(init.headers);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
    return new LightResponse(JSON.stringify(data), { ...init, headers });
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    if (!this.body) return "";
    const reader = this.body.getReader();
    const decoder = new TextDecoder();
    let text = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
    }
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}
