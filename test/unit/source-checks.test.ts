// Notes where an article contradicts a named source's record: sentences and records invented here.
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/core/annotate.js';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import { compileDataset } from '../../src/core/dataset/validate-records.js';

const cite = [{ url: 'https://example.org/fictland', title: 'Fictland records (fictional)' }];
const RECORDS = [
  { id: 'person/maren-tolk', kind: 'person', name: 'Maren Tolk', aliases: [], description: 'Fictional author.', citations: cite, checked: '2026-01-01', roles: [], nationality: ['GB'] },
  {
    id: 'person/osric-vane', kind: 'person', name: 'Osric Vane', aliases: [], description: 'Fictional head of state.', citations: cite, checked: '2026-01-01', nationality: ['GB'],
    roles: [{ title: 'President of Fictland', from: '2010-03-01', to: '2015-03-01', cite: 0 }, { title: 'President of Fictland', from: '2022-03-01', cite: 0 }, { title: 'Senator', from: '2016-01-01', to: '2021-12-31', cite: 0 }],
  },
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

  it('notes an author the record does not list, before or after the title', () => {
    expect(checks('Osric Vane has read widely. Osric Vane’s new book The Long Tide sold well.')).toEqual([{ type: 'author', said: 'Osric Vane', entityId: 'publication/the-long-tide' }]);
    expect(checks('Osric Vane spoke. Critics praised The Long Tide by Osric Vane.')).toEqual([{ type: 'author', said: 'Osric Vane', entityId: 'publication/the-long-tide' }]);
    expect(checks('Maren Tolk’s book The Long Tide sold well.')).toEqual([]);
  });

  it('notes a publication year that differs from the record, and not one that agrees', () => {
    expect(checks('Her 2021 book The Long Tide sold well.')).toEqual([{ type: 'date', said: '2021', entityId: 'publication/the-long-tide' }]);
    expect(checks('The Long Tide (2019) sold well, and The Long Tide (2019) still does.')).toEqual([]);
  });

  it('notes a role stated wrongly for the article date, with room for transitions', () => {
    expect(checks('Former President Osric Vane spoke on Monday.'.replace('Former', 'former'), '2023-06-01')).toEqual([{ type: 'role', said: 'former President', entityId: 'person/osric-vane' }]);
    expect(checks('Yesterday former President Osric Vane spoke.', '2018-06-01')).toEqual([]);
    // Between two terms: the later one makes the article's date suspect (a page's creation date), so nothing.
    expect(checks('Yesterday President Osric Vane spoke.', '2018-06-01')).toEqual([]);
    expect(checks('Yesterday President Maren Tolk spoke.', '2018-06-01')).toEqual([]);
    expect(checks('Yesterday President Osric Vane spoke.', '2024-01-01')).toEqual([]);
    // Only heads of state and government are checked for a wrong "former".
    expect(checks('Yesterday former Senator Osric Vane spoke.', '2018-06-01')).toEqual([]);
    expect(checks('Yesterday Sen. Osric Vane spoke.', '2023-06-01')).toEqual([{ type: 'role', said: 'Sen.', entityId: 'person/osric-vane' }]);
    expect(checks('Yesterday Sen. Osric Vane spoke.', '2022-02-01')).toEqual([]); // weeks after the term ended
    expect(checks('Yesterday Sen. Osric Vane spoke.', '2012-02-01')).toEqual([]); // before it began
    // A title the record does not know for the person: nothing to say.
    expect(checks('Yesterday Governor Osric Vane spoke.', '2018-06-01')).toEqual([]);
  });
});
