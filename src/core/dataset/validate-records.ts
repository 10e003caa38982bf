/**
 * Validation of dataset records, shared by the build's compiler and the
 * options page's pack import. Pure: takes parsed JSON, returns the records
 * or the problems found, each naming the file, the record and the field.
 */
import {
  CLAIM_TOPICS,
  ORGANISATION_TYPES,
  OUTLET_MEDIA,
  OWNERSHIP_TYPES,
  RECORD_KINDS,
  type CompiledDataset,
  type DatasetRecord,
} from './types.js';

export interface DatasetProblem {
  file: string;
  /** Record id, or its position when it has no usable id. */
  record: string;
  field: string;
  message: string;
}

export interface SourceFileInput {
  file: string;
  /** Parsed JSON; `unknown` because it comes from a file a person edits. */
  json: unknown;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^(person|outlet|organisation|publication|event|claim)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A claim term: lower-case words, optionally ending in `*` for "any word starting so". */
const CLAIM_TERM = /^[\p{Ll}\p{Lo}\p{N}'’-]+(?: [\p{Ll}\p{Lo}\p{N}'’-]+)*\*?$/u;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
}

/** Checks one file's records; returns those that passed and the problems. */
function checkFile(input: SourceFileInput, problems: DatasetProblem[]): DatasetRecord[] {
  const { file, json } = input;
  if (!isObj(json) || !Array.isArray(json.records)) {
    problems.push({ file, record: '-', field: 'records', message: 'expected an object with a "records" array' });
    return [];
  }
  const ok: DatasetRecord[] = [];
  json.records.forEach((raw: unknown, i: number) => {
    const before = problems.length;
    const name = isObj(raw) && typeof raw.id === 'string' ? raw.id : `#${i}`;
    const fail = (field: string, message: string) => problems.push({ file, record: name, field, message });
    if (!isObj(raw)) return fail('-', 'a record must be an object');
    checkCommon(raw, fail);
    checkKind(raw, fail);
    if (problems.length === before) ok.push(raw as unknown as DatasetRecord);
  });
  return ok;
}

function checkCommon(r: Obj, fail: (field: string, message: string) => void): void {
  if (typeof r.id !== 'string' || !ID.test(r.id)) fail('id', 'must look like "person/vladimir-putin" (kind/lower-case-slug)');
  if (typeof r.kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(r.kind)) fail('kind', `must be one of ${RECORD_KINDS.join(', ')}`);
  else if (typeof r.id === 'string' && !r.id.startsWith(`${r.kind}/`)) fail('id', `must start with "${r.kind}/"`);
  if (typeof r.name !== 'string' || r.name.trim() === '') fail('name', 'must be a non-empty string');
  if (!isStringArray(r.aliases)) fail('aliases', 'must be an array of non-empty strings');
  if (typeof r.description !== 'string' || r.description.trim() === '' || r.description.includes('\n')) fail('description', 'must be one non-empty line');
  if (!Array.isArray(r.citations) || r.citations.length === 0) fail('citations', 'every record needs at least one citation');
  else
    r.citations.forEach((c: unknown, i: number) => {
      if (!isObj(c) || typeof c.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(c.url)) fail(`citations[${i}].url`, 'must be an http(s) URL');
      else if (typeof c.title !== 'string' || c.title.trim() === '') fail(`citations[${i}].title`, 'must be a non-empty string');
    });
  if (typeof r.checked !== 'string' || !DATE.test(r.checked) || r.checked.length !== 10) fail('checked', 'must be a date YYYY-MM-DD');
}

