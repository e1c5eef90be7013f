import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
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
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
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
});

// src/http/web-globals.ts
var init_web_globals = __esm({
  "src/http/web-globals.ts"() {
    "use strict";
    init_light_web();
  }
});

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  LightHeaders,
  LightResponse,
  init_light_web,
  init_web_globals
};
