/**
 * The context dataset, one schema for every kind of record.
 *
 * Source files (src/dataset/records/**.json) hold `DatasetSourceFile`s; the
 * compiler (./compile.ts) validates them and writes a `CompiledDataset`, which
 * ./dataset-index.ts loads. Both sides use these types, so the format
 * round-trips.
 */

export const RECORD_KINDS = ['person', 'outlet', 'organisation', 'publication', 'event', 'claim'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A citation: where a fact comes from. */
export interface Citation {
  url: string;
  /** Short human label, e.g. "Wikipedia: Vladimir Putin". */
  title: string;
  /** A primary source: the report, ruling or official record itself. */
  primary?: boolean;
}

/** A person's role over time; `to` absent means current as of `checked`. */
export interface Role {
  title: string;
  /** Dataset id of the organisation, when there is a record for it. */
  org?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  from: string;
  to?: string;
  /** Index into the record's `citations`. */
  cite: number;
}

interface RecordBase {
  /** "<kind>/<slug>", e.g. "person/vladimir-putin". Unique. */
  id: string;
  kind: RecordKind;
  /** The name cards show. */
  name: string;
  /**
   * Other ways the text may name it, matched case-sensitively on word
   * boundaries ("Putin", "Vladimir Vladimirovich Putin", "NBC News").
   * A person's surname alone links only after the full name has appeared,
   * so surnames are not listed here.
   */
  aliases: string[];
  /** One line, in our own words. */
  description: string;
  citations: Citation[];
  /** YYYY-MM-DD: when a person last checked this record against its citations. */
  checked: string;
}

export interface PersonRecord extends RecordBase {
  kind: 'person';
  roles: Role[];
  /** ISO 3166-1 alpha-2 codes. */
  nationality: string[];
}

export const OUTLET_MEDIA = ['newspaper', 'broadcaster', 'wire', 'digital', 'magazine', 'fact-checker'] as const;
export const OWNERSHIP_TYPES = ['private', 'public-service', 'state-controlled', 'non-profit', 'public-company'] as const;

export interface OutletRecord extends RecordBase {
  kind: 'outlet';
  /** Registrable domains it publishes on ("bbc.co.uk"); subdomains match too. */
  domains: string[];
  country: string;
  language: string;
  medium: (typeof OUTLET_MEDIA)[number];
  owner: string;
  ownership: (typeof OWNERSHIP_TYPES)[number];
  founded?: number;
  /** Things a reader should know (state control, bans, a change of owner). */
  notes?: string[];
  /** As for organisations: names too ambiguous alone ("CBC" is also a US caucus), linked only with a hint. */
  contextAliases?: string[];
  contextHints?: string[];
}

export const ORGANISATION_TYPES = [
  'government', 'legislature', 'international', 'party', 'agency', 'court', 'company', 'ngo', 'think-tank', 'other',
] as const;

export interface OrganisationRecord extends RecordBase {
  kind: 'organisation';
  orgType: (typeof ORGANISATION_TYPES)[number];
  country?: string;
  /**
   * Aliases too generic to link without context ("Congress"): linked only
   * when the article's country hints (`contextHints`) appear in the text.
   */
  contextAliases?: string[];
  contextHints?: string[];
}

export interface PublicationRecord extends RecordBase {
  kind: 'publication';
  pubType: 'book' | 'report' | 'study' | 'document';
  /** Dataset ids (or plain names) of the authors. */
  authors: string[];
  publisher?: string;
  date: string;
  /** Titles it is often given wrongly; a match on one of these is noted. */
  misTitles?: string[];
}

export interface EventRecord extends RecordBase {
  kind: 'event';
  start: string;
  end?: string;
  place?: string;
  /**
   * Names that only mean this event near its date ("BRICS summit"): linked
   * only when the article is dated within `contextWindowDays` of `start`.
   */
  contextAliases?: string[];
  contextWindowDays?: number;
}

export const CLAIM_TOPICS = ['politics', 'elections', 'war', 'health', 'climate', 'economy', 'science', 'society'] as const;

/** A fact-checker's published verdict, in its own words. */
export interface ClaimRating {
  /** The rating as the fact-checker wrote it ("False", "Pants on Fire", "Missing context"). */
  rating: string;
  /** The fact-checker's name. */
  by: string;
  date: string;
  url: string;
}

/**
 * What the matcher looks for. A passage matches when every entity is linked in it and every
 * term group has one of its alternatives there (see core/claims/match-claims.ts).
 */
export interface ClaimMatch {
  /** Record ids that must be named (or be the speaker) in the passage. */
  entities: string[];
  /**
   * Groups of words or short phrases that mean the same thing, lower case; a trailing `*` matches
   * any word starting so ("fabricat*"). Every group must be present.
   */
  terms: string[][];
  /** Numbers the passage must state, as digits or words ("seven"). */
  numbers?: number[];
}

export interface ClaimRecord extends RecordBase {
  kind: 'claim';
  /* `name` is the claim in a neutral canonical wording; `aliases` stay empty (claims are found by meaning, not name). */
  /** Common wordings as the claim circulated. */
  variants: string[];
  /** Who made or spread it, and when: a record id or a plain name. */
  claimants: { who: string; date: string }[];
  /** Record ids of the people, organisations, publications and events it involves. */
  involves: string[];
  topic: (typeof CLAIM_TOPICS)[number];
  /** ISO 3166-1 alpha-2 codes of the countries it concerns. */
  countries: string[];
  /** What is established, by whom, and what is disputed: neutral, in our own words. */
  context: string;
  ratings?: ClaimRating[];
  match: ClaimMatch;
  /** Set by the ClaimReview importer; the build refuses a record that still has it. */
  needsReview?: boolean;
}

export type DatasetRecord = PersonRecord | OutletRecord | OrganisationRecord | PublicationRecord | EventRecord | ClaimRecord;

/** One human-edited source file. */
export interface DatasetSourceFile {
  records: DatasetRecord[];
}

/** What the build writes and the worker loads. */
export interface CompiledDataset {
  format: 1;
  /** The newest `checked` date in the dataset. */
  asOf: string;
  records: DatasetRecord[];
}
