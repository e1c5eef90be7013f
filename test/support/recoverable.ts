// Whether a value can still be read out of a text that should have it redacted: the value itself,
// or its bytes in base64 (standard or url-safe) or hex, with line breaks (raw, or JSON-escaped in
// a log line) anywhere in it, at any alignment. An independent check for the attack suites: it
// decodes every run of encoding characters it finds rather than looking for the forms the
// redactor knows, so it also sees what the redactor would miss.

/** Line breaks as texts show them: raw (LF, CR) or JSON-escaped (once, or inside a JSON string). */
const LINE_BREAKS = /(?:[\r\n]|\\{1,3}[rn])+/g;
/** Runs of base64 characters of either alphabet (padding ends a run: nothing is encoded after it). */
const BASE64_RUN = /[A-Za-z0-9+/_-]{4,}/g;
const HEX_RUN = /[0-9a-fA-F]{4,}/g;

const SIXTETS = new Map<string, number>(
  [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((char, value) => [char, value]),
);
SIXTETS.set("-", 62);
SIXTETS.set("_", 63);

/** The bytes a base64 run encodes when its `offset`-th character starts a 4-character group. */
function decodeBase64(run: string, offset: number): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let count = 0;
  for (const char of run.slice(offset)) {
    bits = ((bits << 6) | (SIXTETS.get(char) as number)) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes.push((bits >> count) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The bytes a hex run encodes when its `offset`-th character starts a byte. */
function decodeHex(run: string, offset: number): Buffer {
  const even = run.slice(offset);
  return Buffer.from(even.slice(0, even.length - (even.length % 2)), "hex");
}

/** Every `length`-byte piece of `value`'s UTF-8 bytes. */
function piecesOf(value: string, length: number): Buffer[] {
  const bytes = Buffer.from(value, "utf8");
  const size = Math.min(length, bytes.length);
  const pieces: Buffer[] = [];
  for (let at = 0; at + size <= bytes.length; at++) pieces.push(bytes.subarray(at, at + size));
  return pieces;
}

const excerpt = (text: string, at: number) =>
  JSON.stringify(`${at > 0 ? "…" : ""}${text.slice(at, at + 100)}${text.length > at + 100 ? "…" : ""}`);

/**
 * How `value` (any `minBytes` consecutive bytes of it) can be read out of `text`, or undefined when
 * it cannot: looked for plain in the text without its line breaks, and in the decoding of every run
 * of base64 characters (from each of the 4 characters a group can start at, which covers the 3 byte
 * alignments the value can have in the encoded stream) and of hex characters (both nibble
 * alignments), runs taken across line breaks.
 */
export function recoverable(text: string, value: string, minBytes = 12): string | undefined {
  const flat = text.replace(LINE_BREAKS, "");
  const pieces = piecesOf(value, minBytes);
  const flatBytes = Buffer.from(flat, "utf8");
  for (const piece of pieces) {
    const at = flatBytes.indexOf(piece);
    if (at >= 0) return `in plain text: ${excerpt(flatBytes.subarray(at).toString("utf8"), 0)}`;
  }
  const decoders: [string, RegExp, number, (run: string, offset: number) => Buffer][] = [
    ["base64", BASE64_RUN, 4, decodeBase64],
    ["hex", HEX_RUN, 2, decodeHex],
  ];
  for (const [name, runs, alignments, decode] of decoders) {
    for (const run of flat.matchAll(runs)) {
      for (let offset = 0; offset < alignments; offset++) {
        const decoded = decode(run[0], offset);
        if (pieces.some((piece) => decoded.includes(piece))) {
          return `in ${name}: a run of ${run[0].length} characters read from its character ${offset}: ${excerpt(flat, run.index)}`;
        }
      }
    }
  }
  return undefined;
}
