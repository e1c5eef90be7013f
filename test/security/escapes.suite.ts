// Attacks on the threat model's promises, through the full path (MCP client -> mTLS -> server in
// the sandbox). Each test tries to break out and asserts that it could not. Parameterised by
// backend: every sandboxed target runs the same attacks.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_CACHE_ENV } from "../../src/backends/layout.js";
import { CLIENT_CA_ENV } from "../../src/mtls/index.js";
import { runCommand as run, callTool as tool } from "../support/calls.js";
import type { Target } from "../support/target.js";

type Start = (options?: { network?: "none" | "open"; env?: Record<string, string> }) => Promise<Target>;

export function defineEscapeSuite(backend: string, start: Start): void {
  describe(`escapes (${backend})`, () => {
    const hostSecretName = `SANDBOX_TEST_HOST_SECRET_${randomBytes(3).toString("hex")}`;
    const hostSecretValue = `host-secret-${randomBytes(12).toString("hex")}`;
    const homeFile = join(homedir(), `.sandbox-action-test-${randomBytes(6).toString("hex")}`);
    const homeSecret = `home-secret-${randomBytes(12).toString("hex")}`;
    let target: Target;
    let listener: Server;
    let listenerPort = 0;
    let listenerConnections = 0;

    beforeAll(async () => {
      process.env[hostSecretName] = hostSecretValue;
      writeFileSync(homeFile, homeSecret, { mode: 0o644 });
      listener = createServer((socket) => {
        listenerConnections++;
        socket.end("reached-the-host\n");
      });
      await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
      listenerPort = (listener.address() as { port: number }).port;
      target = await start({ network: "none", env: { EXPLICIT_VAR: "explicit-value" } });
    });

    afterAll(async () => {
      delete process.env[hostSecretName];
      rmSync(homeFile, { force: true });
      listener?.close();
      await target?.close();
    });

    it("cannot read an environment variable of the host, but sees explicit env", async () => {
      const env = await run(
        target,
        "env; cat /proc/self/environ /proc/1/environ 2>/dev/null | tr '\\0' '\\n'",
      );
      expect(env.stdout).not.toContain(hostSecretValue);
      expect(env.stdout).not.toContain(hostSecretName);
      expect(env.stdout).toContain("EXPLICIT_VAR=explicit-value");
      // Not even in any process of the sandbox.
      const all = await run(target, "cat /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n' | sort -u");
      expect(all.stdout).not.toContain(hostSecretValue);
    });

    it("gives commands none of the server's own settings, which the server started with", async () => {
      const env = await run(target, "env");
      for (const name of [CLIENT_CA_ENV, CODE_CACHE_ENV]) {
        expect(env.stdout).not.toMatch(new RegExp(`^${name}=`, "m"));
      }
      // nor in any process they can see: the server's is out of their sight (ADR 0014)
      const all = await run(target, "cat /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n'");
      for (const name of [CLIENT_CA_ENV, CODE_CACHE_ENV]) {
        expect(all.stdout).not.toMatch(new RegExp(`^${name}=`, "m"));
      }
    });

    it("cannot read a file in the host's home, by tool or by command", async () => {
      expect((await tool(target, "read_file", { path: homeFile })).isError).toBe(true);
      const cat = await run(target, `cat '${homeFile}'`);
      expect(cat.exit_code).not.toBe(0);
      expect(cat.stdout + cat.stderr).not.toContain(homeSecret);
      const listing = await run(target, `ls -la '${homedir()}' /root /home 2>/dev/null`);
      expect(listing.stdout).not.toContain(homeFile.split("/").pop());
      for (const path of [homedir(), "/root", "/home"]) {
        const search = await tool(target, "search_files", { pattern: "home-secret", path });
        expect(search.text).not.toContain(homeSecret);
      }
    });

    it("cannot read the host's credential files or its processes", async () => {
      const shadow = await run(target, "cat /etc/shadow /etc/gshadow 2>&1; ls /run /var/run 2>&1");
      expect(shadow.stdout).not.toMatch(/^root:/m);
      expect(shadow.stdout).not.toMatch(/docker\.sock|podman\.sock/);
      // No unix socket of the host's (a container engine's, a runner's) is reachable, nor the
      // server's own: the commands' file tree has none at all (ADR 0014).
      const sockets = await run(
        target,
        "find / \\( -path /proc -o -path /sys \\) -prune -o -type s -print 2>/dev/null",
      );
      expect(sockets.stdout.trim()).toBe("");
      // The host's own pid (this test process) does not exist in the sandbox's /proc.
      const proc = await run(
        target,
        `ls /proc | grep -E '^[0-9]+$' | sort -n | tr '\\n' ' '; test -e /proc/${process.pid}/environ && echo HOSTPID`,
      );
      expect(proc.stdout).not.toContain("HOSTPID");
      expect((await tool(target, "read_file", { path: "/etc/shadow" })).text).not.toMatch(/^root:/m);
    });

    it("cannot connect to a TCP listener on the host's loopback with network none", async () => {
      const script = `const s=require('net').connect(${listenerPort},'127.0.0.1');s.on('data',d=>{process.stdout.write(d);process.exit(0)});s.on('error',e=>{console.log('ERR',e.code);process.exit(7)});setTimeout(()=>{console.log('TIMEOUT');process.exit(8)},3000)`;
      const attempt = await run(target, `node -e "${script}"`);
      expect(attempt.stdout).not.toContain("reached-the-host");
      expect(attempt.exit_code).not.toBe(0);
      expect(listenerConnections).toBe(0);
      const ifaces = await run(target, "cat /proc/net/dev");
      expect(
        ifaces.stdout
          .split("\n")
          .filter((l) => l.includes(":"))
          .map((l) => l.trim().split(":")[0]),
      ).toEqual(["lo"]);
    });

    it("cannot write outside /workspace and /tmp", async () => {
      const marker = `escape-${randomBytes(4).toString("hex")}`;
      for (const dir of [
        "/etc",
        "/usr",
        "/opt",
        "/var",
        "/",
        "/root",
        "/home",
        "/.sandbox",
        "/sys/kernel/mm",
      ]) {
        const path = `${dir === "/" ? "" : dir}/${marker}`;
        expect((await tool(target, "write_file", { path, content: "x" })).isError, path).toBe(true);
        const shell = await run(target, `echo x > '${path}' && echo WROTE`);
        expect(shell.stdout, path).not.toContain("WROTE");
        expect(existsSync(path), path).toBe(false);
      }
      // nor a kernel setting under /sys
      const thp = "/sys/kernel/mm/transparent_hugepage/enabled";
      const before = existsSync(thp) ? readFileSync(thp, "utf8") : undefined;
      const change = await run(target, `echo never > ${thp} && echo WROTE`);
      expect(change.stdout).not.toContain("WROTE");
      if (before !== undefined) expect(readFileSync(thp, "utf8")).toBe(before);
      // The legitimate places work, and /tmp is the sandbox's own.
      expect((await tool(target, "write_file", { path: `/tmp/${marker}`, content: "x" })).isError).toBe(
        false,
      );
      expect(existsSync(`/tmp/${marker}`)).toBe(false);
      expect((await tool(target, "write_file", { path: marker, content: "x" })).isError).toBe(false);
      expect(existsSync(join(target.workspace, marker))).toBe(true);
    });

    it("runs as an unprivileged user", async () => {
      const id = await run(target, "id -u; cat /proc/self/status | grep CapEff");
      expect(id.stdout.split("\n")[0]).not.toBe("0");
      expect(id.stdout).toMatch(/CapEff:\s+0+\n/);
    });
  });
}
