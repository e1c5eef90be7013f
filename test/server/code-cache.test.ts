// The server's V8 code cache end to end on the built bundle: the warm-up writes one, a server
// started with it uses it (V8 accepts it), one that V8 rejects is reported and only costs speed,
// and commands never see where it is.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { CODE_CACHE_ENV } from "../../src/backends/layout.js";
import { callTool } from "../../src/host/call.js";
import { warmUpArgs } from "../../src/host/code-cache.js";
import { connectLean } from "../../src/host/lean-client.js";
import { WARM_UP_FLAG, WRITE_CODE_CACHE_FLAG } from "../../src/server/flags.js";
import { spawnDirectServer } from "../support/direct-target.js";

const bundle = () => join(inject("distDir"), "sandbox-server.js");
let dir: string;
let cache: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sbx-code-cache-"));
  cache = join(dir, "server.v8cache");
});

async function serve(env: Record<string, string>) {
  const direct = await spawnDirectServer({ env });
  const lean = await connectLean(direct);
  return {
    direct,
    lean,
    async stop() {
      await lean.close();
      await direct.stop();
    },
  };
}

describe("server code cache", () => {
  it("the warm-up writes one and leaves nothing else behind", () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith("sbx-warm-up-"));
    const result = spawnSync(process.execPath, warmUpArgs(bundle(), cache), {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(cache)).toBe(true);
    expect(readdirSync(dir)).toEqual(["server.v8cache"]);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith("sbx-warm-up-"))).toEqual(before);
  });

  it("a server started with it serves, and V8 takes it", async () => {
    const server = await serve({ [CODE_CACHE_ENV]: cache });
    try {
      const result = await callTool(server.lean.client, "list_directory", { path: "." }, 10_000);
      expect(result.isError).toBe(false);
      expect(server.direct.stderr()).not.toMatch(/rejected the code cache/);
    } finally {
      await server.stop();
    }
  });

  it("one that V8 rejects is reported, and the server works without it", async () => {
    const bad = join(dir, "bad.v8cache");
    writeFileSync(bad, Buffer.alloc(4096, 7));
    const server = await serve({ [CODE_CACHE_ENV]: bad });
    try {
      const result = await callTool(server.lean.client, "list_directory", { path: "." }, 10_000);
      expect(result.isError).toBe(false);
      expect(server.direct.stderr()).toMatch(/V8 rejected the code cache/);
    } finally {
      await server.stop();
    }
  });

  it("commands do not see where the cache is", async () => {
    const server = await serve({ [CODE_CACHE_ENV]: cache });
    try {
      const result = await callTool(
        server.lean.client,
        "run_command",
        { command: `echo "\${${CODE_CACHE_ENV}-unset}"` },
        10_000,
      );
      expect(result.structuredContent?.stdout).toBe("unset\n");
    } finally {
      await server.stop();
    }
  });

  it("a warm-up that fails writes nothing", () => {
    const out = join(dir, "never.v8cache");
    // the warm-up flag with an extra argument is not the warm-up: a usage error, exit 2
    const result = spawnSync(
      process.execPath,
      [bundle(), WRITE_CODE_CACHE_FLAG, out, WARM_UP_FLAG, "--listen"],
      { encoding: "utf8", timeout: 20_000 },
    );
    expect(result.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes(".tmp"))).toEqual([]);
  });
});
