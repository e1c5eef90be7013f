// The allowlist's grammar and matching, and the address classification behind the private-address
// rule: pure functions, no sockets.
import { describe, expect, it } from "vitest";
import { classify, formatIp, parseIp, parseRange } from "../../src/egress/address.js";
import { AllowlistError, parseAllowlist, parseEntry } from "../../src/egress/allowlist.js";
import { decide, parseAbsoluteUrl, parseAuthority } from "../../src/egress/policy.js";

const ip = (text: string) => {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(`not an IP: ${text}`);
  return parsed;
};

describe("addresses", () => {
  it("parses and prints IPv4 and IPv6, including embedded IPv4 and :: compression", () => {
    for (const [text, printed] of [
      ["1.2.3.4", "1.2.3.4"],
      ["::1", "::1"],
      ["::", "::"],
      ["fd00:ec2::254", "fd00:ec2::254"],
      ["::ffff:127.0.0.1", "::ffff:7f00:1"],
      ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
      ["FE80::1", "fe80::1"],
    ] as const) {
      expect(formatIp(ip(text)), text).toBe(printed);
    }
    for (const bad of ["1.2.3", "256.1.1.1", "fe80::1%eth0", "example.com", "1::2::3", ""]) {
      expect(parseIp(bad), bad).toBeUndefined();
    }
  });

  it("classifies every default-refused range and leaves public addresses alone", () => {
    const cases: [string, string | undefined][] = [
      ["127.0.0.1", "loopback"],
      ["127.255.0.9", "loopback"],
      ["::1", "loopback"],
      ["10.1.2.3", "private"],
      ["172.16.0.1", "private"],
      ["172.31.255.255", "private"],
      ["172.32.0.1", undefined],
      ["192.168.1.1", "private"],
      ["100.64.0.1", "private"],
      ["100.128.0.1", undefined],
      ["fc00::1", "private"],
      ["fdff::1", "private"],
      ["169.254.1.1", "link-local"],
      ["fe80::1", "link-local"],
      ["169.254.169.254", "cloud metadata"],
      ["fd00:ec2::254", "cloud metadata"],
      ["0.0.0.0", "unspecified"],
      ["::", "unspecified"],
      ["224.0.0.1", "multicast"],
      ["ff02::1", "multicast"],
      ["255.255.255.255", "reserved"],
      // IPv6 forms that carry an IPv4 address are judged by it
      ["::ffff:127.0.0.1", "loopback"],
      ["::ffff:169.254.169.254", "cloud metadata"],
      ["64:ff9b::10.0.0.1", "private"],
      ["2002:7f00:1::", "loopback"],
      ["::ffff:8.8.8.8", undefined],
      ["8.8.8.8", undefined],
      ["140.82.112.3", undefined],
      ["2606:4700::1111", undefined],
    ];
    for (const [address, kind] of cases) expect(classify(ip(address)), address).toBe(kind);
  });

  it("parses CIDR ranges, clearing host bits, and refuses bad prefixes", () => {
    expect(parseRange("10.1.2.3/8")).toEqual({ family: 4, base: ip("10.0.0.0").value, prefix: 8 });
    expect(parseRange("fd00::/8")?.prefix).toBe(8);
    expect(parseRange("0.0.0.0/0")?.prefix).toBe(0);
    expect(parseRange("10.0.0.0/33")).toBeUndefined();
    expect(parseRange("::/129")).toBeUndefined();
    expect(parseRange("10.0.0.0/x")).toBeUndefined();
  });
});

