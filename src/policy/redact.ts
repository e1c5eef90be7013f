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

/**
 * Line breaks, which wrapping puts anywhere in a value: `base64` (76 columns), PEM and openssl
 * (64), `xxd -p` (60), `fold -w N`; LF or CRLF. Terminal colours too (`grep --color=always`
 * wraps a match in SGR sequences, inside the value). A value is looked for in the text without
 * them: one native pass removes them, one literal alternation searches what is left (linear, and
 * the pattern compiles as fast as before).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour sequences removed here
const LINE_BREAKS = /(?:[\r\n]|\x1b\[[0-9;]*[mK])+/g;
/** The same JSON-escaped too (`\n`, `\u001b[..m`; doubled in a JSON string inside a JSON string). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const ESCAPED_LINE_BREAKS = /(?:[\r\n]|\x1b\[[0-9;]*[mK]|\\{1,2}[rn]|\\{1,2}u001b\[[0-9;]*[mK])+/g;
const HAS_ESCAPED_LINE_BREAK = /\\(?:[rn]|u001b)/;

const BASE64_ALPHABETS = {
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
} as const;

/**
 * A form a named value takes in text: `text` (no line breaks in it) is the part that only the
 * value determines. In base64 a byte at either end of the value shares a character with what is
 * around it; `before`/`after` are the characters that one can be, so it is redacted as well.
 */
interface Form {
  text: string;
  before: string;
  after: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The value's bytes in base64 at one alignment (the bytes before it, mod 3): the characters all
 * of whose 6 bits are the value's, and the few an end character can be (some bits the value's,
 * the rest its neighbours').
 */
function base64Form(bytes: Buffer, offset: number, alphabet: string, encoding: BufferEncoding): Form {
  const startBit = offset * 8;
  const endBit = (offset + bytes.length) * 8;
  // zeros around the value: they only fill the neighbours' bits, which are masked out below
  const encoded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(2)]).toString(encoding);
  const form: Form = { text: "", before: "", after: "" };
  for (let i = Math.floor(startBit / 6); i * 6 < endBit; i++) {
    const from = Math.max(i * 6, startBit);
    const to = Math.min(i * 6 + 6, endBit);
    const char = encoded[i] as string;
    if (to - from === 6) {
      form.text += char;
      continue;
    }
    // the value's bits of this character: a mask over its 6 bits, most significant first
    const mask = ((1 << (to - from)) - 1) << (i * 6 + 6 - to);
    const known = alphabet.indexOf(char) & mask;
    const candidates = [...alphabet].filter((_, v) => (v & mask) === known).join("");
    if (from === startBit) form.before = candidates;
    else form.after = candidates;
  }
  return form;
}

