import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/core/annotate.js';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import { compileDataset, formatProblem } from '../../src/core/dataset/validate-records.js';
import type { Article } from '../../src/core/types.js';
import { bundledDataset } from '../helpers/dataset.js';

const cite = [{ url: 'https://example.org/a', title: 'Example' }];
const person = (id: string, name: string) => ({ id, kind: 'person', name, aliases: [], description: 'A person.', roles: [], nationality: ['GB'], citations: cite, checked: '2026-01-01' });

describe('dataset validation', () => {
  it('names the file, record and field at fault', () => {
    const { dataset, problems } = compileDataset([{ file: 'people.json', json: { records: [{ ...person('person/a-b', 'A B'), checked: 'yesterday' }] } }]);
    expect(dataset).toBeNull();
    expect(formatProblem(problems[0]!)).toBe('people.json: record person/a-b: field checked: must be a date YYYY-MM-DD');
  });

  it('rejects duplicate ids and references that do not resolve', () => {
    const bad = { ...person('person/x-y', 'X Y'), roles: [{ title: 'Chair', org: 'organisation/nowhere', from: '2020', cite: 0 }] };
    const { problems } = compileDataset([{ file: 'f.json', json: { records: [bad, person('person/x-y', 'X Y')] } }]);
    expect(problems.map((p) => p.field).sort()).toEqual(['id', 'roles[0].org']);
  });

  it('every bundled record validates and links by its name', () => {
    const index = bundledDataset();
    expect(index.size).toBeGreaterThanOrEqual(40);
    expect(index.outletForHost('www.bbc.co.uk')?.id).toBe('outlet/bbc-news');
    expect(index.outletForHost('edition.cnn.com')?.id).toBe('outlet/cnn');
  });
});

