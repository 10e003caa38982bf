/**
 * Turns schema.org ClaimReview JSON-LD, as fact-checkers publish it, into draft claim records.
 * Pure: JSON in, records and item-by-item problems out. The drafts carry `needsReview`, which the
 * compiler refuses, so nothing imported ships before a person has checked its context and its
 * match rules. Accepts one ClaimReview, an array of them, or a JSON-LD `@graph`.
 */
import type { DatasetIndex } from './dataset-index.js';
import { linkMentions } from '../entities/link-mentions.js';
import { tokenize } from '../text/tokens.js';
import type { ClaimRecord } from './types.js';

export interface ImportProblem {
  /** Position of the item in the input, from 0. */
  item: number;
  field: string;
  message: string;
}

export interface ImportOutcome {
  records: ClaimRecord[];
  problems: ImportProblem[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
// An ISO date, optionally with a time ("2024-10-15", "2024-10-15T09:00:00Z"); anything else is reported.
const ISO_DATE = /^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isoDate(v: unknown): string | null {
  const m = typeof v === 'string' ? ISO_DATE.exec(v.trim()) : null;
  return m ? m[1]! : null;
}
const URL_RE = /^https?:\/\/\S+$/;

// Words that carry no meaning for matching; drafts use the rest.
const STOPWORDS = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been being has have had do does did not no this that these those it its they them their he she his her we our you your i will would can could should may might than then there here who whom which what when where why how all any more most other some such into over about after before up down out says said claim claims claimed video photo shows show'.split(' '),
);

/** Items of the input: a ClaimReview, an array, or an object with @graph. */
function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (isObj(json) && Array.isArray(json['@graph'])) return json['@graph'];
  return [json];
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (isObj(v)) return text(v.name);
  return text(v);
}

function slug(words: string): string {
  return (
    words
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 8)
      .join('-') || 'claim'
  );
}

export function importClaimReview(json: unknown, index: DatasetIndex, today: string): ImportOutcome {
  const records: ClaimRecord[] = [];
  const problems: ImportProblem[] = [];
  const used = new Set<string>();
  itemsOf(json).forEach((raw, item) => {
    const fail = (field: string, message: string) => problems.push({ item, field, message });
    if (!isObj(raw)) return fail('-', 'not an object');
    const type = raw['@type'];
    if (type !== 'ClaimReview' && !(Array.isArray(type) && type.includes('ClaimReview'))) return fail('@type', 'is not "ClaimReview"');
    const before = problems.length;
    const claimText = text(raw.claimReviewed);
    if (!claimText) fail('claimReviewed', 'missing: the claim as the fact-checker states it');
    const reviewUrl = text(raw.url);
    if (!reviewUrl || !URL_RE.test(reviewUrl)) fail('url', 'missing or not an http(s) URL');
    const reviewer = nameOf(raw.author);
    if (!reviewer) fail('author.name', 'missing: the fact-checker');
    const reviewDate = isoDate(raw.datePublished);
    if (!reviewDate) fail('datePublished', 'missing or not an ISO date (YYYY-MM-DD)');
    const rating = isObj(raw.reviewRating) ? text(raw.reviewRating.alternateName) : null;
    if (!rating) fail('reviewRating.alternateName', 'missing: the rating in the fact-checker\'s words');
    if (problems.length > before) return;

    const itemReviewed = isObj(raw.itemReviewed) ? raw.itemReviewed : {};
    const claimant = nameOf(itemReviewed.author) ?? 'unknown';
    if (itemReviewed.datePublished !== undefined && !isoDate(itemReviewed.datePublished)) return fail('itemReviewed.datePublished', 'not an ISO date (YYYY-MM-DD)');
    const claimDate = isoDate(itemReviewed.datePublished) ?? reviewDate!;
    const appearance = Array.isArray(itemReviewed.appearance) ? itemReviewed.appearance[0] : itemReviewed.appearance;
    const appearanceUrl = isObj(appearance) ? text(appearance.url) : text(appearance);

    // Draft match rules: the entities the dataset recognises and the claim's longest content words.
    const tokens = tokenize(claimText!);
    const mentions = linkMentions(claimText!, tokens, index, { articleDate: claimDate.length === 10 ? claimDate : null, tokenSet: new Set(tokens.map((t) => t.text)) });
    const entities = [...new Set(mentions.map((m) => m.entityId))].slice(0, 2);
    const named = new Set(mentions.flatMap((m) => tokens.filter((t) => t.start >= m.start && t.end <= m.end).map((t) => t.text.toLowerCase())));
    const words = [...new Set(tokens.map((t) => t.text.toLowerCase()))].filter((w) => !STOPWORDS.has(w) && !named.has(w) && /\p{L}/u.test(w) && w.length > 2);
    const terms = words.sort((a, b) => b.length - a.length).slice(0, Math.max(2, 3 - entities.length)).map((w) => [w]);

    let id = `claim/${slug(claimText!)}`;
    for (let n = 2; used.has(id) || index.get(id); n++) id = `claim/${slug(claimText!)}-${n}`;
    used.add(id);
    const claimantRecord = mentions.find((m) => index.get(m.entityId)?.name === claimant)?.entityId;
    records.push({
      id,
      kind: 'claim',
      name: claimText!,
      aliases: [],
      variants: [],
      claimants: [{ who: claimantRecord ?? claimant, date: claimDate }],
      involves: entities,
      topic: 'politics',
      countries: [],
      description: `${reviewer} rated it “${rating}”.`,
      context: `Imported from ${reviewer}'s fact check of ${reviewDate}; write what is established, by whom, and what is disputed.`,
      ratings: [{ rating: rating!, by: reviewer!, date: reviewDate!, url: reviewUrl! }],
      match: { entities, terms },
      citations: [
        { url: reviewUrl!, title: `${reviewer}: fact check` },
        ...(appearanceUrl && URL_RE.test(appearanceUrl) ? [{ url: appearanceUrl, title: 'Where the claim appeared', primary: true }] : []),
      ],
      checked: today,
      needsReview: true,
    });
  });
  return { records, problems };
}
