import { createHash } from "node:crypto";

/** RFC 9562's namespace for URLs (and URNs), in which ladderkit's own namespace is named. */
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/**
 * A name-based UUID, version 5 (RFC 9562, section 5.5; RFC 4122 before it): the SHA-1 of the
 * namespace's 16 bytes followed by the name in UTF-8, cut to 128 bits, with the version and
 * variant bits set. The same namespace and name always give the same UUID.
 */
export function uuidv5(name: string, namespace: string): string {
  const hex = namespace.replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError(`not a UUID: '${namespace}'`);
  const hash = createHash("sha1").update(Buffer.from(hex, "hex")).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const out = hash.subarray(0, 16).toString("hex");
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`;
}

/**
 * ladderkit's namespace for CASE identifiers: `uuidv5("urn:ladderkit:case", URL_NAMESPACE)`.
 * Fixed for good: changing it would change every identifier ladderkit ever exported.
 */
export const CASE_NAMESPACE = "39f74d47-40ba-50b1-8279-a31129ce7d9c";
