// Secret redaction, applied on the host to everything it shows of the sandbox: tool results and
// errors, the audit log, the daemon's log, the CLI's output and the job summary (threat model
// promise 8). Two kinds of rules: values the user named (`redact`, `secret:` env entries, the
// proxy's own token), and well-known credential shapes. A placeholder names the rule that matched,
// never any part of the value. What it cannot promise is in docs/adr/0008-host-side-policy.md.

export function placeholder(rule: string): string {
  return `[REDACTED:${rule}]`;
}

/** Text already redacted is left as it is, so redacting twice changes nothing. */
const PLACEHOLDER_SPLIT = /(\[REDACTED:[a-z0-9-]+\])/;

interface ShapeRule {
  name: string;
  /** global; an optional `keep` group is context (a key name, a scheme) kept before the placeholder */
  pattern: RegExp;
}

/** Quotes as they appear in text and in JSON-escaped text. */
const Q = String.raw`(?:\\*["'])?`;

/** Well-known credential shapes, most specific first. */
export const SHAPE_RULES: readonly ShapeRule[] = [
  {
    name: "private-key",
    // A whole PEM block; without its END line (cut off by an output cap) up to where base64 stops.
    pattern:
      /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|(?:[A-Za-z0-9+/=\s:,.-]|\\[nrt])*)/g,
  },
  {
    name: "github-token",
    // ghp_ (classic), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server-to-server, Actions'
    // GITHUB_TOKEN), ghr_ (refresh), and fine-grained github_pat_.
    pattern: /(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
  },
  {
    name: "aws-access-key-id",
    pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}/g,
  },
  {
    name: "aws-secret-key",
    // 40 base64 characters are recognisable only next to their name (env, credentials file, JSON).
    pattern: new RegExp(
      String.raw`(?<keep>(?:aws_?)?secret_?access_?key${Q}\s*[:=]\s*${Q})[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`,
      "gi",
    ),
  },
  {
    name: "slack-token",
    pattern: /(?:xox[abprs]-[A-Za-z0-9-]{10,}|xapp-\d-[A-Za-z0-9-]{10,})/g,
  },
  {
    name: "jwt",
    // header.payload.signature, both JSON objects: base64url of `{"` is `eyJ`.
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
  },
  {
    name: "bearer",
    // "Bearer <credential>": at least 12 characters with a digit in them, so prose ("the bearer
    // of bad news") stays as it is.
    pattern: /(?<keep>\bbearer\s+)(?=[A-Za-z._~+/-]*[0-9])[A-Za-z0-9._~+/-]{12,}=*/gi,
  },
  {
    name: "authorization",
    // Authorization headers with another scheme (Basic, token): the header name is context enough.
    pattern: new RegExp(
      String.raw`(?<keep>\bauthorization${Q}\s*[:=]\s*${Q}(?:basic|token|bearer)\s+)[A-Za-z0-9._~+/-]{6,}=*`,
      "gi",
    ),
  },
];

/** Named values shorter than this in an encoded form are not looked for in that form. */
const MIN_ENCODED = 8;
/** A value cut by an output cap: this many characters of it next to the marker are redacted. */
const MIN_PARTIAL = 4;
/** The output caps' marker (src/server/truncate.ts). */
const TRUNCATION_MARKER = /(\n\[\.\.\. [^\]\n]{1,40} truncated by sandbox-action \.\.\.\]\n)/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The forms in which `value` is still recognisable: itself, JSON-escaped (once and twice: a JSON
 * string inside a JSON string), percent-encoded, and base64 (standard and url-safe) at each of the
 * three byte alignments it can have inside a longer encoded text.
 */
export function valueForms(value: string): string[] {
  const forms = new Set<string>([value]);
  let escaped = value;
  for (let level = 0; level < 2; level++) {
    escaped = JSON.stringify(escaped).slice(1, -1);
    forms.add(escaped);
  }
  forms.add(encodeURIComponent(value));
  const bytes = Buffer.from(value, "utf8");
  for (let offset = 0; offset < 3; offset++) {
    // Encoded after `offset` other bytes: skip the group those share, keep the groups the value
    // fills alone; the last, shared with what follows, is dropped too.
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const start = offset === 0 ? 0 : 4;
    const end = Math.floor(padded.length / 3) * 4;
    for (const encoding of ["base64", "base64url"] as const) {
      const form = padded.toString(encoding).slice(start, end);
      if (form.length >= MIN_ENCODED) forms.add(form);
    }
  }
  return [...forms].filter((form) => form.length > 0);
}

