// Every setting, once: the CLI flag and the action input of the same name are generated from this
// table, and so are `--help` and the README's table (a test keeps them in step).

export type OptionKind = "enum" | "string" | "path" | "list" | "duration";

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
      "Network policy: `none` (loopback only) or `open` (the host's network). `allowlist` is not available yet.",
  },
  {
    name: "env",
    kind: "list",
    valueName: "KEY=VALUE",
    description: "Environment variables for the sandbox; nothing else of the host's environment enters it.",
  },
  {
    name: "timeout",
    kind: "duration",
    default: "2m",
    description: "Default time limit of one run_command call (the call's `timeout_ms` overrides it).",
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
