// `doctor`: what each backend needs on this machine, what is missing, how to fix it.
// Exit 0 when the default backend (local) can run here, 3 when it cannot; the docker section
// informs (most machines have only one of the two).
import type { ParsedArgs } from "../args.js";
import type { CommandIo } from "../commands.js";
import { EXIT } from "../exit-codes.js";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

function nodeCheck(): Check {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  const ok = major > 22 || (major === 22 && minor >= 19);
  return {
    name: "node",
    ok,
    detail: `Node ${process.versions.node} (needs >= 22.19)`,
    ...(ok ? {} : { fix: "install Node 24 (scripts/setup.sh does it from the npm registry)" }),
  };
}

export async function execute(args: ParsedArgs, io: CommandIo): Promise<number> {
  const [{ checkLocalPrerequisites }, { checkDockerPrerequisites }] = await Promise.all([
    import("../../backends/local/index.js"),
    import("../../backends/docker/index.js"),
  ]);
  const [local, docker] = await Promise.all([checkLocalPrerequisites(), checkDockerPrerequisites()]);
  const sections = [
    { backend: "host", checks: [nodeCheck()] },
    { backend: "local", checks: local as Check[] },
    { backend: "docker", checks: docker as Check[] },
  ];
  const passes = (name: string) =>
    sections.find((section) => section.backend === name)?.checks.every((check) => check.ok) === true;
  const ok = passes("host") && passes("local");
  const dockerOk = passes("docker");
  if (args.flags.json === true) {
    io.stdout.write(`${JSON.stringify({ ok, docker_ok: dockerOk, sections }, null, 2)}\n`);
  } else {
    for (const section of sections) {
      io.stdout.write(`${section.backend}\n`);
      for (const check of section.checks) {
        io.stdout.write(`  ${check.ok ? "ok  " : "FAIL"} ${check.name}: ${check.detail}\n`);
        if (!check.ok && check.fix) io.stdout.write(`       fix: ${check.fix}\n`);
      }
    }
    io.stdout.write(
      ok ? "The local backend can run here.\n" : "The local backend cannot run here; see the fixes above.\n",
    );
    io.stdout.write(
      dockerOk
        ? "The docker backend can run here.\n"
        : "The docker backend cannot run here (it is optional).\n",
    );
  }
  return ok ? EXIT.ok : EXIT.sandbox;
}
