import { describe, expect, it } from 'vitest';
import { matchQuote, normaliseWhitespace } from '../../src/core/text/match-quote.js';
import { placeCard } from '../../src/content/place-card.js';

describe('matchQuote', () => {
  const text = 'Intro. “We stay,” she said. Later: “We stay,” he said again. “A longer statement about the harbour wall,” they said.';

  it('picks the repeat whose context matches', () => {
    const m = matchQuote(text, { exact: '“We stay,”', prefix: 'Later: ', suffix: ' he said' });
    expect(m?.start).toBe(text.lastIndexOf('“We stay,”'));
  });

  it('finds a quote that differs slightly from the page', () => {
    const m = matchQuote(text, { exact: '“A longer statment about the harbor wall,”', prefix: '', suffix: '' });
    expect(m).not.toBeNull();
    expect(text.slice(m!.start, m!.end)).toContain('harbour wall');
  });

  it('returns null when the quote is not there', () => {
    expect(matchQuote(text, { exact: '“Completely different words here”', prefix: '', suffix: '' })).toBeNull();
  });

  it('normalises white space keeping a map to the original offsets', () => {
    const { text: t, offsets } = normaliseWhitespace('a  \n b');
    expect(t).toBe('a b');
    expect(offsets[2]).toBe(5);
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 200 };
  it('goes below the quote when there is room, above when not, never over it', () => {
    const quote = { top: 100, left: 50, width: 600, height: 60 };
    const below = placeCard(quote, quote, card, viewport);
    expect(below.top).toBeGreaterThanOrEqual(160);
    const low = { top: 700, left: 50, width: 600, height: 60 };
    const above = placeCard(low, low, card, viewport);
    expect(above.top + card.height).toBeLessThanOrEqual(700);
  });
  it('stays inside the viewport horizontally', () => {
    const quote = { top: 100, left: 900, width: 80, height: 20 };
    expect(placeCard(quote, quote, card, viewport).left).toBeLessThanOrEqual(1000 - 360);
  });
});
