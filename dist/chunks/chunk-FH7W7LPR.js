var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  SERVER_NAME: () => SERVER_NAME,
  generateIdentity: () => generateIdentity,
  toPem: () => toPem
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_crypto = require("node:crypto");
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
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
function utcTime(date) {
  let pad = (n) => String(n).padStart(2, "0"), text = pad(date.getUTCFullYear() % 100) + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds()) + "Z";
  return tlv(23, Buffer.from(text, "ascii"));
}
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
}, VALIDITY_MS = 720 * 3600 * 1e3, CLOCK_SKEW_MS = 300 * 1e3, name = (commonName) => sequence(set(sequence(objectIdentifier(OID.commonName), utf8String(commonName)))), extension = (oid, critical, value) => sequence(objectIdentifier(oid), ...critical ? [boolean(!0)] : [], octetString(value)), keyIdentifier = () => (0, import_node_crypto.randomBytes)(20);
function caKeyPair() {
  return (0, import_node_crypto.generateKeyPairSync)("ec", { namedCurve: "prime256v1", publicKeyEncoding: { type: "spki", format: "der" } });
}
function certificate(fields) {
  let now = Date.now(), serial = (0, import_node_crypto.randomBytes)(16);
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
    extension(OID.subjectKeyIdentifier, !1, octetString(fields.keyId)),
    extension(OID.authorityKeyIdentifier, !1, sequence(implicit(0, fields.issuerKeyId)))
  );
  let tbs = sequence(
    explicit(0, integer(2)),
    integer(serial),
    algorithm,
    name(fields.issuer),
    sequence(utcTime(new Date(now - CLOCK_SKEW_MS)), utcTime(new Date(now + VALIDITY_MS))),
    name(fields.subject),
    fields.publicKey,
    explicit(3, sequence(...extensions))
  ), signature = (0, import_node_crypto.sign)("sha256", tbs, fields.signingKey);
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
  let ca = caKeyPair(), leaf = (0, import_node_crypto.generateKeyPairSync)("ec", {
    namedCurve: "prime256v1",
    publicKeyEncoding: { type: "spki", format: "der" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" }
  }), caKeyId = keyIdentifier(), caName = `sandbox-action ${role} CA ${(0, import_node_crypto.randomBytes)(4).toString("hex")}`, caCertPem = certificate({
    subject: caName,
    issuer: caName,
    publicKey: ca.publicKey,
    keyId: caKeyId,
    issuerKeyId: caKeyId,
    signingKey: ca.privateKey,
    ca: !0
  }), certPem = certificate({
    subject: role === "server" ? SERVER_NAME : "sandbox-action host",
    issuer: caName,
    publicKey: leaf.publicKey,
    keyId: keyIdentifier(),
    issuerKeyId: caKeyId,
    signingKey: ca.privateKey,
    ca: !1,
    role
  });
  return {
    role,
    caCertPem,
    certPem,
    keyPem: leaf.privateKey
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SERVER_NAME,
  generateIdentity,
  toPem
});
