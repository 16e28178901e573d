import type { ResolvedLadder } from "../model/resolved.js";
import type { CaseLink, CaseOptions } from "./types.js";
import { CASE_NAMESPACE, uuidv5 } from "./uuid.js";

/** What every part of the package needs: identifiers, URIs, links and the one timestamp. */
export interface CaseContext {
  readonly ladder: ResolvedLadder;
  readonly time: string;
  /** The stable identifier of a ladderkit object: UUIDv5 of `<ladder id>/<kind>/<key>`. */
  readonly id: (kind: string, key: string) => string;
  readonly uri: (identifier: string) => string;
  readonly link: (kind: string, key: string, title: string) => CaseLink;
  readonly document: CaseLink;
}

/** `lastChangeDateTime` from the option, else from the ladder's version, never from the clock. */
export function lastChange(ladder: ResolvedLadder, option: string | undefined): string {
  if (option !== undefined) return /^\d{4}-\d{2}-\d{2}$/.test(option) ? `${option}T00:00:00Z` : option;
  const year = /^(\d{4})(?!\d)/.exec(ladder.version)?.[1];
  return `${year ?? "1970"}-01-01T00:00:00Z`;
}

export function caseContext(ladder: ResolvedLadder, options: CaseOptions): CaseContext {
  const id = (kind: string, key: string) => uuidv5(`${ladder.id}/${kind}/${key}`, CASE_NAMESPACE);
  const baseUri = options.baseUri ?? "urn:uuid:";
  const uri = (identifier: string) => `${baseUri}${identifier}`;
  const link = (kind: string, key: string, title: string): CaseLink => {
    const identifier = id(kind, key);
    return { title, identifier, uri: uri(identifier) };
  };
  return { ladder, time: lastChange(ladder, options.lastChange), id, uri, link, document: link("document", ladder.id, ladder.name) };
}
