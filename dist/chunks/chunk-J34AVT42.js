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
  isJsonContentType: () => isJsonContentType,
  mediaTypeEssence: () => mediaTypeEssence
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), require_content_type = (0, import_chunk_WE6FURZE.__commonJS)({
  "node_modules/content-type/index.js"(exports2) {
    "use strict";
    (0, import_chunk_WE6FURZE.init_web_globals)();
    var PARAM_REGEXP = /; *([!#$%&'*+.^_`|~0-9A-Za-z-]+) *= *("(?:[\u000b\u0020\u0021\u0023-\u005b\u005d-\u007e\u0080-\u00ff]|\\[\u000b\u0020-\u00ff])*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+) */g, TEXT_REGEXP = /^[\u000b\u0020-\u007e\u0080-\u00ff]+$/, TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, QESC_REGEXP = /\\([\u000b\u0020-\u00ff])/g, QUOTE_REGEXP = /([\\"])/g, TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    exports2.format = format, exports2.parse = parse;
    function format(obj) {
      if (!obj || typeof obj != "object")
        throw new TypeError("argument obj is required");
      var parameters = obj.parameters, type = obj.type;
      if (!type || !TYPE_REGEXP.test(type))
        throw new TypeError("invalid type");
      var string = type;
      if (parameters && typeof parameters == "object")
        for (var param, params = Object.keys(parameters).sort(), i = 0; i < params.length; i++) {
          if (param = params[i], !TOKEN_REGEXP.test(param))
            throw new TypeError("invalid parameter name");
          string += "; " + param + "=" + qstring(parameters[param]);
        }
      return string;
    }
    function parse(string) {
      if (!string)
        throw new TypeError("argument string is required");
      var header = typeof string == "object" ? getcontenttype(string) : string;
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
(0, import_chunk_WE6FURZE.init_web_globals)();
var import_content_type = (0, import_chunk_WE6FURZE.__toESM)(require_content_type(), 1);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  isJsonContentType,
  mediaTypeEssence
});
