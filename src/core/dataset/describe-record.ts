/**
 * Turns a dataset record into what a card shows: short facts, each with the
 * citation it comes from, and a person's roles read at the article's date
 * (what they were then, and what has changed since).
 */
import { padDate, roleHeldOn } from './roles.js';
import type { DatasetIndex } from './dataset-index.js';
import type { Citation, DatasetRecord, PersonRecord, Role } from './types.js';

export interface CardFact {
  text: string;
  citation: Citation;
}

export interface RecordCard {
  id: string;
  kind: DatasetRecord['kind'];
  name: string;
  facts: CardFact[];
  /** For a claim: every citation of the record, primary sources first. */
  sources?: Citation[];
  checked: string;
}

const KIND_LABELS: Record<DatasetRecord['kind'], string> = {
  person: 'Person',
  outlet: 'News outlet',
  organisation: 'Organisation',
  publication: 'Publication',
  event: 'Event',
  claim: 'Claim',
};

export function kindLabel(kind: DatasetRecord['kind']): string {
  return KIND_LABELS[kind];
}


function roleText(role: Role, index: DatasetIndex): string {
  const org = role.org ? index.get(role.org) : undefined;
  const title = org && !role.title.includes(org.name) ? `${role.title}, ${org.name}` : role.title;
  return role.to ? `${title} (${role.from} to ${role.to})` : `${title} (since ${role.from})`;
}

function personFacts(record: PersonRecord, index: DatasetIndex, articleDate: string | null): CardFact[] {
  const cite = (role: Role): Citation => record.citations[role.cite] ?? record.citations[0]!;
  const facts: CardFact[] = [];
  if (articleDate) {
    const then = record.roles.filter((r) => roleHeldOn(r, articleDate));
    for (const role of then) facts.push({ text: `At the article's date: ${roleText(role, index)}`, citation: cite(role) });
    if (then.length === 0) {
      const before = record.roles.filter((r) => r.to !== undefined && padDate(r.to) < articleDate);
      const latest = before[before.length - 1];
      if (latest) facts.push({ text: `Before the article: ${roleText(latest, index)}`, citation: cite(latest) });
    }
    const later = record.roles.filter((r) => padDate(r.from) > articleDate);
    for (const role of later) facts.push({ text: `Since then: ${roleText(role, index)}`, citation: cite(role) });
  } else {
    for (const role of record.roles.filter((r) => r.to === undefined)) facts.push({ text: roleText(role, index), citation: cite(role) });
  }
  return facts;
}

export function describeRecord(record: DatasetRecord, index: DatasetIndex, articleDate: string | null): RecordCard {
  const main = record.citations[0]!;
  const facts: CardFact[] = [{ text: record.description, citation: main }];
  switch (record.kind) {
    case 'person':
      facts.push(...personFacts(record, index, articleDate));
      break;
    case 'outlet': {
      const founded = record.founded ? `, founded ${record.founded}` : '';
      facts.push({ text: `${capitalise(record.medium)} in ${record.country}; owner: ${record.owner} (${record.ownership})${founded}`, citation: main });
      for (const note of record.notes ?? []) facts.push({ text: note, citation: main });
      break;
    }
    case 'publication': {
      const authors = record.authors.map((a) => index.get(a)?.name ?? a).join(', ');
      const publisher = record.publisher ? `, ${record.publisher}` : '';
      facts.push({ text: `${capitalise(record.pubType)} by ${authors}${publisher}, ${record.date}`, citation: main });
      break;
    }
    case 'event': {
      const when = record.end ? `${record.start} to ${record.end}` : record.start;
      facts.push({ text: record.place ? `${when}, ${record.place}` : when, citation: main });
      break;
    }
    case 'claim': {
      facts.push({ text: record.context, citation: record.citations.find((c) => c.primary) ?? main });
      for (const r of record.ratings ?? []) facts.push({ text: `${r.by} rated it “${r.rating}” (${r.date})`, citation: { url: r.url, title: r.by } });
      break;
    }
    case 'organisation':
      break;
  }
  const card: RecordCard = { id: record.id, kind: record.kind, name: record.name, facts, checked: record.checked };
  if (record.kind === 'claim') card.sources = [...record.citations].sort((a, b) => Number(!!b.primary) - Number(!!a.primary));
  return card;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