describe('linking', () => {
  const index = DatasetIndex.fromDataset({
    format: 1,
    asOf: '2026-01-01',
    records: [person('person/ann-lee', 'Ann Lee'), person('person/bo-lee', 'Bo Lee')] as never,
  });
  const article = (text: string): Article => ({ url: 'https://x.example/', title: '', byline: null, siteName: null, publishedTime: '2024-10-25T00:00:00Z', lang: 'en', text });

  it('reads a transcript label in capitals as the surname of a person already named', () => {
    expect(annotateArticle(article('The moderator welcomed Ann Lee.\n\nLEE: Thank you for having me.'), index).entities[0]!.spans.map((s) => s.text)).toEqual(['Ann Lee', 'LEE']);
  });

  it('links a surname only after the full name, and not when two people share it', () => {
    expect(annotateArticle(article('Lee spoke first. Ann Lee spoke later. Lee left.'), index).entities[0]!.spans.map((s) => s.text)).toEqual(['Ann Lee', 'Lee']);
    const both = annotateArticle(article('Ann Lee met Bo Lee. Lee left.'), index).entities;
    expect(both.flatMap((e) => e.spans.map((s) => s.text))).toEqual(['Ann Lee', 'Bo Lee']);
  });

  it('never links a bare surname the article first gave to someone the dataset does not know', () => {
    const mayor = { ...person('person/cai-weaver', 'Cai Weaver'), roles: [{ title: 'Mayor of Saltmere', from: '2020', cite: 0 }] };
    const withMayor = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: [mayor] as never });
    const linked = (text: string) => annotateArticle(article(text), withMayor).entities.flatMap((e) => e.spans.map((s) => s.text));
    // With evidence of the office and nobody else of that name, the bare surname is the mayor.
    expect(linked('The council of Saltmere met on Monday, and Weaver spoke first.')).toEqual(['Weaver']);
    // "Dora Weaver" is someone else: the later "Weaver" is her, not the mayor.
    expect(linked('Dora Weaver runs a shop in Saltmere. The council met on Monday, and Weaver spoke first.')).toEqual([]);
    // A title naming the office still decides.
    expect(linked('Dora Weaver runs a shop in Saltmere. The council met on Monday, and Mayor Weaver spoke first.')).toEqual(['Weaver']);
    // A country, a people or the person's own company is no surname, and neither is a monarch's place.
    const records = [
      { ...person('person/tal-israel', 'Tal Israel'), roles: [{ title: 'Mayor of Saltmere', from: '2020', cite: 0 }] },
      { ...person('person/ode-cuban', 'Ode Cuban'), roles: [{ title: 'Mayor of Saltmere', from: '2020', cite: 0 }] },
      { ...person('person/lin-dell', 'Lin Dell'), roles: [{ title: 'Chief executive of Dell', from: '2020', cite: 0 }] },
      { ...person('person/ida-of-norland', 'Ida of Norland'), roles: [{ title: 'Queen of Saltmere', from: '2020', cite: 0 }] },
    ];
    const places = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: records as never });
    const links = (text: string) => annotateArticle(article(text), places).entities.flatMap((e) => e.spans.map((s) => s.text));
    expect(links('The Saltmere council sent a delegation to Israel, and a group of Cuban traders met Norland officials.')).toEqual([]);
    expect(links('Shops lost out to rivals such as Dell and others.')).toEqual([]);
  });

  it('links a name ending in a possessive only where the page writes it ("McDonald’s", not "Ann McDonald")', () => {
    const chain = { id: 'organisation/saltmere-buns', kind: 'organisation', name: "Pell's", aliases: [], description: 'A bakery chain.', orgType: 'company', citations: cite, checked: '2026-01-01' };
    const withChain = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: [chain] as never });
    const linked = (text: string) => annotateArticle(article(text), withChain).entities.flatMap((e) => e.spans.map((s) => s.text));
    expect(linked('We ate at Pell’s on the quay. Later Gideon Pell spoke, and Pell left.')).toEqual(['Pell']);
  });

  it('links an outlet\'s ambiguous short name only where the article gives its country', () => {
    const outlet = { id: 'outlet/sbc', kind: 'outlet', name: 'SBC News', aliases: [], description: 'A broadcaster.', domains: ['sbc.example'], country: 'NO', language: 'en', medium: 'broadcaster', owner: 'The state', ownership: 'public-service', contextAliases: ['SBC'], contextHints: ['Norland'], citations: cite, checked: '2026-01-01' };
    const withOutlet = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: [outlet] as never });
    const linked = (text: string) => annotateArticle(article(text), withOutlet).entities.flatMap((e) => e.spans.map((s) => s.text));
    expect(linked('The minister told SBC that Norland would build the pier.')).toEqual(['SBC']);
    expect(linked('The SBC chairman, a congressman, spoke in the capital.')).toEqual([]);
  });

  it('links a name and its surname whichever apostrophe the page typesets', () => {
    const idx = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: [person('person/cara-oneill', "Cara O'Neill"), person('person/dov-dunn', 'Dov D\u2019Arcy Dunn')] as never });
    const spans = (text: string) => annotateArticle(article(text), idx).entities.map((e) => [e.entityId, e.spans.map((s) => s.text)]);
    expect(spans('Cara O\u2019Neill spoke. O\u2019Neill left.')).toEqual([['person/cara-oneill', ['Cara O\u2019Neill', 'O\u2019Neill']]]);
    expect(spans("Dov D'Arcy Dunn spoke.")).toEqual([['person/dov-dunn', ["Dov D'Arcy Dunn"]]]);
  });

  it('still links curly-apostrophe names in packs stored before keys were straightened', async () => {
    const { compileIndex } = await import('../../src/core/dataset/compiled-index.js');
    const fresh = compileIndex({ format: 1, asOf: '2026-01-01', records: [person('person/cara-oneill', 'Cara O\u2019Neill')] as never });
    // As the compiler wrote it before: the keys keep the curly apostrophe as written.
    const curly = (keys: string[]) => keys.map((k) => k.replace(/'/g, '\u2019'));
    const stored = { ...fresh, aliasKeys: curly(fresh.aliasKeys), aliasHeads: curly(fresh.aliasHeads), surnames: curly(fresh.surnames) };
    const idx = new DatasetIndex([stored]);
    const spans = annotateArticle(article('Cara O\u2019Neill spoke. O\u2019Neill left.'), idx).entities.map((e) => e.spans.map((s) => s.text));
    expect(spans).toEqual([['Cara O\u2019Neill', 'O\u2019Neill']]);
  });

  it('links a one-word name with inner capitals in its plain form too ("Politifact")', () => {
    const outlet = { id: 'outlet/fact-pier', kind: 'outlet', name: 'FactPier', aliases: [], description: 'A fact-checker.', domains: ['factpier.example'], country: 'GB', language: 'en', medium: 'fact-checker', owner: 'FactPier Ltd', ownership: 'private', citations: cite, checked: '2026-01-01' };
    const idx = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: [outlet] as never });
    expect(annotateArticle(article('Factpier rated the claim false.'), idx).entities.map((e) => e.entityId)).toEqual(['outlet/fact-pier']);
    expect(annotateArticle(article('FactPier rated the claim false.'), idx).entities.map((e) => e.entityId)).toEqual(['outlet/fact-pier']);
  });

  it('links a date-dependent event alias only near the event', () => {
    const idx = bundledDataset();
    const near = annotateArticle(article('Leaders met at the BRICS Summit this week.'), idx).entities.map((e) => e.entityId);
    expect(near).toContain('event/16th-brics-summit');
    const far = annotateArticle({ ...article('Leaders met at the BRICS Summit this week.'), publishedTime: '2019-01-01T00:00:00Z' }, idx).entities.map((e) => e.entityId);
    expect(far).not.toContain('event/16th-brics-summit');
  });
});

