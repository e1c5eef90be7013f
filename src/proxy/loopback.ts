// Defence against DNS rebinding: a web page whose domain now resolves to 127.0.0.1 reaches the
// proxy with its own name in Host and its own origin in Origin. Only loopback names pass.

export function loopbackChecker(port: number): {
  hostAllowed(host: string | undefined): boolean;
  originAllowed(origin: string | undefined): boolean;
} {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  return {
    hostAllowed: (host) => host !== undefined && hosts.has(host.toLowerCase()),
    // Non-browser clients send no Origin; browsers always do on cross-origin requests.
    originAllowed: (origin) => origin === undefined || origins.has(origin.toLowerCase()),
  };
}
