#!/usr/bin/env node
// Rewrites the README's generated tables (options, action inputs and outputs) from their sources;
// test/unit/readme.test.ts and action-yml.test.ts fail until this has been run after a change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { parse } from "yaml";

const dir = mkdtempSync(join(tmpdir(), "render-readme-"));
try {
  const entry = join(dir, "entry.ts");
  writeFileSync(
    entry,
    `export { renderOptionsTable } from ${JSON.stringify(join(process.cwd(), "src/config/docs.ts"))};
     export { renderActionInputs, renderActionOutputs } from ${JSON.stringify(join(process.cwd(), "src/config/action-docs.ts"))};`,
  );
  const out = join(dir, "out.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "error",
  });
  const { renderOptionsTable, renderActionInputs, renderActionOutputs } = await import(
    pathToFileURL(out).href
  );
  const action = parse(readFileSync("action.yml", "utf8"));
  let readme = readFileSync("README.md", "utf8");
  const replace = (name, body) => {
    const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`);
    if (!pattern.test(readme)) throw new Error(`README.md has no <!-- ${name}:start/end --> markers`);
    readme = readme.replace(pattern, (_, start, end) => `${start}${body}${end}`);
  };
  replace("options", renderOptionsTable());
  replace("action-inputs", renderActionInputs(action));
  replace("action-outputs", renderActionOutputs(action));
  writeFileSync("README.md", readme);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
