// Promise 4 of the threat model under attack (issue 17 item 5): the commands the agent runs cannot
// see, signal, trace or read the memory of the server, nor reach, remove or replace its listener
// (ADR 0014: the server and the commands live in two compartments). The red team read the
// server's TLS key from /proc/<pid>/mem, moved its socket aside and bound an impostor with the
// stolen key; each step is tried here, through the full path, on every backend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUN_INSIDE, SOCKET_NAME } from "../../src/backends/layout.js";
import { runCommand as run } from "../support/calls.js";
import type { Target } from "../support/target.js";

type Start = () => Promise<Target>;

/**
 * The start of a PEM-encoded PKCS#8 ECDSA P-256 key (the identities' keys, src/mtls/identity.ts),
 * base64-encoded once more: written plainly, it would sit in the memory of the shell that runs the
 * scan (the bundle's code holds the PEM header alone, never followed by a key).
 */
const KEY_PREFIX_BASE64 =
  "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JR0hBZ0VBTUJNR0J5cUdTTTQ5QWdFR0NDcUdTTTQ5QXdFSEJHMHdhd0lCQVFRZw==";

/**
 * Node, run as a command: every process the command can see, what it is, and whether a private
 * key turns up in its environment or its readable memory (/proc/PID/mem, as a debugger reads it).
 * Prints one JSON line.
 */
const SCAN = String.raw`
const fs = require("fs");
const needle = Buffer.from("${KEY_PREFIX_BASE64}", "base64");
const out = { processes: [], keyIn: [], memoryRead: [] };
for (const name of fs.readdirSync("/proc")) {
  if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
  let cmdline = "";
  try { cmdline = fs.readFileSync("/proc/" + name + "/cmdline", "latin1").split("\0").join(" "); } catch { continue; }
  out.processes.push(name + " " + cmdline);
  try { if (fs.readFileSync("/proc/" + name + "/environ").includes(needle)) out.keyIn.push(name + " environ"); } catch {}
  let maps = "";
  try { maps = fs.readFileSync("/proc/" + name + "/maps", "latin1"); } catch { continue; }
  let fd;
  try { fd = fs.openSync("/proc/" + name + "/mem", "r"); } catch { continue; }
  let read = 0;
  for (const line of maps.split("\n")) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) (r)..p \S+ \S+ 0\s*$/.exec(line);
    if (!m) continue;
    const start = Number.parseInt(m[1], 16), end = Number.parseInt(m[2], 16);
    const buf = Buffer.alloc(Math.min(end - start, 64 << 20));
    try {
      const n = fs.readSync(fd, buf, 0, buf.length, start);
      read += n;
      if (buf.subarray(0, n).includes(needle)) { out.keyIn.push(name + " memory"); break; }
    } catch {}
  }
  fs.closeSync(fd);
  if (read > 0) out.memoryRead.push(name);
}
console.log(JSON.stringify(out));
`;

export function defineIsolationSuite(backend: string, start: Start): void {
  describe(`server isolated from the commands (${backend})`, () => {
    let target: Target;

    beforeAll(async () => {
      target = await start();
    });

    afterAll(async () => {
      await target?.close();
    });

    it("no process a command can see is the server, and no memory it can read holds a private key", async () => {
      const scan = await run(target, `node -e '${SCAN}'`, 60_000);
      expect(scan.exit_code, scan.stderr).toBe(0);
      const found = JSON.parse(scan.stdout) as { processes: string[]; keyIn: string[]; memoryRead: string[] };
      // the attack itself works: it reads the memory of the processes it can see (its own shell's)
      expect(found.memoryRead.length, found.processes.join("\n")).toBeGreaterThan(0);
      expect(found.keyIn, found.processes.join("\n")).toEqual([]);
      expect(found.processes.filter((line) => line.includes("--listen"))).toEqual([]);
    });

    it("cannot reach, remove or replace the server's listener, and the host keeps talking to the server", async () => {
      const socket = `${RUN_INSIDE}/${SOCKET_NAME}`;
      const attempt = await run(
        target,
        [
          `ls -la ${RUN_INSIDE} 2>&1`,
          `find / \\( -path /proc -o -path /sys \\) -prune -o -type s -print 2>/dev/null`,
          `[ -e ${socket} ] && mv ${socket} /tmp/moved.sock 2>/dev/null && echo MOVED`,
          `[ -e ${socket} ] && rm -f ${socket} 2>/dev/null && [ ! -e ${socket} ] && echo REMOVED`,
          // an impostor listener where the server's was
          `node -e 'require("net").createServer().listen("${socket}", () => { console.log("BOUND"); process.exit(0) }).on("error", e => { console.log("bind", e.code); })'`,
        ].join("; "),
      );
      expect(attempt.stdout).not.toMatch(/MOVED|REMOVED|BOUND/);
      expect(attempt.stdout).not.toContain(`${SOCKET_NAME}\n`);
      // the host still reaches the real server: a call goes through and answers from inside
      const after = await run(target, "echo still-the-sandbox");
      expect(after.stdout).toBe("still-the-sandbox\n");
    });

    it("cannot signal the server: a command that kills every server process it finds leaves it serving", async () => {
      // before ADR 0014, this found the server by its argv and killed it: the sandbox was gone
      const attack = await run(
        target,
        `for p in /proc/[0-9]*; do if tr '\\0' ' ' < $p/cmdline 2>/dev/null | grep -q -e '--listen '; then kill -9 \${p#/proc/} && echo KILLED; fi; done; echo done`,
      );
      expect(attack.stdout).not.toContain("KILLED");
      const ping = await target.client.listTools();
      expect(ping.tools.map((tool) => tool.name)).toContain("run_command");
      expect((await run(target, "echo alive")).stdout).toBe("alive\n");
    });
  });
}
