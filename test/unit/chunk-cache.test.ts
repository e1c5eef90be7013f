// The CLI's chunk loader (src/cli/compile-cache.ts) must run a chunk as Node's CommonJS loader
// would: its exports, `this`, __filename and __dirname, `require` of a sibling chunk and of a
// builtin, `require.resolve`. (That the caches are written, taken and replaced is in
// test/cli/run.test.ts, through the built CLI.)
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enableChunkCodeCache } from "../../src/cli/compile-cache.js";

describe("the CLI's chunk loader", () => {
  it("runs a chunk as Node would, and leaves files outside the chunks directory to Node", () => {
    const root = mkdtempSync(join(tmpdir(), "sbx-chunks-"));
    const chunks = join(root, "chunks");
    mkdirSync(chunks);
    writeFileSync(join(chunks, "b.js"), "module.exports = { value: 'from b' };\n");
    writeFileSync(
      join(chunks, "a.js"),
      [
        "exports.b = require('./b.js').value;",
        "exports.path = require('node:path').basename(__filename);",
        "exports.dirname = __dirname;",
        "exports.resolved = require.resolve('./b.js');",
        "exports.thisIsExports = this === module.exports;",
        "exports.later = () => 42;",
        // Node's require has a cache; the chunk loader's has no need of one
        "exports.byTheChunkLoader = typeof require.cache === 'undefined';",
      ].join("\n"),
    );
    writeFileSync(join(root, "outside.js"), "exports.outside = typeof require.cache;\n");
    enableChunkCodeCache(chunks, { XDG_CACHE_HOME: join(root, "cache") });
    const load = createRequire(join(root, "entry.js"));
    const a = load(join(chunks, "a.js"));
    expect(a).toMatchObject({
      b: "from b",
      path: "a.js",
      dirname: chunks,
      resolved: join(chunks, "b.js"),
      thisIsExports: true,
      byTheChunkLoader: true,
    });
    expect(a.later()).toBe(42);
    // Node's own loader for everything else
    expect(load(join(root, "outside.js")).outside).toBe("object");
  });
});
