// The bookkeeping of mode ephemeral (src/daemon/ephemeral.ts) with stand-in sandboxes: which
// sandbox a session gets, the spare refilled, a failed spare start, health across sessions, the
// bound on sandboxes (max-sandboxes), and close. The real thing (bubblewrap, containers, the daemon) is in test/daemon/ephemeral.test.ts.
import { describe, expect, it } from "vitest";
import { SANDBOX_LIMIT_CODE, SandboxLimitError, startEphemeral } from "../../src/daemon/ephemeral.js";
import type { Health, Supervisor } from "../../src/daemon/supervisor.js";
import type { SandboxSession } from "../../src/host/session.js";

interface Fake {
  started: string[];
  closed: string[];
  /** ids whose next start fails */
  failNext: number;
  health: Map<string, Partial<Health>>;
}

function fakes() {
  const fake: Fake = { started: [], closed: [], failNext: 0, health: new Map() };
  let count = 0;
  const start = async (): Promise<SandboxSession> => {
    if (fake.failNext > 0) {
      fake.failNext--;
      throw new Error("the engine is gone\nsecond line");
    }
    const id = `sbx-${++count}`;
    fake.started.push(id);
    return {
      sandbox: { id },
      client: { id },
      close: async () => {
        fake.closed.push(id);
      },
    } as unknown as SandboxSession;
  };
  const supervise = async (first: SandboxSession): Promise<Supervisor> => {
    const id = first.sandbox.id;
    return {
      current: () => first,
      acquire: async () => first.client,
      health: () => ({
        healthy: true,
        state: "running",
        consecutive_ok: 3,
        consecutive_failures: 0,
        last_ok: "2026-11-24T00:00:00.000Z",
        last_error: null,
        respawns: 0,
        ...fake.health.get(id),
      }),
      close: () => first.close(),
    } as unknown as Supervisor;
  };
  const logs: string[] = [];
  return { fake, start, supervise, logs, log: (line: string) => logs.push(line) };
}

const clientId = async (lease: { acquire(): Promise<unknown> }) =>
  ((await lease.acquire()) as { id: string }).id;

