var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
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
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  AllowlistError: () => import_chunk_6KESFPFJ.AllowlistError,
  DEFAULT_PORTS: () => import_chunk_6KESFPFJ.DEFAULT_PORTS,
  classify: () => import_chunk_6KESFPFJ.classify,
  parseAllowlist: () => import_chunk_6KESFPFJ.parseAllowlist,
  parseEntry: () => import_chunk_6KESFPFJ.parseEntry,
  parseIp: () => import_chunk_6KESFPFJ.parseIp,
  parseRange: () => import_chunk_6KESFPFJ.parseRange,
  startEgressProxy: () => startEgressProxy
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_http = __toESM(require("node:http")), import_node_net = require("node:net"), import_node_stream = require("node:stream"), import_promises = require("node:dns/promises");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
function parseAuthority(text) {
  let m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]/?#@\s]+):(\d{1,5})$/.exec(text);
  if (!m) return;
  let port = Number(m[2]);
  if (port < 1 || port > 65535) return;
  let host = canonicalHost(m[1]);
  return host === void 0 ? void 0 : { host, port };
}
function parseAbsoluteUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return {
      error: "the request target is not an absolute URL: send requests to this proxy as a client configured with HTTP_PROXY does"
    };
  }
  if (url.protocol !== "http:")
    return {
      error: `${url.protocol}// URLs cannot be forwarded as plain requests: use CONNECT for https (HTTPS_PROXY), only http and https are supported`
    };
  if (url.username || url.password) return { error: "credentials in the URL are not forwarded" };
  let host = canonicalHost(url.hostname);
  return host === void 0 ? { error: `"${url.hostname}" is not a valid host name` } : { host, port: url.port ? Number(url.port) : 80, path: `${url.pathname}${url.search}` };
}
function canonicalHost(raw) {
  let hostname;
  try {
    hostname = new URL(`http://${raw}/`).hostname;
  } catch {
    return;
  }
  let bare = hostname.replace(/^\[(.*)\]$/, "$1");
  return (0, import_chunk_6KESFPFJ.parseIp)(bare) ? (0, import_chunk_6KESFPFJ.formatIp)((0, import_chunk_6KESFPFJ.parseIp)(bare)) : (0, import_chunk_6KESFPFJ.normalizeHostName)(bare);
}
async function resolveHost(host, options) {
  let overridden = options.resolveOverride?.(host);
  if (overridden) return overridden;
  let timer, timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${options.lookupTimeoutMs} ms`)),
      options.lookupTimeoutMs
    );
  });
  try {
    return (await Promise.race([(0, import_promises.lookup)(host, { all: !0, verbatim: !0 }), timeout])).map((a) => a.address);
  } finally {
    clearTimeout(timer);
  }
}
var portsText = (ports) => ports === import_chunk_6KESFPFJ.DEFAULT_PORTS ? "80 and 443 (the default for entries without a port)" : ports.join(", ");
async function decide(allowlist, target, options) {
  let { host, port } = target, deny = (rule2, status = 403, address) => ({
    allowed: !1,
    host,
    port,
    status,
    rule: rule2,
    ...address ? { address } : {}
  }), literal = (0, import_chunk_6KESFPFJ.parseIp)(host);
  if (literal) {
    let entry2 = allowlist.matchAddress(literal, port);
    if (entry2) return { allowed: !0, host, port, rule: entry2.text, addresses: [host] };
    let listed = allowlist.listing(literal);
    if (listed)
      return deny(
        `port ${port} is not allowed for ${host} (${listed.text} allows ${portsText(listed.ports)})`
      );
    let kind = (0, import_chunk_6KESFPFJ.classify)(literal);
    return deny(
      `the IP address ${host}${kind ? ` (${kind})` : ""} is not in allowed-domains: IP addresses are refused unless listed explicitly`
    );
  }
  let entry = allowlist.matchName(host, port);
  if (!entry) {
    let otherPort = allowlist.entries.find(
      (e) => e.kind === "host" && e.host === host || e.kind === "suffix" && host.endsWith(`.${e.suffix}`)
    );
    if (otherPort)
      return deny(
        `port ${port} is not allowed for ${host} (${otherPort.text} allows ${portsText(otherPort.ports)})`
      );
    let apex = allowlist.entries.find((e) => e.kind === "suffix" && e.suffix === host);
    return deny(apex ? `${host} is not in allowed-domains (${apex.text} matches its subdomains only)` : `${host} is not in allowed-domains`);
  }
  let addresses;
  try {
    addresses = await resolveHost(host, options);
  } catch (error) {
    return deny(
      `cannot resolve ${host}: ${error.code ?? error.message}`,
      502
    );
  }
  if (addresses.length === 0) return deny(`cannot resolve ${host}: no addresses`, 502);
  let unlocked = [];
  for (let address of addresses) {
    let ip = (0, import_chunk_6KESFPFJ.parseIp)(address);
    if (!ip) return deny(`${host} resolved to "${address}", which is not an IP address`, 502);
    let kind = (0, import_chunk_6KESFPFJ.classify)(ip);
    if (!kind) continue;
    let listed = allowlist.listing(ip);
    if (!listed)
      return deny(
        `${host} resolves to ${address}, a ${kind} address; such addresses are refused unless allowed-domains lists that address or its range`,
        403,
        address
      );
    unlocked.includes(listed.text) || unlocked.push(listed.text);
  }
  let rule = unlocked.length ? `${entry.text} (address allowed by ${unlocked.join(", ")})` : entry.text;
  return { allowed: !0, host, port, rule, addresses };
}
var HOP_BY_HOP = /* @__PURE__ */ new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authorization",
  "proxy-authenticate",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "expect"
]);
function endToEnd(headers, distinct) {
  let listed = new Set(
    String(headers.connection ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean)
  ), out = {};
  for (let [name, values] of Object.entries(distinct))
    !values || HOP_BY_HOP.has(name) || listed.has(name) || (out[name] = values.length === 1 ? values[0] : values);
  return out;
}
function refusalText(verdict) {
  let what = `${verdict.host}:${verdict.port}`;
  return verdict.status === 403 ? [
    `sandbox-action: the sandbox's network policy (network: allowlist) refused the request to ${what}.`,
    `Reason: ${verdict.rule}.`,
    "Only HTTP and HTTPS through this proxy to the hosts in allowed-domains leave the sandbox; if this host is needed, the run's allowed-domains must list it.",
    ""
  ].join(`
`) : `sandbox-action: the egress proxy could not reach ${what}: ${verdict.rule}.
`;
}
function statusLine(status) {
  return `HTTP/1.1 ${status} ${{
    400: "Bad Request",
    408: "Request Timeout",
    403: "Forbidden",
    431: "Request Header Fields Too Large",
    501: "Not Implemented",
    502: "Bad Gateway",
    504: "Gateway Timeout"
  }[status] ?? "Error"}`;
}
function rawRespond(socket, status, body) {
  if (socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(
    `${statusLine(status)}\r
Content-Type: text/plain; charset=utf-8\r
Content-Length: ${Buffer.byteLength(body)}\r
Connection: close\r
\r
${body}`
  ), setTimeout(() => socket.destroy(), 5e3).unref();
}
function respond(res, status, body) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    connection: "close"
  }), res.end(body);
}
function connectFirst(addresses, port, timeoutMs) {
  return new Promise((resolve, reject) => {
    let index = 0, lastError, next = () => {
      let address = addresses[index++];
      if (address === void 0) {
        reject(lastError ?? new Error("no address"));
        return;
      }
      let socket = (0, import_node_net.connect)({ host: address, port }), timer = setTimeout(() => {
        lastError = Object.assign(new Error(`connect to ${address} timed out after ${timeoutMs} ms`), {
          code: "ETIMEDOUT"
        }), socket.destroy(), next();
      }, timeoutMs);
      socket.once("connect", () => {
        clearTimeout(timer), socket.removeAllListeners("error"), resolve(socket);
      }), socket.once("error", (error) => {
        clearTimeout(timer), lastError = error, next();
      });
    };
    next();
  });
}
async function startEgressProxy(options) {
  let allowlist = (0, import_chunk_6KESFPFJ.parseAllowlist)(options.allowedDomains), connectTimeoutMs = options.connectTimeoutMs ?? 1e4, idleTimeoutMs = options.idleTimeoutMs ?? 3e5, sockets = /* @__PURE__ */ new Set(), track = (socket) => {
    sockets.add(socket), socket.once("close", () => sockets.delete(socket));
  }, record = (verdict, method, address) => {
    if (options.onDecision)
      try {
        options.onDecision({
          time: (/* @__PURE__ */ new Date()).toISOString(),
          host: verdict.host,
          port: verdict.port,
          method,
          allowed: verdict.allowed,
          rule: verdict.rule,
          ...address ? { address } : {}
        });
      } catch {
      }
  }, judge = async (target, method) => {
    let verdict = await decide(allowlist, target, {
      resolveOverride: options.resolveOverride,
      lookupTimeoutMs: connectTimeoutMs
    });
    return record(verdict, method, verdict.allowed ? verdict.addresses[0] : verdict.address), verdict;
  }, server = import_node_http.default.createServer({
    maxHeaderSize: options.maxHeaderBytes ?? 16 * 1024,
    headersTimeout: options.headersTimeoutMs ?? 3e4,
    requestTimeout: 0,
    // bodies may take long; idleness is bounded per socket instead
    keepAliveTimeout: 5e3,
    requireHostHeader: !1,
    // how often headersTimeout is enforced (Node's default, 30 s, would let a slow head linger)
    connectionsCheckingInterval: Math.min(1e3, options.headersTimeoutMs ?? 3e4)
  });
  server.maxConnections = options.maxConnections ?? 256, server.on("connection", (socket) => {
    track(socket), socket.setTimeout(idleTimeoutMs, () => socket.destroy());
  }), server.on("clientError", (error, socket) => {
    error.code === "HPE_HEADER_OVERFLOW" ? rawRespond(socket, 431, `sandbox-action egress proxy: the request head is too large
`) : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? rawRespond(socket, 408, `sandbox-action egress proxy: the request head did not arrive in time
`) : rawRespond(
      socket,
      400,
      `sandbox-action egress proxy: malformed request (${error.code ?? error.message})
`
    );
  }), server.on("request", (req, res) => {
    let target = parseAbsoluteUrl(req.url ?? "");
    if ("error" in target) {
      req.resume(), respond(res, 400, `sandbox-action egress proxy: ${target.error}
`);
      return;
    }
    req.pause(), (async () => {
      let verdict = await judge(target, req.method ?? "GET");
      if (!verdict.allowed) {
        req.resume(), respond(res, verdict.status, refusalText(verdict));
        return;
      }
      let socket;
      try {
        socket = await connectFirst(verdict.addresses, target.port, connectTimeoutMs);
      } catch (error) {
        req.resume(), respond(
          res,
          502,
          `sandbox-action egress proxy: cannot connect to ${target.host}:${target.port}: ${error.message}
`
        );
        return;
      }
      if (res.destroyed || req.destroyed) {
        socket.destroy();
        return;
      }
      track(socket), socket.setTimeout(idleTimeoutMs, () => socket.destroy());
      let headers = endToEnd(req.headers, req.headersDistinct), name = target.host.includes(":") ? `[${target.host}]` : target.host;
      headers.host = target.port === 80 ? name : `${name}:${target.port}`;
      let upstream = import_node_http.default.request({
        method: req.method,
        path: target.path,
        headers,
        setHost: !1,
        createConnection: () => socket
      });
      upstream.on("response", (upstreamRes) => {
        if (res.destroyed) {
          upstreamRes.destroy();
          return;
        }
        res.writeHead(
          upstreamRes.statusCode ?? 502,
          upstreamRes.statusMessage,
          endToEnd(upstreamRes.headers, upstreamRes.headersDistinct)
        ), (0, import_node_stream.pipeline)(upstreamRes, res, () => socket.destroy());
      }), upstream.on("error", (error) => {
        socket.destroy(), respond(
          res,
          502,
          `sandbox-action egress proxy: ${target.host}:${target.port} failed: ${error.message}
`
        );
      }), res.on("close", () => {
        res.writableFinished || upstream.destroy();
      }), (0, import_node_stream.pipeline)(req, upstream, (error) => {
        error && upstream.destroy();
      });
    })().catch(() => res.destroy());
  }), server.on("connect", (req, client, head) => {
    client.on("error", () => client.destroy());
    let target = parseAuthority(req.url ?? "");
    if (!target) {
      rawRespond(client, 400, `sandbox-action egress proxy: CONNECT needs host:port
`);
      return;
    }
    (async () => {
      let verdict = await judge(target, "CONNECT");
      if (!verdict.allowed) {
        rawRespond(client, verdict.status, refusalText(verdict));
        return;
      }
      let upstream;
      try {
        upstream = await connectFirst(verdict.addresses, target.port, connectTimeoutMs);
      } catch (error) {
        rawRespond(
          client,
          502,
          `sandbox-action egress proxy: cannot connect to ${target.host}:${target.port}: ${error.message}
`
        );
        return;
      }
      if (client.destroyed) {
        upstream.destroy();
        return;
      }
      track(upstream), upstream.setTimeout(idleTimeoutMs, () => upstream.destroy()), upstream.on("error", () => client.destroy()), upstream.on("close", () => client.destroy()), client.on("close", () => upstream.destroy()), client.write(`HTTP/1.1 200 Connection Established\r
\r
`), head.length > 0 && upstream.write(head), client.pipe(upstream), upstream.pipe(client);
    })().catch(() => client.destroy());
  }), server.on("upgrade", (_req, socket) => {
    socket.on("error", () => socket.destroy()), rawRespond(
      socket,
      501,
      `sandbox-action egress proxy: protocol upgrades over plain HTTP are not supported; use https/wss (CONNECT)
`
    );
  }), await new Promise((resolve, reject) => {
    server.once("error", reject);
    let previous = options.listen.path !== void 0 ? process.umask(127) : void 0;
    try {
      server.listen(options.listen, () => {
        server.off("error", reject), resolve();
      });
    } finally {
      previous !== void 0 && process.umask(previous);
    }
  }), options.listen.path !== void 0 && options.socketMode !== void 0 && (0, import_node_fs.chmodSync)(options.listen.path, options.socketMode), server.on("error", () => {
  });
  let closing;
  return {
    address: server.address(),
    close() {
      return closing ??= new Promise((resolve) => {
        server.close(() => resolve());
        for (let socket of sockets) socket.destroy();
      }), closing;
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AllowlistError,
  DEFAULT_PORTS,
  classify,
  parseAllowlist,
  parseEntry,
  parseIp,
  parseRange,
  startEgressProxy
});
