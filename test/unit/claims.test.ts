// Claim matching on sentences written for these tests, against a small fictional dataset.
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/core/annotate.js';
import { chooseClaimKeys, conditionKeys } from '../../src/core/claims/claim-keys.js';
import { compileIndex } from '../../src/core/dataset/compiled-index.js';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import type { ClaimRecord } from '../../src/core/dataset/types.js';
import { compileDataset } from '../../src/core/dataset/validate-records.js';
import type { Article } from '../../src/core/types.js';

const cite = [{ url: 'https://example.org/a', title: 'Example A', primary: true }, { url: 'https://example.org/b', title: 'Example B' }];

function person(id: string, name: string) {
  return { id, kind: 'person', name, aliases: [], description: 'A fictional person for tests.', citations: cite, checked: '2026-01-01', roles: [], nationality: ['GB'] };
}

function claim(id: string, match: ClaimRecord['match'], extra: Partial<ClaimRecord> = {}) {
  return {
    id, kind: 'claim', name: `Claim ${id}`, aliases: [], variants: [], claimants: [{ who: 'Someone', date: '2020' }], involves: [], topic: 'society',
    countries: ['GB'], description: 'Fictional.', context: 'What is known about this fictional claim, in enough words to pass.', match, citations: cite,
    checked: '2026-01-01', ...extra,
  };
}

const RECORDS = [
  person('person/maren-tolk', 'Maren Tolk'),
  person('person/osric-vane', 'Osric Vane'),
  claim('claim/tolk-vane-secret-meetings', { entities: ['person/maren-tolk', 'person/osric-vane'], terms: [['met', 'meetings', 'meeting', 'spoke']], numbers: [12] }),
  claim('claim/harbour-wall-cracked', { entities: [], terms: [['harbour wall', 'sea wall'], ['crack*', 'fracture*'], ['sabotage*', 'deliberately']] }),
  claim('claim/tides-not-rising', { entities: [], terms: [['tide', 'tides'], ['not rising', 'no rise']], numbers: [25] }, { name: 'The tides are not rising, for 25 years now', variants: ['There has been no rise in the tides'] }),
];

function dataset(records: unknown[] = RECORDS): DatasetIndex {
  const { dataset, problems } = compileDataset([{ file: 'test.json', json: { records } }]);
  if (!dataset) throw new Error(JSON.stringify(problems));
  return DatasetIndex.fromDataset(dataset);
}

function article(text: string): Article {
  return { url: 'https://news.example/story', title: 'A story', byline: null, siteName: null, publishedTime: '2025-03-01T00:00:00Z', lang: 'en', text };
}

const claimsIn = (text: string, index = dataset()) => annotateArticle(article(text), index).claims;

describe('claim matching', () => {
  it('matches a paraphrase and says which names, words and numbers matched', () => {
    const text = 'Maren Tolk and Osric Vane held twelve private meetings last year, a new report says.';
    const [note, ...rest] = claimsIn(text);
    expect(rest).toEqual([]);
    expect(note!.claimId).toBe('claim/tolk-vane-secret-meetings');
    expect(note!.why).toEqual({ entities: ['person/maren-tolk', 'person/osric-vane'], terms: ['meetings'], numbers: [12] });
    expect(note!.stance).toBe('repeats');
    expect(note!.score).toBe(1);
    expect(note!.span.text).toBe(text);
  });

  it('marks a sentence that denies the claim as disputing it', () => {
    const text = 'Maren Tolk said she had never met Osric Vane, let alone 12 times.';
    const [note] = claimsIn(text);
    expect(note?.claimId).toBe('claim/tolk-vane-secret-meetings');
    expect(note?.stance).toBe('disputes');
  });

  it('takes names from the sentence before, in the same paragraph only, at a lower score', () => {
    const before = 'Maren Tolk and Osric Vane deny any link. The book says the two met 12 times in secret.';
    const [note] = claimsIn(before);
    expect(note?.span.text).toBe('The book says the two met 12 times in secret.');
    expect(note?.score).toBeLessThan(1);
    expect(note?.score).toBeGreaterThanOrEqual(0.75);
    // A paragraph break in between: no note.
    expect(claimsIn('Maren Tolk and Osric Vane deny any link.\n\nThe book says the two met 12 times in secret.')).toEqual([]);
  });

  it('says nothing when one condition is missing or the number differs', () => {
    expect(claimsIn('Maren Tolk and Osric Vane held private meetings last year.')).toEqual([]);
    expect(claimsIn('Maren Tolk and Osric Vane held 13 private meetings last year.')).toEqual([]);
    expect(claimsIn('Maren Tolk held twelve private meetings last year.')).toEqual([]);
    expect(claimsIn('The harbour wall cracked in the storm.')).toEqual([]);
  });

  it('matches phrases, hyphenated words and word stems without entities', () => {
    const [note] = claimsIn('Posts claimed the sea-wall was deliberately fractured by rivals.');
    expect(note?.claimId).toBe('claim/harbour-wall-cracked');
    expect(note?.why.terms).toEqual(['sea wall', 'fractured', 'deliberately']);
  });

  it('gives each claim one note, on its best sentence', () => {
    const text = 'Maren Tolk met Osric Vane 12 times. Later, Maren Tolk and Osric Vane had 12 meetings, the report says.';
    const notes = claimsIn(text);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.span.text).toBe('Maren Tolk met Osric Vane 12 times.');
  });

  it('does not call a sentence disputing when its negation is the claim\'s own wording', () => {
    const [note] = claimsIn('Bloggers insist the tides are not rising and have not for 25 years.');
    expect(note?.claimId).toBe('claim/tides-not-rising');
    expect(note?.stance).toBe('repeats');
    expect(claimsIn('Surveyors denied that the tides are not rising, citing 25 years of records.')[0]?.stance).toBe('disputes');
  });

  it('reads numbers as written: whole words and figures only, in the sentence itself', () => {
    expect(claimsIn('Bloggers say there has been no rise in the tides for twenty-five years.')[0]?.why.numbers).toEqual([25]);
    expect(claimsIn('Bloggers say there has been no rise in the tides at the G25 summit.')).toEqual([]);
    expect(claimsIn('Bloggers say there has been no rise in the tides for 25,000 years.')).toEqual([]);
    // A figure in the sentence before is about something else.
    expect(claimsIn('Maren Tolk visited 12 schools on Monday. Osric Vane later met her.')).toEqual([]);
  });

  it('matches a phrase only when its words follow each other', () => {
    expect(claimsIn('Posts claimed the sea, wall and quay were deliberately fractured by rivals.')).toEqual([]);
  });

  it('returns nothing, without an error, for texts with no sentences or odd characters', () => {
    for (const text of ['', '\n\n\n', '“”«»', 'مارين تولك 12', '\u200B'.repeat(1000), 'a'.repeat(200_000)]) expect(claimsIn(text)).toEqual([]);
  });
});

