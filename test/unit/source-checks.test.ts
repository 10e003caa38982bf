// Notes where an article contradicts a named source's record: sentences and records invented here.
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/core/annotate.js';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import { compileDataset } from '../../src/core/dataset/validate-records.js';

const cite = [{ url: 'https://example.org/fictland', title: 'Fictland records (fictional)' }];
const RECORDS = [
  {
    id: 'person/maren-tolk', kind: 'person', name: 'Maren Tolk', aliases: [], description: 'Fictional author.', citations: cite, checked: '2026-01-01', nationality: ['GB'],
    roles: [{ title: 'Deputy President of Fictland', from: '2020-01-01', cite: 0 }],
  },
  {
    id: 'person/osric-vane', kind: 'person', name: 'Osric Vane', aliases: [], description: 'Fictional head of state.', citations: cite, checked: '2026-01-01', nationality: ['GB'],
    roles: [{ title: 'President of Fictland', from: '2010-03-01', to: '2015-03-01', cite: 0 }, { title: 'President of Fictland', from: '2022-03-01', cite: 0 }, { title: 'Senator', from: '2016-01-01', to: '2021-12-31', cite: 0 }],
  },
  { id: 'publication/salt-ledger', kind: 'publication', name: 'The Salt Ledger', aliases: [], description: 'Fictional report.', citations: cite, checked: '2026-01-01', pubType: 'report', authors: ['Maren Tolk'], date: '2018' },
  { id: 'publication/the-long-tide', kind: 'publication', name: 'The Long Tide', aliases: [], description: 'Fictional book.', citations: cite, checked: '2026-01-01', pubType: 'book', authors: ['person/maren-tolk'], date: '2019-05-02', misTitles: ['The Long Tides'] },
];

const { dataset } = compileDataset([{ file: 'f.json', json: { records: RECORDS } }]);
const index = DatasetIndex.fromDataset(dataset!);

function checks(text: string, date = '2023-06-01') {
  const result = annotateArticle({ url: 'https://news.example/', title: 't', byline: null, siteName: null, publishedTime: `${date}T00:00:00Z`, lang: 'en', text }, index);
  return result.checks.map((c) => ({ type: c.type, said: c.said, entityId: c.entityId }));
}

describe('checks on named sources', () => {
  it('notes a known wrong title', () => {
    expect(checks('Maren Tolk wrote The Long Tides after the flood.')).toEqual([{ type: 'title', said: 'The Long Tides', entityId: 'publication/the-long-tide' }]);
  });

  it('notes an author the record does not list, only when the article plainly names one', () => {
    expect(checks('Osric Vane has read widely. Osric Vane’s new book The Long Tide sold well.')).toEqual([{ type: 'author', said: 'Osric Vane', entityId: 'publication/the-long-tide' }]);
    expect(checks('Osric Vane spoke. Critics praised the book The Long Tide by Osric Vane.')).toEqual([{ type: 'author', said: 'Osric Vane', entityId: 'publication/the-long-tide' }]);
    expect(checks('Maren Tolk’s book The Long Tide sold well.')).toEqual([]);
    // Words between, a comma, or a possessive after "by": not a byline.
    expect(checks('Osric Vane spoke. Osric Vane’s book about The Long Tide sold well.')).toEqual([]);
    expect(checks('Osric Vane spoke. The book The Long Tide, by Osric Vane’s own account, sold well.')).toEqual([]);
    expect(checks('Osric Vane spoke. Critics praised The Long Tide by Osric Vane.')).toEqual([]);
    // The record names its author as plain text: it may be the very person linked, so nothing.
    expect(checks('Osric Vane spoke. Osric Vane’s report The Salt Ledger was leaked.')).toEqual([]);
  });

  it('notes a publication year that differs from the record, and not one that agrees', () => {
    expect(checks('Her 2021 book The Long Tide sold well.')).toEqual([{ type: 'date', said: '2021', entityId: 'publication/the-long-tide' }]);
    expect(checks('The Long Tide (2019) sold well, and The Long Tide (2019) still does.')).toEqual([]);
    expect(checks('Her 2021 report on The Long Tide was short.')).toEqual([]);
    expect(checks('A 2020 paper citing The Long Tide was short.')).toEqual([]);
  });

  it('notes "former" for a head of state or government in office at the article date, and nothing looser', () => {
    expect(checks('Yesterday former President Osric Vane spoke.', '2023-06-01')).toEqual([{ type: 'role', said: 'former President', entityId: 'person/osric-vane' }]);
    expect(checks('Yesterday former President Osric Vane spoke.', '2018-06-01')).toEqual([]);
    expect(checks('Yesterday former President Osric Vane spoke.', '2022-04-01')).toEqual([]); // weeks into the new term
    // A title for someone out of office is ordinary history ("In 2012, President … signed").
    expect(checks('In 2012, President Osric Vane signed the treaty.', '2018-06-01')).toEqual([]);
    expect(checks('Yesterday Sen. Osric Vane spoke.', '2023-06-01')).toEqual([]);
    // Another word before the title, a deputy's office, or an office other than head of state: nothing.
    expect(checks('Yesterday former Harbour President Osric Vane spoke.', '2023-06-01')).toEqual([]);
    expect(checks('Yesterday former President Maren Tolk spoke.', '2023-06-01')).toEqual([]);
    expect(checks('Yesterday former Senator Osric Vane spoke.', '2018-06-01')).toEqual([]);
    expect(checks('Yesterday Governor Osric Vane spoke.', '2018-06-01')).toEqual([]);
  });
});
