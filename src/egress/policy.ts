// One request's verdict: may the sandbox reach HOST:PORT, and at which addresses. The name (or IP
// literal) must be on the allowlist; names are resolved here, on the host, and every address they
// resolve to must be an ordinary public one unless the allowlist lists that address or range.
import { lookup } from "node:dns/promises";
import { classify, formatIp, type IpAddress, parseIp } from "./address.js";
import { type Allowlist, DEFAULT_PORTS, normalizeHostName } from "./allowlist.js";

/**
 * Maps a host name to addresses instead of DNS (undefined: ask DNS). For tests only: it is an
 * option in code, and no config field, flag, action input or environment variable sets it.
 */
export type ResolveOverride = (host: string) => string[] | undefined;

export type Verdict =
  | { allowed: true; host: string; port: number; rule: string; addresses: string[] }
  | { allowed: false; host: string; port: number; status: 400 | 403 | 502; rule: string; address?: string };

/** A request's target as the client wrote it: `host:port` (CONNECT) or an absolute http URL. */
export interface Target {
  host: string;
  port: number;
}

/** Parses CONNECT's authority-form `host:port` / `[v6]:port`; undefined when malformed. */
export function parseAuthority(text: string): Target | undefined {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]/?#@\s]+):(\d{1,5})$/.exec(text);
  if (!m) return undefined;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return undefined;
  const host = canonicalHost(m[1] as string);
  return host === undefined ? undefined : { host, port };
}

/** Parses an absolute-form `http://host[:port]/path` request target. */
export function parseAbsoluteUrl(text: string): (Target & { path: string }) | { error: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      error:
        "the request target is not an absolute URL: send requests to this proxy as a client configured with HTTP_PROXY does",
    };
  }
  if (url.protocol !== "http:") {
    return {
      error: `${url.protocol}// URLs cannot be forwarded as plain requests: use CONNECT for https (HTTPS_PROXY), only http and https are supported`,
    };
  }
  if (url.username || url.password) return { error: "credentials in the URL are not forwarded" };
  const host = canonicalHost(url.hostname);
  if (host === undefined) return { error: `"${url.hostname}" is not a valid host name` };
  return { host, port: url.port ? Number(url.port) : 80, path: `${url.pathname}${url.search}` };
}

/** Lower-case, punycode, numeric IPv4 forms normalised (WHATWG URL), no brackets or trailing dot. */
function canonicalHost(raw: string): string | undefined {
  let hostname: string;
  try {
    hostname = new URL(`http://${raw}/`).hostname;
  } catch {
    return undefined;
  }
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  if (parseIp(bare)) return formatIp(parseIp(bare) as IpAddress);
  return normalizeHostName(bare);
}

export interface DecideOptions {
  resolveOverride?: ResolveOverride;
  lookupTimeoutMs: number;
}

async function resolveHost(host: string, options: DecideOptions): Promise<string[]> {
  const overridden = options.resolveOverride?.(host);
  if (overridden) return overridden;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${options.lookupTimeoutMs} ms`)),
      options.lookupTimeoutMs,
    );
  });
  try {
    const answers = await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]);
    return answers.map((a) => a.address);
  } finally {
    clearTimeout(timer);
  }
}

const portsText = (ports: readonly number[]) =>
  ports === DEFAULT_PORTS ? "80 and 443 (the default for entries without a port)" : ports.join(", ");

export async function decide(allowlist: Allowlist, target: Target, options: DecideOptions): Promise<Verdict> {
  const { host, port } = target;
  const deny = (rule: string, status: 400 | 403 | 502 = 403, address?: string): Verdict => ({
    allowed: false,
    host,
    port,
    status,
    rule,
    ...(address ? { address } : {}),
  });

  const literal = parseIp(host);
  if (literal) {
    const entry = allowlist.matchAddress(literal, port);
    if (entry) return { allowed: true, host, port, rule: entry.text, addresses: [host] };
    const listed = allowlist.listing(literal);
    if (listed)
      return deny(
        `port ${port} is not allowed for ${host} (${listed.text} allows ${portsText(listed.ports)})`,
      );
    const kind = classify(literal);
    return deny(
      `the IP address ${host}${kind ? ` (${kind})` : ""} is not in allowed-domains: IP addresses are refused unless listed explicitly`,
    );
  }

  const entry = allowlist.matchName(host, port);
  if (!entry) {
    const otherPort = allowlist.entries.find(
      (e) => (e.kind === "host" && e.host === host) || (e.kind === "suffix" && host.endsWith(`.${e.suffix}`)),
    );
    if (otherPort) {
      return deny(
        `port ${port} is not allowed for ${host} (${otherPort.text} allows ${portsText(otherPort.ports)})`,
      );
    }
    const apex = allowlist.entries.find((e) => e.kind === "suffix" && e.suffix === host);
    if (apex) return deny(`${host} is not in allowed-domains (${apex.text} matches its subdomains only)`);
    return deny(`${host} is not in allowed-domains`);
  }

  let addresses: string[];
  try {
    addresses = await resolveHost(host, options);
  } catch (error) {
    return deny(
      `cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      502,
    );
  }
  if (addresses.length === 0) return deny(`cannot resolve ${host}: no addresses`, 502);
  const unlocked: string[] = [];
  for (const address of addresses) {
    const ip = parseIp(address);
    if (!ip) return deny(`${host} resolved to "${address}", which is not an IP address`, 502);
    const kind = classify(ip);
    if (!kind) continue;
    const listed = allowlist.listing(ip);
    if (!listed) {
      return deny(
        `${host} resolves to ${address}, a ${kind} address; such addresses are refused unless allowed-domains lists that address or its range`,
        403,
        address,
      );
    }
    if (!unlocked.includes(listed.text)) unlocked.push(listed.text);
  }
  const rule = unlocked.length ? `${entry.text} (address allowed by ${unlocked.join(", ")})` : entry.text;
  return { allowed: true, host, port, rule, addresses };
}