function checkDate(r: Obj, field: string, required: boolean, fail: (field: string, message: string) => void): void {
  const v = r[field];
  if (v === undefined && !required) return;
  if (typeof v !== 'string' || !DATE.test(v)) fail(field, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD');
}

function checkKind(r: Obj, fail: (field: string, message: string) => void): void {
  const citations = Array.isArray(r.citations) ? r.citations.length : 0;
  switch (r.kind) {
    case 'person':
      if (!isStringArray(r.nationality) || !r.nationality.every((c) => /^[A-Z]{2}$/.test(c))) fail('nationality', 'must be ISO 3166-1 alpha-2 codes');
      if (!Array.isArray(r.roles)) fail('roles', 'must be an array');
      else
        r.roles.forEach((role: unknown, i: number) => {
          const at = `roles[${i}]`;
          if (!isObj(role)) return fail(at, 'must be an object');
          if (typeof role.title !== 'string' || role.title.trim() === '') fail(`${at}.title`, 'must be a non-empty string');
          checkDate(role, 'from', true, (f, m) => fail(`${at}.${f}`, m));
          checkDate(role, 'to', false, (f, m) => fail(`${at}.${f}`, m));
          if (typeof role.from === 'string' && typeof role.to === 'string' && role.to < role.from) fail(`${at}.to`, 'ends before it starts');
          if (role.org !== undefined && typeof role.org !== 'string') fail(`${at}.org`, 'must be a record id');
          if (typeof role.cite !== 'number' || !Number.isInteger(role.cite) || role.cite < 0 || role.cite >= citations) fail(`${at}.cite`, 'must index the record\'s citations');
        });
      break;
    case 'outlet':
      if (!isStringArray(r.domains) || r.domains.length === 0 || !r.domains.every((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d))) fail('domains', 'must be lower-case domain names, at least one');
      if (typeof r.country !== 'string' || !/^[A-Z]{2}$/.test(r.country)) fail('country', 'must be an ISO 3166-1 alpha-2 code');
      if (typeof r.language !== 'string' || !/^[a-z]{2}$/.test(r.language)) fail('language', 'must be an ISO 639-1 code');
      if (!(OUTLET_MEDIA as readonly unknown[]).includes(r.medium)) fail('medium', `must be one of ${OUTLET_MEDIA.join(', ')}`);
      if (typeof r.owner !== 'string' || r.owner.trim() === '') fail('owner', 'must be a non-empty string');
      if (!(OWNERSHIP_TYPES as readonly unknown[]).includes(r.ownership)) fail('ownership', `must be one of ${OWNERSHIP_TYPES.join(', ')}`);
      if (r.founded !== undefined && (typeof r.founded !== 'number' || !Number.isInteger(r.founded))) fail('founded', 'must be a year');
      if (r.notes !== undefined && !isStringArray(r.notes)) fail('notes', 'must be an array of strings');
      if (r.contextAliases !== undefined && !isStringArray(r.contextAliases)) fail('contextAliases', 'must be an array of strings');
      if (r.contextAliases !== undefined && !isStringArray(r.contextHints)) fail('contextHints', 'context aliases need context hints');
      break;
    case 'organisation':
      if (!(ORGANISATION_TYPES as readonly unknown[]).includes(r.orgType)) fail('orgType', `must be one of ${ORGANISATION_TYPES.join(', ')}`);
      if (r.contextAliases !== undefined && !isStringArray(r.contextAliases)) fail('contextAliases', 'must be an array of strings');
      if (r.contextAliases !== undefined && !isStringArray(r.contextHints)) fail('contextHints', 'context aliases need context hints');
      break;
    case 'publication':
      if (!['book', 'report', 'study', 'document'].includes(r.pubType as string)) fail('pubType', 'must be book, report, study or document');
      if (!isStringArray(r.authors)) fail('authors', 'must be an array of strings');
      checkDate(r, 'date', true, fail);
      if (r.misTitles !== undefined && !isStringArray(r.misTitles)) fail('misTitles', 'must be an array of strings');
      break;
    case 'event':
      checkDate(r, 'start', true, fail);
      checkDate(r, 'end', false, fail);
      if (r.contextAliases !== undefined && !isStringArray(r.contextAliases)) fail('contextAliases', 'must be an array of strings');
      if (r.contextWindowDays !== undefined && (typeof r.contextWindowDays !== 'number' || r.contextWindowDays < 0)) fail('contextWindowDays', 'must be a non-negative number');
      break;
    case 'claim':
      checkClaim(r, fail);
      break;
  }
}

function checkClaim(r: Obj, fail: (field: string, message: string) => void): void {
  if (Array.isArray(r.aliases) && r.aliases.length > 0) fail('aliases', 'must be empty: claims are found by meaning (see "match"), not by name');
  if (!Array.isArray(r.variants) || !r.variants.every((v) => typeof v === 'string' && v.trim() !== '')) fail('variants', 'must be an array of strings');
  if (!Array.isArray(r.claimants)) fail('claimants', 'must be an array');
  else
    r.claimants.forEach((c: unknown, i: number) => {
      if (!isObj(c) || typeof c.who !== 'string' || c.who.trim() === '') fail(`claimants[${i}].who`, 'must name a record id or a person');
      else checkDate(c, 'date', true, (f, m) => fail(`claimants[${i}].${f}`, m));
    });
  if (!isStringArray(r.involves)) fail('involves', 'must be an array of record ids');
  if (!(CLAIM_TOPICS as readonly unknown[]).includes(r.topic)) fail('topic', `must be one of ${CLAIM_TOPICS.join(', ')}`);
  if (!isStringArray(r.countries) || !r.countries.every((c) => /^[A-Z]{2}$/.test(c))) fail('countries', 'must be ISO 3166-1 alpha-2 codes');
  if (typeof r.context !== 'string' || r.context.trim().length < 40) fail('context', 'must say what is established and what is disputed (40 characters or more)');
  if (r.needsReview !== undefined) fail('needsReview', 'an imported claim must be reviewed, and this flag removed, before it ships');
  if (Array.isArray(r.citations) && r.citations.length < 2) fail('citations', 'a claim needs at least two citations');
  if (r.ratings !== undefined) {
    if (!Array.isArray(r.ratings)) fail('ratings', 'must be an array');
    else
      r.ratings.forEach((x: unknown, i: number) => {
        const at = `ratings[${i}]`;
        if (!isObj(x)) return fail(at, 'must be an object');
        if (typeof x.rating !== 'string' || x.rating.trim() === '') fail(`${at}.rating`, 'must be the fact-checker\'s own words');
        if (typeof x.by !== 'string' || x.by.trim() === '') fail(`${at}.by`, 'must name the fact-checker');
        checkDate(x, 'date', true, (f, m) => fail(`${at}.${f}`, m));
        if (typeof x.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(x.url)) fail(`${at}.url`, 'must be an http(s) URL');
      });
  }
  const m = r.match;
  if (!isObj(m)) return fail('match', 'must be an object with "entities" and "terms"');
  if (!isStringArray(m.entities) || !m.entities.every((e) => ID.test(e))) fail('match.entities', 'must be an array of record ids');
  if (!Array.isArray(m.terms) || m.terms.length === 0) fail('match.terms', 'must be a non-empty array of term groups');
  else
    m.terms.forEach((group: unknown, i: number) => {
      if (!Array.isArray(group) || group.length === 0) return fail(`match.terms[${i}]`, 'must be a non-empty array of alternatives');
      group.forEach((t: unknown, j: number) => {
        if (typeof t !== 'string' || !CLAIM_TERM.test(t) || !t.split(/[\s-]+/).every((w) => /[\p{L}\p{N}]/u.test(w))) fail(`match.terms[${i}][${j}]`, 'must be lower-case words, optionally ending in *');
        else if (t.endsWith('*') && t.length < 5) fail(`match.terms[${i}][${j}]`, 'a prefix needs at least four letters');
        else if (t.endsWith('*') && !t.includes(' ') && t.length > 25) fail(`match.terms[${i}][${j}]`, 'a prefix may have at most 24 letters');
      });
    });
  if (m.numbers !== undefined && (!Array.isArray(m.numbers) || !m.numbers.every((n) => typeof n === 'number' && Number.isFinite(n)))) fail('match.numbers', 'must be an array of numbers');
  // Precision: a claim must be pinned by at least three things, two of them words or numbers.
  const entities = Array.isArray(m.entities) ? m.entities.length : 0;
  const terms = Array.isArray(m.terms) ? m.terms.length : 0;
  const numbers = Array.isArray(m.numbers) ? m.numbers.length : 0;
  if (terms + numbers < 2 || entities + terms + numbers < 3) fail('match', 'needs at least three conditions (entities, term groups, numbers), two of them term groups or numbers');
}

/** Cross-record checks: unique ids, references that resolve, aliases naming two records. */
function checkAcrossRecords(
  records: readonly { file: string; record: DatasetRecord }[],
  problems: DatasetProblem[],
  knownIds: ReadonlySet<string>,
): string[] {
  const warnings: string[] = [];
  const ids = new Map<string, string>();
  for (const { file, record } of records) {
    const other = ids.get(record.id);
    if (other) problems.push({ file, record: record.id, field: 'id', message: `duplicate id (also in ${other})` });
    ids.set(record.id, file);
  }
  const aliasOwner = new Map<string, string>();
  for (const { file, record } of records) {
    const refs: [string, string][] = [];
    if (record.kind === 'person') record.roles.forEach((r, i) => r.org && refs.push([`roles[${i}].org`, r.org]));
    if (record.kind === 'publication') record.authors.forEach((a, i) => ID.test(a) && refs.push([`authors[${i}]`, a]));
    if (record.kind === 'claim') {
      record.involves.forEach((a, i) => refs.push([`involves[${i}]`, a]));
      record.match.entities.forEach((a, i) => refs.push([`match.entities[${i}]`, a]));
      record.claimants.forEach((c, i) => ID.test(c.who) && refs.push([`claimants[${i}].who`, c.who]));
    }
    for (const [field, ref] of refs) {
      if (!ids.has(ref) && !knownIds.has(ref)) problems.push({ file, record: record.id, field, message: `refers to "${ref}", which is not in the dataset` });
    }
    for (const alias of new Set([record.name, ...record.aliases])) {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== record.id) warnings.push(`alias "${alias}" names both ${owner} and ${record.id}; the linker will link neither`);
      aliasOwner.set(alias, record.id);
    }
  }
  return warnings;
}

