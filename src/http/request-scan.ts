// Finds a JSON-RPC request's id, method and (for tools/call) tool name in its text, chunk by chunk,
// without keeping or parsing the rest of it: what a request refused for its size needs to be
// answered (by id) and audited (by tool). The id may come anywhere in the object; the MCP SDK
// puts it last, after the params. Only the top-level members and those of `params` are looked
// at; a nested "id" or "name" is not mistaken for them.
//
// Bytes, not characters: every byte that JSON's structure depends on is ASCII, and no byte of a
// UTF-8 multi-byte sequence is.

export interface ScannedRequest {
  /** a string or number id of a top-level object (a batch or a notification has none) */
  id?: string | number;
  method?: string;
  /** params.name */
  tool?: string;
  /** the text starts a JSON array */
  batch?: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** Longer keys and values are of no interest (and not kept). */
const CAPTURE_MAX = 256;

type Target = "key" | "id" | "method" | "tool";

/** The first byte of a number, true, false or null. */
const startsLiteral = (byte: number) =>
  byte === 0x2d || (byte >= 0x30 && byte <= 0x39) || byte === 0x74 || byte === 0x66 || byte === 0x6e;
/** A byte that may continue a number or literal. */
const inLiteral = (byte: number) =>
  startsLiteral(byte) || byte === 0x2b || byte === 0x2e || (byte >= 0x61 && byte <= 0x7a) || byte === 0x45;

export class RequestScanner {
  private depth = 0;
  /** the top-level value is an object */
  private topIsObject = false;
  /** the depth-2 container is an object, the value of the top-level "params" */
  private inParams = false;
  /** the next string at this depth is a key */
  private expectKey = false;
  private inString = false;
  private escaped = false;
  private topKey: string | undefined;
  private paramsKey: string | undefined;
  /** what the value after the last colon is wanted as */
  private wanted: Target | undefined;
  private capture: { target: Target; bytes: number[]; string: boolean } | undefined;
  private readonly found: ScannedRequest = {};
  /** nothing more can be found: a batch, or the end of the top-level value */
  private done = false;

  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    while (i < n && !this.done) {
      if (this.inString && !this.capture) {
        // The content of a string nobody wants, most of a large request: skipped in a tight loop.
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        for (;;) {
          const byte = chunk[i] as number;
          if (byte === QUOTE) {
            this.inString = false;
            i++;
            break;
          }
          i += byte === BACKSLASH ? 2 : 1;
          if (i >= n) {
            // a backslash at the very end escapes the next chunk's first byte
            this.escaped = i > n;
            return;
          }
        }
        continue;
      }
      // Below the top level and params nothing is wanted: only where strings start, and where the
      // container ends, matter there.
      const floor = this.inParams ? 2 : 1;
      if (!this.inString && !this.capture && this.depth > floor) {
        let depth = this.depth;
        for (; i < n; i++) {
          const byte = chunk[i] as number;
          if (byte === QUOTE) break;
          if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
          else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
            if (depth === floor + 1) break;
            depth--;
          }
        }
        this.depth = depth;
        if (i === n) return;
      }
      this.step(chunk[i] as number);
      i++;
    }
  }

  result(): ScannedRequest {
    return { ...this.found };
  }

  private step(byte: number): void {
    if (this.inString) {
      this.keep(byte);
      if (this.escaped) this.escaped = false;
      else if (byte === BACKSLASH) this.escaped = true;
      else if (byte === QUOTE) {
        this.inString = false;
        if (this.capture) this.finish();
      }
      return;
    }
    if (this.capture) {
      if (inLiteral(byte)) {
        this.keep(byte);
        return;
      }
      this.finish();
    }
    switch (byte) {
      case QUOTE: {
        this.inString = true;
        let target: Target | undefined;
        if (this.expectKey && this.keyWanted()) {
          target = "key";
          if (this.depth === 1) this.topKey = undefined;
          else this.paramsKey = undefined;
        } else if (!this.expectKey) target = this.wanted;
        this.wanted = undefined;
        if (target) this.capture = { target, bytes: [byte], string: true };
        return;
      }
      case COLON:
        this.expectKey = false;
        this.wanted =
          this.depth === 1 && this.topIsObject && (this.topKey === "id" || this.topKey === "method")
            ? this.topKey
            : this.depth === 2 && this.inParams && this.paramsKey === "name"
              ? "tool"
              : undefined;
        return;
      case COMMA:
        this.wanted = undefined;
        this.expectKey = this.depth === 1 ? this.topIsObject : this.depth === 2 && this.inParams;
        return;
      case OPEN_OBJECT:
      case OPEN_ARRAY: {
        const object = byte === OPEN_OBJECT;
        this.wanted = undefined;
        this.depth++;
        if (this.depth === 1) {
          this.topIsObject = object;
          if (!object) {
            this.found.batch = true;
            this.done = true;
          }
        } else if (this.depth === 2) {
          this.inParams = object && this.topKey === "params";
          this.paramsKey = undefined;
        }
        this.expectKey = object;
        return;
      }
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        this.wanted = undefined;
        this.expectKey = false;
        this.depth--;
        if (this.depth < 2) this.inParams = false;
        if (this.depth === 0) this.done = true;
        return;
      default:
        if (this.wanted && startsLiteral(byte)) {
          this.capture = { target: this.wanted, bytes: [byte], string: false };
          this.wanted = undefined;
        }
    }
  }

  /** whether a key at this depth is one to know: the top level's, and those of params */
  private keyWanted(): boolean {
    return (this.depth === 1 && this.topIsObject) || (this.depth === 2 && this.inParams);
  }

  private keep(byte: number): void {
    if (!this.capture) return;
    // too long to be wanted: given up, and the rest of it skipped like any other
    if (this.capture.bytes.length >= CAPTURE_MAX) this.capture = undefined;
    else this.capture.bytes.push(byte);
  }

  private finish(): void {
    const capture = this.capture;
    this.capture = undefined;
    if (!capture) return;
    let value: unknown;
    try {
      value = JSON.parse(Buffer.from(capture.bytes).toString("utf8"));
    } catch {
      return;
    }
    switch (capture.target) {
      case "key":
        if (typeof value !== "string") return;
        if (this.depth === 1) this.topKey = value;
        else this.paramsKey = value;
        return;
      case "id":
        if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value)))
          this.found.id = value;
        return;
      case "method":
        if (typeof value === "string") this.found.method = value;
        return;
      case "tool":
        if (typeof value === "string") this.found.tool = value;
        return;
    }
  }
}
