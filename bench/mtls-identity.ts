// Identity generation cost: node-forge RSA-2048 (CA + leaf, what the seed does) against the
// ECDSA P-256 identities of src/mtls (Node's crypto). Run: node bench/run.mjs mtls-identity
import forge from "node-forge";
import { generateIdentity } from "../src/mtls/identity.js";
import { median, writeResults } from "./stats.js";

function forgeIdentity(): void {
  const caKeys = forge.pki.rsa.generateKeyPair(2048);
  const ca = forge.pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = "01";
  ca.validity.notBefore = new Date();
  ca.validity.notAfter = new Date(Date.now() + 86_400_000);
  ca.setSubject([{ name: "commonName", value: "ca" }]);
  ca.setIssuer([{ name: "commonName", value: "ca" }]);
  ca.setExtensions([{ name: "basicConstraints", cA: true }]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());
  const leafKeys = forge.pki.rsa.generateKeyPair(2048);
  const leaf = forge.pki.createCertificate();
  leaf.publicKey = leafKeys.publicKey;
  leaf.serialNumber = "02";
  leaf.validity.notBefore = new Date();
  leaf.validity.notAfter = new Date(Date.now() + 86_400_000);
  leaf.setSubject([{ name: "commonName", value: "leaf" }]);
  leaf.setIssuer(ca.subject.attributes);
  leaf.sign(caKeys.privateKey, forge.md.sha256.create());
  forge.pki.certificateToPem(leaf);
}

function time(fn: () => void, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

generateIdentity("client"); // warm up the crypto bindings once
const ec = time(() => generateIdentity("server"), 50);
const rsa = time(forgeIdentity, 10);
const results = {
  ecdsa_p256_node_crypto_ms: { median: median(ec), runs: ec.length },
  rsa2048_node_forge_ms: { median: median(rsa), runs: rsa.length },
  ratio_forge_to_ecdsa: median(rsa) / median(ec),
};
writeResults("mtls-identity", results, [
  "| identity (CA + leaf) | median ms | runs |",
  "| --- | ---: | ---: |",
  `| ECDSA P-256, Node crypto (ours) | ${results.ecdsa_p256_node_crypto_ms.median.toFixed(2)} | ${ec.length} |`,
  `| RSA-2048, node-forge | ${results.rsa2048_node_forge_ms.median.toFixed(1)} | ${rsa.length} |`,
  `| ratio forge / ours | ${results.ratio_forge_to_ecdsa.toFixed(0)}x | |`,
]);
