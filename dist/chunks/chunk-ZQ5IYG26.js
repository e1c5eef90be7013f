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
], MIN_ENCODED = 8, MIN_PARTIAL = 4, TRUNCATION_MARKER = /(\n\[\.\.\. [^\]\n]{1,40} truncated by sandbox-action \.\.\.\]\n)/;
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function valueForms(value) {
  let forms = /* @__PURE__ */ new Set([value]), escaped = value;
  for (let level = 0; level < 2; level++)
    escaped = JSON.stringify(escaped).slice(1, -1), forms.add(escaped);
  forms.add(encodeURIComponent(value));
  let bytes = Buffer.from(value, "utf8");
  for (let offset = 0; offset < 3; offset++) {
    let padded = Buffer.concat([Buffer.alloc(offset), bytes]), start = offset === 0 ? 0 : 4, end = Math.floor(padded.length / 3) * 4;
    for (let encoding of ["base64", "base64url"]) {
      let form = padded.toString(encoding).slice(start, end);
      form.length >= MIN_ENCODED && forms.add(form);
    }
  }
  return [...forms].filter((form) => form.length > 0);
}
var Redactor = class {
  values = /* @__PURE__ */ new Map();
  valuePattern;
  /** raw named values, for the partial check next to truncation markers */
  raw = [];
  /** `values` are redacted as `[REDACTED:redact]`. */
  constructor(values = []) {
    for (let value of values) this.addValue(value, "redact");
  }
  /** Redacts `value` (and its encoded forms) from now on, as `[REDACTED:<rule>]`. */
  addValue(value, rule) {
    if (value.length === 0 || this.values.has(value)) return;
    for (let form of valueForms(value)) this.values.has(form) || this.values.set(form, rule);
    this.raw.push({ value, rule });
    let forms = [...this.values.keys()].sort((a, b) => b.length - a.length);
    this.valuePattern = new RegExp(forms.map(escapeRegExp).join("|"), "g");
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
    let out = text;
    this.valuePattern && (out = out.replace(this.valuePattern, (match) => placeholder(this.values.get(match) ?? "redact")));
    for (let rule of SHAPE_RULES)
      rule.pattern.lastIndex = 0, out = out.replace(rule.pattern, (...args) => {
        let groups = args.at(-1);
        return `${typeof groups == "object" && groups ? groups.keep ?? "" : ""}${placeholder(rule.name)}`;
      });
    return out;
  }
  /**
   * An output cap keeps the head and the tail of an output: a named value cut in two by it leaves
   * a prefix before the marker and a suffix after it, neither of which is the whole value.
   */
  partials(text) {
    if (this.raw.length === 0 || !text.includes(" truncated by sandbox-action ...]")) return text;
    let parts = text.split(TRUNCATION_MARKER);
    for (let i = 0; i < parts.length; i += 2) {
      let out = parts[i];
      for (let { value, rule } of this.raw) {
        for (let k = value.length - 1; i + 1 < parts.length && k >= MIN_PARTIAL; k--)
          if (out.endsWith(value.slice(0, k))) {
            out = `${out.slice(0, -k)}${placeholder(rule)}`;
            break;
          }
        for (let k = value.length - 1; i > 0 && k >= MIN_PARTIAL; k--)
          if (out.startsWith(value.slice(-k))) {
            out = `${placeholder(rule)}${out.slice(k)}`;
            break;
          }
      }
      parts[i] = out;
    }
    return parts.join("");
  }
};
function createRedactor(values = []) {
  return new Redactor(values);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createRedactor
});