describe('claim retrieval keys', () => {
  it('posts each claim under its rarest condition only', () => {
    const common = { entities: ['person/maren-tolk'], terms: [['budget'], ['zephyr']] };
    const keys = chooseClaimKeys([common, { entities: ['person/maren-tolk'], terms: [['budget'], ['quill']] }]);
    expect(keys).toEqual([['zephyr'], ['quill']]);
    expect(conditionKeys({ entities: [], terms: [['vaccin*', 'jab']], numbers: [5] })).toEqual([['~vaccin', 'jab'], ['#5']]);
  });

  it('retrieves only the claims whose keys the article has', () => {
    const index = dataset();
    // The fictional claim's rarest condition is its first entity; the harbour claim's, its phrase.
    expect(index.claimsForKeys(['@person/maren-tolk', 'twelve'])).toEqual(['claim/tolk-vane-secret-meetings']);
    expect(index.claimsForKeys(['meetings', '#12', 'wall'])).toEqual([]);
    expect(index.claimsForKeys(['harbour'])).toEqual(['claim/harbour-wall-cracked']);
  });

  it('reads a stored pack compiled before claims existed (no claim tables) without error', () => {
    const { dataset: compiled } = compileDataset([{ file: 'p.json', json: { records: [person('person/maren-tolk', 'Maren Tolk')] } }]);
    const old = compileIndex(compiled!);
    delete old.claimKeys;
    delete old.claimTargets;
    const index = new DatasetIndex([old]);
    expect(index.claimsForKeys(['anything'])).toEqual([]);
    expect(annotateArticle(article('Maren Tolk spoke.'), index).claims).toEqual([]);
  });
});

describe('claim records are validated', () => {
  const problemsOf = (record: unknown) => compileDataset([{ file: 'c.json', json: { records: [...RECORDS.slice(0, 2), record] } }]).problems.map((p) => `${p.field}: ${p.message}`);

  it('rejects aliases, too few conditions, unknown entities, an unreviewed import and a single citation', () => {
    expect(problemsOf(claim('claim/x', { entities: [], terms: [['a']] }, { aliases: ['X'] })).join('\n')).toMatch(/aliases: must be empty[\s\S]*match: needs at least three conditions/);
    expect(problemsOf(claim('claim/x', { entities: ['person/nobody'], terms: [['a'], ['b']] }))).toEqual(['match.entities[0]: refers to "person/nobody", which is not in the dataset']);
    expect(problemsOf(claim('claim/x', { entities: [], terms: [['a'], ['b'], ['C']] }))).toEqual(['match.terms[2][0]: must be lower-case words, optionally ending in *']);
    expect(problemsOf(claim('claim/x', { entities: [], terms: [['a'], ['b'], ['ab*']] }))).toEqual(['match.terms[2][0]: a prefix needs at least four letters']);
    expect(problemsOf(claim('claim/x', { entities: [], terms: [['a'], ['b'], ['c']] }, { needsReview: true }))[0]).toMatch(/^needsReview/);
    expect(problemsOf(claim('claim/x', { entities: [], terms: [['a'], ['b'], ['c']] }, { citations: [cite[0]!] }))).toEqual(['citations: a claim needs at least two citations']);
  });
});
