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
  LightHeaders: () => LightHeaders,
  LightResponse: () => LightResponse,
  __commonJS: () => __commonJS,
  __export: () => __export2,
  __require: () => __require,
  __toESM: () => __toESM,
  init_light_web: () => init_light_web,
  init_web_globals: () => init_web_globals
});
module.exports = __toCommonJS(stdin_exports);
var __create = Object.create, __defProp2 = Object.defineProperty, __getOwnPropDesc2 = Object.getOwnPropertyDescriptor, __getOwnPropNames2 = Object.getOwnPropertyNames, __getProtoOf = Object.getPrototypeOf, __hasOwnProp2 = Object.prototype.hasOwnProperty, __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
}), __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames2(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
}, __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
}, __export2 = (target, all) => {
  for (var name in all)
    __defProp2(target, name, { get: all[name], enumerable: !0 });
}, __copyProps2 = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames2(from))
      !__hasOwnProp2.call(to, key) && key !== except && __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
  return to;
}, __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps2(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), LightHeaders, LightResponse, init_light_web = __esm({
  "src/http/light-web.ts"() {
    "use strict";
    init_web_globals(), LightHeaders = class {
      #values = /* @__PURE__ */ new Map();
      constructor(init) {
        if (init) {
          if (Symbol.iterator in init) {
            for (let [name, value] of init) this.append(name, value);
            return;
          }
          for (let [name, value] of Object.entries(init))
            value !== void 0 && this.set(name, typeof value == "string" ? value : value.join(", "));
        }
      }
      get(name) {
        return this.#values.get(name.toLowerCase()) ?? null;
      }
      has(name) {
        return this.#values.has(name.toLowerCase());
      }
      set(name, value) {
        this.#values.set(name.toLowerCase(), String(value));
      }
      append(name, value) {
        let previous = this.get(name);
        this.set(name, previous === null ? value : `${previous}, ${value}`);
      }
      delete(name) {
        this.#values.delete(name.toLowerCase());
      }
      forEach(callback) {
        for (let [name, value] of this.#values) callback(value, name, this);
      }
      entries() {
        return this.#values.entries();
      }
      keys() {
        return this.#values.keys();
      }
      values() {
        return this.#values.values();
      }
      [Symbol.iterator]() {
        return this.entries();
      }
    }, LightResponse = class _LightResponse {
      status;
      statusText;
      headers;
      body;
      /** what the SDK's redirect check reads; these responses never come from a redirect */
      type = "default";
      url = "";
      redirected = !1;
      constructor(body, init = {}) {
        if (this.status = init.status ?? 200, this.statusText = init.statusText ?? "", this.headers = new LightHeaders(init.headers), typeof body == "string") {
          let bytes = new TextEncoder().encode(body);
          this.body = new ReadableStream({
            start(controller) {
              controller.enqueue(bytes), controller.close();
            }
          });
        } else
          this.body = body ?? null;
      }
      /** Response.json: the body as JSON, with a JSON content type unless init says otherwise */
      static json(data, init = {}) {
        let headers = new LightHeaders(init.headers);
        return headers.has("content-type") || headers.set("content-type", "application/json"), new _LightResponse(JSON.stringify(data), { ...init, headers });
      }
      get ok() {
        return this.status >= 200 && this.status < 300;
      }
      async text() {
        if (!this.body) return "";
        let reader = this.body.getReader(), decoder = new TextDecoder(), text = "";
        for (; ; ) {
          let { done, value } = await reader.read();
          if (done) return text + decoder.decode();
          text += decoder.decode(value, { stream: !0 });
        }
      }
      async json() {
        return JSON.parse(await this.text());
      }
    };
  }
}), init_web_globals = __esm({
  "src/http/web-globals.ts"() {
    "use strict";
    init_light_web();
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LightHeaders,
  LightResponse,
  __commonJS,
  __export,
  __require,
  __toESM,
  init_light_web,
  init_web_globals
});
