// Depth-first directory walk in sorted order, shared by list_directory and search_files, so both
// give the same order every time.
import type { Dirent } from "node:fs";
import { join } from "node:path";
import { readdir, stat } from "./fs-async.js";

/** Directories listed but never descended into: huge and rarely what the agent is after. */
export const OPAQUE_DIRECTORIES = new Set([".git", "node_modules"]);

export interface WalkEntry {
  abs: string;
  /** path relative to the walk's root, "/"-separated */
  rel: string;
  dirent: Dirent;
  /** a directory, or a symbolic link to one */
  isDirectory: boolean;
}

export interface WalkOptions {
  recursive: boolean;
  /** called for each directory that could not be read below the root */
  onUnreadable?: (abs: string, error: unknown) => void;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Yields the entries under `root` (not `root` itself); reading `root` itself failing throws. */
export async function* walk(root: string, options: WalkOptions): AsyncGenerator<WalkEntry> {
  yield* walkDirectory(root, "", options, true);
}

async function* walkDirectory(
  abs: string,
  rel: string,
  options: WalkOptions,
  isRoot: boolean,
): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch (error) {
    if (isRoot) throw error;
    options.onUnreadable?.(abs, error);
    return;
  }
  entries.sort(byName);
  for (const dirent of entries) {
    const childAbs = join(abs, dirent.name);
    const childRel = rel ? `${rel}/${dirent.name}` : dirent.name;
    let isDirectory = dirent.isDirectory();
    if (dirent.isSymbolicLink()) {
      isDirectory = await stat(childAbs).then(
        (info) => info.isDirectory(),
        () => false,
      );
    }
    yield { abs: childAbs, rel: childRel, dirent, isDirectory };
    // Links are not followed: they can loop, or lead out of the tree being listed.
    if (options.recursive && dirent.isDirectory() && !OPAQUE_DIRECTORIES.has(dirent.name)) {
      yield* walkDirectory(childAbs, childRel, options, false);
    }
  }
}
