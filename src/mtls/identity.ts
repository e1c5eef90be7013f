// Per-run throwaway identities: a CA and a leaf signed by it, made in memory with Node's crypto
// (ECDSA P-256). Only the CA certificate ever leaves the process; the CA key is dropped once the
// leaf is signed and the leaf key stays in memory. See docs/adr/0002-mtls-identities.md for why
// this replaces node-forge (measured there).
import { generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import * as der from "./der.js";

/** DNS name the server certificate carries and the client verifies. */
export const SERVER_NAME = "sandbox-server";

const OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  basicConstraints: "2.5.29.19",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  subjectAltName: "2.5.29.17",
  subjectKeyIdentifier: "2.5.29.14",
  authorityKeyIdentifier: "2.5.29.35",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
} as const;

const VALIDITY_MS = 30 * 24 * 3600 * 1000;
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export type Role = "server" | "client";

export interface Identity {
  role: Role;
  /** PEM of the CA that signed `certPem`; the only thing the peer receives */
  caCertPem: string;
  /** PEM of the leaf certificate presented in the handshake */
  certPem: string;
  /** PEM (PKCS#8) of the leaf's private key; in memory only, never written or sent */
  keyPem: string;
}

const name = (commonName: string) =>
  der.sequence(der.set(der.sequence(der.objectIdentifier(OID.commonName), der.utf8String(commonName))));

const extension = (oid: string, critical: boolean, value: Buffer) =>
  der.sequence(der.objectIdentifier(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));

/**
 * A key identifier: random, which RFC 5280 (4.2.1.2) allows beside its SHA-1 methods; nothing
 * checks it against the key, and a first SHA-1 costs ~1 ms of OpenSSL set-up in a fresh process.
 */
const keyIdentifier = (): Buffer => randomBytes(20);

/**
 * The CA's P-256 key pair: the public key DER-encoded (SubjectPublicKeyInfo) as the certificate
 * needs it, by the key generation itself, where a separate export's first call costs ~1.5 ms more;
 * the private key a KeyObject to sign with. Node returns the half without an encoding as a
 * KeyObject (documented; its type declarations only know both halves encoded or neither).
 */
function caKeyPair(): { publicKey: Buffer; privateKey: KeyObject } {
  const options = { namedCurve: "prime256v1", publicKeyEncoding: { type: "spki", format: "der" } };
  return generateKeyPairSync("ec", options as never) as unknown as {
    publicKey: Buffer;
    privateKey: KeyObject;
  };
}

interface CertificateFields {
  subject: string;
  issuer: string;
  /** DER SubjectPublicKeyInfo */
  publicKey: Buffer;
  keyId: Buffer;
  issuerKeyId: Buffer;
  signingKey: KeyObject;
  ca: boolean;
  role?: Role;
}

function certificate(fields: CertificateFields): string {
  const now = Date.now();
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const algorithm = der.sequence(der.objectIdentifier(OID.ecdsaWithSha256));
  const extensions = fields.ca
    ? [
        extension(OID.basicConstraints, true, der.sequence(der.boolean(true), der.integer(0))),
        // keyCertSign (bit 5) | cRLSign (bit 6)
        extension(OID.keyUsage, true, der.bitString(Buffer.from([0x06]), 1)),
      ]
    : [
        extension(OID.basicConstraints, true, der.sequence()),
        // digitalSignature (bit 0)
        extension(OID.keyUsage, true, der.bitString(Buffer.from([0x80]), 7)),
        extension(
          OID.extKeyUsage,
          false,
          der.sequence(der.objectIdentifier(fields.role === "server" ? OID.serverAuth : OID.clientAuth)),
        ),
        ...(fields.role === "server"
          ? [extension(OID.subjectAltName, false, der.sequence(der.implicit(2, Buffer.from(SERVER_NAME))))]
          : []),
      ];
  extensions.push(
    extension(OID.subjectKeyIdentifier, false, der.octetString(fields.keyId)),
    extension(OID.authorityKeyIdentifier, false, der.sequence(der.implicit(0, fields.issuerKeyId))),
  );
  const tbs = der.sequence(
    der.explicit(0, der.integer(2)),
    der.integer(serial),
    algorithm,
    name(fields.issuer),
    der.sequence(der.utcTime(new Date(now - CLOCK_SKEW_MS)), der.utcTime(new Date(now + VALIDITY_MS))),
    name(fields.subject),
    fields.publicKey,
    der.explicit(3, der.sequence(...extensions)),
  );
  const signature = sign("sha256", tbs, fields.signingKey);
  return toPem("CERTIFICATE", der.sequence(tbs, algorithm, der.bitString(signature)));
}

export function toPem(label: string, body: Buffer): string {
  const lines = body.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/**
 * Makes a fresh CA and a leaf for `role`. A few milliseconds in a fresh process (most of it
 * OpenSSL's set-up on first use), well under one after; see bench/mtls-identity.ts.
 */
export function generateIdentity(role: Role): Identity {
  const ca = caKeyPair();
  const leaf = generateKeyPairSync("ec", {
    namedCurve: "prime256v1",
    publicKeyEncoding: { type: "spki", format: "der" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const caKeyId = keyIdentifier();
  const caName = `sandbox-action ${role} CA ${randomBytes(4).toString("hex")}`;
  const caCertPem = certificate({
    subject: caName,
    issuer: caName,
    publicKey: ca.publicKey,
    keyId: caKeyId,
    issuerKeyId: caKeyId,
    signingKey: ca.privateKey,
    ca: true,
  });
  const certPem = certificate({
    subject: role === "server" ? SERVER_NAME : "sandbox-action host",
    issuer: caName,
    publicKey: leaf.publicKey,
    keyId: keyIdentifier(),
    issuerKeyId: caKeyId,
    signingKey: ca.privateKey,
    ca: false,
    role,
  });
  // The CA key goes out of scope here: nothing can sign another leaf for this run.
  return {
    role,
    caCertPem,
    certPem,
    keyPem: leaf.privateKey,
  };
}