describe("ephemeral sandboxes", () => {
  it("hands the spare to a session, starts the next spare at once, and destroys a session's sandbox on release", async () => {
    const { fake, start, supervise, log } = fakes();
    const ephemeral = await startEphemeral({ start, supervise, log, maxSandboxes: 8, onChange: () => {} });
    expect(ephemeral.first.sandbox.id).toBe("sbx-1");
    const a = await ephemeral.lease();
    expect(await clientId(a)).toBe("sbx-1");
    expect(fake.started).toEqual(["sbx-1", "sbx-2"]); // the next spare is on its way
    const b = await ephemeral.lease();
    expect(await clientId(b)).toBe("sbx-2");
    expect(ephemeral.live()).toBe(2);

    await a.release();
    await a.release(); // idempotent
    expect(fake.closed).toEqual(["sbx-1"]);
    expect(ephemeral.live()).toBe(1);

    await ephemeral.close();
    expect(fake.closed.sort()).toEqual(["sbx-1", "sbx-2", "sbx-3"]); // b's and the spare
    await expect(ephemeral.lease()).rejects.toThrow(/stopping/);
  });

  it("a spare that failed to start: the next session starts its own; health says so until a start works", async () => {
    const { fake, start, supervise, log, logs } = fakes();
    const ephemeral = await startEphemeral({ start, supervise, log, maxSandboxes: 8, onChange: () => {} });
    fake.failNext = 1; // the spare started after the first lease
    const a = await ephemeral.lease();
    expect(await clientId(a)).toBe("sbx-1");
    await new Promise((resolve) => setImmediate(resolve));
    expect(ephemeral.health()).toMatchObject({
      healthy: false,
      last_error: "starting a spare sandbox failed: the engine is gone",
    });
    expect(logs.join("\n")).toMatch(/spare sandbox failed/);

    // No spare: one is started for the session, beside the next spare (sbx-2).
    const b = await ephemeral.lease();
    expect(await clientId(b)).toBe("sbx-3");
    await new Promise((resolve) => setImmediate(resolve));
    expect(ephemeral.health()).toMatchObject({ healthy: true, last_error: null });

    // Nothing starts any more: c gets the spare, but its successor fails, and so does d's own.
    fake.failNext = 3;
    expect(await clientId(await ephemeral.lease())).toBe("sbx-2");
    await new Promise((resolve) => setImmediate(resolve));
    await expect(ephemeral.lease()).rejects.toThrow("the engine is gone");
    await ephemeral.close();
  });

  it("health: unhealthy when any session's sandbox is, failed ones first; respawns of ended sessions still count", async () => {
    const { fake, start, supervise, log } = fakes();
    const ephemeral = await startEphemeral({ start, supervise, log, maxSandboxes: 8, onChange: () => {} });
    expect(ephemeral.health()).toMatchObject({ healthy: true, consecutive_ok: 1, respawns: 0 });
    const a = await ephemeral.lease();
    const b = await ephemeral.lease();
    expect(ephemeral.health()).toMatchObject({ healthy: true, consecutive_ok: 3 });

    fake.health.set("sbx-1", {
      healthy: false,
      consecutive_ok: 0,
      consecutive_failures: 2,
      last_error: "slow",
    });
    fake.health.set("sbx-2", {
      healthy: false,
      state: "failed",
      consecutive_ok: 0,
      last_error: "failed for good",
      respawns: 2,
    });
    expect(ephemeral.health()).toMatchObject({
      healthy: false,
      state: "running",
      consecutive_ok: 0,
      last_error: "failed for good",
      respawns: 2,
    });
    await b.release();
    expect(ephemeral.health()).toMatchObject({ healthy: false, last_error: "slow", respawns: 2 });
    await a.release();
    expect(ephemeral.health()).toMatchObject({ healthy: true, last_error: null, respawns: 2 });
    await ephemeral.close();
  });

  it("max-sandboxes counts the spare: no spare at the bound, a clear refusal past it, room again after a release", async () => {
    const { fake, start, supervise, log, logs } = fakes();
    const ephemeral = await startEphemeral({ start, supervise, log, maxSandboxes: 2, onChange: () => {} });
    const a = await ephemeral.lease();
    expect(fake.started).toEqual(["sbx-1", "sbx-2"]); // a's and the spare: two
    const b = await ephemeral.lease();
    expect(await clientId(b)).toBe("sbx-2");
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.started).toEqual(["sbx-1", "sbx-2"]); // no spare beyond the bound

    const refused = await ephemeral.lease().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SandboxLimitError);
    expect(refused).toMatchObject({
      code: SANDBOX_LIMIT_CODE,
      data: { max_sandboxes: 2, option: "max-sandboxes" },
      message: expect.stringMatching(/max-sandboxes 2\b.*--max-sandboxes \(action input max-sandboxes\)/),
    });
    expect(logs.join("\n")).toMatch(/refused a sandbox: 2 in use/);
    expect(fake.started).toHaveLength(2);

    // A release makes room: the spare is started again and the next session gets it.
    await a.release();
    expect(fake.started).toEqual(["sbx-1", "sbx-2", "sbx-3"]);
    expect(await clientId(await ephemeral.lease())).toBe("sbx-3");
    await ephemeral.close();
    expect(fake.closed.sort()).toEqual(["sbx-1", "sbx-2", "sbx-3"]);
  });

  it("at the bound, a sandbox being destroyed is waited for; concurrent sessions never pass the bound together", async () => {
    const { fake, start, supervise, log } = fakes();
    const ephemeral = await startEphemeral({ start, supervise, log, maxSandboxes: 1, onChange: () => {} });
    const a = await ephemeral.lease();
    // Two sessions at once while a holds the only one: both refused, and nothing is started.
    const [second, third] = await Promise.allSettled([ephemeral.lease(), ephemeral.lease()]);
    expect([second.status, third.status]).toEqual(["rejected", "rejected"]);
    expect(fake.started).toEqual(["sbx-1"]);

    // a's sandbox is still being destroyed when the next session asks: it waits for that, not more.
    const released = a.release();
    const next = ephemeral.lease();
    await released;
    expect(await clientId(await next)).toBe("sbx-2");
    expect(fake.started).toEqual(["sbx-1", "sbx-2"]);
    const [one, two] = await Promise.allSettled([ephemeral.lease(), ephemeral.lease()]);
    expect([one.status, two.status]).toEqual(["rejected", "rejected"]);
    expect(ephemeral.live()).toBe(1);
    await ephemeral.close();
    expect(fake.closed.sort()).toEqual(["sbx-1", "sbx-2"]);
  });

  it("concurrent sessions below the bound: each gets one, and the total never passes it", async () => {
    const { fake, start, supervise, log } = fakes();
    const ephemeral = await startEphemeral({ start, supervise, log, maxSandboxes: 3, onChange: () => {} });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => ephemeral.lease()));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome.status === "rejected")).toHaveLength(2);
    expect(fake.started).toHaveLength(3);
    expect(ephemeral.live()).toBe(3);
    await ephemeral.close();
    expect(fake.closed).toHaveLength(3);
  });
});
