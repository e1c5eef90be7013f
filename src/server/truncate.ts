// Output caps. Command output keeps its head and its tail (errors and summaries tend to be at the
// end, the command's context at the start); what is dropped is replaced by a visible marker so the
// agent knows it is not seeing everything.

/** "512 bytes", "12.3 KB", "49.9 MB" (binary units: the numbers agents compare against `ls -l`). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

export function truncationMarker(omittedBytes: number): string {
  return `\n[... ${formatBytes(omittedBytes)} truncated by sandbox-action ...]\n`;
}

const isContinuationByte = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/** Length of `buf` without a UTF-8 sequence cut off at its end. */
export function utf8HeadLength(buf: Uint8Array): number {
  // Walk back over at most 3 continuation bytes to the lead byte of the last sequence.
  let i = buf.length - 1;
  while (i >= 0 && buf.length - i <= 3 && isContinuationByte(buf[i])) i--;
  const lead = buf[i];
  if (lead === undefined || lead < 0xc0) return buf.length;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return buf.length - i >= needed ? buf.length : i;
}

/** Offset of the first byte of `buf` that does not continue a sequence cut off at its start. */
export function utf8TailStart(buf: Uint8Array): number {
  let i = 0;
  while (i < 3 && i < buf.length && isContinuationByte(buf[i])) i++;
  return i;
}

export interface Collected {
  text: string;
  truncated: boolean;
  /** bytes received in total, kept or not */
  totalBytes: number;
}

/**
 * Accumulates a byte stream of any length in bounded memory: the first half of `capBytes` and a
 * rolling window of the last half. Everything in between is only counted.
 */
export class HeadTailCollector {
  private readonly headCap: number;
  private readonly tailCap: number;
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private tail: Buffer[] = [];
  private tailLength = 0;
  private total = 0;

  constructor(readonly capBytes: number) {
    this.headCap = Math.floor(capBytes / 2);
    this.tailCap = capBytes - this.headCap;
  }

  push(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.headLength < this.headCap) {
      const take = Math.min(this.headCap - this.headLength, chunk.length);
      this.head.push(chunk.subarray(0, take));
      this.headLength += take;
      chunk = chunk.subarray(take);
    }
    if (chunk.length === 0) return;
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    // Drop whole chunks while what remains still covers the tail window.
    let drop = 0;
    while (
      drop < this.tail.length - 1 &&
      this.tailLength - (this.tail[drop] as Buffer).length >= this.tailCap
    ) {
      this.tailLength -= (this.tail[drop] as Buffer).length;
      drop++;
    }
    if (drop > 0) this.tail = this.tail.slice(drop);
  }

  get totalBytes(): number {
    return this.total;
  }

  result(): Collected {
    const head = Buffer.concat(this.head);
    let tail = Buffer.concat(this.tail);
    if (this.total <= this.capBytes) {
      return { text: Buffer.concat([head, tail]).toString("utf8"), truncated: false, totalBytes: this.total };
    }
    tail = tail.subarray(tail.length - this.tailCap);
    const headKept = head.subarray(0, utf8HeadLength(head));
    const tailKept = tail.subarray(utf8TailStart(tail));
    const omitted = this.total - headKept.length - tailKept.length;
    return {
      text: headKept.toString("utf8") + truncationMarker(omitted) + tailKept.toString("utf8"),
      truncated: true,
      totalBytes: this.total,
    };
  }
}

/** Caps `text` at `capBytes` of UTF-8 the same way a command's output is capped. */
export function truncateHeadTail(text: string, capBytes: number): Collected {
  const collector = new HeadTailCollector(capBytes);
  collector.push(Buffer.from(text, "utf8"));
  return collector.result();
}

/**
 * Cuts `text` to at most `capBytes` of UTF-8 at a character boundary, keeping the start.
 * Returns undefined when it already fits.
 */
export function cutUtf8(text: string, capBytes: number): string | undefined {
  if (text.length <= capBytes / 3 || Buffer.byteLength(text, "utf8") <= capBytes) return undefined;
  const buf = Buffer.from(text, "utf8").subarray(0, capBytes);
  return buf.subarray(0, utf8HeadLength(buf)).toString("utf8");
}
