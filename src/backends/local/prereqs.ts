// `doctor` for the local backend: what it needs on this machine, what is missing, how to fix it.
// Unlike create(), this may spend a probe spawn.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { findExecutable, resolveNodeBinary } from "../executables.js";
import { ensureRunDirBase, runDirBase } from "../run-dir.js";
import { HINT_INSTALL_BWRAP, startupFailure } from "./errors.js";
import { DEDICATED_ID_BASE } from "./identity.js";
import {
  type CgroupSupport,
  detectCgroups,
  kernelAtLeast,
  type LimitMechanism,
  plannedMechanisms,
  unenforcedLimitsFix,
} from "./limits.js";

export interface PrereqCheck {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

export interface PrereqOptions {
  bwrapPath?: string;
  perlPath?: string;
  nodePath?: string;
  hostEnv?: Record<string, string | undefined>;
  /** root of the sysctl tree; tests point it at a fake */
  procSys?: string;
}

export async function checkLocalPrerequisites(options: PrereqOptions = {}): Promise<PrereqCheck[]> {
  const env = options.hostEnv ?? process.env;
  const checks: PrereqCheck[] = [];
  const bwrap = options.bwrapPath ? findExecutable(options.bwrapPath) : findExecutable("bwrap", env.PATH);
  if (bwrap) {
    const version = await run(bwrap, ["--version"]);
    checks.push({
      name: "bubblewrap",
      ok: true,
      detail: `${bwrap} (${version.stdout.trim() || "unknown version"})`,
    });
  } else {
    checks.push({
      name: "bubblewrap",
      ok: false,
      detail: "bwrap is not installed or not on PATH",
      fix: HINT_INSTALL_BWRAP,
    });
  }

  const sysctls = userNamespaceSysctls(options.procSys ?? "/proc/sys");
  let probeOk = false;
  if (bwrap) {
    const probe = await probeSandboxNamespaces(bwrap);
    probeOk = probe.code === 0;
    if (probeOk) {
      checks.push({
        name: "bubblewrap sandbox",
        ok: true,
        detail: "user, pid, net, ipc, uts namespaces and mounts work",
      });
    } else {
      const error = startupFailure(probe.stderr, probe.code, probe.signal);
      checks.push({ name: "bubblewrap sandbox", ok: false, detail: error.message, fix: error.hint });
    }
  }
  const restrictedFix =
    "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, or install an AppArmor profile granting bwrap `userns`";
  const sysctlFix = sysctls.blocker ?? (sysctls.restricted && !probeOk ? restrictedFix : undefined);
  checks.push({
    name: "user namespace sysctls",
    ok: sysctlFix === undefined,
    detail: sysctls.detail,
    ...(sysctlFix ? { fix: sysctlFix } : {}),
  });

  const perl = options.perlPath ? findExecutable(options.perlPath) : findExecutable("perl", env.PATH);
  checks.push(
    perl
      ? { name: "perl (exec into sandboxes)", ok: true, detail: perl }
      : {
          name: "perl (exec into sandboxes)",
          ok: false,
          detail: "perl is not on PATH; exec/copyIn into local sandboxes will fail",
          fix: "install perl (Debian/Ubuntu: apt-get install perl-base)",
        },
  );

  try {
    checks.push({
      name: "node runtime for the sandbox",
      ok: true,
      detail: resolveNodeBinary(options.nodePath),
    });
  } catch (error) {
    checks.push({
      name: "node runtime for the sandbox",
      ok: false,
      detail: (error as Error).message,
      fix: "install Node.js 22 or newer on PATH",
    });
  }

  checks.push(limitsCheck());

  const base = runDirBase(env);
  try {
    ensureRunDirBase(base);
    checks.push({ name: "run directory", ok: true, detail: base });
  } catch (error) {
    checks.push({
      name: "run directory",
      ok: false,
      detail: (error as Error).message,
      fix: `remove ${base} or set RUNNER_TEMP`,
    });
  }
  return checks;
}

/**
 * What would enforce each limit here (the same detection create() uses, without preparing
 * anything), so a user sees before a run which limits the local backend cannot hold on this
 * machine: create() refuses those unless best-effort limits were chosen, so this is a failure.
 */
export function limitsCheck(
  support: CgroupSupport = detectCgroups(),
  rlimitNproc = kernelAtLeast(5, 14),
  uid: number | undefined = process.getuid?.(),
): PrereqCheck {
  const planned = plannedMechanisms(support, rlimitNproc);
  const ok = planned.memory !== "none" && planned.pids !== "none";
  const say = (mechanism: LimitMechanism) =>
    mechanism === "none" ? "NOT enforceable" : mechanism === "rlimit" ? "RLIMIT_NPROC" : mechanism;
  const notes = [
    support.detail,
    support.preparation ? `the first create prepares: ${support.preparation.summary}` : undefined,
    ok && planned.cpu === "none" ? "a cpus limit would be refused" : undefined,
  ].filter(Boolean);
  return {
    name: "resource limits (local)",
    ok,
    detail: `memory: ${say(planned.memory)}, pids: ${say(planned.pids)}, cpus: ${say(planned.cpu)}; ${notes.join("; ")}`,
    ...(ok ? {} : { fix: unenforcedLimitsFix(uid) }),
  };
}

/**
 * One bubblewrap run with the namespaces a sandbox uses, as the uid a sandbox would run as: whether
 * bubblewrap can build a sandbox on this machine (doctor; the action's host preparation, host-prep.ts).
 */
export function probeSandboxNamespaces(
  bwrap: string,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const trueBin = findExecutable("true", "/usr/bin:/bin") ?? "true";
  // started by root, sandboxes run as an unprivileged uid (identity.ts): probe as one
  return run(
    bwrap,
    [
      "--unshare-user",
      "--unshare-pid",
      "--unshare-net",
      "--unshare-ipc",
      "--unshare-uts",
      "--unshare-cgroup-try",
      "--disable-userns",
      "--die-with-parent",
      "--new-session",
      "--uid",
      "1000",
      "--gid",
      "1000",
      "--ro-bind",
      "/",
      "/",
      "--proc",
      "/proc",
      "--dev",
      "/dev",
      "--tmpfs",
      "/tmp",
      trueBin,
    ],
    process.getuid?.() === 0 ? DEDICATED_ID_BASE : undefined,
  );
}

interface Sysctls {
  detail: string;
  /** a setting that certainly prevents bubblewrap from working, with its fix */
  blocker?: string;
  /** Ubuntu's AppArmor restriction: works only if a profile grants bwrap userns */
  restricted: boolean;
}

export function userNamespaceSysctls(procSys: string): Sysctls {
  const read = (name: string) => {
    try {
      return readFileSync(`${procSys}/${name}`, "utf8").trim();
    } catch {
      return undefined;
    }
  };
  const clone = read("kernel/unprivileged_userns_clone");
  const max = read("user/max_user_namespaces");
  const apparmor = read("kernel/apparmor_restrict_unprivileged_userns");
  const detail = [
    `user.max_user_namespaces=${max ?? "n/a"}`,
    `kernel.unprivileged_userns_clone=${clone ?? "n/a"}`,
    `kernel.apparmor_restrict_unprivileged_userns=${apparmor ?? "n/a"}`,
  ].join(", ");
  let blocker: string | undefined;
  if (max === "0") blocker = "sudo sysctl -w user.max_user_namespaces=15000";
  else if (clone === "0") blocker = "sudo sysctl -w kernel.unprivileged_userns_clone=1";
  const restricted = apparmor === "1";
  return {
    detail: restricted
      ? `${detail} (AppArmor restricts unprivileged user namespaces; bwrap works only with a profile that allows userns)`
      : detail,
    ...(blocker ? { blocker } : {}),
    restricted,
  };
}

function run(
  cmd: string,
  args: string[],
  /** run as this uid (and gid of the same number) */
  as?: number,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      env: {},
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 10_000,
      cwd: "/",
      ...(as === undefined ? {} : { uid: as, gid: as }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("error", (error) => resolve({ code: null, signal: null, stdout, stderr: error.message }));
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
