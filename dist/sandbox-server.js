import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// src/http/light-web.ts
var LightHeaders, LightResponse, init_light_web = __esm({
  "src/http/light-web.ts"() {
    "use strict";
    init_web_globals();
    LightHeaders = class {
      #values = /* @__PURE__ */ new Map();
      constructor(init) {
        if (init)
          for (let [name2, value] of Object.entries(init))
            value !== void 0 && this.set(name2, typeof value == "string" ? value : value.join(", "));
      }
      get(name2) {
        return this.#values.get(name2.toLowerCase()) ?? null;
      }
      has(name2) {
        return this.#values.has(name2.toLowerCase());
      }
      set(name2, value) {
        this.#values.set(name2.toLowerCase(), value);
      }
      forEach(callback) {
        for (let [name2, value] of this.#values) callback(value, name2, this);
      }
      entries() {
        return this.#values.entries();
      }
      [Symbol.iterator]() {
        return this.entries();
      }
    }, LightResponse = class {
      status;
      headers;
      body;
      constructor(body, init = {}) {
        if (this.status = init.status ?? 200, this.headers = new LightHeaders(init.headers), typeof body == "string") {
          let bytes = new TextEncoder().encode(body);
          this.body = new ReadableStream({
            start(controller) {
              controller.enqueue(bytes), controller.close();
            }
          });
        } else
          this.body = body ?? null;
      }
    };
  }
});

// src/server/web-globals.ts
var init_web_globals = __esm({
  "src/server/web-globals.ts"() {
    "use strict";
    init_light_web();
  }
});

// src/mtls/exchange.ts
import { X509Certificate } from "node:crypto";
function formatServerCa(caCertPem) {
  return `${BEGIN_SERVER_CA}
${caCertPem.trim()}
${END_SERVER_CA}
`;
}
function validateCaPem(pem, what) {
  let cert;
  try {
    cert = new X509Certificate(pem);
  } catch (error2) {
    throw new Error(`${what} is not a valid PEM certificate: ${error2.message}`);
  }
  if (!cert.ca) throw new Error(`${what} is not a CA certificate`);
  return `${pem.trim()}
`;
}
var CLIENT_CA_ENV, BEGIN_SERVER_CA, END_SERVER_CA, init_exchange = __esm({
  "src/mtls/exchange.ts"() {
    "use strict";
    init_web_globals();
    CLIENT_CA_ENV = "SANDBOX_MCP_CLIENT_CA", BEGIN_SERVER_CA = "---BEGIN SANDBOX-ACTION SERVER CA---", END_SERVER_CA = "---END SANDBOX-ACTION SERVER CA---";
  }
});

// src/server/config.ts
import { isAbsolute, resolve } from "node:path";
function parseListen(value) {
  if (value.startsWith("unix:")) {
    let path = value.slice(5);
    if (!isAbsolute(path))
      throw new UsageError(`--listen unix: needs an absolute socket path, got "${path}"`);
    return { kind: "unix", path };
  }
  if (value.startsWith("tcp:")) {
    let rest = value.slice(4), colon = rest.lastIndexOf(":"), host = rest.slice(0, colon).replace(/^\[(.*)\]$/, "$1"), port = Number(rest.slice(colon + 1));
    if (colon <= 0 || !Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--listen tcp: needs HOST:PORT, got "${rest}"`);
    return { kind: "tcp", host, port };
  }
  throw new UsageError(`--listen must start with unix: or tcp:, got "${value}"`);
}
function listenArgument(argv) {
  let listen2;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === "--listen") {
      if (listen2 = argv[++i], listen2 === void 0) throw new UsageError("--listen needs a value");
    } else if (arg.startsWith("--listen="))
      listen2 = arg.slice(9);
    else
      throw new UsageError(`unknown argument "${arg}"`);
  }
  if (listen2 === void 0) throw new UsageError("--listen is required");
  return listen2;
}
function positiveInteger(env, name2, fallback) {
  let raw = env[name2];
  if (raw === void 0 || raw === "") return fallback;
  let value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new UsageError(`${name2} must be a positive integer, got "${raw}"`);
  return value;
}
function readConfig(argv, env) {
  let listen2 = parseListen(listenArgument(argv)), caPem = env[CLIENT_CA_ENV];
  if (!caPem?.trim())
    throw new UsageError(`${CLIENT_CA_ENV} is not set: it must hold the PEM of the host's client CA`);
  let clientCaPem;
  try {
    clientCaPem = validateCaPem(caPem, CLIENT_CA_ENV);
  } catch (error2) {
    throw new UsageError(error2.message);
  }
  return {
    listen: listen2,
    clientCaPem,
    workspace: resolve(env.SANDBOX_WORKSPACE || "/workspace"),
    defaultTimeoutMs: Math.min(positiveInteger(env, "SANDBOX_DEFAULT_TIMEOUT_MS", 12e4), MAX_TIMEOUT_MS),
    maxOutputBytes: positiveInteger(env, "SANDBOX_MAX_OUTPUT_BYTES", 131072)
  };
}
var UsageError, USAGE, MAX_TIMEOUT_MS, init_config = __esm({
  "src/server/config.ts"() {
    "use strict";
    init_web_globals();
    init_exchange();
    UsageError = class extends Error {
      name = "UsageError";
    }, USAGE = "usage: sandbox-server --listen unix:/abs/path.sock | --listen tcp:HOST:PORT";
    MAX_TIMEOUT_MS = 2 ** 31 - 1;
  }
});

// sdk-stub:1
function object() {
  throw new Error("sandbox-action: Zod 3 is not bundled");
}
var init__ = __esm({
  "sdk-stub:1"() {
    init_web_globals();
  }
});

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  let numericValues = Object.values(entries).filter((v) => typeof v == "number");
  return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  return typeof value == "bigint" ? value.toString() : value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input == null;
}
function cleanRegex(source) {
  let start = source.startsWith("^") ? 1 : 0, end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  let ratio = val / step, roundedRatio = Math.round(ratio), tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  return Math.abs(ratio - roundedRatio) < tolerance ? 0 : ratio - roundedRatio;
}
function defineLazy(object4, key, getter) {
  let value;
  Object.defineProperty(object4, key, {
    get() {
      if (value !== EVALUATING)
        return value === void 0 && (value = EVALUATING, value = getter()), value;
    },
    set(v) {
      Object.defineProperty(object4, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: !0
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
}
function rawShape(def) {
  let desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      let value = getter();
      return assignProp(this, key, value), value;
    },
    enumerable: !0,
    configurable: !0
  });
}
function putProp(target, key, value) {
  key in target ? assignProp(target, key, value) : target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  let raw = sourceShape(source);
  for (let key of keys) {
    let desc = Object.getOwnPropertyDescriptor(raw, key);
    desc.enumerable && (desc.get ? deferProp(target, key, () => {
      let value = source._zod.def.shape[key];
      return wrap ? wrap(value, key) : value;
    }) : putProp(target, key, wrap ? wrap(desc.value, key) : desc.value));
  }
}
function mirrorProps(target, source) {
  for (let key of Reflect.ownKeys(source)) {
    let desc = Object.getOwnPropertyDescriptor(source, key);
    desc.enumerable && (desc.get ? deferProp(target, key, () => source[key]) : putProp(target, key, desc.value));
  }
}
function mergeDefs(...defs) {
  let mergedDescriptors = {};
  for (let def of defs) {
    let descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  return path ? path.reduce((acc, key) => acc?.[key], obj) : obj;
}
function promiseAllObject(promisesObj) {
  let keys = Object.keys(promisesObj), promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    let resolvedObj = {};
    for (let i = 0; i < keys.length; i++)
      resolvedObj[keys[i]] = results[i];
    return resolvedObj;
  });
}
function randomString(length = 10) {
  let chars = "abcdefghijklmnopqrstuvwxyz", str = "";
  for (let i = 0; i < length; i++)
    str += chars[Math.floor(Math.random() * chars.length)];
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
function isObject(data) {
  return typeof data == "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === !1)
    return !1;
  let ctor = o.constructor;
  if (ctor === void 0 || typeof ctor != "function")
    return !0;
  let prot = ctor.prototype;
  return !(isObject(prot) === !1 || Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === !1);
}
function shallowClone(o) {
  return isPlainObject(o) ? { ...o } : Array.isArray(o) ? [...o] : o instanceof Map ? new Map(o) : o instanceof Set ? new Set(o) : o;
}
function numKeys(data) {
  let keyCount = 0;
  for (let key in data)
    Object.prototype.hasOwnProperty.call(data, key) && keyCount++;
  return keyCount;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  let cl = new inst._zod.constr(def ?? inst._zod.def);
  return (!def || params?.parent) && (cl._zod.parent = inst), cl;
}
function normalizeParams(_params) {
  let params = _params;
  if (!params)
    return {};
  if (typeof params == "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  return delete params.message, typeof params.error == "string" ? { ...params, error: () => params.error } : params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      return target ?? (target = getter()), Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      return target ?? (target = getter()), Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      return target ?? (target = getter()), Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      return target ?? (target = getter()), Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      return target ?? (target = getter()), Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      return target ?? (target = getter()), Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      return target ?? (target = getter()), Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  return typeof value == "bigint" ? value.toString() + "n" : typeof value == "string" ? `"${value}"` : `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
}
function pick(schema, mask) {
  let currDef = schema._zod.def, checks = currDef.checks;
  if (checks && checks.length > 0)
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  let newShape = {};
  return mirrorShape(newShape, schema, maskedKeys(schema, mask)), clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  let raw = sourceShape(schema), keys = [];
  for (let key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable)
      throw new Error(`Unrecognized key: "${String(key)}"`);
    mask[key] && keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  let currDef = schema._zod.def, checks = currDef.checks;
  if (checks && checks.length > 0)
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  let omitted = new Set(maskedKeys(schema, mask)), newShape = {};
  return mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key))), clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape))
    throw new Error("Invalid input to extend: expected a plain object");
  let checks = schema._zod.def.checks;
  if (checks && checks.length > 0) {
    let existingShape = sourceShape(schema);
    for (let key of Reflect.ownKeys(shape))
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0)
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  let newShape = {};
  return mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema))), mirrorProps(newShape, shape), newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape))
    throw new Error("Invalid input to safeExtend: expected a plain object");
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def)
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  if (a._zod.def.checks?.length)
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  let newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a))), mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  let def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name2 = "partial") {
  let checks = schema._zod.def.checks;
  if (checks && checks.length > 0)
    throw new Error(`.${name2}() cannot be used on object schemas containing refinements`);
  let selected = mask ? new Set(maskedKeys(schema, mask)) : void 0, newShape = {};
  return mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value }))), clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  let selected = mask ? new Set(maskedKeys(schema, mask)) : void 0, newShape = {};
  return mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  )), clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue !== !0)
      return !0;
  return !1;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue === !1)
      return !0;
  return !1;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    return (_a3 = iss).path ?? (_a3.path = []), iss.path.unshift(path), iss;
  });
}
function unwrapMessage(message) {
  return typeof message == "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  let caps = [];
  for (let ch of defChecks ?? []) {
    let d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    let max = d.maximum ?? d.length ?? d.size;
    max >= 0 && caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++)
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  let traits = iss.inst?._zod?.traits;
  traits?.has("$ZodType") && (traits.has("$ZodCheck") ? (_a3 = iss).schema ?? (_a3.schema = iss.inst) : iss.schema = iss.inst);
  let schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0, message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input", full = {};
  for (let k of Object.keys(iss))
    k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__" || (full[k] = iss[k]);
  return full.path ?? (full.path = []), full.message = message, ctx?.reportInput && (full.input = iss.input), full;
}
function getSizableOrigin(input) {
  return input instanceof Set ? "set" : input instanceof Map ? "map" : input instanceof File ? "file" : "unknown";
}
function codePointLength(str) {
  let units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++)
    (str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320 && (count--, i++);
  return count;
}
function getLengthableOrigin(input) {
  return Array.isArray(input) ? "array" : typeof input == "string" ? "string" : "unknown";
}
function parsedType(data) {
  let t = typeof data;
  switch (t) {
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "object": {
      if (data === null)
        return "null";
      if (Array.isArray(data))
        return "array";
      let obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor)
        return obj.constructor.name;
    }
  }
  return t;
}
function issue(...args) {
  let [iss, input, inst] = args;
  return typeof iss == "string" ? {
    message: iss,
    code: "custom",
    input,
    inst
  } : { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => Number.isNaN(Number.parseInt(k, 10))).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  let binaryString = atob(base642), bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++)
    bytes[i] = binaryString.charCodeAt(i);
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++)
    binaryString += String.fromCharCode(bytes[i]);
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  let base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/"), padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  let cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0)
    throw new Error("Invalid hex string length");
  let bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2)
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
function members(proto, table) {
  for (let key in table) {
    let desc = Object.getOwnPropertyDescriptor(table, key);
    desc.get ? Object.defineProperty(proto, key, { ...desc, enumerable: !1 }) : defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = !0) {
  return Object.defineProperty(inst, key, { configurable: !0, writable: !0, enumerable, value }), value;
}
function hide(inst, key, value) {
  return own(inst, key, value, !1);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (let key in computes) {
    let compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: !0,
      enumerable: !0,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  let proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  let proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod, Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      Object.defineProperty(this, key, breaker);
      let outer = broke;
      broke = !1;
      try {
        let value = compute(this);
        return broke ? delete this[key] : Object.defineProperty(this, key, { configurable: !0, writable: !0, value }), broke = broke || outer, value;
      } catch (err) {
        throw delete this[key], broke = broke || outer, err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  let proto = claim(inst, key);
  proto && Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      let desc = { configurable: !0, writable: !0, enumerable, value: void 0 };
      return Object.defineProperty(this, key, desc), desc.value = make(this), Object.defineProperty(this, key, desc), desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, enumerable, value });
    }
  });
}
function constantCatch(value) {
  let fn = () => value;
  return fn[CONSTANT_CATCH] = !0, fn;
}
var Cached, EVALUATING, captureStackTrace, allowsEval, getParsedType, propertyKeyTypes, primitiveTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, Class, installing, broke, breaker, CONSTANT_CATCH, init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    init_web_globals();
    init_core();
    Cached = class {
      constructor(getter) {
        this._getter = getter, this._value = void 0;
      }
      get value() {
        let getter = this._getter;
        return getter !== void 0 && (this._value = getter(), this._getter = void 0), this._value;
      }
    };
    EVALUATING = /* @__PURE__ */ Symbol("evaluating");
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    allowsEval = /* @__PURE__ */ cached(() => {
      if (globalConfig.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare"))
        return !1;
      try {
        let F = Function;
        return new F(""), !0;
      } catch {
        return !1;
      }
    });
    getParsedType = (data) => {
      let t = typeof data;
      switch (t) {
        case "undefined":
          return "undefined";
        case "string":
          return "string";
        case "number":
          return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
          return "boolean";
        case "function":
          return "function";
        case "bigint":
          return "bigint";
        case "symbol":
          return "symbol";
        case "object":
          return Array.isArray(data) ? "array" : data === null ? "null" : data.then && typeof data.then == "function" && data.catch && typeof data.catch == "function" ? "promise" : typeof Map < "u" && data instanceof Map ? "map" : typeof Set < "u" && data instanceof Set ? "set" : typeof Date < "u" && data instanceof Date ? "date" : typeof File < "u" && data instanceof File ? "file" : "object";
        default:
          throw new Error(`Unknown data type: ${t}`);
      }
    }, propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]), primitiveTypes = /* @__PURE__ */ new Set([
      "string",
      "number",
      "bigint",
      "boolean",
      "symbol",
      "undefined"
    ]);
    NUMBER_FORMAT_RANGES = {
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }, BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    Class = class {
      constructor(..._args) {
      }
    };
    broke = !1, breaker = {
      configurable: !0,
      get() {
        broke = !0;
      }
    };
    CONSTANT_CATCH = "~constantCatch";
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  let E = _E;
  if (E) {
    let saved = E.stackTraceLimit;
    if (typeof saved == "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        return _E = null, new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer3, proto, params) {
  let zodProto = {};
  function Internals(def) {
    this.def = def, this.constr = _, this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  let protoMembers = proto, initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (inst._zod) {
      if (inst._zod.traits.has(name2))
        return;
    } else {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    }
    if (inst._zod.traits.add(name2), initializer3(inst, def), initialized) {
      let own2 = Object.getPrototypeOf(inst), ctorProto = inst._zod.constr.prototype, up = own2;
      for (; up && up !== ctorProto; )
        up = Object.getPrototypeOf(up);
      let target = up ?? own2;
      initialized.has(target) || (initialized.add(target), members(target, protoMembers));
    }
    let proto2 = _.prototype;
    for (let k in proto2)
      Object.prototype.hasOwnProperty.call(proto2, k) && (k in inst || (inst[k] = proto2[k].bind(inst)));
  }
  let Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _(def) {
    let inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    let deferred = inst._zod.deferred;
    if (deferred) {
      for (let fn of deferred)
        fn();
      inst._zod.deferred = void 0;
    }
    let pp = globalThis.__zod_globalConfig?.postProcessor;
    return pp && pp(inst), inst;
  }
  return Object.defineProperty(_, "init", { value: init }), Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => params?.Parent && inst instanceof params.Parent ? !0 : inst?._zod?.traits?.has(name2)
  }), Object.defineProperty(_, "name", { value: name2 }), _;
}
function config(newConfig) {
  return newConfig && Object.assign(globalConfig, newConfig), globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig, init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_web_globals();
    init_util();
    _zodDesc = { value: void 0, enumerable: !1 }, _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
      }
    }, $ZodEncodeError = class extends Error {
      constructor(name2) {
        super(`Encountered unidirectional transform during encode: ${name2}`), this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  let internals = this._zod;
  return internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2)), internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
function node(obj, key, make) {
  return Object.prototype.hasOwnProperty.call(obj, key) || (key === "__proto__" ? Object.defineProperty(obj, key, { value: make(), writable: !0, enumerable: !0, configurable: !0 }) : obj[key] = make()), obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  let fieldErrors = {}, formErrors = [];
  for (let sub of error2.issues)
    sub.path.length > 0 ? node(fieldErrors, sub.path[0], () => []).push(mapper(sub)) : formErrors.push(mapper(sub));
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  let fieldErrors = { _errors: [] }, processError = (error3, path = []) => {
    for (let issue2 of error3.issues)
      if (issue2.code === "invalid_union" && issue2.errors.length)
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      else if (issue2.code === "invalid_key")
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      else if (issue2.code === "invalid_element")
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      else {
        let fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0)
          fieldErrors._errors.push(mapper(issue2));
        else {
          let curr = fieldErrors, i = 0;
          for (; i < fullpath.length; ) {
            let el = fullpath[i], terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              terminal && curr._errors.push(mapper(issue2)), i++;
              continue;
            }
            Object.prototype.hasOwnProperty.call(curr, el) || Object.defineProperty(curr, el, {
              value: { _errors: [] },
              enumerable: !0,
              writable: !0,
              configurable: !0
            });
            let node2 = curr[el];
            terminal && node2._errors.push(mapper(issue2)), curr = node2, i++;
          }
        }
      }
  };
  return processError(error2), fieldErrors;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError, init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_web_globals();
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: !0,
      configurable: !0
    }, _issuesDesc = { value: void 0, enumerable: !1 }, _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), initializer = (inst, def) => {
      inst.name = "$ZodError", _issuesDesc.value = def, Object.defineProperty(inst, "issues", _issuesDesc), _issuesDesc.value = void 0, Object.defineProperty(inst, "message", _messageDesc);
      let proto = Object.getPrototypeOf(inst);
      _installedToString.has(proto) || (_installedToString.add(proto), Object.defineProperty(proto, "toString", {
        configurable: !0,
        enumerable: !1,
        get() {
          let value = () => this.message;
          return Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 }), value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 });
        }
      }));
    }, $ZodError = $constructor("$ZodError", initializer), $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: !1,
    get error() {
      return error2 || (error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config()))), issues = void 0, ctx = void 0), error2;
    },
    set error(e) {
      error2 = e, issues = void 0, ctx = void 0;
    }
  };
}
function validateFallback(schema, value, _ctx) {
  let ctx = _ctx ? { ..._ctx, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 }, fallbackRun = schema._zod.bag.fallbackRun, result;
  if (fallbackRun ? (ctx[COMPILE_FALLBACK] = !0, result = fallbackRun({ value, issues: [] }, ctx)) : result = schema._zod.run({ value, issues: [] }, ctx), result instanceof Promise)
    throw new $ZodAsyncError();
  return result.issues.length === 0;
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync, COMPILE_INVALID, COMPILE_FALLBACK, validate, validateAsync, _encode, _decode, _encodeAsync, _decodeAsync, _safeEncode, _safeDecode, _safeEncodeAsync, _safeDecodeAsync, init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_web_globals();
    init_core();
    init_errors();
    init_util();
    _parse = (_Err) => {
      let fn = (schema, value, _ctx, _params) => {
        let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          throw new $ZodAsyncError();
        if (result.issues.length) {
          let e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          throw captureStackTrace(e, _params?.callee ?? fn), e;
        }
        return result.value;
      };
      return fn;
    }, parse = /* @__PURE__ */ _parse($ZodRealError), _parseAsync = (_Err) => {
      let fn = async (schema, value, _ctx, params) => {
        let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise && (result = await result), result.issues.length) {
          let e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          throw captureStackTrace(e, params?.callee ?? fn), e;
        }
        return result.value;
      };
      return fn;
    }, parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError), _safeParse = (_Err) => (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        throw new $ZodAsyncError();
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
    }, safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result = schema._zod.run({ value, issues: [] }, ctx);
      return result instanceof Promise && (result = await result), result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
    }, safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError), COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), validate = ((schema, value, _ctx) => {
      let validator = schema._zod.bag.validator;
      if (validator !== void 0) {
        if (validator(value) !== COMPILE_INVALID)
          return !0;
        if (validator.definite === !0 && _ctx === void 0)
          return !1;
      }
      return validateFallback(schema, value, _ctx);
    });
    validateAsync = async (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 }, result = schema._zod.run({ value, issues: [] }, ctx);
      return result instanceof Promise && (result = await result), result.issues.length === 0;
    }, _encode = (_Err) => {
      let parse3 = _parse(_Err), fn = (schema, value, _ctx, _params) => {
        let ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse3(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    }, _decode = (_Err) => {
      let parse3 = _parse(_Err), fn = (schema, value, _ctx, _params) => parse3(schema, value, _ctx, finalizeParams(fn, _params));
      return fn;
    }, _encodeAsync = (_Err) => {
      let parseAsync3 = _parseAsync(_Err), fn = async (schema, value, _ctx, _params) => {
        let ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return await parseAsync3(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    }, _decodeAsync = (_Err) => {
      let parseAsync3 = _parseAsync(_Err), fn = async (schema, value, _ctx, _params) => await parseAsync3(schema, value, _ctx, finalizeParams(fn, _params));
      return fn;
    }, _safeEncode = (_Err) => (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParse(_Err)(schema, value, ctx);
    }, _safeDecode = (_Err) => (schema, value, _ctx) => _safeParse(_Err)(schema, value, _ctx), _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParseAsync(_Err)(schema, value, ctx);
    }, _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => _safeParseAsync(_Err)(schema, value, _ctx);
  }
});

// node_modules/zod/v4/core/regexes.js
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
function emoji() {
  return new RegExp(_emoji, "u");
}
function anchor(source) {
  return new RegExp(`^${source}$`);
}
function timeSource(args) {
  let hhmm = "(?:[01]\\d|2[0-3]):[0-5]\\d";
  return typeof args.precision == "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  let opts = ["Z"];
  args.offset && opts.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
  let qualified = `${timeSource({ precision: args.precision, seconds: !0 })}(?:${opts.join("|")})`, timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var cuid, cuid2, ulid, xid, ksuid, nanoid, duration, guid, uuid, email, _emoji, ipv4, ipv6, cidrv4, cidrv6, base64, base64url, httpProtocol, e164, dateSource, date, anyString, integer2, number, boolean2, _null, lowercase, uppercase, init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    init_web_globals();
    cuid = /^[cC][0-9a-z]{6,}$/, cuid2 = /^[0-9a-z]+$/, ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, xid = /^[0-9a-vA-V]{20}$/, ksuid = /^[A-Za-z0-9]{27}$/, nanoid = /^[a-zA-Z0-9_-]{21}$/;
    duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, uuid = (version2) => version2 ? new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, _emoji = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
    ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, httpProtocol = /^https?$/, e164 = /^\+[1-9]\d{6,14}$/, dateSource = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
    date = /* @__PURE__ */ anchor(dateSource);
    anyString = /^[\s\S]{0,}$/, integer2 = /^-?\d+$/, number = /^-?\d+(?:\.\d+)?$/, boolean2 = /^(?:true|false)$/i, _null = /^null$/i, lowercase = /^[^A-Z]*$/, uppercase = /^[^a-z]*$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckMultipleOf, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckOverwrite, init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_web_globals();
    init_core();
    init_regexes();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {}), inst._zod.def = def, (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    }), _whenHasLength = (payload) => {
      let val = payload.value;
      return !nullish(val) && val.length !== void 0;
    }, numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    }, $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      let origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        (def.inclusive ? payload.value <= def.value : payload.value < def.value) || payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value == "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      let origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        (def.inclusive ? payload.value >= def.value : payload.value > def.value) || payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value == "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
      $ZodCheck.init(inst, def), inst._zod.check = (payload) => {
        if (typeof payload.value != typeof def.value)
          throw new Error("Cannot mix number and bigint in multiple_of check.");
        (typeof payload.value == "bigint" ? (
          // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
          def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
        ) : floatSafeRemainder(payload.value, def.value) === 0) || payload.issues.push({
          origin: typeof payload.value,
          code: "not_multiple_of",
          divisor: def.value,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def), def.format = def.format || "float64";
      let isInt = def.format?.includes("int"), origin = isInt ? "int" : "number", [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        let input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: !1,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            input > 0 ? payload.issues.push({
              input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: !0,
              continue: !def.abort
            }) : payload.issues.push({
              input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: !0,
              continue: !def.abort
            });
            return;
          }
        }
        input < minimum && payload.issues.push({
          origin: "number",
          input,
          code: "too_small",
          minimum,
          inclusive: !0,
          inst,
          continue: !def.abort
        }), input > maximum && payload.issues.push({
          origin: "number",
          input,
          code: "too_big",
          maximum,
          inclusive: !0,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def), (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength), inst._zod.check = (payload) => {
        let input = payload.value, units = input.length;
        if ((typeof input == "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum)
          return;
        let origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: !0,
          input,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def), (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength), inst._zod.check = (payload) => {
        let input = payload.value, units = input.length;
        if ((typeof input == "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum)
          return;
        let origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: !0,
          input,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def), (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength), inst._zod.check = (payload) => {
        let input = payload.value, units = input.length, length = typeof input == "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
        if (length === def.length)
          return;
        let origin = getLengthableOrigin(input), tooBig = length > def.length;
        payload.issues.push({
          origin,
          ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
          inclusive: !0,
          exact: !0,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def), def.pattern ? (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
        def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? { pattern: def.pattern.toString() } : {},
          inst,
          continue: !def.abort
        });
      }) : (_b = inst._zod).check ?? (_b.check = () => {
      });
    }), $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def), inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
      def.pattern ?? (def.pattern = lowercase), $ZodCheckStringFormat.init(inst, def);
    }), $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
      def.pattern ?? (def.pattern = uppercase), $ZodCheckStringFormat.init(inst, def);
    }), $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
      $ZodCheck.init(inst, def);
      let escapedRegex = escapeRegex(def.includes), pattern = new RegExp(typeof def.position == "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
      def.pattern = pattern, inst._zod.check = (payload) => {
        payload.value.includes(def.includes, def.position) || payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "includes",
          includes: def.includes,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      let pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
      def.pattern ?? (def.pattern = pattern), inst._zod.check = (payload) => {
        payload.value.startsWith(def.prefix) || payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "starts_with",
          prefix: def.prefix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      let pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
      def.pattern ?? (def.pattern = pattern), inst._zod.check = (payload) => {
        payload.value.endsWith(def.suffix) || payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "ends_with",
          suffix: def.suffix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def), inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var Doc, init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
    init_web_globals();
    Doc = class {
      constructor(args = [], closed = {}) {
        this.content = [], this.indent = 0, this.args = args, this.closed = closed;
      }
      // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
      indented(fn) {
        this.indent += 1;
        try {
          fn(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(arg) {
        if (typeof arg == "function") {
          arg(this, { execution: "sync" }), arg(this, { execution: "async" });
          return;
        }
        let lines = arg.split(`
`).filter((x) => x), minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length)), dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (let line of dedented)
          this.content.push(line);
      }
      compile() {
        let F = Function, content = this?.content ?? [""];
        return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join(`
`)}
};`)(...Object.values(this.closed));
      }
    };
  }
});

// node_modules/zod/v4/core/versions.js
var version, init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    init_web_globals();
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync2(inst, value) {
  let ctx = { async: !0 };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      let ctx = { async: !1 };
      try {
        let r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function canParseURL(input) {
  try {
    return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(input) : (new URL(input), !0);
  } catch {
    return !1;
  }
}
function validateURL(trimmed, def) {
  return !("normalize" in def) && !("hostname" in def) && !("protocol" in def) ? canParseURL(trimmed) || URL_UNPARSEABLE : parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed))
    return URL_BAD_FORMAT;
  try {
    if (typeof URL < "u") {
      let URLStatic = URL;
      if (typeof URLStatic.parse == "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  return hostname.lastIndex = 0, hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  return protocol.lastIndex = 0, protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
function isValidIPv6(value) {
  return ipv6Alphabet.test(value) ? canParseURL(`http://[${value}]`) : !1;
}
function isValidCIDRv6(value) {
  let parts = value.split("/");
  if (parts.length !== 2)
    return !1;
  let [address, prefix] = parts;
  if (!prefix)
    return !1;
  let prefixNum = Number(prefix);
  return `${prefixNum}` !== prefix || prefixNum < 0 || prefixNum > 128 ? !1 : isValidIPv6(address);
}
function isValidBase64(data) {
  if (data === "")
    return !0;
  if (/\s/.test(data) || data.length % 4 !== 0)
    return !1;
  try {
    return atob(data), !0;
  } catch {
    return !1;
  }
}
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return !1;
  let base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/"), padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
function isValidJWT(token, algorithm = null) {
  try {
    let tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return !1;
    let [header] = tokensParts;
    if (!header)
      return !1;
    let parsedHeader = JSON.parse(atob(header));
    return !("typ" in parsedHeader && parsedHeader?.typ !== "JWT" || !parsedHeader.alg || algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm));
  } catch {
    return !1;
  }
}
function capSize(inst, size) {
  let caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  let cap = Math.min(...caps.map((c) => c[0])), parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    let n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (let [max, ch] of sizeCaps(inst._zod.def.checks))
        if (n > max && ch._zod.def.when(payload)) {
          let start = payload.issues.length;
          return ch._zod.check(payload), payload.issues[start].continue = !1, attachSchema(payload.issues, start, inst), payload;
        }
    }
    return parse3(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  result.issues.length && final.issues.push(...prefixIssues(index, result.issues)), final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  let isPresent = key in input, isOptionalOut = optout === "optional";
  if (!(!isPresent && isOptionalOut && optin === "optional")) {
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent)
        return;
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      result.issues.length || final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
      return;
    }
    result.value === void 0 ? (isPresent || optin === "defaulted" && !isOptionalOut) && (final.value[key] = void 0) : final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  let keys = Object.keys(def.shape), ownSymbols = Object.getOwnPropertySymbols(def.shape), symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS, allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (let k of allKeys)
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType"))
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
  let okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  let unrecognized = [], keySet = def.keySet, _catchall = def.catchall._zod, t = _catchall.def.type, optin = _catchall.optin, optout = _catchall.optout, seen = 0;
  for (let key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      t === "never" && unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    let r = _catchall.run({ value: input[key], issues: [] }, ctx);
    r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
  }
  return unrecognized.length && payload.issues.push({
    code: "unrecognized_keys",
    keys: unrecognized,
    input,
    inst,
    // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
    continue: !0
  }), proms.length ? Promise.all(proms).then(() => payload) : payload;
}
function handleUnionResults(results, final, inst, ctx) {
  for (let result of results)
    if (result.issues.length === 0)
      return final.value = result.value, final;
  let nonaborted = results.filter((r) => !aborted(r));
  return nonaborted.length === 1 ? (final.value = nonaborted[0].value, nonaborted[0]) : (final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  }), final);
}
function discriminatorMap(def) {
  let map = /* @__PURE__ */ new Map();
  for (let option of def.options) {
    let values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (let value of values)
      if (map.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map.set(value, null);
      } else
        map.set(value, option);
  }
  return map;
}
function mergeValues(a, b) {
  if (a === b)
    return { valid: !0, data: a };
  if (a instanceof Date && b instanceof Date && +a == +b)
    return { valid: !0, data: a };
  if (isPlainObject(a) && isPlainObject(b)) {
    let bKeys = Object.keys(b), sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1), newObj = { ...a, ...b };
    Object.prototype.hasOwnProperty.call(newObj, "__proto__") && delete newObj.__proto__;
    for (let key of sharedKeys) {
      if (key === "__proto__")
        continue;
      let sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid)
        return {
          valid: !1,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      newObj[key] = sharedValue.data;
    }
    return { valid: !0, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length)
      return { valid: !1, mergeErrorPath: [] };
    let newArray = [];
    for (let index = 0; index < a.length; index++) {
      let itemA = a[index], itemB = b[index], sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid)
        return {
          valid: !1,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      newArray.push(sharedValue.data);
    }
    return { valid: !0, data: newArray };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  let unrecKeys = /* @__PURE__ */ new Map(), unrecIssue, keyIssues = /* @__PURE__ */ new Map(), collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length)
      unrecIssue ?? (unrecIssue = iss), keys = iss.keys;
    else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      let k = String(iss.path[0]);
      keyIssues.has(k) || keyIssues.set(k, iss), keys = [k];
    } else
      return !1;
    for (let k of keys)
      unrecKeys.has(k) || unrecKeys.set(k, {}), unrecKeys.get(k)[side] = !0;
    return !0;
  };
  for (let iss of left.issues)
    collect(iss, "l") || result.issues.push(iss);
  for (let iss of right.issues)
    collect(iss, "r") || result.issues.push(iss);
  let bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    let aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    aggregated.length && result.issues.push({ ...unrecIssue, keys: aggregated });
    for (let k of bothKeys)
      !aggregated.includes(k) && keyIssues.has(k) && result.issues.push(keyIssues.get(k));
  }
  let merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  return result.value = merged.data, result;
}
function handleOptionalResult(payload, result) {
  return payload.value = result.issues.length ? void 0 : result.value, payload;
}
function handleDefaultResult(payload, def) {
  return payload.value === void 0 && (payload.value = def.defaultValue), payload;
}
function handleNonOptionalResult(payload, inst) {
  return !payload.issues.length && payload.value === void 0 && payload.issues.push({
    code: "invalid_type",
    expected: "nonoptional",
    input: payload.value,
    inst
  }), payload;
}
function handleCatchResult(payload, result, def, ctx) {
  return result.issues.length ? (payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  }), payload) : (payload.value = result.value, result.memo && (payload.memo = !0), payload);
}
function handlePipeResult(left, next, ctx) {
  return left.issues.some((iss) => iss.code !== "unrecognized_keys") ? (left.aborted = !0, left) : next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
function handleReadonlyResult(payload) {
  return payload.memo || (payload.value = Object.freeze(payload.value)), payload;
}
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    let _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    inst._zod.def.params && (_iss.params = inst._zod.def.params), payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodGUID, $ZodUUID, $ZodEmail, URL_BAD_FORMAT, URL_UNPARSEABLE, asciiTabOrNewline, $ZodURL, $ZodEmoji, $ZodNanoID, $ZodCUID, $ZodCUID2, $ZodULID, $ZodXID, $ZodKSUID, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodIPv4, ipv6Alphabet, $ZodIPv6, $ZodCIDRv4, $ZodCIDRv6, base64Charset, $ZodBase64, base64urlCharset, $ZodBase64URL, $ZodE164, $ZodJWT, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodNull, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodObjectJIT, $ZodUnion, $ZodDiscriminatedUnion, $ZodIntersection, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodExactOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodNonOptional, $ZodCatch, $ZodPipe, $ZodPreprocess, $ZodReadonly, $ZodCustom, init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_web_globals();
    init_checks();
    init_core();
    init_doc();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {}), inst._zod.def = def, inst._zod.bag = inst._zod.bag || {}, inst._zod.version = version;
      let defChecks = inst._zod.def.checks, checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (let ch of checks)
        for (let fn of ch._zod.onattach)
          fn(inst);
      if (checks.length === 0)
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []), inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      else {
        let runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload), asyncResult;
          for (let ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload) || !ch._zod.def.when(payload))
                continue;
            } else if (isAborted)
              continue;
            let currLen = payload.issues.length, _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === !1)
              throw new $ZodAsyncError();
            if (asyncResult || _ instanceof Promise)
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _, payload.issues.length !== currLen && (attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen)));
              });
            else {
              if (payload.issues.length === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen));
            }
          }
          return asyncResult ? asyncResult.then(() => payload) : payload;
        }, handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary))
            return canary.aborted = !0, canary;
          let checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === !1)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks)
            return inst._zod.parse(payload, ctx);
          if (ctx.direction === "backward") {
            let canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: !0 });
            return canary instanceof Promise ? canary.then((canary2) => handleCanaryResult(canary2, payload, ctx)) : handleCanaryResult(canary, payload, ctx);
          }
          let result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === !1)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    }), toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = def.pattern ?? anyString, inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch {
          }
        return typeof payload.value == "string" || payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        }), payload;
      };
    }), $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def), $ZodString.init(inst, def);
    }), $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
      def.pattern ?? (def.pattern = guid), $ZodStringFormat.init(inst, def);
    }), $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
      if (def.version) {
        let v = {
          v1: 1,
          v2: 2,
          v3: 3,
          v4: 4,
          v5: 5,
          v6: 6,
          v7: 7,
          v8: 8
        }[def.version];
        if (v === void 0)
          throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
      } else
        def.pattern ?? (def.pattern = uuid());
      $ZodStringFormat.init(inst, def);
    }), $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
      def.pattern ?? (def.pattern = email), $ZodStringFormat.init(inst, def);
    }), URL_BAD_FORMAT = 1, URL_UNPARSEABLE = 2;
    asciiTabOrNewline = /[\t\n\r]/g;
    $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        try {
          let trimmed = payload.value.trim(), url = validateURL(trimmed, def);
          if (url === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === !0) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          def.hostname && !urlHostnameOk(url, def.hostname) && payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid hostname",
            pattern: def.hostname.source,
            input: payload.value,
            inst,
            continue: !def.abort
          }), def.protocol && !urlProtocolOk(url, def.protocol) && payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid protocol",
            pattern: def.protocol.source,
            input: payload.value,
            inst,
            continue: !def.abort
          }), payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
          return;
        } catch {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    }), $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
      def.pattern ?? (def.pattern = emoji()), $ZodStringFormat.init(inst, def);
    }), $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
      if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
      def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length)), $ZodStringFormat.init(inst, def);
    }), $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
      def.pattern ?? (def.pattern = cuid), $ZodStringFormat.init(inst, def);
    }), $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
      def.pattern ?? (def.pattern = cuid2), $ZodStringFormat.init(inst, def);
    }), $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
      def.pattern ?? (def.pattern = ulid), $ZodStringFormat.init(inst, def);
    }), $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
      def.pattern ?? (def.pattern = xid), $ZodStringFormat.init(inst, def);
    }), $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
      def.pattern ?? (def.pattern = ksuid), $ZodStringFormat.init(inst, def);
    }), $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = datetime(def)), $ZodStringFormat.init(inst, def);
    }), $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = date), $ZodStringFormat.init(inst, def);
    }), $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = time(def)), $ZodStringFormat.init(inst, def);
    }), $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = duration), $ZodStringFormat.init(inst, def);
    }), $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
      def.pattern ?? (def.pattern = ipv4), $ZodStringFormat.init(inst, def);
    }), ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
    $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
      def.pattern ?? (def.pattern = ipv6), $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidIPv6(payload.value) || payload.issues.push({
          code: "invalid_format",
          format: "ipv6",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv4), $ZodStringFormat.init(inst, def);
    });
    $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv6), $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidCIDRv6(payload.value) || payload.issues.push({
          code: "invalid_format",
          format: "cidrv6",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/, $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
      def.pattern ?? (def.pattern = base64Charset), $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidBase64(payload.value) || payload.issues.push({
          code: "invalid_format",
          format: "base64",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), base64urlCharset = /^[A-Za-z0-9_-]*$/;
    $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
      def.pattern ?? (def.pattern = base64urlCharset), $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidBase64URL(payload.value) || payload.issues.push({
          code: "invalid_format",
          format: "base64url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
      def.pattern ?? (def.pattern = e164), $ZodStringFormat.init(inst, def);
    });
    $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
      $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidJWT(payload.value, def.alg) || payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = number, inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch {
          }
        let input = payload.value;
        if (typeof input == "number" && !Number.isNaN(input) && Number.isFinite(input))
          return payload;
        let received = typeof input == "number" ? Number.isNaN(input) ? "NaN" : Number.isFinite(input) ? void 0 : String(input) : void 0;
        return payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        }), payload;
      };
    }), $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def), $ZodNumber.init(inst, def);
    }), $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = boolean2, inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = !!payload.value;
          } catch {
          }
        let input = payload.value;
        return typeof input == "boolean" || payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        }), payload;
      };
    }), $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = _null, inst._zod.values = /* @__PURE__ */ new Set([null]), inst._zod.parse = (payload, _ctx) => {
        let input = payload.value;
        return input === null || payload.issues.push({
          expected: "null",
          code: "invalid_type",
          input,
          inst
        }), payload;
      };
    }), $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.parse = (payload) => payload;
    }), $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.parse = (payload, _ctx) => (payload.issues.push({
        expected: "never",
        code: "invalid_type",
        input: payload.value,
        inst
      }), payload);
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      let memo2 = globalConfig.memoizer;
      memo2?.attach(inst), inst._zod.parse = (payload, ctx) => {
        let input = payload.value;
        if (!Array.isArray(input))
          return payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          }), payload;
        payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        let proms = [], abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          let item = input[i], result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise)
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          else if (handleArrayResult(result, payload, i), abortEarly && result.issues.length !== 0 && aborted(result))
            break;
        }
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }, capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      let desc = Object.getOwnPropertyDescriptor(def, "shape"), sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        let get = () => {
          let newSh = { ...sh };
          return Object.defineProperty(def, "shape", { value: newSh }), get.raw = newSh, newSh;
        };
        get.raw = sh, Object.defineProperty(def, "shape", { get });
      }
      let _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        let shape = zod.def.shape, propValues = {};
        for (let key in shape) {
          let field = shape[key]._zod;
          if (field.values) {
            Object.prototype.hasOwnProperty.call(propValues, key) || assignProp(propValues, key, /* @__PURE__ */ new Set());
            for (let v of field.values)
              propValues[key].add(v);
            field.optin !== void 0 && propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      let isObject2 = isObject, catchall = def.catchall, value, memo2 = globalConfig.memoizer;
      memo2?.attach(inst), inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        let input = payload.value;
        if (!isObject2(input))
          return payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          }), payload;
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        let proms = [], shape = value.shape, abortEarly = ctx?.abortEarly, seen = payload.issues.length;
        for (let key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          let el = shape[key], optin = el._zod.optin, optout = el._zod.optout, r = el._zod.run({ value: input[key], issues: [] }, ctx);
          r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
        }
        return catchall ? handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === !0) : proms.length ? Promise.all(proms).then(() => payload) : payload;
      };
    }), $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
      $ZodObject.init(inst, def);
      let superParse = inst._zod.parse, _normalized = cached(() => normalizeDef(def)), memo2 = globalConfig.memoizer, generateFastpass = (shape) => {
        let normalized = _normalized.value, syms = normalized.symbolKeys, doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms }), parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`, prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write("const input = payload.value;");
        let ids = /* @__PURE__ */ Object.create(null), counter = 0;
        for (let key of normalized.allKeys)
          ids[key] = `key_${counter++}`;
        doc.write(memo2 ? "const newResult = memo.alloc(inst, payload, {}, ctx);" : "const newResult = {};");
        for (let key of normalized.allKeys) {
          if (key === "__proto__")
            continue;
          let id = ids[key], k = typeof key == "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key), isPresent = `${k} in input`, schema = shape[key], optin = schema?._zod?.optin, isOptionalIn = optin !== void 0, isOptionalOut = schema?._zod?.optout === "optional";
          if (doc.write(`const ${id} = ${parseStr(k)};`), isOptionalIn && isOptionalOut) {
            let assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
          } else isOptionalIn ? (doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `), optin === "defaulted" ? doc.write(`newResult[${k}] = ${id}.value;`) : doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `)) : doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
        }
        return doc.write("payload.value = newResult;"), doc.write("return payload;"), doc.compile();
      }, fastpass, isObject2 = isObject, jit = !globalConfig.jitless, fastEnabled = jit && allowsEval.value, catchall = def.catchall, value;
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        let input = payload.value;
        return isObject2(input) ? jit && fastEnabled && ctx?.async === !1 && ctx.jitless !== !0 ? (fastpass || (fastpass = generateFastpass(def.shape)), payload = fastpass(payload, ctx), catchall ? handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === !0) : payload) : superParse(payload, ctx) : (payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        }), payload);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0), defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0), defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values))
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
      }), defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          let patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
      });
      let first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first)
          return first(payload, ctx);
        let async = !1, results = [];
        for (let option of def.options) {
          let result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise)
            results.push(result), async = !0;
          else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        return async ? Promise.all(results).then((results2) => handleUnionResults(results2, payload, inst, ctx)) : handleUnionResults(results, payload, inst, ctx);
      };
    });
    $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
      def.inclusive = !1, $ZodUnion.init(inst, def);
      let _super = inst._zod.parse;
      defineLazyInternal(inst, "propValues", (zod) => {
        let propValues = {}, undefinedCount = 0;
        for (let option of zod.def.options) {
          let pv = option._zod.propValues;
          if (!pv || Object.keys(pv).length === 0)
            throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
          pv[zod.def.discriminator]?.has(void 0) && undefinedCount++;
          for (let [k, v] of Object.entries(pv)) {
            Object.prototype.hasOwnProperty.call(propValues, k) || assignProp(propValues, k, /* @__PURE__ */ new Set());
            for (let val of v)
              propValues[k].add(val);
          }
        }
        return !zod.def.unionFallback && undefinedCount > 1 && propValues[zod.def.discriminator]?.delete(void 0), propValues;
      }), def.options.forEach((option, i) => {
        let propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator))
          throw new Error(`Invalid discriminated union option at index "${i}"`);
      });
      let disc = cached(() => discriminatorMap(def));
      inst._zod.parse = (payload, ctx) => {
        let input = payload.value;
        if (!isObject(input))
          return payload.issues.push({
            code: "invalid_type",
            expected: "object",
            input,
            inst
          }), payload;
        let value = input?.[def.discriminator], opt = disc.value.get(value);
        return opt && (value !== void 0 || ctx.direction !== "backward") ? opt._zod.run(payload, ctx) : def.unionFallback || ctx.direction === "backward" ? _super(payload, ctx) : (payload.issues.push({
          code: "invalid_union",
          errors: [],
          note: "No matching discriminator",
          discriminator: def.discriminator,
          options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
          input,
          path: [def.discriminator],
          inst
        }), payload);
      };
    }), $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.parse = (payload, ctx) => {
        let input = payload.value, left = def.left._zod.run({ value: input, issues: [] }, ctx), right = def.right._zod.run({ value: input, issues: [] }, ctx);
        return left instanceof Promise || right instanceof Promise ? Promise.all([left, right]).then(([left2, right2]) => handleIntersectionResults(payload, left2, right2)) : handleIntersectionResults(payload, left, right);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      let memo2 = globalConfig.memoizer;
      memo2?.attach(inst), inst._zod.parse = (payload, ctx) => {
        let input = payload.value;
        if (!isPlainObject(input))
          return payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          }), payload;
        let proms = [], values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          let recordKeys = /* @__PURE__ */ new Set();
          for (let key of values)
            if (typeof key == "string" || typeof key == "number" || typeof key == "symbol") {
              if (recordKeys.add(typeof key == "number" ? key.toString() : key), key === "__proto__")
                continue;
              let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise)
                throw new Error("Async schemas not supported in object keys currently");
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              let outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              let result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              result instanceof Promise ? proms.push(result.then((result2) => {
                result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)), payload.value[outKey] = result2.value;
              })) : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)), payload.value[outKey] = result.value);
            }
          let unrecognized;
          for (let key in input)
            if (!recordKeys.has(key))
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else
                unrecognized = unrecognized ?? [], unrecognized.push(key);
          unrecognized && unrecognized.length > 0 && payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized,
            continue: !0
          });
        } else {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (let key of Reflect.ownKeys(input)) {
            if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise)
              throw new Error("Async schemas not supported in object keys currently");
            if (typeof key == "string" && number.test(key) && keyResult.issues.length) {
              let retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise)
                throw new Error("Async schemas not supported in object keys currently");
              retryResult.issues.length === 0 && (keyResult = retryResult);
            }
            if (keyResult.issues.length) {
              def.mode === "loose" ? payload.value[key] = input[key] : values ? (unrecognized = unrecognized ?? [], unrecognized.push(key)) : payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                input: key,
                path: [key],
                inst
              });
              continue;
            }
            let outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            let result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            result instanceof Promise ? proms.push(result.then((result2) => {
              result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)), payload.value[outKey] = result2.value;
            })) : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)), payload.value[outKey] = result.value);
          }
          unrecognized && unrecognized.length > 0 && payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized,
            continue: !0
          });
        }
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      };
    }), $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      let values = getEnumValues(def.entries), valuesSet = new Set(values);
      inst._zod.values = valuesSet, defineLazyInternal(inst, "pattern", (zod) => {
        let patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      }), inst._zod.parse = (payload, _ctx) => {
        let input = payload.value;
        return valuesSet.has(input) || payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        }), payload;
      };
    }), $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      let values = new Set(def.values);
      inst._zod.values = values, defineLazyInternal(inst, "pattern", (zod) => {
        let vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o) => typeof o == "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      }), inst._zod.parse = (payload, _ctx) => {
        let input = payload.value;
        return values.has(input) || payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        }), payload;
      };
    }), $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.optin = "optional", globalConfig.memoizer?.guard(inst), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          throw new $ZodEncodeError(inst.constructor.name);
        let _out = def.transform(payload.value, payload);
        if (ctx.async)
          return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output2) => (payload.value = output2, payload));
        if (_out instanceof Promise)
          throw new $ZodAsyncError();
        return payload.value = _out, payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), inst._zod.optout = "optional", defineLazyInternal(inst, "values", (zod) => {
        let values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      }), defineLazyInternal(inst, "pattern", (zod) => {
        let pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      }), inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          let result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          return result instanceof Promise ? result.then((result2) => handleOptionalResult(payload, result2)) : handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    }), $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
      $ZodOptional.init(inst, def), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern), inst._zod.parse = (payload, ctx) => def.innerType._zod.run(payload, ctx);
    }), $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout), defineLazyInternal(inst, "pattern", (zod) => {
        let pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      }), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0), inst._zod.parse = (payload, ctx) => payload.value === null ? payload : def.innerType._zod.run(payload, ctx);
    }), $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.optin = "defaulted", defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          return def.innerType._zod.run(payload, ctx);
        if (payload.value === void 0)
          return payload.value = def.defaultValue, payload;
        let result = def.innerType._zod.run(payload, ctx);
        return result instanceof Promise ? result.then((result2) => handleDefaultResult(result2, def)) : handleDefaultResult(result, def);
      };
    });
    $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.optin = "defaulted", defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), inst._zod.parse = (payload, ctx) => (ctx.direction === "backward" || payload.value === void 0 && (payload.value = def.defaultValue), def.innerType._zod.run(payload, ctx));
    }), $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "values", (zod) => {
        let v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
      }), inst._zod.parse = (payload, ctx) => {
        let result = def.innerType._zod.run(payload, ctx);
        return result instanceof Promise ? result.then((result2) => handleNonOptionalResult(result2, inst)) : handleNonOptionalResult(result, inst);
      };
    });
    $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          return def.innerType._zod.run(payload, ctx);
        let result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        return result instanceof Promise ? result.then((result2) => handleCatchResult(payload, result2, def, ctx)) : handleCatchResult(payload, result, def, ctx);
      };
    }), $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values), defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout), defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          let right = def.out._zod.run(payload, ctx);
          return right instanceof Promise ? right.then((right2) => handlePipeResult(right2, def.in, ctx)) : handlePipeResult(right, def.in, ctx);
        }
        let left = def.in._zod.run(payload, ctx);
        return left instanceof Promise ? left.then((left2) => handlePipeResult(left2, def.out, ctx)) : handlePipeResult(left, def.out, ctx);
      };
    });
    $ZodPreprocess = /* @__PURE__ */ $constructor("$ZodPreprocess", (inst, def) => {
      $ZodPipe.init(inst, def);
    }), $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          return def.innerType._zod.run(payload, ctx);
        let result = def.innerType._zod.run(payload, ctx);
        return result instanceof Promise ? result.then(handleReadonlyResult) : handleReadonlyResult(result);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def), $ZodType.init(inst, def), inst._zod.parse = (payload, _) => payload, inst._zod.check = (payload) => {
        let input = payload.value, r = def.fn(input);
        if (r instanceof Promise)
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        handleRefineResult(r, payload, input, inst);
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
function isRef(value) {
  return value !== null && typeof value == "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
function isRecursive(inst, stack, resolve3) {
  let cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE, check = (child) => {
    if (result !== PROVEN && child?._zod) {
      let answer = isRecursive(child, stack, resolve3);
      answer > result && (result = answer);
    }
  }, shape = (sh, spread) => {
    let answer = NONE;
    for (let key of Reflect.ownKeys(sh)) {
      let desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      let child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve3) : NONE;
      child > answer && (answer = child);
    }
    return answer;
  }, merge2 = (answer) => {
    answer > result && (result = answer);
  }, def = inst._zod.def, kind = def.type;
  switch (kind) {
    case "object": {
      let raw = rawShape(def);
      merge2(raw ? shape(raw, !0) : ASSUMED), check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (let el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType), check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (let el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left), check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in), check(def.out);
      break;
    case "function":
      check(def.input), check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      let inner = def._cachedInner ?? (resolve3 ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, !1) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default:
      for (let key in def) {
        let desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        let value = desc.value;
        if (!(!value || typeof value != "object")) {
          if (value._zod)
            check(value);
          else if (Array.isArray(value))
            for (let el of value)
              check(el);
        }
      }
  }
  return stack.delete(inst), settle(inst, result);
}
function settle(inst, answer) {
  return answer !== ASSUMED && recursive.set(inst, answer === PROVEN), answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  return bucket || (bucket = /* @__PURE__ */ new WeakMap(), state.buckets.set(inst, bucket)), bucket;
}
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  let backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
var $ZodCyclicError, STATE, NO_ISSUES, recursive, NONE, ASSUMED, PROVEN, handoff, open, memo, init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
    init_web_globals();
    init_util();
    $ZodCyclicError = class extends Error {
      constructor() {
        super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
      }
    }, STATE = "~memo", NO_ISSUES = [];
    recursive = /* @__PURE__ */ new WeakMap(), NONE = 0, ASSUMED = 1, PROVEN = 2;
    open = [], memo = {
      alloc(_inst, payload, empty) {
        let bucket = handoff;
        if (!bucket)
          return empty;
        handoff = void 0;
        let entry = { value: empty, issues: null };
        return bucket.set(payload.value, entry), open.push(entry), empty;
      },
      guard(inst) {
        var _a3;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []), inst._zod.deferred.push(() => {
          let base = inst._zod.parse, wrapped = (payload, ctx) => {
            if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
              throw new $ZodCyclicError();
            return base(payload, ctx);
          };
          inst._zod.parse = wrapped, inst._zod.run === base && (inst._zod.run = wrapped);
        });
      },
      attach(inst) {
        var _a3;
        let isRecursiveInst, rechecked = !1, lastCtx, lastBucket;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []), inst._zod.deferred.push(() => {
          let base = inst._zod.parse, wrapped = (payload, ctx) => {
            if (isRecursiveInst === void 0) {
              let walked = isRecursive(inst, /* @__PURE__ */ new Set(), !1);
              if (walked === NONE)
                return inst._zod.parse = base, inst._zod.run === wrapped && (inst._zod.run = base), base(payload, ctx);
              walked === PROVEN || rechecked ? isRecursiveInst = !0 : rechecked = !0;
            }
            let input = payload.value;
            if (!isRef(input))
              return base(payload, ctx);
            let state = ctx[STATE];
            state || (state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 }, ctx[STATE] = state);
            let bucket;
            lastCtx === ctx ? bucket = lastBucket : (bucket = bucketFor(state, inst), lastCtx = ctx, lastBucket = bucket);
            let hit = bucket.get(input);
            if (hit)
              return payload.value = hit.value, hit.issues ? hit.issues.length && payload.issues.push(...cloneIssues(hit.issues)) : (payload.memo = !0, state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet()), state.backEdges.add(hit.value)), payload;
            handoff = bucket;
            let depth = open.length, result = base(payload, ctx);
            handoff = void 0;
            let entry = open.length > depth ? open.pop() : void 0;
            return result instanceof Promise ? result.then((r) => (entry && (entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES), r)) : (entry && (entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES), result);
          };
          inst._zod.parse = wrapped, inst._zod.run === base && (inst._zod.run = wrapped);
        });
      }
    };
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error, init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_web_globals();
    init_util();
    error = () => {
      let Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      let FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      }, TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
        // All other type names omitted - they fall back to raw values via ?? operator
      };
      function getTypeName(type, input) {
        return type === "number" && typeof input == "number" && !Number.isFinite(input) ? String(input) : TypeDictionary[type] ?? type;
      }
      return (issue2) => {
        switch (issue2.code) {
          case "invalid_type": {
            let expected = getTypeName(issue2.expected), receivedType = parsedType(issue2.input), received = getTypeName(receivedType, issue2.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }
          case "invalid_value":
            return issue2.values.length === 1 ? `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}` : `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
          case "too_big": {
            let adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<", sizing = getSizing(issue2.origin);
            return sizing ? `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}` : `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
          }
          case "too_small": {
            let adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">", sizing = getSizing(issue2.origin);
            return sizing ? `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}` : `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
          }
          case "invalid_format": {
            let _issue = issue2;
            return _issue.format === "starts_with" ? `Invalid string: must start with "${_issue.prefix}"` : _issue.format === "ends_with" ? `Invalid string: must end with "${_issue.suffix}"` : _issue.format === "includes" ? `Invalid string: must include "${_issue.includes}"` : _issue.format === "regex" ? `Invalid string: must match pattern ${_issue.pattern}` : `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
          }
          case "not_multiple_of":
            return `Invalid number: must be a multiple of ${issue2.divisor}`;
          case "unrecognized_keys":
            return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
          case "invalid_key":
            return `Invalid key in ${issue2.origin}`;
          case "invalid_union":
            return issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0 ? `Invalid discriminator value. Expected ${issue2.options.map((o) => `'${o}'`).join(" | ")}` : issue2.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
          case "invalid_element":
            return `Invalid value in ${issue2.origin}`;
          default:
            return "Invalid input";
        }
      };
    };
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
    init_web_globals();
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry, init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    init_web_globals();
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        let meta2 = _meta[0];
        return this._map.set(schema, meta2), meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.set(meta2.id, schema), this;
      }
      clear() {
        return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
      }
      remove(schema) {
        let meta2 = this._map.get(schema);
        return meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.delete(meta2.id), this._map.delete(schema), this;
      }
      get(schema) {
        let p = schema._zod.parent;
        if (p) {
          let pm = { ...this.get(p) ?? {} };
          delete pm.id;
          let f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
    init_web_globals();
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  return def.checks && (def.checks = [...def.checks]), def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: !1,
    local: !1,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: !1,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class2, params) {
  return new Class2({
    type: "null",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: !1
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: !0
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: !1
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: !0
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  return new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class2, fn, _params) {
  let norm = normalizeParams(_params);
  return norm.abort ?? (norm.abort = !0), new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  return new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  let ch = /* @__PURE__ */ _check((payload) => (payload.addIssue = (issue2) => {
    if (typeof issue2 == "string")
      payload.issues.push(issue(issue2, payload.value, ch._zod.def));
    else {
      let _issue = issue2;
      _issue.fatal && (_issue.continue = !1), _issue.code ?? (_issue.code = "custom"), "input" in _issue || (_issue.input = payload.value), _issue.inst ?? (_issue.inst = ch), _issue.continue ?? (_issue.continue = !ch._zod.def.abort), payload.issues.push(issue(_issue));
    }
  }, fn(payload.value, payload)), params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  let ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  return ch._zod.check = fn, ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_web_globals();
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (let source of sources)
    for (let key of Reflect.ownKeys(source))
      Object.prototype.propertyIsEnumerable.call(source, key) && assignProp(target, key, source[key]);
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  return target === "draft-4" && (target = "draft-04"), target === "draft-7" && (target = "draft-07"), {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  let result = typeof ctx.unrepresentable == "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return !1;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  return Object.assign(json, result), !0;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  let def = schema._zod.def, seen = ctx.seen.get(schema);
  if (seen)
    return seen.count++, _params.schemaPath.includes(schema) && (seen.cycle = _params.path), seen.schema;
  let result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result), ctx.sharedDefsExtractedFor = void 0, ctx.sharedEmitDoneFor = void 0;
  let overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema)
    result.schema = overrideSchema;
  else {
    let params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema)
      schema._zod.processJSONSchema(ctx, result.schema, params);
    else {
      let _json = result.schema, processor = ctx.processors[def.type];
      if (!processor)
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      processor(schema, ctx, _json, params);
    }
    let parent = schema._zod.parent;
    parent && (result.ref || (result.ref = parent), processSchema(parent, ctx, params), ctx.seen.get(parent).isParent = !0);
  }
  let meta2 = ctx.metadataRegistry.get(schema);
  return meta2 && assignProps(result.schema, meta2), ctx.io === "input" && isTransforming(schema) && (delete result.schema.examples, delete result.schema.default), ctx.io === "input" && "_prefault" in result.schema && ((_a3 = result.schema).default ?? (_a3.default = result.schema._prefault)), delete result.schema._prefault, ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  let root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  let idToSchema = /* @__PURE__ */ new Map();
  for (let entry of ctx.seen.entries()) {
    let id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      let existing = idToSchema.get(id);
      if (existing && existing !== entry[0])
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      idToSchema.set(id, entry[0]);
    }
  }
  let makeURI = (entry) => {
    let defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      let externalId = ctx.external.registry.get(entry[0])?.id, uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId)
        return { ref: uriGenerator(externalId) };
      let id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      return entry[1].defId = id, { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    let uriPrefix = "#", defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id)
      return { ref: uriPrefix };
    let defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  }, extractToDef = (entry) => {
    if (entry[1].schema.$ref)
      return;
    let seen = entry[1], { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema }, defId && (seen.defId = defId);
    let schema2 = seen.schema;
    for (let key in schema2)
      delete schema2[key];
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw")
    for (let entry of ctx.seen.entries()) {
      let seen = entry[1];
      if (seen.cycle)
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (let entry of ctx.seen.entries()) {
    let seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      let ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    if (ctx.metadataRegistry.get(entry[0])?.id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    seen.count > 1 && ctx.reused === "ref" && extractToDef(entry);
  }
  ctx.external && (ctx.sharedDefsExtractedFor = ctx.external);
}
function compactTypeUnion(schema) {
  let options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  let types = [];
  for (let option of options) {
    if (!option || typeof option != "object")
      return;
    compactTypeUnion(option);
    let keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    let type = option.type;
    for (let member of Array.isArray(type) ? type : [type]) {
      if (typeof member != "string")
        return;
      types.includes(member) || types.push(member);
    }
  }
  delete schema.anyOf, schema.type = types.length === 1 ? types[0] : types;
}
function undeclaredConstraint(member) {
  let extra = member.additionalProperties;
  return extra === void 0 || extra === !1 || typeof extra != "object" || extra === null ? null : Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  let objects = [];
  for (let member of members2) {
    if (typeof member != "object" || member.type !== "object")
      return null;
    for (let key in member)
      if (!FOLDABLE_KEYS.has(key))
        return null;
    objects.push(member);
  }
  let properties = {}, required2 = /* @__PURE__ */ new Set();
  for (let object4 of objects) {
    for (let key in object4.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      let parts = [];
      for (let other of objects) {
        let part = other.properties?.[key] ?? undeclaredConstraint(other);
        part != null && (parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)) || parts.push(part));
      }
      let merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (let key of object4.required ?? [])
      required2.add(key);
  }
  let folded = { type: "object", properties };
  if (required2.size && (folded.required = [...required2]), objects.every((object4) => object4.additionalProperties === !1))
    folded.additionalProperties = !1;
  else {
    let constraints = [];
    for (let object4 of objects) {
      let constraint = undeclaredConstraint(object4);
      constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)) && constraints.push(constraint);
    }
    constraints.length === 1 ? folded.additionalProperties = constraints[0] : constraints.length > 1 && (folded.additionalProperties = { allOf: constraints });
  }
  return folded;
}
function foldIntersection(json) {
  let allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (let key of FOLDABLE_KEYS)
    if (key in json)
      return;
  let unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k]))), folded = null;
  if (!unions.length)
    folded = foldObjects(allOf);
  else {
    let union2 = unions[0], keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    let rest = allOf.filter((m) => m !== union2), branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  folded && (delete json.allOf, assignProps(json, folded));
}
function finalize(ctx, schema) {
  let root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  let flattenRef = (zodSchema) => {
    let seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    let schema2 = seen.def ?? seen.schema, _cached = { ...schema2 }, ref = seen.ref;
    if (seen.ref = null, ref) {
      flattenRef(ref);
      let refSeen = ctx.seen.get(ref), refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0") ? (schema2.allOf = schema2.allOf ?? [], schema2.allOf.push(refSchema)) : assignProps(schema2, refSchema), assignProps(schema2, _cached), zodSchema._zod.parent === ref)
        for (let key in schema2)
          key === "$ref" || key === "allOf" || key in _cached || delete schema2[key];
      if (refSchema.$ref && refSeen.def)
        for (let key in schema2)
          key === "$ref" || key === "allOf" || key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key]) && delete schema2[key];
    }
    let parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      let parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref && (schema2.$ref = parentSeen.schema.$ref, parentSeen.def))
        for (let key in schema2)
          key === "$ref" || key === "allOf" || key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key]) && delete schema2[key];
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (let entry of [...ctx.seen.entries()].reverse())
      flattenRef(entry[0]);
    if (ctx.target !== "openapi-3.0")
      for (let entry of ctx.seen.entries())
        compactTypeUnion(entry[1].def ?? entry[1].schema);
    for (let rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      let carriers = /* @__PURE__ */ new Map();
      for (let seen of ctx.seen.values())
        for (let json of [seen.schema, seen.def]) {
          let allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          let existing = carriers.get(allOf);
          existing ? existing.push(json) : carriers.set(allOf, [json]);
        }
      for (let allOf of ctx.intersections)
        for (let json of carriers.get(allOf) ?? [])
          foldIntersection(json);
    }
  }
  let result = {};
  if (ctx.target === "draft-2020-12" ? result.$schema = "https://json-schema.org/draft/2020-12/schema" : ctx.target === "draft-07" ? result.$schema = "http://json-schema.org/draft-07/schema#" : ctx.target === "draft-04" ? result.$schema = "http://json-schema.org/draft-04/schema#" : ctx.target, ctx.external?.uri) {
    let id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  let rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  rootMetaId !== void 0 && result.id === rootMetaId && delete result.id;
  let defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external)
    for (let entry of ctx.seen.entries()) {
      let seen = entry[1];
      seen.def && seen.defId && (seen.def.id === seen.defId && delete seen.def.id, assignProp(defs, seen.defId, seen.def));
    }
  ctx.external && (ctx.sharedEmitDoneFor = ctx.external), ctx.external || Object.keys(defs).length > 0 && (ctx.target === "draft-2020-12" ? result.$defs = defs : result.definitions = defs);
  try {
    let finalized = JSON.parse(JSON.stringify(result));
    return Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: !1,
      writable: !1
    }), finalized;
  } catch {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  let ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return !1;
  ctx.seen.add(_schema);
  let def = _schema._zod.def;
  if (def.type === "transform")
    return !0;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch")
    return isTransforming(def.innerType, ctx);
  if (def.type === "intersection")
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  if (def.type === "record" || def.type === "map")
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  if (def.type === "pipe")
    return _schema._zod.traits.has("$ZodCodec") ? !0 : isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  if (def.type === "object") {
    for (let key in def.shape)
      if (isTransforming(def.shape[key], ctx))
        return !0;
    return !1;
  }
  if (def.type === "union") {
    for (let option of def.options)
      if (isTransforming(option, ctx))
        return !0;
    return !1;
  }
  if (def.type === "tuple") {
    for (let item of def.items)
      if (isTransforming(item, ctx))
        return !0;
    return !!(def.rest && isTransforming(def.rest, ctx));
  }
  return !1;
}
var FOLDABLE_KEYS, UNION_KEYS, createToJSONSchemaMethod, createStandardJSONSchemaMethod, init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_web_globals();
    init_registries();
    init_util();
    FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]), UNION_KEYS = ["oneOf", "anyOf"];
    createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
      let ctx = initializeContext({ ...params, processors });
      return processSchema(schema, ctx), extractDefs(ctx, schema), finalize(ctx, schema);
    }, createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
      let { libraryOptions, target } = params ?? {}, ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
      return processSchema(schema, ctx), extractDefs(ctx, schema), finalize(ctx, schema);
    };
  }
});

// node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema) {
  let agg = {}, def = schema._zod.def, list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (let ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  let bag = schema._zod.bag;
  bag.minimum !== void 0 && narrowMin(agg, "minimum", bag.minimum), bag.exclusiveMinimum !== void 0 && narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum), bag.maximum !== void 0 && narrowMax(agg, "maximum", bag.maximum), bag.exclusiveMaximum !== void 0 && narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum), bag.multipleOf !== void 0 && addDivisor(agg, bag.multipleOf), bag.format !== void 0 && (agg.format ?? (agg.format = bag.format), bag.format.includes("int") && (agg.isInt = !0)), bag.mime && intersectMime(agg, bag.mime);
  for (let pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
function inputOptin(schema) {
  let def = schema._zod.def;
  return def.type === "pipe" && def.in._zod.traits.has("$ZodTransform") ? inputOptin(def.out) : def.type === "catch" ? inputOptin(def.innerType) : schema._zod.optin;
}
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    let def = bySchema.get(json)?.def;
    if (!def)
      return json;
    let inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (let keyword of ["anyOf", "oneOf"]) {
    let branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    let mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    mapped.some((branch, i) => branch !== branches[i]) && (json = { ...json, [keyword]: mapped });
  }
  let types = Array.isArray(json.type) ? json.type : [json.type], numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer"), values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v == "number"))
    return json;
  let { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  return rest.enum ? rest.enum = rest.enum.map((v) => typeof v == "number" ? String(v) : v) : typeof rest.const == "number" && (rest.const = String(rest.const)), numericType && (rest.type = "string", values || (rest.pattern = (types.includes("number") ? number : integer2).source)), rest;
}
function rewriteKeyNames(ctx) {
  let bySchema = /* @__PURE__ */ new Map();
  for (let entry of ctx.seen.values())
    entry.def && !bySchema.has(entry.schema) && bySchema.set(entry.schema, entry);
  let rewrites = /* @__PURE__ */ new Map();
  for (let record2 of pendingRecords.get(ctx) ?? []) {
    let seen = ctx.seen.get(record2), names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === !0 || rewrites.has(names))
      continue;
    let rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    rewritten !== names && rewrites.set(names, rewritten);
  }
  if (rewrites.size)
    for (let entry of ctx.seen.values())
      for (let carrier of [entry.schema, entry.def]) {
        let rewritten = carrier && rewrites.get(carrier.propertyNames);
        rewritten && (carrier.propertyNames = rewritten);
      }
}
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = !1, serialized = JSON.stringify(value, (_, val) => typeof val != "bigint" ? val : (unrepresentable = !0, null));
  return unrepresentable ? (handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema"), UNREPRESENTABLE_DEFAULT) : JSON.parse(serialized);
}
function toJSONSchema(input, params) {
  if ("_idmap" in input) {
    let registry2 = input, ctx2 = initializeContext({ ...params, processors: allProcessors }), defs = {};
    for (let entry of registry2._idmap.entries()) {
      let [_, schema] = entry;
      processSchema(schema, ctx2);
    }
    let schemas = {}, external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (let entry of registry2._idmap.entries()) {
      let [key, schema] = entry;
      extractDefs(ctx2, schema), assignProp(schemas, key, finalize(ctx2, schema));
    }
    if (Object.keys(defs).length > 0) {
      let defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  let ctx = initializeContext({ ...params, processors: allProcessors });
  return processSchema(input, ctx), extractDefs(ctx, input), finalize(ctx, input);
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, booleanProcessor, bigintProcessor, symbolProcessor, nullProcessor, undefinedProcessor, voidProcessor, neverProcessor, anyProcessor, unknownProcessor, dateProcessor, enumProcessor, literalProcessor, nanProcessor, templateLiteralProcessor, fileProcessor, successProcessor, customProcessor, functionProcessor, transformProcessor, mapProcessor, setProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, tupleProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, promiseProcessor, optionalProcessor, lazyProcessor, allProcessors, init_json_schema_processors = __esm({
  "node_modules/zod/v4/core/json-schema-processors.js"() {
    init_web_globals();
    init_regexes();
    init_schemas();
    init_to_json_schema();
    init_util();
    narrowMin = (agg, key, value) => {
      (agg[key] === void 0 || value > agg[key]) && (agg[key] = value);
    }, narrowMax = (agg, key, value) => {
      (agg[key] === void 0 || value < agg[key]) && (agg[key] = value);
    }, narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value), narrowMax(agg, "maximum", value);
    }, addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []), agg.multipleOf.includes(value) || agg.multipleOf.push(value);
    }, addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set()), agg.patterns.add(pattern);
    }, intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
    }, setFormat = (agg, format) => {
      agg.format = format, format.includes("int") && (agg.isInt = !0);
    }, minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum), maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum), formatContributor = (ranges) => (agg, def) => {
      setFormat(agg, def.format);
      let [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum), narrowMax(agg, "maximum", maximum);
    }, contributors = {
      greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
      less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
      multiple_of: (agg, def) => addDivisor(agg, def.value),
      number_format: formatContributor(NUMBER_FORMAT_RANGES),
      bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
      min_length: minContributor,
      max_length: maxContributor,
      length_equals: (agg, def) => narrowBoth(agg, def.length),
      min_size: minContributor,
      max_size: maxContributor,
      size_equals: (agg, def) => narrowBoth(agg, def.size),
      string_format: (agg, def) => {
        setFormat(agg, def.format), def.pattern && addPattern(agg, def.pattern), (def.format === "base64" || def.format === "base64url") && (agg.contentEncoding = def.format), (def.local || def.precision === -1) && (agg.laxFormat = !0);
      },
      mime_type: (agg, def) => intersectMime(agg, def.mime)
    };
    formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
      // do not set
    }, exactPatterns = /* @__PURE__ */ new Map([
      [base64Charset, base64],
      [base64urlCharset, base64url]
    ]), exactPattern = (p) => exactPatterns.get(p) ?? p, stringProcessor = (schema, ctx, _json, _params) => {
      let json = _json;
      json.type = "string";
      let { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
      if (typeof minimum == "number" && (json.minLength = minimum), typeof maximum == "number" && (json.maxLength = maximum), format && (json.format = formatMap[format] ?? format, json.format === "" && delete json.format, (format === "time" || laxFormat) && delete json.format), contentEncoding && (json.contentEncoding = contentEncoding), patterns && patterns.size > 0) {
        let patternList = [...patterns].map(exactPattern);
        patternList.length === 1 ? json.pattern = patternList[0].source : patternList.length > 1 && (json.allOf = [
          ...patternList.map((regex) => ({
            ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
            pattern: regex.source
          }))
        ]);
      }
    }, numberProcessor = (schema, ctx, _json, params) => {
      let json = _json, { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
      json.type = isInt ? "integer" : "number";
      let exMin = typeof exclusiveMinimum == "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY), exMax = typeof exclusiveMaximum == "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY), legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
      if (exMin ? legacy ? (json.minimum = exclusiveMinimum, json.exclusiveMinimum = !0) : json.exclusiveMinimum = exclusiveMinimum : typeof minimum == "number" && (json.minimum = minimum), exMax ? legacy ? (json.maximum = exclusiveMaximum, json.exclusiveMaximum = !0) : json.exclusiveMaximum = exclusiveMaximum : typeof maximum == "number" && (json.maximum = maximum), multipleOf) {
        let divisors = /* @__PURE__ */ new Set();
        for (let divisor of multipleOf)
          Number.isFinite(divisor) && divisor !== 0 ? divisors.add(Math.abs(divisor)) : handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        let [first, ...rest] = divisors;
        first !== void 0 && (json.multipleOf = first), rest.length && (json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))]);
      }
    }, booleanProcessor = (_schema, _ctx, json, _params) => {
      json.type = "boolean";
    }, bigintProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
    }, symbolProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
    }, nullProcessor = (_schema, ctx, json, _params) => {
      ctx.target === "openapi-3.0" ? (json.type = "string", json.nullable = !0, json.enum = [null]) : json.type = "null";
    }, undefinedProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
    }, voidProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
    }, neverProcessor = (_schema, _ctx, json, _params) => {
      json.not = {};
    }, anyProcessor = (_schema, _ctx, _json, _params) => {
    }, unknownProcessor = (_schema, _ctx, _json, _params) => {
    }, dateProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
    }, enumProcessor = (schema, _ctx, json, _params) => {
      let def = schema._zod.def, values = getEnumValues(def.entries);
      if (values.length === 0) {
        json.not = {};
        return;
      }
      values.every((v) => typeof v == "number") && (json.type = "number"), values.every((v) => typeof v == "string") && (json.type = "string"), json.enum = values;
    }, literalProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      if (def.values.length === 0) {
        json.not = {};
        return;
      }
      let vals = [];
      for (let val of def.values)
        if (val === void 0) {
          if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
            return;
        } else if (typeof val == "bigint") {
          if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
            return;
          vals.push(Number(val));
        } else
          vals.push(val);
      if (vals.length !== 0)
        if (vals.length === 1) {
          let val = vals[0];
          json.type = val === null ? "null" : typeof val, ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? json.enum = [val] : json.const = val;
        } else
          vals.every((v) => typeof v == "number") && (json.type = "number"), vals.every((v) => typeof v == "string") && (json.type = "string"), vals.every((v) => typeof v == "boolean") && (json.type = "boolean"), vals.every((v) => v === null) && (json.type = "null"), json.enum = vals;
    }, nanProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
    }, templateLiteralProcessor = (schema, _ctx, json, _params) => {
      let _json = json, pattern = schema._zod.pattern;
      if (!pattern)
        throw new Error("Pattern not found in template literal");
      _json.type = "string", _json.pattern = pattern.source;
    }, fileProcessor = (schema, _ctx, json, _params) => {
      let _json = json;
      _json.type = "string", _json.format = "binary", _json.contentEncoding = "binary";
      let { minimum, maximum, mime } = aggregateChecks(schema);
      minimum !== void 0 && (_json.minLength = minimum), maximum !== void 0 && (_json.maxLength = maximum), mime && (mime.length === 0 ? _json.not = {} : mime.length === 1 ? _json.contentMediaType = mime[0] : _json.anyOf = mime.map((m) => ({ contentMediaType: m })));
    }, successProcessor = (_schema, _ctx, json, _params) => {
      json.type = "boolean";
    }, customProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
    }, functionProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
    }, transformProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
    }, mapProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
    }, setProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
    }, arrayProcessor = (schema, ctx, _json, params) => {
      let json = _json, def = schema._zod.def, { minimum, maximum } = aggregateChecks(schema);
      typeof minimum == "number" && (json.minItems = minimum), typeof maximum == "number" && (json.maxItems = maximum), json.type = "array", json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"]
      });
    };
    objectProcessor = (schema, ctx, _json, params) => {
      let json = _json, def = schema._zod.def, shape = def.shape;
      if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema"))
        return;
      json.type = "object", json.properties = {};
      for (let key in shape)
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
          ...params,
          path: [...params.path, "properties", key]
        }));
      let requiredKeys = [];
      for (let key of Object.keys(shape)) {
        let field = def.shape[key];
        (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) && requiredKeys.push(key);
      }
      requiredKeys.length > 0 && (json.required = requiredKeys), def.catchall?._zod.def.type === "never" ? json.additionalProperties = !1 : def.catchall ? def.catchall && (json.additionalProperties = processSchema(def.catchall, ctx, {
        ...params,
        path: [...params.path, "additionalProperties"]
      })) : ctx.io === "output" && (json.additionalProperties = !1);
    }, unionProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def, isExclusive = def.inclusive === !1, options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
      }));
      isExclusive ? json.oneOf = options : json.anyOf = options;
    }, intersectionProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def, a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0]
      }), b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1]
      }), isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1, allOf = [
        ...isSimpleIntersection(a) ? a.allOf : [a],
        ...isSimpleIntersection(b) ? b.allOf : [b]
      ];
      json.allOf = allOf, ctx.intersections.push(allOf);
    }, tupleProcessor = (schema, ctx, _json, params) => {
      let json = _json, def = schema._zod.def;
      json.type = "array";
      let prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items", restPath = ctx.target === "draft-2020-12" || ctx.target === "openapi-3.0" ? "items" : "additionalItems", prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i]
      })), rest = def.rest ? processSchema(def.rest, ctx, {
        ...params,
        path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
      }) : null, minItems = def.items.length;
      for (; minItems > 0; ) {
        let item = def.items[minItems - 1];
        if (!(ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional"))
          break;
        minItems--;
      }
      let maxItems = def.items.length, isClosed = !def.rest;
      ctx.target === "draft-2020-12" ? (json.prefixItems = prefixItems, isClosed ? json.items = !1 : rest && (json.items = rest), minItems > 0 && (json.minItems = minItems), isClosed && (json.maxItems = maxItems)) : ctx.target === "openapi-3.0" ? (json.items = {
        anyOf: prefixItems
      }, rest && json.items.anyOf.push(rest), minItems > 0 && (json.minItems = minItems), isClosed && (json.maxItems = maxItems)) : (json.items = prefixItems, isClosed ? json.additionalItems = !1 : rest && (json.additionalItems = rest), minItems > 0 && (json.minItems = minItems), isClosed && (json.maxItems = maxItems));
      let { minimum, maximum } = aggregateChecks(schema);
      typeof minimum == "number" && (json.minItems = minimum), typeof maximum == "number" && (json.maxItems = maximum);
    };
    pendingRecords = /* @__PURE__ */ new WeakMap();
    recordProcessor = (schema, ctx, _json, params) => {
      let json = _json, def = schema._zod.def;
      json.type = "object";
      let keyType = def.keyType, patterns = aggregateChecks(keyType).patterns;
      if (def.mode === "loose" && patterns && patterns.size > 0) {
        let valueSchema = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "patternProperties", "*"]
        });
        json.patternProperties = {};
        for (let pattern of patterns)
          assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
      } else {
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
          json.propertyNames = processSchema(def.keyType, ctx, {
            ...params,
            path: [...params.path, "propertyNames"]
          });
          let pending = pendingRecords.get(ctx);
          pending || (pending = [], pendingRecords.set(ctx, pending), ctx.deferred.push(() => rewriteKeyNames(ctx))), pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
      let keyValues = keyType._zod.values, omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
      if (keyValues && !def.partial && !omittableOnInput) {
        let validKeyValues = [...keyValues].filter((v) => typeof v == "string" || typeof v == "number");
        validKeyValues.length > 0 && (json.required = validKeyValues.map(String));
      }
    }, nullableProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def, inner = processSchema(def.innerType, ctx, params), seen = ctx.seen.get(schema);
      ctx.target === "openapi-3.0" ? (seen.ref = def.innerType, json.nullable = !0) : json.anyOf = [inner, { type: "null" }];
    }, nonoptionalProcessor = (schema, ctx, _json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    }, UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
    defaultProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      value !== UNREPRESENTABLE_DEFAULT && (json.default = value);
    }, prefaultProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      if (seen.ref = def.innerType, ctx.io !== "input")
        return;
      let value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      value !== UNREPRESENTABLE_DEFAULT && (json._prefault = value);
    }, catchProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let catchValue;
      try {
        catchValue = def.catchValue(void 0);
      } catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
      }
      json.default = catchValue;
    }, pipeProcessor = (schema, ctx, _json, params) => {
      let def = schema._zod.def, inIsTransform = def.in._zod.traits.has("$ZodTransform"), innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      processSchema(innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = innerType;
    }, readonlyProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType, json.readOnly = !0;
    }, promiseProcessor = (schema, ctx, _json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    }, optionalProcessor = (schema, ctx, _json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    }, lazyProcessor = (schema, ctx, _json, params) => {
      let innerType = schema._zod.innerType;
      processSchema(innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = innerType;
    }, allProcessors = {
      string: stringProcessor,
      number: numberProcessor,
      boolean: booleanProcessor,
      bigint: bigintProcessor,
      symbol: symbolProcessor,
      null: nullProcessor,
      undefined: undefinedProcessor,
      void: voidProcessor,
      never: neverProcessor,
      any: anyProcessor,
      unknown: unknownProcessor,
      date: dateProcessor,
      enum: enumProcessor,
      literal: literalProcessor,
      nan: nanProcessor,
      template_literal: templateLiteralProcessor,
      file: fileProcessor,
      success: successProcessor,
      custom: customProcessor,
      function: functionProcessor,
      transform: transformProcessor,
      map: mapProcessor,
      set: setProcessor,
      array: arrayProcessor,
      object: objectProcessor,
      union: unionProcessor,
      intersection: intersectionProcessor,
      tuple: tupleProcessor,
      record: recordProcessor,
      nullable: nullableProcessor,
      nonoptional: nonoptionalProcessor,
      default: defaultProcessor,
      prefault: prefaultProcessor,
      catch: catchProcessor,
      pipe: pipeProcessor,
      readonly: readonlyProcessor,
      promise: promiseProcessor,
      optional: optionalProcessor,
      lazy: lazyProcessor
    };
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
    init_web_globals();
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_web_globals();
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_web_globals();
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function object2(shape, params) {
  let def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
var ZodMiniType, ZodMiniObject, init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_web_globals();
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def), inst.def = def, inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        let def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch == "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: !0 });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        return reg.add(this, meta2), this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    }), ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def), ZodMiniType.init(inst, def), installLazyProp(inst, "shape", (self) => self._zod.def.shape, !1);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_web_globals();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
    init_web_globals();
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
    init_web_globals();
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_web_globals();
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_json_schema_processors();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/v4-mini/index.js
var init_v4_mini = __esm({
  "node_modules/zod/v4-mini/index.js"() {
    init_web_globals();
    init_external();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/zod-compat.js
function isZ4Schema(s) {
  return !!s._zod;
}
function objectFromShape(shape) {
  let values = Object.values(shape);
  if (values.length === 0)
    return object2({});
  let allV4 = values.every(isZ4Schema), allV3 = values.every((s) => !isZ4Schema(s));
  if (allV4)
    return object2(shape);
  if (allV3)
    return object(shape);
  throw new Error("Mixed Zod versions detected in object shape.");
}
function safeParse2(schema, data) {
  return isZ4Schema(schema) ? safeParse(schema, data) : schema.safeParse(data);
}
async function safeParseAsync2(schema, data) {
  return isZ4Schema(schema) ? await safeParseAsync(schema, data) : await schema.safeParseAsync(data);
}
function getObjectShape(schema) {
  if (!schema)
    return;
  let rawShape2;
  if (isZ4Schema(schema) ? rawShape2 = schema._zod?.def?.shape : rawShape2 = schema.shape, !!rawShape2) {
    if (typeof rawShape2 == "function")
      try {
        return rawShape2();
      } catch {
        return;
      }
    return rawShape2;
  }
}
function normalizeObjectSchema(schema) {
  if (schema) {
    if (typeof schema == "object") {
      let asV3 = schema, asV4 = schema;
      if (!asV3._def && !asV4._zod) {
        let values = Object.values(schema);
        if (values.length > 0 && values.every((v) => typeof v == "object" && v !== null && (v._def !== void 0 || v._zod !== void 0 || typeof v.parse == "function")))
          return objectFromShape(schema);
      }
    }
    if (isZ4Schema(schema)) {
      let def = schema._zod?.def;
      if (def && (def.type === "object" || def.shape !== void 0))
        return schema;
    } else if (schema.shape !== void 0)
      return schema;
  }
}
function getDotPath(path) {
  return path.length === 0 ? "object root" : path.reduce((acc, seg, index) => index === 0 ? String(seg) : typeof seg == "number" ? `${acc}[${seg}]` : `${acc}.${seg}`, "");
}
function getParseErrorMessage(error2) {
  if (error2 && typeof error2 == "object") {
    if ("issues" in error2 && Array.isArray(error2.issues) && error2.issues.length > 0)
      return error2.issues.map((i) => i.path?.length ? `${i.message} at ${getDotPath(i.path)}` : i.message).join(`
`);
    if ("message" in error2 && typeof error2.message == "string")
      return error2.message;
    try {
      return JSON.stringify(error2);
    } catch {
      return String(error2);
    }
  }
  return String(error2);
}
function getSchemaDescription(schema) {
  return schema.description;
}
function isSchemaOptional(schema) {
  if (isZ4Schema(schema))
    return schema._zod?.def?.type === "optional";
  let v3Schema = schema;
  return typeof schema.isOptional == "function" ? schema.isOptional() : v3Schema._def?.typeName === "ZodOptional";
}
function getLiteralValue(schema) {
  if (isZ4Schema(schema)) {
    let def2 = schema._zod?.def;
    if (def2) {
      if (def2.value !== void 0)
        return def2.value;
      if (Array.isArray(def2.values) && def2.values.length > 0)
        return def2.values[0];
    }
  }
  let def = schema._def;
  if (def) {
    if (def.value !== void 0)
      return def.value;
    if (Array.isArray(def.values) && def.values.length > 0)
      return def.values[0];
  }
  let directValue = schema.value;
  if (directValue !== void 0)
    return directValue;
}
var init_zod_compat = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/server/zod-compat.js"() {
    init_web_globals();
    init__();
    init_v4_mini();
  }
});

// node_modules/zod/v4/classic/checks.js
var init_checks3 = __esm({
  "node_modules/zod/v4/classic/checks.js"() {
    init_web_globals();
    init_core2();
  }
});

// node_modules/zod/v4/classic/errors.js
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: !0,
    enumerable: !1,
    get() {
      let value = make(this);
      return Object.defineProperty(this, key, { value, configurable: !0, writable: !0 }), value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: !0, writable: !0 });
    }
  });
}
var _installedErrorProtos, initializer2, ZodRealError, init_errors2 = __esm({
  "node_modules/zod/v4/classic/errors.js"() {
    init_web_globals();
    init_core2();
    init_core2();
    init_util();
    _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer2 = (inst, issues) => {
      $ZodError.init(inst, issues), inst.name = "ZodError";
      let proto = Object.getPrototypeOf(inst);
      _installedErrorProtos.has(proto) || (_installedErrorProtos.add(proto), _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper)), _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper)), _lazyMethod(proto, "addIssue", (self) => (issue2) => {
        self.issues.push(issue2), self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      }), _lazyMethod(proto, "addIssues", (self) => (issues2) => {
        self.issues.push(...issues2), self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      }), Object.defineProperty(proto, "isEmpty", {
        configurable: !0,
        enumerable: !1,
        get() {
          return this.issues.length === 0;
        }
      }));
    }, ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/classic/parse.js
var parse2, parseAsync2, safeParse3, safeParseAsync3, encode2, decode2, encodeAsync2, decodeAsync2, safeEncode2, safeDecode2, safeEncodeAsync2, safeDecodeAsync2, init_parse3 = __esm({
  "node_modules/zod/v4/classic/parse.js"() {
    init_web_globals();
    init_core2();
    init_errors2();
    init_core2();
    parse2 = /* @__PURE__ */ _parse(ZodRealError), parseAsync2 = /* @__PURE__ */ _parseAsync(ZodRealError), safeParse3 = /* @__PURE__ */ _safeParse(ZodRealError), safeParseAsync3 = /* @__PURE__ */ _safeParseAsync(ZodRealError), encode2 = /* @__PURE__ */ _encode(ZodRealError), decode2 = /* @__PURE__ */ _decode(ZodRealError), encodeAsync2 = /* @__PURE__ */ _encodeAsync(ZodRealError), decodeAsync2 = /* @__PURE__ */ _decodeAsync(ZodRealError), safeEncode2 = /* @__PURE__ */ _safeEncode(ZodRealError), safeDecode2 = /* @__PURE__ */ _safeDecode(ZodRealError), safeEncodeAsync2 = /* @__PURE__ */ _safeEncodeAsync(ZodRealError), safeDecodeAsync2 = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
  }
});

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  globalConfig.localeError || config(en_default());
}
function _ensureDefaultMemoizer() {
  globalConfig.memoizer || config({ memoizer: memoizer() });
}
function string2(params) {
  return _string(ZodString, params);
}
function number2(params) {
  return _number(ZodNumber, params);
}
function int(params) {
  return _int(ZodNumberFormat, params);
}
function boolean3(params) {
  return _boolean(ZodBoolean, params);
}
function _null3(params) {
  return _null2(ZodNull, params);
}
function unknown() {
  return _unknown(ZodUnknown);
}
function never(params) {
  return _never(ZodNever, params);
}
function array(element, params) {
  return _array(ZodArray, element, params);
}
function object3(shape, params) {
  let def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function looseObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
function discriminatedUnion(discriminator, options, params) {
  return new ZodDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...util_exports.normalizeParams(params)
  });
}
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
function record(keyType, valueType, params) {
  return !valueType || !valueType._zod ? new ZodRecord({
    type: "record",
    keyType: string2(),
    valueType: keyType,
    ...util_exports.normalizeParams(valueType)
  }) : new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function _enum(values, params) {
  let entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue == "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue == "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue == "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
function custom(fn, _params) {
  return _custom(ZodCustom, fn ?? (() => !0), _params);
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
function preprocess(fn, schema) {
  return new ZodPreprocess({
    type: "pipe",
    in: transform(fn),
    out: schema
  });
}
var ZodType, _ZodString, ZodString, ZodStringFormat, ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration, ZodEmail, ZodGUID, ZodUUID, ZodURL, ZodEmoji, ZodNanoID, ZodCUID, ZodCUID2, ZodULID, ZodXID, ZodKSUID, ZodIPv4, ZodIPv6, ZodCIDRv4, ZodCIDRv6, ZodBase64, ZodBase64URL, ZodE164, ZodJWT, ZodNumber, ZodNumberFormat, ZodBoolean, ZodNull, ZodUnknown, ZodNever, ZodArray, ZodObject, ZodUnion, ZodDiscriminatedUnion, ZodIntersection, ZodRecord, ZodEnum, ZodLiteral, ZodTransform, ZodOptional, ZodExactOptional, ZodNullable, ZodDefault, ZodPrefault, ZodNonOptional, ZodCatch, ZodPipe, ZodPreprocess, ZodReadonly, ZodCustom, init_schemas3 = __esm({
  "node_modules/zod/v4/classic/schemas.js"() {
    init_web_globals();
    init_core2();
    init_core2();
    init_json_schema_processors();
    init_to_json_schema();
    init_en();
    init_checks3();
    init_parse3();
    ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => (_ensureDefaultLocale(), $ZodType.init(inst, def), inst.def = def, inst.type = def.type, inst), {
      check(...chks) {
        let def = this.def;
        return this.clone(util_exports.mergeDefs(def, {
          checks: [
            ...def.checks ?? [],
            ...chks.map((ch) => typeof ch == "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }), { parent: !0 });
      },
      with(...chks) {
        return this.check(...chks);
      },
      clone(def, params) {
        return clone(this, def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        return reg.add(this, meta2), this;
      },
      refine(check, params) {
        return this.check(refine(check, params));
      },
      superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
      },
      overwrite(fn) {
        return this.check(_overwrite(fn));
      },
      optional() {
        return optional(this);
      },
      exactOptional() {
        return exactOptional(this);
      },
      nullable() {
        return nullable(this);
      },
      nullish() {
        return optional(nullable(this));
      },
      nonoptional(params) {
        return nonoptional(this, params);
      },
      array() {
        return array(this);
      },
      or(arg) {
        return union([this, arg]);
      },
      and(arg) {
        return intersection(this, arg);
      },
      transform(tx) {
        return pipe(this, transform(tx));
      },
      default(d) {
        return _default(this, d);
      },
      prefault(d) {
        return prefault(this, d);
      },
      catch(params) {
        return _catch(this, params);
      },
      pipe(target) {
        return pipe(this, target);
      },
      readonly() {
        return readonly(this);
      },
      describe(description) {
        let cl = this.clone();
        return globalRegistry.add(cl, { description }), cl;
      },
      meta(...args) {
        if (args.length === 0)
          return globalRegistry.get(this);
        let cl = this.clone();
        return globalRegistry.add(cl, args[0]), cl;
      },
      isOptional() {
        return this.safeParse(void 0).success;
      },
      isNullable() {
        return this.safeParse(null).success;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      },
      // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
      get "~standard"() {
        return util_exports.hide(this, "~standard", {
          ...standardProps(this),
          jsonSchema: {
            input: createStandardJSONSchemaMethod(this, "input"),
            output: createStandardJSONSchemaMethod(this, "output")
          }
        });
      },
      set "~standard"(value) {
        util_exports.own(this, "~standard", value);
      },
      parse: function _parse2(data, params) {
        return parse2(this, data, params, { callee: _parse2 });
      },
      parseAsync: async function _parseAsync2(data, params) {
        return await parseAsync2(this, data, params, { callee: _parseAsync2 });
      },
      safeParse(data, params) {
        return safeParse3(this, data, params);
      },
      async safeParseAsync(data, params) {
        return safeParseAsync3(this, data, params);
      },
      // `spa` is an alias: same function object as `safeParseAsync`, as before.
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(value) {
        util_exports.own(this, "spa", value);
      },
      validate(data, params) {
        return validate(this, data, params);
      },
      validateAsync(data, params) {
        return validateAsync(this, data, params);
      },
      encode: function _encode2(data, params) {
        return encode2(this, data, params, { callee: _encode2 });
      },
      decode: function _decode2(data, params) {
        return decode2(this, data, params, { callee: _decode2 });
      },
      encodeAsync: async function _encodeAsync2(data, params) {
        return await encodeAsync2(this, data, params, { callee: _encodeAsync2 });
      },
      decodeAsync: async function _decodeAsync2(data, params) {
        return await decodeAsync2(this, data, params, { callee: _decodeAsync2 });
      },
      safeEncode(data, params) {
        return safeEncode2(this, data, params);
      },
      safeDecode(data, params) {
        return safeDecode2(this, data, params);
      },
      async safeEncodeAsync(data, params) {
        return safeEncodeAsync2(this, data, params);
      },
      async safeDecodeAsync(data, params) {
        return safeDecodeAsync2(this, data, params);
      },
      toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
      },
      // Reads through to the registry on every access, so it must not cache.
      get description() {
        return globalRegistry.get(this)?.description;
      },
      // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
      get _def() {
        return this._zod.def;
      }
    }), _ZodString = /* @__PURE__ */ $constructor(
      "_ZodString",
      (inst, def) => {
        $ZodString.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
      },
      /* @__PURE__ */ util_exports.derived({
        format: (inst) => aggregateChecks(inst).format ?? null,
        minLength: (inst) => aggregateChecks(inst).minimum ?? null,
        maxLength: (inst) => aggregateChecks(inst).maximum ?? null
      }, {
        regex(...args) {
          return this.check(_regex(...args));
        },
        includes(...args) {
          return this.check(_includes(...args));
        },
        startsWith(...args) {
          return this.check(_startsWith(...args));
        },
        endsWith(...args) {
          return this.check(_endsWith(...args));
        },
        min(...args) {
          return this.check(_minLength(...args));
        },
        max(...args) {
          return this.check(_maxLength(...args));
        },
        length(...args) {
          return this.check(_length(...args));
        },
        nonempty(...args) {
          return this.check(_minLength(1, ...args));
        },
        lowercase(params) {
          return this.check(_lowercase(params));
        },
        uppercase(params) {
          return this.check(_uppercase(params));
        },
        trim() {
          return this.check(_trim());
        },
        normalize(...args) {
          return this.check(_normalize(...args));
        },
        toLowerCase() {
          return this.check(_toLowerCase());
        },
        toUpperCase() {
          return this.check(_toUpperCase());
        },
        slugify() {
          return this.check(_slugify());
        }
      })
    ), ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
      $ZodString.init(inst, def), _ZodString.init(inst, def);
    }, {
      email(params) {
        return this.check(_email(ZodEmail, params));
      },
      url(params) {
        return this.check(_url(ZodURL, params));
      },
      jwt(params) {
        return this.check(_jwt(ZodJWT, params));
      },
      emoji(params) {
        return this.check(_emoji2(ZodEmoji, params));
      },
      guid(params) {
        return this.check(_guid(ZodGUID, params));
      },
      uuid(params) {
        return this.check(_uuid(ZodUUID, params));
      },
      uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
      },
      uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
      },
      uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
      },
      nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
      },
      cuid(params) {
        return this.check(_cuid(ZodCUID, params));
      },
      cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
      },
      ulid(params) {
        return this.check(_ulid(ZodULID, params));
      },
      base64(params) {
        return this.check(_base64(ZodBase64, params));
      },
      base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
      },
      xid(params) {
        return this.check(_xid(ZodXID, params));
      },
      ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
      },
      ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
      },
      ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
      },
      cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
      },
      cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
      },
      e164(params) {
        return this.check(_e164(ZodE164, params));
      },
      datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
      },
      date(params) {
        return this.check(_isoDate(ZodISODate, params));
      },
      time(params) {
        return this.check(_isoTime(ZodISOTime, params));
      },
      duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
      }
    });
    ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def), _ZodString.init(inst, def);
    }), ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
      $ZodISODateTime.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
      $ZodISODate.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
      $ZodISOTime.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
      $ZodISODuration.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
      $ZodEmail.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
      $ZodGUID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
      $ZodUUID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
      $ZodURL.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
      $ZodEmoji.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
      $ZodNanoID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
      $ZodCUID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
      $ZodCUID2.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
      $ZodULID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
      $ZodXID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
      $ZodKSUID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
      $ZodIPv4.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
      $ZodIPv6.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
      $ZodCIDRv4.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
      $ZodCIDRv6.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
      $ZodBase64.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
      $ZodBase64URL.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
      $ZodE164.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
      $ZodJWT.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodNumber = /* @__PURE__ */ $constructor(
      "ZodNumber",
      (inst, def) => {
        $ZodNumber.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params), inst.isFinite = !0;
      },
      /* @__PURE__ */ util_exports.derived({
        minValue: (inst) => {
          let { minimum, exclusiveMinimum } = aggregateChecks(inst);
          return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
        },
        maxValue: (inst) => {
          let { maximum, exclusiveMaximum } = aggregateChecks(inst);
          return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
        },
        isInt: (inst) => {
          let { isInt, multipleOf } = aggregateChecks(inst);
          return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
        },
        format: (inst) => aggregateChecks(inst).format ?? null
      }, {
        gt(value, params) {
          return this.check(_gt(value, params));
        },
        gte(value, params) {
          return this.check(_gte(value, params));
        },
        min(value, params) {
          return this.check(_gte(value, params));
        },
        lt(value, params) {
          return this.check(_lt(value, params));
        },
        lte(value, params) {
          return this.check(_lte(value, params));
        },
        max(value, params) {
          return this.check(_lte(value, params));
        },
        int(params) {
          return this.check(int(params));
        },
        safe(params) {
          return this.check(int(params));
        },
        positive(params) {
          return this.check(_gt(0, params));
        },
        nonnegative(params) {
          return this.check(_gte(0, params));
        },
        negative(params) {
          return this.check(_lt(0, params));
        },
        nonpositive(params) {
          return this.check(_lte(0, params));
        },
        multipleOf(value, params) {
          return this.check(_multipleOf(value, params));
        },
        step(value, params) {
          return this.check(_multipleOf(value, params));
        },
        finite() {
          return this;
        }
      })
    );
    ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def), ZodNumber.init(inst, def);
    });
    ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
    });
    ZodNull = /* @__PURE__ */ $constructor("ZodNull", (inst, def) => {
      $ZodNull.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
    });
    ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
    });
    ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
      $ZodNever.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
    });
    ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
      _ensureDefaultMemoizer(), $ZodArray.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params), inst.element = def.element;
    }, {
      min(n, params) {
        return this.check(_minLength(n, params));
      },
      nonempty(params) {
        return this.check(_minLength(1, params));
      },
      max(n, params) {
        return this.check(_maxLength(n, params));
      },
      length(n, params) {
        return this.check(_length(n, params));
      },
      unwrap() {
        return this.element;
      }
    });
    ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
      _ensureDefaultMemoizer(), $ZodObjectJIT.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params), util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, !1);
    }, {
      keyof() {
        return _enum(Object.keys(this._zod.def.shape));
      },
      catchall(catchall) {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
      },
      passthrough() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      loose() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      strict() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
      },
      strip() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
      },
      extend(incoming) {
        return util_exports.extend(this, incoming);
      },
      safeExtend(incoming) {
        return util_exports.safeExtend(this, incoming);
      },
      merge(other) {
        return util_exports.merge(this, other);
      },
      pick(mask) {
        return util_exports.pick(this, mask);
      },
      omit(mask) {
        return util_exports.omit(this, mask);
      },
      partial(...args) {
        return util_exports.partial(ZodOptional, this, args[0]);
      },
      exactPartial(...args) {
        return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
      },
      required(...args) {
        return util_exports.required(ZodNonOptional, this, args[0]);
      }
    });
    ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
      $ZodUnion.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params), inst.options = def.options;
    });
    ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodDiscriminatedUnion", (inst, def) => {
      ZodUnion.init(inst, def), $ZodDiscriminatedUnion.init(inst, def);
    });
    ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
      $ZodIntersection.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
    });
    ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
      _ensureDefaultMemoizer(), $ZodRecord.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params), inst.keyType = def.keyType, inst.valueType = def.valueType;
    });
    ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
      $ZodEnum.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params), inst.enum = def.entries, inst.options = [...inst._zod.values];
      let keys = new Set(Object.keys(def.entries));
      inst.extract = (values, params) => {
        let newEntries = {};
        for (let value of values)
          if (keys.has(value))
            newEntries[value] = def.entries[value];
          else
            throw new Error(`Key ${value} not found in enum`);
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      }, inst.exclude = (values, params) => {
        let newEntries = { ...def.entries };
        for (let value of values)
          if (keys.has(value))
            delete newEntries[value];
          else
            throw new Error(`Key ${value} not found in enum`);
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
    });
    ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params), inst.values = new Set(def.values), Object.defineProperty(inst, "value", {
        get() {
          if (def.values.length > 1)
            throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
          return def.values[0];
        }
      });
    });
    ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
      _ensureDefaultMemoizer(), $ZodTransform.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params), inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward")
          throw new $ZodEncodeError(inst.constructor.name);
        payload.addIssue = (issue2) => {
          if (typeof issue2 == "string")
            payload.issues.push(util_exports.issue(issue2, payload.value, def));
          else {
            let _issue = issue2;
            _issue.fatal && (_issue.continue = !1), _issue.code ?? (_issue.code = "custom"), "input" in _issue || (_issue.input = payload.value), _issue.inst ?? (_issue.inst = inst), payload.issues.push(util_exports.issue(_issue));
          }
        };
        let output = def.transform(payload.value, payload);
        return output instanceof Promise ? output.then((output2) => (payload.value = output2, payload)) : (payload.value = output, payload);
      };
    });
    ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
      $ZodOptional.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
      $ZodExactOptional.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
      $ZodNullable.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
      $ZodDefault.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params), inst.unwrap = () => inst._zod.def.innerType, inst.removeDefault = inst.unwrap;
    });
    ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
      $ZodPrefault.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
      $ZodNonOptional.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
      $ZodCatch.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params), inst.unwrap = () => inst._zod.def.innerType, inst.removeCatch = inst.unwrap;
    });
    ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
      $ZodPipe.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params), inst.in = def.in, inst.out = def.out;
    });
    ZodPreprocess = /* @__PURE__ */ $constructor("ZodPreprocess", (inst, def) => {
      ZodPipe.init(inst, def), $ZodPreprocess.init(inst, def);
    }), ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
      $ZodReadonly.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
      $ZodCustom.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
    });
  }
});

// node_modules/zod/v4/classic/compat.js
var ZodFirstPartyTypeKind, init_compat = __esm({
  "node_modules/zod/v4/classic/compat.js"() {
    init_web_globals();
    ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {});
  }
});

// node_modules/zod/v4/classic/iso.js
var iso_exports2 = {};
__export(iso_exports2, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date2,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
function datetime2(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date2(params) {
  return _isoDate(ZodISODate, params);
}
function time2(params) {
  return _isoTime(ZodISOTime, params);
}
function duration2(params) {
  return _isoDuration(ZodISODuration, params);
}
var init_iso2 = __esm({
  "node_modules/zod/v4/classic/iso.js"() {
    init_web_globals();
    init_core2();
    init_schemas3();
    init_schemas3();
  }
});

// node_modules/zod/v4/classic/coerce.js
var init_coerce2 = __esm({
  "node_modules/zod/v4/classic/coerce.js"() {
    init_web_globals();
  }
});

// node_modules/zod/v4/classic/external.js
var init_external2 = __esm({
  "node_modules/zod/v4/classic/external.js"() {
    init_web_globals();
    init_core2();
    init_schemas3();
    init_checks3();
    init_errors2();
    init_parse3();
    init_compat();
    init_locales();
    init_iso2();
    init_coerce2();
  }
});

// node_modules/zod/v4/classic/index.js
var init_classic = __esm({
  "node_modules/zod/v4/classic/index.js"() {
    init_web_globals();
    init_external2();
  }
});

// node_modules/zod/v4/index.js
var init_v4 = __esm({
  "node_modules/zod/v4/index.js"() {
    init_web_globals();
    init_classic();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/types.js
function assertCompleteRequestPrompt(request) {
  if (request.params.ref.type !== "ref/prompt")
    throw new TypeError(`Expected CompleteRequestPrompt, but got ${request.params.ref.type}`);
}
function assertCompleteRequestResourceTemplate(request) {
  if (request.params.ref.type !== "ref/resource")
    throw new TypeError(`Expected CompleteRequestResourceTemplate, but got ${request.params.ref.type}`);
}
var LATEST_PROTOCOL_VERSION, DEFAULT_NEGOTIATED_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS, RELATED_TASK_META_KEY, JSONRPC_VERSION, AssertObjectSchema, ProgressTokenSchema, CursorSchema, TaskCreationParamsSchema, TaskMetadataSchema, RelatedTaskMetadataSchema, RequestMetaSchema, BaseRequestParamsSchema, TaskAugmentedRequestParamsSchema, isTaskAugmentedRequestParams, RequestSchema, NotificationsParamsSchema, NotificationSchema, ResultSchema, RequestIdSchema, JSONRPCRequestSchema, isJSONRPCRequest, JSONRPCNotificationSchema, isJSONRPCNotification, JSONRPCResultResponseSchema, isJSONRPCResultResponse, ErrorCode, JSONRPCErrorResponseSchema, isJSONRPCErrorResponse, JSONRPCMessageSchema, JSONRPCResponseSchema, EmptyResultSchema, CancelledNotificationParamsSchema, CancelledNotificationSchema, IconSchema, IconsSchema, BaseMetadataSchema, ImplementationSchema, FormElicitationCapabilitySchema, ElicitationCapabilitySchema, ClientTasksCapabilitySchema, ServerTasksCapabilitySchema, ClientCapabilitiesSchema, InitializeRequestParamsSchema, InitializeRequestSchema, isInitializeRequest, ServerCapabilitiesSchema, InitializeResultSchema, InitializedNotificationSchema, PingRequestSchema, ProgressSchema, ProgressNotificationParamsSchema, ProgressNotificationSchema, PaginatedRequestParamsSchema, PaginatedRequestSchema, PaginatedResultSchema, TaskStatusSchema, TaskSchema, CreateTaskResultSchema, TaskStatusNotificationParamsSchema, TaskStatusNotificationSchema, GetTaskRequestSchema, GetTaskResultSchema, GetTaskPayloadRequestSchema, GetTaskPayloadResultSchema, ListTasksRequestSchema, ListTasksResultSchema, CancelTaskRequestSchema, CancelTaskResultSchema, ResourceContentsSchema, TextResourceContentsSchema, Base64Schema, BlobResourceContentsSchema, RoleSchema, AnnotationsSchema, ResourceSchema, ResourceTemplateSchema, ListResourcesRequestSchema, ListResourcesResultSchema, ListResourceTemplatesRequestSchema, ListResourceTemplatesResultSchema, ResourceRequestParamsSchema, ReadResourceRequestParamsSchema, ReadResourceRequestSchema, ReadResourceResultSchema, ResourceListChangedNotificationSchema, SubscribeRequestParamsSchema, SubscribeRequestSchema, UnsubscribeRequestParamsSchema, UnsubscribeRequestSchema, ResourceUpdatedNotificationParamsSchema, ResourceUpdatedNotificationSchema, PromptArgumentSchema, PromptSchema, ListPromptsRequestSchema, ListPromptsResultSchema, GetPromptRequestParamsSchema, GetPromptRequestSchema, TextContentSchema, ImageContentSchema, AudioContentSchema, ToolUseContentSchema, EmbeddedResourceSchema, ResourceLinkSchema, ContentBlockSchema, PromptMessageSchema, GetPromptResultSchema, PromptListChangedNotificationSchema, ToolAnnotationsSchema, ToolExecutionSchema, ToolSchema, ListToolsRequestSchema, ListToolsResultSchema, CallToolResultSchema, CompatibilityCallToolResultSchema, CallToolRequestParamsSchema, CallToolRequestSchema, ToolListChangedNotificationSchema, ListChangedOptionsBaseSchema, LoggingLevelSchema, SetLevelRequestParamsSchema, SetLevelRequestSchema, LoggingMessageNotificationParamsSchema, LoggingMessageNotificationSchema, ModelHintSchema, ModelPreferencesSchema, ToolChoiceSchema, ToolResultContentSchema, SamplingContentSchema, SamplingMessageContentBlockSchema, SamplingMessageSchema, CreateMessageRequestParamsSchema, CreateMessageRequestSchema, CreateMessageResultSchema, CreateMessageResultWithToolsSchema, BooleanSchemaSchema, StringSchemaSchema, NumberSchemaSchema, UntitledSingleSelectEnumSchemaSchema, TitledSingleSelectEnumSchemaSchema, LegacyTitledEnumSchemaSchema, SingleSelectEnumSchemaSchema, UntitledMultiSelectEnumSchemaSchema, TitledMultiSelectEnumSchemaSchema, MultiSelectEnumSchemaSchema, EnumSchemaSchema, PrimitiveSchemaDefinitionSchema, ElicitRequestFormParamsSchema, ElicitRequestURLParamsSchema, ElicitRequestParamsSchema, ElicitRequestSchema, ElicitationCompleteNotificationParamsSchema, ElicitationCompleteNotificationSchema, ElicitResultSchema, ResourceTemplateReferenceSchema, PromptReferenceSchema, CompleteRequestParamsSchema, CompleteRequestSchema, CompleteResultSchema, RootSchema, ListRootsRequestSchema, ListRootsResultSchema, RootsListChangedNotificationSchema, ClientRequestSchema, ClientNotificationSchema, ClientResultSchema, ServerRequestSchema, ServerNotificationSchema, ServerResultSchema, McpError, UrlElicitationRequiredError, init_types = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/types.js"() {
    init_web_globals();
    init_v4();
    LATEST_PROTOCOL_VERSION = "2025-11-25", DEFAULT_NEGOTIATED_PROTOCOL_VERSION = "2025-03-26", SUPPORTED_PROTOCOL_VERSIONS = [LATEST_PROTOCOL_VERSION, "2025-06-18", "2025-03-26", "2024-11-05", "2024-10-07"], RELATED_TASK_META_KEY = "io.modelcontextprotocol/related-task", JSONRPC_VERSION = "2.0", AssertObjectSchema = custom((v) => v !== null && (typeof v == "object" || typeof v == "function")), ProgressTokenSchema = union([string2(), number2().int()]), CursorSchema = string2(), TaskCreationParamsSchema = looseObject({
      /**
       * Requested duration in milliseconds to retain task from creation.
       */
      ttl: number2().optional(),
      /**
       * Time in milliseconds to wait between task status requests.
       */
      pollInterval: number2().optional()
    }), TaskMetadataSchema = object3({
      ttl: number2().optional()
    }), RelatedTaskMetadataSchema = object3({
      taskId: string2()
    }), RequestMetaSchema = looseObject({
      /**
       * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
       */
      progressToken: ProgressTokenSchema.optional(),
      /**
       * If specified, this request is related to the provided task.
       */
      [RELATED_TASK_META_KEY]: RelatedTaskMetadataSchema.optional()
    }), BaseRequestParamsSchema = object3({
      /**
       * See [General fields: `_meta`](/specification/draft/basic/index#meta) for notes on `_meta` usage.
       */
      _meta: RequestMetaSchema.optional()
    }), TaskAugmentedRequestParamsSchema = BaseRequestParamsSchema.extend({
      /**
       * If specified, the caller is requesting task-augmented execution for this request.
       * The request will return a CreateTaskResult immediately, and the actual result can be
       * retrieved later via tasks/result.
       *
       * Task augmentation is subject to capability negotiation - receivers MUST declare support
       * for task augmentation of specific request types in their capabilities.
       */
      task: TaskMetadataSchema.optional()
    }), isTaskAugmentedRequestParams = (value) => TaskAugmentedRequestParamsSchema.safeParse(value).success, RequestSchema = object3({
      method: string2(),
      params: BaseRequestParamsSchema.loose().optional()
    }), NotificationsParamsSchema = object3({
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: RequestMetaSchema.optional()
    }), NotificationSchema = object3({
      method: string2(),
      params: NotificationsParamsSchema.loose().optional()
    }), ResultSchema = looseObject({
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: RequestMetaSchema.optional()
    }), RequestIdSchema = union([string2(), number2().int()]), JSONRPCRequestSchema = object3({
      jsonrpc: literal(JSONRPC_VERSION),
      id: RequestIdSchema,
      ...RequestSchema.shape
    }).strict(), isJSONRPCRequest = (value) => JSONRPCRequestSchema.safeParse(value).success, JSONRPCNotificationSchema = object3({
      jsonrpc: literal(JSONRPC_VERSION),
      ...NotificationSchema.shape
    }).strict(), isJSONRPCNotification = (value) => JSONRPCNotificationSchema.safeParse(value).success, JSONRPCResultResponseSchema = object3({
      jsonrpc: literal(JSONRPC_VERSION),
      id: RequestIdSchema,
      result: ResultSchema
    }).strict(), isJSONRPCResultResponse = (value) => JSONRPCResultResponseSchema.safeParse(value).success;
    (function(ErrorCode2) {
      ErrorCode2[ErrorCode2.ConnectionClosed = -32e3] = "ConnectionClosed", ErrorCode2[ErrorCode2.RequestTimeout = -32001] = "RequestTimeout", ErrorCode2[ErrorCode2.ParseError = -32700] = "ParseError", ErrorCode2[ErrorCode2.InvalidRequest = -32600] = "InvalidRequest", ErrorCode2[ErrorCode2.MethodNotFound = -32601] = "MethodNotFound", ErrorCode2[ErrorCode2.InvalidParams = -32602] = "InvalidParams", ErrorCode2[ErrorCode2.InternalError = -32603] = "InternalError", ErrorCode2[ErrorCode2.UrlElicitationRequired = -32042] = "UrlElicitationRequired";
    })(ErrorCode || (ErrorCode = {}));
    JSONRPCErrorResponseSchema = object3({
      jsonrpc: literal(JSONRPC_VERSION),
      id: RequestIdSchema.optional(),
      error: object3({
        /**
         * The error type that occurred.
         */
        code: number2().int(),
        /**
         * A short description of the error. The message SHOULD be limited to a concise single sentence.
         */
        message: string2(),
        /**
         * Additional information about the error. The value of this member is defined by the sender (e.g. detailed error information, nested errors etc.).
         */
        data: unknown().optional()
      })
    }).strict(), isJSONRPCErrorResponse = (value) => JSONRPCErrorResponseSchema.safeParse(value).success, JSONRPCMessageSchema = union([
      JSONRPCRequestSchema,
      JSONRPCNotificationSchema,
      JSONRPCResultResponseSchema,
      JSONRPCErrorResponseSchema
    ]), JSONRPCResponseSchema = union([JSONRPCResultResponseSchema, JSONRPCErrorResponseSchema]), EmptyResultSchema = ResultSchema.strict(), CancelledNotificationParamsSchema = NotificationsParamsSchema.extend({
      /**
       * The ID of the request to cancel.
       *
       * This MUST correspond to the ID of a request previously issued in the same direction.
       */
      requestId: RequestIdSchema.optional(),
      /**
       * An optional string describing the reason for the cancellation. This MAY be logged or presented to the user.
       */
      reason: string2().optional()
    }), CancelledNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/cancelled"),
      params: CancelledNotificationParamsSchema
    }), IconSchema = object3({
      /**
       * URL or data URI for the icon.
       */
      src: string2(),
      /**
       * Optional MIME type for the icon.
       */
      mimeType: string2().optional(),
      /**
       * Optional array of strings that specify sizes at which the icon can be used.
       * Each string should be in WxH format (e.g., `"48x48"`, `"96x96"`) or `"any"` for scalable formats like SVG.
       *
       * If not provided, the client should assume that the icon can be used at any size.
       */
      sizes: array(string2()).optional(),
      /**
       * Optional specifier for the theme this icon is designed for. `light` indicates
       * the icon is designed to be used with a light background, and `dark` indicates
       * the icon is designed to be used with a dark background.
       *
       * If not provided, the client should assume the icon can be used with any theme.
       */
      theme: _enum(["light", "dark"]).optional()
    }), IconsSchema = object3({
      /**
       * Optional set of sized icons that the client can display in a user interface.
       *
       * Clients that support rendering icons MUST support at least the following MIME types:
       * - `image/png` - PNG images (safe, universal compatibility)
       * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
       *
       * Clients that support rendering icons SHOULD also support:
       * - `image/svg+xml` - SVG images (scalable but requires security precautions)
       * - `image/webp` - WebP images (modern, efficient format)
       */
      icons: array(IconSchema).optional()
    }), BaseMetadataSchema = object3({
      /** Intended for programmatic or logical use, but used as a display name in past specs or fallback */
      name: string2(),
      /**
       * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
       * even by those unfamiliar with domain-specific terminology.
       *
       * If not provided, the name should be used for display (except for Tool,
       * where `annotations.title` should be given precedence over using `name`,
       * if present).
       */
      title: string2().optional()
    }), ImplementationSchema = BaseMetadataSchema.extend({
      ...BaseMetadataSchema.shape,
      ...IconsSchema.shape,
      version: string2(),
      /**
       * An optional URL of the website for this implementation.
       */
      websiteUrl: string2().optional(),
      /**
       * An optional human-readable description of what this implementation does.
       *
       * This can be used by clients or servers to provide context about their purpose
       * and capabilities. For example, a server might describe the types of resources
       * or tools it provides, while a client might describe its intended use case.
       */
      description: string2().optional()
    }), FormElicitationCapabilitySchema = intersection(object3({
      applyDefaults: boolean3().optional()
    }), record(string2(), unknown())), ElicitationCapabilitySchema = preprocess((value) => value && typeof value == "object" && !Array.isArray(value) && Object.keys(value).length === 0 ? { form: {} } : value, intersection(object3({
      form: FormElicitationCapabilitySchema.optional(),
      url: AssertObjectSchema.optional()
    }), record(string2(), unknown()).optional())), ClientTasksCapabilitySchema = looseObject({
      /**
       * Present if the client supports listing tasks.
       */
      list: AssertObjectSchema.optional(),
      /**
       * Present if the client supports cancelling tasks.
       */
      cancel: AssertObjectSchema.optional(),
      /**
       * Capabilities for task creation on specific request types.
       */
      requests: looseObject({
        /**
         * Task support for sampling requests.
         */
        sampling: looseObject({
          createMessage: AssertObjectSchema.optional()
        }).optional(),
        /**
         * Task support for elicitation requests.
         */
        elicitation: looseObject({
          create: AssertObjectSchema.optional()
        }).optional()
      }).optional()
    }), ServerTasksCapabilitySchema = looseObject({
      /**
       * Present if the server supports listing tasks.
       */
      list: AssertObjectSchema.optional(),
      /**
       * Present if the server supports cancelling tasks.
       */
      cancel: AssertObjectSchema.optional(),
      /**
       * Capabilities for task creation on specific request types.
       */
      requests: looseObject({
        /**
         * Task support for tool requests.
         */
        tools: looseObject({
          call: AssertObjectSchema.optional()
        }).optional()
      }).optional()
    }), ClientCapabilitiesSchema = object3({
      /**
       * Experimental, non-standard capabilities that the client supports.
       */
      experimental: record(string2(), AssertObjectSchema).optional(),
      /**
       * Present if the client supports sampling from an LLM.
       */
      sampling: object3({
        /**
         * Present if the client supports context inclusion via includeContext parameter.
         * If not declared, servers SHOULD only use `includeContext: "none"` (or omit it).
         */
        context: AssertObjectSchema.optional(),
        /**
         * Present if the client supports tool use via tools and toolChoice parameters.
         */
        tools: AssertObjectSchema.optional()
      }).optional(),
      /**
       * Present if the client supports eliciting user input.
       */
      elicitation: ElicitationCapabilitySchema.optional(),
      /**
       * Present if the client supports listing roots.
       */
      roots: object3({
        /**
         * Whether the client supports issuing notifications for changes to the roots list.
         */
        listChanged: boolean3().optional()
      }).optional(),
      /**
       * Present if the client supports task creation.
       */
      tasks: ClientTasksCapabilitySchema.optional(),
      /**
       * Extensions that the client supports. Keys are extension identifiers (vendor-prefix/extension-name).
       */
      extensions: record(string2(), AssertObjectSchema).optional()
    }), InitializeRequestParamsSchema = BaseRequestParamsSchema.extend({
      /**
       * The latest version of the Model Context Protocol that the client supports. The client MAY decide to support older versions as well.
       */
      protocolVersion: string2(),
      capabilities: ClientCapabilitiesSchema,
      clientInfo: ImplementationSchema
    }), InitializeRequestSchema = RequestSchema.extend({
      method: literal("initialize"),
      params: InitializeRequestParamsSchema
    }), isInitializeRequest = (value) => InitializeRequestSchema.safeParse(value).success, ServerCapabilitiesSchema = object3({
      /**
       * Experimental, non-standard capabilities that the server supports.
       */
      experimental: record(string2(), AssertObjectSchema).optional(),
      /**
       * Present if the server supports sending log messages to the client.
       */
      logging: AssertObjectSchema.optional(),
      /**
       * Present if the server supports sending completions to the client.
       */
      completions: AssertObjectSchema.optional(),
      /**
       * Present if the server offers any prompt templates.
       */
      prompts: object3({
        /**
         * Whether this server supports issuing notifications for changes to the prompt list.
         */
        listChanged: boolean3().optional()
      }).optional(),
      /**
       * Present if the server offers any resources to read.
       */
      resources: object3({
        /**
         * Whether this server supports clients subscribing to resource updates.
         */
        subscribe: boolean3().optional(),
        /**
         * Whether this server supports issuing notifications for changes to the resource list.
         */
        listChanged: boolean3().optional()
      }).optional(),
      /**
       * Present if the server offers any tools to call.
       */
      tools: object3({
        /**
         * Whether this server supports issuing notifications for changes to the tool list.
         */
        listChanged: boolean3().optional()
      }).optional(),
      /**
       * Present if the server supports task creation.
       */
      tasks: ServerTasksCapabilitySchema.optional(),
      /**
       * Extensions that the server supports. Keys are extension identifiers (vendor-prefix/extension-name).
       */
      extensions: record(string2(), AssertObjectSchema).optional()
    }), InitializeResultSchema = ResultSchema.extend({
      /**
       * The version of the Model Context Protocol that the server wants to use. This may not match the version that the client requested. If the client cannot support this version, it MUST disconnect.
       */
      protocolVersion: string2(),
      capabilities: ServerCapabilitiesSchema,
      serverInfo: ImplementationSchema,
      /**
       * Instructions describing how to use the server and its features.
       *
       * This can be used by clients to improve the LLM's understanding of available tools, resources, etc. It can be thought of like a "hint" to the model. For example, this information MAY be added to the system prompt.
       */
      instructions: string2().optional()
    }), InitializedNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/initialized"),
      params: NotificationsParamsSchema.optional()
    }), PingRequestSchema = RequestSchema.extend({
      method: literal("ping"),
      params: BaseRequestParamsSchema.optional()
    }), ProgressSchema = object3({
      /**
       * The progress thus far. This should increase every time progress is made, even if the total is unknown.
       */
      progress: number2(),
      /**
       * Total number of items to process (or total progress required), if known.
       */
      total: optional(number2()),
      /**
       * An optional message describing the current progress.
       */
      message: optional(string2())
    }), ProgressNotificationParamsSchema = object3({
      ...NotificationsParamsSchema.shape,
      ...ProgressSchema.shape,
      /**
       * The progress token which was given in the initial request, used to associate this notification with the request that is proceeding.
       */
      progressToken: ProgressTokenSchema
    }), ProgressNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/progress"),
      params: ProgressNotificationParamsSchema
    }), PaginatedRequestParamsSchema = BaseRequestParamsSchema.extend({
      /**
       * An opaque token representing the current pagination position.
       * If provided, the server should return results starting after this cursor.
       */
      cursor: CursorSchema.optional()
    }), PaginatedRequestSchema = RequestSchema.extend({
      params: PaginatedRequestParamsSchema.optional()
    }), PaginatedResultSchema = ResultSchema.extend({
      /**
       * An opaque token representing the pagination position after the last returned result.
       * If present, there may be more results available.
       */
      nextCursor: CursorSchema.optional()
    }), TaskStatusSchema = _enum(["working", "input_required", "completed", "failed", "cancelled"]), TaskSchema = object3({
      taskId: string2(),
      status: TaskStatusSchema,
      /**
       * Time in milliseconds to keep task results available after completion.
       * If null, the task has unlimited lifetime until manually cleaned up.
       */
      ttl: union([number2(), _null3()]),
      /**
       * ISO 8601 timestamp when the task was created.
       */
      createdAt: string2(),
      /**
       * ISO 8601 timestamp when the task was last updated.
       */
      lastUpdatedAt: string2(),
      pollInterval: optional(number2()),
      /**
       * Optional diagnostic message for failed tasks or other status information.
       */
      statusMessage: optional(string2())
    }), CreateTaskResultSchema = ResultSchema.extend({
      task: TaskSchema
    }), TaskStatusNotificationParamsSchema = NotificationsParamsSchema.merge(TaskSchema), TaskStatusNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/tasks/status"),
      params: TaskStatusNotificationParamsSchema
    }), GetTaskRequestSchema = RequestSchema.extend({
      method: literal("tasks/get"),
      params: BaseRequestParamsSchema.extend({
        taskId: string2()
      })
    }), GetTaskResultSchema = ResultSchema.merge(TaskSchema), GetTaskPayloadRequestSchema = RequestSchema.extend({
      method: literal("tasks/result"),
      params: BaseRequestParamsSchema.extend({
        taskId: string2()
      })
    }), GetTaskPayloadResultSchema = ResultSchema.loose(), ListTasksRequestSchema = PaginatedRequestSchema.extend({
      method: literal("tasks/list")
    }), ListTasksResultSchema = PaginatedResultSchema.extend({
      tasks: array(TaskSchema)
    }), CancelTaskRequestSchema = RequestSchema.extend({
      method: literal("tasks/cancel"),
      params: BaseRequestParamsSchema.extend({
        taskId: string2()
      })
    }), CancelTaskResultSchema = ResultSchema.merge(TaskSchema), ResourceContentsSchema = object3({
      /**
       * The URI of this resource.
       */
      uri: string2(),
      /**
       * The MIME type of this resource, if known.
       */
      mimeType: optional(string2()),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), TextResourceContentsSchema = ResourceContentsSchema.extend({
      /**
       * The text of the item. This must only be set if the item can actually be represented as text (not binary data).
       */
      text: string2()
    }), Base64Schema = string2().refine((val) => {
      try {
        return atob(val), !0;
      } catch {
        return !1;
      }
    }, { message: "Invalid Base64 string" }), BlobResourceContentsSchema = ResourceContentsSchema.extend({
      /**
       * A base64-encoded string representing the binary data of the item.
       */
      blob: Base64Schema
    }), RoleSchema = _enum(["user", "assistant"]), AnnotationsSchema = object3({
      /**
       * Intended audience(s) for the resource.
       */
      audience: array(RoleSchema).optional(),
      /**
       * Importance hint for the resource, from 0 (least) to 1 (most).
       */
      priority: number2().min(0).max(1).optional(),
      /**
       * ISO 8601 timestamp for the most recent modification.
       */
      lastModified: iso_exports2.datetime({ offset: !0 }).optional()
    }), ResourceSchema = object3({
      ...BaseMetadataSchema.shape,
      ...IconsSchema.shape,
      /**
       * The URI of this resource.
       */
      uri: string2(),
      /**
       * A description of what this resource represents.
       *
       * This can be used by clients to improve the LLM's understanding of available resources. It can be thought of like a "hint" to the model.
       */
      description: optional(string2()),
      /**
       * The MIME type of this resource, if known.
       */
      mimeType: optional(string2()),
      /**
       * The size of the raw resource content, in bytes (i.e., before base64 encoding or any tokenization), if known.
       *
       * This can be used by Hosts to display file sizes and estimate context window usage.
       */
      size: optional(number2()),
      /**
       * Optional annotations for the client.
       */
      annotations: AnnotationsSchema.optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: optional(looseObject({}))
    }), ResourceTemplateSchema = object3({
      ...BaseMetadataSchema.shape,
      ...IconsSchema.shape,
      /**
       * A URI template (according to RFC 6570) that can be used to construct resource URIs.
       */
      uriTemplate: string2(),
      /**
       * A description of what this template is for.
       *
       * This can be used by clients to improve the LLM's understanding of available resources. It can be thought of like a "hint" to the model.
       */
      description: optional(string2()),
      /**
       * The MIME type for all resources that match this template. This should only be included if all resources matching this template have the same type.
       */
      mimeType: optional(string2()),
      /**
       * Optional annotations for the client.
       */
      annotations: AnnotationsSchema.optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: optional(looseObject({}))
    }), ListResourcesRequestSchema = PaginatedRequestSchema.extend({
      method: literal("resources/list")
    }), ListResourcesResultSchema = PaginatedResultSchema.extend({
      resources: array(ResourceSchema)
    }), ListResourceTemplatesRequestSchema = PaginatedRequestSchema.extend({
      method: literal("resources/templates/list")
    }), ListResourceTemplatesResultSchema = PaginatedResultSchema.extend({
      resourceTemplates: array(ResourceTemplateSchema)
    }), ResourceRequestParamsSchema = BaseRequestParamsSchema.extend({
      /**
       * The URI of the resource to read. The URI can use any protocol; it is up to the server how to interpret it.
       *
       * @format uri
       */
      uri: string2()
    }), ReadResourceRequestParamsSchema = ResourceRequestParamsSchema, ReadResourceRequestSchema = RequestSchema.extend({
      method: literal("resources/read"),
      params: ReadResourceRequestParamsSchema
    }), ReadResourceResultSchema = ResultSchema.extend({
      contents: array(union([TextResourceContentsSchema, BlobResourceContentsSchema]))
    }), ResourceListChangedNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/resources/list_changed"),
      params: NotificationsParamsSchema.optional()
    }), SubscribeRequestParamsSchema = ResourceRequestParamsSchema, SubscribeRequestSchema = RequestSchema.extend({
      method: literal("resources/subscribe"),
      params: SubscribeRequestParamsSchema
    }), UnsubscribeRequestParamsSchema = ResourceRequestParamsSchema, UnsubscribeRequestSchema = RequestSchema.extend({
      method: literal("resources/unsubscribe"),
      params: UnsubscribeRequestParamsSchema
    }), ResourceUpdatedNotificationParamsSchema = NotificationsParamsSchema.extend({
      /**
       * The URI of the resource that has been updated. This might be a sub-resource of the one that the client actually subscribed to.
       */
      uri: string2()
    }), ResourceUpdatedNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/resources/updated"),
      params: ResourceUpdatedNotificationParamsSchema
    }), PromptArgumentSchema = object3({
      /**
       * The name of the argument.
       */
      name: string2(),
      /**
       * A human-readable description of the argument.
       */
      description: optional(string2()),
      /**
       * Whether this argument must be provided.
       */
      required: optional(boolean3())
    }), PromptSchema = object3({
      ...BaseMetadataSchema.shape,
      ...IconsSchema.shape,
      /**
       * An optional description of what this prompt provides
       */
      description: optional(string2()),
      /**
       * A list of arguments to use for templating the prompt.
       */
      arguments: optional(array(PromptArgumentSchema)),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: optional(looseObject({}))
    }), ListPromptsRequestSchema = PaginatedRequestSchema.extend({
      method: literal("prompts/list")
    }), ListPromptsResultSchema = PaginatedResultSchema.extend({
      prompts: array(PromptSchema)
    }), GetPromptRequestParamsSchema = BaseRequestParamsSchema.extend({
      /**
       * The name of the prompt or prompt template.
       */
      name: string2(),
      /**
       * Arguments to use for templating the prompt.
       */
      arguments: record(string2(), string2()).optional()
    }), GetPromptRequestSchema = RequestSchema.extend({
      method: literal("prompts/get"),
      params: GetPromptRequestParamsSchema
    }), TextContentSchema = object3({
      type: literal("text"),
      /**
       * The text content of the message.
       */
      text: string2(),
      /**
       * Optional annotations for the client.
       */
      annotations: AnnotationsSchema.optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), ImageContentSchema = object3({
      type: literal("image"),
      /**
       * The base64-encoded image data.
       */
      data: Base64Schema,
      /**
       * The MIME type of the image. Different providers may support different image types.
       */
      mimeType: string2(),
      /**
       * Optional annotations for the client.
       */
      annotations: AnnotationsSchema.optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), AudioContentSchema = object3({
      type: literal("audio"),
      /**
       * The base64-encoded audio data.
       */
      data: Base64Schema,
      /**
       * The MIME type of the audio. Different providers may support different audio types.
       */
      mimeType: string2(),
      /**
       * Optional annotations for the client.
       */
      annotations: AnnotationsSchema.optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), ToolUseContentSchema = object3({
      type: literal("tool_use"),
      /**
       * The name of the tool to invoke.
       * Must match a tool name from the request's tools array.
       */
      name: string2(),
      /**
       * Unique identifier for this tool call.
       * Used to correlate with ToolResultContent in subsequent messages.
       */
      id: string2(),
      /**
       * Arguments to pass to the tool.
       * Must conform to the tool's inputSchema.
       */
      input: record(string2(), unknown()),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), EmbeddedResourceSchema = object3({
      type: literal("resource"),
      resource: union([TextResourceContentsSchema, BlobResourceContentsSchema]),
      /**
       * Optional annotations for the client.
       */
      annotations: AnnotationsSchema.optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), ResourceLinkSchema = ResourceSchema.extend({
      type: literal("resource_link")
    }), ContentBlockSchema = union([
      TextContentSchema,
      ImageContentSchema,
      AudioContentSchema,
      ResourceLinkSchema,
      EmbeddedResourceSchema
    ]), PromptMessageSchema = object3({
      role: RoleSchema,
      content: ContentBlockSchema
    }), GetPromptResultSchema = ResultSchema.extend({
      /**
       * An optional description for the prompt.
       */
      description: string2().optional(),
      messages: array(PromptMessageSchema)
    }), PromptListChangedNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/prompts/list_changed"),
      params: NotificationsParamsSchema.optional()
    }), ToolAnnotationsSchema = object3({
      /**
       * A human-readable title for the tool.
       */
      title: string2().optional(),
      /**
       * If true, the tool does not modify its environment.
       *
       * Default: false
       */
      readOnlyHint: boolean3().optional(),
      /**
       * If true, the tool may perform destructive updates to its environment.
       * If false, the tool performs only additive updates.
       *
       * (This property is meaningful only when `readOnlyHint == false`)
       *
       * Default: true
       */
      destructiveHint: boolean3().optional(),
      /**
       * If true, calling the tool repeatedly with the same arguments
       * will have no additional effect on the its environment.
       *
       * (This property is meaningful only when `readOnlyHint == false`)
       *
       * Default: false
       */
      idempotentHint: boolean3().optional(),
      /**
       * If true, this tool may interact with an "open world" of external
       * entities. If false, the tool's domain of interaction is closed.
       * For example, the world of a web search tool is open, whereas that
       * of a memory tool is not.
       *
       * Default: true
       */
      openWorldHint: boolean3().optional()
    }), ToolExecutionSchema = object3({
      /**
       * Indicates the tool's preference for task-augmented execution.
       * - "required": Clients MUST invoke the tool as a task
       * - "optional": Clients MAY invoke the tool as a task or normal request
       * - "forbidden": Clients MUST NOT attempt to invoke the tool as a task
       *
       * If not present, defaults to "forbidden".
       */
      taskSupport: _enum(["required", "optional", "forbidden"]).optional()
    }), ToolSchema = object3({
      ...BaseMetadataSchema.shape,
      ...IconsSchema.shape,
      /**
       * A human-readable description of the tool.
       */
      description: string2().optional(),
      /**
       * A JSON Schema 2020-12 object defining the expected parameters for the tool.
       * Must have type: 'object' at the root level per MCP spec.
       */
      inputSchema: object3({
        type: literal("object"),
        properties: record(string2(), AssertObjectSchema).optional(),
        required: array(string2()).optional()
      }).catchall(unknown()),
      /**
       * An optional JSON Schema 2020-12 object defining the structure of the tool's output
       * returned in the structuredContent field of a CallToolResult.
       * Must have type: 'object' at the root level per MCP spec.
       */
      outputSchema: object3({
        type: literal("object"),
        properties: record(string2(), AssertObjectSchema).optional(),
        required: array(string2()).optional()
      }).catchall(unknown()).optional(),
      /**
       * Optional additional tool information.
       */
      annotations: ToolAnnotationsSchema.optional(),
      /**
       * Execution-related properties for this tool.
       */
      execution: ToolExecutionSchema.optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), ListToolsRequestSchema = PaginatedRequestSchema.extend({
      method: literal("tools/list")
    }), ListToolsResultSchema = PaginatedResultSchema.extend({
      tools: array(ToolSchema)
    }), CallToolResultSchema = ResultSchema.extend({
      /**
       * A list of content objects that represent the result of the tool call.
       *
       * If the Tool does not define an outputSchema, this field MUST be present in the result.
       * For backwards compatibility, this field is always present, but it may be empty.
       */
      content: array(ContentBlockSchema).default([]),
      /**
       * An object containing structured tool output.
       *
       * If the Tool defines an outputSchema, this field MUST be present in the result, and contain a JSON object that matches the schema.
       */
      structuredContent: record(string2(), unknown()).optional(),
      /**
       * Whether the tool call ended in an error.
       *
       * If not set, this is assumed to be false (the call was successful).
       *
       * Any errors that originate from the tool SHOULD be reported inside the result
       * object, with `isError` set to true, _not_ as an MCP protocol-level error
       * response. Otherwise, the LLM would not be able to see that an error occurred
       * and self-correct.
       *
       * However, any errors in _finding_ the tool, an error indicating that the
       * server does not support tool calls, or any other exceptional conditions,
       * should be reported as an MCP error response.
       */
      isError: boolean3().optional()
    }), CompatibilityCallToolResultSchema = CallToolResultSchema.or(ResultSchema.extend({
      toolResult: unknown()
    })), CallToolRequestParamsSchema = TaskAugmentedRequestParamsSchema.extend({
      /**
       * The name of the tool to call.
       */
      name: string2(),
      /**
       * Arguments to pass to the tool.
       */
      arguments: record(string2(), unknown()).optional()
    }), CallToolRequestSchema = RequestSchema.extend({
      method: literal("tools/call"),
      params: CallToolRequestParamsSchema
    }), ToolListChangedNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/tools/list_changed"),
      params: NotificationsParamsSchema.optional()
    }), ListChangedOptionsBaseSchema = object3({
      /**
       * If true, the list will be refreshed automatically when a list changed notification is received.
       * The callback will be called with the updated list.
       *
       * If false, the callback will be called with null items, allowing manual refresh.
       *
       * @default true
       */
      autoRefresh: boolean3().default(!0),
      /**
       * Debounce time in milliseconds for list changed notification processing.
       *
       * Multiple notifications received within this timeframe will only trigger one refresh.
       * Set to 0 to disable debouncing.
       *
       * @default 300
       */
      debounceMs: number2().int().nonnegative().default(300)
    }), LoggingLevelSchema = _enum(["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"]), SetLevelRequestParamsSchema = BaseRequestParamsSchema.extend({
      /**
       * The level of logging that the client wants to receive from the server. The server should send all logs at this level and higher (i.e., more severe) to the client as notifications/logging/message.
       */
      level: LoggingLevelSchema
    }), SetLevelRequestSchema = RequestSchema.extend({
      method: literal("logging/setLevel"),
      params: SetLevelRequestParamsSchema
    }), LoggingMessageNotificationParamsSchema = NotificationsParamsSchema.extend({
      /**
       * The severity of this log message.
       */
      level: LoggingLevelSchema,
      /**
       * An optional name of the logger issuing this message.
       */
      logger: string2().optional(),
      /**
       * The data to be logged, such as a string message or an object. Any JSON serializable type is allowed here.
       */
      data: unknown()
    }), LoggingMessageNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/message"),
      params: LoggingMessageNotificationParamsSchema
    }), ModelHintSchema = object3({
      /**
       * A hint for a model name.
       */
      name: string2().optional()
    }), ModelPreferencesSchema = object3({
      /**
       * Optional hints to use for model selection.
       */
      hints: array(ModelHintSchema).optional(),
      /**
       * How much to prioritize cost when selecting a model.
       */
      costPriority: number2().min(0).max(1).optional(),
      /**
       * How much to prioritize sampling speed (latency) when selecting a model.
       */
      speedPriority: number2().min(0).max(1).optional(),
      /**
       * How much to prioritize intelligence and capabilities when selecting a model.
       */
      intelligencePriority: number2().min(0).max(1).optional()
    }), ToolChoiceSchema = object3({
      /**
       * Controls when tools are used:
       * - "auto": Model decides whether to use tools (default)
       * - "required": Model MUST use at least one tool before completing
       * - "none": Model MUST NOT use any tools
       */
      mode: _enum(["auto", "required", "none"]).optional()
    }), ToolResultContentSchema = object3({
      type: literal("tool_result"),
      toolUseId: string2().describe("The unique identifier for the corresponding tool call."),
      content: array(ContentBlockSchema).default([]),
      structuredContent: object3({}).loose().optional(),
      isError: boolean3().optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), SamplingContentSchema = discriminatedUnion("type", [TextContentSchema, ImageContentSchema, AudioContentSchema]), SamplingMessageContentBlockSchema = discriminatedUnion("type", [
      TextContentSchema,
      ImageContentSchema,
      AudioContentSchema,
      ToolUseContentSchema,
      ToolResultContentSchema
    ]), SamplingMessageSchema = object3({
      role: RoleSchema,
      content: union([SamplingMessageContentBlockSchema, array(SamplingMessageContentBlockSchema)]),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), CreateMessageRequestParamsSchema = TaskAugmentedRequestParamsSchema.extend({
      messages: array(SamplingMessageSchema),
      /**
       * The server's preferences for which model to select. The client MAY modify or omit this request.
       */
      modelPreferences: ModelPreferencesSchema.optional(),
      /**
       * An optional system prompt the server wants to use for sampling. The client MAY modify or omit this prompt.
       */
      systemPrompt: string2().optional(),
      /**
       * A request to include context from one or more MCP servers (including the caller), to be attached to the prompt.
       * The client MAY ignore this request.
       *
       * Default is "none". Values "thisServer" and "allServers" are soft-deprecated. Servers SHOULD only use these values if the client
       * declares ClientCapabilities.sampling.context. These values may be removed in future spec releases.
       */
      includeContext: _enum(["none", "thisServer", "allServers"]).optional(),
      temperature: number2().optional(),
      /**
       * The requested maximum number of tokens to sample (to prevent runaway completions).
       *
       * The client MAY choose to sample fewer tokens than the requested maximum.
       */
      maxTokens: number2().int(),
      stopSequences: array(string2()).optional(),
      /**
       * Optional metadata to pass through to the LLM provider. The format of this metadata is provider-specific.
       */
      metadata: AssertObjectSchema.optional(),
      /**
       * Tools that the model may use during generation.
       * The client MUST return an error if this field is provided but ClientCapabilities.sampling.tools is not declared.
       */
      tools: array(ToolSchema).optional(),
      /**
       * Controls how the model uses tools.
       * The client MUST return an error if this field is provided but ClientCapabilities.sampling.tools is not declared.
       * Default is `{ mode: "auto" }`.
       */
      toolChoice: ToolChoiceSchema.optional()
    }), CreateMessageRequestSchema = RequestSchema.extend({
      method: literal("sampling/createMessage"),
      params: CreateMessageRequestParamsSchema
    }), CreateMessageResultSchema = ResultSchema.extend({
      /**
       * The name of the model that generated the message.
       */
      model: string2(),
      /**
       * The reason why sampling stopped, if known.
       *
       * Standard values:
       * - "endTurn": Natural end of the assistant's turn
       * - "stopSequence": A stop sequence was encountered
       * - "maxTokens": Maximum token limit was reached
       *
       * This field is an open string to allow for provider-specific stop reasons.
       */
      stopReason: optional(_enum(["endTurn", "stopSequence", "maxTokens"]).or(string2())),
      role: RoleSchema,
      /**
       * Response content. Single content block (text, image, or audio).
       */
      content: SamplingContentSchema
    }), CreateMessageResultWithToolsSchema = ResultSchema.extend({
      /**
       * The name of the model that generated the message.
       */
      model: string2(),
      /**
       * The reason why sampling stopped, if known.
       *
       * Standard values:
       * - "endTurn": Natural end of the assistant's turn
       * - "stopSequence": A stop sequence was encountered
       * - "maxTokens": Maximum token limit was reached
       * - "toolUse": The model wants to use one or more tools
       *
       * This field is an open string to allow for provider-specific stop reasons.
       */
      stopReason: optional(_enum(["endTurn", "stopSequence", "maxTokens", "toolUse"]).or(string2())),
      role: RoleSchema,
      /**
       * Response content. May be a single block or array. May include ToolUseContent if stopReason is "toolUse".
       */
      content: union([SamplingMessageContentBlockSchema, array(SamplingMessageContentBlockSchema)])
    }), BooleanSchemaSchema = object3({
      type: literal("boolean"),
      title: string2().optional(),
      description: string2().optional(),
      default: boolean3().optional()
    }), StringSchemaSchema = object3({
      type: literal("string"),
      title: string2().optional(),
      description: string2().optional(),
      minLength: number2().optional(),
      maxLength: number2().optional(),
      format: _enum(["email", "uri", "date", "date-time"]).optional(),
      default: string2().optional()
    }), NumberSchemaSchema = object3({
      type: _enum(["number", "integer"]),
      title: string2().optional(),
      description: string2().optional(),
      minimum: number2().optional(),
      maximum: number2().optional(),
      default: number2().optional()
    }), UntitledSingleSelectEnumSchemaSchema = object3({
      type: literal("string"),
      title: string2().optional(),
      description: string2().optional(),
      enum: array(string2()),
      default: string2().optional()
    }), TitledSingleSelectEnumSchemaSchema = object3({
      type: literal("string"),
      title: string2().optional(),
      description: string2().optional(),
      oneOf: array(object3({
        const: string2(),
        title: string2()
      })),
      default: string2().optional()
    }), LegacyTitledEnumSchemaSchema = object3({
      type: literal("string"),
      title: string2().optional(),
      description: string2().optional(),
      enum: array(string2()),
      enumNames: array(string2()).optional(),
      default: string2().optional()
    }), SingleSelectEnumSchemaSchema = union([UntitledSingleSelectEnumSchemaSchema, TitledSingleSelectEnumSchemaSchema]), UntitledMultiSelectEnumSchemaSchema = object3({
      type: literal("array"),
      title: string2().optional(),
      description: string2().optional(),
      minItems: number2().optional(),
      maxItems: number2().optional(),
      items: object3({
        type: literal("string"),
        enum: array(string2())
      }),
      default: array(string2()).optional()
    }), TitledMultiSelectEnumSchemaSchema = object3({
      type: literal("array"),
      title: string2().optional(),
      description: string2().optional(),
      minItems: number2().optional(),
      maxItems: number2().optional(),
      items: object3({
        anyOf: array(object3({
          const: string2(),
          title: string2()
        }))
      }),
      default: array(string2()).optional()
    }), MultiSelectEnumSchemaSchema = union([UntitledMultiSelectEnumSchemaSchema, TitledMultiSelectEnumSchemaSchema]), EnumSchemaSchema = union([LegacyTitledEnumSchemaSchema, SingleSelectEnumSchemaSchema, MultiSelectEnumSchemaSchema]), PrimitiveSchemaDefinitionSchema = union([EnumSchemaSchema, BooleanSchemaSchema, StringSchemaSchema, NumberSchemaSchema]), ElicitRequestFormParamsSchema = TaskAugmentedRequestParamsSchema.extend({
      /**
       * The elicitation mode.
       *
       * Optional for backward compatibility. Clients MUST treat missing mode as "form".
       */
      mode: literal("form").optional(),
      /**
       * The message to present to the user describing what information is being requested.
       */
      message: string2(),
      /**
       * A restricted subset of JSON Schema.
       * Only top-level properties are allowed, without nesting.
       */
      requestedSchema: object3({
        type: literal("object"),
        properties: record(string2(), PrimitiveSchemaDefinitionSchema),
        required: array(string2()).optional()
      })
    }), ElicitRequestURLParamsSchema = TaskAugmentedRequestParamsSchema.extend({
      /**
       * The elicitation mode.
       */
      mode: literal("url"),
      /**
       * The message to present to the user explaining why the interaction is needed.
       */
      message: string2(),
      /**
       * The ID of the elicitation, which must be unique within the context of the server.
       * The client MUST treat this ID as an opaque value.
       */
      elicitationId: string2(),
      /**
       * The URL that the user should navigate to.
       */
      url: string2().url()
    }), ElicitRequestParamsSchema = union([ElicitRequestFormParamsSchema, ElicitRequestURLParamsSchema]), ElicitRequestSchema = RequestSchema.extend({
      method: literal("elicitation/create"),
      params: ElicitRequestParamsSchema
    }), ElicitationCompleteNotificationParamsSchema = NotificationsParamsSchema.extend({
      /**
       * The ID of the elicitation that completed.
       */
      elicitationId: string2()
    }), ElicitationCompleteNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/elicitation/complete"),
      params: ElicitationCompleteNotificationParamsSchema
    }), ElicitResultSchema = ResultSchema.extend({
      /**
       * The user action in response to the elicitation.
       * - "accept": User submitted the form/confirmed the action
       * - "decline": User explicitly decline the action
       * - "cancel": User dismissed without making an explicit choice
       */
      action: _enum(["accept", "decline", "cancel"]),
      /**
       * The submitted form data, only present when action is "accept".
       * Contains values matching the requested schema.
       * Per MCP spec, content is "typically omitted" for decline/cancel actions.
       * We normalize null to undefined for leniency while maintaining type compatibility.
       */
      content: preprocess((val) => val === null ? void 0 : val, record(string2(), union([string2(), number2(), boolean3(), array(string2())])).optional())
    }), ResourceTemplateReferenceSchema = object3({
      type: literal("ref/resource"),
      /**
       * The URI or URI template of the resource.
       */
      uri: string2()
    }), PromptReferenceSchema = object3({
      type: literal("ref/prompt"),
      /**
       * The name of the prompt or prompt template
       */
      name: string2()
    }), CompleteRequestParamsSchema = BaseRequestParamsSchema.extend({
      ref: union([PromptReferenceSchema, ResourceTemplateReferenceSchema]),
      /**
       * The argument's information
       */
      argument: object3({
        /**
         * The name of the argument
         */
        name: string2(),
        /**
         * The value of the argument to use for completion matching.
         */
        value: string2()
      }),
      context: object3({
        /**
         * Previously-resolved variables in a URI template or prompt.
         */
        arguments: record(string2(), string2()).optional()
      }).optional()
    }), CompleteRequestSchema = RequestSchema.extend({
      method: literal("completion/complete"),
      params: CompleteRequestParamsSchema
    });
    CompleteResultSchema = ResultSchema.extend({
      completion: looseObject({
        /**
         * An array of completion values. Must not exceed 100 items.
         */
        values: array(string2()).max(100),
        /**
         * The total number of completion options available. This can exceed the number of values actually sent in the response.
         */
        total: optional(number2().int()),
        /**
         * Indicates whether there are additional completion options beyond those provided in the current response, even if the exact total is unknown.
         */
        hasMore: optional(boolean3())
      })
    }), RootSchema = object3({
      /**
       * The URI identifying the root. This *must* start with file:// for now.
       */
      uri: string2().startsWith("file://"),
      /**
       * An optional name for the root.
       */
      name: string2().optional(),
      /**
       * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
       * for notes on _meta usage.
       */
      _meta: record(string2(), unknown()).optional()
    }), ListRootsRequestSchema = RequestSchema.extend({
      method: literal("roots/list"),
      params: BaseRequestParamsSchema.optional()
    }), ListRootsResultSchema = ResultSchema.extend({
      roots: array(RootSchema)
    }), RootsListChangedNotificationSchema = NotificationSchema.extend({
      method: literal("notifications/roots/list_changed"),
      params: NotificationsParamsSchema.optional()
    }), ClientRequestSchema = union([
      PingRequestSchema,
      InitializeRequestSchema,
      CompleteRequestSchema,
      SetLevelRequestSchema,
      GetPromptRequestSchema,
      ListPromptsRequestSchema,
      ListResourcesRequestSchema,
      ListResourceTemplatesRequestSchema,
      ReadResourceRequestSchema,
      SubscribeRequestSchema,
      UnsubscribeRequestSchema,
      CallToolRequestSchema,
      ListToolsRequestSchema,
      GetTaskRequestSchema,
      GetTaskPayloadRequestSchema,
      ListTasksRequestSchema,
      CancelTaskRequestSchema
    ]), ClientNotificationSchema = union([
      CancelledNotificationSchema,
      ProgressNotificationSchema,
      InitializedNotificationSchema,
      RootsListChangedNotificationSchema,
      TaskStatusNotificationSchema
    ]), ClientResultSchema = union([
      EmptyResultSchema,
      CreateMessageResultSchema,
      CreateMessageResultWithToolsSchema,
      ElicitResultSchema,
      ListRootsResultSchema,
      GetTaskResultSchema,
      ListTasksResultSchema,
      CreateTaskResultSchema
    ]), ServerRequestSchema = union([
      PingRequestSchema,
      CreateMessageRequestSchema,
      ElicitRequestSchema,
      ListRootsRequestSchema,
      GetTaskRequestSchema,
      GetTaskPayloadRequestSchema,
      ListTasksRequestSchema,
      CancelTaskRequestSchema
    ]), ServerNotificationSchema = union([
      CancelledNotificationSchema,
      ProgressNotificationSchema,
      LoggingMessageNotificationSchema,
      ResourceUpdatedNotificationSchema,
      ResourceListChangedNotificationSchema,
      ToolListChangedNotificationSchema,
      PromptListChangedNotificationSchema,
      TaskStatusNotificationSchema,
      ElicitationCompleteNotificationSchema
    ]), ServerResultSchema = union([
      EmptyResultSchema,
      InitializeResultSchema,
      CompleteResultSchema,
      GetPromptResultSchema,
      ListPromptsResultSchema,
      ListResourcesResultSchema,
      ListResourceTemplatesResultSchema,
      ReadResourceResultSchema,
      CallToolResultSchema,
      ListToolsResultSchema,
      GetTaskResultSchema,
      ListTasksResultSchema,
      CreateTaskResultSchema
    ]), McpError = class _McpError extends Error {
      constructor(code, message, data) {
        super(`MCP error ${code}: ${message}`), this.code = code, this.data = data, this.name = "McpError";
      }
      /**
       * Factory method to create the appropriate error type based on the error code and data
       */
      static fromError(code, message, data) {
        if (code === ErrorCode.UrlElicitationRequired && data) {
          let errorData = data;
          if (errorData.elicitations)
            return new UrlElicitationRequiredError(errorData.elicitations, message);
        }
        return new _McpError(code, message, data);
      }
    }, UrlElicitationRequiredError = class extends McpError {
      constructor(elicitations, message = `URL elicitation${elicitations.length > 1 ? "s" : ""} required`) {
        super(ErrorCode.UrlElicitationRequired, message, {
          elicitations
        });
      }
      get elicitations() {
        return this.data?.elicitations ?? [];
      }
    };
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/interfaces.js
function isTerminal(status) {
  return status === "completed" || status === "failed" || status === "cancelled";
}
var init_interfaces = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/interfaces.js"() {
    init_web_globals();
  }
});

// sdk-stub:2
function zodToJsonSchema() {
  throw new Error("sandbox-action: zod-to-json-schema is not bundled");
}
var init__2 = __esm({
  "sdk-stub:2"() {
    init_web_globals();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/zod-json-schema-compat.js
function mapMiniTarget(t) {
  return !t || t === "jsonSchema7" || t === "draft-7" ? "draft-7" : t === "jsonSchema2019-09" || t === "draft-2020-12" ? "draft-2020-12" : "draft-7";
}
function toJsonSchemaCompat(schema, opts) {
  return isZ4Schema(schema) ? toJSONSchema(schema, {
    target: mapMiniTarget(opts?.target),
    io: opts?.pipeStrategy ?? "input"
  }) : zodToJsonSchema(schema, {
    strictUnions: opts?.strictUnions ?? !0,
    pipeStrategy: opts?.pipeStrategy ?? "input"
  });
}
function getMethodLiteral(schema) {
  let methodSchema = getObjectShape(schema)?.method;
  if (!methodSchema)
    throw new Error("Schema is missing a method literal");
  let value = getLiteralValue(methodSchema);
  if (typeof value != "string")
    throw new Error("Schema method literal must be a string");
  return value;
}
function parseWithCompat(schema, data) {
  let result = safeParse2(schema, data);
  if (!result.success)
    throw result.error;
  return result.data;
}
var init_zod_json_schema_compat = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/server/zod-json-schema-compat.js"() {
    init_web_globals();
    init_v4_mini();
    init_zod_compat();
    init__2();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/shared/protocol.js
function isPlainObject2(value) {
  return value !== null && typeof value == "object" && !Array.isArray(value);
}
function mergeCapabilities(base, additional) {
  let result = { ...base };
  for (let key in additional) {
    let k = key, addValue = additional[k];
    if (addValue === void 0)
      continue;
    let baseValue = result[k];
    isPlainObject2(baseValue) && isPlainObject2(addValue) ? result[k] = { ...baseValue, ...addValue } : result[k] = addValue;
  }
  return result;
}
var DEFAULT_REQUEST_TIMEOUT_MSEC, Protocol, init_protocol = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/shared/protocol.js"() {
    init_web_globals();
    init_zod_compat();
    init_types();
    init_interfaces();
    init_zod_json_schema_compat();
    DEFAULT_REQUEST_TIMEOUT_MSEC = 6e4, Protocol = class {
      constructor(_options) {
        this._options = _options, this._requestMessageId = 0, this._requestHandlers = /* @__PURE__ */ new Map(), this._requestHandlerAbortControllers = /* @__PURE__ */ new Map(), this._notificationHandlers = /* @__PURE__ */ new Map(), this._responseHandlers = /* @__PURE__ */ new Map(), this._progressHandlers = /* @__PURE__ */ new Map(), this._timeoutInfo = /* @__PURE__ */ new Map(), this._pendingDebouncedNotifications = /* @__PURE__ */ new Set(), this._taskProgressTokens = /* @__PURE__ */ new Map(), this._requestResolvers = /* @__PURE__ */ new Map(), this.setNotificationHandler(CancelledNotificationSchema, (notification) => {
          this._oncancel(notification);
        }), this.setNotificationHandler(ProgressNotificationSchema, (notification) => {
          this._onprogress(notification);
        }), this.setRequestHandler(
          PingRequestSchema,
          // Automatic pong by default.
          (_request) => ({})
        ), this._taskStore = _options?.taskStore, this._taskMessageQueue = _options?.taskMessageQueue, this._taskStore && (this.setRequestHandler(GetTaskRequestSchema, async (request, extra) => {
          let task = await this._taskStore.getTask(request.params.taskId, extra.sessionId);
          if (!task)
            throw new McpError(ErrorCode.InvalidParams, "Failed to retrieve task: Task not found");
          return {
            ...task
          };
        }), this.setRequestHandler(GetTaskPayloadRequestSchema, async (request, extra) => {
          let handleTaskResult = async () => {
            let taskId = request.params.taskId;
            if (!await this._taskStore.getTask(taskId, extra.sessionId))
              throw new McpError(ErrorCode.InvalidParams, `Task not found: ${taskId}`);
            if (this._taskMessageQueue) {
              let queuedMessage;
              for (; queuedMessage = await this._taskMessageQueue.dequeue(taskId, extra.sessionId); ) {
                if (queuedMessage.type === "response" || queuedMessage.type === "error") {
                  let message = queuedMessage.message, requestId = message.id, resolver = this._requestResolvers.get(requestId);
                  if (resolver)
                    if (this._requestResolvers.delete(requestId), queuedMessage.type === "response")
                      resolver(message);
                    else {
                      let errorMessage = message, error2 = new McpError(errorMessage.error.code, errorMessage.error.message, errorMessage.error.data);
                      resolver(error2);
                    }
                  else {
                    let messageType = queuedMessage.type === "response" ? "Response" : "Error";
                    this._onerror(new Error(`${messageType} handler missing for request ${requestId}`));
                  }
                  continue;
                }
                await this._transport?.send(queuedMessage.message, { relatedRequestId: extra.requestId });
              }
            }
            let task = await this._taskStore.getTask(taskId, extra.sessionId);
            if (!task)
              throw new McpError(ErrorCode.InvalidParams, `Task not found: ${taskId}`);
            if (!isTerminal(task.status))
              return await this._waitForTaskUpdate(taskId, extra.signal, extra.sessionId), await handleTaskResult();
            if (isTerminal(task.status)) {
              let result = await this._taskStore.getTaskResult(taskId, extra.sessionId);
              return this._clearTaskQueue(taskId, extra.sessionId), {
                ...result,
                _meta: {
                  ...result._meta,
                  [RELATED_TASK_META_KEY]: {
                    taskId
                  }
                }
              };
            }
            return await handleTaskResult();
          };
          return await handleTaskResult();
        }), this.setRequestHandler(ListTasksRequestSchema, async (request, extra) => {
          try {
            let { tasks, nextCursor } = await this._taskStore.listTasks(request.params?.cursor, extra.sessionId);
            return {
              tasks,
              nextCursor,
              _meta: {}
            };
          } catch (error2) {
            throw new McpError(ErrorCode.InvalidParams, `Failed to list tasks: ${error2 instanceof Error ? error2.message : String(error2)}`);
          }
        }), this.setRequestHandler(CancelTaskRequestSchema, async (request, extra) => {
          try {
            let task = await this._taskStore.getTask(request.params.taskId, extra.sessionId);
            if (!task)
              throw new McpError(ErrorCode.InvalidParams, `Task not found: ${request.params.taskId}`);
            if (isTerminal(task.status))
              throw new McpError(ErrorCode.InvalidParams, `Cannot cancel task in terminal status: ${task.status}`);
            await this._taskStore.updateTaskStatus(request.params.taskId, "cancelled", "Client cancelled task execution.", extra.sessionId), this._clearTaskQueue(request.params.taskId, extra.sessionId);
            let cancelledTask = await this._taskStore.getTask(request.params.taskId, extra.sessionId);
            if (!cancelledTask)
              throw new McpError(ErrorCode.InvalidParams, `Task not found after cancellation: ${request.params.taskId}`);
            return {
              _meta: {},
              ...cancelledTask
            };
          } catch (error2) {
            throw error2 instanceof McpError ? error2 : new McpError(ErrorCode.InvalidRequest, `Failed to cancel task: ${error2 instanceof Error ? error2.message : String(error2)}`);
          }
        }));
      }
      async _oncancel(notification) {
        if (!notification.params.requestId)
          return;
        this._requestHandlerAbortControllers.get(notification.params.requestId)?.abort(notification.params.reason);
      }
      _setupTimeout(messageId, timeout, maxTotalTimeout, onTimeout, resetTimeoutOnProgress = !1) {
        this._timeoutInfo.set(messageId, {
          timeoutId: setTimeout(onTimeout, timeout),
          startTime: Date.now(),
          timeout,
          maxTotalTimeout,
          resetTimeoutOnProgress,
          onTimeout
        });
      }
      _resetTimeout(messageId) {
        let info = this._timeoutInfo.get(messageId);
        if (!info)
          return !1;
        let totalElapsed = Date.now() - info.startTime;
        if (info.maxTotalTimeout && totalElapsed >= info.maxTotalTimeout)
          throw this._timeoutInfo.delete(messageId), McpError.fromError(ErrorCode.RequestTimeout, "Maximum total timeout exceeded", {
            maxTotalTimeout: info.maxTotalTimeout,
            totalElapsed
          });
        return clearTimeout(info.timeoutId), info.timeoutId = setTimeout(info.onTimeout, info.timeout), !0;
      }
      _cleanupTimeout(messageId) {
        let info = this._timeoutInfo.get(messageId);
        info && (clearTimeout(info.timeoutId), this._timeoutInfo.delete(messageId));
      }
      /**
       * Attaches to the given transport, starts it, and starts listening for messages.
       *
       * The Protocol object assumes ownership of the Transport, replacing any callbacks that have already been set, and expects that it is the only user of the Transport instance going forward.
       */
      async connect(transport) {
        if (this._transport)
          throw new Error("Already connected to a transport. Call close() before connecting to a new transport, or use a separate Protocol instance per connection.");
        this._transport = transport;
        let _onclose = this.transport?.onclose;
        this._transport.onclose = () => {
          _onclose?.(), this._onclose();
        };
        let _onerror = this.transport?.onerror;
        this._transport.onerror = (error2) => {
          _onerror?.(error2), this._onerror(error2);
        };
        let _onmessage = this._transport?.onmessage;
        this._transport.onmessage = (message, extra) => {
          _onmessage?.(message, extra), isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message) ? this._onresponse(message) : isJSONRPCRequest(message) ? this._onrequest(message, extra) : isJSONRPCNotification(message) ? this._onnotification(message) : this._onerror(new Error(`Unknown message type: ${JSON.stringify(message)}`));
        }, await this._transport.start();
      }
      _onclose() {
        let responseHandlers = this._responseHandlers;
        this._responseHandlers = /* @__PURE__ */ new Map(), this._progressHandlers.clear(), this._taskProgressTokens.clear(), this._pendingDebouncedNotifications.clear();
        for (let info of this._timeoutInfo.values())
          clearTimeout(info.timeoutId);
        this._timeoutInfo.clear();
        for (let controller of this._requestHandlerAbortControllers.values())
          controller.abort();
        this._requestHandlerAbortControllers.clear();
        let error2 = McpError.fromError(ErrorCode.ConnectionClosed, "Connection closed");
        this._transport = void 0, this.onclose?.();
        for (let handler of responseHandlers.values())
          handler(error2);
      }
      _onerror(error2) {
        this.onerror?.(error2);
      }
      _onnotification(notification) {
        let handler = this._notificationHandlers.get(notification.method) ?? this.fallbackNotificationHandler;
        handler !== void 0 && Promise.resolve().then(() => handler(notification)).catch((error2) => this._onerror(new Error(`Uncaught error in notification handler: ${error2}`)));
      }
      _onrequest(request, extra) {
        let handler = this._requestHandlers.get(request.method) ?? this.fallbackRequestHandler, capturedTransport = this._transport, relatedTaskId = request.params?._meta?.[RELATED_TASK_META_KEY]?.taskId, sessionId = capturedTransport?.sessionId, store = this._taskStore, relatedTaskFound = !0, relatedTaskLookup;
        if (relatedTaskId && store && this._taskMessageQueue && sessionId !== void 0 && (relatedTaskFound = !1, relatedTaskLookup = (async () => {
          if (!await store.getTask(relatedTaskId, sessionId))
            throw new McpError(ErrorCode.InvalidParams, `Task not found: ${relatedTaskId}`);
          relatedTaskFound = !0;
        })()), handler === void 0) {
          let errorResponse = {
            jsonrpc: "2.0",
            id: request.id,
            error: {
              code: ErrorCode.MethodNotFound,
              message: "Method not found"
            }
          };
          if (relatedTaskId && relatedTaskLookup) {
            let queuedError = { type: "error", message: errorResponse, timestamp: Date.now() };
            relatedTaskLookup.then(() => this._enqueueTaskMessage(relatedTaskId, queuedError, sessionId), () => capturedTransport?.send(errorResponse)).catch((error2) => this._onerror(new Error(`Failed to send an error response: ${error2}`)));
          } else relatedTaskId && this._taskMessageQueue ? this._enqueueTaskMessage(relatedTaskId, {
            type: "error",
            message: errorResponse,
            timestamp: Date.now()
          }, capturedTransport?.sessionId).catch((error2) => this._onerror(new Error(`Failed to enqueue error response: ${error2}`))) : capturedTransport?.send(errorResponse).catch((error2) => this._onerror(new Error(`Failed to send an error response: ${error2}`)));
          return;
        }
        let abortController = new AbortController();
        this._requestHandlerAbortControllers.set(request.id, abortController);
        let taskCreationParams = isTaskAugmentedRequestParams(request.params) ? request.params.task : void 0, taskStore = this._taskStore ? this.requestTaskStore(request, capturedTransport?.sessionId) : void 0, fullExtra = {
          signal: abortController.signal,
          sessionId: capturedTransport?.sessionId,
          _meta: request.params?._meta,
          sendNotification: async (notification) => {
            if (abortController.signal.aborted)
              return;
            let notificationOptions = { relatedRequestId: request.id };
            relatedTaskId && (notificationOptions.relatedTask = { taskId: relatedTaskId }), await this.notification(notification, notificationOptions);
          },
          sendRequest: async (r, resultSchema, options) => {
            if (abortController.signal.aborted)
              throw new McpError(ErrorCode.ConnectionClosed, "Request was cancelled");
            let requestOptions = { ...options, relatedRequestId: request.id };
            relatedTaskId && !requestOptions.relatedTask && (requestOptions.relatedTask = { taskId: relatedTaskId });
            let effectiveTaskId = requestOptions.relatedTask?.taskId ?? relatedTaskId;
            return effectiveTaskId && taskStore && await taskStore.updateTaskStatus(effectiveTaskId, "input_required"), await this.request(r, resultSchema, requestOptions);
          },
          authInfo: extra?.authInfo,
          requestId: request.id,
          requestInfo: extra?.requestInfo,
          taskId: relatedTaskId,
          taskStore,
          taskRequestedTtl: taskCreationParams?.ttl,
          closeSSEStream: extra?.closeSSEStream,
          closeStandaloneSSEStream: extra?.closeStandaloneSSEStream
        };
        (relatedTaskLookup ?? Promise.resolve()).then(() => {
          if (relatedTaskLookup && abortController.signal.aborted)
            throw new McpError(ErrorCode.ConnectionClosed, "Request was cancelled");
          taskCreationParams && this.assertTaskHandlerCapability(request.method);
        }).then(() => handler(request, fullExtra)).then(async (result) => {
          if (abortController.signal.aborted)
            return;
          let response = {
            result,
            jsonrpc: "2.0",
            id: request.id
          };
          relatedTaskId && this._taskMessageQueue ? await this._enqueueTaskMessage(relatedTaskId, {
            type: "response",
            message: response,
            timestamp: Date.now()
          }, capturedTransport?.sessionId) : await capturedTransport?.send(response);
        }, async (error2) => {
          if (abortController.signal.aborted)
            return;
          let errorResponse = {
            jsonrpc: "2.0",
            id: request.id,
            error: {
              code: Number.isSafeInteger(error2.code) ? error2.code : ErrorCode.InternalError,
              message: error2.message ?? "Internal error",
              ...error2.data !== void 0 && { data: error2.data }
            }
          };
          relatedTaskId && this._taskMessageQueue && relatedTaskFound ? await this._enqueueTaskMessage(relatedTaskId, {
            type: "error",
            message: errorResponse,
            timestamp: Date.now()
          }, capturedTransport?.sessionId) : await capturedTransport?.send(errorResponse);
        }).catch((error2) => this._onerror(new Error(`Failed to send response: ${error2}`))).finally(() => {
          this._requestHandlerAbortControllers.get(request.id) === abortController && this._requestHandlerAbortControllers.delete(request.id);
        });
      }
      _onprogress(notification) {
        let { progressToken, ...params } = notification.params, messageId = Number(progressToken), handler = this._progressHandlers.get(messageId);
        if (!handler) {
          this._onerror(new Error(`Received a progress notification for an unknown token: ${JSON.stringify(notification)}`));
          return;
        }
        let responseHandler = this._responseHandlers.get(messageId), timeoutInfo = this._timeoutInfo.get(messageId);
        if (timeoutInfo && responseHandler && timeoutInfo.resetTimeoutOnProgress)
          try {
            this._resetTimeout(messageId);
          } catch (error2) {
            this._responseHandlers.delete(messageId), this._progressHandlers.delete(messageId), this._cleanupTimeout(messageId), responseHandler(error2);
            return;
          }
        handler(params);
      }
      _onresponse(response) {
        let messageId = Number(response.id), resolver = this._requestResolvers.get(messageId);
        if (resolver) {
          if (this._requestResolvers.delete(messageId), isJSONRPCResultResponse(response))
            resolver(response);
          else {
            let error2 = new McpError(response.error.code, response.error.message, response.error.data);
            resolver(error2);
          }
          return;
        }
        let handler = this._responseHandlers.get(messageId);
        if (handler === void 0) {
          this._onerror(new Error(`Received a response for an unknown message ID: ${JSON.stringify(response)}`));
          return;
        }
        this._responseHandlers.delete(messageId), this._cleanupTimeout(messageId);
        let isTaskResponse = !1;
        if (isJSONRPCResultResponse(response) && response.result && typeof response.result == "object") {
          let result = response.result;
          if (result.task && typeof result.task == "object") {
            let task = result.task;
            typeof task.taskId == "string" && (isTaskResponse = !0, this._taskProgressTokens.set(task.taskId, messageId));
          }
        }
        if (isTaskResponse || this._progressHandlers.delete(messageId), isJSONRPCResultResponse(response))
          handler(response);
        else {
          let error2 = McpError.fromError(response.error.code, response.error.message, response.error.data);
          handler(error2);
        }
      }
      get transport() {
        return this._transport;
      }
      /**
       * Closes the connection.
       */
      async close() {
        await this._transport?.close();
      }
      /**
       * Sends a request and returns an AsyncGenerator that yields response messages.
       * The generator is guaranteed to end with either a 'result' or 'error' message.
       *
       * @example
       * ```typescript
       * const stream = protocol.requestStream(request, resultSchema, options);
       * for await (const message of stream) {
       *   switch (message.type) {
       *     case 'taskCreated':
       *       console.log('Task created:', message.task.taskId);
       *       break;
       *     case 'taskStatus':
       *       console.log('Task status:', message.task.status);
       *       break;
       *     case 'result':
       *       console.log('Final result:', message.result);
       *       break;
       *     case 'error':
       *       console.error('Error:', message.error);
       *       break;
       *   }
       * }
       * ```
       *
       * @experimental Use `client.experimental.tasks.requestStream()` to access this method.
       */
      async *requestStream(request, resultSchema, options) {
        let { task } = options ?? {};
        if (!task) {
          try {
            yield { type: "result", result: await this.request(request, resultSchema, options) };
          } catch (error2) {
            yield {
              type: "error",
              error: error2 instanceof McpError ? error2 : new McpError(ErrorCode.InternalError, String(error2))
            };
          }
          return;
        }
        let taskId;
        try {
          let createResult = await this.request(request, CreateTaskResultSchema, options);
          if (createResult.task)
            taskId = createResult.task.taskId, yield { type: "taskCreated", task: createResult.task };
          else
            throw new McpError(ErrorCode.InternalError, "Task creation did not return a task");
          for (; ; ) {
            let task2 = await this.getTask({ taskId }, options);
            if (yield { type: "taskStatus", task: task2 }, isTerminal(task2.status)) {
              task2.status === "completed" ? yield { type: "result", result: await this.getTaskResult({ taskId }, resultSchema, options) } : task2.status === "failed" ? yield {
                type: "error",
                error: new McpError(ErrorCode.InternalError, `Task ${taskId} failed`)
              } : task2.status === "cancelled" && (yield {
                type: "error",
                error: new McpError(ErrorCode.InternalError, `Task ${taskId} was cancelled`)
              });
              return;
            }
            if (task2.status === "input_required") {
              yield { type: "result", result: await this.getTaskResult({ taskId }, resultSchema, options) };
              return;
            }
            let pollInterval = task2.pollInterval ?? this._options?.defaultTaskPollInterval ?? 1e3;
            await new Promise((resolve3) => setTimeout(resolve3, pollInterval)), options?.signal?.throwIfAborted();
          }
        } catch (error2) {
          yield {
            type: "error",
            error: error2 instanceof McpError ? error2 : new McpError(ErrorCode.InternalError, String(error2))
          };
        }
      }
      /**
       * Sends a request and waits for a response.
       *
       * Do not use this method to emit notifications! Use notification() instead.
       */
      request(request, resultSchema, options) {
        let { relatedRequestId, resumptionToken, onresumptiontoken, task, relatedTask } = options ?? {};
        return new Promise((resolve3, reject) => {
          let earlyReject = (error2) => {
            reject(error2);
          };
          if (!this._transport) {
            earlyReject(new Error("Not connected"));
            return;
          }
          if (this._options?.enforceStrictCapabilities === !0)
            try {
              this.assertCapabilityForMethod(request.method), task && this.assertTaskCapability(request.method);
            } catch (e) {
              earlyReject(e);
              return;
            }
          options?.signal?.throwIfAborted();
          let messageId = this._requestMessageId++, jsonrpcRequest = {
            ...request,
            jsonrpc: "2.0",
            id: messageId
          };
          options?.onprogress && (this._progressHandlers.set(messageId, options.onprogress), jsonrpcRequest.params = {
            ...request.params,
            _meta: {
              ...request.params?._meta || {},
              progressToken: messageId
            }
          }), task && (jsonrpcRequest.params = {
            ...jsonrpcRequest.params,
            task
          }), relatedTask && (jsonrpcRequest.params = {
            ...jsonrpcRequest.params,
            _meta: {
              ...jsonrpcRequest.params?._meta || {},
              [RELATED_TASK_META_KEY]: relatedTask
            }
          });
          let cancel = (reason) => {
            this._responseHandlers.delete(messageId), this._progressHandlers.delete(messageId), this._cleanupTimeout(messageId), this._transport?.send({
              jsonrpc: "2.0",
              method: "notifications/cancelled",
              params: {
                requestId: messageId,
                reason: String(reason)
              }
            }, { relatedRequestId, resumptionToken, onresumptiontoken }).catch((error3) => this._onerror(new Error(`Failed to send cancellation: ${error3}`)));
            let error2 = reason instanceof McpError ? reason : new McpError(ErrorCode.RequestTimeout, String(reason));
            reject(error2);
          };
          this._responseHandlers.set(messageId, (response) => {
            if (!options?.signal?.aborted) {
              if (response instanceof Error)
                return reject(response);
              try {
                let parseResult = safeParse2(resultSchema, response.result);
                parseResult.success ? resolve3(parseResult.data) : reject(parseResult.error);
              } catch (error2) {
                reject(error2);
              }
            }
          }), options?.signal?.addEventListener("abort", () => {
            cancel(options?.signal?.reason);
          });
          let timeout = options?.timeout ?? DEFAULT_REQUEST_TIMEOUT_MSEC, timeoutHandler = () => cancel(McpError.fromError(ErrorCode.RequestTimeout, "Request timed out", { timeout }));
          this._setupTimeout(messageId, timeout, options?.maxTotalTimeout, timeoutHandler, options?.resetTimeoutOnProgress ?? !1);
          let relatedTaskId = relatedTask?.taskId;
          if (relatedTaskId) {
            let responseResolver = (response) => {
              let handler = this._responseHandlers.get(messageId);
              handler ? handler(response) : this._onerror(new Error(`Response handler missing for side-channeled request ${messageId}`));
            };
            this._requestResolvers.set(messageId, responseResolver), this._enqueueTaskMessage(relatedTaskId, {
              type: "request",
              message: jsonrpcRequest,
              timestamp: Date.now()
            }).catch((error2) => {
              this._cleanupTimeout(messageId), reject(error2);
            });
          } else
            this._transport.send(jsonrpcRequest, { relatedRequestId, resumptionToken, onresumptiontoken }).catch((error2) => {
              this._cleanupTimeout(messageId), reject(error2);
            });
        });
      }
      /**
       * Gets the current status of a task.
       *
       * @experimental Use `client.experimental.tasks.getTask()` to access this method.
       */
      async getTask(params, options) {
        return this.request({ method: "tasks/get", params }, GetTaskResultSchema, options);
      }
      /**
       * Retrieves the result of a completed task.
       *
       * @experimental Use `client.experimental.tasks.getTaskResult()` to access this method.
       */
      async getTaskResult(params, resultSchema, options) {
        return this.request({ method: "tasks/result", params }, resultSchema, options);
      }
      /**
       * Lists tasks, optionally starting from a pagination cursor.
       *
       * @experimental Use `client.experimental.tasks.listTasks()` to access this method.
       */
      async listTasks(params, options) {
        return this.request({ method: "tasks/list", params }, ListTasksResultSchema, options);
      }
      /**
       * Cancels a specific task.
       *
       * @experimental Use `client.experimental.tasks.cancelTask()` to access this method.
       */
      async cancelTask(params, options) {
        return this.request({ method: "tasks/cancel", params }, CancelTaskResultSchema, options);
      }
      /**
       * Emits a notification, which is a one-way message that does not expect a response.
       */
      async notification(notification, options) {
        if (!this._transport)
          throw new Error("Not connected");
        this.assertNotificationCapability(notification.method);
        let relatedTaskId = options?.relatedTask?.taskId;
        if (relatedTaskId) {
          let jsonrpcNotification2 = {
            ...notification,
            jsonrpc: "2.0",
            params: {
              ...notification.params,
              _meta: {
                ...notification.params?._meta || {},
                [RELATED_TASK_META_KEY]: options.relatedTask
              }
            }
          };
          await this._enqueueTaskMessage(relatedTaskId, {
            type: "notification",
            message: jsonrpcNotification2,
            timestamp: Date.now()
          });
          return;
        }
        if ((this._options?.debouncedNotificationMethods ?? []).includes(notification.method) && !notification.params && !options?.relatedRequestId && !options?.relatedTask) {
          if (this._pendingDebouncedNotifications.has(notification.method))
            return;
          this._pendingDebouncedNotifications.add(notification.method), Promise.resolve().then(() => {
            if (this._pendingDebouncedNotifications.delete(notification.method), !this._transport)
              return;
            let jsonrpcNotification2 = {
              ...notification,
              jsonrpc: "2.0"
            };
            options?.relatedTask && (jsonrpcNotification2 = {
              ...jsonrpcNotification2,
              params: {
                ...jsonrpcNotification2.params,
                _meta: {
                  ...jsonrpcNotification2.params?._meta || {},
                  [RELATED_TASK_META_KEY]: options.relatedTask
                }
              }
            }), this._transport?.send(jsonrpcNotification2, options).catch((error2) => this._onerror(error2));
          });
          return;
        }
        let jsonrpcNotification = {
          ...notification,
          jsonrpc: "2.0"
        };
        options?.relatedTask && (jsonrpcNotification = {
          ...jsonrpcNotification,
          params: {
            ...jsonrpcNotification.params,
            _meta: {
              ...jsonrpcNotification.params?._meta || {},
              [RELATED_TASK_META_KEY]: options.relatedTask
            }
          }
        }), await this._transport.send(jsonrpcNotification, options);
      }
      /**
       * Registers a handler to invoke when this protocol object receives a request with the given method.
       *
       * Note that this will replace any previous request handler for the same method.
       */
      setRequestHandler(requestSchema, handler) {
        let method = getMethodLiteral(requestSchema);
        this.assertRequestHandlerCapability(method), this._requestHandlers.set(method, (request, extra) => {
          let parsed = parseWithCompat(requestSchema, request);
          return Promise.resolve(handler(parsed, extra));
        });
      }
      /**
       * Removes the request handler for the given method.
       */
      removeRequestHandler(method) {
        this._requestHandlers.delete(method);
      }
      /**
       * Asserts that a request handler has not already been set for the given method, in preparation for a new one being automatically installed.
       */
      assertCanSetRequestHandler(method) {
        if (this._requestHandlers.has(method))
          throw new Error(`A request handler for ${method} already exists, which would be overridden`);
      }
      /**
       * Registers a handler to invoke when this protocol object receives a notification with the given method.
       *
       * Note that this will replace any previous notification handler for the same method.
       */
      setNotificationHandler(notificationSchema, handler) {
        let method = getMethodLiteral(notificationSchema);
        this._notificationHandlers.set(method, (notification) => {
          let parsed = parseWithCompat(notificationSchema, notification);
          return Promise.resolve(handler(parsed));
        });
      }
      /**
       * Removes the notification handler for the given method.
       */
      removeNotificationHandler(method) {
        this._notificationHandlers.delete(method);
      }
      /**
       * Cleans up the progress handler associated with a task.
       * This should be called when a task reaches a terminal status.
       */
      _cleanupTaskProgressHandler(taskId) {
        let progressToken = this._taskProgressTokens.get(taskId);
        progressToken !== void 0 && (this._progressHandlers.delete(progressToken), this._taskProgressTokens.delete(taskId));
      }
      /**
       * Enqueues a task-related message for side-channel delivery via tasks/result.
       * @param taskId The task ID to associate the message with
       * @param message The message to enqueue
       * @param sessionId Optional session ID for binding the operation to a specific session
       * @throws Error if taskStore is not configured or if enqueue fails (e.g., queue overflow)
       *
       * Note: If enqueue fails, it's the TaskMessageQueue implementation's responsibility to handle
       * the error appropriately (e.g., by failing the task, logging, etc.). The Protocol layer
       * simply propagates the error.
       */
      async _enqueueTaskMessage(taskId, message, sessionId) {
        if (!this._taskStore || !this._taskMessageQueue)
          throw new Error("Cannot enqueue task message: taskStore and taskMessageQueue are not configured");
        let maxQueueSize = this._options?.maxTaskQueueSize;
        await this._taskMessageQueue.enqueue(taskId, message, sessionId ?? this._transport?.sessionId, maxQueueSize);
      }
      /**
       * Clears the message queue for a task and rejects any pending request resolvers.
       * @param taskId The task ID whose queue should be cleared
       * @param sessionId Optional session ID for binding the operation to a specific session
       */
      async _clearTaskQueue(taskId, sessionId) {
        if (this._taskMessageQueue) {
          let messages = await this._taskMessageQueue.dequeueAll(taskId, sessionId);
          for (let message of messages)
            if (message.type === "request" && isJSONRPCRequest(message.message)) {
              let requestId = message.message.id, resolver = this._requestResolvers.get(requestId);
              resolver ? (resolver(new McpError(ErrorCode.InternalError, "Task cancelled or completed")), this._requestResolvers.delete(requestId)) : this._onerror(new Error(`Resolver missing for request ${requestId} during task ${taskId} cleanup`));
            }
        }
      }
      /**
       * Waits for a task update (new messages or status change) with abort signal support.
       * Uses polling to check for updates at the task's configured poll interval.
       * @param taskId The task ID to wait for
       * @param signal Abort signal to cancel the wait
       * @param sessionId Session of the request that waits, passed to the task store
       * @returns Promise that resolves when an update occurs or rejects if aborted
       */
      async _waitForTaskUpdate(taskId, signal, sessionId) {
        let interval = this._options?.defaultTaskPollInterval ?? 1e3;
        try {
          let task = await this._taskStore?.getTask(taskId, sessionId);
          task?.pollInterval && (interval = task.pollInterval);
        } catch {
        }
        return new Promise((resolve3, reject) => {
          if (signal.aborted) {
            reject(new McpError(ErrorCode.InvalidRequest, "Request cancelled"));
            return;
          }
          let timeoutId = setTimeout(resolve3, interval);
          signal.addEventListener("abort", () => {
            clearTimeout(timeoutId), reject(new McpError(ErrorCode.InvalidRequest, "Request cancelled"));
          }, { once: !0 });
        });
      }
      requestTaskStore(request, sessionId) {
        let taskStore = this._taskStore;
        if (!taskStore)
          throw new Error("No task store configured");
        return {
          createTask: async (taskParams) => {
            if (!request)
              throw new Error("No request provided");
            return await taskStore.createTask(taskParams, request.id, {
              method: request.method,
              params: request.params
            }, sessionId);
          },
          getTask: async (taskId) => {
            let task = await taskStore.getTask(taskId, sessionId);
            if (!task)
              throw new McpError(ErrorCode.InvalidParams, "Failed to retrieve task: Task not found");
            return task;
          },
          storeTaskResult: async (taskId, status, result) => {
            await taskStore.storeTaskResult(taskId, status, result, sessionId);
            let task = await taskStore.getTask(taskId, sessionId);
            if (task) {
              let notification = TaskStatusNotificationSchema.parse({
                method: "notifications/tasks/status",
                params: task
              });
              await this.notification(notification), isTerminal(task.status) && this._cleanupTaskProgressHandler(taskId);
            }
          },
          getTaskResult: (taskId) => taskStore.getTaskResult(taskId, sessionId),
          updateTaskStatus: async (taskId, status, statusMessage) => {
            let task = await taskStore.getTask(taskId, sessionId);
            if (!task)
              throw new McpError(ErrorCode.InvalidParams, `Task "${taskId}" not found - it may have been cleaned up`);
            if (isTerminal(task.status))
              throw new McpError(ErrorCode.InvalidParams, `Cannot update task "${taskId}" from terminal status "${task.status}" to "${status}". Terminal states (completed, failed, cancelled) cannot transition to other states.`);
            await taskStore.updateTaskStatus(taskId, status, statusMessage, sessionId);
            let updatedTask = await taskStore.getTask(taskId, sessionId);
            if (updatedTask) {
              let notification = TaskStatusNotificationSchema.parse({
                method: "notifications/tasks/status",
                params: updatedTask
              });
              await this.notification(notification), isTerminal(updatedTask.status) && this._cleanupTaskProgressHandler(taskId);
            }
          },
          listTasks: (cursor) => taskStore.listTasks(cursor, sessionId)
        };
      }
    };
  }
});

// sdk-stub:0
var AjvJsonSchemaValidator, init__3 = __esm({
  "sdk-stub:0"() {
    init_web_globals();
    AjvJsonSchemaValidator = class {
      constructor() {
        throw new Error("sandbox-action: Ajv is not bundled");
      }
    };
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/server.js
var ExperimentalServerTasks, init_server = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/server.js"() {
    init_web_globals();
    init_types();
    ExperimentalServerTasks = class {
      constructor(_server) {
        this._server = _server;
      }
      /**
       * Sends a request and returns an AsyncGenerator that yields response messages.
       * The generator is guaranteed to end with either a 'result' or 'error' message.
       *
       * This method provides streaming access to request processing, allowing you to
       * observe intermediate task status updates for task-augmented requests.
       *
       * @param request - The request to send
       * @param resultSchema - Zod schema for validating the result
       * @param options - Optional request options (timeout, signal, task creation params, etc.)
       * @returns AsyncGenerator that yields ResponseMessage objects
       *
       * @experimental
       */
      requestStream(request, resultSchema, options) {
        return this._server.requestStream(request, resultSchema, options);
      }
      /**
       * Sends a sampling request and returns an AsyncGenerator that yields response messages.
       * The generator is guaranteed to end with either a 'result' or 'error' message.
       *
       * For task-augmented requests, yields 'taskCreated' and 'taskStatus' messages
       * before the final result.
       *
       * @example
       * ```typescript
       * const stream = server.experimental.tasks.createMessageStream({
       *     messages: [{ role: 'user', content: { type: 'text', text: 'Hello' } }],
       *     maxTokens: 100
       * }, {
       *     onprogress: (progress) => {
       *         // Handle streaming tokens via progress notifications
       *         console.log('Progress:', progress.message);
       *     }
       * });
       *
       * for await (const message of stream) {
       *     switch (message.type) {
       *         case 'taskCreated':
       *             console.log('Task created:', message.task.taskId);
       *             break;
       *         case 'taskStatus':
       *             console.log('Task status:', message.task.status);
       *             break;
       *         case 'result':
       *             console.log('Final result:', message.result);
       *             break;
       *         case 'error':
       *             console.error('Error:', message.error);
       *             break;
       *     }
       * }
       * ```
       *
       * @param params - The sampling request parameters
       * @param options - Optional request options (timeout, signal, task creation params, onprogress, etc.)
       * @returns AsyncGenerator that yields ResponseMessage objects
       *
       * @experimental
       */
      createMessageStream(params, options) {
        let clientCapabilities = this._server.getClientCapabilities();
        if ((params.tools || params.toolChoice) && !clientCapabilities?.sampling?.tools)
          throw new Error("Client does not support sampling tools capability.");
        if (params.messages.length > 0) {
          let lastMessage = params.messages[params.messages.length - 1], lastContent = Array.isArray(lastMessage.content) ? lastMessage.content : [lastMessage.content], hasToolResults = lastContent.some((c) => c.type === "tool_result"), previousMessage = params.messages.length > 1 ? params.messages[params.messages.length - 2] : void 0, previousContent = previousMessage ? Array.isArray(previousMessage.content) ? previousMessage.content : [previousMessage.content] : [], hasPreviousToolUse = previousContent.some((c) => c.type === "tool_use");
          if (hasToolResults) {
            if (lastContent.some((c) => c.type !== "tool_result"))
              throw new Error("The last message must contain only tool_result content if any is present");
            if (!hasPreviousToolUse)
              throw new Error("tool_result blocks are not matching any tool_use from the previous message");
          }
          if (hasPreviousToolUse) {
            let toolUseIds = new Set(previousContent.filter((c) => c.type === "tool_use").map((c) => c.id)), toolResultIds = new Set(lastContent.filter((c) => c.type === "tool_result").map((c) => c.toolUseId));
            if (toolUseIds.size !== toolResultIds.size || ![...toolUseIds].every((id) => toolResultIds.has(id)))
              throw new Error("ids of tool_result blocks and tool_use blocks from previous message do not match");
          }
        }
        return this.requestStream({
          method: "sampling/createMessage",
          params
        }, CreateMessageResultSchema, options);
      }
      /**
       * Sends an elicitation request and returns an AsyncGenerator that yields response messages.
       * The generator is guaranteed to end with either a 'result' or 'error' message.
       *
       * For task-augmented requests (especially URL-based elicitation), yields 'taskCreated'
       * and 'taskStatus' messages before the final result.
       *
       * @example
       * ```typescript
       * const stream = server.experimental.tasks.elicitInputStream({
       *     mode: 'url',
       *     message: 'Please authenticate',
       *     elicitationId: 'auth-123',
       *     url: 'https://example.com/auth'
       * }, {
       *     task: { ttl: 300000 } // Task-augmented for long-running auth flow
       * });
       *
       * for await (const message of stream) {
       *     switch (message.type) {
       *         case 'taskCreated':
       *             console.log('Task created:', message.task.taskId);
       *             break;
       *         case 'taskStatus':
       *             console.log('Task status:', message.task.status);
       *             break;
       *         case 'result':
       *             console.log('User action:', message.result.action);
       *             break;
       *         case 'error':
       *             console.error('Error:', message.error);
       *             break;
       *     }
       * }
       * ```
       *
       * @param params - The elicitation request parameters
       * @param options - Optional request options (timeout, signal, task creation params, etc.)
       * @returns AsyncGenerator that yields ResponseMessage objects
       *
       * @experimental
       */
      elicitInputStream(params, options) {
        let clientCapabilities = this._server.getClientCapabilities(), mode = params.mode ?? "form";
        switch (mode) {
          case "url": {
            if (!clientCapabilities?.elicitation?.url)
              throw new Error("Client does not support url elicitation.");
            break;
          }
          case "form": {
            if (!clientCapabilities?.elicitation?.form)
              throw new Error("Client does not support form elicitation.");
            break;
          }
        }
        let normalizedParams = mode === "form" && params.mode === void 0 ? { ...params, mode: "form" } : params;
        return this.requestStream({
          method: "elicitation/create",
          params: normalizedParams
        }, ElicitResultSchema, options);
      }
      /**
       * Gets the current status of a task.
       *
       * @param taskId - The task identifier
       * @param options - Optional request options
       * @returns The task status
       *
       * @experimental
       */
      async getTask(taskId, options) {
        return this._server.getTask({ taskId }, options);
      }
      /**
       * Retrieves the result of a completed task.
       *
       * @param taskId - The task identifier
       * @param resultSchema - Zod schema for validating the result
       * @param options - Optional request options
       * @returns The task result
       *
       * @experimental
       */
      async getTaskResult(taskId, resultSchema, options) {
        return this._server.getTaskResult({ taskId }, resultSchema, options);
      }
      /**
       * Lists tasks with optional pagination.
       *
       * @param cursor - Optional pagination cursor
       * @param options - Optional request options
       * @returns List of tasks with optional next cursor
       *
       * @experimental
       */
      async listTasks(cursor, options) {
        return this._server.listTasks(cursor ? { cursor } : void 0, options);
      }
      /**
       * Cancels a running task.
       *
       * @param taskId - The task identifier
       * @param options - Optional request options
       *
       * @experimental
       */
      async cancelTask(taskId, options) {
        return this._server.cancelTask({ taskId }, options);
      }
    };
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/helpers.js
function assertToolsCallTaskCapability(requests, method, entityName) {
  if (!requests)
    throw new Error(`${entityName} does not support task creation (required for ${method})`);
  switch (method) {
    case "tools/call":
      if (!requests.tools?.call)
        throw new Error(`${entityName} does not support task creation for tools/call (required for ${method})`);
      break;
    default:
      break;
  }
}
function assertClientRequestTaskCapability(requests, method, entityName) {
  if (!requests)
    throw new Error(`${entityName} does not support task creation (required for ${method})`);
  switch (method) {
    case "sampling/createMessage":
      if (!requests.sampling?.createMessage)
        throw new Error(`${entityName} does not support task creation for sampling/createMessage (required for ${method})`);
      break;
    case "elicitation/create":
      if (!requests.elicitation?.create)
        throw new Error(`${entityName} does not support task creation for elicitation/create (required for ${method})`);
      break;
    default:
      break;
  }
}
var init_helpers = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/helpers.js"() {
    init_web_globals();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js
var Server, init_server2 = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js"() {
    init_web_globals();
    init_protocol();
    init_types();
    init__3();
    init_zod_compat();
    init_server();
    init_helpers();
    Server = class extends Protocol {
      /**
       * Initializes this server with the given name and version information.
       */
      constructor(_serverInfo, options) {
        super(options), this._serverInfo = _serverInfo, this._loggingLevels = /* @__PURE__ */ new Map(), this.LOG_LEVEL_SEVERITY = new Map(LoggingLevelSchema.options.map((level, index) => [level, index])), this.isMessageIgnored = (level, sessionId) => {
          let currentLevel = this._loggingLevels.get(sessionId);
          return currentLevel ? this.LOG_LEVEL_SEVERITY.get(level) < this.LOG_LEVEL_SEVERITY.get(currentLevel) : !1;
        }, this._capabilities = options?.capabilities ?? {}, this._instructions = options?.instructions, this._jsonSchemaValidator = options?.jsonSchemaValidator ?? new AjvJsonSchemaValidator(), this.setRequestHandler(InitializeRequestSchema, (request) => this._oninitialize(request)), this.setNotificationHandler(InitializedNotificationSchema, () => this.oninitialized?.()), this._capabilities.logging && this.setRequestHandler(SetLevelRequestSchema, async (request, extra) => {
          let transportSessionId = extra.sessionId || extra.requestInfo?.headers["mcp-session-id"] || void 0, { level } = request.params, parseResult = LoggingLevelSchema.safeParse(level);
          return parseResult.success && this._loggingLevels.set(transportSessionId, parseResult.data), {};
        });
      }
      /**
       * Access experimental features.
       *
       * WARNING: These APIs are experimental and may change without notice.
       *
       * @experimental
       */
      get experimental() {
        return this._experimental || (this._experimental = {
          tasks: new ExperimentalServerTasks(this)
        }), this._experimental;
      }
      /**
       * Registers new capabilities. This can only be called before connecting to a transport.
       *
       * The new capabilities will be merged with any existing capabilities previously given (e.g., at initialization).
       */
      registerCapabilities(capabilities) {
        if (this.transport)
          throw new Error("Cannot register capabilities after connecting to transport");
        this._capabilities = mergeCapabilities(this._capabilities, capabilities);
      }
      /**
       * Override request handler registration to enforce server-side validation for tools/call.
       */
      setRequestHandler(requestSchema, handler) {
        let methodSchema = getObjectShape(requestSchema)?.method;
        if (!methodSchema)
          throw new Error("Schema is missing a method literal");
        let methodValue = getLiteralValue(methodSchema);
        if (typeof methodValue != "string")
          throw new Error("Schema method literal must be a string");
        if (methodValue === "tools/call") {
          let wrappedHandler = async (request, extra) => {
            let validatedRequest = safeParse2(CallToolRequestSchema, request);
            if (!validatedRequest.success) {
              let errorMessage = validatedRequest.error instanceof Error ? validatedRequest.error.message : String(validatedRequest.error);
              throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call request: ${errorMessage}`);
            }
            let { params } = validatedRequest.data, result = await Promise.resolve(handler(request, extra));
            if (params.task) {
              let taskValidationResult = safeParse2(CreateTaskResultSchema, result);
              if (!taskValidationResult.success) {
                let errorMessage = taskValidationResult.error instanceof Error ? taskValidationResult.error.message : String(taskValidationResult.error);
                throw new McpError(ErrorCode.InvalidParams, `Invalid task creation result: ${errorMessage}`);
              }
              return taskValidationResult.data;
            }
            let validationResult = safeParse2(CallToolResultSchema, result);
            if (!validationResult.success) {
              let errorMessage = validationResult.error instanceof Error ? validationResult.error.message : String(validationResult.error);
              throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call result: ${errorMessage}`);
            }
            return validationResult.data;
          };
          return super.setRequestHandler(requestSchema, wrappedHandler);
        }
        return super.setRequestHandler(requestSchema, handler);
      }
      assertCapabilityForMethod(method) {
        switch (method) {
          case "sampling/createMessage":
            if (!this._clientCapabilities?.sampling)
              throw new Error(`Client does not support sampling (required for ${method})`);
            break;
          case "elicitation/create":
            if (!this._clientCapabilities?.elicitation)
              throw new Error(`Client does not support elicitation (required for ${method})`);
            break;
          case "roots/list":
            if (!this._clientCapabilities?.roots)
              throw new Error(`Client does not support listing roots (required for ${method})`);
            break;
          case "ping":
            break;
        }
      }
      assertNotificationCapability(method) {
        switch (method) {
          case "notifications/message":
            if (!this._capabilities.logging)
              throw new Error(`Server does not support logging (required for ${method})`);
            break;
          case "notifications/resources/updated":
          case "notifications/resources/list_changed":
            if (!this._capabilities.resources)
              throw new Error(`Server does not support notifying about resources (required for ${method})`);
            break;
          case "notifications/tools/list_changed":
            if (!this._capabilities.tools)
              throw new Error(`Server does not support notifying of tool list changes (required for ${method})`);
            break;
          case "notifications/prompts/list_changed":
            if (!this._capabilities.prompts)
              throw new Error(`Server does not support notifying of prompt list changes (required for ${method})`);
            break;
          case "notifications/elicitation/complete":
            if (!this._clientCapabilities?.elicitation?.url)
              throw new Error(`Client does not support URL elicitation (required for ${method})`);
            break;
          case "notifications/cancelled":
            break;
          case "notifications/progress":
            break;
        }
      }
      assertRequestHandlerCapability(method) {
        if (this._capabilities)
          switch (method) {
            case "completion/complete":
              if (!this._capabilities.completions)
                throw new Error(`Server does not support completions (required for ${method})`);
              break;
            case "logging/setLevel":
              if (!this._capabilities.logging)
                throw new Error(`Server does not support logging (required for ${method})`);
              break;
            case "prompts/get":
            case "prompts/list":
              if (!this._capabilities.prompts)
                throw new Error(`Server does not support prompts (required for ${method})`);
              break;
            case "resources/list":
            case "resources/templates/list":
            case "resources/read":
              if (!this._capabilities.resources)
                throw new Error(`Server does not support resources (required for ${method})`);
              break;
            case "tools/call":
            case "tools/list":
              if (!this._capabilities.tools)
                throw new Error(`Server does not support tools (required for ${method})`);
              break;
            case "tasks/get":
            case "tasks/list":
            case "tasks/result":
            case "tasks/cancel":
              if (!this._capabilities.tasks)
                throw new Error(`Server does not support tasks capability (required for ${method})`);
              break;
            case "ping":
            case "initialize":
              break;
          }
      }
      assertTaskCapability(method) {
        assertClientRequestTaskCapability(this._clientCapabilities?.tasks?.requests, method, "Client");
      }
      assertTaskHandlerCapability(method) {
        this._capabilities && assertToolsCallTaskCapability(this._capabilities.tasks?.requests, method, "Server");
      }
      async _oninitialize(request) {
        let requestedVersion = request.params.protocolVersion;
        return this._clientCapabilities = request.params.capabilities, this._clientVersion = request.params.clientInfo, {
          protocolVersion: SUPPORTED_PROTOCOL_VERSIONS.includes(requestedVersion) ? requestedVersion : LATEST_PROTOCOL_VERSION,
          capabilities: this.getCapabilities(),
          serverInfo: this._serverInfo,
          ...this._instructions && { instructions: this._instructions }
        };
      }
      /**
       * After initialization has completed, this will be populated with the client's reported capabilities.
       */
      getClientCapabilities() {
        return this._clientCapabilities;
      }
      /**
       * After initialization has completed, this will be populated with information about the client's name and version.
       */
      getClientVersion() {
        return this._clientVersion;
      }
      getCapabilities() {
        return this._capabilities;
      }
      async ping() {
        return this.request({ method: "ping" }, EmptyResultSchema);
      }
      // Implementation
      async createMessage(params, options) {
        if ((params.tools || params.toolChoice) && !this._clientCapabilities?.sampling?.tools)
          throw new Error("Client does not support sampling tools capability.");
        if (params.messages.length > 0) {
          let lastMessage = params.messages[params.messages.length - 1], lastContent = Array.isArray(lastMessage.content) ? lastMessage.content : [lastMessage.content], hasToolResults = lastContent.some((c) => c.type === "tool_result"), previousMessage = params.messages.length > 1 ? params.messages[params.messages.length - 2] : void 0, previousContent = previousMessage ? Array.isArray(previousMessage.content) ? previousMessage.content : [previousMessage.content] : [], hasPreviousToolUse = previousContent.some((c) => c.type === "tool_use");
          if (hasToolResults) {
            if (lastContent.some((c) => c.type !== "tool_result"))
              throw new Error("The last message must contain only tool_result content if any is present");
            if (!hasPreviousToolUse)
              throw new Error("tool_result blocks are not matching any tool_use from the previous message");
          }
          if (hasPreviousToolUse) {
            let toolUseIds = new Set(previousContent.filter((c) => c.type === "tool_use").map((c) => c.id)), toolResultIds = new Set(lastContent.filter((c) => c.type === "tool_result").map((c) => c.toolUseId));
            if (toolUseIds.size !== toolResultIds.size || ![...toolUseIds].every((id) => toolResultIds.has(id)))
              throw new Error("ids of tool_result blocks and tool_use blocks from previous message do not match");
          }
        }
        return params.tools ? this.request({ method: "sampling/createMessage", params }, CreateMessageResultWithToolsSchema, options) : this.request({ method: "sampling/createMessage", params }, CreateMessageResultSchema, options);
      }
      /**
       * Creates an elicitation request for the given parameters.
       * For backwards compatibility, `mode` may be omitted for form requests and will default to `'form'`.
       * @param params The parameters for the elicitation request.
       * @param options Optional request options.
       * @returns The result of the elicitation request.
       */
      async elicitInput(params, options) {
        switch (params.mode ?? "form") {
          case "url": {
            if (!this._clientCapabilities?.elicitation?.url)
              throw new Error("Client does not support url elicitation.");
            let urlParams = params;
            return this.request({ method: "elicitation/create", params: urlParams }, ElicitResultSchema, options);
          }
          case "form": {
            if (!this._clientCapabilities?.elicitation?.form)
              throw new Error("Client does not support form elicitation.");
            let formParams = params.mode === "form" ? params : { ...params, mode: "form" }, result = await this.request({ method: "elicitation/create", params: formParams }, ElicitResultSchema, options);
            if (result.action === "accept" && result.content && formParams.requestedSchema)
              try {
                let validationResult = this._jsonSchemaValidator.getValidator(formParams.requestedSchema)(result.content);
                if (!validationResult.valid)
                  throw new McpError(ErrorCode.InvalidParams, `Elicitation response content does not match requested schema: ${validationResult.errorMessage}`);
              } catch (error2) {
                throw error2 instanceof McpError ? error2 : new McpError(ErrorCode.InternalError, `Error validating elicitation response: ${error2 instanceof Error ? error2.message : String(error2)}`);
              }
            return result;
          }
        }
      }
      /**
       * Creates a reusable callback that, when invoked, will send a `notifications/elicitation/complete`
       * notification for the specified elicitation ID.
       *
       * @param elicitationId The ID of the elicitation to mark as complete.
       * @param options Optional notification options. Useful when the completion notification should be related to a prior request.
       * @returns A function that emits the completion notification when awaited.
       */
      createElicitationCompletionNotifier(elicitationId, options) {
        if (!this._clientCapabilities?.elicitation?.url)
          throw new Error("Client does not support URL elicitation (required for notifications/elicitation/complete)");
        return () => this.notification({
          method: "notifications/elicitation/complete",
          params: {
            elicitationId
          }
        }, options);
      }
      async listRoots(params, options) {
        return this.request({ method: "roots/list", params }, ListRootsResultSchema, options);
      }
      /**
       * Sends a logging message to the client, if connected.
       * Note: You only need to send the parameters object, not the entire JSON RPC message
       * @see LoggingMessageNotification
       * @param params
       * @param sessionId optional for stateless and backward compatibility
       */
      async sendLoggingMessage(params, sessionId) {
        if (this._capabilities.logging && !this.isMessageIgnored(params.level, sessionId))
          return this.notification({ method: "notifications/message", params });
      }
      async sendResourceUpdated(params) {
        return this.notification({
          method: "notifications/resources/updated",
          params
        });
      }
      async sendResourceListChanged() {
        return this.notification({
          method: "notifications/resources/list_changed"
        });
      }
      async sendToolListChanged() {
        return this.notification({ method: "notifications/tools/list_changed" });
      }
      async sendPromptListChanged() {
        return this.notification({ method: "notifications/prompts/list_changed" });
      }
    };
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/completable.js
function isCompletable(schema) {
  return !!schema && typeof schema == "object" && COMPLETABLE_SYMBOL in schema;
}
function getCompleter(schema) {
  return schema[COMPLETABLE_SYMBOL]?.complete;
}
var COMPLETABLE_SYMBOL, McpZodTypeKind, init_completable = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/server/completable.js"() {
    init_web_globals();
    COMPLETABLE_SYMBOL = /* @__PURE__ */ Symbol.for("mcp.completable");
    (function(McpZodTypeKind2) {
      McpZodTypeKind2.Completable = "McpCompletable";
    })(McpZodTypeKind || (McpZodTypeKind = {}));
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/shared/uriTemplate.js
var init_uriTemplate = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/shared/uriTemplate.js"() {
    init_web_globals();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/shared/toolNameValidation.js
function validateToolName(name2) {
  let warnings = [];
  if (name2.length === 0)
    return {
      isValid: !1,
      warnings: ["Tool name cannot be empty"]
    };
  if (name2.length > 128)
    return {
      isValid: !1,
      warnings: [`Tool name exceeds maximum length of 128 characters (current: ${name2.length})`]
    };
  if (name2.includes(" ") && warnings.push("Tool name contains spaces, which may cause parsing issues"), name2.includes(",") && warnings.push("Tool name contains commas, which may cause parsing issues"), (name2.startsWith("-") || name2.endsWith("-")) && warnings.push("Tool name starts or ends with a dash, which may cause parsing issues in some contexts"), (name2.startsWith(".") || name2.endsWith(".")) && warnings.push("Tool name starts or ends with a dot, which may cause parsing issues in some contexts"), !TOOL_NAME_REGEX.test(name2)) {
    let invalidChars = name2.split("").filter((char) => !/[A-Za-z0-9._-]/.test(char)).filter((char, index, arr) => arr.indexOf(char) === index);
    return warnings.push(`Tool name contains invalid characters: ${invalidChars.map((c) => `"${c}"`).join(", ")}`, "Allowed characters are: A-Z, a-z, 0-9, underscore (_), dash (-), and dot (.)"), {
      isValid: !1,
      warnings
    };
  }
  return {
    isValid: !0,
    warnings
  };
}
function issueToolNameWarning(name2, warnings) {
  if (warnings.length > 0) {
    console.warn(`Tool name validation warning for "${name2}":`);
    for (let warning of warnings)
      console.warn(`  - ${warning}`);
    console.warn("Tool registration will proceed, but this may cause compatibility issues."), console.warn("Consider updating the tool name to conform to the MCP tool naming standard."), console.warn("See SEP: Specify Format for Tool Names (https://github.com/modelcontextprotocol/modelcontextprotocol/issues/986) for more details.");
  }
}
function validateAndWarnToolName(name2) {
  let result = validateToolName(name2);
  return issueToolNameWarning(name2, result.warnings), result.isValid;
}
var TOOL_NAME_REGEX, init_toolNameValidation = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/shared/toolNameValidation.js"() {
    init_web_globals();
    TOOL_NAME_REGEX = /^[A-Za-z0-9._-]{1,128}$/;
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/mcp-server.js
var ExperimentalMcpServerTasks, init_mcp_server = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/mcp-server.js"() {
    init_web_globals();
    ExperimentalMcpServerTasks = class {
      constructor(_mcpServer) {
        this._mcpServer = _mcpServer;
      }
      registerToolTask(name2, config2, handler) {
        let execution = { taskSupport: "required", ...config2.execution };
        if (execution.taskSupport === "forbidden")
          throw new Error(`Cannot register task-based tool '${name2}' with taskSupport 'forbidden'. Use registerTool() instead.`);
        return this._mcpServer._createRegisteredTool(name2, config2.title, config2.description, config2.inputSchema, config2.outputSchema, config2.annotations, execution, config2._meta, handler);
      }
    };
  }
});

// node_modules/zod/index.js
var init_zod = __esm({
  "node_modules/zod/index.js"() {
    init_web_globals();
    init_external2();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js
function toolInputElementCount(value, max) {
  let count = 0, stack = [value];
  for (; stack.length > 0; ) {
    let node2 = stack.pop();
    if (!(node2 === null || typeof node2 != "object"))
      if (Array.isArray(node2))
        for (let child of node2) {
          if (++count > max)
            return count;
          child !== null && typeof child == "object" && stack.push(child);
        }
      else
        for (let key in node2) {
          if (!Object.prototype.hasOwnProperty.call(node2, key))
            continue;
          if (++count > max)
            return count;
          let child = node2[key];
          child !== null && typeof child == "object" && stack.push(child);
        }
  }
  return count;
}
function resolveMaxToolInputElements(value) {
  if (!(value === void 0 || value === 1 / 0)) {
    if (typeof value != "number" || Number.isNaN(value) || value < 1)
      throw new RangeError(`maxToolInputElements must be a number of at least 1, or Infinity, got ${String(value)}`);
    return value;
  }
}
function isZodTypeLike(value) {
  return value !== null && typeof value == "object" && "parse" in value && typeof value.parse == "function" && "safeParse" in value && typeof value.safeParse == "function";
}
function isZodSchemaInstance(obj) {
  return "_def" in obj || "_zod" in obj || isZodTypeLike(obj);
}
function isZodRawShapeCompat(obj) {
  return typeof obj != "object" || obj === null || isZodSchemaInstance(obj) ? !1 : Object.keys(obj).length === 0 ? !0 : Object.values(obj).some(isZodTypeLike);
}
function getZodSchemaObject(schema) {
  if (schema) {
    if (isZodRawShapeCompat(schema))
      return objectFromShape(schema);
    if (!isZodSchemaInstance(schema))
      throw new Error("inputSchema must be a Zod schema or raw shape, received an unrecognized object");
    return schema;
  }
}
function promptArgumentsFromSchema(schema) {
  let shape = getObjectShape(schema);
  return shape ? Object.entries(shape).map(([name2, field]) => {
    let description = getSchemaDescription(field), isOptional = isSchemaOptional(field);
    return {
      name: name2,
      description,
      required: !isOptional
    };
  }) : [];
}
function getMethodValue(schema) {
  let methodSchema = getObjectShape(schema)?.method;
  if (!methodSchema)
    throw new Error("Schema is missing a method literal");
  let value = getLiteralValue(methodSchema);
  if (typeof value == "string")
    return value;
  throw new Error("Schema method literal must be a string");
}
function createCompletionResult(suggestions) {
  return {
    completion: {
      values: suggestions.slice(0, 100),
      total: suggestions.length,
      hasMore: suggestions.length > 100
    }
  };
}
var McpServer, EMPTY_OBJECT_JSON_SCHEMA, EMPTY_COMPLETION_RESULT, init_mcp = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js"() {
    init_web_globals();
    init_server2();
    init_zod_compat();
    init_zod_json_schema_compat();
    init_types();
    init_completable();
    init_uriTemplate();
    init_toolNameValidation();
    init_mcp_server();
    init_zod();
    McpServer = class {
      constructor(serverInfo, options) {
        this._registeredResources = {}, this._registeredResourceTemplates = {}, this._registeredTools = {}, this._registeredPrompts = {}, this._toolHandlersInitialized = !1, this._completionHandlerInitialized = !1, this._resourceHandlersInitialized = !1, this._promptHandlersInitialized = !1, this.server = new Server(serverInfo, options), this._maxToolInputElements = resolveMaxToolInputElements(options?.maxToolInputElements), options?.capabilities?.tools && this.setToolRequestHandlers(), options?.capabilities?.resources && this.setResourceRequestHandlers(), options?.capabilities?.prompts && this.setPromptRequestHandlers();
      }
      /**
       * Access experimental features.
       *
       * WARNING: These APIs are experimental and may change without notice.
       *
       * @experimental
       */
      get experimental() {
        return this._experimental || (this._experimental = {
          tasks: new ExperimentalMcpServerTasks(this)
        }), this._experimental;
      }
      /**
       * Attaches to the given transport, starts it, and starts listening for messages.
       *
       * The `server` object assumes ownership of the Transport, replacing any callbacks that have already been set, and expects that it is the only user of the Transport instance going forward.
       */
      async connect(transport) {
        return await this.server.connect(transport);
      }
      /**
       * Closes the connection.
       */
      async close() {
        await this.server.close();
      }
      setToolRequestHandlers() {
        this._toolHandlersInitialized || (this.server.assertCanSetRequestHandler(getMethodValue(ListToolsRequestSchema)), this.server.assertCanSetRequestHandler(getMethodValue(CallToolRequestSchema)), this.server.registerCapabilities({
          tools: {
            listChanged: !0
          }
        }), this.server.setRequestHandler(ListToolsRequestSchema, () => ({
          tools: Object.entries(this._registeredTools).filter(([, tool]) => tool.enabled).map(([name2, tool]) => {
            let toolDefinition = {
              name: name2,
              title: tool.title,
              description: tool.description,
              inputSchema: (() => {
                let obj = normalizeObjectSchema(tool.inputSchema);
                return obj ? toJsonSchemaCompat(obj, {
                  strictUnions: !0,
                  pipeStrategy: "input"
                }) : EMPTY_OBJECT_JSON_SCHEMA;
              })(),
              annotations: tool.annotations,
              execution: tool.execution,
              _meta: tool._meta
            };
            if (tool.outputSchema) {
              let obj = normalizeObjectSchema(tool.outputSchema);
              obj && (toolDefinition.outputSchema = toJsonSchemaCompat(obj, {
                strictUnions: !0,
                pipeStrategy: "output"
              }));
            }
            return toolDefinition;
          })
        })), this.server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
          try {
            let tool = this._registeredTools[request.params.name];
            if (!tool)
              throw new McpError(ErrorCode.InvalidParams, `Tool ${request.params.name} not found`);
            if (!tool.enabled)
              throw new McpError(ErrorCode.InvalidParams, `Tool ${request.params.name} disabled`);
            let isTaskRequest = !!request.params.task, taskSupport = tool.execution?.taskSupport, isTaskHandler = "createTask" in tool.handler;
            if ((taskSupport === "required" || taskSupport === "optional") && !isTaskHandler)
              throw new McpError(ErrorCode.InternalError, `Tool ${request.params.name} has taskSupport '${taskSupport}' but was not registered with registerToolTask`);
            if (taskSupport === "required" && !isTaskRequest)
              throw new McpError(ErrorCode.MethodNotFound, `Tool ${request.params.name} requires task augmentation (taskSupport: 'required')`);
            if (taskSupport === "optional" && !isTaskRequest && isTaskHandler)
              return await this.handleAutomaticTaskPolling(tool, request, extra);
            let args = await this.validateToolInput(tool, request.params.arguments, request.params.name), result = await this.executeToolHandler(tool, args, extra);
            return isTaskRequest || await this.validateToolOutput(tool, result, request.params.name), result;
          } catch (error2) {
            if (error2 instanceof McpError && error2.code === ErrorCode.UrlElicitationRequired)
              throw error2;
            return this.createToolError(error2 instanceof Error ? error2.message : String(error2));
          }
        }), this._toolHandlersInitialized = !0);
      }
      /**
       * Creates a tool error result.
       *
       * @param errorMessage - The error message.
       * @returns The tool error result.
       */
      createToolError(errorMessage) {
        return {
          content: [
            {
              type: "text",
              text: errorMessage
            }
          ],
          isError: !0
        };
      }
      /**
       * Validates tool input arguments against the tool's input schema.
       */
      async validateToolInput(tool, args, toolName) {
        if (this._maxToolInputElements !== void 0 && toolInputElementCount(args, this._maxToolInputElements) > this._maxToolInputElements)
          throw new McpError(ErrorCode.InvalidParams, `Invalid arguments for tool ${toolName}: arguments contain more than the maximum of ${this._maxToolInputElements} elements`);
        if (!tool.inputSchema)
          return;
        let schemaToParse = normalizeObjectSchema(tool.inputSchema) ?? tool.inputSchema, parseResult = await safeParseAsync2(schemaToParse, args ?? {});
        if (!parseResult.success) {
          let error2 = "error" in parseResult ? parseResult.error : "Unknown error", errorMessage = getParseErrorMessage(error2);
          throw new McpError(ErrorCode.InvalidParams, `Input validation error: Invalid arguments for tool ${toolName}: ${errorMessage}`);
        }
        return parseResult.data;
      }
      /**
       * Validates tool output against the tool's output schema.
       */
      async validateToolOutput(tool, result, toolName) {
        if (!tool.outputSchema || !("content" in result) || result.isError)
          return;
        if (!result.structuredContent)
          throw new McpError(ErrorCode.InvalidParams, `Output validation error: Tool ${toolName} has an output schema but no structured content was provided`);
        let outputObj = normalizeObjectSchema(tool.outputSchema), parseResult = await safeParseAsync2(outputObj, result.structuredContent);
        if (!parseResult.success) {
          let error2 = "error" in parseResult ? parseResult.error : "Unknown error", errorMessage = getParseErrorMessage(error2);
          throw new McpError(ErrorCode.InvalidParams, `Output validation error: Invalid structured content for tool ${toolName}: ${errorMessage}`);
        }
      }
      /**
       * Executes a tool handler (either regular or task-based).
       */
      async executeToolHandler(tool, args, extra) {
        let handler = tool.handler;
        if ("createTask" in handler) {
          if (!extra.taskStore)
            throw new Error("No task store provided.");
          let taskExtra = { ...extra, taskStore: extra.taskStore };
          if (tool.inputSchema) {
            let typedHandler = handler;
            return await Promise.resolve(typedHandler.createTask(args, taskExtra));
          } else {
            let typedHandler = handler;
            return await Promise.resolve(typedHandler.createTask(taskExtra));
          }
        }
        if (tool.inputSchema) {
          let typedHandler = handler;
          return await Promise.resolve(typedHandler(args, extra));
        } else {
          let typedHandler = handler;
          return await Promise.resolve(typedHandler(extra));
        }
      }
      /**
       * Handles automatic task polling for tools with taskSupport 'optional'.
       */
      async handleAutomaticTaskPolling(tool, request, extra) {
        if (!extra.taskStore)
          throw new Error("No task store provided for task-capable tool.");
        let args = await this.validateToolInput(tool, request.params.arguments, request.params.name), handler = tool.handler, taskExtra = { ...extra, taskStore: extra.taskStore }, createTaskResult = args ? await Promise.resolve(handler.createTask(args, taskExtra)) : (
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          await Promise.resolve(handler.createTask(taskExtra))
        ), taskId = createTaskResult.task.taskId, task = createTaskResult.task, pollInterval = task.pollInterval ?? 5e3;
        for (; task.status !== "completed" && task.status !== "failed" && task.status !== "cancelled"; ) {
          await new Promise((resolve3) => setTimeout(resolve3, pollInterval));
          let updatedTask = await extra.taskStore.getTask(taskId);
          if (!updatedTask)
            throw new McpError(ErrorCode.InternalError, `Task ${taskId} not found during polling`);
          task = updatedTask;
        }
        return await extra.taskStore.getTaskResult(taskId);
      }
      setCompletionRequestHandler() {
        this._completionHandlerInitialized || (this.server.assertCanSetRequestHandler(getMethodValue(CompleteRequestSchema)), this.server.registerCapabilities({
          completions: {}
        }), this.server.setRequestHandler(CompleteRequestSchema, async (request) => {
          switch (request.params.ref.type) {
            case "ref/prompt":
              return assertCompleteRequestPrompt(request), this.handlePromptCompletion(request, request.params.ref);
            case "ref/resource":
              return assertCompleteRequestResourceTemplate(request), this.handleResourceCompletion(request, request.params.ref);
            default:
              throw new McpError(ErrorCode.InvalidParams, `Invalid completion reference: ${request.params.ref}`);
          }
        }), this._completionHandlerInitialized = !0);
      }
      async handlePromptCompletion(request, ref) {
        let prompt = this._registeredPrompts[ref.name];
        if (!prompt)
          throw new McpError(ErrorCode.InvalidParams, `Prompt ${ref.name} not found`);
        if (!prompt.enabled)
          throw new McpError(ErrorCode.InvalidParams, `Prompt ${ref.name} disabled`);
        if (!prompt.argsSchema)
          return EMPTY_COMPLETION_RESULT;
        let field = getObjectShape(prompt.argsSchema)?.[request.params.argument.name];
        if (!isCompletable(field))
          return EMPTY_COMPLETION_RESULT;
        let completer = getCompleter(field);
        if (!completer)
          return EMPTY_COMPLETION_RESULT;
        let suggestions = await completer(request.params.argument.value, request.params.context);
        return createCompletionResult(suggestions);
      }
      async handleResourceCompletion(request, ref) {
        let template = Object.values(this._registeredResourceTemplates).find((t) => t.resourceTemplate.uriTemplate.toString() === ref.uri);
        if (!template) {
          if (this._registeredResources[ref.uri])
            return EMPTY_COMPLETION_RESULT;
          throw new McpError(ErrorCode.InvalidParams, `Resource template ${request.params.ref.uri} not found`);
        }
        let completer = template.resourceTemplate.completeCallback(request.params.argument.name);
        if (!completer)
          return EMPTY_COMPLETION_RESULT;
        let suggestions = await completer(request.params.argument.value, request.params.context);
        return createCompletionResult(suggestions);
      }
      setResourceRequestHandlers() {
        this._resourceHandlersInitialized || (this.server.assertCanSetRequestHandler(getMethodValue(ListResourcesRequestSchema)), this.server.assertCanSetRequestHandler(getMethodValue(ListResourceTemplatesRequestSchema)), this.server.assertCanSetRequestHandler(getMethodValue(ReadResourceRequestSchema)), this.server.registerCapabilities({
          resources: {
            listChanged: !0
          }
        }), this.server.setRequestHandler(ListResourcesRequestSchema, async (request, extra) => {
          let resources = Object.entries(this._registeredResources).filter(([_, resource]) => resource.enabled).map(([uri, resource]) => ({
            uri,
            name: resource.name,
            ...resource.metadata
          })), templateResources = [];
          for (let template of Object.values(this._registeredResourceTemplates)) {
            if (!template.resourceTemplate.listCallback)
              continue;
            let result = await template.resourceTemplate.listCallback(extra);
            for (let resource of result.resources)
              templateResources.push({
                ...template.metadata,
                // the defined resource metadata should override the template metadata if present
                ...resource
              });
          }
          return { resources: [...resources, ...templateResources] };
        }), this.server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({ resourceTemplates: Object.entries(this._registeredResourceTemplates).map(([name2, template]) => ({
          name: name2,
          uriTemplate: template.resourceTemplate.uriTemplate.toString(),
          ...template.metadata
        })) })), this.server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) => {
          let uri = new URL(request.params.uri), resource = this._registeredResources[uri.toString()];
          if (resource) {
            if (!resource.enabled)
              throw new McpError(ErrorCode.InvalidParams, `Resource ${uri} disabled`);
            return resource.readCallback(uri, extra);
          }
          for (let template of Object.values(this._registeredResourceTemplates)) {
            let variables = template.resourceTemplate.uriTemplate.match(uri.toString());
            if (variables)
              return template.readCallback(uri, variables, extra);
          }
          throw new McpError(ErrorCode.InvalidParams, `Resource ${uri} not found`);
        }), this._resourceHandlersInitialized = !0);
      }
      setPromptRequestHandlers() {
        this._promptHandlersInitialized || (this.server.assertCanSetRequestHandler(getMethodValue(ListPromptsRequestSchema)), this.server.assertCanSetRequestHandler(getMethodValue(GetPromptRequestSchema)), this.server.registerCapabilities({
          prompts: {
            listChanged: !0
          }
        }), this.server.setRequestHandler(ListPromptsRequestSchema, () => ({
          prompts: Object.entries(this._registeredPrompts).filter(([, prompt]) => prompt.enabled).map(([name2, prompt]) => ({
            name: name2,
            title: prompt.title,
            description: prompt.description,
            arguments: prompt.argsSchema ? promptArgumentsFromSchema(prompt.argsSchema) : void 0
          }))
        })), this.server.setRequestHandler(GetPromptRequestSchema, async (request, extra) => {
          let prompt = this._registeredPrompts[request.params.name];
          if (!prompt)
            throw new McpError(ErrorCode.InvalidParams, `Prompt ${request.params.name} not found`);
          if (!prompt.enabled)
            throw new McpError(ErrorCode.InvalidParams, `Prompt ${request.params.name} disabled`);
          if (prompt.argsSchema) {
            let argsObj = normalizeObjectSchema(prompt.argsSchema), parseResult = await safeParseAsync2(argsObj, request.params.arguments ?? {});
            if (!parseResult.success) {
              let error2 = "error" in parseResult ? parseResult.error : "Unknown error", errorMessage = getParseErrorMessage(error2);
              throw new McpError(ErrorCode.InvalidParams, `Invalid arguments for prompt ${request.params.name}: ${errorMessage}`);
            }
            let args = parseResult.data, cb = prompt.callback;
            return await Promise.resolve(cb(args, extra));
          } else {
            let cb = prompt.callback;
            return await Promise.resolve(cb(extra));
          }
        }), this._promptHandlersInitialized = !0);
      }
      resource(name2, uriOrTemplate, ...rest) {
        let metadata;
        typeof rest[0] == "object" && (metadata = rest.shift());
        let readCallback = rest[0];
        if (typeof uriOrTemplate == "string") {
          if (this._registeredResources[uriOrTemplate])
            throw new Error(`Resource ${uriOrTemplate} is already registered`);
          let registeredResource = this._createRegisteredResource(name2, void 0, uriOrTemplate, metadata, readCallback);
          return this.setResourceRequestHandlers(), this.sendResourceListChanged(), registeredResource;
        } else {
          if (this._registeredResourceTemplates[name2])
            throw new Error(`Resource template ${name2} is already registered`);
          let registeredResourceTemplate = this._createRegisteredResourceTemplate(name2, void 0, uriOrTemplate, metadata, readCallback);
          return this.setResourceRequestHandlers(), this.sendResourceListChanged(), registeredResourceTemplate;
        }
      }
      registerResource(name2, uriOrTemplate, config2, readCallback) {
        if (typeof uriOrTemplate == "string") {
          if (this._registeredResources[uriOrTemplate])
            throw new Error(`Resource ${uriOrTemplate} is already registered`);
          let registeredResource = this._createRegisteredResource(name2, config2.title, uriOrTemplate, config2, readCallback);
          return this.setResourceRequestHandlers(), this.sendResourceListChanged(), registeredResource;
        } else {
          if (this._registeredResourceTemplates[name2])
            throw new Error(`Resource template ${name2} is already registered`);
          let registeredResourceTemplate = this._createRegisteredResourceTemplate(name2, config2.title, uriOrTemplate, config2, readCallback);
          return this.setResourceRequestHandlers(), this.sendResourceListChanged(), registeredResourceTemplate;
        }
      }
      _createRegisteredResource(name2, title, uri, metadata, readCallback) {
        let registeredResource = {
          name: name2,
          title,
          metadata,
          readCallback,
          enabled: !0,
          disable: () => registeredResource.update({ enabled: !1 }),
          enable: () => registeredResource.update({ enabled: !0 }),
          remove: () => registeredResource.update({ uri: null }),
          update: (updates) => {
            typeof updates.uri < "u" && updates.uri !== uri && (delete this._registeredResources[uri], updates.uri && (this._registeredResources[updates.uri] = registeredResource)), typeof updates.name < "u" && (registeredResource.name = updates.name), typeof updates.title < "u" && (registeredResource.title = updates.title), typeof updates.metadata < "u" && (registeredResource.metadata = updates.metadata), typeof updates.callback < "u" && (registeredResource.readCallback = updates.callback), typeof updates.enabled < "u" && (registeredResource.enabled = updates.enabled), this.sendResourceListChanged();
          }
        };
        return this._registeredResources[uri] = registeredResource, registeredResource;
      }
      _createRegisteredResourceTemplate(name2, title, template, metadata, readCallback) {
        let registeredResourceTemplate = {
          resourceTemplate: template,
          title,
          metadata,
          readCallback,
          enabled: !0,
          disable: () => registeredResourceTemplate.update({ enabled: !1 }),
          enable: () => registeredResourceTemplate.update({ enabled: !0 }),
          remove: () => registeredResourceTemplate.update({ name: null }),
          update: (updates) => {
            typeof updates.name < "u" && updates.name !== name2 && (delete this._registeredResourceTemplates[name2], updates.name && (this._registeredResourceTemplates[updates.name] = registeredResourceTemplate)), typeof updates.title < "u" && (registeredResourceTemplate.title = updates.title), typeof updates.template < "u" && (registeredResourceTemplate.resourceTemplate = updates.template), typeof updates.metadata < "u" && (registeredResourceTemplate.metadata = updates.metadata), typeof updates.callback < "u" && (registeredResourceTemplate.readCallback = updates.callback), typeof updates.enabled < "u" && (registeredResourceTemplate.enabled = updates.enabled), this.sendResourceListChanged();
          }
        };
        this._registeredResourceTemplates[name2] = registeredResourceTemplate;
        let variableNames = template.uriTemplate.variableNames;
        return Array.isArray(variableNames) && variableNames.some((v) => !!template.completeCallback(v)) && this.setCompletionRequestHandler(), registeredResourceTemplate;
      }
      _createRegisteredPrompt(name2, title, description, argsSchema, callback) {
        let registeredPrompt = {
          title,
          description,
          argsSchema: argsSchema === void 0 ? void 0 : objectFromShape(argsSchema),
          callback,
          enabled: !0,
          disable: () => registeredPrompt.update({ enabled: !1 }),
          enable: () => registeredPrompt.update({ enabled: !0 }),
          remove: () => registeredPrompt.update({ name: null }),
          update: (updates) => {
            typeof updates.name < "u" && updates.name !== name2 && (delete this._registeredPrompts[name2], updates.name && (this._registeredPrompts[updates.name] = registeredPrompt)), typeof updates.title < "u" && (registeredPrompt.title = updates.title), typeof updates.description < "u" && (registeredPrompt.description = updates.description), typeof updates.argsSchema < "u" && (registeredPrompt.argsSchema = objectFromShape(updates.argsSchema)), typeof updates.callback < "u" && (registeredPrompt.callback = updates.callback), typeof updates.enabled < "u" && (registeredPrompt.enabled = updates.enabled), this.sendPromptListChanged();
          }
        };
        return this._registeredPrompts[name2] = registeredPrompt, argsSchema && Object.values(argsSchema).some((field) => {
          let inner = field instanceof ZodOptional ? field._def?.innerType : field;
          return isCompletable(inner);
        }) && this.setCompletionRequestHandler(), registeredPrompt;
      }
      _createRegisteredTool(name2, title, description, inputSchema7, outputSchema2, annotations, execution, _meta, handler) {
        validateAndWarnToolName(name2);
        let registeredTool = {
          title,
          description,
          inputSchema: getZodSchemaObject(inputSchema7),
          outputSchema: getZodSchemaObject(outputSchema2),
          annotations,
          execution,
          _meta,
          handler,
          enabled: !0,
          disable: () => registeredTool.update({ enabled: !1 }),
          enable: () => registeredTool.update({ enabled: !0 }),
          remove: () => registeredTool.update({ name: null }),
          update: (updates) => {
            typeof updates.name < "u" && updates.name !== name2 && (typeof updates.name == "string" && validateAndWarnToolName(updates.name), delete this._registeredTools[name2], updates.name && (this._registeredTools[updates.name] = registeredTool)), typeof updates.title < "u" && (registeredTool.title = updates.title), typeof updates.description < "u" && (registeredTool.description = updates.description), typeof updates.paramsSchema < "u" && (registeredTool.inputSchema = objectFromShape(updates.paramsSchema)), typeof updates.outputSchema < "u" && (registeredTool.outputSchema = objectFromShape(updates.outputSchema)), typeof updates.callback < "u" && (registeredTool.handler = updates.callback), typeof updates.annotations < "u" && (registeredTool.annotations = updates.annotations), typeof updates._meta < "u" && (registeredTool._meta = updates._meta), typeof updates.enabled < "u" && (registeredTool.enabled = updates.enabled), this.sendToolListChanged();
          }
        };
        return this._registeredTools[name2] = registeredTool, this.setToolRequestHandlers(), this.sendToolListChanged(), registeredTool;
      }
      /**
       * tool() implementation. Parses arguments passed to overrides defined above.
       */
      tool(name2, ...rest) {
        if (this._registeredTools[name2])
          throw new Error(`Tool ${name2} is already registered`);
        let description, inputSchema7, outputSchema2, annotations;
        if (typeof rest[0] == "string" && (description = rest.shift()), rest.length > 1) {
          let firstArg = rest[0];
          if (isZodRawShapeCompat(firstArg))
            inputSchema7 = rest.shift(), rest.length > 1 && typeof rest[0] == "object" && rest[0] !== null && !isZodRawShapeCompat(rest[0]) && (annotations = rest.shift());
          else if (typeof firstArg == "object" && firstArg !== null) {
            if (Object.values(firstArg).some((v) => typeof v == "object" && v !== null))
              throw new Error(`Tool ${name2} expected a Zod schema or ToolAnnotations, but received an unrecognized object`);
            annotations = rest.shift();
          }
        }
        let callback = rest[0];
        return this._createRegisteredTool(name2, void 0, description, inputSchema7, outputSchema2, annotations, { taskSupport: "forbidden" }, void 0, callback);
      }
      /**
       * Registers a tool with a config object and callback.
       */
      registerTool(name2, config2, cb) {
        if (this._registeredTools[name2])
          throw new Error(`Tool ${name2} is already registered`);
        let { title, description, inputSchema: inputSchema7, outputSchema: outputSchema2, annotations, _meta } = config2;
        return this._createRegisteredTool(name2, title, description, inputSchema7, outputSchema2, annotations, { taskSupport: "forbidden" }, _meta, cb);
      }
      prompt(name2, ...rest) {
        if (this._registeredPrompts[name2])
          throw new Error(`Prompt ${name2} is already registered`);
        let description;
        typeof rest[0] == "string" && (description = rest.shift());
        let argsSchema;
        rest.length > 1 && (argsSchema = rest.shift());
        let cb = rest[0], registeredPrompt = this._createRegisteredPrompt(name2, void 0, description, argsSchema, cb);
        return this.setPromptRequestHandlers(), this.sendPromptListChanged(), registeredPrompt;
      }
      /**
       * Registers a prompt with a config object and callback.
       */
      registerPrompt(name2, config2, cb) {
        if (this._registeredPrompts[name2])
          throw new Error(`Prompt ${name2} is already registered`);
        let { title, description, argsSchema } = config2, registeredPrompt = this._createRegisteredPrompt(name2, title, description, argsSchema, cb);
        return this.setPromptRequestHandlers(), this.sendPromptListChanged(), registeredPrompt;
      }
      /**
       * Checks if the server is connected to a transport.
       * @returns True if the server is connected
       */
      isConnected() {
        return this.server.transport !== void 0;
      }
      /**
       * Sends a logging message to the client, if connected.
       * Note: You only need to send the parameters object, not the entire JSON RPC message
       * @see LoggingMessageNotification
       * @param params
       * @param sessionId optional for stateless and backward compatibility
       */
      async sendLoggingMessage(params, sessionId) {
        return this.server.sendLoggingMessage(params, sessionId);
      }
      /**
       * Sends a resource list changed event to the client, if connected.
       */
      sendResourceListChanged() {
        this.isConnected() && this.server.sendResourceListChanged();
      }
      /**
       * Sends a tool list changed event to the client, if connected.
       */
      sendToolListChanged() {
        this.isConnected() && this.server.sendToolListChanged();
      }
      /**
       * Sends a prompt list changed event to the client, if connected.
       */
      sendPromptListChanged() {
        this.isConnected() && this.server.sendPromptListChanged();
      }
    }, EMPTY_OBJECT_JSON_SCHEMA = {
      type: "object",
      properties: {}
    };
    EMPTY_COMPLETION_RESULT = {
      completion: {
        values: [],
        hasMore: !1
      }
    };
  }
});

// node_modules/content-type/index.js
var require_content_type = __commonJS({
  "node_modules/content-type/index.js"(exports) {
    "use strict";
    init_web_globals();
    var PARAM_REGEXP = /; *([!#$%&'*+.^_`|~0-9A-Za-z-]+) *= *("(?:[\u000b\u0020\u0021\u0023-\u005b\u005d-\u007e\u0080-\u00ff]|\\[\u000b\u0020-\u00ff])*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+) */g, TEXT_REGEXP = /^[\u000b\u0020-\u007e\u0080-\u00ff]+$/, TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, QESC_REGEXP = /\\([\u000b\u0020-\u00ff])/g, QUOTE_REGEXP = /([\\"])/g, TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    exports.format = format;
    exports.parse = parse3;
    function format(obj) {
      if (!obj || typeof obj != "object")
        throw new TypeError("argument obj is required");
      var parameters = obj.parameters, type = obj.type;
      if (!type || !TYPE_REGEXP.test(type))
        throw new TypeError("invalid type");
      var string3 = type;
      if (parameters && typeof parameters == "object")
        for (var param, params = Object.keys(parameters).sort(), i = 0; i < params.length; i++) {
          if (param = params[i], !TOKEN_REGEXP.test(param))
            throw new TypeError("invalid parameter name");
          string3 += "; " + param + "=" + qstring(parameters[param]);
        }
      return string3;
    }
    function parse3(string3) {
      if (!string3)
        throw new TypeError("argument string is required");
      var header = typeof string3 == "object" ? getcontenttype(string3) : string3;
      if (typeof header != "string")
        throw new TypeError("argument string is required to be a string");
      var index = header.indexOf(";"), type = index !== -1 ? header.slice(0, index).trim() : header.trim();
      if (!TYPE_REGEXP.test(type))
        throw new TypeError("invalid media type");
      var obj = new ContentType(type.toLowerCase());
      if (index !== -1) {
        var key, match, value;
        for (PARAM_REGEXP.lastIndex = index; match = PARAM_REGEXP.exec(header); ) {
          if (match.index !== index)
            throw new TypeError("invalid parameter format");
          index += match[0].length, key = match[1].toLowerCase(), value = match[2], value.charCodeAt(0) === 34 && (value = value.slice(1, -1), value.indexOf("\\") !== -1 && (value = value.replace(QESC_REGEXP, "$1"))), obj.parameters[key] = value;
        }
        if (index !== header.length)
          throw new TypeError("invalid parameter format");
      }
      return obj;
    }
    function getcontenttype(obj) {
      var header;
      if (typeof obj.getHeader == "function" ? header = obj.getHeader("content-type") : typeof obj.headers == "object" && (header = obj.headers && obj.headers["content-type"]), typeof header != "string")
        throw new TypeError("content-type header is missing from object");
      return header;
    }
    function qstring(val) {
      var str = String(val);
      if (TOKEN_REGEXP.test(str))
        return str;
      if (str.length > 0 && !TEXT_REGEXP.test(str))
        throw new TypeError("invalid parameter value");
      return '"' + str.replace(QUOTE_REGEXP, "\\$1") + '"';
    }
    function ContentType(type) {
      this.parameters = /* @__PURE__ */ Object.create(null), this.type = type;
    }
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/shared/mediaType.js
function mediaTypeEssence(header) {
  if (header)
    try {
      return import_content_type.default.parse(header).type;
    } catch {
      let essence = (header.split(";", 1)[0] ?? "").trim().toLowerCase();
      return essence === "" || header.slice(essence.length).includes(",") ? void 0 : essence;
    }
}
function isJsonContentType(header) {
  return header === "application/json" ? !0 : mediaTypeEssence(header) === "application/json";
}
var import_content_type, init_mediaType = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/shared/mediaType.js"() {
    init_web_globals();
    import_content_type = __toESM(require_content_type(), 1);
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/requestBody.js
function requestBodyTooLargeMessage(maxBytes) {
  return `Payload Too Large: Request body must not exceed ${maxBytes} bytes`;
}
function resolveMaxRequestBodySize(value) {
  if (value === void 0)
    return 4194304;
  if (typeof value != "number" || !Number.isFinite(value) || value <= 0)
    throw new RangeError(`maxRequestBodySize must be a positive number of bytes, got ${String(value)}`);
  return value;
}
async function readRequestBody(request, maxBytes = 4194304) {
  if (Number(request.headers.get("content-length")) > maxBytes)
    return { tooLarge: !0 };
  if (request.body === null)
    return { tooLarge: !1, text: "" };
  let reader = request.body.getReader(), decoder = new TextDecoder(), received = 0, text = "";
  try {
    for (; ; ) {
      let { done, value } = await reader.read();
      if (done)
        break;
      if (received += value.byteLength, received > maxBytes)
        return { tooLarge: !0 };
      text += decoder.decode(value, { stream: !0 });
    }
  } finally {
    reader.releaseLock();
  }
  return { tooLarge: !1, text: text + decoder.decode() };
}
var init_requestBody = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/server/requestBody.js"() {
    init_web_globals();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/sseKeepAlive.js
function armSseKeepAlive(intervalMs, onTick) {
  if (!Number.isFinite(intervalMs) || intervalMs < 1)
    return;
  let timer = setInterval(onTick, Math.min(intervalMs, 2147483647));
  return timer.unref?.(), timer;
}
var init_sseKeepAlive = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/server/sseKeepAlive.js"() {
    init_web_globals();
  }
});

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/webStandardStreamableHttp.js
var WebStandardStreamableHTTPServerTransport, init_webStandardStreamableHttp = __esm({
  "node_modules/@modelcontextprotocol/sdk/dist/esm/server/webStandardStreamableHttp.js"() {
    init_web_globals();
    init_mediaType();
    init_requestBody();
    init_sseKeepAlive();
    init_types();
    WebStandardStreamableHTTPServerTransport = class {
      constructor(options = {}) {
        this._started = !1, this._hasHandledRequest = !1, this._streamMapping = /* @__PURE__ */ new Map(), this._requestToStreamMapping = /* @__PURE__ */ new Map(), this._resumableStreams = /* @__PURE__ */ new Set(), this._requestResponseMap = /* @__PURE__ */ new Map(), this._initialized = !1, this._enableJsonResponse = !1, this._standaloneSseStreamId = "_GET_stream", this._closed = !1, this.sessionIdGenerator = options.sessionIdGenerator, this._enableJsonResponse = options.enableJsonResponse ?? !1, this._eventStore = options.eventStore, this._onsessioninitialized = options.onsessioninitialized, this._onsessionclosed = options.onsessionclosed, this._allowedHosts = options.allowedHosts, this._allowedOrigins = options.allowedOrigins, this._enableDnsRebindingProtection = options.enableDnsRebindingProtection ?? !1, this._retryInterval = options.retryInterval, this._keepAliveMs = options.keepAliveMs ?? 15e3, this._maxRequestBodySize = resolveMaxRequestBodySize(options.maxRequestBodySize);
      }
      /**
       * Arms a keep-alive interval for an SSE stream that periodically writes an SSE
       * comment frame so intermediaries and idle timeouts don't kill the connection.
       * The returned timer is owned by the stream it was armed for: the stream's
       * cancel/cleanup callbacks must clear it. The interval clears itself if a
       * write fails (stream already closed/cancelled).
       */
      startKeepAlive(controller, encoder) {
        if (this._closed)
          return;
        let timer = armSseKeepAlive(this._keepAliveMs, () => {
          try {
            controller.enqueue(encoder.encode(`: keepalive

`));
          } catch {
            timer !== void 0 && clearInterval(timer);
          }
        });
        return timer;
      }
      /**
       * Starts the transport. This is required by the Transport interface but is a no-op
       * for the Streamable HTTP transport as connections are managed per-request.
       */
      async start() {
        if (this._started)
          throw new Error("Transport already started");
        this._started = !0;
      }
      /**
       * Helper to create a JSON error response
       */
      createJsonErrorResponse(status, code, message, options) {
        let error2 = { code, message };
        return options?.data !== void 0 && (error2.data = options.data), new LightResponse(JSON.stringify({
          jsonrpc: "2.0",
          error: error2,
          id: null
        }), {
          status,
          headers: {
            "Content-Type": "application/json",
            ...options?.headers
          }
        });
      }
      /**
       * Validates request headers for DNS rebinding protection.
       * @returns Error response if validation fails, undefined if validation passes.
       */
      validateRequestHeaders(req) {
        if (this._enableDnsRebindingProtection) {
          if (this._allowedHosts && this._allowedHosts.length > 0) {
            let hostHeader = req.headers.get("host");
            if (!hostHeader || !this._allowedHosts.includes(hostHeader)) {
              let error2 = `Invalid Host header: ${hostHeader}`;
              return this.onerror?.(new Error(error2)), this.createJsonErrorResponse(403, -32e3, error2);
            }
          }
          if (this._allowedOrigins && this._allowedOrigins.length > 0) {
            let originHeader = req.headers.get("origin");
            if (originHeader && !this._allowedOrigins.includes(originHeader)) {
              let error2 = `Invalid Origin header: ${originHeader}`;
              return this.onerror?.(new Error(error2)), this.createJsonErrorResponse(403, -32e3, error2);
            }
          }
        }
      }
      /**
       * Handles an incoming HTTP request, whether GET, POST, or DELETE
       * Returns a Response object (Web Standard)
       */
      async handleRequest(req, options) {
        if (this._closed)
          return this.createJsonErrorResponse(404, -32001, "Session not found");
        if (!this.sessionIdGenerator && this._hasHandledRequest)
          throw new Error("Stateless transport cannot be reused across requests. Create a new transport per request.");
        this._hasHandledRequest = !0;
        let validationError = this.validateRequestHeaders(req);
        if (validationError)
          return validationError;
        switch (req.method) {
          case "POST":
            return this.handlePostRequest(req, options);
          case "GET":
            return this.handleGetRequest(req);
          case "DELETE":
            return this.handleDeleteRequest(req);
          default:
            return this.handleUnsupportedRequest();
        }
      }
      /**
       * Writes a priming event to establish resumption capability.
       * Only sends if eventStore is configured (opt-in for resumability) and
       * the client's protocol version supports empty SSE data (>= 2025-11-25).
       */
      async writePrimingEvent(controller, encoder, streamId, protocolVersion) {
        if (!this._eventStore || protocolVersion < "2025-11-25")
          return;
        let primingEventId = await this._eventStore.storeEvent(streamId, {}), primingEvent = `id: ${primingEventId}
data: 

`;
        this._retryInterval !== void 0 && (primingEvent = `id: ${primingEventId}
retry: ${this._retryInterval}
data: 

`), controller.enqueue(encoder.encode(primingEvent)), this._resumableStreams.add(streamId);
      }
      /**
       * Handles GET requests for SSE stream
       */
      async handleGetRequest(req) {
        if (!req.headers.get("accept")?.includes("text/event-stream"))
          return this.onerror?.(new Error("Not Acceptable: Client must accept text/event-stream")), this.createJsonErrorResponse(406, -32e3, "Not Acceptable: Client must accept text/event-stream");
        let sessionError = this.validateSession(req);
        if (sessionError)
          return sessionError;
        let protocolError = this.validateProtocolVersion(req);
        if (protocolError)
          return protocolError;
        if (this._eventStore) {
          let lastEventId = req.headers.get("last-event-id");
          if (lastEventId)
            return this.replayEvents(lastEventId);
        }
        if (this._streamMapping.get(this._standaloneSseStreamId) !== void 0)
          return this.onerror?.(new Error("Conflict: Only one SSE stream is allowed per session")), this.createJsonErrorResponse(409, -32e3, "Conflict: Only one SSE stream is allowed per session");
        let encoder = new TextEncoder(), streamController, keepAliveTimer, readable = new ReadableStream({
          start: (controller) => {
            streamController = controller;
          },
          cancel: () => {
            keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.get(this._standaloneSseStreamId)?.controller === streamController && this._streamMapping.delete(this._standaloneSseStreamId);
          }
        }), headers = {
          "Content-Type": "text/event-stream",
          "Cache-Control": "no-cache, no-transform",
          Connection: "keep-alive",
          "X-Accel-Buffering": "no"
        };
        return this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId), this._streamMapping.set(this._standaloneSseStreamId, {
          controller: streamController,
          encoder,
          cleanup: () => {
            keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(this._standaloneSseStreamId);
            try {
              streamController.close();
            } catch {
            }
          }
        }), keepAliveTimer = this.startKeepAlive(streamController, encoder), new LightResponse(readable, { headers });
      }
      /**
       * Replays events that would have been sent after the specified event ID
       * Only used when resumability is enabled
       */
      async replayEvents(lastEventId) {
        if (!this._eventStore)
          return this.onerror?.(new Error("Event store not configured")), this.createJsonErrorResponse(400, -32e3, "Event store not configured");
        try {
          let streamId;
          if (this._eventStore.getStreamIdForEventId) {
            if (streamId = await this._eventStore.getStreamIdForEventId(lastEventId), !streamId)
              return this.onerror?.(new Error("Invalid event ID format")), this.createJsonErrorResponse(400, -32e3, "Invalid event ID format");
            if (this._streamMapping.get(streamId) !== void 0)
              return this.onerror?.(new Error("Conflict: Stream already has an active connection")), this.createJsonErrorResponse(409, -32e3, "Conflict: Stream already has an active connection");
          }
          let headers = {
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-cache, no-transform",
            Connection: "keep-alive",
            "X-Accel-Buffering": "no"
          };
          this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
          let encoder = new TextEncoder(), streamController, keepAliveTimer, replayedStreamId, cancelled = !1, readable = new ReadableStream({
            start: (controller) => {
              streamController = controller;
            },
            cancel: () => {
              cancelled = !0, keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), replayedStreamId !== void 0 && this._streamMapping.get(replayedStreamId)?.controller === streamController && this._streamMapping.delete(replayedStreamId);
            }
          }), replayedEventIds = /* @__PURE__ */ new Set();
          if (replayedStreamId = await this._eventStore.replayEventsAfter(lastEventId, {
            send: async (eventId, message) => {
              if (this.writeSSEEvent(streamController, encoder, message, eventId))
                replayedEventIds.add(eventId);
              else {
                this.onerror?.(new Error("Failed replay events"));
                try {
                  streamController.close();
                } catch {
                }
              }
            }
          }), this._closed || cancelled) {
            try {
              streamController.close();
            } catch {
            }
            return this.createJsonErrorResponse(404, -32001, "Session not found");
          }
          return this._streamMapping.get(replayedStreamId)?.cleanup(), this._streamMapping.set(replayedStreamId, {
            controller: streamController,
            encoder,
            replayedEventIds,
            cleanup: () => {
              keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(replayedStreamId);
              try {
                streamController.close();
              } catch {
              }
            }
          }), this._resumableStreams.add(replayedStreamId), keepAliveTimer = this.startKeepAlive(streamController, encoder), new LightResponse(readable, { headers });
        } catch (error2) {
          return this.onerror?.(error2), this.createJsonErrorResponse(500, -32e3, "Error replaying events");
        }
      }
      /**
       * Writes an event to an SSE stream via controller with proper formatting
       */
      writeSSEEvent(controller, encoder, message, eventId) {
        try {
          let eventData = `event: message
`;
          return eventId && (eventData += `id: ${eventId}
`), eventData += `data: ${JSON.stringify(message)}

`, controller.enqueue(encoder.encode(eventData)), !0;
        } catch (error2) {
          return this.onerror?.(error2), !1;
        }
      }
      /**
       * Handles unsupported requests (PUT, PATCH, etc.)
       */
      handleUnsupportedRequest() {
        return this.onerror?.(new Error("Method not allowed.")), new LightResponse(JSON.stringify({
          jsonrpc: "2.0",
          error: {
            code: -32e3,
            message: "Method not allowed."
          },
          id: null
        }), {
          status: 405,
          headers: {
            Allow: "GET, POST, DELETE",
            "Content-Type": "application/json"
          }
        });
      }
      /**
       * Handles POST requests containing JSON-RPC messages
       */
      async handlePostRequest(req, options) {
        try {
          let acceptHeader = req.headers.get("accept");
          if (!acceptHeader?.includes("application/json") || !acceptHeader.includes("text/event-stream"))
            return this.onerror?.(new Error("Not Acceptable: Client must accept both application/json and text/event-stream")), this.createJsonErrorResponse(406, -32e3, "Not Acceptable: Client must accept both application/json and text/event-stream");
          let ct = req.headers.get("content-type");
          if (!isJsonContentType(ct))
            return this.onerror?.(new Error("Unsupported Media Type: Content-Type must be application/json")), this.createJsonErrorResponse(415, -32e3, "Unsupported Media Type: Content-Type must be application/json");
          let requestInfo = {
            headers: Object.fromEntries(req.headers.entries()),
            url: new URL(req.url)
          }, rawMessage;
          if (options?.parsedBody !== void 0)
            rawMessage = options.parsedBody;
          else
            try {
              let body = await readRequestBody(req, this._maxRequestBodySize);
              if (body.tooLarge) {
                let message = requestBodyTooLargeMessage(this._maxRequestBodySize);
                return this.onerror?.(new Error(message)), this.createJsonErrorResponse(413, -32e3, message);
              }
              rawMessage = JSON.parse(body.text);
            } catch {
              return this.onerror?.(new Error("Parse error: Invalid JSON")), this.createJsonErrorResponse(400, -32700, "Parse error: Invalid JSON");
            }
          if (Array.isArray(rawMessage) && rawMessage.length > 100)
            return this.onerror?.(new Error(`Invalid Request: Batch must not exceed ${100} messages`)), this.createJsonErrorResponse(400, -32600, `Invalid Request: Batch must not exceed ${100} messages`);
          let messages;
          try {
            Array.isArray(rawMessage) ? messages = rawMessage.map((msg) => JSONRPCMessageSchema.parse(msg)) : messages = [JSONRPCMessageSchema.parse(rawMessage)];
          } catch {
            return this.onerror?.(new Error("Parse error: Invalid JSON-RPC message")), this.createJsonErrorResponse(400, -32700, "Parse error: Invalid JSON-RPC message");
          }
          if (this._closed)
            return this.createJsonErrorResponse(404, -32001, "Session not found");
          let isInitializationRequest = messages.some(isInitializeRequest);
          if (isInitializationRequest) {
            if (this._initialized && this.sessionId !== void 0)
              return this.onerror?.(new Error("Invalid Request: Server already initialized")), this.createJsonErrorResponse(400, -32600, "Invalid Request: Server already initialized");
            if (messages.length > 1)
              return this.onerror?.(new Error("Invalid Request: Only one initialization request is allowed")), this.createJsonErrorResponse(400, -32600, "Invalid Request: Only one initialization request is allowed");
            this.sessionId = this.sessionIdGenerator?.(), this._initialized = !0, this.sessionId && this._onsessioninitialized && await Promise.resolve(this._onsessioninitialized(this.sessionId));
          }
          if (!isInitializationRequest) {
            let sessionError = this.validateSession(req);
            if (sessionError)
              return sessionError;
            let protocolError = this.validateProtocolVersion(req);
            if (protocolError)
              return protocolError;
          }
          if (this._closed)
            return this.createJsonErrorResponse(404, -32001, "Session not found");
          if (!messages.some(isJSONRPCRequest)) {
            for (let message of messages)
              this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo });
            return new LightResponse(null, { status: 202 });
          }
          let streamId = crypto.randomUUID(), initRequest = messages.find((m) => isInitializeRequest(m)), clientProtocolVersion = initRequest ? initRequest.params.protocolVersion : req.headers.get("mcp-protocol-version") ?? DEFAULT_NEGOTIATED_PROTOCOL_VERSION;
          if (this._enableJsonResponse)
            return new Promise((resolve3) => {
              this._streamMapping.set(streamId, {
                resolveJson: resolve3,
                cleanup: () => {
                  this._streamMapping.delete(streamId);
                }
              });
              for (let message of messages)
                isJSONRPCRequest(message) && this._requestToStreamMapping.set(message.id, streamId);
              for (let message of messages)
                this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo });
            });
          let encoder = new TextEncoder(), streamController, keepAliveTimer, readable = new ReadableStream({
            start: (controller) => {
              streamController = controller;
            },
            cancel: () => {
              keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.get(streamId)?.controller === streamController && this._streamMapping.delete(streamId);
            }
          }), headers = {
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-cache, no-transform",
            Connection: "keep-alive",
            "X-Accel-Buffering": "no"
          };
          this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
          for (let message of messages)
            isJSONRPCRequest(message) && (this._streamMapping.set(streamId, {
              controller: streamController,
              encoder,
              cleanup: () => {
                keepAliveTimer !== void 0 && clearInterval(keepAliveTimer), this._streamMapping.delete(streamId);
                try {
                  streamController.close();
                } catch {
                }
              }
            }), this._requestToStreamMapping.set(message.id, streamId));
          try {
            await this.writePrimingEvent(streamController, encoder, streamId, clientProtocolVersion);
            for (let message of messages) {
              let closeSSEStream, closeStandaloneSSEStream;
              isJSONRPCRequest(message) && this._eventStore && clientProtocolVersion >= "2025-11-25" && (closeSSEStream = () => {
                this.closeSSEStream(message.id);
              }, closeStandaloneSSEStream = () => {
                this.closeStandaloneSSEStream();
              }), this.onmessage?.(message, { authInfo: options?.authInfo, requestInfo, closeSSEStream, closeStandaloneSSEStream });
            }
          } catch (error2) {
            this._streamMapping.get(streamId)?.cleanup(), this._resumableStreams.delete(streamId);
            for (let message of messages)
              isJSONRPCRequest(message) && this._requestToStreamMapping.delete(message.id);
            throw error2;
          }
          return this._streamMapping.get(streamId)?.controller === streamController && (keepAliveTimer = this.startKeepAlive(streamController, encoder)), new LightResponse(readable, { status: 200, headers });
        } catch (error2) {
          return this.onerror?.(error2), this.createJsonErrorResponse(400, -32700, "Parse error", { data: String(error2) });
        }
      }
      /**
       * Handles DELETE requests to terminate sessions
       */
      async handleDeleteRequest(req) {
        let sessionError = this.validateSession(req);
        if (sessionError)
          return sessionError;
        let protocolError = this.validateProtocolVersion(req);
        if (protocolError)
          return protocolError;
        try {
          return await Promise.resolve(this._onsessionclosed?.(this.sessionId)), new LightResponse(null, { status: 200 });
        } finally {
          await this.close();
        }
      }
      /**
       * Validates session ID for non-initialization requests.
       * Returns Response error if invalid, undefined otherwise
       */
      validateSession(req) {
        if (this.sessionIdGenerator === void 0)
          return;
        if (!this._initialized)
          return this.onerror?.(new Error("Bad Request: Server not initialized")), this.createJsonErrorResponse(400, -32e3, "Bad Request: Server not initialized");
        let sessionId = req.headers.get("mcp-session-id");
        if (!sessionId)
          return this.onerror?.(new Error("Bad Request: Mcp-Session-Id header is required")), this.createJsonErrorResponse(400, -32e3, "Bad Request: Mcp-Session-Id header is required");
        if (sessionId !== this.sessionId)
          return this.onerror?.(new Error("Session not found")), this.createJsonErrorResponse(404, -32001, "Session not found");
      }
      /**
       * Validates the MCP-Protocol-Version header on incoming requests.
       *
       * For initialization: Version negotiation handles unknown versions gracefully
       * (server responds with its supported version).
       *
       * For subsequent requests with MCP-Protocol-Version header:
       * - Accept if in supported list
       * - 400 if unsupported
       *
       * For HTTP requests without the MCP-Protocol-Version header:
       * - Accept and default to the version negotiated at initialization
       */
      validateProtocolVersion(req) {
        let protocolVersion = req.headers.get("mcp-protocol-version");
        if (protocolVersion !== null && !SUPPORTED_PROTOCOL_VERSIONS.includes(protocolVersion))
          return this.onerror?.(new Error(`Bad Request: Unsupported protocol version: ${protocolVersion} (supported versions: ${SUPPORTED_PROTOCOL_VERSIONS.join(", ")})`)), this.createJsonErrorResponse(400, -32e3, `Bad Request: Unsupported protocol version: ${protocolVersion} (supported versions: ${SUPPORTED_PROTOCOL_VERSIONS.join(", ")})`);
      }
      async close() {
        this._closed || (this._closed = !0, this._streamMapping.forEach(({ cleanup }) => {
          cleanup();
        }), this._streamMapping.clear(), this._requestResponseMap.clear(), this._resumableStreams.clear(), this.onclose?.());
      }
      /**
       * Close an SSE stream for a specific request, triggering client reconnection.
       * Use this to implement polling behavior during long-running operations -
       * client will reconnect after the retry interval specified in the priming event.
       */
      closeSSEStream(requestId) {
        let streamId = this._requestToStreamMapping.get(requestId);
        if (!streamId)
          return;
        let stream = this._streamMapping.get(streamId);
        stream && stream.cleanup();
      }
      /**
       * Close the standalone GET SSE stream, triggering client reconnection.
       * Use this to implement polling behavior for server-initiated notifications.
       */
      closeStandaloneSSEStream() {
        let stream = this._streamMapping.get(this._standaloneSseStreamId);
        stream && stream.cleanup();
      }
      async send(message, options) {
        let requestId = options?.relatedRequestId;
        if ((isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message)) && (requestId = message.id), requestId === void 0) {
          if (isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message))
            throw new Error("Cannot send a response on a standalone SSE stream unless resuming a previous client request");
          let eventId;
          this._eventStore && (eventId = await this._eventStore.storeEvent(this._standaloneSseStreamId, message));
          let standaloneSse = this._streamMapping.get(this._standaloneSseStreamId);
          if (standaloneSse === void 0)
            return;
          standaloneSse.controller && standaloneSse.encoder && (eventId === void 0 || !standaloneSse.replayedEventIds?.has(eventId)) && this.writeSSEEvent(standaloneSse.controller, standaloneSse.encoder, message, eventId);
          return;
        }
        let streamId = this._requestToStreamMapping.get(requestId);
        if (!streamId)
          throw new Error(`No connection established for request ID: ${String(requestId)}`);
        let stream = this._streamMapping.get(streamId);
        if (!this._enableJsonResponse) {
          let eventId;
          this._eventStore && (eventId = await this._eventStore.storeEvent(streamId, message), stream = this._streamMapping.get(streamId)), stream?.controller && stream?.encoder && (eventId === void 0 || !stream.replayedEventIds?.has(eventId)) && this.writeSSEEvent(stream.controller, stream.encoder, message, eventId) && eventId !== void 0 && this._resumableStreams.add(streamId);
        }
        if (isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message)) {
          this._requestResponseMap.set(requestId, message);
          let relatedIds = Array.from(this._requestToStreamMapping.entries()).filter(([_, sid]) => sid === streamId).map(([id]) => id);
          if (relatedIds.every((id) => this._requestResponseMap.has(id))) {
            if (!stream) {
              if (this._closed) {
                for (let id of relatedIds)
                  this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
                return;
              }
              if (!this._enableJsonResponse && this._eventStore && this._resumableStreams.has(streamId)) {
                for (let id of relatedIds)
                  this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
                this._resumableStreams.delete(streamId);
                return;
              }
              for (let id of relatedIds)
                this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
              throw new Error(`No connection established for request ID: ${String(requestId)}`);
            }
            if (this._enableJsonResponse && stream.resolveJson) {
              let headers = {
                "Content-Type": "application/json"
              };
              this.sessionId !== void 0 && (headers["mcp-session-id"] = this.sessionId);
              let responses = relatedIds.map((id) => this._requestResponseMap.get(id));
              responses.length === 1 ? stream.resolveJson(new LightResponse(JSON.stringify(responses[0]), { status: 200, headers })) : stream.resolveJson(new LightResponse(JSON.stringify(responses), { status: 200, headers }));
            } else
              stream.cleanup();
            for (let id of relatedIds)
              this._requestResponseMap.delete(id), this._requestToStreamMapping.delete(id);
            this._resumableStreams.delete(streamId);
          }
        }
      }
    };
  }
});

// src/mcp/validators.ts
var noElicitation, init_validators = __esm({
  "src/mcp/validators.ts"() {
    "use strict";
    init_web_globals();
    noElicitation = {
      getValidator() {
        return () => ({ valid: !1, data: void 0, errorMessage: "elicitation is not supported" });
      }
    };
  }
});

// src/version.ts
var VERSION, init_version = __esm({
  "src/version.ts"() {
    "use strict";
    init_web_globals();
    VERSION = "0.1.0";
  }
});

// src/server/errors.ts
function describeError(error2, path, subject = "file") {
  if (error2 instanceof ToolError) return error2.message;
  let err = error2, at = path ?? err.path ?? "";
  switch (err?.code) {
    case "ENOENT":
      return `no such ${subject}: ${at}`;
    case "ENOTDIR":
      return `not a directory: ${at} (a parent of it is a file)`;
    case "EISDIR":
      return `${at} is a directory, not a file`;
    case "EACCES":
    case "EPERM":
      return `permission denied: ${at}`;
    case "EROFS":
      return `read-only: ${at} is on a read-only mount (protected path or read-only workspace)`;
    case "ENOSPC":
      return `no space left on device while writing ${at}`;
    case "EDQUOT":
      return `disk quota exceeded while writing ${at}`;
    case "ELOOP":
      return `too many levels of symbolic links: ${at}`;
    case "ENAMETOOLONG":
      return `path too long: ${at}`;
    case "EMFILE":
    case "ENFILE":
      return "too many open files in the sandbox; try again";
  }
  return err instanceof Error ? err.message : String(error2);
}
var ToolError, init_errors3 = __esm({
  "src/server/errors.ts"() {
    "use strict";
    init_web_globals();
    ToolError = class extends Error {
      name = "ToolError";
    };
  }
});

// src/server/paths.ts
import { isAbsolute as isAbsolute2, relative, resolve as resolve2 } from "node:path";
function resolvePath(workspace, path) {
  return resolve2(workspace, path);
}
function displayPath(workspace, abs) {
  let rel = relative(workspace, abs);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute2(rel) ? abs : rel;
}
var init_paths = __esm({
  "src/server/paths.ts"() {
    "use strict";
    init_web_globals();
  }
});

// src/server/tools/result.ts
function textResult(text, structuredContent) {
  return { content: [{ type: "text", text }], ...structuredContent ? { structuredContent } : {} };
}
function errorResult(text) {
  return { content: [{ type: "text", text }], isError: !0 };
}
function guarded(handler) {
  return async (args, extra) => {
    try {
      return await handler(args, extra);
    } catch (error2) {
      return errorResult(describeError(error2));
    }
  };
}
var init_result = __esm({
  "src/server/tools/result.ts"() {
    "use strict";
    init_web_globals();
    init_errors3();
  }
});

// src/server/truncate.ts
function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} byte${bytes === 1 ? "" : "s"}` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : bytes < 1024 * 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}
function truncationMarker(omittedBytes) {
  return `
[... ${formatBytes(omittedBytes)} truncated by sandbox-action ...]
`;
}
function utf8HeadLength(buf) {
  let i = buf.length - 1;
  for (; i >= 0 && buf.length - i <= 3 && isContinuationByte(buf[i]); ) i--;
  let lead = buf[i];
  if (lead === void 0 || lead < 192) return buf.length;
  let needed = lead >= 240 ? 4 : lead >= 224 ? 3 : 2;
  return buf.length - i >= needed ? buf.length : i;
}
function utf8TailStart(buf) {
  let i = 0;
  for (; i < 3 && i < buf.length && isContinuationByte(buf[i]); ) i++;
  return i;
}
function truncateHeadTail(text, capBytes) {
  let collector = new HeadTailCollector(capBytes);
  return collector.push(Buffer.from(text, "utf8")), collector.result();
}
function cutUtf8(text, capBytes) {
  if (text.length <= capBytes / 3 || Buffer.byteLength(text, "utf8") <= capBytes) return;
  let buf = Buffer.from(text, "utf8").subarray(0, capBytes);
  return buf.subarray(0, utf8HeadLength(buf)).toString("utf8");
}
var isContinuationByte, HeadTailCollector, init_truncate = __esm({
  "src/server/truncate.ts"() {
    "use strict";
    init_web_globals();
    isContinuationByte = (byte) => byte !== void 0 && (byte & 192) === 128;
    HeadTailCollector = class {
      constructor(capBytes) {
        this.capBytes = capBytes;
        this.headCap = Math.floor(capBytes / 2), this.tailCap = capBytes - this.headCap;
      }
      capBytes;
      headCap;
      tailCap;
      head = [];
      headLength = 0;
      tail = [];
      tailLength = 0;
      total = 0;
      push(chunk) {
        if (this.total += chunk.length, this.headLength < this.headCap) {
          let take = Math.min(this.headCap - this.headLength, chunk.length);
          this.head.push(chunk.subarray(0, take)), this.headLength += take, chunk = chunk.subarray(take);
        }
        if (chunk.length === 0) return;
        this.tail.push(chunk), this.tailLength += chunk.length;
        let drop = 0;
        for (; drop < this.tail.length - 1 && this.tailLength - this.tail[drop].length >= this.tailCap; )
          this.tailLength -= this.tail[drop].length, drop++;
        drop > 0 && (this.tail = this.tail.slice(drop));
      }
      get totalBytes() {
        return this.total;
      }
      result() {
        let head = Buffer.concat(this.head), tail = Buffer.concat(this.tail);
        if (this.total <= this.capBytes)
          return { text: Buffer.concat([head, tail]).toString("utf8"), truncated: !1, totalBytes: this.total };
        tail = tail.subarray(tail.length - this.tailCap);
        let headKept = head.subarray(0, utf8HeadLength(head)), tailKept = tail.subarray(utf8TailStart(tail)), omitted = this.total - headKept.length - tailKept.length;
        return {
          text: headKept.toString("utf8") + truncationMarker(omitted) + tailKept.toString("utf8"),
          truncated: !0,
          totalBytes: this.total
        };
      }
    };
  }
});

// src/server/tools/text-file.ts
import { readFile, stat } from "node:fs/promises";
function looksBinary(buf) {
  return buf.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
async function readTextFile(abs, options = {}) {
  let info;
  try {
    info = await stat(abs);
  } catch (error2) {
    throw new ToolError(describeError(error2, abs));
  }
  if (info.isDirectory()) throw new ToolError(`${abs} is a directory; use list_directory to see its entries`);
  if (!info.isFile()) throw new ToolError(`${abs} is not a regular file (a device, FIFO or socket)`);
  if (info.size > MAX_TEXT_FILE_BYTES)
    throw new ToolError(
      `${abs} is too large (${formatBytes(info.size)}; the limit is ${formatBytes(MAX_TEXT_FILE_BYTES)}). Use run_command with head, tail, sed -n 'A,Bp' or grep to read parts of it.`
    );
  let buf;
  try {
    buf = await readFile(abs);
  } catch (error2) {
    throw new ToolError(describeError(error2, abs));
  }
  if (looksBinary(buf))
    throw new ToolError(
      `${abs} looks like a binary file (${formatBytes(buf.length)}, contains NUL bytes); these tools handle text only. Use run_command (e.g. file, xxd | head) to inspect it.`
    );
  if (!options.strict) return buf.toString("utf8");
  try {
    return strictUtf8.decode(buf);
  } catch {
    throw new ToolError(
      `${abs} is not valid UTF-8; editing it as text would corrupt it. Use run_command instead.`
    );
  }
}
var MAX_TEXT_FILE_BYTES, BINARY_SNIFF_BYTES, strictUtf8, init_text_file = __esm({
  "src/server/tools/text-file.ts"() {
    "use strict";
    init_web_globals();
    init_errors3();
    init_truncate();
    MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024, BINARY_SNIFF_BYTES = 8192;
    strictUtf8 = new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 });
  }
});

// src/server/tools/edit-file.ts
import { writeFile } from "node:fs/promises";
function countOccurrences(text, needle) {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
function registerEditFile(server, settings) {
  server.registerTool(
    "edit_file",
    {
      title: "Edit a file",
      description: "Replaces exact text in a file. old_string must occur exactly once (include surrounding lines to make it unique), or set replace_all to replace every occurrence. Reports how many replacements were made.",
      inputSchema
    },
    guarded(async (args) => {
      let abs = resolvePath(settings.workspace, args.path);
      if (args.old_string === args.new_string)
        throw new ToolError("old_string and new_string are identical; there is nothing to change");
      let text = await readTextFile(abs, { strict: !0 }), count = countOccurrences(text, args.old_string);
      if (count === 0) throw new ToolError(`old_string was not found in ${abs}; nothing was changed`);
      if (count > 1 && !args.replace_all)
        throw new ToolError(
          `old_string occurs ${count} times in ${abs}; nothing was changed. Include more surrounding text to make it unique, or set replace_all to replace all of them.`
        );
      let updated = text.split(args.old_string).join(args.new_string);
      try {
        await writeFile(abs, updated, "utf8");
      } catch (error2) {
        throw new ToolError(describeError(error2, abs));
      }
      return textResult(`replaced ${count} occurrence${count === 1 ? "" : "s"} in ${abs}`);
    })
  );
}
var inputSchema, init_edit_file = __esm({
  "src/server/tools/edit-file.ts"() {
    "use strict";
    init_web_globals();
    init_zod();
    init_errors3();
    init_paths();
    init_result();
    init_text_file();
    inputSchema = {
      path: string2().min(1).describe("File to edit (relative paths resolve against the workspace)"),
      old_string: string2().min(1).describe("Exact text to replace; must occur exactly once unless replace_all is set"),
      new_string: string2().describe("Replacement text"),
      replace_all: boolean3().optional().describe("Replace every occurrence of old_string (default false)")
    };
  }
});

// src/server/tools/walk.ts
import { readdir, stat as stat2 } from "node:fs/promises";
import { join } from "node:path";
async function* walk(root, options) {
  yield* walkDirectory(root, "", options, !0);
}
async function* walkDirectory(abs, rel, options, isRoot) {
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: !0 });
  } catch (error2) {
    if (isRoot) throw error2;
    options.onUnreadable?.(abs, error2);
    return;
  }
  entries.sort(byName);
  for (let dirent of entries) {
    let childAbs = join(abs, dirent.name), childRel = rel ? `${rel}/${dirent.name}` : dirent.name, isDirectory = dirent.isDirectory();
    dirent.isSymbolicLink() && (isDirectory = await stat2(childAbs).then(
      (info) => info.isDirectory(),
      () => !1
    )), yield { abs: childAbs, rel: childRel, dirent, isDirectory }, options.recursive && dirent.isDirectory() && !OPAQUE_DIRECTORIES.has(dirent.name) && (yield* walkDirectory(childAbs, childRel, options, !1));
  }
}
var OPAQUE_DIRECTORIES, byName, init_walk = __esm({
  "src/server/tools/walk.ts"() {
    "use strict";
    init_web_globals();
    OPAQUE_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]), byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  }
});

// src/server/tools/list-directory.ts
import { stat as stat3 } from "node:fs/promises";
function registerListDirectory(server, settings) {
  server.registerTool(
    "list_directory",
    {
      title: "List a directory",
      description: `Lists a directory, one entry a line, sorted, directories marked with a trailing /. With recursive, paths are relative to the listed directory (.git and node_modules are listed but not expanded). Stops after max_entries (default ${DEFAULT_MAX_ENTRIES}) with a note.`,
      inputSchema: inputSchema2
    },
    guarded(async (args) => {
      let abs = resolvePath(settings.workspace, args.path), max = args.max_entries ?? DEFAULT_MAX_ENTRIES, info;
      try {
        info = await stat3(abs);
      } catch (error2) {
        throw new ToolError(describeError(error2, abs, "directory"));
      }
      if (!info.isDirectory()) throw new ToolError(`not a directory: ${abs} (use read_file for files)`);
      let lines = [], unreadable = [], more = !1;
      try {
        for await (let entry of walk(abs, {
          recursive: args.recursive ?? !1,
          onUnreadable: (dir, error2) => unreadable.push(describeError(error2, dir, "directory"))
        })) {
          if (lines.length === max) {
            more = !0;
            break;
          }
          lines.push(entry.isDirectory ? `${entry.rel}/` : entry.rel);
        }
      } catch (error2) {
        throw new ToolError(describeError(error2, abs, "directory"));
      }
      lines.length === 0 && !more && lines.push(`(${abs} is empty)`), more && lines.push(
        `[... listing stopped at ${max} entries; list a subdirectory or raise max_entries to see more ...]`
      );
      for (let problem of unreadable.slice(0, 5)) lines.push(`[skipped: ${problem}]`);
      return unreadable.length > 5 && lines.push(`[skipped ${unreadable.length - 5} more unreadable directories]`), textResult(truncateHeadTail(`${lines.join(`
`)}
`, settings.maxOutputBytes).text);
    })
  );
}
var inputSchema2, DEFAULT_MAX_ENTRIES, init_list_directory = __esm({
  "src/server/tools/list-directory.ts"() {
    "use strict";
    init_web_globals();
    init_zod();
    init_errors3();
    init_paths();
    init_truncate();
    init_result();
    init_walk();
    inputSchema2 = {
      path: string2().min(1).describe("Directory to list (relative paths resolve against the workspace)"),
      recursive: boolean3().optional().describe("List subdirectories too (default false)"),
      max_entries: number2().int().positive().optional().describe("Stop after this many entries (default 1000)")
    }, DEFAULT_MAX_ENTRIES = 1e3;
  }
});

// src/server/tools/read-file.ts
function selectLines(text, options) {
  let lines = text.split(`
`);
  lines.length > 1 && lines[lines.length - 1] === "" && lines.pop();
  let total = text === "" ? 0 : lines.length, offset = options.offset ?? 1;
  if (offset > Math.max(total, 1))
    return {
      error: `offset ${offset} is past the end of ${options.path} (${total} line${total === 1 ? "" : "s"})`
    };
  let end = Math.min(total, options.limit === void 0 ? total : offset - 1 + options.limit), trailingNewline = end === total ? text.endsWith(`
`) : !0, selected = [], bytes = 0;
  for (let n = offset; n <= end; n++) {
    let line = lines[n - 1], lineBytes = Buffer.byteLength(line, "utf8") + 1;
    if (bytes + lineBytes > options.capBytes)
      return selected.length === 0 ? {
        text: `${cutUtf8(line, options.capBytes) ?? line}
[... line ${n} is ${Buffer.byteLength(line, "utf8")} bytes; truncated at ${options.capBytes} by sandbox-action. Use run_command (e.g. cut -c or fold) to read it in pieces${n < end ? `; the next line is offset=${n + 1}` : ""} ...]
`
      } : {
        text: `${selected.join(`
`)}
[... truncated by sandbox-action: showing lines ${offset}-${n - 1} of ${total}; call read_file with offset=${n} to read on ...]
`
      };
    selected.push(line), bytes += lineBytes;
  }
  let body = selected.join(`
`);
  return { text: selected.length > 0 && trailingNewline ? `${body}
` : body };
}
function registerReadFile(server, settings) {
  server.registerTool(
    "read_file",
    {
      title: "Read a text file",
      description: `Returns the text of a file, optionally a range of lines (offset is 1-based, limit counts lines). Results longer than ${settings.maxOutputBytes} bytes are cut at a line boundary with a note saying which offset to read on from. Binary files, directories and files over 64 MB are refused with an explanation.`,
      inputSchema: inputSchema3
    },
    guarded(async (args) => {
      let abs = resolvePath(settings.workspace, args.path), text = await readTextFile(abs), selected = selectLines(text, {
        offset: args.offset,
        limit: args.limit,
        capBytes: settings.maxOutputBytes,
        path: abs
      });
      return "error" in selected ? errorResult(selected.error) : textResult(selected.text);
    })
  );
}
var inputSchema3, init_read_file = __esm({
  "src/server/tools/read-file.ts"() {
    "use strict";
    init_web_globals();
    init_zod();
    init_paths();
    init_truncate();
    init_result();
    init_text_file();
    inputSchema3 = {
      path: string2().min(1).describe("File to read (relative paths resolve against the workspace)"),
      offset: number2().int().positive().optional().describe("First line to return, 1-based (default 1)"),
      limit: number2().int().positive().optional().describe("Number of lines to return (default: to the end)")
    };
  }
});

// src/server/shell-pool.ts
import { spawn } from "node:child_process";
import { randomBytes as randomBytes2 } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { constants } from "node:os";
function commandLine(command) {
  return /\$\$|\$\{\$\}|PPID/.test(command) ? `exec /bin/sh -c ${shellQuote(command)}` : `eval ${shellQuote(command)}`;
}
function shellQuote(text) {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
var HELPER, ENV_NAME, MAX_IDLE, MarkerSplitter, Helper, ShellPool, init_shell_pool = __esm({
  "src/server/shell-pool.ts"() {
    "use strict";
    init_web_globals();
    init_truncate();
    HELPER = `
while IFS= read -r __sbx_nonce; do
  __sbx_script=
  while IFS= read -r __sbx_line; do
    [ "$__sbx_line" = "$__sbx_nonce" ] && break
    __sbx_script="$__sbx_script$__sbx_line
"
  done
  ( eval "$__sbx_script" ) </dev/null 3>&-
  __sbx_status=$?
  printf '\\0%s\\0' "$__sbx_nonce"
  printf '\\0%s\\0' "$__sbx_nonce" >&2
  printf '%s %s\\n' "$__sbx_nonce" "$__sbx_status" >&3
done
`;
    ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/, MAX_IDLE = 2;
    MarkerSplitter = class {
      constructor(marker, sink) {
        this.marker = marker;
        this.sink = sink;
      }
      marker;
      sink;
      carry = Buffer.alloc(0);
      found = !1;
      /** bytes that arrived after the marker: someone else still writes to the helper's stream */
      trailing = !1;
      push(chunk) {
        if (this.found)
          return chunk.length > 0 && (this.trailing = !0), !0;
        let data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk, at = data.indexOf(this.marker);
        if (at >= 0)
          return at > 0 && this.sink(data.subarray(0, at)), data.length > at + this.marker.length && (this.trailing = !0), this.found = !0, this.carry = Buffer.alloc(0), !0;
        let keep = Math.min(this.marker.length - 1, data.length);
        return data.length > keep && this.sink(data.subarray(0, data.length - keep)), this.carry = Buffer.from(data.subarray(data.length - keep)), !1;
      }
      flush() {
        !this.found && this.carry.length > 0 && this.sink(this.carry), this.carry = Buffer.alloc(0);
      }
    }, Helper = class {
      child;
      pid;
      dead = !1;
      onData;
      onExit;
      constructor(env) {
        if (this.child = spawn("/bin/sh", ["-c", HELPER], {
          env,
          // its own session and process group: the unit a timeout kills
          detached: !0,
          stdio: ["pipe", "pipe", "pipe", "pipe"]
        }), this.child.pid === void 0) throw new Error("cannot start /bin/sh");
        this.pid = this.child.pid, this.child.stdin?.on("error", () => {
        }), this.child.stdout?.on("data", (chunk) => this.onData?.("stdout", chunk)), this.child.stderr?.on("data", (chunk) => this.onData?.("stderr", chunk)), this.child.stdio[3].on("data", (chunk) => this.onData?.("status", chunk)), this.child.on("exit", (_code, signal) => {
          this.dead = !0, this.onExit?.(signal);
        }), this.child.on("error", () => {
          this.dead = !0, this.onExit?.(null);
        });
      }
      run(options, started) {
        let nonce = `sbx-${randomBytes2(16).toString("hex")}`, marker = Buffer.from(`\0${nonce}\0`), stdout = new HeadTailCollector(options.maxOutputBytes), stderr = new HeadTailCollector(options.maxOutputBytes), out = new MarkerSplitter(marker, (chunk) => stdout.push(chunk)), err = new MarkerSplitter(marker, (chunk) => stderr.push(chunk)), statusText = "", exitStatus, timedOut = !1;
        return new Promise((resolve3) => {
          let settled = !1, finish = (exitCode) => {
            if (settled) return;
            settled = !0, clearTimeout(timer), options.signal?.removeEventListener("abort", onAbort), this.onData = void 0, this.onExit = void 0, out.flush(), err.flush();
            let o = stdout.result(), e = stderr.result();
            resolve3({
              exitCode,
              stdout: o.text,
              stderr: e.text,
              timedOut,
              truncated: o.truncated || e.truncated,
              durationMs: Math.round(performance.now() - started),
              clean: !this.dead && !timedOut && !out.trailing && !err.trailing && !this.hasLeftovers()
            });
          }, check = () => {
            out.found && err.found && exitStatus !== void 0 && finish(exitStatus);
          };
          this.onData = (stream, chunk) => {
            if (stream === "stdout") out.push(chunk);
            else if (stream === "stderr") err.push(chunk);
            else {
              statusText += chunk.toString("latin1");
              let match = new RegExp(`^${nonce} (\\d+)$`, "m").exec(statusText);
              match && (exitStatus = Number(match[1]));
            }
            check();
          }, this.onExit = (signal) => {
            finish(exitStatus ?? 128 + (signal ? constants.signals[signal] ?? 0 : 0));
          };
          let killGroup2 = () => {
            try {
              process.kill(-this.pid, "SIGKILL");
            } catch {
            }
          }, timer = setTimeout(() => {
            timedOut = !0, killGroup2();
          }, options.timeoutMs), onAbort = () => killGroup2();
          options.signal?.addEventListener("abort", onAbort, { once: !0 });
          let exports = Object.entries(options.extraEnv ?? {}).map(([key, value]) => `export ${key}=${shellQuote(value)}
`).join(""), script = `unset __sbx_nonce __sbx_script __sbx_line __sbx_status
cd -- ${shellQuote(options.cwd)} || exit 1
${exports}${commandLine(options.command)}
`;
          this.child.stdin.write(`${nonce}
${script}${nonce}
`);
        });
      }
      /** Processes the command left running in the helper's group (`cmd &`): they hold its pipes. */
      hasLeftovers() {
        let names;
        try {
          names = readdirSync("/proc");
        } catch {
          return !0;
        }
        for (let name2 of names) {
          let pid = Number(name2);
          if (!(!Number.isInteger(pid) || pid <= this.pid))
            try {
              let stat6 = readFileSync(`/proc/${name2}/stat`, "latin1"), fields = stat6.slice(stat6.lastIndexOf(")") + 2).split(" ");
              if (Number(fields[2]) === this.pid) return !0;
            } catch {
            }
        }
        return !1;
      }
      retire() {
        this.dead = !0, this.child.stdin?.end(), this.child.stdout?.destroy(), this.child.stderr?.destroy(), this.child.stdio[3].destroy();
      }
      kill() {
        try {
          process.kill(-this.pid, "SIGKILL");
        } catch {
        }
      }
    }, ShellPool = class {
      constructor(env) {
        this.env = env;
      }
      env;
      idle = [];
      busy = /* @__PURE__ */ new Set();
      /** Whether a call can go through a helper: the helper's stdin carries requests, not input. */
      static accepts(options) {
        return options.stdin === void 0 && !options.command.includes("\0") && !options.cwd.includes("\0") && Object.entries(options.extraEnv ?? {}).every(
          ([key, value]) => ENV_NAME.test(key) && !value.includes("\0")
        );
      }
      async run(options) {
        let started = performance.now(), helper = this.idle.pop();
        for (; helper?.dead; ) helper = this.idle.pop();
        helper ??= new Helper(this.env), this.busy.add(helper);
        try {
          let { clean, ...result } = await helper.run(options, started);
          return clean && this.idle.length < MAX_IDLE ? this.idle.push(helper) : helper.retire(), result;
        } finally {
          this.busy.delete(helper);
        }
      }
      killAll() {
        for (let helper of [...this.busy, ...this.idle]) helper.kill();
        this.idle.length = 0;
      }
    };
  }
});

// src/server/process.ts
import { spawn as spawn2 } from "node:child_process";
import { constants as constants2 } from "node:os";
function createShellPool(env) {
  let pool = new ShellPool(env);
  return pools.add(pool), pool;
}
function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function killAllRunning() {
  for (let pid of running) killGroup(pid);
  for (let pool of pools) pool.killAll();
}
function runShell(options) {
  if (options.pool && ShellPool.accepts(options)) return options.pool.run(options);
  let started = performance.now();
  return new Promise((resolve3, reject) => {
    let child = spawn2("/bin/sh", ["-c", options.command], {
      cwd: options.cwd,
      env: options.extraEnv ? { ...options.env, ...options.extraEnv } : options.env,
      detached: !0,
      stdio: [options.stdin === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    }), stdout = new HeadTailCollector(options.maxOutputBytes), stderr = new HeadTailCollector(options.maxOutputBytes), timedOut = !1, exitCode, settled = !1, graceTimer, pid = child.pid;
    pid !== void 0 && running.add(pid);
    let timer = setTimeout(() => {
      timedOut = !0, pid !== void 0 && killGroup(pid);
    }, options.timeoutMs), onAbort = () => {
      pid !== void 0 && killGroup(pid);
    };
    options.signal?.addEventListener("abort", onAbort, { once: !0 });
    let finish = (error2) => {
      if (settled) return;
      if (settled = !0, clearTimeout(timer), clearTimeout(graceTimer), options.signal?.removeEventListener("abort", onAbort), pid !== void 0 && running.delete(pid), child.stdout?.destroy(), child.stderr?.destroy(), error2) {
        reject(error2);
        return;
      }
      let out = stdout.result(), err = stderr.result();
      resolve3({
        exitCode: exitCode ?? 1,
        stdout: out.text,
        stderr: err.text,
        timedOut,
        truncated: out.truncated || err.truncated,
        durationMs: Math.round(performance.now() - started)
      });
    };
    child.stdout?.on("data", (chunk) => stdout.push(chunk)), child.stderr?.on("data", (chunk) => stderr.push(chunk)), child.on("error", (error2) => finish(error2)), child.on("exit", (code, signal) => {
      exitCode = code ?? 128 + (signal ? constants2.signals[signal] ?? 0 : 0), graceTimer = setTimeout(() => finish(), PIPE_GRACE_MS);
    }), child.on("close", () => finish()), child.stdin && (child.stdin.on("error", () => {
    }), child.stdin.end(options.stdin));
  });
}
var PIPE_GRACE_MS, running, pools, init_process = __esm({
  "src/server/process.ts"() {
    "use strict";
    init_web_globals();
    init_shell_pool();
    init_truncate();
    PIPE_GRACE_MS = 200, running = /* @__PURE__ */ new Set(), pools = /* @__PURE__ */ new Set();
  }
});

// src/server/tools/run-command.ts
import { stat as stat4 } from "node:fs/promises";
function separated(text, next) {
  return text ? text.endsWith(`
`) ? text + next : `${text}
${next}` : next;
}
function formatCommandText(result, timeoutMs) {
  let text = result.stdout;
  return result.stderr && (text = separated(text, `[stderr]
${result.stderr}`)), result.timedOut ? text = separated(text, `[timed out after ${timeoutMs} ms]`) : result.exitCode !== 0 && (text = separated(text, `[exit code ${result.exitCode}]`)), text;
}
async function checkDirectory(path) {
  let info;
  try {
    info = await stat4(path);
  } catch (error2) {
    throw new ToolError(`cwd: ${describeError(error2, path, "directory")}`);
  }
  if (!info.isDirectory()) throw new ToolError(`cwd: not a directory: ${path}`);
}
function registerRunCommand(server, settings) {
  let baseEnv = { ...process.env };
  delete baseEnv[CLIENT_CA_ENV];
  let pool = createShellPool(baseEnv);
  server.registerTool(
    "run_command",
    {
      title: "Run a shell command",
      description: `Runs a command with /bin/sh -c in the sandbox and returns its output (stdout, then stderr) and exit code. Default working directory: the workspace (${settings.workspace}). Default timeout: ${settings.defaultTimeoutMs} ms; on timeout the command and all processes it started are killed. Each output stream is capped at ${settings.maxOutputBytes} bytes (head and tail kept).`,
      inputSchema: inputSchema4,
      outputSchema
    },
    guarded(async (args, extra) => {
      let cwd = resolvePath(settings.workspace, args.cwd ?? ".");
      await checkDirectory(cwd);
      let timeoutMs = args.timeout_ms ?? settings.defaultTimeoutMs, result = await runShell({
        command: args.command,
        cwd,
        env: baseEnv,
        extraEnv: args.env,
        pool,
        stdin: args.stdin,
        timeoutMs,
        maxOutputBytes: settings.maxOutputBytes,
        signal: extra.signal
      });
      return {
        ...textResult(formatCommandText(result, timeoutMs), {
          exit_code: result.exitCode,
          stdout: result.stdout,
          stderr: result.stderr,
          timed_out: result.timedOut,
          truncated: result.truncated,
          duration_ms: result.durationMs
        }),
        ...result.exitCode !== 0 || result.timedOut ? { isError: !0 } : {}
      };
    })
  );
}
var inputSchema4, outputSchema, init_run_command = __esm({
  "src/server/tools/run-command.ts"() {
    "use strict";
    init_web_globals();
    init_zod();
    init_exchange();
    init_config();
    init_errors3();
    init_paths();
    init_process();
    init_result();
    inputSchema4 = {
      command: string2().min(1).describe("Shell command, run with /bin/sh -c"),
      cwd: string2().optional().describe("Working directory (relative paths resolve against the workspace)"),
      env: record(string2(), string2()).optional().describe("Extra environment variables for this command, added to the sandbox's environment"),
      timeout_ms: number2().int().positive().max(MAX_TIMEOUT_MS).optional().describe("Kill the command (and everything it started) after this many milliseconds"),
      stdin: string2().optional().describe("Text written to the command's stdin, which is then closed")
    }, outputSchema = {
      exit_code: number2().int(),
      stdout: string2(),
      stderr: string2(),
      timed_out: boolean3(),
      truncated: boolean3(),
      duration_ms: number2()
    };
  }
});

// src/server/tools/glob.ts
function globToRegExp(glob) {
  let out = "", braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    let c = glob[i];
    if (c === "*")
      if (glob[i + 1] === "*") {
        let atSegmentStart = i === 0 || glob[i - 1] === "/";
        i++, glob[i + 1] === "/" && atSegmentStart ? (out += "(?:[^/]*/)*", i++) : out += ".*";
      } else
        out += "[^/]*";
    else if (c === "?")
      out += "[^/]";
    else if (c === "[") {
      let close = glob.indexOf("]", i + 2);
      if (close === -1)
        out += "\\[";
      else {
        let body = glob.slice(i + 1, close);
        body.startsWith("!") && (body = `^${body.slice(1)}`), out += `[${body.replace(/\\/g, "\\\\")}]`, i = close;
      }
    } else c === "{" ? (braceDepth++, out += "(?:") : c === "}" && braceDepth > 0 ? (braceDepth--, out += ")") : c === "," && braceDepth > 0 ? out += "|" : out += escapeRegExp(c);
  }
  return braceDepth > 0 ? new RegExp(`^${escapeRegExp(glob)}$`) : new RegExp(`^${out}$`);
}
function globMatcher(glob) {
  let pattern = glob.replace(/^\.\//, ""), regexp = globToRegExp(pattern);
  return pattern.includes("/") ? (relPath) => regexp.test(relPath) : (relPath) => regexp.test(relPath.slice(relPath.lastIndexOf("/") + 1));
}
var escapeRegExp, init_glob = __esm({
  "src/server/tools/glob.ts"() {
    "use strict";
    init_web_globals();
    escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
});

// src/server/tools/search-files.ts
import { open as open2, stat as stat5 } from "node:fs/promises";
function clipLine(line, matchIndex) {
  if (line.length <= MAX_LINE_CHARS) return line;
  let start = Math.max(0, Math.min(matchIndex - 60, line.length - MAX_LINE_CHARS)), end = start + MAX_LINE_CHARS;
  return `${start > 0 ? "\u2026" : ""}${line.slice(start, end)}${end < line.length ? "\u2026" : ""} [line of ${line.length} chars clipped]`;
}
async function searchableText(abs) {
  let handle;
  try {
    handle = await open2(abs, "r");
    let info = await handle.stat();
    if (!info.isFile() || info.size > MAX_TEXT_FILE_BYTES) return;
    let buf = await handle.readFile();
    return looksBinary(buf) ? void 0 : buf.toString("utf8");
  } catch {
    return;
  } finally {
    await handle?.close().catch(() => {
    });
  }
}
function registerSearchFiles(server, settings) {
  server.registerTool(
    "search_files",
    {
      title: "Search file contents",
      description: `Searches files for lines matching a JavaScript regular expression and returns path:line:text lines (paths relative to the workspace when inside it). Skips binary files and .git and node_modules directories; clips long lines. Stops after max_results (default ${DEFAULT_MAX_RESULTS}) with a note.`,
      inputSchema: inputSchema5
    },
    guarded(async (args) => {
      let regexp;
      try {
        regexp = new RegExp(args.pattern);
      } catch (error2) {
        throw new ToolError(`invalid regular expression: ${error2.message}`);
      }
      let root = resolvePath(settings.workspace, args.path ?? "."), max = args.max_results ?? DEFAULT_MAX_RESULTS, matches = args.glob ? globMatcher(args.glob) : () => !0, deadline = Date.now() + settings.defaultTimeoutMs, info;
      try {
        info = await stat5(root);
      } catch (error2) {
        throw new ToolError(describeError(error2, root, "file or directory"));
      }
      let results = [], stoppedBy, filesSearched = 0, searchFile = async (abs) => {
        let text = await searchableText(abs);
        if (text === void 0) return;
        filesSearched++;
        let shown = displayPath(settings.workspace, abs), lineNumber = 0;
        for (let line of text.split(`
`)) {
          lineNumber++;
          let match = regexp.exec(line);
          if (match) {
            if (results.length === max) {
              stoppedBy = "max";
              return;
            }
            results.push(`${shown}:${lineNumber}:${clipLine(line.replace(/\r$/, ""), match.index)}`);
          }
        }
      };
      if (info.isDirectory())
        try {
          for await (let entry of walk(root, { recursive: !0 }))
            if (!(!entry.dirent.isFile() || !matches(entry.rel))) {
              if (Date.now() > deadline) {
                stoppedBy = "deadline";
                break;
              }
              if (await searchFile(entry.abs), stoppedBy) break;
            }
        } catch (error2) {
          throw new ToolError(describeError(error2, root, "directory"));
        }
      else
        await searchFile(root);
      let lines = results.length > 0 ? results : [`no matches for /${args.pattern}/ in ${root}`];
      return stoppedBy === "max" ? lines.push(
        `[... stopped at ${max} matches; narrow the pattern, path or glob, or raise max_results ...]`
      ) : stoppedBy === "deadline" && lines.push(
        `[... stopped after ${settings.defaultTimeoutMs} ms having searched ${filesSearched} files; narrow the path or glob ...]`
      ), textResult(truncateHeadTail(`${lines.join(`
`)}
`, settings.maxOutputBytes).text);
    })
  );
}
var inputSchema5, DEFAULT_MAX_RESULTS, MAX_LINE_CHARS, init_search_files = __esm({
  "src/server/tools/search-files.ts"() {
    "use strict";
    init_web_globals();
    init_zod();
    init_errors3();
    init_paths();
    init_truncate();
    init_glob();
    init_result();
    init_text_file();
    init_walk();
    inputSchema5 = {
      pattern: string2().min(1).describe("JavaScript regular expression, matched against each line"),
      path: string2().optional().describe("File or directory to search (default: the workspace)"),
      glob: string2().optional().describe(
        'Only files matching this glob, e.g. "*.ts" (base name) or "src/**/*.ts" (path under the search root)'
      ),
      max_results: number2().int().positive().optional().describe("Stop after this many matching lines (default 200)")
    }, DEFAULT_MAX_RESULTS = 200, MAX_LINE_CHARS = 300;
  }
});

// src/server/tools/write-file.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname } from "node:path";
function registerWriteFile(server, settings) {
  server.registerTool(
    "write_file",
    {
      title: "Write a file",
      description: "Creates or overwrites a file with the given content, creating missing parent directories. Reports the number of bytes written and the absolute path.",
      inputSchema: inputSchema6
    },
    guarded(async (args) => {
      let abs = resolvePath(settings.workspace, args.path), data = Buffer.from(args.content, "utf8");
      try {
        await mkdir(dirname(abs), { recursive: !0 });
      } catch (error2) {
        let code = error2.code;
        throw code === "EEXIST" || code === "ENOTDIR" ? new ToolError(`cannot write ${abs}: a parent of it is a file, not a directory`) : new ToolError(
          `cannot create the parent directory of ${abs}: ${describeError(error2, dirname(abs))}`
        );
      }
      try {
        await writeFile2(abs, data);
      } catch (error2) {
        throw new ToolError(describeError(error2, abs));
      }
      return textResult(`wrote ${data.length} bytes to ${abs}`);
    })
  );
}
var inputSchema6, init_write_file = __esm({
  "src/server/tools/write-file.ts"() {
    "use strict";
    init_web_globals();
    init_zod();
    init_errors3();
    init_paths();
    init_result();
    inputSchema6 = {
      path: string2().min(1).describe("File to write (relative paths resolve against the workspace)"),
      content: string2().describe("The complete new content of the file (UTF-8)")
    };
  }
});

// src/server/tools/index.ts
function registerTools(server, settings) {
  registerRunCommand(server, settings), registerReadFile(server, settings), registerWriteFile(server, settings), registerEditFile(server, settings), registerListDirectory(server, settings), registerSearchFiles(server, settings);
}
var init_tools = __esm({
  "src/server/tools/index.ts"() {
    "use strict";
    init_web_globals();
    init_edit_file();
    init_list_directory();
    init_read_file();
    init_run_command();
    init_search_files();
    init_write_file();
  }
});

// src/server/mcp.ts
var mcp_exports = {};
__export(mcp_exports, {
  createSession: () => createSession,
  isInitializeRequest: () => isInitializeRequest
});
import { randomUUID } from "node:crypto";
async function createSession(settings, onInitialized, onClosed) {
  let transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: randomUUID,
    onsessioninitialized: (sessionId) => onInitialized(sessionId, transport)
  });
  transport.onclose = () => {
    transport.sessionId && onClosed(transport.sessionId);
  };
  let server = new McpServer(
    { name: "sandbox-action", version: VERSION },
    { capabilities: { tools: {} }, jsonSchemaValidator: noElicitation }
  );
  return registerTools(server, settings), await server.connect(transport), transport;
}
var init_mcp2 = __esm({
  "src/server/mcp.ts"() {
    "use strict";
    init_web_globals();
    init_mcp();
    init_webStandardStreamableHttp();
    init_types();
    init_validators();
    init_version();
    init_tools();
  }
});

// src/server/main.ts
init_web_globals();
init_exchange();
import { chmodSync, lstatSync, unlinkSync } from "node:fs";

// src/mtls/identity.ts
init_web_globals();
import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";

// src/mtls/der.ts
init_web_globals();
function encodeLength(length) {
  if (length < 128) return Buffer.from([length]);
  let bytes = [];
  for (let n = length; n > 0; n >>>= 8) bytes.unshift(n & 255);
  return Buffer.from([128 | bytes.length, ...bytes]);
}
function tlv(tag, content) {
  return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
}
var sequence = (...items) => tlv(48, Buffer.concat(items)), set = (...items) => tlv(49, Buffer.concat(items)), boolean = (value) => tlv(1, Buffer.from([value ? 255 : 0])), octetString = (value) => tlv(4, value), utf8String = (value) => tlv(12, Buffer.from(value, "utf8")), explicit = (n, content) => tlv(160 | n, content), implicit = (n, content) => tlv(128 | n, content);
function bitString(value, unusedBits = 0) {
  return tlv(3, Buffer.concat([Buffer.from([unusedBits]), value]));
}
function integer(value) {
  let bytes = typeof value == "number" ? Buffer.from([value]) : value, start = 0;
  for (; start < bytes.length - 1 && bytes[start] === 0; ) start++;
  return bytes = bytes.subarray(start), (bytes[0] ?? 0) & 128 && (bytes = Buffer.concat([Buffer.from([0]), bytes])), tlv(2, bytes);
}
function objectIdentifier(dotted) {
  let arcs = dotted.split(".").map(Number), [first = 0, second = 0, ...rest] = arcs, out = [40 * first + second];
  for (let arc of rest) {
    let chunk = [arc & 127];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128)) chunk.unshift(n & 127 | 128);
    out.push(...chunk);
  }
  return tlv(6, Buffer.from(out));
}
function utcTime(date3) {
  let pad = (n) => String(n).padStart(2, "0"), text = pad(date3.getUTCFullYear() % 100) + pad(date3.getUTCMonth() + 1) + pad(date3.getUTCDate()) + pad(date3.getUTCHours()) + pad(date3.getUTCMinutes()) + pad(date3.getUTCSeconds()) + "Z";
  return tlv(23, Buffer.from(text, "ascii"));
}

// src/mtls/identity.ts
var SERVER_NAME = "sandbox-server", OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  basicConstraints: "2.5.29.19",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  subjectAltName: "2.5.29.17",
  subjectKeyIdentifier: "2.5.29.14",
  authorityKeyIdentifier: "2.5.29.35",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2"
}, VALIDITY_MS = 720 * 3600 * 1e3, CLOCK_SKEW_MS = 300 * 1e3, name = (commonName) => sequence(set(sequence(objectIdentifier(OID.commonName), utf8String(commonName)))), extension = (oid, critical, value) => sequence(objectIdentifier(oid), ...critical ? [boolean(!0)] : [], octetString(value));
function spki(key) {
  return key.export({ type: "spki", format: "der" });
}
function keyIdentifier(key) {
  let info = spki(key);
  return createHash("sha1").update(info.subarray(info.length - 65)).digest();
}
function certificate(fields) {
  let now = Date.now(), serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 127;
  let algorithm = sequence(objectIdentifier(OID.ecdsaWithSha256)), extensions = fields.ca ? [
    extension(OID.basicConstraints, !0, sequence(boolean(!0), integer(0))),
    // keyCertSign (bit 5) | cRLSign (bit 6)
    extension(OID.keyUsage, !0, bitString(Buffer.from([6]), 1))
  ] : [
    extension(OID.basicConstraints, !0, sequence()),
    // digitalSignature (bit 0)
    extension(OID.keyUsage, !0, bitString(Buffer.from([128]), 7)),
    extension(
      OID.extKeyUsage,
      !1,
      sequence(objectIdentifier(fields.role === "server" ? OID.serverAuth : OID.clientAuth))
    ),
    ...fields.role === "server" ? [extension(OID.subjectAltName, !1, sequence(implicit(2, Buffer.from(SERVER_NAME))))] : []
  ];
  extensions.push(
    extension(OID.subjectKeyIdentifier, !1, octetString(keyIdentifier(fields.publicKey))),
    extension(
      OID.authorityKeyIdentifier,
      !1,
      sequence(implicit(0, keyIdentifier(fields.issuerPublicKey)))
    )
  );
  let tbs = sequence(
    explicit(0, integer(2)),
    integer(serial),
    algorithm,
    name(fields.issuer),
    sequence(utcTime(new Date(now - CLOCK_SKEW_MS)), utcTime(new Date(now + VALIDITY_MS))),
    name(fields.subject),
    spki(fields.publicKey),
    explicit(3, sequence(...extensions))
  ), signature = sign("sha256", tbs, fields.signingKey);
  return toPem("CERTIFICATE", sequence(tbs, algorithm, bitString(signature)));
}
function toPem(label, body) {
  let lines = body.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----
${lines.join(`
`)}
-----END ${label}-----
`;
}
function generateIdentity(role) {
  let ca = generateKeyPairSync("ec", { namedCurve: "prime256v1" }), leaf = generateKeyPairSync("ec", { namedCurve: "prime256v1" }), caName = `sandbox-action ${role} CA ${randomBytes(4).toString("hex")}`, caCertPem = certificate({
    subject: caName,
    issuer: caName,
    publicKey: ca.publicKey,
    issuerPublicKey: ca.publicKey,
    signingKey: ca.privateKey,
    ca: !0
  }), certPem = certificate({
    subject: role === "server" ? SERVER_NAME : "sandbox-action host",
    issuer: caName,
    publicKey: leaf.publicKey,
    issuerPublicKey: ca.publicKey,
    signingKey: ca.privateKey,
    ca: !1,
    role
  });
  return {
    role,
    caCertPem,
    certPem,
    keyPem: leaf.privateKey.export({ type: "pkcs8", format: "pem" }).toString()
  };
}

// src/server/main.ts
init_config();

// src/server/egress-forwarder.ts
init_web_globals();
import { connect, createServer } from "node:net";
var EGRESS_SOCKET_ENV = "SANDBOX_EGRESS_SOCKET", EGRESS_LISTEN_ENV = "SANDBOX_EGRESS_LISTEN";
function parseHostPort(text) {
  let colon = text.lastIndexOf(":"), host = text.slice(0, colon).replace(/^\[(.*)\]$/, "$1"), port = Number(text.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${EGRESS_LISTEN_ENV} must be HOST:PORT, got "${text}"`);
  return { host, port };
}
function splice(client, socketPath, onError) {
  let upstream = connect({ path: socketPath, allowHalfOpen: !0 }), done = () => {
    client.destroy(), upstream.destroy();
  };
  client.on("error", done), upstream.on("error", (error2) => {
    onError(error2), done();
  }), client.on("close", done), upstream.on("close", done), client.pipe(upstream), upstream.pipe(client);
}
async function startEgressForwarder(options) {
  let { host, port } = parseHostPort(options.listen), reported = !1, server = createServer(
    { allowHalfOpen: !0 },
    (client) => splice(client, options.socketPath, (error2) => {
      reported || (reported = !0, options.log(
        `egress forwarder: cannot reach the host's egress proxy at ${options.socketPath}: ${error2.message}`
      ));
    })
  );
  return new Promise((resolve3, reject) => {
    server.once("error", reject), server.listen(port, host, () => {
      server.off("error", reject), server.on("error", (error2) => options.log(`egress forwarder: ${error2.message}`)), resolve3(server);
    });
  });
}

// src/server/http.ts
init_web_globals();
import https from "node:https";

// src/http/json-rpc-error.ts
init_web_globals();
function sendJsonRpcError(res, status, code, message, headers = {}) {
  let body = JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers
  }), res.end(body);
}

// src/http/mcp-sessions.ts
init_web_globals();

// src/http/json-body.ts
init_web_globals();
var MAX_BODY_BYTES = 4 * 1024 * 1024, MAX_DISCARD_BYTES = 64 * 1024 * 1024;
function readBody(req, limit) {
  return new Promise((resolve3) => {
    let chunks = [], received = 0;
    req.on("data", (chunk) => {
      received += chunk.length, received <= limit ? chunks.push(chunk) : received > MAX_DISCARD_BYTES && (req.destroy(), resolve3({ kind: "aborted" }));
    }), req.on(
      "end",
      () => resolve3(
        received > limit ? { kind: "too-large", received } : { kind: "ok", data: Buffer.concat(chunks) }
      )
    ), req.on("error", () => resolve3({ kind: "aborted" })), req.on("close", () => resolve3({ kind: "aborted" }));
  });
}
async function readJsonBody(req, res, limit = MAX_BODY_BYTES) {
  let tooLarge = `Request body too large (limit ${limit} bytes)`;
  if (Number(req.headers["content-length"]) > MAX_DISCARD_BYTES)
    return sendJsonRpcError(res, 413, -32e3, tooLarge, { connection: "close" }), { ok: !1 };
  let body = await readBody(req, limit);
  if (body.kind === "aborted") return { ok: !1 };
  if (body.kind === "too-large")
    return sendJsonRpcError(res, 413, -32e3, tooLarge), { ok: !1 };
  try {
    return { ok: !0, value: JSON.parse(body.data.toString("utf8")) };
  } catch (error2) {
    return sendJsonRpcError(res, 400, -32700, `Parse error: ${error2.message}`), { ok: !1 };
  }
}

// src/http/web-adapter.ts
init_web_globals();
init_light_web();
function toWebRequest(req, url) {
  return {
    method: req.method ?? "GET",
    url: url.href,
    headers: new LightHeaders(req.headers)
  };
}
function drained(res) {
  return new Promise((resolve3) => {
    let done = () => {
      res.off("drain", done), res.off("close", done), resolve3();
    };
    res.on("drain", done), res.on("close", done);
  });
}
async function writeWebResponse(webResponse, res) {
  let headers = {};
  if (webResponse.headers.forEach((value, name2) => {
    headers[name2] = value;
  }), res.writeHead(webResponse.status, headers), !webResponse.body) {
    res.end();
    return;
  }
  res.flushHeaders();
  let reader = webResponse.body.getReader();
  for (res.on("close", () => {
    res.writableFinished || reader.cancel().catch(() => {
    });
  }); ; ) {
    let { done, value } = await reader.read();
    if (done || res.destroyed) break;
    res.write(value) || await drained(res);
  }
  res.end();
}

// src/http/mcp-sessions.ts
function containsInitialize(body, isInitialize) {
  return isInitialize(body) || Array.isArray(body) && body.some(isInitialize);
}
async function routeToSession(req, res, url, routes) {
  let method = req.method ?? "GET";
  if (method !== "POST" && method !== "GET" && method !== "DELETE") {
    sendJsonRpcError(res, 405, -32e3, `Method not allowed: ${method}`, { allow: "GET, POST, DELETE" });
    return;
  }
  let parsedBody;
  if (method === "POST") {
    let body = await readJsonBody(req, res);
    if (!body.ok) return;
    parsedBody = body.value;
  }
  let sessionId = req.headers["mcp-session-id"], transport;
  if (typeof sessionId == "string") {
    if (transport = routes.sessions.get(sessionId), !transport) {
      sendJsonRpcError(res, 404, -32001, "Session not found");
      return;
    }
  } else method === "POST" && (transport = await routes.newSession(parsedBody));
  if (!transport) {
    sendJsonRpcError(
      res,
      400,
      -32e3,
      "Bad Request: no mcp-session-id header, and the request is not initialize"
    );
    return;
  }
  let webResponse = await transport.handleRequest(toWebRequest(req, url), { parsedBody });
  await writeWebResponse(webResponse, res);
}

// src/mtls/tls-options.ts
init_web_globals();
function serverTlsOptions(own2, clientCaPem) {
  return {
    key: own2.keyPem,
    cert: own2.certPem,
    ca: [clientCaPem],
    requestCert: !0,
    rejectUnauthorized: !0,
    minVersion: "TLSv1.3"
  };
}

// src/server/http.ts
var mcpModule;
function loadMcp() {
  return mcpModule ??= Promise.resolve().then(() => (init_mcp2(), mcp_exports)), mcpModule;
}
function createMcpHttpServer(settings, identity, clientCaPem, log2) {
  let sessions = /* @__PURE__ */ new Map();
  async function route(req, res) {
    let url = new URL(req.url ?? "/", "https://sandbox-server");
    if (url.pathname !== "/mcp") {
      sendJsonRpcError(res, 404, -32e3, `Not found: ${url.pathname} (the MCP endpoint is /mcp)`);
      return;
    }
    await routeToSession(req, res, url, {
      sessions,
      async newSession(parsedBody) {
        let mcp = await loadMcp();
        if (containsInitialize(parsedBody, mcp.isInitializeRequest))
          return mcp.createSession(
            settings,
            (id, created) => sessions.set(id, created),
            (id) => sessions.delete(id)
          );
      }
    });
  }
  let server = https.createServer(serverTlsOptions(identity, clientCaPem), (req, res) => {
    route(req, res).catch((error2) => {
      log2(`request ${req.method} ${req.url} failed: ${error2?.stack ?? String(error2)}`), res.headersSent ? res.destroy() : sendJsonRpcError(res, 500, -32603, "Internal error");
    });
  });
  return server.keepAliveTimeout = 65e3, server.requestTimeout = 6e4, server.on("tlsClientError", (error2) => log2(`TLS handshake rejected: ${error2.message}`)), {
    server,
    async closeSessions() {
      let open3 = [...sessions.values()];
      sessions.clear(), await Promise.allSettled(open3.map((transport) => transport.close()));
    }
  };
}

// src/server/main.ts
init_process();
var log = (message) => process.stderr.write(`sandbox-server: ${message}
`);
process.stdout.on("error", () => {
});
process.stderr.on("error", () => {
});
function fail(message, code) {
  log(message), process.exit(code);
}
function removeStaleSocket(path) {
  let isSocket;
  try {
    isSocket = lstatSync(path).isSocket();
  } catch {
    return;
  }
  isSocket || fail(`refusing to listen on ${path}: it exists and is not a socket`, 1), unlinkSync(path);
}
function listen(server, address) {
  return new Promise((resolve3, reject) => {
    server.once("error", reject);
    let onListening = () => {
      server.off("error", reject), resolve3();
    };
    if (address.kind === "tcp") {
      server.listen(address.port, address.host, onListening);
      return;
    }
    removeStaleSocket(address.path);
    let previous = process.umask(127);
    try {
      server.listen(address.path, onListening);
    } finally {
      process.umask(previous);
    }
  });
}
async function main() {
  let config2;
  try {
    config2 = readConfig(process.argv.slice(2), process.env);
  } catch (error2) {
    throw error2 instanceof UsageError && fail(`${error2.message}
${USAGE}`, 2), error2;
  }
  let identity = generateIdentity("server"), app = createMcpHttpServer(config2, identity, config2.clientCaPem, log), stopping = !1, stop = (signal) => {
    if (!stopping) {
      if (stopping = !0, log(`${signal}: stopping`), killAllRunning(), app.server.close(), app.server.closeAllConnections(), app.closeSessions(), config2.listen.kind === "unix")
        try {
          unlinkSync(config2.listen.path);
        } catch {
        }
      setImmediate(() => process.exit(0));
    }
  };
  process.on("SIGTERM", () => stop("SIGTERM")), process.on("SIGINT", () => stop("SIGINT")), process.on("uncaughtException", (error2) => log(`uncaught exception: ${error2.stack ?? error2.message}`)), process.on(
    "unhandledRejection",
    (reason) => log(`unhandled rejection: ${reason?.stack ?? reason}`)
  );
  try {
    await listen(app.server, config2.listen);
  } catch (error2) {
    fail(`cannot listen on ${process.argv.slice(2).join(" ")}: ${error2.message}`, 1);
  }
  config2.listen.kind === "unix" && chmodSync(config2.listen.path, 384);
  let egressSocket = process.env[EGRESS_SOCKET_ENV], egressListen = process.env[EGRESS_LISTEN_ENV];
  egressSocket && egressListen && await startEgressForwarder({ socketPath: egressSocket, listen: egressListen, log }).catch(
    (error2) => log(`egress forwarder: cannot start on ${egressListen}: ${error2.message}`)
  ), process.stdout.write(formatServerCa(identity.caCertPem)), loadMcp().catch((error2) => log(`cannot load the MCP server: ${error2.stack ?? error2.message}`));
}
main().catch((error2) => fail(`fatal: ${error2.stack ?? error2.message}`, 1));
