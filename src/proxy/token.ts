// The run's bearer token: whoever holds it may use the sandbox (threat model promise 5).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * A check of `Authorization` headers against `token`. Both sides are hashed first so the compare
 * is constant-time whatever the presented length (timingSafeEqual needs equal lengths).
 */
export function bearerChecker(token: string): (authorization: string | undefined) => boolean {
  if (token.length < 16) throw new Error("the proxy's bearer token must be at least 16 characters");
  const expected = createHash("sha256").update(token).digest();
  return (authorization) => {
    const match = /^Bearer +(\S+) *$/i.exec(authorization ?? "");
    const presented = createHash("sha256")
      .update(match?.[1] ?? "")
      .digest();
    return timingSafeEqual(presented, expected) && match !== null;
  };
}
