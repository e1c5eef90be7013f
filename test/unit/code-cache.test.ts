// Where the host keeps the server's code cache, when it uses one, and the background warm-up that
// makes it (src/host/code-cache.ts).
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { CODE_CACHE_SWITCH_ENV, chunkCacheDir, codeCacheDir } from "../../src/host/cache-dir.js";
import { codeCacheFile, lookUpCodeCache, startCodeCacheWarmUp } from "../../src/host/code-cache.js";
import { until } from "../support/processes.js";

const fresh = () => mkdtempSync(join(tmpdir(), "sbx-cc-"));

function bundleIn(dir: string, content = "console.log(1)"): string {
  const path = join(dir, "bundle.js");
  writeFileSync(path, content);
  return path;
}

describe("code cache location", () => {
  it("follows XDG_CACHE_HOME, then HOME, and can be switched off", () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/u" })).toBe("/x/cache/sandbox-action");
    expect(codeCacheDir({ XDG_CACHE_HOME: "relative", HOME: "/home/u" })).toBe(
      "/home/u/.cache/sandbox-action",
    );
    expect(codeCacheDir({ HOME: "/home/u", [CODE_CACHE_SWITCH_ENV]: "off" })).toBeUndefined();
  });

  it("names the file after the bundle's content and this Node", () => {
    const dir = fresh();
    const bundle = bundleIn(dir);
    const first = codeCacheFile(dir, bundle);
    expect(basename(first)).toMatch(
      new RegExp(
        `^server-[0-9a-f]{16}-node${process.version.replaceAll(".", "\\.")}-${process.arch}\\.v8cache$`,
      ),
    );
    expect(codeCacheFile(dir, bundle)).toBe(first);
    writeFileSync(bundle, "console.log(2)");
    expect(codeCacheFile(dir, bundle)).not.toBe(first);
  });

  it("remembers the digest in the directory, and hashes again once the bundle is written to", () => {
    const dir = fresh();
    const bundle = bundleIn(dir);
    const digestOf = (file: string) => /^server-([0-9a-f]{16})-/.exec(basename(file))?.[1];
    const real = digestOf(codeCacheFile(dir, bundle));
    const memos = readdirSync(dir).filter((name) => name.startsWith("digest-"));
    expect(memos).toHaveLength(1);
    const memo = join(dir, memos[0] as string);
    expect(readFileSync(memo, "utf8")).toBe(real);
    // it is read from there, not computed again
    writeFileSync(memo, "0123456789abcdef");
    expect(digestOf(codeCacheFile(dir, bundle))).toBe("0123456789abcdef");
    // what is not a digest is not trusted
    writeFileSync(memo, "../../etc/passwd");
    expect(digestOf(codeCacheFile(dir, bundle))).toBe(real);
    // the same content written again is a new version of the file: hashed again, not looked up
    writeFileSync(memo, "0123456789abcdef");
    writeFileSync(bundle, "console.log(1)");
    expect(digestOf(codeCacheFile(dir, bundle))).toBe(real);
  });
});

describe("looking up the cache", () => {
  it("says where to make it, then finds it once it is there", () => {
    const home = fresh();
    const bundle = bundleIn(home);
    const env = { XDG_CACHE_HOME: home };
    const { missing } = lookUpCodeCache(bundle, env);
    expect(missing).toBe(codeCacheFile(join(home, "sandbox-action"), bundle));
    writeFileSync(missing as string, "cache");
    expect(lookUpCodeCache(bundle, env)).toEqual({ ready: missing });
  });

  it("uses nothing in a directory others can write, and no symlinked cache file", () => {
    const home = fresh();
    const bundle = bundleIn(home);
    const dir = join(home, "sandbox-action");
    mkdirSync(dir, { mode: 0o700 });
    const file = codeCacheFile(dir, bundle);
    symlinkSync(join(home, "elsewhere"), file);
    writeFileSync(join(home, "elsewhere"), "cache");
    expect(lookUpCodeCache(bundle, { XDG_CACHE_HOME: home })).toEqual({});
    chmodSync(dir, 0o777);
    expect(lookUpCodeCache(bundle, { XDG_CACHE_HOME: home })).toEqual({});
  });

  it("does nothing when switched off", () => {
    const home = fresh();
    expect(lookUpCodeCache(bundleIn(home), { XDG_CACHE_HOME: home, [CODE_CACHE_SWITCH_ENV]: "off" })).toEqual(
      {},
    );
    expect(existsSync(join(home, "sandbox-action"))).toBe(false);
  });
});

