/** A link to a CASE object: its title, identifier and URI (CASE's LinkURI). */
export interface CaseLink {
  readonly title: string;
  readonly identifier: string;
  readonly uri: string;
}

/** The document: the framework as a whole. */
export interface CaseDocument {
  readonly identifier: string;
  readonly uri: string;
  readonly creator: string;
  readonly title: string;
  readonly lastChangeDateTime: string;
  readonly description?: string;
  readonly version: string;
  readonly notes?: string;
}

/** One item: a track, a level, a category or a competency. */
export interface CaseItem {
  readonly identifier: string;
  readonly uri: string;
  readonly fullStatement: string;
  readonly abbreviatedStatement: string;
  readonly humanCodingScheme: string;
  readonly listEnumeration?: string;
  readonly notes?: string;
  readonly CFItemType: string;
  readonly CFItemTypeURI: CaseLink;
  readonly CFDocumentURI: CaseLink;
  readonly lastChangeDateTime: string;
}

/** The association types ladderkit writes: hierarchy, order, and equal bands across tracks. */
export type CaseAssociationType = "isChildOf" | "precedes" | "isPeerOf";

/** A relation between two items, or an item and the document. */
export interface CaseAssociation {
  readonly identifier: string;
  readonly uri: string;
  readonly associationType: CaseAssociationType;
  readonly sequenceNumber?: number;
  readonly originNodeURI: CaseLink;
  readonly destinationNodeURI: CaseLink;
  readonly CFDocumentURI: CaseLink;
  readonly lastChangeDateTime: string;
}

/** A kind of item, in CFDefinitions. */
export interface CaseItemType {
  readonly identifier: string;
  readonly uri: string;
  readonly title: string;
  readonly description: string;
  readonly code: string;
  readonly hierarchyCode: string;
  readonly lastChangeDateTime: string;
}

/** One scale step of a criterion. */
export interface CaseRubricCriterionLevel {
  readonly identifier: string;
  readonly uri: string;
  readonly description: string;
  readonly quality: string;
  readonly score: number;
  readonly position: number;
  readonly rubricCriterionId: string;
  readonly lastChangeDateTime: string;
}

/** What a level expects of one competency. */
export interface CaseRubricCriterion {
  readonly identifier: string;
  readonly uri: string;
  readonly category: string;
  readonly description: string;
  readonly CFItemURI: CaseLink;
  readonly weight: number;
  readonly position: number;
  readonly rubricId: string;
  readonly lastChangeDateTime: string;
  readonly CFRubricCriterionLevels: readonly CaseRubricCriterionLevel[];
}

/** The expectations of one level. */
export interface CaseRubric {
  readonly identifier: string;
  readonly uri: string;
  readonly title: string;
  readonly description: string;
  readonly lastChangeDateTime: string;
  readonly CFRubricCriteria: readonly CaseRubricCriterion[];
}

/** A CASE 1.1 package (CFPackage), as `ladderToCase` writes it. */
export interface CasePackage {
  readonly CFDocument: CaseDocument;
  readonly CFItems: readonly CaseItem[];
  readonly CFAssociations: readonly CaseAssociation[];
  readonly CFDefinitions: { readonly CFItemTypes: readonly CaseItemType[] };
  readonly CFRubrics: readonly CaseRubric[];
}

/** Options of `ladderToCase`. */
export interface CaseOptions {
  /**
   * `lastChangeDateTime` of every object, a date (`2026-04-01`) or an ISO 8601 date-time. Default:
   * the first day of the year the ladder's version starts with (`2026.1` gives
   * `2026-01-01T00:00:00Z`), else `1970-01-01T00:00:00Z`: never the clock, so the same ladder
   * gives the same bytes.
   */
  readonly lastChange?: string | undefined;
  /** Where the objects' URIs point: `<baseUri><identifier>`. Default: `urn:uuid:`. */
  readonly baseUri?: string | undefined;
  /** The document's creator. Default: `ladderkit`. */
  readonly creator?: string | undefined;
}