describe("allowlist entries", () => {
  it("accepts hosts, suffixes, ports, addresses and ranges", () => {
    expect(parseEntry("API.GitHub.com.")).toMatchObject({
      kind: "host",
      host: "api.github.com",
      ports: [80, 443],
    });
    expect(parseEntry("example.com:8443")).toMatchObject({
      kind: "host",
      host: "example.com",
      ports: [8443],
    });
    expect(parseEntry("*.npmjs.org")).toMatchObject({ kind: "suffix", suffix: "npmjs.org" });
    expect(parseEntry("*.npmjs.org:8080")).toMatchObject({ kind: "suffix", ports: [8080] });
    expect(parseEntry("bücher.example")).toMatchObject({ kind: "host", host: "xn--bcher-kva.example" });
    expect(parseEntry("10.1.2.3")).toMatchObject({ kind: "range", range: { prefix: 32 } });
    expect(parseEntry("10.1.2.0/24:8080")).toMatchObject({
      kind: "range",
      ports: [8080],
      range: { prefix: 24 },
    });
    expect(parseEntry("fd00::/8")).toMatchObject({ kind: "range", range: { family: 6, prefix: 8 } });
    expect(parseEntry("[::1]:3000")).toMatchObject({ kind: "range", ports: [3000], range: { prefix: 128 } });
    expect(parseEntry("[fd00::/8]:443")).toMatchObject({ kind: "range", ports: [443] });
  });

  it("refuses what it cannot mean, saying why", () => {
    const bad: [string, RegExp][] = [
      ["https://api.github.com", /not a URL or path/],
      ["api.github.com/path", /not a URL or path/],
      ["*", /use network: open/],
      ["*.", /use network: open/],
      ["api.*.com", /leading "\*\."/],
      ["example.com:0", /port/],
      ["example.com:70000", /port/],
      ["example.com:http", /port/],
      ["10.0.0.300", /IPv4/],
      ["[::1", /IPv6/],
      ["[example.com]:80", /IPv6/],
      ["exa mple.com", /not a valid host name/],
      ["-bad.example", /not a valid host name/],
    ];
    for (const [entry, message] of bad) {
      expect(() => parseEntry(entry), entry).toThrow(AllowlistError);
      expect(() => parseEntry(entry), entry).toThrow(message);
    }
    expect(() => parseAllowlist([])).toThrow(/empty/);
    expect(() => parseAllowlist(["  "])).toThrow(/empty/);
  });

  it("matches exact hosts and ports; *.suffix matches subdomains but not the apex", () => {
    const list = parseAllowlist(["api.github.com", "*.npmjs.org", "example.com:8443", "10.0.0.0/8:5432"]);
    expect(list.matchName("api.github.com", 443)?.text).toBe("api.github.com");
    expect(list.matchName("api.github.com", 80)?.text).toBe("api.github.com");
    expect(list.matchName("api.github.com", 8080)).toBeUndefined();
    expect(list.matchName("github.com", 443)).toBeUndefined();
    expect(list.matchName("evil-api.github.com", 443)).toBeUndefined();
    expect(list.matchName("registry.npmjs.org", 443)?.text).toBe("*.npmjs.org");
    expect(list.matchName("a.b.npmjs.org", 443)?.text).toBe("*.npmjs.org");
    expect(list.matchName("npmjs.org", 443)).toBeUndefined();
    expect(list.matchName("evilnpmjs.org", 443)).toBeUndefined();
    expect(list.matchName("example.com", 8443)?.text).toBe("example.com:8443");
    expect(list.matchName("example.com", 443)).toBeUndefined();
    expect(list.matchAddress(ip("10.9.9.9"), 5432)?.text).toBe("10.0.0.0/8:5432");
    expect(list.matchAddress(ip("10.9.9.9"), 443)).toBeUndefined();
    expect(list.matchAddress(ip("::ffff:10.9.9.9"), 5432)?.text).toBe("10.0.0.0/8:5432");
    expect(list.listing(ip("10.9.9.9"))?.text).toBe("10.0.0.0/8:5432");
    expect(list.listing(ip("11.0.0.1"))).toBeUndefined();
  });
});

describe("request targets", () => {
  it("parses CONNECT authorities and absolute URLs into canonical hosts", () => {
    expect(parseAuthority("Example.COM:443")).toEqual({ host: "example.com", port: 443 });
    expect(parseAuthority("[::1]:443")).toEqual({ host: "::1", port: 443 });
    expect(parseAuthority("0x7f.1:443")).toEqual({ host: "127.0.0.1", port: 443 });
    expect(parseAuthority("2130706433:80")).toEqual({ host: "127.0.0.1", port: 80 });
    for (const bad of [
      "example.com",
      "example.com:0",
      "example.com:99999",
      "user@example.com:443",
      "a/b:443",
      ":443",
    ]) {
      expect(parseAuthority(bad), bad).toBeUndefined();
    }
    expect(parseAbsoluteUrl("http://Example.com/a?b=c")).toEqual({
      host: "example.com",
      port: 80,
      path: "/a?b=c",
    });
    expect(parseAbsoluteUrl("http://example.com:8080/")).toMatchObject({ port: 8080 });
    expect(parseAbsoluteUrl("http://[::ffff:7f00:1]/")).toMatchObject({ host: "::ffff:7f00:1" });
    expect(parseAbsoluteUrl("/relative")).toHaveProperty("error");
    expect(parseAbsoluteUrl("https://example.com/")).toHaveProperty("error");
    expect(parseAbsoluteUrl("ftp://example.com/")).toHaveProperty("error");
    expect(parseAbsoluteUrl("http://u:p@example.com/")).toHaveProperty("error");
  });
});

