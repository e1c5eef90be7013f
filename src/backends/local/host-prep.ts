// Preparing a CI runner for the local backend, once, before the action's daemon starts (the
// action's main step runs this; the CLI never does: it does not change a developer's machine).
// Two things a non-root runner may lack, both fixed with root through `sudo -n` where that works
// (GitHub's hosted runners), each only where it is needed:
// - Ubuntu 23.10+'s AppArmor restriction on unprivileged user namespaces
//   (kernel.apparmor_restrict_unprivileged_userns=1), which bubblewrap needs: when bubblewrap
//   really cannot build a sandbox here (an AppArmor profile may grant it `userns`), the sysctl is
//   set to 0; without sudo the step fails and names the step to add.
// - a cgroup the runner's user may make the sandbox's cgroups in (the limits): the plan is
//   limits.ts's own (detectCgroups, preparationScript), the one create() would carry out through
//   `sudo -n` later. Carried out here, in the process that then starts the daemon, it is done when
//   the daemon looks (the daemon inherits the cgroup this process moved into), and the step's log
//   says what it changed. Without sudo nothing is prepared: create() then enforces what it can, or
//   refuses and says how to fix it (limits-mode).
// Commands run through an injected runner (the action's is @actions/exec), so tests fake the
// machine: a /proc/sys directory, a cgroup host, the runner.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BackendChoice } from "../index.js";
import { SandboxError } from "../types.js";
import {
  type CgroupHost,
  type CgroupSupport,
  detectCgroups,
  preparationScript,
  realCgroupHost,
  unenforcedLimitsFix,
} from "./limits.js";

export const APPARMOR_USERNS_SYSCTL = "kernel.apparmor_restrict_unprivileged_userns";
const APPARMOR_USERNS_FILE = "kernel/apparmor_restrict_unprivileged_userns";

/** The step a workflow adds when the action cannot lift the restriction itself. */
export const APPARMOR_USERNS_FIX =
  `add a step before this action: \`- run: sudo sysctl -w ${APPARMOR_USERNS_SYSCTL}=0\` ` +
  "(run by a user that may use sudo), or install an AppArmor profile that grants bwrap `userns`, " +
  "or use `backend: docker`";

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a host command to its end; never throws (a command that cannot start is a failed result). */
export type CommandRunner = (command: string, args: string[]) => Promise<CommandResult>;

export interface HostPrepOptions {
  /** the configured backend; `auto` is settled only when something would have to change */
  backend: BackendChoice;
  /** limits-mode best-effort: a failed cgroup preparation is a log line, not a failed step */
  bestEffortLimits?: boolean;
}

export interface HostPrepDeps {
  run: CommandRunner;
  log: (line: string) => void;
  /** root of the sysctl tree (default /proc/sys) */
  procSys?: string;
  /** this process's uid (default process.getuid()); root runs the commands without sudo */
  uid?: number | undefined;
  /** the machine as limits.ts sees it (default the real one); its sudo is never used here */
  cgroupHost?: CgroupHost;
  /** whether bubblewrap can build a sandbox's namespaces here; undefined: there is no bwrap */
  userNamespacesWork?: () => Promise<boolean | undefined>;
  /** settles `auto` (default: src/backends/index.ts's selectBackend) */
  selectBackend?: () => Promise<{ name: string; reason: string }>;
}

export interface HostPrepResult {
  /** one sentence per change made, in order (also logged, prefixed "host: ") */
  changed: string[];
}

interface SudoProbe {
  ok: boolean;
  detail: string;
}

function readSysctl(procSys: string, file: string): string | undefined {
  try {
    return readFileSync(join(procSys, file), "utf8").trim();
  } catch {
    return undefined;
  }
}

function firstLine(result: CommandResult): string {
  return (
    `${result.stderr}`.trim().split("\n")[0] ||
    `${result.stdout}`.trim().split("\n")[0] ||
    `exit ${result.exitCode}`
  );
}

async function defaultUserNamespacesWork(): Promise<boolean | undefined> {
  const [{ findExecutable }, { probeSandboxNamespaces }] = await Promise.all([
    import("../executables.js"),
    import("./prereqs.js"),
  ]);
  const bwrap = findExecutable("bwrap", process.env.PATH);
  if (!bwrap) return undefined;
  return (await probeSandboxNamespaces(bwrap)).code === 0;
}

async function defaultSelectBackend(): Promise<{ name: string; reason: string }> {
  const { selectBackend } = await import("../index.js");
  return selectBackend("auto");
}

/**
 * Makes this runner able to run local sandboxes, changing only what must change; logs each change
 * (and, when there is none, that nothing changed). Throws a SandboxError with the fix when a needed
 * change cannot be made.
 */