export class Redactor {
  private readonly values = new Map<string, string>();
  private valuePattern: RegExp | undefined;
  /** raw named values, for the partial check next to truncation markers */
  private readonly raw: { value: string; rule: string }[] = [];

  /** `values` are redacted as `[REDACTED:redact]`. */
  constructor(values: readonly string[] = []) {
    for (const value of values) this.addValue(value, "redact");
  }

  /** Redacts `value` (and its encoded forms) from now on, as `[REDACTED:<rule>]`. */
  addValue(value: string, rule: string): void {
    if (value.length === 0 || this.values.has(value)) return;
    for (const form of valueForms(value)) if (!this.values.has(form)) this.values.set(form, rule);
    this.raw.push({ value, rule });
    const forms = [...this.values.keys()].sort((a, b) => b.length - a.length);
    this.valuePattern = new RegExp(forms.map(escapeRegExp).join("|"), "g");
  }

  /** The text with every named value and credential shape replaced by a placeholder. */
  text(input: string): string {
    if (input.length === 0) return input;
    const parts = input.split(PLACEHOLDER_SPLIT);
    for (let i = 0; i < parts.length; i += 2) parts[i] = this.segment(parts[i] as string);
    return this.partials(parts.join(""));
  }

  /** A copy of a JSON-like value with every string in it (object keys too) redacted. */
  value<T>(input: T): T {
    return this.deep(input, 0) as T;
  }

  private deep(input: unknown, depth: number): unknown {
    if (typeof input === "string") return this.text(input);
    if (depth > 64 || input === null || typeof input !== "object") return input;
    if (Array.isArray(input)) return input.map((item) => this.deep(item, depth + 1));
    if (Object.getPrototypeOf(input) !== Object.prototype && Object.getPrototypeOf(input) !== null) {
      return input;
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(input)) out[this.text(key)] = this.deep(item, depth + 1);
    return out;
  }

  private segment(text: string): string {
    let out = text;
    if (this.valuePattern) {
      out = out.replace(this.valuePattern, (match) => placeholder(this.values.get(match) ?? "redact"));
    }
    for (const rule of SHAPE_RULES) {
      rule.pattern.lastIndex = 0;
      out = out.replace(rule.pattern, (...args) => {
        const groups = args.at(-1) as Record<string, string | undefined> | undefined;
        const keep = typeof groups === "object" && groups ? (groups.keep ?? "") : "";
        return `${keep}${placeholder(rule.name)}`;
      });
    }
    return out;
  }

  /**
   * An output cap keeps the head and the tail of an output: a named value cut in two by it leaves
   * a prefix before the marker and a suffix after it, neither of which is the whole value.
   */
  private partials(text: string): string {
    if (this.raw.length === 0 || !text.includes(" truncated by sandbox-action ...]")) return text;
    const parts = text.split(TRUNCATION_MARKER);
    // even indices: output; odd: the markers between them
    for (let i = 0; i < parts.length; i += 2) {
      let out = parts[i] as string;
      for (const { value, rule } of this.raw) {
        for (let k = value.length - 1; i + 1 < parts.length && k >= MIN_PARTIAL; k--) {
          if (out.endsWith(value.slice(0, k))) {
            out = `${out.slice(0, -k)}${placeholder(rule)}`;
            break;
          }
        }
        for (let k = value.length - 1; i > 0 && k >= MIN_PARTIAL; k--) {
          if (out.startsWith(value.slice(-k))) {
            out = `${placeholder(rule)}${out.slice(k)}`;
            break;
          }
        }
      }
      parts[i] = out;
    }
    return parts.join("");
  }
}

/** A redactor for `values` plus the credential shapes. */
export function createRedactor(values: readonly string[] = []): Redactor {
  return new Redactor(values);
}
