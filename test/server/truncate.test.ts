import { describe, expect, it } from "vitest";
import {
  cutUtf8,
  formatBytes,
  HeadTailCollector,
  truncateHeadTail,
  truncationMarker,
  utf8HeadLength,
  utf8TailStart,
} from "../../src/server/truncate.js";

describe("formatBytes", () => {
  it("uses bytes, KB, MB and GB", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(52_428_800 - 131_072)).toBe("49.9 MB");
    expect(formatBytes(3 * 1024 ** 3)).toBe("3.0 GB");
  });
});

describe("HeadTailCollector", () => {
  it("keeps everything up to the cap, unmarked", () => {
    const collector = new HeadTailCollector(10);
    collector.push(Buffer.from("0123"));
    collector.push(Buffer.from("456789"));
    expect(collector.result()).toEqual({ text: "0123456789", truncated: false, totalBytes: 10 });
  });

  it("keeps the first and last half of the cap around a marker counting what was dropped", () => {
    const collector = new HeadTailCollector(10);
    for (const piece of ["abc", "defgh", "ijklmnop", "qrstuvwxyz"]) collector.push(Buffer.from(piece));
    const result = collector.result();
    expect(result.truncated).toBe(true);
    expect(result.totalBytes).toBe(26);
    expect(result.text).toBe(`abcde${truncationMarker(16)}vwxyz`);
  });

  it("keeps the tail right when one chunk is larger than the whole cap", () => {
    const collector = new HeadTailCollector(8);
    collector.push(Buffer.from(`${"a".repeat(100)}TAIL`));
    expect(collector.result().text).toBe(`aaaa${truncationMarker(96)}TAIL`);
  });

  it("handles many small chunks in bounded memory", () => {
    const collector = new HeadTailCollector(1000);
    const chunk = Buffer.from(`${"x".repeat(99)}\n`);
    for (let i = 0; i < 100_000; i++) collector.push(chunk);
    const { text, truncated, totalBytes } = collector.result();
    expect(truncated).toBe(true);
    expect(totalBytes).toBe(10_000_000);
    expect(text).toContain(truncationMarker(10_000_000 - 1000));
    expect(Buffer.byteLength(text)).toBe(1000 + Buffer.byteLength(truncationMarker(10_000_000 - 1000)));
  });

  it("never splits a multi-byte character at either cut", () => {
    // "é" is 2 bytes, "😀" 4: cuts land inside both.
    const text = `${"é".repeat(10)}${"😀".repeat(10)}`;
    const result = truncateHeadTail(text, 11);
    expect(result.truncated).toBe(true);
    expect(result.text).not.toContain("\uFFFD");
    const [head, tail] = result.text.split(/\n\[\.\.\. .* truncated by sandbox-action \.\.\.\]\n/);
    expect(head).toBe("éé");
    expect(tail).toBe("😀");
    // What is shown plus what the marker counts adds up to the input.
    const omitted = Number(result.text.match(/(\d+) bytes truncated/)?.[1]);
    expect(Buffer.byteLength(head as string) + Buffer.byteLength(tail as string) + omitted).toBe(
      Buffer.byteLength(text),
    );
  });
});

describe("UTF-8 boundaries", () => {
  it("finds the end of the last complete character", () => {
    const euro = Buffer.from("a€"); // 61 e2 82 ac
    expect(utf8HeadLength(euro)).toBe(4);
    expect(utf8HeadLength(euro.subarray(0, 3))).toBe(1);
    expect(utf8HeadLength(euro.subarray(0, 2))).toBe(1);
    expect(utf8HeadLength(Buffer.alloc(0))).toBe(0);
  });

  it("finds the start of the first complete character", () => {
    const euro = Buffer.from("€b");
    expect(utf8TailStart(euro)).toBe(0);
    expect(utf8TailStart(euro.subarray(1))).toBe(2);
    expect(utf8TailStart(euro.subarray(2))).toBe(1);
  });

  it("cutUtf8 keeps the start at a character boundary, or returns undefined when it fits", () => {
    expect(cutUtf8("short", 10)).toBeUndefined();
    expect(cutUtf8("ééééé", 5)).toBe("éé");
  });
});
