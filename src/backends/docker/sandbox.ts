// One running container: the host's handles on it (the attach stream, the exit, exec, the
// unix-socket channel in its run directory) and tearing it down.
import { readFileSync } from "node:fs";
import type net from "node:net";
import { type Duplex, PassThrough, type Readable } from "node:stream";
import { copyInViaExec } from "../copy-in.js";
import { buildEnv } from "../env.js";
import { WORKSPACE_INSIDE } from "../layout.js";
import { removeRunDir } from "../run-dir.js";
import { type ExecOptions, type ExecResult, type Sandbox, SandboxError, type SandboxExit } from "../types.js";
import { connectUnixChannel } from "../unix-channel.js";
import { DockerApiError, type DockerClient, demux } from "./client.js";

export interface DockerSandboxParams {
  client: DockerClient;
  id: string;
  /** the server's container: the sandbox's entry process */
  containerId: string;
  /** the commands' container (ADR 0014): where exec runs, with the runner's environment */
  commandsContainerId: string;
  runId: string;
  user: string;
  /** the commands' environment (the sandbox's, the runner's settings) */
  sandboxEnv: Record<string, string>;
  /** host run directory (holds the socket), removed at destroy, with its link directory */
  dir: string;
  socketPath: string;
}

/** the host directory of a sandbox's link socket (ADR 0014), beside its run directory */
export const linkDirOf = (runDir: string): string => `${runDir}.link`;

const EXEC_KILL_WAIT_MS = 2000;
/** the exit code exec reports for a command it had to kill at its timeout (as `timeout` does) */
const EXIT_TIMED_OUT = 124;

export class DockerSandbox implements Sandbox {
  readonly backend = "docker" as const;
  readonly id: string;
  readonly runId: string;
  /** the server's container */
  readonly containerId: string;
  /** the commands' container: the runner, the agent's commands, exec (ADR 0014) */
  readonly commandsContainerId: string;
  readonly stdout: Readable;
  readonly stderr: Readable;
  readonly exited: Promise<SandboxExit>;
  private hasExited = false;
  private destroying: Promise<void> | undefined;
  private readonly client: DockerClient;

  constructor(
    private readonly params: DockerSandboxParams,
    private readonly attach: Duplex,
    /** the runner's stderr: its diagnostics join the server's */
    private readonly runnerAttach: Duplex,
    exited: Promise<SandboxExit>,
  ) {
    this.id = params.id;
    this.runId = params.runId;
    this.containerId = params.containerId;
    this.commandsContainerId = params.commandsContainerId;
    this.client = params.client;
    const streams = demux(attach);
    this.stdout = streams.stdout;
    const stderr = new PassThrough();
    streams.stderr.pipe(stderr);
    demux(runnerAttach).stderr.pipe(stderr, { end: false });
    this.stderr = stderr;
    this.exited = exited.then((exit) => {
      this.hasExited = true;
      return exit;
    });
  }

  async openChannel(): Promise<net.Socket> {
    this.assertRunning();
    return connectUnixChannel(this.params.socketPath);
  }

  async exec(argv: string[], options: ExecOptions = {}): Promise<ExecResult> {
    this.assertRunning();
    if (argv.length === 0) throw new SandboxError("exec needs a command");
    // An exec inherits the container's environment: the commands' own (the sandbox's and the
    // runner's settings), the one run_command's processes have too.
    const env = buildEnv(this.params.sandboxEnv, options.env);
    const created = await this.client.request<{ Id: string }>(
      "POST",
      `/containers/${this.params.commandsContainerId}/exec`,
      {
        body: {
          Cmd: argv,
          Env: Object.entries(env).map(([key, value]) => `${key}=${value}`),
          WorkingDir: options.cwd ?? WORKSPACE_INSIDE,
          User: this.params.user,
          AttachStdin: options.stdin !== undefined,
          AttachStdout: true,
          AttachStderr: true,
          Tty: false,
          Privileged: false,
        },
      },
    );
    const stream = await this.client.hijack("POST", `/exec/${created.Id}/start`, {
      body: { Detach: false, Tty: false },
      timeoutMs: 0,
    });
    const { stdout, stderr } = demux(stream);
    const out = collect(stdout);
    const err = collect(stderr);
    if (options.stdin !== undefined) stream.end(options.stdin);
    else stream.end();

    let timedOut = false;
    const ended = new Promise<void>((resolve) => stdout.once("end", resolve).once("close", resolve));
    if (options.timeoutMs !== undefined && options.timeoutMs > 0) {
      const timer = setTimeout(() => {
        timedOut = true;
        void this.killExec(created.Id).finally(() => stream.destroy());
      }, options.timeoutMs);
      await ended;
      clearTimeout(timer);
    } else {
      await ended;
    }
    const [stdoutBuf, stderrBuf] = await Promise.all([out, err]);
    const exitCode = timedOut ? EXIT_TIMED_OUT : await this.execExitCode(created.Id);
    return { exitCode, stdout: stdoutBuf, stderr: stderrBuf, timedOut };
  }

