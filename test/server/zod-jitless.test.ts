// The sandbox server builds the SDK's zod schemas jitless (src/server/zod-jitless.ts): a session's
// first requests generate no parser code. A `new Function` whose body parses a payload is zod's.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("a session's initialize, tools/list and a call generate no zod parser code", async () => {
  const generated: string[] = [];
  const RealFunction = globalThis.Function;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: string[]) {
      const body = String(args.at(-1) ?? "");
      if (body.includes("payload")) generated.push(body);
      return Reflect.construct(target, args);
    },
  });
  try {
    const { warmUpSession } = await import("../../src/server/mcp.js");
    const workspace = mkdtempSync(join(tmpdir(), "sbx-jitless-"));
    await warmUpSession({ workspace, defaultTimeoutMs: 10_000, maxOutputBytes: 4096 });
  } finally {
    globalThis.Function = RealFunction;
  }
  expect(generated).toEqual([]);
});
