/**
 * The context dataset, one schema for every kind of record.
 *
 * Source files (src/dataset/records/**.json) hold `DatasetSourceFile`s; the
 * compiler (./compile.ts) validates them and writes a `CompiledDataset`, which
 * ./dataset-index.ts loads. Both sides use these types, so the format
 * round-trips.
 */

export const RECORD_KINDS = ['person', 'outlet', 'organisation', 'publication', 'event'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A citation: where a fact comes from. */
export interface Citation {
  url: string;
  /** Short human label, e.g. "Wikipedia: Vladimir Putin". */
  title: string;
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

export type DatasetRecord = PersonRecord | OutletRecord | OrganisationRecord | PublicationRecord | EventRecord;

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