describe("verdicts", () => {
  const resolveOverride = (host: string) =>
    ({
      "public.test": ["93.184.216.34"],
      "rebind.test": ["93.184.216.34", "127.0.0.1"],
      "metadata.test": ["169.254.169.254"],
      "internal.test": ["10.1.2.3"],
      "mapped.test": ["::ffff:127.0.0.1"],
    })[host];
  const list = parseAllowlist([
    "public.test",
    "rebind.test",
    "metadata.test",
    "internal.test",
    "mapped.test",
    "*.wild.test",
    "10.1.2.0/24",
    "93.184.216.34:8080",
  ]);
  const verdict = (host: string, port = 443) =>
    decide(list, { host, port }, { resolveOverride, lookupTimeoutMs: 2_000 });

  it("allows a listed name that resolves to public addresses, and names the rule", async () => {
    expect(await verdict("public.test")).toMatchObject({
      allowed: true,
      rule: "public.test",
      addresses: ["93.184.216.34"],
    });
  });

  it("refuses names resolving to loopback, metadata or mapped loopback, even when one answer is public", async () => {
    expect(await verdict("rebind.test")).toMatchObject({ allowed: false, status: 403, address: "127.0.0.1" });
    expect(await verdict("metadata.test")).toMatchObject({
      allowed: false,
      rule: expect.stringMatching(/cloud metadata/),
    });
    expect(await verdict("mapped.test")).toMatchObject({
      allowed: false,
      rule: expect.stringMatching(/loopback/),
    });
  });

  it("allows a private address when its range is listed, and says so in the rule", async () => {
    expect(await verdict("internal.test")).toMatchObject({
      allowed: true,
      rule: "internal.test (address allowed by 10.1.2.0/24)",
    });
  });

  it("refuses IP literals unless listed (port included), whatever the address", async () => {
    expect(await verdict("93.184.216.34", 443)).toMatchObject({
      allowed: false,
      rule: expect.stringMatching(/port 443 is not allowed/),
    });
    expect(await verdict("93.184.216.34", 8080)).toMatchObject({ allowed: true });
    expect(await verdict("8.8.8.8")).toMatchObject({
      allowed: false,
      rule: expect.stringMatching(/IP address 8\.8\.8\.8 is not in allowed-domains/),
    });
    expect(await verdict("169.254.169.254", 80)).toMatchObject({
      allowed: false,
      rule: expect.stringMatching(/cloud metadata/),
    });
    expect(await verdict("10.1.2.9")).toMatchObject({ allowed: true, rule: "10.1.2.0/24" });
  });

  it("explains a wrong port and a suffix entry asked for its apex", async () => {
    expect(await verdict("public.test", 22)).toMatchObject({
      rule: expect.stringMatching(/port 22 is not allowed for public\.test/),
    });
    expect(await verdict("wild.test")).toMatchObject({ rule: expect.stringMatching(/subdomains only/) });
    expect(await verdict("other.test")).toMatchObject({ rule: "other.test is not in allowed-domains" });
  });

  it("without an override, real DNS answers are checked the same way (localhost is loopback)", async () => {
    const local = parseAllowlist(["localhost"]);
    const result = await decide(local, { host: "localhost", port: 80 }, { lookupTimeoutMs: 5_000 });
    expect(result).toMatchObject({ allowed: false, status: 403, rule: expect.stringMatching(/loopback/) });
    const missing = await decide(
      parseAllowlist(["nonexistent.invalid"]),
      { host: "nonexistent.invalid", port: 80 },
      { lookupTimeoutMs: 5_000 },
    );
    expect(missing).toMatchObject({
      allowed: false,
      status: 502,
      rule: expect.stringMatching(/cannot resolve/),
    });
  });
});
