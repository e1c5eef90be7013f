var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  AllowlistError: () => AllowlistError,
  DEFAULT_PORTS: () => DEFAULT_PORTS,
  classify: () => classify,
  formatIp: () => formatIp,
  normalizeHostName: () => normalizeHostName,
  parseAllowlist: () => parseAllowlist,
  parseEntry: () => parseEntry,
  parseIp: () => parseIp,
  parseRange: () => parseRange
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_net = require("node:net"), import_node_url = require("node:url");
(0, import_chunk_WE6FURZE.init_web_globals)();
var bits = (family) => family === 4 ? 32 : 128;
function parseV4(text) {
  if ((0, import_node_net.isIPv4)(text))
    return text.split(".").reduce((acc, part) => acc << 8n | BigInt(Number(part)), 0n);
}
function parseV6(text) {
  if (!(0, import_node_net.isIPv6)(text) || text.includes("%")) return;
  let head = text, tailV4, lastColon = head.lastIndexOf(":");
  if (head.slice(lastColon + 1).includes(".")) {
    if (tailV4 = parseV4(head.slice(lastColon + 1)), tailV4 === void 0) return;
    head = `${head.slice(0, lastColon + 1)}0:0`;
  }
  let [left, right] = head.includes("::") ? head.split("::") : [head, void 0], groups = (s) => s ? s.split(":").filter((g) => g !== "") : [], l = groups(left), r = groups(right), missing = 8 - l.length - r.length;
  if (missing < 0 || right === void 0 && missing !== 0) return;
  let value = [...l, ...Array(right === void 0 ? 0 : missing).fill("0"), ...r].reduce((acc, g) => acc << 16n | BigInt(Number.parseInt(g, 16)), 0n);
  return tailV4 !== void 0 && (value = value & ~0xffffffffn | tailV4), value;
}
function parseIp(text) {
  let v4 = parseV4(text);
  if (v4 !== void 0) return { family: 4, value: v4 };
  let v6 = parseV6(text);
  if (v6 !== void 0) return { family: 6, value: v6 };
}
function parseRange(text) {
  let slash = text.indexOf("/"), ip = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!ip) return;
  let max = bits(ip.family), prefix = max;
  if (slash >= 0) {
    let p = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p) || Number(p) > max) return;
    prefix = Number(p);
  }
  return { family: ip.family, base: ip.value & mask(ip.family, prefix), prefix };
}
function mask(family, prefix) {
  let max = bits(family), all = (1n << BigInt(max)) - 1n;
  return prefix === 0 ? 0n : all >> BigInt(max - prefix) << BigInt(max - prefix);
}
function inRange(ip, range) {
  return ip.family === range.family && (ip.value & mask(range.family, range.prefix)) === range.base;
}
function formatIp(ip) {
  if (ip.family === 4)
    return [24n, 16n, 8n, 0n].map((s) => String(ip.value >> s & 0xffn)).join(".");
  let groups = [];
  for (let i = 7; i >= 0; i--) groups.push((ip.value >> BigInt(i * 16) & 0xffffn).toString(16));
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    for (; j < 8 && groups[j] === "0"; ) j++;
    j - i > bestLen && (best = i, bestLen = j - i), i = j;
  }
  return best < 0 ? groups.join(":") : `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}
function embeddedV4(ip) {
  if (ip.family !== 6) return;
  let low32 = ip.value & 0xffffffffn, high96 = ip.value >> 32n;
  if (high96 === 0xffffn) return { family: 4, value: low32 };
  if (high96 === 0x0064ff9b0000000000000000n) return { family: 4, value: low32 };
  if (ip.value >> 112n === 0x2002n) return { family: 4, value: ip.value >> 80n & 0xffffffffn };
  if (high96 === 0n && low32 > 1n) return { family: 4, value: low32 };
}
var SPECIAL = [
  // metadata first: it lies inside link-local / private ranges
  ["169.254.169.254/32", "cloud metadata"],
  ["fd00:ec2::254/128", "cloud metadata"],
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "private"],
  // shared address space (carrier-grade NAT)
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "reserved"],
  // IETF protocol assignments (holds some providers' metadata)
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "reserved"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
  // and the broadcast address
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["64:ff9b:1::/48", "private"],
  ["100::/64", "reserved"],
  ["fc00::/7", "private"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "private"],
  ["ff00::/8", "multicast"]
], specialRanges, specials = () => specialRanges ??= SPECIAL.map(([text, kind]) => ({ range: parseRange(text), kind }));
function classify(ip) {
  let inner = embeddedV4(ip);
  if (inner) return classify(inner);
  for (let { range, kind } of specials()) if (inRange(ip, range)) return kind;
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var DEFAULT_PORTS = [80, 443], AllowlistError = class extends Error {
  name = "AllowlistError";
}, LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
function normalizeHostName(name) {
  let ascii = (0, import_node_url.domainToASCII)(name.trim().toLowerCase().replace(/\.$/, ""));
  if (!(!ascii || ascii.length > 253))
    return ascii.split(".").every((label) => LABEL.test(label)) ? ascii : void 0;
}
function parsePort(text, entry) {
  let port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port < 1 || port > 65535)
    throw new AllowlistError(`"${entry}": the port must be a number from 1 to 65535`);
  return port;
}
function parseEntry(raw) {
  let text = raw.trim(), entry = text.toLowerCase();
  if (!entry) throw new AllowlistError("an empty entry");
  let notUrl = () => new AllowlistError(
    `"${text}": give a host (api.github.com), a suffix (*.github.com), an address or a CIDR range, optionally with :PORT; not a URL or path`
  );
  if (entry.includes("://")) throw notUrl();
  let hostPart = entry, ports = DEFAULT_PORTS;
  if (entry.startsWith("[")) {
    let close = entry.indexOf("]"), rest = entry.slice(close + 1);
    if (close < 0 || rest !== "" && !rest.startsWith(":"))
      throw new AllowlistError(`"${text}": write IPv6 addresses as [addr] or [addr]:PORT`);
    hostPart = entry.slice(1, close), rest && (ports = [parsePort(rest.slice(1), text)]);
    let range2 = parseRange(hostPart);
    if (range2?.family !== 6) throw new AllowlistError(`"${text}": not an IPv6 address or range`);
    return { kind: "range", range: range2, ports, text };
  }
  let colons = (entry.match(/:/g) ?? []).length;
  if (colons > 1) {
    let range2 = parseRange(entry);
    if (!range2)
      throw new AllowlistError(`"${text}": not an IPv6 address or range (use [addr]:PORT for a port)`);
    return { kind: "range", range: range2, ports, text };
  }
  if (colons === 1) {
    let colon = entry.lastIndexOf(":");
    hostPart = entry.slice(0, colon), ports = [parsePort(entry.slice(colon + 1), text)];
  }
  let range = parseRange(hostPart);
  if (range) return { kind: "range", range, ports, text };
  if (hostPart.includes("/")) throw notUrl();
  if (/^[\d./]+$/.test(hostPart)) throw new AllowlistError(`"${text}": not a valid IPv4 address or range`);
  if (hostPart === "*" || hostPart === "*.")
    throw new AllowlistError(`"${text}": a bare * would allow everything; use network: open for that`);
  if (hostPart.startsWith("*.")) {
    let suffix = normalizeHostName(hostPart.slice(2));
    if (!suffix) throw new AllowlistError(`"${text}": "${hostPart.slice(2)}" is not a valid domain`);
    return { kind: "suffix", suffix, ports, text };
  }
  if (hostPart.includes("*"))
    throw new AllowlistError(`"${text}": a wildcard is only allowed as a leading "*." (e.g. *.github.com)`);
  let host = normalizeHostName(hostPart);
  if (!host) throw new AllowlistError(`"${text}": "${hostPart}" is not a valid host name`);
  return { kind: "host", host, ports, text };
}
function parseAllowlist(raw) {
  let entries = raw.map((e) => e.trim()).filter(Boolean).map(parseEntry);
  if (entries.length === 0) throw new AllowlistError("the allowlist is empty");
  let ranges = entries.filter((e) => e.kind === "range"), covers = (e, ip) => {
    if (inRange(ip, e.range)) return !0;
    let inner = embeddedV4(ip);
    return inner !== void 0 && inRange(inner, e.range);
  };
  return {
    entries,
    matchName(host, port) {
      return entries.find((e) => e.ports.includes(port) ? e.kind === "host" ? e.host === host : e.kind === "suffix" ? host.endsWith(`.${e.suffix}`) : !1 : !1);
    },
    matchAddress(ip, port) {
      return ranges.find((e) => e.kind === "range" && e.ports.includes(port) && covers(e, ip));
    },
    listing(ip) {
      return ranges.find((e) => e.kind === "range" && covers(e, ip));
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AllowlistError,
  DEFAULT_PORTS,
  classify,
  formatIp,
  normalizeHostName,
  parseAllowlist,
  parseEntry,
  parseIp,
  parseRange
});
