// The tools' file system calls: node:fs's callback API as promises. node:fs/promises offers the
// same, but loading it brings readline and the REPL's history module along, 5-13 ms of the
// server's start before its first answer on the machines we measure
// (docs/adr/0004-start-up-and-call-cost.md); node:fs is loaded at start anyway.
import fs from "node:fs";
import { promisify } from "node:util";

export const stat = promisify(fs.stat);
export const readFile = promisify(fs.readFile);
export const readdir = promisify(fs.readdir);
export const writeFile = promisify(fs.writeFile);
export const mkdir = promisify(fs.mkdir);

const openFd = promisify(fs.open);
const fstat = promisify(fs.fstat);
const closeFd = promisify(fs.close);

/** The parts of a FileHandle the tools use: one open file, so stat and read see the same one. */
export interface OpenFile {
  stat(): Promise<fs.Stats>;
  readFile(): Promise<Buffer>;
  close(): Promise<void>;
}

export async function open(path: string, flags: string): Promise<OpenFile> {
  const fd = await openFd(path, flags);
  return {
    stat: () => fstat(fd),
    readFile: () => readFile(fd),
    close: () => closeFd(fd),
  };
}
