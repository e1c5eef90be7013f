// When an agent session counts as idle: nothing of it in flight (a request being answered, a call
// running, the notification stream a live client keeps open) for `idleMs`. A client that crashed,
// or one that only checked the server's health and never said goodbye (DELETE), would otherwise
// keep its session, and in mode ephemeral its sandbox, until the daemon stops (ADR 0015). The
// clock starts when the session opens and again whenever the last thing in flight ends.

/** setTimeout's largest delay; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface IdleWatch {
  /** something of the session is in flight until the returned function is called (twice is harmless) */
  busy(): () => void;
  /** no more expiry (the session ended) */
  stop(): void;
}

export function watchIdle(idleMs: number, onIdle: () => void): IdleWatch {
  let timer: NodeJS.Timeout | undefined;
  let inFlight = 0;
  let stopped = false;
  const disarm = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const arm = () => {
    disarm();
    if (stopped || inFlight > 0) return;
    // unref: an idle session never keeps the process alive by itself
    timer = setTimeout(
      () => {
        timer = undefined;
        if (stopped || inFlight > 0) return;
        stopped = true;
        onIdle();
      },
      Math.min(idleMs, MAX_TIMER_MS),
    ).unref();
  };
  arm();
  return {
    busy() {
      inFlight++;
      disarm();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        inFlight--;
        arm();
      };
    },
    stop() {
      stopped = true;
      disarm();
    },
  };
}
