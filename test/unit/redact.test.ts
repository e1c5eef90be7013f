// Redaction: every credential shape, named values in the forms they take in JSON and encodings,
// placeholders that give nothing of the value away, and ordinary text left alone.
// Token-shaped samples are generated at run time: no credential-looking literal in the repository.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRedactor, placeholder, valueForms } from "../../src/policy/redact.js";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B64 = `${ALNUM}/+`;

function random(alphabet: string, length: number): string {
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join("");
}

const base64url = (value: string) => Buffer.from(value).toString("base64url");

/** Samples: [rule, the secret as it appears, the part of it that must never show] */
function samples(): [string, string, string][] {
  const pem = (label: string) => {
    const body = Array.from({ length: 6 }, () => random(B64, 64)).join("\n");
    return [`-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`, body] as const;
  };
  const [rsa, rsaBody] = pem("RSA PRIVATE KEY");
  const [openssh, opensshBody] = pem("OPENSSH PRIVATE KEY");
  const [pkcs8, pkcs8Body] = pem("PRIVATE KEY");
  const gh = (prefix: string) => {
    const value = `${prefix}${random(ALNUM, 36)}`;
    return ["github-token", value, value] as [string, string, string];
  };
  const pat = `github_pat_${random(ALNUM, 22)}_${random(ALNUM, 59)}`;
  const akid = `AKIA${random(UPPER, 16)}`;
  const asid = `ASIA${random(UPPER, 16)}`;
  const awsSecret = random(B64, 40);
  const slack = `xoxb-${random("0123456789", 12)}-${random("0123456789", 12)}-${random(ALNUM, 24)}`;
  const slackUser = `xoxp-${random("0123456789", 12)}-${random(ALNUM, 30)}`;
  const jwt = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(`{"sub":"${random(ALNUM, 12)}","iat":1700000000}`)}.${random(`${ALNUM}_-`, 43)}`;
  const bearer = `${random(ALNUM, 30)}9`;
  const basic = Buffer.from(`user:${random(ALNUM, 16)}`).toString("base64");
  return [
    gh("ghp_"),
    gh("gho_"),
    gh("ghu_"),
    gh("ghs_"),
    gh("ghr_"),
    ["github-token", pat, pat],
    ["aws-access-key-id", akid, akid],
    ["aws-access-key-id", asid, asid],
    ["aws-secret-key", `AWS_SECRET_ACCESS_KEY=${awsSecret}`, awsSecret],
    ["aws-secret-key", `aws_secret_access_key = ${awsSecret}`, awsSecret],
    ["aws-secret-key", `{"SecretAccessKey": "${awsSecret}"}`, awsSecret],
    ["private-key", rsa, rsaBody],
    ["private-key", openssh, opensshBody],
    ["private-key", pkcs8, pkcs8Body],
    ["slack-token", slack, slack],
    ["slack-token", slackUser, slackUser],
    ["jwt", jwt, jwt],
    ["bearer", `Authorization: Bearer ${bearer}`, bearer],
    ["bearer", `curl -H 'authorization: bearer ${bearer}'`, bearer],
    ["authorization", `Authorization: Basic ${basic}`, basic],
  ];
}

/** No run of `n` characters of `secret` appears in `text` outside the placeholders. */
function leaks(text: string, secret: string, n = 6): string[] {
  const outside = text.replace(/\[REDACTED:[a-z0-9-]+\]/g, "\u0000");
  const found: string[] = [];
  for (let i = 0; i + n <= secret.length; i++) {
    const piece = secret.slice(i, i + n);
    if (/^\s*$/.test(piece) || piece.includes("\n")) continue;
    if (outside.includes(piece)) found.push(piece);
  }
  return found;
}

describe("credential shapes", () => {
  const redactor = createRedactor();

  it.each(samples().map(([rule, text, secret]) => [rule, text.slice(0, 16), text, secret]))(
    "%s (%s…) is replaced by a placeholder naming the rule, and nothing of it remains",
    (rule, _label, text, secret) => {
      for (const context of [
        (s: string) => s,
        (s: string) => `before\n${s}\nafter`,
        (s: string) => JSON.stringify({ output: s }),
        (s: string) => JSON.stringify(JSON.stringify({ nested: s })),
      ]) {
        const out = redactor.text(context(text));
        expect(out).toContain(placeholder(rule));
        expect(leaks(out, secret), out).toEqual([]);
      }
    },
  );

  it("keeps the context around a credential: the key name, the scheme", () => {
    const secret = random(B64, 40);
    expect(redactor.text(`export AWS_SECRET_ACCESS_KEY=${secret}\n`)).toBe(
      "export AWS_SECRET_ACCESS_KEY=[REDACTED:aws-secret-key]\n",
    );
    expect(redactor.text(`Authorization: Bearer abc123def456ghi`)).toBe(
      "Authorization: Bearer [REDACTED:bearer]",
    );
  });

  it("redacts a PEM block cut off by an output cap, up to where the base64 ends", () => {
    const body = random(B64, 200);
    const out = redactor.text(
      `key:\n-----BEGIN EC PRIVATE KEY-----\n${body}\n[... 2.0 KB truncated by sandbox-action ...]`,
    );
    expect(leaks(out, body)).toEqual([]);
    expect(out).toContain("[REDACTED:private-key]");
  });

  it("leaves ordinary text alone", () => {
    const ordinary = [
      "ghp",
      "ghp_",
      "the ghp_ prefix marks a classic token; gho_short is too short",
      "github_pat_ is the fine-grained prefix",
      "AKIA is how access key ids start; AKIAshort",
      "xoxb- tokens are Slack bot tokens",
      "eyJ starts base64 of JSON; eyJhbGciOiJIUzI1NiJ9 alone is not a JWT",
      "the bearer of bad news; Bearer token; bearer authentication is described in RFC 6750",
      "Authorization: required",
      "aGVsbG8= d29ybGQ= Zm9vYmFy dGVzdA== YWJj", // base64 of short words
      "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "commit 3b18e512dba79e4c8300dd08aeb37f8e728b8dad",
      "550e8400-e29b-41d4-a716-446655440000",
      "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----",
      "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYI\n-----END PUBLIC KEY-----",
      "npm test && tsc --noEmit -p . && echo ok",
      '{"exit_code":0,"stdout":"hello\\n","stderr":""}',
      "",
    ];
    for (const text of ordinary) expect(redactor.text(text), text).toBe(text);
  });

  it("is idempotent: redacted text stays as it is", () => {
    const [, text] = samples()[0] as [string, string, string];
    const once = redactor.text(`x ${text} y`);
    expect(redactor.text(once)).toBe(once);
  });
});

describe("named values", () => {
  const secret = `s3cr3t-${random(ALNUM, 20)}`;
  const other = "hunter2!";
  const redactor = createRedactor([secret, other]);

  it("replaces each value wherever it appears, as [REDACTED:redact]", () => {
    expect(redactor.text(`a ${secret} b ${secret}${other}`)).toBe(
      "a [REDACTED:redact] b [REDACTED:redact][REDACTED:redact]",
    );
  });

  it("finds a value as shells quote it (declare -p, export -p, set), and with colours inside", () => {
    // the red team's F4: bash escapes $ " \ and ` inside double quotes; grep colours a match
    const value = `s3cr$t"pa\\ss\`w0rd-${random(ALNUM, 8)}`;
    const r = createRedactor([value]);
    const declared = `declare -x PASSWD="${value.replace(/[$"\\`]/g, "\\$&")}"`;
    const single = `PASSWD='${value}'`;
    const coloured = `x ${value.slice(0, 5)}\x1b[01;31m\x1b[K${value.slice(5, 9)}\x1b[m\x1b[K${value.slice(9)} y`;
    for (const text of [declared, single, coloured, JSON.stringify({ out: coloured })]) {
      const out = r.text(text);
      expect(out, text).toContain("[REDACTED:redact]");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the colour sequences themselves
      expect(out.replace(/\x1b\[[0-9;]*[mK]|\\u001b\[[0-9;]*[mK]/g, "")).not.toContain(value.slice(-8));
    }
  });

  it("finds a value inside JSON-escaped text, once or twice escaped, and percent-encoded", () => {
    const quoted = `he said "${secret}" \\ ok`;
    const withQuotes = createRedactor([quoted]);
    const once = JSON.stringify({ text: quoted });
    const twice = JSON.stringify({ inner: once });
    for (const text of [once, twice, `?q=${encodeURIComponent(quoted)}`]) {
      const out = withQuotes.text(text);
      expect(out, text).toContain("[REDACTED:redact]");
      expect(out).not.toContain(secret);
    }
  });

  it("finds a value in base64 at any alignment (as in Basic credentials or a base64 dump)", () => {
    for (const prefix of ["", "u", "us", "user:", "user:p"]) {
      for (const encoding of ["base64", "base64url"] as const) {
        const encoded = Buffer.from(`${prefix}${secret}\n`).toString(encoding);
        const out = redactor.text(`data: ${encoded}`);
        expect(out, `${prefix} ${encoding}`).toContain("[REDACTED:redact]");
      }
    }
    // The forms are the value's own bytes, so a short value has none (no false positives).
    expect(valueForms("abc").some((form) => form !== "abc" && /^[A-Za-z0-9+/_-]+$/.test(form))).toBe(false);
  });

  it("redacts the parts of a value an output cap cut in two", () => {
    const cut = `${secret.slice(0, 11)}\n[... 3.0 KB truncated by sandbox-action ...]\n${secret.slice(11)}`;
    const out = redactor.text(`head ${cut} tail`);
    expect(out).toBe(
      "head [REDACTED:redact]\n[... 3.0 KB truncated by sandbox-action ...]\n[REDACTED:redact] tail",
    );
  });

  it("redacts every string of a JSON-like value, keys too, without changing anything else", () => {
    const value = {
      content: [{ type: "text", text: `out ${secret}` }],
      structuredContent: { exit_code: 0, stdout: `${secret}\n`, nested: [[`x${other}`]], [secret]: true },
      isError: false,
    };
    expect(redactor.value(value)).toEqual({
      content: [{ type: "text", text: "out [REDACTED:redact]" }],
      structuredContent: {
        exit_code: 0,
        stdout: "[REDACTED:redact]\n",
        nested: [["x[REDACTED:redact]"]],
        "[REDACTED:redact]": true,
      },
      isError: false,
    });
    expect(value.content[0]?.text).toBe(`out ${secret}`); // the input is not modified
  });

  it("names a value's own rule when added with one", () => {
    const r = createRedactor();
    r.addValue("the-proxy-token-0123456789", "token");
    expect(r.text("Bearer the-proxy-token-0123456789")).toBe("Bearer [REDACTED:token]");
  });

  it("a value that is part of a placeholder's name does not mangle placeholders", () => {
    const r = createRedactor(["REDACTED", "redact"]);
    expect(r.text("REDACTED and ghp_ plus [REDACTED:redact]")).toBe(
      "[REDACTED:redact] and ghp_ plus [REDACTED:redact]",
    );
  });
});

