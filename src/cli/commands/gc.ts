// `gc`: removes sandboxes (and egress directories) left by runs that no longer exist. A run's
// sandboxes carry their owner's pid, start time and the host's boot id as labels (see
// src/backends/owner.ts); a run is gone when that process no longer runs on this boot. A run whose
// owner is alive, or cannot be judged (no owner labels, another host), is never touched.
import { readdirSync, statSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { ownerState } from "../../backends/owner.js";
import { removeRunDir, runDirBase } from "../../backends/run-dir.js";
import type { Backend, InventoryEntry } from "../../backends/types.js";
import { LABEL_MANAGED, LABEL_RUN_ID } from "../../backends/types.js";
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { EXIT } from "../exit-codes.js";

interface GcEntry {
  backend: string;
  id: string;
  run_id: string;
  reason: string;
}

interface GcReport {
  dry_run: boolean;
  removed: GcEntry[];
  kept: GcEntry[];
  egress_dirs_removed: string[];
  /** backends looked at, and those that could not be (docker without an engine) with why */
  backends: { name: string; checked: boolean; detail?: string }[];
  errors: string[];
}

/** A socket file with nobody listening: ECONNREFUSED (or no socket at all). */
const EGRESS_SOCKET = "egress.sock";
/** An egress directory without its socket is left alone this long (it may be starting up). */
const EGRESS_START_GRACE_MS = 60_000;

function socketListens(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ path });
    const done = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.once("connect", () => done(true));
    socket.once("error", (error: NodeJS.ErrnoException) =>
      // only a refusal proves nobody listens; anything else (EACCES, ...) keeps the directory
      done(error.code !== "ECONNREFUSED" && error.code !== "ENOENT"),
    );
    socket.setTimeout(2000, () => done(true));
  });
}

/**
 * Egress directories (`<base>/sandbox-action-egress[-uid]/e-*`) live exactly as long as their
 * owner's egress proxy listens on the socket inside: a socket that refuses connections, or a
 * directory that never got its socket, is left over.
 */
async function leftoverEgressDirs(): Promise<string[]> {
  const base = runDirBase(process.env, "sandbox-action-egress");
  let names: string[];
  try {
    names = readdirSync(base).filter((name) => name.startsWith("e-"));
  } catch {
    return [];
  }
  const left: string[] = [];
  for (const name of names) {
    const dir = join(base, name);
    const socket = join(dir, EGRESS_SOCKET);
    try {
      statSync(socket);
    } catch {
      try {
        if (Date.now() - statSync(dir).mtimeMs > EGRESS_START_GRACE_MS) left.push(dir);
      } catch {
        // removed meanwhile
      }
      continue;
    }
    if (!(await socketListens(socket))) left.push(dir);
  }
  return left;
}

async function backendsHere(report: GcReport): Promise<Backend[]> {
  const { loadBackend, selectBackend } = await import("../../backends/index.js");
  const backends: Backend[] = [await loadBackend("local")];
  report.backends.push({ name: "local", checked: true });
  const docker = await selectBackend("auto");
  if (docker.name === "docker") {
    backends.push(await loadBackend("docker"));
    report.backends.push({ name: "docker", checked: true });
  } else {
    report.backends.push({
      name: "docker",
      checked: false,
      detail: docker.reason.replace(/^auto: local, because /, ""),
    });
  }
  return backends;
}

async function collect(backend: Backend, dryRun: boolean, report: GcReport): Promise<void> {
  if (!backend.inventory) return;
  const entries = await backend.inventory({ [LABEL_MANAGED]: "true" });
  const runs = new Map<string, InventoryEntry[]>();
  for (const entry of entries) runs.set(entry.runId, [...(runs.get(entry.runId) ?? []), entry]);
  for (const [runId, sandboxes] of runs) {
    const states = sandboxes.map((sandbox) => ownerState(sandbox.labels));
    const row = (sandbox: InventoryEntry, reason: string): GcEntry => ({
      backend: backend.name,
      id: sandbox.id,
      run_id: runId,
      reason,
    });
    // a run is removed only when every one of its sandboxes is judged gone
    if (!runId || states.some((state) => state.state !== "gone")) {
      sandboxes.forEach((sandbox, i) => {
        const state = states[i];
        report.kept.push(
          row(
            sandbox,
            state?.state === "gone" ? "another sandbox of its run is not gone" : (state?.reason ?? ""),
          ),
        );
      });
      continue;
    }
    if (dryRun) {
      for (const [i, sandbox] of sandboxes.entries())
        report.removed.push(row(sandbox, states[i]?.reason ?? ""));
      continue;
    }
    const reaped = await backend.reap({ [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId });
    const reasons = new Map(sandboxes.map((sandbox, i) => [sandbox.id, states[i]?.reason ?? ""]));
    for (const sandbox of reaped)
      report.removed.push({
        backend: backend.name,
        id: sandbox.id,
        run_id: runId,
        reason: reasons.get(sandbox.id) ?? "its run is gone",
      });
  }
}

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const dryRun = args.flags["dry-run"] === true;
  const report: GcReport = {
    dry_run: dryRun,
    removed: [],
    kept: [],
    egress_dirs_removed: [],
    backends: [],
    errors: [],
  };
  let backends: Backend[] = [];
  try {
    backends = await backendsHere(report);
  } catch (error) {
    report.errors.push((error as Error).message);
  }
  for (const backend of backends) {
    try {
      await collect(backend, dryRun, report);
    } catch (error) {
      report.errors.push(`${backend.name}: ${(error as Error).message}`);
    }
  }
  for (const dir of await leftoverEgressDirs()) {
    if (!dryRun) removeRunDir(dir);
    report.egress_dirs_removed.push(dir);
  }

  if (args.flags.json === true) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const verb = dryRun ? "would remove" : "removed";
    for (const entry of report.removed)
      io.stdout.write(
        `${verb} ${entry.backend} sandbox ${entry.id} (run ${entry.run_id}): ${entry.reason}\n`,
      );
    for (const dir of report.egress_dirs_removed) io.stdout.write(`${verb} egress directory ${dir}\n`);
    for (const entry of report.kept)
      io.stdout.write(`kept ${entry.backend} sandbox ${entry.id} (run ${entry.run_id}): ${entry.reason}\n`);
    for (const backend of report.backends)
      if (!backend.checked) io.stdout.write(`skipped ${backend.name}: ${backend.detail}\n`);
    if (!report.removed.length && !report.egress_dirs_removed.length)
      io.stdout.write(dryRun ? "nothing to remove\n" : "nothing removed\n");
  }
  for (const error of report.errors) io.stderr.write(`sandbox-action gc: ${error}\n`);
  return report.errors.length ? EXIT.sandbox : EXIT.ok;
}
