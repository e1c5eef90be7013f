// Where the action keeps its files: RUNNER_TEMP, which the runner gives each job and cleans.
import { tmpdir } from "node:os";
import { join } from "node:path";

export function actionPaths(env: NodeJS.ProcessEnv = process.env) {
  const base = join(env.RUNNER_TEMP || tmpdir(), "sandbox-action");
  // One job can use the action more than once; each use gets its own files.
  const key = `${env.GITHUB_ACTION || "sandbox"}-${process.pid}`;
  return {
    base,
    state: join(base, `${key}.json`),
    audit: join(base, `${key}.audit.jsonl`),
    log: join(base, `${key}.daemon.log`),
    mcpConfig: join(base, `${key}.mcp.json`),
  };
}
