// The sandbox server's V8 code cache on the host (src/server/loader.ts uses it): where it lives,
// whether there is one for this server build and this Node, and making one.
//
// It is made on the host only, by the server's warm-up (a start and a first session in memory, no
// sandbox, no agent input) and only ever reaches a sandbox read-only: bytecode that a sandbox could
// write would run in the next one. It lives in a private per-user directory, checked before use.
import { spawn } from "node:child_process";
import {
  chmodSync,
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { SERVER_NODE_FLAGS } from "../backends/layout.js";
import { WARM_UP_FLAG, WRITE_CODE_CACHE_FLAG } from "../server/flags.js";
import { COMPILE_CACHE_SUBDIR, chunkCacheDir, codeCacheDir, type Env, privateDir } from "./cache-dir.js";

const LOCK_SUFFIX = ".warming";

/** A warm-up that started this recently is taken to be still running; no second one starts. */
const WARM_UP_LOCK_MS = 30_000;

/**
 * The cache's file in `dir` for this server bundle (by content: V8 itself checks only the source's
 * length) and this Node (V8 rejects another version's cache, but need not find out by reading it).
 */
export function codeCacheFile(dir: string, bundle: string): string {
  return join(dir, `server-${bundleDigest(dir, bundle)}-node${process.version}-${process.arch}.v8cache`);
}

const DIGEST = /^[0-9a-f]{16}$/;
const DIGEST_PREFIX = "digest-";

/**
 * The bundle's digest, remembered in a small file in `dir` per version of the bundle's file: its
 * device, inode, size, and modification and change times (any write to the file changes its
 * change time; a hard link elsewhere is the same content). Reading and hashing the ~335 KB bundle
 * was ~2 ms of every start, before the sandbox's (and of every sandbox a daemon starts).
 */
function bundleDigest(dir: string, bundle: string): string {
  const stat = statSync(bundle, { bigint: true });
  // which file, in which version of it: named without a hash, so a start with a memo needs no
  // node:crypto before its sandbox starts (src/host/session.ts)
  const version = [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].map((n) => n.toString(36));
  const memo = join(dir, `${DIGEST_PREFIX}${version.join("-")}`);
  let digest = readDigest(memo);
  if (!digest) {
    const { createHash } = process.getBuiltinModule("node:crypto");
    digest = createHash("sha256").update(readFileSync(bundle)).digest("hex").slice(0, 16);
    writeDigest(memo, digest);
  }
  return digest;
}

function readDigest(memo: string): string | undefined {
  try {
    const text = readFileSync(memo, "latin1");
    return DIGEST.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (by rename); a failure only means hashing again next time. */
function writeDigest(memo: string, digest: string): void {
  const temporary = `${memo}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, digest, { mode: 0o600 });
    renameSync(temporary, memo);
  } catch {
    rmSync(temporary, { force: true });
  }
}

export interface CodeCacheState {
  /** the cache file when it is there and may be used */
  ready?: string;
  /** where a warm-up should write it (there is no usable one yet) */
  missing?: string;
}

/** What the host has for this bundle; nothing at all when switched off or the directory is unsafe. */
export function lookUpCodeCache(bundle: string, env: Env = process.env): CodeCacheState {
  const dir = codeCacheDir(env);
  if (!dir || !privateDir(dir)) return {};
  let file: string;
  try {
    file = codeCacheFile(dir, bundle);
  } catch {
    return {};
  }
  try {
    const stat = lstatSync(file);
    const uid = process.getuid?.();
    if (!stat.isFile() || (uid !== undefined && stat.uid !== uid)) return {};
    // readable by others (the directory keeps them out): a local sandbox started by root runs as
    // an unprivileged uid, which reads the cache through its bind (docs/adr/0013)
    if ((stat.mode & 0o044) !== 0o044) chmodSync(file, 0o644);
    rmSync(`${file}${LOCK_SUFFIX}`, { force: true });
    return { ready: file };
  } catch {
    return { missing: file };
  }
}

/** Caches of builds or Nodes not used for this long are removed when a new one is made. */
const STALE_MS = 30 * 24 * 3600 * 1000;

/**
 * Leaves out what upgrades left behind, untouched for STALE_MS: server caches, remembered digests
 * (made again when needed), the CLI's chunk caches (src/cli/compile-cache.ts) of other Nodes and
 * of chunks of other builds, and what Node's own compile cache kept there before them. A cache
 * still in use is not written again, so it can go too; the next start makes it again.
 */
function pruneStale(dir: string): void {
  const now = Date.now();
  const stale = (path: string) => {
    try {
      return now - lstatSync(path).mtimeMs > STALE_MS;
    } catch {
      return false; // gone meanwhile
    }
  };
  for (const name of listDir(dir)) {
    const path = join(dir, name);
    if ((name.startsWith("server-") || name.startsWith(DIGEST_PREFIX)) && stale(path))
      rmSync(path, { force: true });
  }
  const compile = join(dir, COMPILE_CACHE_SUBDIR);
  const chunks = chunkCacheDir(dir);
  for (const name of listDir(compile)) {
    const path = join(compile, name);
    if (path !== chunks && stale(path)) rmSync(path, { recursive: true, force: true });
  }
  for (const name of listDir(chunks)) {
    const path = join(chunks, name);
    if (stale(path)) rmSync(path, { force: true });
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Starts the server's warm-up in the background (detached: it may outlive a short `run`) to write
 * `file`; at most one at a time per file. Failures only mean no cache.
 */
/** node's arguments for the warm-up that writes `file`: the server's flags, as in every sandbox. */
export function warmUpArgs(bundle: string, file: string): string[] {
  return [...SERVER_NODE_FLAGS, bundle, WRITE_CODE_CACHE_FLAG, file, WARM_UP_FLAG];
}

export function startCodeCacheWarmUp(bundle: string, file: string): void {
  const lock = `${file}${LOCK_SUFFIX}`;
  try {
    closeSync(openSync(lock, "wx", 0o600));
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < WARM_UP_LOCK_MS) return;
      utimesSync(lock, new Date(), new Date());
    } catch {
      return;
    }
  }
  pruneStale(dirname(file));
  try {
    const child = spawn(process.execPath, warmUpArgs(bundle, file), {
      detached: true,
      stdio: "ignore",
      // the warm-up needs nothing from the host's environment but where temporary files go
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      },
    });
    child.on("error", () => {});
    child.unref();
  } catch {
    // no cache this time
  }
}
