// IP addresses as numbers, CIDR ranges, and the classification the egress proxy refuses by default:
// loopback, private, link-local, cloud metadata, unspecified, multicast and reserved addresses.
import { isIPv4, isIPv6 } from "node:net";

export type Family = 4 | 6;

export interface IpAddress {
  family: Family;
  /** 32 or 128 bits */
  value: bigint;
}

export interface IpRange {
  family: Family;
  /** the network address (host bits cleared) */
  base: bigint;
  prefix: number;
}

const bits = (family: Family) => (family === 4 ? 32 : 128);

function parseV4(text: string): bigint | undefined {
  if (!isIPv4(text)) return undefined;
  return text.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(text: string): bigint | undefined {
  if (!isIPv6(text) || text.includes("%")) return undefined;
  let head = text;
  let tailV4: bigint | undefined;
  const lastColon = head.lastIndexOf(":");
  if (head.slice(lastColon + 1).includes(".")) {
    tailV4 = parseV4(head.slice(lastColon + 1));
    if (tailV4 === undefined) return undefined;
    // the dotted quad stands for the last two groups; keep the colon before it (it may be "::")
    head = `${head.slice(0, lastColon + 1)}0:0`;
  }
  const [left, right] = head.includes("::") ? head.split("::") : [head, undefined];
  const groups = (s: string | undefined) => (s ? s.split(":").filter((g) => g !== "") : []);
  const l = groups(left);
  const r = groups(right);
  const missing = 8 - l.length - r.length;
  if (missing < 0 || (right === undefined && missing !== 0)) return undefined;
  const all = [...l, ...Array<string>(right === undefined ? 0 : missing).fill("0"), ...r];
  let value = all.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
  if (tailV4 !== undefined) value = (value & ~0xffffffffn) | tailV4;
  return value;
}

/** An IPv4 or IPv6 literal (no brackets, no zone), or undefined. */
export function parseIp(text: string): IpAddress | undefined {
  const v4 = parseV4(text);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = parseV6(text);
  if (v6 !== undefined) return { family: 6, value: v6 };
  return undefined;
}

/** `1.2.3.4`, `10.0.0.0/8`, `::1`, `fd00::/8`; undefined when it is not an address or range. */
export function parseRange(text: string): IpRange | undefined {
  const slash = text.indexOf("/");
  const ip = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!ip) return undefined;
  const max = bits(ip.family);
  let prefix = max;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p) || Number(p) > max) return undefined;
    prefix = Number(p);
  }
  return { family: ip.family, base: ip.value & mask(ip.family, prefix), prefix };
}

function mask(family: Family, prefix: number): bigint {
  const max = bits(family);
  const all = (1n << BigInt(max)) - 1n;
  return prefix === 0 ? 0n : (all >> BigInt(max - prefix)) << BigInt(max - prefix);
}

export function inRange(ip: IpAddress, range: IpRange): boolean {
  return ip.family === range.family && (ip.value & mask(range.family, range.prefix)) === range.base;
}

export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join(".");
  }
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((ip.value >> BigInt(i * 16)) & 0xffffn).toString(16));
  // compress the longest run of zero groups (RFC 5952)
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}

export function formatRange(range: IpRange): string {
  const ip = formatIp({ family: range.family, value: range.base });
  return range.prefix === bits(range.family) ? ip : `${ip}/${range.prefix}`;
}

/** The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4, IPv4-compatible), if any. */
export function embeddedV4(ip: IpAddress): IpAddress | undefined {
  if (ip.family !== 6) return undefined;
  const low32 = ip.value & 0xffffffffn;
  const high96 = ip.value >> 32n;
  if (high96 === 0xffffn) return { family: 4, value: low32 }; // ::ffff:0:0/96 mapped
  if (high96 === 0x0064ff9b0000000000000000n) return { family: 4, value: low32 }; // 64:ff9b::/96
  if (ip.value >> 112n === 0x2002n) return { family: 4, value: (ip.value >> 80n) & 0xffffffffn }; // 6to4
  if (high96 === 0n && low32 > 1n) return { family: 4, value: low32 }; // ::a.b.c.d (deprecated)
  return undefined;
}

export type AddressKind =
  | "loopback"
  | "private"
  | "link-local"
  | "cloud metadata"
  | "unspecified"
  | "multicast"
  | "reserved";

const SPECIAL: [string, AddressKind][] = [
  // metadata first: it lies inside link-local / private ranges
  ["169.254.169.254/32", "cloud metadata"],
  ["fd00:ec2::254/128", "cloud metadata"],
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "private"], // shared address space (carrier-grade NAT)
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "reserved"], // IETF protocol assignments (holds some providers' metadata)
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "reserved"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"], // and the broadcast address
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["64:ff9b:1::/48", "private"],
  ["100::/64", "reserved"],
  ["fc00::/7", "private"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "private"],
  ["ff00::/8", "multicast"],
];
// Parsed on first use: config validation imports this module on every start, where the ranges
// are not needed.
let specialRanges: { range: IpRange; kind: AddressKind }[] | undefined;
const specials = () =>
  (specialRanges ??= SPECIAL.map(([text, kind]) => ({ range: parseRange(text) as IpRange, kind })));

/**
 * Why an address is refused by default, or undefined for an ordinary public address. An IPv6
 * address that carries an IPv4 address is judged by that IPv4 address.
 */
export function classify(ip: IpAddress): AddressKind | undefined {
  const inner = embeddedV4(ip);
  if (inner) return classify(inner);
  for (const { range, kind } of specials()) if (inRange(ip, range)) return kind;
  return undefined;
}