describe("named values wrapped across lines", () => {
  const SCHEMES = ["base64", "base64url", "hex", "HEX"] as const;
  type Scheme = (typeof SCHEMES)[number];
  const encode = (bytes: Buffer, scheme: Scheme) =>
    scheme === "HEX" ? bytes.toString("hex").toUpperCase() : bytes.toString(scheme);
  /** bits per character of each scheme: where in the stream a character's bits start */
  const BITS: Record<Scheme, number> = { base64: 6, base64url: 6, hex: 4, HEX: 4 };

  /** Line breaks every `width` characters (`base64 -w`, `fold -w`), or at random places. */
  function wrap(text: string, width: number | "random", eol: string): string {
    if (width === "random") {
      const breaks = () => eol.repeat(1 + Math.floor(Math.random() * 3));
      return [...text].map((char) => (Math.random() < 0.3 ? `${breaks()}${char}` : char)).join("");
    }
    // by character: a break inside a UTF-8 sequence leaves no character to recognise
    const chars = [...text];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(""));
    return lines.join(eol);
  }
  const unwrap = (text: string) => text.replace(/(?:\r|\n|\\{1,2}[rn])+/g, "");

  /** A value of `length` characters from printable ASCII (quotes and backslashes too), or wider. */
  function secretOf(length: number, wide: boolean): string {
    const pool = wide
      ? `${ALNUM}"'\\\t %+/=-_~!éßЖ€中😀\u0001\u007f`
      : [...Array(94)].map((_, i) => String.fromCharCode(33 + i)).join("");
    const chars = [...pool];
    return [...randomBytes(length)].map((byte) => chars[byte % chars.length]).join("");
  }

  /**
   * The encoding of prefix + secret + suffix, wrapped, redacted; asserts that what is left, line
   * breaks aside, is the encoding's head, the placeholder, and its tail, and that neither holds a
   * bit of the secret: the head ends at or before the secret's first bit, the tail starts at or after
   * its last.
   */
  function expectEncodedRedacted(
    secret: string,
    prefix: number,
    suffix: number,
    scheme: Scheme,
    wrapping: (t: string) => string,
  ) {
    const redactor = createRedactor([secret]);
    const bytes = Buffer.from(secret);
    const stream = Buffer.concat([randomBytes(prefix), bytes, randomBytes(suffix)]);
    const encoded = encode(stream, scheme);
    const out = unwrap(redactor.text(wrapping(encoded)));
    const label = `${JSON.stringify(secret)} ${scheme} after ${prefix} bytes: ${out}`;
    const at = out.indexOf("[REDACTED:redact]");
    expect(at, label).toBeGreaterThanOrEqual(0);
    const head = out.slice(0, at);
    const tail = out.slice(at + "[REDACTED:redact]".length);
    expect(encoded.startsWith(head) && encoded.endsWith(tail), label).toBe(true);
    const bits = BITS[scheme];
    expect(head.length * bits, label).toBeLessThanOrEqual(prefix * 8);
    // padding characters carry no bits
    const tailStart = encoded.replace(/=+$/, "").length - tail.replace(/=+$/, "").length;
    expect(tailStart * bits, label).toBeGreaterThanOrEqual((prefix + bytes.length) * 8);
  }

  it.each([1, 2, 3, 4, 5, 19, 20, 60, 64, 76, 77, 100])(
    "base64 and hex wrapped at %i columns (LF, CRLF, JSON-escaped), at every alignment, leave no bit of a value",
    (width) => {
      for (const length of [7, 8, 9, 10, 31, 32, 33, 57, 100, 200]) {
        const secret = secretOf(length, length % 2 === 0);
        for (const prefix of [0, 1, 2, 5]) {
          for (const scheme of SCHEMES) {
            for (const eol of ["\n", "\r\n", "\\n", "\\r\\n"]) {
              expectEncodedRedacted(secret, prefix, 4, scheme, (t) => wrap(t, width, eol));
            }
          }
        }
      }
    },
  );

  it("values of every length from 7 to 200 bytes, ASCII or not, in base64 wrapped at random places", () => {
    for (let length = 7; length <= 200; length++) {
      const secret = secretOf(length, length % 3 === 0);
      for (const prefix of [0, 1, 2]) {
        for (const suffix of [0, 1, 2, 3]) {
          expectEncodedRedacted(secret, prefix, suffix, "base64", (t) =>
            wrap(t, "random", length % 2 ? "\n" : "\r\n"),
          );
        }
      }
    }
  });

  it("values of 1 to 200 characters, plain or percent-encoded, split by line breaks anywhere (fold -w 1 too)", () => {
    for (let length = 1; length <= 200; length++) {
      const secret = secretOf(length, length % 2 === 0).replace(/[\r\n]/g, "");
      const redactor = createRedactor([secret]);
      for (const [form, width] of [
        [secret, 1],
        [secret, 7],
        [encodeURIComponent(secret), 3],
        [secret, "random"],
      ] as const) {
        const out = unwrap(redactor.text(wrap(`\u2603${form}\u2603`, width, "\r\n")));
        expect(out, `${JSON.stringify(secret)} ${width}`).toBe("\u2603[REDACTED:redact]\u2603");
      }
    }
  });

  it("a value cut in two by an output cap, wrapped, is redacted on both sides of the marker", () => {
    const secret = secretOf(60, false);
    const redactor = createRedactor([secret]);
    const encoded = wrap(Buffer.from(secret).toString("base64"), 76, "\n");
    const marker = "\n[... 3.0 KB truncated by sandbox-action ...]\n";
    // at least MIN_PARTIAL (4) characters of the encoding on each side
    for (const cut of [10, 40, 76, 77, encoded.length - 8]) {
      const out = redactor.text(
        `${wrap("x".repeat(100), 76, "\n")}\n${encoded.slice(0, cut)}${marker}${encoded.slice(cut)}\nend`,
      );
      const [head, tail] = out.split(marker) as [string, string];
      expect(head.endsWith("[REDACTED:redact]"), out).toBe(true);
      expect(tail.startsWith("[REDACTED:redact]"), out).toBe(true);
    }
  });

  it("leaves ordinary text alone, wrapped or not", () => {
    const redactor = createRedactor(Array.from({ length: 20 }, (_, i) => secretOf(8 + i * 7, i % 2 === 0)));
    const ordinary = [
      wrap(randomBytes(3000).toString("base64"), 76, "\n"),
      wrap(randomBytes(3000).toString("hex"), 60, "\n"),
      JSON.stringify(wrap(randomBytes(2000).toString("base64"), 64, "\n")),
      "line one\nline two\r\nline three\n\n",
      "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----",
      "a\\nb\\\\nc \\r\\n C:\\new\\road",
      "",
    ];
    for (const text of ordinary) expect(redactor.text(text)).toBe(text);
  });

  it("stays linear: 4 MB of wrapped base64 is redacted in under 2 s (tens of ms when the machine is idle)", () => {
    const secret = secretOf(40, false);
    const redactor = createRedactor([secret]);
    const stream = Buffer.concat([randomBytes(1_500_000), Buffer.from(secret), randomBytes(1_500_000)]);
    const text = wrap(stream.toString("base64"), 76, "\n");
    const started = performance.now();
    const out = redactor.text(text);
    const ms = performance.now() - started;
    expect(out).toContain("[REDACTED:redact]");
    expect(ms).toBeLessThan(2000);
  });
});
