// `doctor` for the docker backend: is there an engine, which one, and can the host's node run in
// the images users are likely to pick.
import { findExecutable, resolveNodeBinary } from "../executables.js";
import type { PrereqCheck } from "../local/prereqs.js";
import { connectDocker } from "./client.js";
import { describeEndpoint, resolveDockerEndpoint } from "./endpoint.js";
import { elfInterpreter } from "./entry.js";

export async function checkDockerPrerequisites(
  env: Record<string, string | undefined> = process.env,
): Promise<PrereqCheck[]> {
  const checks: PrereqCheck[] = [];
  let where = "DOCKER_HOST";
  try {
    const endpoint = resolveDockerEndpoint(env);
    where = describeEndpoint(endpoint);
    const client = await connectDocker({ endpoint, timeoutMs: 3000 });
    try {
      const version = await client.request<{ Version?: string; Components?: { Name?: string }[] }>(
        "GET",
        "/version",
      );
      const name = version.Components?.[0]?.Name ?? "Docker Engine";
      checks.push({
        name: "engine",
        ok: true,
        detail: `${name} ${version.Version ?? "?"} at ${where}, API ${client.apiVersion}`,
      });
    } finally {
      await client.close();
    }
  } catch (error) {
    checks.push({
      name: "engine",
      ok: false,
      detail: (error as Error).message.split("\n")[0] ?? `no engine at ${where}`,
      fix:
        (error as { hint?: string }).hint ??
        "start Docker (or `podman system service`) and point DOCKER_HOST at its socket",
    });
  }
  try {
    const interpreter = elfInterpreter(resolveNodeBinary());
    checks.push({
      name: "node for images without one",
      ok: true,
      detail: interpreter
        ? `this host's node runs in images that have ${interpreter} (glibc); other images need their own node`
        : "this host's node is not a dynamically linked glibc binary; images need their own node",
    });
  } catch (error) {
    checks.push({ name: "node for images without one", ok: false, detail: (error as Error).message });
  }
  if (process.getuid?.() === 0) {
    // started by root on a root-owned checkout: a dedicated uid and an idmapped mount (idmap.ts)
    const perl = findExecutable("perl", env.PATH);
    checks.push(
      perl
        ? {
            name: "root-owned workspaces",
            ok: true,
            detail: `run as a dedicated uid with the workspace idmapped to it (perl: ${perl}); needs the engine on this host, in this mount namespace`,
          }
        : {
            name: "root-owned workspaces",
            ok: false,
            detail:
              "perl is not on PATH: a root-owned workspace cannot be idmapped for the sandbox's unprivileged uid",
            fix: "install perl (Debian/Ubuntu: apt-get install perl-base), or chown the checkout to a non-root user",
          },
    );
  }
  return checks;
}
