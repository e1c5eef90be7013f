// The scan of a request refused for its size: id, method and tool found wherever they are in the
// object, in any chunking, and never taken from a nested member or from inside a string.
import { describe, expect, it } from "vitest";
import { RequestScanner } from "../../src/http/request-scan.js";

function scan(text: string | Buffer, chunkSize = Number.POSITIVE_INFINITY) {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const scanner = new RequestScanner();
  const size = Math.min(chunkSize, bytes.length || 1);
  for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
  return scanner.result();
}

describe("RequestScanner", () => {
  const sdkOrder = JSON.stringify({
    method: "tools/call",
    params: { name: "write_file", arguments: { path: "a", content: `x"\\}{]["id":9,${"é".repeat(1000)}` } },
    jsonrpc: "2.0",
    id: 42,
  });

  it("finds id, method and tool in the SDK's order (id last), at every chunk size", () => {
    for (const chunk of [1, 2, 3, 7, 64, 1000, Number.POSITIVE_INFINITY]) {
      expect(scan(sdkOrder, chunk), `chunk ${chunk}`).toEqual({
        id: 42,
        method: "tools/call",
        tool: "write_file",
      });
    }
  });

  it("finds them first, with string ids, whitespace and escapes", () => {
    const text = ` { "jsonrpc" : "2.0" , "id" : "req-\\"7\\"" ,\n "method":"tools/call", "params" : { "arguments" : { "name" : "nested", "id": 1 }, "name" : "run_command" } } `;
    expect(scan(text)).toEqual({ id: 'req-"7"', method: "tools/call", tool: "run_command" });
    expect(scan(text, 1)).toEqual({ id: 'req-"7"', method: "tools/call", tool: "run_command" });
  });

  it("takes nothing from nested objects, strings or arrays", () => {
    const nested = JSON.stringify({
      jsonrpc: "2.0",
      params: { arguments: { id: 5, method: "evil", name: "evil" }, list: [{ name: "evil" }] },
      note: '"id":6}',
    });
    expect(scan(nested)).toEqual({});
    expect(scan(`[${sdkOrder}]`)).toEqual({ batch: true });
    // a key that ends in id is not id; an id that is not a string or number is none
    expect(scan('{"x\\"id":5,"id":null,"method":7}')).toEqual({});
  });

  it("does what it can with a body that is cut off or not JSON", () => {
    expect(
      scan('{"id":3,"method":"tools/call","params":{"name":"write_file","arguments":{"content":"aaaa'),
    ).toEqual({
      id: 3,
      method: "tools/call",
      tool: "write_file",
    });
    expect(scan(Buffer.alloc(1000, 0x20))).toEqual({});
    expect(scan('not json at all {{{ ]]] "')).toEqual({});
  });

  it("scans a large string body quickly", () => {
    const big = JSON.stringify({
      method: "tools/call",
      params: { name: "write_file", arguments: { path: "p", content: 'a\\n"'.repeat(2 * 1024 * 1024) } },
      jsonrpc: "2.0",
      id: 7,
    });
    const started = performance.now();
    expect(scan(big, 64 * 1024)).toEqual({ id: 7, method: "tools/call", tool: "write_file" });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