  /**
   * The exec API cannot signal an exec'd process. On the engine's own host (the only place the
   * bind mounts work anyway) its inspect Pid is a host pid: kill it and everything below it.
   */
  private async killExec(execId: string): Promise<void> {
    try {
      const info = await this.client.request<{ Pid?: number }>("GET", `/exec/${execId}/json`, {
        timeoutMs: EXEC_KILL_WAIT_MS,
      });
      if (info.Pid) killTree(info.Pid);
    } catch {
      // the command ended meanwhile, or the engine is remote: the stream is closed regardless
    }
  }

  private async execExitCode(execId: string): Promise<number> {
    // The stream can end a moment before the engine records the exit code.
    for (let attempt = 0; attempt < 50; attempt++) {
      const info = await this.client.request<{ Running: boolean; ExitCode: number | null }>(
        "GET",
        `/exec/${execId}/json`,
      );
      if (!info.Running && info.ExitCode !== null) return info.ExitCode;
      await sleep(Math.min(2 ** attempt, 50));
    }
    throw new SandboxError(`the engine reported no exit code for exec ${execId}`);
  }

  copyIn(content: Buffer | string, path: string, mode = 0o644): Promise<void> {
    return copyInViaExec((argv, options) => this.exec(argv, options), content, path, mode);
  }

  async alive(): Promise<boolean> {
    if (this.hasExited || this.destroying) return false;
    try {
      const info = await this.client.request<{ State?: { Running?: boolean } }>(
        "GET",
        `/containers/${this.params.containerId}/json`,
      );
      return info.State?.Running === true;
    } catch {
      return false;
    }
  }

  destroy(graceMs = 3000): Promise<void> {
    this.destroying ??= this.teardown(graceMs);
    return this.destroying;
  }

  private async teardown(graceMs: number): Promise<void> {
    await Promise.all([
      removeContainer(this.client, this.params.containerId, graceMs),
      removeContainer(this.client, this.params.commandsContainerId, graceMs),
    ]);
    this.attach.destroy();
    this.runnerAttach.destroy();
    // not the protected paths' mount points: they are the run's (see src/backends/run-mounts.ts)
    removeRunDir(this.params.dir);
    removeRunDir(linkDirOf(this.params.dir));
  }

  private assertRunning(): void {
    if (this.hasExited || this.destroying) throw new SandboxError(`sandbox ${this.id} is not running`);
  }
}

/** Graceful stop (SIGTERM, then SIGKILL after graceMs), then remove; a container already gone is fine. */
export async function removeContainer(client: DockerClient, id: string, graceMs: number): Promise<void> {
  const seconds = Math.max(0, Math.ceil(graceMs / 1000));
  try {
    await client.request("POST", `/containers/${id}/stop`, {
      query: { t: seconds },
      timeoutMs: seconds * 1000 + 10_000,
    });
  } catch (error) {
    // 304: already stopped; 404: already gone
    if (!(error instanceof DockerApiError) || (error.status !== 304 && error.status !== 404)) throw error;
  }
  try {
    await client.request("DELETE", `/containers/${id}`, { query: { force: true, v: true } });
  } catch (error) {
    if (!(error instanceof DockerApiError) || error.status !== 404) throw error;
  }
}

function killTree(pid: number): void {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // gone, or not our host
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // gone already
  }
  for (const child of children) killTree(child);
}

function collect(stream: Readable): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.once("end", () => resolve(Buffer.concat(chunks)));
    stream.once("close", () => resolve(Buffer.concat(chunks)));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
