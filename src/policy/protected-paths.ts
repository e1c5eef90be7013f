// Workspace paths that steer what runs outside the sandbox later (git hooks and config, CI
// workflows, agent and editor settings, direnv): read-only for every process in the sandbox, so an
// agent cannot plant code that the runner, a developer's editor or the next agent would execute.
import { posix } from "node:path";

export const DEFAULT_PROTECTED_PATHS: readonly string[] = [
  ".git/hooks",
  ".git/config",
  ".git/info/attributes",
  ".gitmodules",
  ".github/workflows",
  ".github/actions",
  ".mcp.json",
  ".claude",
  ".cursor",
  ".vscode",
  ".idea",
  ".devcontainer",
  ".envrc",
  ".env",
];

/** The defaults plus the user's extras, normalised to workspace-relative paths without duplicates. */
export function protectedPathList(extra: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const entry of [...DEFAULT_PROTECTED_PATHS, ...extra]) {
    const normal = posix
      .normalize(entry.trim())
      .replace(/^(\.\/)+/, "")
      .replace(/\/+$/, "");
    if (
      !normal ||
      normal === "." ||
      normal.startsWith("../") ||
      normal === ".." ||
      posix.isAbsolute(normal)
    ) {
      throw new Error(`protected path ${JSON.stringify(entry)} must be a path inside the workspace`);
    }
    seen.add(normal);
  }
  return [...seen];
}
