// Every setting, once: the CLI flag and the action input of the same name are generated from this
// table, and so are `--help` and the README's table (a test keeps them in step).

export type OptionKind = "enum" | "string" | "path" | "list" | "duration" | "size" | "number";

export interface OptionSpec {
  /** kebab-case: the action input and the CLI flag (`--name`) */
  name: string;
  kind: OptionKind;
  description: string;
  /** as a user would write it; undefined = no default */
  default?: string;
  values?: readonly string[];
  /** list options: one entry per repeat of the flag, or separated by commas/newlines */
  valueName?: string;
}

export const BACKENDS = ["local", "docker", "kubernetes", "nomad", "auto"] as const;
export const NETWORK_POLICIES = ["none", "allowlist", "open"] as const;
export const WORKSPACE_MODES = ["rw", "ro"] as const;
export const MODES = ["persistent", "ephemeral"] as const;

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: "backend",
    kind: "enum",
    values: BACKENDS,
    default: "local",
    description:
      "Where the sandbox runs: `local` (bubblewrap namespaces, no daemon), `docker` (a container through the Docker Engine API; Podman's works too), or `auto` (docker when an engine answers at DOCKER_HOST or /var/run/docker.sock, else local). `kubernetes` and `nomad` are not available yet.",
  },
  {
    name: "image",
    kind: "string",
    default: "node:24-bookworm-slim",
    valueName: "IMAGE",
    description:
      "Container image (docker backend). It needs /bin/sh and nothing else: the server is mounted in, and runs on the host's Node when the image is glibc-based (or on the image's own `node`). Pulled when the engine does not have it.",
  },
  {
    name: "read-only-root",
    kind: "enum",
    values: ["false", "true"],
    default: "false",
    description:
      "Mount the container image's root filesystem read-only (docker backend); /workspace and /tmp stay writable. The local backend's root is always read-only.",
  },
  {
    name: "workspace",
    kind: "path",
    description: "Host directory mounted at /workspace inside the sandbox.",
    default: ".",
    valueName: "DIR",
  },
  {
    name: "workspace-mode",
    kind: "enum",
    values: WORKSPACE_MODES,
    default: "rw",
    description: "Mount the workspace read-write (`rw`) or read-only (`ro`).",
  },
  {
    name: "network",
    kind: "enum",
    values: NETWORK_POLICIES,
    default: "none",
    description:
      "Network policy: `none` (loopback only), `allowlist` (only HTTP(S) to `allowed-domains`, through the host's egress proxy; nothing else leaves), or `open` (the host's network).",
  },
  {
    name: "allowed-domains",
    kind: "list",
    valueName: "DOMAIN",
    description:
      "With `network: allowlist`: hosts the sandbox may reach over HTTP(S), exactly (`api.github.com`) or by suffix (`*.github.com`), optionally with a port (`example.com:8443`; default 80 and 443). Loopback, private, link-local and cloud-metadata addresses stay refused unless an address or CIDR range is listed explicitly (`10.1.2.0/24`).",
  },
  {
    name: "env",
    kind: "list",
    valueName: "KEY=VALUE",
    description: "Environment variables for the sandbox; nothing else of the host's environment enters it.",
  },
  {
    name: "redact",
    kind: "list",
    valueName: "VALUE",
    description:
      "Values replaced by `[REDACTED:redact]` in results, errors, the audit log and the job summary. Env entries written `secret:KEY=VALUE` are redacted too, and so are well-known credential shapes (GitHub, AWS, Slack tokens, private keys, JWTs, bearer headers).",
  },
  {
    name: "protected-paths",
    kind: "list",
    valueName: "PATH",
    description:
      "Workspace paths that are read-only for every process in the sandbox, on top of the defaults (all of .git, and the .git of every submodule; .gitmodules, .github/workflows, .mcp.json, .claude, .vscode, .envrc and similar).",
  },
  {
    name: "git-writable",
    kind: "enum",
    values: ["false", "true"],
    default: "false",
    description:
      "`true` lets the agent write .git (commit, branch, tag from inside the sandbox); its hooks and config stay read-only. This trusts the agent with the host's git: whatever the host's git later reads from .git can make it run code, with the job's credentials (hooks, config, commondir, a gitlink to a repository whose config sets core.fsmonitor). Leave it `false` unless the agent is trusted that far, and commit on the host instead.",
  },
  {
    name: "tools",
    kind: "list",
    valueName: "TOOL",
    description:
      "The tools the agent may list and call (default: all six). Unlisted tools are neither listed nor callable.",
  },
  {
    name: "deny-commands",
    kind: "list",
    valueName: "REGEX",
    description:
      "run_command calls whose command matches one of these regular expressions are refused on the host.",
  },
  {
    name: "allow-commands",
    kind: "list",
    valueName: "REGEX",
    description:
      "When given, run_command calls are refused on the host unless their command matches one of these regular expressions.",
  },
  {
    name: "memory",
    kind: "size",
    default: "4g",
    valueName: "SIZE",
    description: "Memory limit of the sandbox (e.g. 512m, 2g).",
  },
  {
    name: "cpus",
    kind: "number",
    valueName: "N",
    description: "CPU limit of the sandbox in cores (e.g. 1.5; default: no limit beyond the machine).",
  },
  {
    name: "pids",
    kind: "number",
    default: "1024",
    valueName: "N",
    description: "Most processes (and threads) the sandbox may have at once.",
  },
  {
    name: "limits-mode",
    kind: "enum",
    values: ["enforce", "best-effort"],
    default: "enforce",
    description:
      "`enforce`: a sandbox whose memory, pids (or cpus, when given) limit nothing on this machine can enforce does not start, and the error says how to fix that (local backend: a delegated cgroup, passwordless sudo, or root). `best-effort`: it starts with those limits unenforced, and the log and `doctor` say which.",
  },
  {
    name: "ttl",
    kind: "duration",
    default: "6h",
    description: "The sandbox is destroyed this long after it started, whatever it is doing.",
  },
  {
    name: "max-output",
    kind: "size",
    default: "128k",
    valueName: "SIZE",
    description:
      "Cap per output stream of one run_command call (and per read); beyond it the middle is cut out with a marker.",
  },
  {
    name: "max-request-size",
    kind: "size",
    default: "4m",
    valueName: "SIZE",
    description:
      "Largest request an agent may send to the sandbox in one message (e.g. a write_file with its content), at most 64m. A larger one is refused with a JSON-RPC error that names this limit and this option, and audited; it never reaches the sandbox.",
  },
  {
    name: "timeout",
    kind: "duration",
    default: "2m",
    description: "Default time limit of one run_command call (the call's `timeout_ms` overrides it).",
  },
  {
    name: "mode",
    kind: "enum",
    values: MODES,
    default: "persistent",
    description:
      "`persistent`: one sandbox for the whole job, shared by every agent session, watched by a health check and respawned when it fails. `ephemeral`: a fresh sandbox for every agent session that calls a tool (each `call`, each connection of an agent; initialize and tools/list need none), supervised the same way and destroyed when the session ends; one is kept started ahead so a session does not wait for it.",
  },
  {
    name: "max-sandboxes",
    kind: "number",
    default: "4",
    valueName: "N",
    description:
      "With `mode: ephemeral`: the most sandboxes that exist at once, the one kept started ahead included, so at most this many sessions hold one. A session's first tool call past it is refused with a JSON-RPC error that names this option (sandboxes being destroyed are waited for, nothing else is). Each sandbox may use up to `memory` and `cpus`.",
  },
  {
    name: "session-idle-timeout",
    kind: "duration",
    default: "15m",
    description:
      "An agent session with nothing open for this long (no request being answered, no call running, no notification stream: its client crashed or left without ending the session) is closed, and in mode ephemeral its sandbox destroyed (a persistent sandbox stays); a request with its id then gets HTTP 404, the MCP way to say initialize again. A live client keeps its session however long it is silent.",
  },
  {
    name: "health-interval",
    kind: "duration",
    default: "30s",
    description: "How often the daemon checks its sandbox (a tools/list to the server inside).",
  },
  {
    name: "health-timeout",
    kind: "duration",
    default: "10s",
    description: "How long one health check may take before it counts as a failure.",
  },
  {
    name: "respawn-threshold",
    kind: "number",
    default: "3",
    valueName: "N",
    description:
      "Consecutive failed health checks after which the sandbox is destroyed and a new one started (at once when the sandbox itself exits).",
  },
  {
    name: "max-respawns",
    kind: "number",
    default: "5",
    valueName: "N",
    description:
      "Most respawns in one job; after that the sandbox is failed for good and every call fails at once with the reason (0: never respawn).",
  },
  {
    name: "ready-timeout",
    kind: "duration",
    default: "30s",
    description: "How long the sandbox's server may take to become ready before provisioning fails.",
  },
];

export function optionSpec(name: string): OptionSpec {
  const spec = OPTIONS.find((option) => option.name === name);
  if (!spec) throw new Error(`no option named ${name}`);
  return spec;
}
