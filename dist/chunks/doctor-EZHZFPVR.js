import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/commands/doctor.ts
init_web_globals();
function nodeCheck() {
  let [major = 0, minor = 0] = process.versions.node.split(".").map(Number), ok = major > 22 || major === 22 && minor >= 19;
  return {
    name: "node",
    ok,
    detail: `Node ${process.versions.node} (needs >= 22.19)`,
    ...ok ? {} : { fix: "install Node 24 (scripts/setup.sh does it from the npm registry)" }
  };
}
async function execute(args, io) {
  let [{ checkLocalPrerequisites }, { checkDockerPrerequisites }] = await Promise.all([
    import("./local-A2ZUP76X.js"),
    import("./docker-TMJCUSYU.js")
  ]), [local, docker] = await Promise.all([checkLocalPrerequisites(), checkDockerPrerequisites()]), sections = [
    { backend: "host", checks: [nodeCheck()] },
    { backend: "local", checks: local },
    { backend: "docker", checks: docker }
  ], passes = (name) => sections.find((section) => section.backend === name)?.checks.every((check) => check.ok) === !0, ok = passes("host") && passes("local"), dockerOk = passes("docker");
  if (args.flags.json === !0)
    io.stdout.write(`${JSON.stringify({ ok, docker_ok: dockerOk, sections }, null, 2)}
`);
  else {
    for (let section of sections) {
      io.stdout.write(`${section.backend}
`);
      for (let check of section.checks)
        io.stdout.write(`  ${check.ok ? "ok  " : "FAIL"} ${check.name}: ${check.detail}
`), !check.ok && check.fix && io.stdout.write(`       fix: ${check.fix}
`);
    }
    io.stdout.write(
      ok ? `The local backend can run here.
` : `The local backend cannot run here; see the fixes above.
`
    ), io.stdout.write(
      dockerOk ? `The docker backend can run here.
` : `The docker backend cannot run here (it is optional).
`
    );
  }
  return ok ? EXIT.ok : EXIT.sandbox;
}
export {
  execute
};