describe('dataset packs', () => {
  it('accepts a valid pack that refers to bundled records, and merges it over the bundle', async () => {
    const { parsePack } = await import('../../src/core/dataset/validate-records.js');
    const { compileIndex } = await import('../../src/core/dataset/compiled-index.js');
    const pack = { records: [{ ...person('person/pat-quill', 'Pat Quill'), roles: [{ title: 'Aide', org: 'organisation/us-congress', from: '2020', cite: 0 }] }] };
    const bundledIds = new Set(['organisation/us-congress']);
    const { dataset, problems } = parsePack(pack, 'pack.json', bundledIds);
    expect(problems).toEqual([]);
    const bundled = compileIndex({ format: 1, asOf: '2025-01-01', records: [{ ...person('person/pat-quill', 'Patricia Quill'), description: 'Old.' }] as never });
    const merged = new DatasetIndex([bundled, compileIndex(dataset!)]);
    expect(merged.size).toBe(1);
    expect(merged.get('person/pat-quill')?.name).toBe('Pat Quill'); // the pack's record replaces the bundled one
    expect(merged.lookupAlias('Patricia Quill')).toEqual([]); // and the replaced record's names no longer link
    expect(merged.lookupAlias('Pat Quill').map((t) => t.id)).toEqual(['person/pat-quill']);
    expect(merged.asOf).toBe('2026-01-01');
  });

  it('stores the records of a pack deflated in shards and reads every one back, as well as packs stored in older forms', async () => {
    const { compileIndex, packForStorage, isCompiledIndex, SHARD_SIZE } = await import('../../src/core/dataset/compiled-index.js');
    // Names with accents and emoji check that the text survives deflate and base64 intact.
    const records = Array.from({ length: SHARD_SIZE * 2 + 7 }, (_, i) => person(`person/p-${String(i).padStart(5, '0')}`, `Zoë Ñandú ${i} 🌊`));
    const compiled = compileIndex({ format: 1, asOf: '2026-01-01', records } as never);
    const stored = JSON.parse(JSON.stringify(packForStorage(compiled))) as typeof compiled;
    expect(stored.recordText).toBeUndefined();
    expect(stored.recordShards).toHaveLength(3);
    expect(isCompiledIndex(stored)).toBe(true);
    const index = new DatasetIndex([stored]);
    for (const i of [0, SHARD_SIZE - 1, SHARD_SIZE, SHARD_SIZE * 2 + 6]) expect(index.get(`person/p-${String(i).padStart(5, '0')}`)?.name).toBe(`Zoë Ñandú ${i} 🌊`);
    // A damaged shard table is not taken for a pack.
    expect(isCompiledIndex({ ...stored, recordShards: stored.recordShards!.slice(1) })).toBe(false);
    // Format 2 (records as an array of strings), as an older version stored packs, still reads.
    const { recordText: _t, recordOffsets: _o, ...tables } = compiled;
    const old = { ...tables, format: 2 as const, records: records.map((r) => JSON.stringify(r)) };
    expect(isCompiledIndex(old)).toBe(true);
    expect(new DatasetIndex([old]).get('person/p-00005')?.name).toBe('Zoë Ñandú 5 🌊');
  });

  it('rejects a malformed pack naming the record and field, storing nothing', async () => {
    const { parsePack, formatProblem } = await import('../../src/core/dataset/validate-records.js');
    expect(parsePack([], 'x.json', new Set()).problems[0]!.field).toBe('records');
    const { dataset, problems } = parsePack({ records: [{ ...person('person/a-b', 'A B'), roles: [{ title: 'x', from: 'spring', cite: 0 }] }] }, 'x.json', new Set());
    expect(dataset).toBeNull();
    expect(formatProblem(problems[0]!)).toBe('x.json: record person/a-b: field roles[0].from: must be a date YYYY, YYYY-MM or YYYY-MM-DD');
  });
});

describe('publication titles', () => {
  const at = (text: string) => ({ url: 'https://x.example/', title: '', byline: null, siteName: null, publishedTime: '2024-11-01T00:00:00Z', lang: 'en', text });
  it('links a one-word title or a known wrong title only right after its author', () => {
    const idx = bundledDataset();
    const ids = (text: string) => annotateArticle(at(text), idx).entities.map((e) => e.entityId);
    expect(ids('Critics read Bob Woodward’s latest book, War, closely.')).toContain('publication/war-woodward-2024');
    expect(ids('The reading group chose the book War and Peace this month.')).not.toContain('publication/war-woodward-2024');
    expect(ids('War returned to Europe in 2022, the minister said.')).not.toContain('publication/war-woodward-2024');
    const wrong = annotateArticle(at('Reviewers discussed Woodward’s book Wars at length.'), idx).entities.find((e) => e.entityId === 'publication/war-woodward-2024');
    expect(wrong?.misTitles).toEqual(['Wars']);
  });
});
