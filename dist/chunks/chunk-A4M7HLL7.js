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
  createRedactor: () => createRedactor
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
function placeholder(rule) {
  return `[REDACTED:${rule}]`;
}
var PLACEHOLDER_SPLIT = /(\[REDACTED:[a-z0-9-]+\])/, Q = String.raw`(?:\\*["'])?`, SHAPE_RULES = [
  {
    name: "private-key",
    // A whole PEM block; without its END line (cut off by an output cap) up to where base64 stops.
    pattern: /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|(?:[A-Za-z0-9+/=\s:,.-]|\\[nrt])*)/g
  },
  {
    name: "github-token",
    // ghp_ (classic), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server-to-server, Actions'
    // GITHUB_TOKEN), ghr_ (refresh), and fine-grained github_pat_.
    pattern: /(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g
  },
  {
    name: "aws-access-key-id",
    pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}/g
  },
  {
    name: "aws-secret-key",
    // 40 base64 characters are recognisable only next to their name (env, credentials file, JSON).
    pattern: new RegExp(
      String.raw`(?<keep>(?:aws_?)?secret_?access_?key${Q}\s*[:=]\s*${Q})[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`,
      "gi"
    )
  },
  {
    name: "slack-token",
    pattern: /(?:xox[abprs]-[A-Za-z0-9-]{10,}|xapp-\d-[A-Za-z0-9-]{10,})/g
  },
  {
    name: "jwt",
    // header.payload.signature, both JSON objects: base64url of `{"` is `eyJ`.
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g
  },
  {
    name: "bearer",
    // "Bearer <credential>": at least 12 characters with a digit in them, so prose ("the bearer
    // of bad news") stays as it is.
    pattern: /(?<keep>\bbearer\s+)(?=[A-Za-z._~+/-]*[0-9])[A-Za-z0-9._~+/-]{12,}=*/gi
  },
  {
    name: "authorization",
    // Authorization headers with another scheme (Basic, token): the header name is context enough.
    pattern: new RegExp(
      String.raw`(?<keep>\bauthorization${Q}\s*[:=]\s*${Q}(?:basic|token|bearer)\s+)[A-Za-z0-9._~+/-]{6,}=*`,
      "gi"
    )
  }
], MIN_ENCODED = 8, MIN_PARTIAL = 4, TRUNCATION_MARKER = /(\n\[\.\.\. [^\]\n]{1,40} truncated by sandbox-action \.\.\.\]\n)/, LINE_BREAKS = /(?:[\r\n]|\x1b\[[0-9;]*[mK])+/g, ESCAPED_LINE_BREAKS = /(?:[\r\n]|\x1b\[[0-9;]*[mK]|\\{1,2}[rn]|\\{1,2}u001b\[[0-9;]*[mK])+/g, HAS_ESCAPED_LINE_BREAK = /\\(?:[rn]|u001b)/, BASE64_ALPHABETS = {
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
};
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function base64Form(bytes, offset, alphabet, encoding) {
  let startBit = offset * 8, endBit = (offset + bytes.length) * 8, encoded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(2)]).toString(encoding), form = { text: "", before: "", after: "" };
  for (let i = Math.floor(startBit / 6); i * 6 < endBit; i++) {
    let from = Math.max(i * 6, startBit), to = Math.min(i * 6 + 6, endBit), char = encoded[i];
    if (to - from === 6) {
      form.text += char;
      continue;
    }
    let mask = (1 << to - from) - 1 << i * 6 + 6 - to, known = alphabet.indexOf(char) & mask, candidates = [...alphabet].filter((_, v) => (v & mask) === known).join("");
    from === startBit ? form.before = candidates : form.after = candidates;
  }
  return form;
}
function formsOf(value) {
  let plain = (text) => ({ text: text.replace(LINE_BREAKS, ""), before: "", after: "" }), forms = [plain(value)], escaped = value;
  for (let level = 0; level < 2; level++)
    escaped = JSON.stringify(escaped).slice(1, -1), forms.push(plain(escaped));
  forms.push(plain(encodeURIComponent(value))), forms.push(plain(value.replace(/[$"\\`]/g, "\\$&")), plain(value.replaceAll("'", "'\\''")));
  let bytes = Buffer.from(value, "utf8"), hex = bytes.toString("hex");
  hex.length >= MIN_ENCODED && forms.push(plain(hex), plain(hex.toUpperCase()));
  for (let offset = 0; offset < 3; offset++)
    for (let [encoding, alphabet] of Object.entries(BASE64_ALPHABETS)) {
      let form = base64Form(bytes, offset, alphabet, encoding);
      form.text.length >= MIN_ENCODED && forms.push(form);
    }
  return forms.filter((form) => form.text.length > 0);
}
function withoutBreaks(text, breaks) {
  return {
    flat: text.replace(breaks, ""),
    original(positions) {
      let runs = new RegExp(breaks.source, "g"), removed = 0, run = runs.exec(text);
      return positions.map((position) => {
        for (; run && run.index - removed <= position; )
          removed += run[0].length, run = runs.exec(text);
        return position + removed;
      });
    }
  };
}
function merged(matches) {
  let out = [];
  for (let match of matches.sort((a, b) => a.start - b.start)) {
    let last = out.at(-1);
    last && match.start < last.end ? last.end = Math.max(last.end, match.end) : out.push({ ...match });
  }
  return out;
}
function overlapAtEnd(text, form) {
  let fail = new Int32Array(form.length);
  for (let i = 1, k2 = 0; i < form.length; i++) {
    for (; k2 > 0 && form[i] !== form[k2]; ) k2 = fail[k2 - 1];
    form[i] === form[k2] && k2++, fail[i] = k2;
  }
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    let char = text[i];
    for (; k > 0 && (k === form.length || char !== form[k]); ) k = fail[k - 1];
    char === form[k] && k++;
  }
  return k === form.length ? fail[k - 1] : k;
}
var reversed = (text) => text.split("").reverse().join(""), Redactor = class {
  /** every form of every named value (text without line breaks) and what it stands for */
  values = /* @__PURE__ */ new Map();
  named = /* @__PURE__ */ new Set();
  pattern;
  longestForm = 0;
  /** `values` are redacted as `[REDACTED:redact]`. */
  constructor(values = []) {
    for (let value of values) this.addValue(value, "redact");
  }
  /** Redacts `value` (and its encoded forms) from now on, as `[REDACTED:<rule>]`. */
  addValue(value, rule) {
    if (!(value.length === 0 || this.named.has(value))) {
      this.named.add(value);
      for (let form of formsOf(value)) {
        let entry = this.values.get(form.text);
        entry ? (entry.before += form.before, entry.after += form.after) : this.values.set(form.text, { rule, before: form.before, after: form.after });
      }
      this.longestForm = Math.max(this.longestForm, ...formsOf(value).map((form) => form.text.length)), this.pattern = void 0;
    }
  }
  /** Every form, longest first (a longer form wins over one it contains). */
  get valuePattern() {
    if (!this.pattern && this.values.size > 0) {
      let forms = [...this.values.keys()].sort((a, b) => b.length - a.length);
      this.pattern = new RegExp(forms.map(escapeRegExp).join("|"), "g");
    }
    return this.pattern;
  }
  /** The text with every named value and credential shape replaced by a placeholder. */
  text(input) {
    if (input.length === 0) return input;
    let parts = input.split(PLACEHOLDER_SPLIT);
    for (let i = 0; i < parts.length; i += 2) parts[i] = this.segment(parts[i]);
    return this.partials(parts.join(""));
  }
  /** A copy of a JSON-like value with every string in it (object keys too) redacted. */
  value(input) {
    return this.deep(input, 0);
  }
  deep(input, depth) {
    if (typeof input == "string") return this.text(input);
    if (depth > 64 || input === null || typeof input != "object") return input;
    if (Array.isArray(input)) return input.map((item) => this.deep(item, depth + 1));
    if (Object.getPrototypeOf(input) !== Object.prototype && Object.getPrototypeOf(input) !== null)
      return input;
    let out = {};
    for (let [key, item] of Object.entries(input)) out[this.text(key)] = this.deep(item, depth + 1);
    return out;
  }
  segment(text) {
    let out = this.namedValues(text);
    for (let rule of SHAPE_RULES)
      rule.pattern.lastIndex = 0, out = out.replace(rule.pattern, (...args) => {
        let groups = args.at(-1);
        return `${typeof groups == "object" && groups ? groups.keep ?? "" : ""}${placeholder(rule.name)}`;
      });
    return out;
  }
  /**
   * Every form of every named value replaced, with line breaks allowed anywhere inside it (those
   * inside go with it; those around it stay). Looked for in the text without line breaks, and
   * once more without JSON-escaped ones when it has any.
   */
  namedValues(text) {
    if (this.values.size === 0) return text;
    let found = this.find(text, LINE_BREAKS);
    if (HAS_ESCAPED_LINE_BREAK.test(text) && found.push(...this.find(text, ESCAPED_LINE_BREAKS)), found.length === 0) return text;
    let out = "", at = 0;
    for (let { start, end, rule } of merged(found))
      out += `${text.slice(at, start)}${placeholder(rule)}`, at = end;
    return out + text.slice(at);
  }
  /** Matches in `text` with `breaks` allowed inside them, as ranges of `text`. */
  find(text, breaks) {
    let pattern = this.valuePattern, { flat, original } = withoutBreaks(text, breaks), matches = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(flat); match; match = pattern.exec(flat)) {
      let entry = this.values.get(match[0]), start = match.index, end = start + match[0].length;
      entry.before && start > 0 && entry.before.includes(flat[start - 1]) && start--, entry.after && end < flat.length && entry.after.includes(flat[end]) && end++;
      let last = matches.at(-1);
      last && start < last.end ? last.end = end : matches.push({ start, end, rule: entry.rule }), pattern.lastIndex = end;
    }
    if (matches.length === 0) return matches;
    let positions = original(matches.flatMap(({ start, end }) => [start, end - 1]));
    return matches.map((match, i) => ({
      start: positions[2 * i],
      end: positions[2 * i + 1] + 1,
      rule: match.rule
    }));
  }
  /**
   * An output cap keeps the head and the tail of an output: a named value cut in two by it leaves
   * a prefix before the marker and a suffix after it, neither of which is the whole value. Any
   * form, with line breaks in it: the end of the head that starts a form and the start of the
   * tail that ends one are redacted.
   */
  partials(text) {
    if (this.values.size === 0 || !text.includes(" truncated by sandbox-action ...]")) return text;
    let parts = text.split(TRUNCATION_MARKER), window = 3 * this.longestForm;
    for (let i = 0; i < parts.length; i += 2) {
      let out = parts[i];
      if (i + 1 < parts.length) {
        let tail = withoutBreaks(out.slice(-window), LINE_BREAKS), [k, rule] = this.longestOverlap(tail.flat, !1);
        if (k >= MIN_PARTIAL) {
          let cut = tail.original([tail.flat.length - k])[0] + Math.max(0, out.length - window);
          out = `${out.slice(0, cut)}${placeholder(rule)}`;
        }
      }
      if (i > 0) {
        let head = withoutBreaks(out.slice(0, window), LINE_BREAKS), [k, rule] = this.longestOverlap(head.flat, !0);
        if (k >= MIN_PARTIAL) {
          let cut = head.original([k - 1])[0] + 1;
          out = `${placeholder(rule)}${out.slice(cut)}`;
        }
      }
      parts[i] = out;
    }
    return parts.join("");
  }
  /** The most characters of one form that `text` ends with (starts with, when `atStart`). */
  longestOverlap(text, atStart) {
    let best = [0, "redact"], subject = atStart ? reversed(text) : text;
    for (let [form, { rule }] of this.values) {
      let k = overlapAtEnd(subject, atStart ? reversed(form) : form);
      k > best[0] && (best = [k, rule]);
    }
    return best;
  }
};
function createRedactor(values = []) {
  return new Redactor(values);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createRedactor
});