describe("the warm-up", () => {
  it("writes the cache for the real server bundle in the background", async () => {
    const home = fresh();
    const bundle = join(inject("distDir"), "sandbox-server.js");
    const env = { XDG_CACHE_HOME: home };
    const { missing } = lookUpCodeCache(bundle, env);
    startCodeCacheWarmUp(bundle, missing as string);
    expect(await until(() => existsSync(missing as string), 15_000)).toBe(true);
    expect(lookUpCodeCache(bundle, env)).toEqual({ ready: missing });
    // the lock is gone once the cache is found
    expect(existsSync(`${missing}.warming`)).toBe(false);
  });

  it("starts no second warm-up while one is under way, and takes over a stale one", async () => {
    const home = fresh();
    const bundle = join(inject("distDir"), "sandbox-server.js");
    const { missing } = lookUpCodeCache(bundle, { XDG_CACHE_HOME: home });
    const file = missing as string;
    writeFileSync(`${file}.warming`, "");
    startCodeCacheWarmUp(bundle, file);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(existsSync(file)).toBe(false);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.warming`, old, old);
    startCodeCacheWarmUp(bundle, file);
    expect(await until(() => existsSync(file), 15_000)).toBe(true);
  });

  it("removes caches of other builds, and chunk caches of other Nodes and builds, not touched for 30 days when it makes one", async () => {
    const home = fresh();
    const bundle = join(inject("distDir"), "sandbox-server.js");
    const dir = join(home, "sandbox-action");
    mkdirSync(dir, { mode: 0o700 });
    const old = join(dir, "server-0000000000000000-nodev0.0.0-x64.v8cache");
    const recent = join(dir, "server-1111111111111111-nodev0.0.0-x64.v8cache");
    const other = join(dir, "notes.txt");
    // the CLI's chunk caches: one directory per Node (src/cli/compile-cache.ts), and what Node's
    // own compile cache left there before them
    const oldNode = join(dir, "compile", `v0.0.0-${process.arch}-chunks`);
    const nodeCompileCache = join(dir, "compile", `${process.version}-x64-00000000-0`);
    const thisNode = chunkCacheDir(dir);
    const oldChunk = join(thisNode, "chunk-OLD.v8cache");
    const usedChunk = join(thisNode, "chunk-NEW.v8cache");
    for (const path of [oldNode, nodeCompileCache, thisNode]) mkdirSync(path, { recursive: true });
    for (const path of [
      old,
      recent,
      other,
      join(oldNode, "a"),
      join(nodeCompileCache, "a"),
      oldChunk,
      usedChunk,
    ])
      writeFileSync(path, "x");
    const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    for (const path of [old, other, oldNode, nodeCompileCache, thisNode, oldChunk])
      utimesSync(path, longAgo, longAgo);
    const { missing } = lookUpCodeCache(bundle, { XDG_CACHE_HOME: home });
    startCodeCacheWarmUp(bundle, missing as string);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(existsSync(oldNode)).toBe(false);
    expect(existsSync(nodeCompileCache)).toBe(false);
    expect(existsSync(oldChunk)).toBe(false);
    expect(existsSync(usedChunk)).toBe(true);
    expect(await until(() => existsSync(missing as string), 15_000)).toBe(true);
  });
});