export interface CompileOutcome {
  dataset: CompiledDataset | null;
  problems: DatasetProblem[];
  warnings: string[];
}

/**
 * Validates every file and, when all is well, returns the compiled dataset (records sorted by
 * id). `knownIds` are records that exist elsewhere (the bundled dataset, for a pack), so that a
 * pack may refer to them.
 */
export function compileDataset(files: readonly SourceFileInput[], knownIds: ReadonlySet<string> = new Set()): CompileOutcome {
  const problems: DatasetProblem[] = [];
  const all: { file: string; record: DatasetRecord }[] = [];
  for (const input of files) for (const record of checkFile(input, problems)) all.push({ file: input.file, record });
  const warnings = checkAcrossRecords(all, problems, knownIds);
  if (problems.length > 0) return { dataset: null, problems, warnings };
  const records = all.map((r) => r.record).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const asOf = records.reduce((max, r) => (r.checked > max ? r.checked : max), '0000-00-00');
  return { dataset: { format: 1, asOf, records }, problems, warnings };
}

/**
 * Reads a dataset pack: a source file (`{ "records": [...] }`) or a compiled dataset
 * (`{ "format": 1, ... }`), checked record by record; references may point into `knownIds`.
 */
export function parsePack(json: unknown, file: string, knownIds: ReadonlySet<string>): CompileOutcome {
  if (!isObj(json) || !Array.isArray(json.records)) {
    return { dataset: null, problems: [{ file, record: '-', field: 'records', message: 'a pack is an object with a "records" array' }], warnings: [] };
  }
  if (json.records.length === 0) {
    return { dataset: null, problems: [{ file, record: '-', field: 'records', message: 'the pack has no records' }], warnings: [] };
  }
  return compileDataset([{ file, json: { records: json.records } }], knownIds);
}

export function formatProblem(p: DatasetProblem): string {
  return `${p.file}: record ${p.record}: field ${p.field}: ${p.message}`;
}
