// The `allowed-domains` entries, parsed once, and the two questions the egress proxy asks them:
// may the sandbox ask for this host and port, and may it reach this (resolved) address.
import { domainToASCII } from "node:url";
import { embeddedV4, type IpAddress, type IpRange, inRange, parseRange } from "./address.js";

/** Ports an entry without an explicit port allows. */
export const DEFAULT_PORTS: readonly number[] = [80, 443];

export type AllowEntry =
  | { kind: "host"; host: string; ports: readonly number[]; text: string }
  /** `*.suffix`: every subdomain of suffix, not suffix itself */
  | { kind: "suffix"; suffix: string; ports: readonly number[]; text: string }
  /** an address or CIDR range: listed explicitly, so even private/loopback addresses in it are allowed */
  | { kind: "range"; range: IpRange; ports: readonly number[]; text: string };

export class AllowlistError extends Error {
  override name = "AllowlistError";
}

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** Lower-cased ASCII (punycode) host name without a trailing dot, or undefined when invalid. */
export function normalizeHostName(name: string): string | undefined {
  const ascii = domainToASCII(name.trim().toLowerCase().replace(/\.$/, ""));
  if (!ascii || ascii.length > 253) return undefined;
  return ascii.split(".").every((label) => LABEL.test(label)) ? ascii : undefined;
}

function parsePort(text: string, entry: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port < 1 || port > 65535) {
    throw new AllowlistError(`"${entry}": the port must be a number from 1 to 65535`);
  }
  return port;
}

/** Parses one entry; throws AllowlistError saying what is wrong and what is accepted. */
export function parseEntry(raw: string): AllowEntry {
  const text = raw.trim();
  const entry = text.toLowerCase();
  if (!entry) throw new AllowlistError("an empty entry");
  const notUrl = () =>
    new AllowlistError(
      `"${text}": give a host (api.github.com), a suffix (*.github.com), an address or a CIDR range, optionally with :PORT; not a URL or path`,
    );
  if (entry.includes("://")) throw notUrl();
  let hostPart = entry;
  let ports: readonly number[] = DEFAULT_PORTS;
  if (entry.startsWith("[")) {
    // [v6] or [v6/len], optionally :port
    const close = entry.indexOf("]");
    const rest = entry.slice(close + 1);
    if (close < 0 || (rest !== "" && !rest.startsWith(":"))) {
      throw new AllowlistError(`"${text}": write IPv6 addresses as [addr] or [addr]:PORT`);
    }
    hostPart = entry.slice(1, close);
    if (rest) ports = [parsePort(rest.slice(1), text)];
    const range = parseRange(hostPart);
    if (range?.family !== 6) throw new AllowlistError(`"${text}": not an IPv6 address or range`);
    return { kind: "range", range, ports, text };
  }
  const colons = (entry.match(/:/g) ?? []).length;
  if (colons > 1) {
    // a bare IPv6 address or range: no port possible
    const range = parseRange(entry);
    if (!range)
      throw new AllowlistError(`"${text}": not an IPv6 address or range (use [addr]:PORT for a port)`);
    return { kind: "range", range, ports, text };
  }
  if (colons === 1) {
    const colon = entry.lastIndexOf(":");
    hostPart = entry.slice(0, colon);
    ports = [parsePort(entry.slice(colon + 1), text)];
  }
  const range = parseRange(hostPart);
  if (range) return { kind: "range", range, ports, text };
  if (hostPart.includes("/")) throw notUrl();
  if (/^[\d./]+$/.test(hostPart)) throw new AllowlistError(`"${text}": not a valid IPv4 address or range`);
  if (hostPart === "*" || hostPart === "*.") {
    throw new AllowlistError(`"${text}": a bare * would allow everything; use network: open for that`);
  }
  if (hostPart.startsWith("*.")) {
    const suffix = normalizeHostName(hostPart.slice(2));
    if (!suffix) throw new AllowlistError(`"${text}": "${hostPart.slice(2)}" is not a valid domain`);
    return { kind: "suffix", suffix, ports, text };
  }
  if (hostPart.includes("*")) {
    throw new AllowlistError(`"${text}": a wildcard is only allowed as a leading "*." (e.g. *.github.com)`);
  }
  const host = normalizeHostName(hostPart);
  if (!host) throw new AllowlistError(`"${text}": "${hostPart}" is not a valid host name`);
  return { kind: "host", host, ports, text };
}

export interface Allowlist {
  entries: readonly AllowEntry[];
  /** the entry that lets the sandbox ask for this host name and port */
  matchName(host: string, port: number): AllowEntry | undefined;
  /** the entry that lets the sandbox ask for this IP literal and port */
  matchAddress(ip: IpAddress, port: number): AllowEntry | undefined;
  /** the entry that lists this address explicitly (any port): it overrides the private-address rule */
  listing(ip: IpAddress): AllowEntry | undefined;
}

/** Parses every entry; throws AllowlistError for the first bad one, or when there are none. */
export function parseAllowlist(raw: readonly string[]): Allowlist {
  const entries = raw
    .map((e) => e.trim())
    .filter(Boolean)
    .map(parseEntry);
  if (entries.length === 0) throw new AllowlistError("the allowlist is empty");
  const ranges = entries.filter((e) => e.kind === "range");
  const covers = (e: AllowEntry & { kind: "range" }, ip: IpAddress) => {
    if (inRange(ip, e.range)) return true;
    const inner = embeddedV4(ip);
    return inner !== undefined && inRange(inner, e.range);
  };
  return {
    entries,
    matchName(host, port) {
      return entries.find((e) => {
        if (!e.ports.includes(port)) return false;
        if (e.kind === "host") return e.host === host;
        if (e.kind === "suffix") return host.endsWith(`.${e.suffix}`);
        return false;
      });
    },
    matchAddress(ip, port) {
      return ranges.find((e) => e.kind === "range" && e.ports.includes(port) && covers(e, ip));
    },
    listing(ip) {
      return ranges.find((e) => e.kind === "range" && covers(e, ip));
    },
  };
}