function formsOf(value: string): Form[] {
  const plain = (text: string): Form => ({ text: text.replace(LINE_BREAKS, ""), before: "", after: "" });
  const forms: Form[] = [plain(value)];
  let escaped = value;
  for (let level = 0; level < 2; level++) {
    escaped = JSON.stringify(escaped).slice(1, -1);
    forms.push(plain(escaped));
  }
  forms.push(plain(encodeURIComponent(value)));
  // as shells print it: inside double quotes (bash's `declare -p`, `export -p`, `set`) and single
  forms.push(plain(value.replace(/[$"\\`]/g, "\\$&")), plain(value.replaceAll("'", `'\\''`)));
  const bytes = Buffer.from(value, "utf8");
  const hex = bytes.toString("hex");
  if (hex.length >= MIN_ENCODED) forms.push(plain(hex), plain(hex.toUpperCase()));
  for (let offset = 0; offset < 3; offset++) {
    for (const [encoding, alphabet] of Object.entries(BASE64_ALPHABETS)) {
      const form = base64Form(bytes, offset, alphabet, encoding as BufferEncoding);
      if (form.text.length >= MIN_ENCODED) forms.push(form);
    }
  }
  return forms.filter((form) => form.text.length > 0);
}

/**
 * The forms in which `value` is still recognisable, without line breaks: itself, JSON-escaped
 * (once and twice: a JSON string inside a JSON string), percent-encoded, hex (lower and upper
 * case), and base64 (standard and url-safe) at each of the three byte alignments it can have
 * inside a longer encoded text. Each is looked for with line breaks allowed anywhere in it.
 */
export function valueForms(value: string): string[] {
  return [...new Set(formsOf(value).map((form) => form.text))];
}

/** What a form's text stands for: the rule, and the end characters to take along (base64). */
interface FormEntry {
  rule: string;
  before: string;
  after: string;
}

/**
 * `text` with `breaks` removed, and a map back: `original(positions)` gives, for positions in the
 * text without breaks (non-decreasing), where those characters are in `text`.
 */
function withoutBreaks(text: string, breaks: RegExp) {
  return {
    flat: text.replace(breaks, ""),
    original(positions: number[]): number[] {
      const runs = new RegExp(breaks.source, "g");
      let removed = 0;
      let run = runs.exec(text);
      return positions.map((position) => {
        // a run of breaks at the same position in the flat text comes before that character
        while (run && run.index - removed <= position) {
          removed += run[0].length;
          run = runs.exec(text);
        }
        return position + removed;
      });
    },
  };
}

/** A match: [start, end) of the text and the rule that names it. */
interface Match {
  start: number;
  end: number;
  rule: string;
}

/** Overlapping matches (of the two views) merged into one; touching ones stay two. */
function merged(matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const match of matches.sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && match.start < last.end) last.end = Math.max(last.end, match.end);
    else out.push({ ...match });
  }
  return out;
}

/** Length of the longest prefix of `form` that `text` ends with (KMP over the form's prefixes). */
function overlapAtEnd(text: string, form: string): number {
  const fail = new Int32Array(form.length);
  for (let i = 1, k = 0; i < form.length; i++) {
    while (k > 0 && form[i] !== form[k]) k = fail[k - 1] as number;
    if (form[i] === form[k]) k++;
    fail[i] = k;
  }
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    while (k > 0 && (k === form.length || char !== form[k])) k = fail[k - 1] as number;
    if (char === form[k]) k++;
  }
  return k === form.length ? (fail[k - 1] as number) : k;
}

/** By UTF-16 code unit, like the lengths and positions around it. */
const reversed = (text: string) => text.split("").reverse().join("");

export class Redactor {
  /** every form of every named value (text without line breaks) and what it stands for */
  private readonly values = new Map<string, FormEntry>();
  private readonly named = new Set<string>();
  private pattern: RegExp | undefined;
  private longestForm = 0;

  /** `values` are redacted as `[REDACTED:redact]`. */
  constructor(values: readonly string[] = []) {
    for (const value of values) this.addValue(value, "redact");
  }

  /** Redacts `value` (and its encoded forms) from now on, as `[REDACTED:<rule>]`. */
  addValue(value: string, rule: string): void {
    if (value.length === 0 || this.named.has(value)) return;
    this.named.add(value);
    for (const form of formsOf(value)) {
      const entry = this.values.get(form.text);
      if (entry) {
        // base64 and base64url share most forms; either end character is taken along
        entry.before += form.before;
        entry.after += form.after;
      } else {
        this.values.set(form.text, { rule, before: form.before, after: form.after });
      }
    }
    this.longestForm = Math.max(this.longestForm, ...formsOf(value).map((form) => form.text.length));
    // built when next used: values come one at a time, and the pattern is long
    this.pattern = undefined;
  }

  /** Every form, longest first (a longer form wins over one it contains). */
  private get valuePattern(): RegExp | undefined {
    if (!this.pattern && this.values.size > 0) {
      const forms = [...this.values.keys()].sort((a, b) => b.length - a.length);
      this.pattern = new RegExp(forms.map(escapeRegExp).join("|"), "g");
    }
    return this.pattern;
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
    let out = this.namedValues(text);
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
   * Every form of every named value replaced, with line breaks allowed anywhere inside it (those
   * inside go with it; those around it stay). Looked for in the text without line breaks, and
   * once more without JSON-escaped ones when it has any.
   */
  private namedValues(text: string): string {
    if (this.values.size === 0) return text;
    const found = this.find(text, LINE_BREAKS);
    if (HAS_ESCAPED_LINE_BREAK.test(text)) found.push(...this.find(text, ESCAPED_LINE_BREAKS));
    if (found.length === 0) return text;
    let out = "";
    let at = 0;
    for (const { start, end, rule } of merged(found)) {
      out += `${text.slice(at, start)}${placeholder(rule)}`;
      at = end;
    }
    return out + text.slice(at);
  }

  /** Matches in `text` with `breaks` allowed inside them, as ranges of `text`. */
  private find(text: string, breaks: RegExp): Match[] {
    const pattern = this.valuePattern as RegExp;
    const { flat, original } = withoutBreaks(text, breaks);
    const matches: Match[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(flat); match; match = pattern.exec(flat)) {
      const entry = this.values.get(match[0]) as FormEntry;
      let start = match.index;
      let end = start + match[0].length;
      // base64: the characters the value's first and last bytes share with their neighbours
      if (entry.before && start > 0 && entry.before.includes(flat[start - 1] as string)) start--;
      if (entry.after && end < flat.length && entry.after.includes(flat[end] as string)) end++;
      const last = matches.at(-1);
      if (last && start < last.end) last.end = end;
      else matches.push({ start, end, rule: entry.rule });
      pattern.lastIndex = end;
    }
    if (matches.length === 0) return matches;
    const positions = original(matches.flatMap(({ start, end }) => [start, end - 1]));
    return matches.map((match, i) => ({
      start: positions[2 * i] as number,
      end: (positions[2 * i + 1] as number) + 1,
      rule: match.rule,
    }));
  }

  /**
   * An output cap keeps the head and the tail of an output: a named value cut in two by it leaves
   * a prefix before the marker and a suffix after it, neither of which is the whole value. Any
   * form, with line breaks in it: the end of the head that starts a form and the start of the
   * tail that ends one are redacted.
   */
  private partials(text: string): string {
    if (this.values.size === 0 || !text.includes(" truncated by sandbox-action ...]")) return text;
    const parts = text.split(TRUNCATION_MARKER);
    // Enough of each part to hold the longest form even wrapped at one column with CRLF.
    const window = 3 * this.longestForm;
    // even indices: output; odd: the markers between them
    for (let i = 0; i < parts.length; i += 2) {
      let out = parts[i] as string;
      if (i + 1 < parts.length) {
        const tail = withoutBreaks(out.slice(-window), LINE_BREAKS);
        const [k, rule] = this.longestOverlap(tail.flat, false);
        if (k >= MIN_PARTIAL) {
          const cut = (tail.original([tail.flat.length - k])[0] as number) + Math.max(0, out.length - window);
          out = `${out.slice(0, cut)}${placeholder(rule)}`;
        }
      }
      if (i > 0) {
        const head = withoutBreaks(out.slice(0, window), LINE_BREAKS);
        const [k, rule] = this.longestOverlap(head.flat, true);
        if (k >= MIN_PARTIAL) {
          const cut = (head.original([k - 1])[0] as number) + 1;
          out = `${placeholder(rule)}${out.slice(cut)}`;
        }
      }
      parts[i] = out;
    }
    return parts.join("");
  }

  /** The most characters of one form that `text` ends with (starts with, when `atStart`). */
  private longestOverlap(text: string, atStart: boolean): [number, string] {
    let best: [number, string] = [0, "redact"];
    const subject = atStart ? reversed(text) : text;
    for (const [form, { rule }] of this.values) {
      const k = overlapAtEnd(subject, atStart ? reversed(form) : form);
      if (k > best[0]) best = [k, rule];
    }
    return best;
  }
}

/** A redactor for `values` plus the credential shapes. */
export function createRedactor(values: readonly string[] = []): Redactor {
  return new Redactor(values);
}