export async function prepareHost(options: HostPrepOptions, deps: HostPrepDeps): Promise<HostPrepResult> {
  const { run, log } = deps;
  const changed: string[] = [];
  if (options.backend === "docker") {
    log("host: nothing to prepare for the docker backend");
    return { changed };
  }
  const procSys = deps.procSys ?? "/proc/sys";
  const uid = "uid" in deps ? deps.uid : process.getuid?.();
  const cgroupHost = deps.cgroupHost ?? realCgroupHost;

  // What would need root, found without asking sudo (a failed sudo may be logged as an incident).
  const apparmor = readSysctl(procSys, APPARMOR_USERNS_FILE);
  let sudoAsked = false;
  const unprobed = detectCgroups({
    ...cgroupHost,
    sudoAvailable: () => {
      sudoAsked = true;
      return { ok: false, detail: "passwordless sudo not probed yet" };
    },
  });
  const cgroupsNeedRoot = sudoAsked;
  if (apparmor !== "1" && !cgroupsNeedRoot) {
    log(
      `host: nothing to change (${APPARMOR_USERNS_SYSCTL}: ${apparmor ?? "not present"}; cgroups: ${cgroupsSaid(unprobed)})`,
    );
    return { changed };
  }
  if (options.backend === "auto") {
    const chosen = await (deps.selectBackend ?? defaultSelectBackend)();
    if (chosen.name !== "local") {
      log(`host: nothing to prepare (${chosen.reason})`);
      return { changed };
    }
  }

  let sudo: SudoProbe | undefined;
  const sudoProbe = async (): Promise<SudoProbe> => {
    if (sudo) return sudo;
    if (uid === 0) {
      sudo = { ok: true, detail: "root" };
      return sudo;
    }
    const probe = await run("sudo", ["-n", "true"]);
    sudo =
      probe.exitCode === 0
        ? { ok: true, detail: "passwordless sudo" }
        : { ok: false, detail: `\`sudo -n true\` failed (${firstLine(probe)})` };
    return sudo;
  };
  const asRoot = (command: string, args: string[]) =>
    uid === 0 ? run(command, args) : run("sudo", ["-n", command, ...args]);

  if (apparmor === "1") {
    const works = await (deps.userNamespacesWork ?? defaultUserNamespacesWork)();
    if (works === true) {
      log(
        `host: ${APPARMOR_USERNS_SYSCTL}=1 left as is: bubblewrap can create user namespaces here (an AppArmor profile allows it)`,
      );
    } else if (works === undefined) {
      log(
        `host: ${APPARMOR_USERNS_SYSCTL}=1 left as is: bubblewrap is not installed (the sandbox's start says how to install it)`,
      );
    } else {
      const cannot = `AppArmor forbids unprivileged user namespaces on this runner (${APPARMOR_USERNS_SYSCTL}=1), and bubblewrap needs them`;
      const probe = await sudoProbe();
      if (!probe.ok)
        throw new SandboxError(
          `${cannot}; the action cannot lift that: ${probe.detail}`,
          APPARMOR_USERNS_FIX,
        );
      const set = await asRoot("sysctl", ["-w", `${APPARMOR_USERNS_SYSCTL}=0`]);
      const now = readSysctl(procSys, APPARMOR_USERNS_FILE);
      if (set.exitCode !== 0 || now !== "0") {
        throw new SandboxError(
          `${cannot}; \`${uid === 0 ? "" : "sudo -n "}sysctl -w ${APPARMOR_USERNS_SYSCTL}=0\` ${set.exitCode !== 0 ? `failed (${firstLine(set)})` : `left it at ${now ?? "?"}`}`,
          APPARMOR_USERNS_FIX,
        );
      }
      const line = `set ${APPARMOR_USERNS_SYSCTL}=0 (was 1) so bubblewrap can create user namespaces`;
      log(`host: ${line}`);
      changed.push(line);
    }
  }

  if (cgroupsNeedRoot) {
    const probe = await sudoProbe();
    const support = detectCgroups({ ...cgroupHost, sudoAvailable: () => probe });
    const preparation = support.preparation;
    if (preparation?.via === "sudo") {
      const done = await run("sudo", ["-n", "/bin/sh", "-euc", preparationScript(preparation.steps)]);
      if (done.exitCode === 0) {
        const line = `cgroups for the sandbox's limits: ${preparation.summary}; the daemon started next inherits it`;
        log(`host: ${line}`);
        changed.push(line);
      } else {
        const message = `preparing cgroups for uid ${uid ?? "?"} through \`sudo -n\` failed: ${firstLine(done)} (the plan: ${preparation.summary})`;
        if (!options.bestEffortLimits) throw new SandboxError(message, unenforcedLimitsFix(uid));
        log(`host: ${message}; limits-mode best-effort: the sandbox starts without those limits`);
      }
    } else {
      log(
        `host: cgroups left as they are (${support.detail}); the sandbox's start enforces what it can (limits-mode)`,
      );
    }
  }
  if (changed.length === 0) log("host: nothing changed");
  return { changed };
}

function cgroupsSaid(support: CgroupSupport): string {
  // a "delegated" preparation (systemd's Delegate=yes) needs no root: the daemon does it itself
  return support.preparation
    ? `${support.detail}; the daemon prepares it itself, without root`
    : support.detail;
}
