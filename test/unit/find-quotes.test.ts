import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../src/core/annotate.js';
import { findQuotes } from '../../src/core/attribution/find-quotes.js';
import { DatasetIndex } from '../../src/core/dataset/dataset-index.js';
import { SPEAKER_CONFIDENCE_THRESHOLD, speakerLabel, type Article } from '../../src/core/types.js';

const empty = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: [] });
const article = (text: string): Article => ({ url: 'https://x.example/', title: '', byline: null, siteName: null, publishedTime: null, lang: 'en', text });
const quoted = (text: string) => findQuotes(text).map((q) => q.parts.map((p) => text.slice(p.start, p.end)));
/** Each quote's speaker as the extension shows it: the name at or above the threshold, else null. */
const shownSpeakers = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => (q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker?.name : null) ?? null);

describe('findQuotes', () => {
  it('finds curly, straight, guillemet and low-high quotes', () => {
    expect(quoted('A “one two” b "three four" c «cinq six» d „sieben acht“.')).toEqual([['“one two”'], ['"three four"'], ['«cinq six»'], ['„sieben acht“']]);
  });

  it('joins a quote whose paragraph ends open with the next paragraph that reopens it', () => {
    const text = '“First paragraph of a long statement.\n\n“Second paragraph, closed.” After.';
    expect(quoted(text)).toEqual([['“First paragraph of a long statement.', '“Second paragraph, closed.”']]);
  });

  it('closes a curly quote with a mistyped mark, and reads two apostrophes as a double quote', () => {
    // “…,“ and “…," are typos for “…,”; a straight pair inside a curly quote is nested.
    expect(quoted('“The pier is safe,“ said Tomas Berg. “It will stay open.”')).toEqual([['“The pier is safe,“'], ['“It will stay open.”']]);
    expect(quoted('“The pier is safe," said Tomas Berg. "It will stay open.”')).toEqual([['“The pier is safe,"'], ['"It will stay open.”']]);
    expect(quoted('“They called it "the long wall," and left,” she said.')).toEqual([['“They called it "the long wall," and left,”']]);
    // A newspaper style: '' opens and closes, and a possessive apostrophe is no mark.
    expect(quoted("''The ferry's engine failed,'' said Ada Lindqvist. ''Twice.''")).toEqual([["''The ferry's engine failed,''"], ["''Twice.''"]]);
  });

  it('drops a stray opening mark instead of swallowing the paragraph', () => {
    expect(quoted('He said “nothing at all and\n\nthen a new paragraph.')).toEqual([]);
  });
});

describe('annotateArticle on hostile input', () => {
  it('returns a result for empty, odd and huge texts', () => {
    const inputs = [
      '',
      'No quotes at all here.',
      '“'.repeat(5000),
      '"'.repeat(5001),
      '‏“שלום עולם,” אמר הוא.‏',
      '“Emoji 🎉 and zero\u200Bwidth\u200Dchars here,” she said.',
      `${'word '.repeat(200_000)}“unclosed`,
      'The barrier will cost more than expected by all, according to',
      '“The ferry will not return to the harbour this year,” according to ',
      'The barrier will cost more than expected, according to. Jon Ek met Ines Moll later.',
      "''",
      "'' ''",
      '“',
      '“a,“ b',
    ];
    for (const text of inputs) expect(() => annotateArticle(article(text), empty)).not.toThrow();
  });

  it('attributes split quotes, pronouns and titles before names', () => {
    const text =
      'Harbour Minister Ada Lindqvist visited the docks on Monday. “We will rebuild the pier,” she said, “and we will do it this year.”\n\n' +
      '“The money is there,” Lindqvist added.';
    const { quotes } = annotateArticle(article(text), empty);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.spans).toHaveLength(2);
    expect(quotes[0]!.speaker?.name).toBe('Ada Lindqvist');
    expect(quotes[0]!.speaker?.resolution).toBe('pronoun');
    expect(quotes[1]!.speaker?.name).toBe('Ada Lindqvist');
  });

  it('shows a description as the speaker only when it names one ("the judge"), never a stray phrase', () => {
    const shown = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => [q.speaker?.name ?? null, q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD]);
    expect(shown('“The harbour must stay open through the winter,” the judge said on Friday.')).toEqual([['the judge', true]]);
    expect(shown('“We are reviewing every contract we signed this year,” a council spokeswoman said.')).toEqual([['a council spokeswoman', true]]);
    expect(shown('“Nobody warned us about the tide,” one harbour resident said.')).toEqual([['one harbour resident', true]]);
    // A phrase with no speaker noun at its head is not shown, whatever its shape.
    expect(shown('“The tide tables were wrong for weeks on end,” the harbour said quietly.')).toEqual([['the harbour', false]]);
  });

  it('skips a party-and-state parenthetical to reach the name, before or after the quote', () => {
    const names = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => q.speaker?.name ?? null);
    expect(names('Sen. Ada Lindqvist (D-Harbour) said, “The pier will be rebuilt before the winter storms come.”')).toEqual(['Ada Lindqvist']);
    expect(names('“The pier will be rebuilt before the winter storms come,” Sen. Ada Lindqvist (D-Harbour) said.')).toEqual(['Ada Lindqvist']);
  });

  it('resolves a pronoun to the latest subject when several people were named, and names nobody when that is unclear', () => {
    const shown = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => [q.speaker?.name ?? null, q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD]);
    expect(shown('The council thanked Tomas Berg for the survey. Ada Lindqvist visited the pier on Monday. “It will open in spring,” she said.')).toEqual([['Ada Lindqvist', true]]);
    // The latest person named is not a sentence's subject: no name is given, only the pronoun as
    // written, marked unresolved (the attribution is sure, the referent is not).
    const [quote] = annotateArticle(article('Ada Lindqvist praised the survey by Tomas Berg on Monday. “It will open in spring,” she said.'), empty).quotes;
    expect([quote?.speaker?.name, quote?.speaker?.resolution, quote?.speaker?.entityId]).toEqual(['she', 'unresolved', null]);
    expect(speakerLabel(quote!.speaker!)).not.toMatch(/Lindqvist|Berg/);
  });

  it('never gives "she" to a man or "he" to a woman the article shows as such', () => {
    const speakers = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.resolution ?? null]);
    // Mr. Berg spoke last; Ms. Lindqvist is the one woman named since: "she" is her.
    const text =
      'Tomas Berg runs the ferry. “The pier will hold,” Mr. Berg said. The crowd then cheered for Ada Lindqvist, who chairs the board. ' +
      'Ms. Lindqvist waved. “We will vote in May,” she said.';
    expect(speakers(text)).toEqual([
      ['Tomas Berg', 'explicit'],
      ['Ada Lindqvist', 'pronoun'],
    ]);
    // Nobody named since fits: the pronoun stays as written, not the man quoted before.
    const none = 'Tomas Berg runs the ferry. He has done so for years. Berg knows the sound. He grew up on it. “The pier will hold,” Berg said. The crowd cheered. “We will vote in May,” she said.';
    expect(speakers(none)).toEqual([
      ['Tomas Berg', 'explicit'],
      ['she', 'unresolved'],
    ]);
    // The evidence only withholds a name, never picks another: "Mrs. Berg" may be his wife.
    const wife = 'Tomas Berg runs the ferry. His wife runs the cafe. Mrs. Berg opened it in May. Mrs. Berg cooks. Lars Ek runs the port. Mr. Ek was born in Lund. Mr. Ek sails. “The pier will hold,” Berg said. “We need more boats,” he said.';
    expect(speakers(wife).map(([name]) => name)).not.toContain('Lars Ek');
    // One "She …" after a sentence about a man is not enough to call him a woman.
    const once = 'Tomas Berg spoke to the board. She listened. “The pier will hold,” he said.';
    expect(speakers(once)).toEqual([['Tomas Berg', 'pronoun']]);
  });

  it('reads ", who said “…”" as the name before it speaking, with "who" as the source written', () => {
    const quote = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => [q.speaker?.mention.text ?? null, q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker?.name : null]);
    expect(quote('Voters are split on it, said Ada Lindqvist, who added: “The pier is a disgrace to the whole island.”')).toEqual([['who', 'Ada Lindqvist']]);
    expect(quote('The crowd cheered Tomas Berg, who has often said that the pier is “a disgrace to the whole island.”')).toEqual([['who', 'Tomas Berg']]);
    // Not after a preposition, a determiner or "and": the one who spoke is someone else, or several.
    expect(quote('The board thanked a spokesman for Tomas Berg, who said: “The pier will hold all winter.”').map(([, who]) => who)).toEqual([null]);
    expect(quote('Ada Lindqvist chairs the Harbour Board, who said: “The pier will hold all winter.”').map(([, who]) => who)).not.toContain('Ada Lindqvist');
    expect(quote('The mayor met Ada Lindqvist and Tomas Berg, who say: “The pier will hold all winter.”').map(([, who]) => who)).toEqual([null]);
  });

  it('reads a signature line under a paragraph that is only a quote', () => {
    expect(shownSpeakers('Ada Lindqvist and Tomas Berg spoke at the meeting.\n\n“The ferry must run all winter.”\n\n- Lindqvist.\n\n“The pier will not hold.”\n\n—Tomas Berg, Visby.\n\n“Nor will the sea wall.”\n\n― Berg')).toEqual(['Ada Lindqvist', 'Tomas Berg', 'Tomas Berg']);
    // A speaker named before the quote keeps it; a line with a verb is a sentence, not a signature;
    // an outlet credits the story; a full name the article names nowhere else is not taken.
    expect(shownSpeakers('Ada Lindqvist said:\n\n“The pier will hold all winter.”\n\n- Tomas Berg, Visby.')).toEqual(['Ada Lindqvist']);
    expect(shownSpeakers('Tomas Berg spoke.\n\n“The pier will hold all winter.”\n\n- Tomas Berg, the mayor, disagreed.')).toEqual([null]);
    expect(shownSpeakers('“The pier will hold all winter.”\n\n- Tomas Berg, Visby.')).toEqual([null]);
    // After a sentence that holds the quote, the line credits the story, not the words.
    expect(shownSpeakers('On the wall of the harbour office hangs a note: “The pier will not hold another winter.”\n\n- Harbour Wire.')).toEqual([null]);
  });

  it('cuts a description before its verb when a participle after a comma names it the speaker', () => {
    expect(shownSpeakers('The mayor met voters on the quay, saying “the pier will hold all winter.”')).toEqual(['The mayor']);
    expect(shownSpeakers('The head of the port authority toured the pier, saying “it will hold all winter.”')).toEqual(['The head of the port authority']);
    expect(shownSpeakers('The storm hit the pier, saying “it will hold all winter.”')).toEqual([null]);
    expect(shownSpeakers('The billionaire businessman began by talking about the harbour, saying it is now “cheaper than ever.”')).toEqual(['The billionaire businessman']);
    // A possessive or a second head is no cut: never "The mayor" (and so the mayor named before).
    expect(shownSpeakers('Mayor Tomas Berg opened the pier. The mayor’s rival met voters, saying “the pier will not hold.”')).toEqual([null]);
    expect(shownSpeakers('Mayor Tomas Berg opened the pier. The mayor and the governor met voters, saying “the pier will hold.”')).toEqual(['The mayor and the governor']);
  });

  it('keeps opening adverbs and contractions out of names', () => {
    const names = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => q.speaker?.name ?? null);
    expect(names('Accordingly Tomas Berg said: “The pier will hold.”')).toEqual(['Tomas Berg']);
    expect(names('Once Ada Lindqvist had spoken, the crowd left. “We will vote in May,” Lindqvist said.')).toEqual(['Ada Lindqvist']);
    expect(annotateArticle(article('We’ve added a new timetable for the winter ferries to the harbour site.'), empty).reported).toEqual([]);
    // A quantifier still opens a group of speakers.
    expect(annotateArticle(article('Some islanders say the new timetable is far too thin for the winter.'), empty).reported.map((r) => r.speaker.name)).toEqual(['Some islanders']);
  });

  it('reaches a cue up to sixteen words before the quotation', () => {
    const { quotes } = annotateArticle(article('Ada Lindqvist told the harbour committee on Monday evening that the plan for the new pier was “a disaster for the town.”'), empty);
    expect(quotes.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([['Ada Lindqvist', 'told']]);
  });

  it('reaches the name before a long apposition', () => {
    const { quotes } = annotateArticle(article('Tomas Berg, a port engineer who has worked on the harbour walls for more than twenty years, said: “The pier will not survive another storm.”'), empty);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tomas Berg']);
  });

  it('does not give a quote to the noun before ", saying" or to a name inside the reported clause', () => {
    const speakers = (text: string) => annotateArticle(article(text), empty).quotes.filter((q) => q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => q.speaker?.name);
    // The one saying is the sentence's subject, not "Port Vell" just before the comma.
    expect(speakers('The minister spoke about the ferry link to Port Vell, saying that the service “will resume within weeks, whatever the weather.”')).not.toContain('Port Vell');
    // The sentence's opening name is the one saying.
    expect(speakers('Ada Lindqvist spoke at the harbour on Monday, saying “the pier will open before the winter storms.”')).toEqual(['Ada Lindqvist']);
    // "told reporters that Berg's plan …": Berg is inside what was told, not its source.
    expect(speakers('Ada Lindqvist told reporters on Monday that Tomas Berg’s plan “would cost the town far too much money.”')).toEqual(['Ada Lindqvist']);
  });

  it('attributes a quotation that opens the paragraph after "<speaker> <cue>:"', () => {
    const text = 'The council met on Monday, and Tomas Berg responded:\n\n“We cannot wait another winter for the pier to be repaired.”\n\nThe vote is next week.';
    const { quotes } = annotateArticle(article(text), empty);
    expect(quotes.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([['Tomas Berg', 'responded']]);
  });

  it('reads a lower-case role before a name after the cue ("said former harbour master Jon Ek")', () => {
    const names = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null]);
    expect(names('“The tide tables have been wrong for years,” said former Harbour Board chairman Jon Ek.')).toEqual([['Jon Ek', 'Jon Ek']]);
    expect(names('“The tide tables have been wrong for years,” said pollster Ines Moll in an interview.')).toEqual([['Ines Moll', 'Ines Moll']]);
    expect(names('“The tide tables have been wrong for years,” said former ferry company executive Jon Ek during the hearing.')).toEqual([['Jon Ek', 'Jon Ek']]);
    // After a quote that ends its sentence, "told" may name whom it was told.
    expect(names('“The tide tables are wrong.” Jon Ek told the Harbour Gazette in an interview.')).toEqual([['Jon Ek', 'Jon Ek']]);
    // Not a name at the end of the phrase: no source.
    expect(names('“The tide tables have been wrong for years,” said former members of the board.')).toEqual([[null, null]]);
  });

  it('gives "and said" to the subject of the sentence, unless a relative clause intervenes', () => {
    const names = (text: string) => annotateArticle(article(text), empty).quotes.filter((q) => q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => q.speaker?.name);
    expect(names('Ada Lindqvist toured the damaged pier and said the repairs would be “finished long before the ferries return.”')).toEqual(['Ada Lindqvist']);
    expect(names('Ada Lindqvist thanked Tomas Berg, who inspected the pier and said the repairs would be “finished long before spring.”')).toEqual([]);
  });

  it('joins the same speaker going on, in the paragraph or the next, into one statement', () => {
    const text = 'Ada Lindqvist opened the new pier on Monday. “It took us three winters,” Lindqvist told the Harbour Gazette. “It was worth it.”\n\n“Every town on this coast should do the same.”';
    const { quotes } = annotateArticle(article(text), empty);
    // The outlet told is not a new speaker; the short full sentence and the next paragraph go on.
    expect(quotes.map((q) => [q.speaker?.name, q.spans.map((s) => text.slice(s.start, s.end))])).toEqual([
      ['Ada Lindqvist', ['“It took us three winters,”', '“It was worth it.”', '“Every town on this coast should do the same.”']],
    ]);
  });

  it('takes a mixed quote\'s clause from "that" to the end of the quoted sentence', () => {
    const text = 'Tomas Berg told the council on Monday that the pier was “beyond repair.” The vote is next week.';
    const [quote] = annotateArticle(article(text), empty).quotes;
    expect(quote?.content && text.slice(quote.content.start, quote.content.end)).toBe('that the pier was “beyond repair.”');
  });

  it('takes what a naming verb says about its object with the short phrase it quotes', () => {
    const clauseOf = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => q.content && text.slice(q.content.start, q.content.end));
    expect(clauseOf('Mayor Ada Berg called her rival a “loser.”')).toEqual(['her rival a “loser.”']);
    expect(clauseOf('Senator Jon Ek referred to the mayor as “our captain.”')).toEqual(['the mayor as “our captain.”']);
    // "and said" starts the speaker's next statement, and a later quote's clause starts after the earlier quote.
    expect(clauseOf('Senator Jon Ek called the plan “a costly folly” and said the harbour needs dredging first.')).toEqual(['the plan “a costly folly”']);
    expect(clauseOf('Senator Jon Ek called the plan “a costly folly” and said “it will never work” at the pier.')).toEqual(['the plan “a costly folly”', '“it will never work” at the pier']);
    // Two quotes in one reported clause stay one statement.
    expect(clauseOf('Jon Ek said the plan was “too costly” and they were “badly designed” from the start.')).toEqual(['the plan was “too costly” and they were “badly designed” from the start']);
    // So do a participle after a comma, a relative clause and the medium it was said in.
    expect(clauseOf('Jon Ek said the pier was “beyond repair,” pointing to the rusted piles.')).toEqual(['the pier was “beyond repair,”']);
    expect(clauseOf('Jon Ek said the pier was “beyond repair” in a tweet on Sunday.')).toEqual(['the pier was “beyond repair”']);
    expect(clauseOf('Jon Ek said the pier was “beyond repair” before calling for a vote.')).toEqual(['the pier was “beyond repair”']);
    expect(clauseOf('Jon Ek saying the pier was “beyond repair” and Ada Berg calling it “a relic” ended the meeting.')[0]).toBe('the pier was “beyond repair”');
  });

  it('keeps a statement whole: two quotes in one reported clause, and the words before a quote in its sentence', () => {
    const clauseOf = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => [q.spans.length, q.content && text.slice(q.content.start, q.content.end)]);
    expect(clauseOf('Jon Ek said the plan was “far too costly” and “years too late” because of the storms, and left.')).toEqual([
      [2, 'the plan was “far too costly” and “years too late” because of the storms'],
    ]);
    expect(clauseOf('The pier was “a disgrace for a harbour town,” Jon Ek said on Monday.')).toEqual([[1, 'The pier was “a disgrace for a harbour town,”']]);
    // The clause stops where the speaker's next verb begins.
    expect(clauseOf('Jon Ek told reporters the pier was “beyond any repair,” adding that the ferries would wait.')).toEqual([[1, 'the pier was “beyond any repair,”']]);
    // …and where a time, a show or a subordinate clause of the writer's begins.
    expect(clauseOf('Jon Ek said the pier was “beyond any repair” on Monday’s harbour radio show.')).toEqual([[1, 'the pier was “beyond any repair”']]);
    expect(clauseOf('Jon Ek said the pier was “beyond any repair” as he faced the council again.')).toEqual([[1, 'the pier was “beyond any repair”']]);
  });

  it('does not read a name in the sentence going on after a quote as its source', () => {
    const speakers = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => q.speaker?.name ?? null);
    expect(speakers('Tomas Berg says the ferry is “almost as fast as the old one” with Captain Ines Moll, in a trial that he said went well.')).toEqual(['Tomas Berg']);
  });

  it('reads attributions that stand as their own sentence, before or after the quote', () => {
    const speakers = (text: string) => annotateArticle(article(text), empty).quotes.filter((q) => q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => q.speaker?.name ?? null);
    // After a quote that ends its sentence: a cue with a place or time, but no new clause.
    expect(speakers('“The pier will open in spring.” Ada Lindqvist said on the radio.')).toEqual(['Ada Lindqvist']);
    expect(speakers('“The pier will open in spring.” Ada Lindqvist said the ferry would wait.')).toEqual([]);
    // Before it: a sentence that is only a source and a cue, or one whose subject ends in a colon.
    expect(speakers('The council met on Monday. Professor Ines Moll agreed. “The pier cannot wait another winter.”')).toEqual(['Ines Moll']);
    expect(speakers('Tomas Berg then turned to the harbour crowd again: “We will rebuild it together, stone by stone.”')).toEqual(['Tomas Berg']);
    expect(speakers('Ada Lindqvist issued a statement, “The ferry service resumes on Monday at seven.”')).toEqual(['Ada Lindqvist']);
    expect(speakers('Ms. Lind shot back “I could have stayed home, but I chose to work.”')).toEqual(['Lind']);
    expect(speakers('Outside the hall the harbour workers chanted “Keep the pier, keep the island!”')).toEqual(['the harbour workers']);
    expect(speakers('The pilot posted a photo online, writing “It feels great to back the harbour I believe in.”')).toEqual(['The pilot']);
    // "spoke in Lund": the place is no speaker; the description ends at its head, before the verb.
    expect(speakers('The harbour pilot spoke in Lund on Monday, saying that a ferry ticket is now “cheaper than a coffee on the pier.”')).toEqual(['The harbour pilot']);
    expect(speakers('The harbour pilot, saying that a ferry ticket is now “cheaper than a coffee on the pier,” left early.')).toEqual(['The harbour pilot']);
    expect(speakers('The harbour office put out a statement saying the ferry “will not run again until the pier is fixed.”')).toEqual(['The harbour office']);
    // After "told", the name is whom they spoke to, never the source.
    expect(speakers('A pilot, who was not allowed to speak on the record, told Harbour Radio: “The pier is under a lot of strain.”')).toEqual(['A pilot']);
    // Only a verb that issues a statement makes its subject the speaker.
    expect(speakers('Tomas Berg rejected a statement saying the ferry “will not run again until the pier is fixed.”')).not.toContain('Tomas Berg');
    // The subject before the colon may carry an apposition, an opening adverb or an age.
    expect(speakers('Tomas Berg, a ferry pilot for thirty years, shot back: “The old pier was safer than this one.”')).toEqual(['Tomas Berg']);
    expect(speakers('Later, Tomas Berg shot back: “The old pier was safer than this one.”')).toEqual(['Tomas Berg']);
    expect(speakers('17-year-old Ines Moll echoed: “Nobody asked the students about the pier.”')).toEqual(['Ines Moll']);
    expect(speakers('Tomas Berg, who met Ines Moll, then said: “We will rebuild the pier.”')).toEqual(['Tomas Berg']);
    // A list of people is no one subject.
    expect(speakers('Tomas Berg, Ines Moll and Jon Ek all spoke: “We will rebuild the pier.”')).toEqual([]);
  });

  it('gives a quote in a that-clause to the subject of the verb before "that"', () => {
    const text = 'Ines Moll anticipated that the hardest part would be “dealing with the many problems the old board leaves behind.”';
    const [quote] = annotateArticle(article(text), empty).quotes;
    expect(quote?.speaker?.name).toBe('Ines Moll');
    expect(quote && quote.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).toBe(true);
    expect(quote?.content && text.slice(quote.content.start, quote.content.end)).toBe('that the hardest part would be “dealing with the many problems the old board leaves behind.”');
    // "It is clear that …": no person opens the sentence.
    expect(annotateArticle(article('It is clear that the ferry is “a lifeline for the island and all of its people.”'), empty).quotes[0]?.speaker ?? null).toBeNull();
  });

  it('gives a quote with no cue to the named subject of its sentence, unless the words are someone else\'s', () => {
    const speakers = (text: string) => annotateArticle(article(text), empty).quotes.filter((q) => q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => q.speaker?.name ?? null);
    expect(speakers('Tomas Berg fumed “If they cared about the island they would have kept the old timetable.”')).toEqual(['Tomas Berg']);
    expect(speakers('Ada Lindqvist quoted an old harbour master: “The sea always takes back what we build.”')).toEqual([]);
    // A verb that is not one of speaking, or an object before the quote: not the subject's words.
    expect(speakers('Tomas Berg sponsored the “Island Ferry Service and Harbour Renewal Act of the Year.”')).toEqual([]);
    expect(speakers('Tomas Berg ridiculed the slogan “A ferry for every family on every island.”')).toEqual([]);
    expect(speakers('Tomas Berg signed a letter demanding “a full inquiry into the closing of the old pier.”')).toEqual([]);
    // "the claim that …" is a noun's clause, not Berg's statement.
    expect(speakers('Tomas Berg dismissed the claim that the ferry was “never safe for passengers in winter.”')).toEqual([]);
  });

  it('reads "it said" and "another said" as unresolved sources, and "I said" as the writer', () => {
    const shown = (text: string) =>
      annotateArticle(article(text), empty).quotes.filter((q) => q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => [q.speaker?.mention.text, q.speaker?.name, q.speaker?.resolution]);
    expect(shown('The harbour board issued a statement. “The ferry will return in May,” it said.')).toEqual([['it', 'it', 'unresolved']]);
    expect(shown('“The pier is safe,” one pilot said. “It will hold all winter,” another said.')).toEqual([
      ['one pilot', 'one pilot', 'explicit'],
      ['another', 'another', 'unresolved'],
    ]);
    expect(annotateArticle(article('I said the fares were far too high for the island.'), empty).reported.map((r) => [r.speaker.mention.text, r.speaker.name])).toEqual([['I', 'the writer']]);
    // Not with a verb of thinking: "I think" inside an unmarked quotation reports nothing.
    expect(annotateArticle(article('I think the fares were far too high for the island.'), empty).reported).toEqual([]);
    // The writer is no antecedent: in an interview, "he" is the person interviewed.
    const interview = annotateArticle(article('Tomas Berg runs the ferry.\n\n“Is the pier safe?” I asked.\n\n“It is not safe at all,” he said.'), empty).quotes;
    expect(interview.map((q) => q.speaker?.name)).toEqual(['the writer', 'Tomas Berg']);
  });

  it('reads a name alone before a colon as a label, and a cue opening the sentence', () => {
    // Two candidates in a round-up, each named elsewhere in the article.
    const debate = 'Ada Berg and Jon Ek debated the pier.\n\nBerg: “The pier must be rebuilt this year.” Ek: “The pier can wait until spring.”';
    expect(shownSpeakers(debate)).toEqual(['Ada Berg', 'Jon Ek']);
    expect(shownSpeakers('Ada Berg runs the port.\n\nFERRIES RETURN - Ada Berg: “The ferries will be back on the first of May.”')).toEqual(['Ada Berg']);
    // A label must be, as written, someone the article names elsewhere: not a place, a heading,
    // a greeting or a headline's verb, and not a person named nowhere else.
    const rest = '“The ferries will be back on the first of May.”';
    expect(shownSpeakers(`Visby: ${rest}`)).toEqual([null]);
    expect(shownSpeakers(`Breaking News: ${rest}`)).toEqual([null]);
    expect(shownSpeakers(`Ada Berg runs the port.\n\nDear Ada Berg: ${rest}`)).toEqual([null]);
    expect(shownSpeakers(`Jon Ek runs the port.\n\nFerry Chief Attacks Jon Ek: ${rest}`)).toEqual([null]);
    expect(shownSpeakers('It hurt the crews. Ek quotes former pilot Ada Berg: “I would love the crews to be worse off.”')).toEqual([null]);
    expect(shownSpeakers('Jon Ek spoke on Monday. Said Ek, “The ferries will be back on the first of May.”')).toEqual(['Jon Ek']);
    // "Said" opening a sentence is the cue, but inside a name it is the name.
    expect(shownSpeakers('“The East is no single thing,” Edward Said wrote.')).toEqual(['Edward Said']);
  });

  it('reads a full name after a heading in capitals and a dash as the quote\'s byline', () => {
    expect(shownSpeakers('Our weekly round-up of the polls.\nFERRY VOTERS ARE STILL UNDECIDED - Ada Lindqvist: “Half of the island has not made up its mind about the pier.”')).toEqual(['Ada Lindqvist']);
    // A lone surname, or a heading in ordinary case, is no byline.
    expect(shownSpeakers('FERRY VOTERS ARE STILL UNDECIDED - Lindqvist: “Half of the island has not made up its mind about the pier.”')).toEqual([null]);
    // A greeting is no name.
    expect(shownSpeakers('LETTERS TO THE EDITOR - Dear Ada Lindqvist: “Half of the island has not made up its mind about the pier.”')).toEqual([null]);
    expect(shownSpeakers('Ferry voters are still undecided - Ada Lindqvist: “Half of the island has not made up its mind about the pier.”')).toEqual([null]);
  });

  it('reads as a label the full name of a person the dataset knows, named nowhere else', () => {
    const cite = [{ url: 'https://example.org/a', title: 'Example' }];
    const person = { id: 'person/ada-berg', kind: 'person', name: 'Ada Berg', aliases: [], description: 'A pollster.', roles: [], nationality: ['SE'], citations: cite, checked: '2026-01-01' };
    const known = DatasetIndex.fromDataset({ format: 1, asOf: '2026-01-01', records: [person] as never });
    const speakers = (text: string) => annotateArticle(article(text), known).quotes.map((q) => (q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? q.speaker?.name : null) ?? null);
    const rest = '“The late polls missed the swing in the rural counties.”';
    expect(speakers(`What the pollsters said.\n\nAda Berg: ${rest}`)).toEqual(['Ada Berg']);
    // The dataset knowing the name makes no heading or greeting around it a label.
    expect(speakers(`Dear Ada Berg: ${rest}`)).toEqual([null]);
    expect(speakers(`Critics Attack Ada Berg: ${rest}`)).toEqual([null]);
    // Without the record, a name named nowhere else is no label.
    expect(shownSpeakers(`What the pollsters said.\n\nAda Berg: ${rest}`)).toEqual([null]);
  });

  it('reads the name right before a naming verb as its subject, not a name in an opening phrase', () => {
    expect(shownSpeakers('Speaking to Harbour Radio on Monday, Senator Jon Ek referred to the mayor as “our captain.”')).toEqual(['Jon Ek']);
    // Not the object before a participle, a place after a preposition, or a name in a relative clause.
    expect(shownSpeakers('Senator Jon Ek went after Ada Berg, calling her “a relic.”')).toEqual(['Jon Ek']);
    expect(shownSpeakers('The pilots whom Ada Berg praised on Monday were “well paid,” Senator Jon Ek said.')).toEqual(['Jon Ek']);
  });

  it('reads the subject of an evaluative verb as the speaker of the short phrase it quotes', () => {
    expect(shownSpeakers('Senator Jon Ek bemoaned a climate in which voters “despise each other” over ferries.')).toEqual(['Jon Ek']);
    expect(shownSpeakers('Mayor Ada Berg heralded the deal as a “real breakthrough.”')).toEqual(['Ada Berg']);
    // A promise is about deeds: the words after it are no one's quoted phrase.
    expect(shownSpeakers('Mayor Ada Berg pledged to visit every island, unlike rivals who never campaign “the island way.”')).toEqual([]);
  });

  it('shows crowds, children, tabloids and people by their age as described sources', () => {
    expect(shownSpeakers('“Open the pier!” the crowd chanted.')).toEqual(['the crowd']);
    expect(shownSpeakers('“Is the pier open yet?” another child asked.')).toEqual(['another child']);
    expect(shownSpeakers('“The pier is safe,” the 46-year-old said.')).toEqual(['the 46-year-old']);
    expect(shownSpeakers('“The pier is safe,” the island tabloid noted.')).toEqual(['the island tabloid']);
    expect(shownSpeakers('“The pier is safe,” the Gotland senator and harbour board candidate said.')).toEqual(['the Gotland senator and harbour board candidate']);
    // A head outside the list stays unshown: "the long afternoon" is no speaker.
    expect(shownSpeakers('“The pier is safe,” the long afternoon said.')).toEqual([null]);
  });

  it('reads one newline as a paragraph break, and does not run the previous speaker into a quote someone else is named after', () => {
    // Paragraphs one newline apart: a quote running on into the next paragraph reopens its mark there.
    expect(quoted('“First paragraph of a long statement.\n“Second paragraph, closed.” After.')).toEqual([['“First paragraph of a long statement.', '“Second paragraph, closed.”']]);
    // "an angry Berg retaliated": no lexicon knows the verb, but Berg, not Ek, is named right after it.
    expect(shownSpeakers('Jon Ek said the pier was lost: “The pier is gone,” he claimed.\n“The pier will always be there,” an angry Ada Berg retaliated.')).toEqual(['Jon Ek', null]);
  });

  it('never takes whom a naming verb names, or the subject of a passive naming, for the speaker', () => {
    expect(shownSpeakers('It drew a reply from Mayor Jon Ek, who called the harbour chief “unfit to serve” as head.')).toEqual([]);
    expect(shownSpeakers('A Jon Ek win would leave Ada Berg being dubbed the “presumptive nominee” all the same.')).toEqual([]);
    // The active form still reads its subject.
    expect(shownSpeakers('Jon Ek called the harbour chief “unfit to serve” as head.')).toEqual(['Jon Ek']);
  });

  it('reads a name and cue after a question whatever follows, and never continues a speaker into a quote with a cue of its own', () => {
    const question = annotateArticle(article('“Why would anyone build a pier there?” Jon Ek said about the council’s plan to rebuild it by spring.'), empty);
    expect(question.quotes.map((q) => q.speaker?.name)).toEqual(['Jon Ek']);
    // Its cue reports the quote: the words after it are no reported statement of their own.
    expect(question.reported).toEqual([]);
    // A cue before the question keeps it: the next sentence is someone else's statement.
    expect(shownSpeakers('Jon Ek asked: “Who will pay for the new pier?” Ada Berg said the council would pay for all of it.')).toEqual(['Jon Ek']);
    // After a question the gap to a later cue is still the quote's own: "asked, with a shrug, …".
    const shrug = annotateArticle(article('“The fares scare me,” Harry Berg said.\n\n“Is the pier safe for the ferries this winter?” asked, with a shrug, the woman next door.'), empty).quotes;
    expect(shrug.map((q) => q.speaker?.name ?? null)).toEqual(['Harry Berg', null]);
    // The second quote has a cue of its own: its source, a role-led name with a place after it, not Harry Berg.
    const two = annotateArticle(article('“The fares scare me,” Harry Berg, 30, of Visby, said.\n\n“I do not know where he stands on the fares,” said undecided voter Ada Hooton of Slite, Gotland, on Monday.'), empty).quotes;
    expect(two.map((q) => q.spans.length)).toEqual([1, 1]);
    expect(two[1]?.speaker?.name ?? null).toBe('Ada Hooton');
    // A cue whose source is not read still marks the quote as someone else's.
    const unread = annotateArticle(article('“The fares scare me,” Harry Berg, 30, of Visby, said.\n\n“I do not know where he stands on the fares,” said, with a shrug, the woman next door.'), empty).quotes;
    expect(unread.map((q) => q.speaker?.name ?? null)).toEqual(['Harry Berg', null]);
  });

  it('gives a quote led by someone else’s cue inside the previous attribution to them', () => {
    const speakers = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => q.speaker?.name ?? null);
    expect(speakers('“There is a young man with some problems,” Jon Ek said as the heckler yelled: “You are a disgrace to the island!”')).toEqual(['Jon Ek', 'the heckler']);
    // The same speaker goes on past a subordinate clause with its own verb.
    expect(speakers('“The contracts hold,” Jon Ek told the paper, after Ada Berg stated an interest in ending them. “They are fully binding on the council.”')).toEqual(['Jon Ek']);
  });

  it('reads a one-word quote with its comma inside as speech, not a title, and never takes quoted words for a source', () => {
    const result = annotateArticle(article('“Safety,” said Tom Grimm, a ferry pilot. “Safety for the whole island, everybody.”'), empty);
    expect(result.quotes.map((q) => [q.spans.length, q.speaker?.name ?? null])).toEqual([[2, 'Tom Grimm']]);
    expect(result.reported).toEqual([]);
    // A show's title before its attribution stays a title.
    expect(annotateArticle(article('Speaking on the island radio’s “Harbour Hour,” Jon Ek admitted the fares were too high for most families.'), empty).quotes).toEqual([]);
  });

  it('never takes a dateline in capitals for the one saying', () => {
    expect(shownSpeakers('VISBY, May 8 (Wire) — In reply to the plan, the mayor’s closest aide rallied the pilots, saying: “We have to be ready to stop it.”')).toEqual([null]);
  });

  it('reads the sentence’s subject before “but told” as before “and said”', () => {
    expect(shownSpeakers('Jon Ek did not name any of his rivals, but told the pilots, “our island is in real trouble this winter.”')).toEqual(['Jon Ek']);
  });

  it('reads more verbs of saying: assured, pondered, interjected, echoed, beamed, boomed', () => {
    expect(shownSpeakers('“The pier will be open by the first of May,” Jon Ek assured the crowd.')).toEqual(['Jon Ek']);
    expect(shownSpeakers('“We have never had a summer like this one,” Ada Berg beamed.')).toEqual(['Ada Berg']);
    expect(shownSpeakers('Ada Berg interjected: “That is simply not what the council decided last week.”')).toEqual(['Ada Berg']);
  });

  it('keeps apart what the second review found: a sentence end inside a name, joint speakers after a quote, titles mid-sentence, "to" after a progressive', () => {
    const speakers = (text: string) => annotateArticle(article(text), empty).quotes.map((q) => q.speaker?.name ?? null);
    // A sentence's period is no initial's: the name ends there.
    expect(speakers('“We will fight,” said Ada Berg. The hall was full.')).toEqual(['Ada Berg']);
    expect(speakers('“We will fight,” said Sen. Ada M. Berg of the harbour board.')).toEqual(['Ada M Berg']);
    // Two speakers after the quote are neither alone; a name after "said of" is whom it is about.
    expect(speakers('“We will win this,” Jon Ek and Ada Berg said.')).toEqual([]);
    expect(speakers('“We will win this,” said Jon Ek and Ada Berg.')).toEqual([]);
    expect(shownSpeakers('Jon Ek runs the port. “They need one another,” he said of Tom Moll and Ada Berg.')).toEqual(['Jon Ek']);
    // A title in the middle of a sentence stays a title, its comma inside or not.
    expect(speakers('The film “Jaws,” Jon Ek said, changed his life for good.')).toEqual([]);
    // "writing to" the council is no cue; "I" opens a clause.
    expect(shownSpeakers('Jon Ek is writing to “every member of the harbour council” this week.')).toEqual([null]);
    expect(annotateArticle(article('Jon Ek is insisting I was wrong about the pier all along.'), empty).reported.map((r) => r.speaker.name)).toEqual(['Jon Ek']);
    // "Said Ek:" with a colon, as with a comma.
    expect(shownSpeakers('Jon Ek spoke on Monday. Said Ek: “The ferries will be back on the first of May.”')).toEqual(['Jon Ek']);
  });

  it('gives no single speaker to a joint subject, and no age phrase that names no one', () => {
    const reported = (text: string) => annotateArticle(article(text), empty).reported.map((r) => r.speaker.name);
    expect(reported('Jon Ek, the mayor, and Ada Berg, his deputy, said the fares would rise by a third.')).toEqual([]);
    expect(reported('Jon Ek, Ada Berg and Tom Moll, all pilots, said the fares would rise by a third.')).toEqual([]);
    expect(shownSpeakers('“It seems very unlikely to me” that the ferry returns, said Jon Ek, a pilot, and Ada Berg, a nurse.')).toEqual([null]);
    expect(shownSpeakers('“The towns agree on nothing,” the 30-year-old rivalry between the towns said little.')).toEqual([null]);
  });

  it('reads a verb of saying in the progressive, as live news blogs write', () => {
    expect(shownSpeakers('Harbour chief Jon Ek is insisting that he has “saved the ferry service for good,” and wants a vote.')).toEqual(['Jon Ek']);
    const reported = (text: string) => annotateArticle(article(text), empty).reported.map((r) => r.speaker.name);
    expect(reported('Jon Ek is predicting that the ferries will be back by the first of May.')).toEqual(['Jon Ek']);
    // Not before an object: "is pressing the council" and "is charging it" report nothing, and
    // "was reading from a letter" gives the letter's words to no one.
    expect(reported('Jon Ek is pressing the council to rebuild the pier before the winter storms.')).toEqual([]);
    expect(reported('Jon Ek is charging it at cost to the island and its ferries.')).toEqual([]);
    expect(shownSpeakers('Jon Ek was reading from a letter by Ada Berg: “The pier must be rebuilt before the winter.”')).toEqual([null]);
  });

  it('never gives an aide’s words to the person the aide works for', () => {
    expect(shownSpeakers('“The pier is safe,” a longtime adviser to Jon Ek said.')).toEqual(['a longtime adviser to Jon Ek']);
    expect(shownSpeakers('“The pier is safe,” said a spokesman for the Harbour Board.')).toEqual(['a spokesman for the Harbour Board']);
    expect(shownSpeakers('A spokesman for Jon Ek said that “the pier is safe and always was.”')).toEqual(['A spokesman for Jon Ek']);
    // Without a determiner-led role before it the name is the speaker's own: "Mayor Jon Ek".
    expect(shownSpeakers('“The pier is safe,” Mayor Jon Ek said.')).toEqual(['Jon Ek']);
  });

  it('reads a name with a long apposition between the quote and the cue', () => {
    expect(shownSpeakers('“The strait is calmer than it was,” Jon Ek, 30, of Visby, a pilot who has crossed it for a decade and more, said in an interview.')).toEqual(['Jon Ek']);
    // "of state" is no cue, and a list may stand inside the apposition.
    expect(shownSpeakers('“It will not fix the pier,” Ada Berg, secretary of state for ports, ferries, and harbours, said on the call.')).toEqual(['Ada Berg']);
    // The cue must follow the apposition's closing comma, and a determiner-led name is no person.
    expect(shownSpeakers('“The strait is calmer than it was,” Jon Ek, a pilot who said little else, left.')).toEqual([null]);
    expect(shownSpeakers('Under what she called “the old model,” the Harbour Club, a private club on the far north shore of the island near Visby, charged a large fee.')).toEqual(['she']);
  });

  it('reads an attribution that ends the sentence after the rest of a mixed quote', () => {
    const text = '“It seems very unlikely to me” that the ferry returns before May, said Jon Ek on Monday.';
    const [quote] = annotateArticle(article(text), empty).quotes;
    expect(quote?.speaker?.name).toBe('Jon Ek');
    expect(quote?.content && text.slice(quote.content.start, quote.content.end)).toBe('“It seems very unlikely to me” that the ferry returns before May');
    // The same with an apposition after the name, commas inside it included.
    const described = '“It seems very unlikely to me” that the ferry returns, said Jon Ek, a pilot with the harbour board in Visby, Gotland.';
    expect(annotateArticle(article(described), empty).quotes[0]?.speaker?.name).toBe('Jon Ek');
    // A cue inside what follows the name makes it a new statement, not an apposition.
    const further = '“It seems very unlikely to me” that the ferry returns, said Jon Ek, who added that the pier is shut.';
    expect(annotateArticle(article(further), empty).quotes[0]?.speaker ?? null).toBeNull();
  });

  it('keeps apart what review found mixed up: a verb that is also a noun, a later speaker, a title in two apostrophes', () => {
    // "states that" is the verb, even after "The mayor".
    expect(shownSpeakers('The mayor states that the plan is “a total and utter failure for the whole town.”')).toEqual(['The mayor']);
    // After "while", a second quote is not the first speaker's.
    const [ek] = annotateArticle(article('Jon Ek said the plan “will fail badly,” while Berg’s “so-called reforms” are a joke to many.'), empty).quotes;
    expect(ek?.spans.map((s) => s.text)).toEqual(['“will fail badly,”']);
    // A title in two apostrophes is a title, as in curly marks.
    expect(annotateArticle(article("He watched ''Fox and Friends at Night'' on Monday with his family."), empty).quotes).toEqual([]);
    // "…, according to" with nothing after it names nobody, and does not borrow the next sentence.
    expect(annotateArticle(article('The barrier will cost more than expected, according to. Jon Ek met Ines Moll.'), empty).reported).toEqual([]);
  });

  it('does not take a dateline, an organisation before a role, or a plural noun for a source', () => {
    const speakers = (text: string) => annotateArticle(article(text), empty).quotes.filter((q) => q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => q.speaker?.name ?? null);
    expect(speakers('LUND — A harbour board aide rallied the crowd, saying: “We have to be ready for the storm.”')).not.toContain('LUND');
    expect(speakers('“If I lived here, I would want answers,” said a senior Harbour Board member.')).not.toContain('Harbour Board');
    // "states" after a determiner is a noun; the quote belongs to the cue after it.
    expect(speakers('The coastal states hold most of the ferries and “carry the real weight of the trade” Jon Ek wrote.')).toEqual(['Jon Ek']);
  });

  it('skips ages and places in an apposition, and nouns after a possessive', () => {
    expect(shownSpeakers('Cory Ek, 22, of Lund, Skane, said he still hoped for a “surprise at the convention this summer.”')).toEqual(['Cory Ek']);
    // "Berg's remarks" is a noun phrase: Berg did not say the quoted words.
    expect(shownSpeakers('Ada Lindqvist called Tomas Berg’s remarks on the ferry a “new low for the whole town.”')).not.toContain('Tomas Berg');
    // "one source who named Berg": Berg is inside a relative clause, not the source.
    expect(shownSpeakers('“I can only tell you what the emails said about the pier,” said one source who named Berg.')).not.toContain('Berg');
  });

  it('treats a short unattributed phrase in quotes as a scare quote, not speech', () => {
    const { quotes } = annotateArticle(article('The so-called “green wall” plan was approved by the council on Tuesday night.'), empty);
    expect(quotes).toEqual([]);
  });
});

describe('reported speech without quotation marks', () => {
  const reported = (text: string) => annotateArticle(article(text), empty).reported.map((r) => [r.speaker.name, r.content.text, r.cue.text]);

  it('reads the quoting speaker\'s statement after the quote, only when that speaker is the subject of both verbs', () => {
    expect(reported('Tomas Berg called the vote “a disgrace for the harbour” and said the council would have to vote again.')).toEqual([
      ['Tomas Berg', 'the council would have to vote again', 'said'],
    ]);
    // The quote's speaker is not the subject of "and said" here, or no statement follows.
    expect(reported('According to Tomas Berg, the mayor called the plan “a costly folly” and said the vote was rigged from the start.')).toEqual([]);
    expect(reported('Tomas Berg said the mayor had called the plan “a costly folly” and said the vote was rigged from the start.')).toEqual([]);
    expect(reported('Tomas Berg called the plan “a costly folly” and said nothing about the ferries returning in May.')).toEqual([]);
    // "and said" inside a reported clause may be someone else's: one statement, as written.
    expect(reported('Tomas Berg said the mayor had agreed to the plan and said the ferries would return in May.')).toEqual([
      ['Tomas Berg', 'the mayor had agreed to the plan and said the ferries would return in May', 'said'],
    ]);
  });

  it('gives no quote to the subject of a passive verb of saying', () => {
    expect(shownSpeakers('Tomas Berg was described by critics as “a man who has never once crossed on the ferry.”')).toEqual([null]);
    expect(shownSpeakers('Tomas Berg was told: “You will have to wait until the spring.”')).toEqual([null]);
    expect(shownSpeakers('Tomas Berg was asked: “Will the ferries return before May?”')).toEqual([null]);
    // A progressive is no passive.
    expect(shownSpeakers('Tomas Berg is insisting that “the plan works as it stands.”')).toEqual(['Tomas Berg']);
  });

  it('quotes nothing with marks that hold no word, and never throws on them', () => {
    for (const text of ['Jon Ek referred to “”', 'Jon Ek referred to “?”', 'Jon Ek referred to "--"', 'Jon Ek referred to “…”', 'Jon Ek referred to “ ”']) {
      expect(annotateArticle(article(text), empty).quotes).toEqual([]);
    }
  });

  it('reads "X said (that) …", "…, X said" and "according to X, …"', () => {
    expect(reported('Harbour Minister Ada Lindqvist said the new pier would open before the winter storms.')).toEqual([
      ['Ada Lindqvist', 'the new pier would open before the winter storms', 'said'],
    ]);
    expect(reported('The repairs will cost twice the first estimate, port engineer Tomas Berg said on Monday.')).toEqual([
      ['Tomas Berg', 'The repairs will cost twice the first estimate', 'said'],
    ]);
    expect(reported('According to Tomas Berg, the ferry service can resume within a fortnight.')).toEqual([
      ['Tomas Berg', 'the ferry service can resume within a fortnight', 'According to'],
    ]);
    // "told <whom> (when) that": up to six words may name who was told.
    expect(reported('Tomas Berg told the harbour committee on Monday that the ferry service can resume soon.')).toEqual([
      ['Tomas Berg', 'that the ferry service can resume soon', 'told'],
    ]);
  });

  it('finds the subject after a long opening phrase, and a role before the name', () => {
    expect(reported('Like other engineers who inspected the harbour this winter, Tomas Berg said the pier needs new piles.')).toEqual([
      ['Tomas Berg', 'the pier needs new piles', 'said'],
    ]);
    expect(reported('Harbour Board chairman Jon Ek said the ferries would return in the spring.')).toEqual([
      ['Jon Ek', 'the ferries would return in the spring', 'said'],
    ]);
  });

  it('reads plural and possessive descriptions as sources, and skips a place in an apposition', () => {
    expect(reported('Former harbour officials said the channel had silted up years ago.').map(([who]) => who)).toEqual(['Former harbour officials']);
    expect(reported('Several council officials said the piles would not last another decade.').map(([who]) => who)).toEqual(['Several council officials']);
    expect(reported('Lindqvist’s top advisers said the ferry contract would be signed this week.').map(([who]) => who)).toEqual(['Lindqvist’s top advisers']);
    expect(reported('Harbour Minister Ada Lindqvist’s campaign says the ferry contract is signed.').map(([who]) => who)).toEqual(['Harbour Minister Ada Lindqvist’s campaign']);
    expect(reported('Tomas Berg, a pilot from Lund, Skane, said the channel had silted up years ago.').map(([who]) => who)).toEqual(['Tomas Berg']);
  });

  it('reads "according to" anywhere after a comma, a set-off "X said," inside the sentence, and a leading conjunction', () => {
    expect(reported('The ferry carried 900 people last summer, according to a harbour board survey.')).toEqual([
      ['a harbour board survey', 'The ferry carried 900 people last summer', 'according to'],
    ]);
    expect(reported('Only one storm breached the wall in 1990, according to the Harbour Board, and none since then.').map(([who, , cue]) => [who, cue])).toEqual([['Harbour Board', 'according to']]);
    expect(reported('Ada Lindqvist opened the pier. The years that followed, Lindqvist said, brought more ferries than ever.')).toEqual([
      ['Ada Lindqvist', 'The years that followed, Lindqvist said, brought more ferries than ever', 'said'],
    ]);
    expect(reported('Ada Lindqvist opened the pier. But she said the ferries would not return before May.').map(([who]) => who)).toEqual(['Ada Lindqvist']);
    expect(reported('About 40 percent of residents said the ferry should run all winter.').map(([who]) => who)).toEqual(['About 40 percent of residents']);
  });

  it('reads a sentence after a greeting paragraph like any other', () => {
    expect(reported('Hello all,\n\nBerg said, in a statement, that the ferries would return to the harbour.').map(([who]) => who)).toEqual(['Berg']);
  });

  it('reads verbs of belief and stance when the source opens the sentence', () => {
    expect(reported('Most harbour residents think the ferry should run all winter.')).toEqual([['Most harbour residents', 'the ferry should run all winter', 'think']]);
    expect(reported('Ada Lindqvist criticized the council for delaying the pier repairs.')).toEqual([['Ada Lindqvist', 'the council for delaying the pier repairs', 'criticized']]);
    expect(reported('Ada Lindqvist spoke at the harbour on Monday, saying the ferries would return in May.')).toEqual([['Ada Lindqvist', 'the ferries would return in May', 'saying']]);
    // Not after the clause: "…, the council found" is left alone.
    expect(reported('The pier needs new piles before the winter, the council found.')).toEqual([]);
  });

  it('shows role descriptions, poll shares and set-off sources, and skips the day between a name and its verb', () => {
    const shown = (text: string) =>
      annotateArticle(article(text), empty).reported.filter((r) => r.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((r) => [r.speaker.name, r.content.text]);
    expect(shown('A former senior harbour safety official said the pier had been unsafe for years.')).toEqual([
      ['A former senior harbour safety official', 'the pier had been unsafe for years'],
    ]);
    const quoteSpeakers = (text: string) => annotateArticle(article(text), empty).quotes.filter((q) => q.confidence >= SPEAKER_CONFIDENCE_THRESHOLD).map((q) => q.speaker?.name);
    expect(quoteSpeakers('“The vote will slip again,” a source close to the board said.')).toEqual(['a source close to the board']);
    expect(quoteSpeakers('The secretary of state said “we will not wait for the vote.”')).toEqual(['The secretary of state']);
    expect(shown('The storms had changed the coast for good, the admiral said.').map(([who]) => who)).toEqual(['the admiral']);
    expect(shown('Among the ferry users, 22 percent said they would pay a higher fare.')).toEqual([['22 percent', 'they would pay a higher fare']]);
    expect(shown('More than six in 10 said the ferry should run all winter.').map(([who]) => who)).toEqual(['More than six in 10']);
    expect(shown('Seventy-four percent of island voters say they would pay a higher fare.').map(([who]) => who)).toEqual(['Seventy-four percent of island voters']);
    expect(shown('Nine in 10 island voters say they think the pier can be saved.').map(([who]) => who)).toEqual(['Nine in 10 island voters']);
    expect(shown('A mere 9 percent say they only ever take the ferry.').map(([who]) => who)).toEqual(['A mere 9 percent']);
    expect(shown('Almost half said they wanted a ferry all year round.').map(([who]) => who)).toEqual(['Almost half']);
    // An opening adverb is no part of the evidence that speaks; an apposition after its noun is.
    expect(shown('Nevertheless, a survey by the island paper found that most islanders want the ferry back.').map(([who]) => who)).toEqual(['a survey by the island paper']);
    expect(shown('A review of the contracts, released on Monday, shows that the pier cost twice the estimate.').map(([who]) => who)).toEqual(['A review of the contracts, released on Monday']);
    // Past an apposition whose own verbs ("refused", "back") are no cue.
    expect(shown('Jon Ek, head of the pilots, a union that has refused to back the plan, said the fares would have to fall.')).toEqual([['Jon Ek', 'the fares would have to fall']]);
    // "but said" as "and said", past an opening time phrase.
    expect(shown('Last month, Jon Ek called the plan careless, but said the fares would have to fall.')).toEqual([['Jon Ek', 'the fares would have to fall']]);
    expect(shown('Moreover, officials at the pier, who asked not to be named, said little.')).toEqual([]);
    expect(shown('Protest groups say the new rules are less about safety than about numbers.').map(([who]) => who)).toEqual(['Protest groups']);
    // "in other states" is a place, not a cue.
    expect(shown('The fares will rise for ferry users in other states, as most of the pier is closed.')).toEqual([]);
    // Longer descriptions, and a quantifier opening one.
    expect(shown('The deputy head of Gotland’s delegation to the ferry forum said the fares should fall.').map(([who]) => who)).toEqual(['The deputy head of Gotland’s delegation to the ferry forum']);
    expect(shown('Some advocates for a second pier said that the plan overlooked the winter storms.').map(([who]) => who)).toEqual(['Some advocates for a second pier']);
    expect(shown('Even so, two-thirds of the residents said they were worried about the fares.').map(([who]) => who)).toEqual(['two-thirds of the residents']);
    expect(shown('Six in 10 Gotland ferry users said the fares are far too high.').map(([who]) => who)).toEqual(['Six in 10 Gotland ferry users']);
    expect(shown('Aides to Lindqvist say she is changing her mind about the fares.').map(([who]) => who)).toEqual(['Aides to Lindqvist']);
    expect(shown('Still, she said, the town cannot afford a second pier this decade.').map(([who]) => who)).toEqual(['she']);
    expect(shown('Tomas Berg on Thursday evening said the ferries would return in May.')).toEqual([['Tomas Berg', 'the ferries would return in May']]);
    // A head noun that names no speaker stays hidden.
    expect(shown('A wave of complaints said nothing new about the pier at all.')).toEqual([]);
  });

  it('reads a poll, records or a review as the source of "show" and "found"', () => {
    expect(reported('A review of the harbour contracts shows most of the work went to one firm.')).toEqual([
      ['A review of the harbour contracts', 'most of the work went to one firm', 'shows'],
    ]);
    expect(reported('Exit polls taken in Lund found that most voters backed the ferry plan.')).toEqual([['Exit polls taken in Lund', 'that most voters backed the ferry plan', 'found']]);
    expect(reported('More than a third of the money arrived in March alone, new filing reports show.')).toEqual([
      ['new filing reports', 'More than a third of the money arrived in March alone', 'show'],
    ]);
    // "show" with a subject that is not evidence reports nothing.
    expect(reported('The ferry company shows no sign of slowing its work on the pier.')).toEqual([]);
  });

  it('reads a paragraph opening "Name:" as that person speaking, when the article names them, and a title-case headline cue', () => {
    const text = 'Lindqvist: Ferry Service Will Return In May.\n\nThe harbour minister, Ada Lindqvist, spoke on Monday.\n\nBERG: Well, the pier will hold all winter.\n\nTomas Berg pilots the ferry.';
    expect(reported(text).map(([who, what]) => [who, what])).toEqual([
      ['Ada Lindqvist', 'Ferry Service Will Return In May'],
      ['Tomas Berg', 'Well, the pier will hold all winter'],
    ]);
    expect(reported('Tomas Berg Says The Ferries Will Be Back By May.\n\nThe harbour reopened.').map(([who, what]) => [who, what])).toEqual([['Tomas Berg', 'The Ferries Will Be Back By May']]);
    // A one-word place is no speaker, and "Tells" puts whom first.
    expect(reported('Lund Says Goodbye To Its Old Ferry Pier After A Century.\n\nThe pier closed.')).toEqual([]);
    expect(reported('Harbour Board Tells Tomas Berg The Ferry Will Not Return.\n\nThe pier closed.')).toEqual([]);
    // Two people share the label's surname: the words stand, with no person chosen.
    const shared = annotateArticle(article('Tomas Berg met Anna Berg.\n\nBERG: The pier will hold all winter.'), empty).reported;
    expect(shared.map((r) => [r.speaker.mention.text, r.speaker.name])).toEqual([['BERG', 'BERG']]);
    // A label word that names nobody in the article is a heading, not a speaker.
    expect(reported('Latest: The ferry was delayed again on Tuesday.\n\nBreaking: Ferry Service Will Return In May.')).toEqual([]);
    // Headings that name one another, a plural of capitals and a reference list's title are no labels.
    expect(reported('Read More: Ten Ways To Cross The Sound In Winter.\n\nRead More: Why The Old Pier Had To Go.')).toEqual([]);
    expect(reported('The harbour runs on Ferry APIs.\n\nFerry APIs: These give the times of every sailing.')).toEqual([]);
    expect(reported('Ada Lindqvist is a historian of the harbour.\n\n^ "Ada Lindqvist: The Pier And The Town". Harbour Press.')).toEqual([]);
    // A bulleted label is a label; a label that is one long token ending in a digit costs no more than linear time.
    expect(reported('Ada Lindqvist and Tomas Berg spoke.\n\n• Berg: the pier will hold all winter, he promised them all.').map(([who]) => who)).toEqual(['Tomas Berg']);
    // A transcript quoted whole keeps its label.
    expect(reported('Ada Lindqvist spoke on the radio.\n\n"Lindqvist: The pier will hold all winter, I promise you that.').map(([who]) => who)).toEqual(['Ada Lindqvist']);
  });

  it('reads the subject of a second clause, past a relative clause, and of "… and said"', () => {
    expect(reported('The engineers will report to the council next week, and the agency said it will publish the survey.')).toEqual([
      ['the agency', 'it will publish the survey', 'said'],
    ]);
    expect(reported('Ada Lindqvist, who said she rarely takes the ferry, said the timetable is too thin.')).toEqual([
      ['Ada Lindqvist', 'she rarely takes the ferry', 'said'],
      ['Ada Lindqvist', 'the timetable is too thin', 'said'],
    ]);
    expect(reported('A spokesman for the harbour board defended the fares and said the ferries had run at a loss.')).toEqual([
      ['A spokesman for the harbour board', 'the ferries had run at a loss', 'said'],
    ]);
    // A verb of saying first: the later "and said" is inside what Berg said.
    expect(reported('Tomas Berg said Ines Moll and the council had agreed and said the ferries would return in May.').map(([who]) => who)).toEqual(['Tomas Berg']);
    // A name and a verb are no description: ", saying" goes to the name.
    expect(reported('Tomas Berg attacked the board, saying it had failed the island for years.').map(([who]) => who)).toEqual(['Tomas Berg']);
    expect(reported('In a Harbour Gazette poll last month, the ferry plan had the backing of most residents.').map(([who]) => who)).toEqual(['a Harbour Gazette poll last month']);
  });

  it('reads a subject after a dateline, past a long apposition or opening phrase, and after a title', () => {
    expect(reported('LUND (Wire) – Harbour donor Tomas Berg said on Friday he met the mayor this week.').map(([who]) => who)).toEqual(['Tomas Berg']);
    expect(reported('Berg, a pilot from the north of the island and a former union leader, said the ferries would return in May.')).toEqual([
      ['Berg', 'the ferries would return in May', 'said'],
    ]);
    expect(reported('Expected to be the largest single donor to the harbour fund in the coming year, Berg said he may wait until spring.').map(([who]) => who)).toEqual(['Berg']);
    expect(reported('Lund County Supervisor of Harbours Ines Moll said that private boats cannot use the pier.').map(([who]) => who)).toEqual(['Ines Moll']);
    expect(reported('Hogan Gidley, a former director of the Harbour Party, whose roots are on the island, said the ferry must return.').map(([who]) => who)).toEqual(['Hogan Gidley']);
    // "a son of" is no office: the three-word name stays whole.
    const adams = annotateArticle(article('A son of John Quincy Adams came to the pier. “It must stay,” Adams said.'), empty).quotes;
    expect(adams.map((q) => q.speaker?.name)).toEqual(['John Quincy Adams']);
  });

  it('reads a reported clause of its own before a quote in the same sentence', () => {
    expect(reported('Tomas Berg said he saw no need to change the timetable, telling the radio that “the ferries are full every day.”')).toEqual([
      ['Tomas Berg', 'he saw no need to change the timetable', 'said'],
    ]);
    // The quote's own attribution is not read twice.
    expect(reported('Asked about the new timetable on Monday, Tomas Berg said, “The ferries are full every day.”')).toEqual([]);
  });

  it('reads ", who said …" as the named person speaking, with "who" as the words written', () => {
    const text = 'The council thanked Tomas Berg, who said he would only raise the fares slightly, at its spring meeting.';
    const found = annotateArticle(article(text), empty).reported.find((r) => r.speaker.mention.text === 'who');
    expect(found && [found.speaker.name, found.content.text, found.cue.text]).toEqual(['Tomas Berg', 'he would only raise the fares slightly', 'said']);
    // After a preposition the name may not be who spoke: "a spokesman for Tomas Berg, who said …".
    const object = annotateArticle(article('The council thanked a spokesman for Tomas Berg, who said the fares would only rise slightly.'), empty).reported;
    expect(object.filter((r) => r.speaker.mention.text === 'who')).toEqual([]);
  });

  it('reads a subordinate clause\'s own attribution, with plain speech verbs only', () => {
    expect(reported('When Tomas Berg said the pier would close for a month, the traders protested loudly.')).toEqual([
      ['Tomas Berg', 'the pier would close for a month', 'said'],
    ]);
    expect(reported('The crowd booed Ada Lindqvist loudly when she said the new fares were fair to everyone.').map(([, what]) => what)).toEqual(['the new fares were fair to everyone']);
    expect(reported('The ferry kept its winter timetable as Ada Lindqvist continues to lead the harbour board.')).toEqual([]);
  });

  it('reads ", saying" after an opening phrase and past an object name, and a long "told … that"', () => {
    expect(reported('Ada Lindqvist attacked Berg, saying he would raise the fares for every islander.')).toEqual([
      ['Ada Lindqvist', 'he would raise the fares for every islander', 'saying'],
    ]);
    expect(reported('In a speech in Lund on Tuesday night, Berg struck a calm tone, saying he understood the duty of running the harbour.').map(([who]) => who)).toEqual(['Berg']);
    expect(reported('Berg told the Harbour Gazette newspaper of Lund on Saturday that he voted for the new pier.').map(([who]) => who)).toEqual(['Berg']);
  });

  it('reads no statement into a verb of saying whose next words report nothing', () => {
    for (const text of [
      'Tomas Berg was accused of hiding the cost of the new pier from the council.',
      'A harbour pilot was charged with reckless sailing after the ferry hit the pier.',
      'Ada Lindqvist was declared the winner of the harbour board election on Sunday.',
      'Ada Lindqvist found herself at the centre of the row over the ferry fares.',
      'Tomas Berg won in Lund on Tuesday, adding to his lead over the rest of the board.',
      'Ada Lindqvist maintains a wide lead among the island voters in every poll.',
      'Ada Lindqvist continues to trail the mayor among the voters of the island.',
      'Tomas Berg, asked about the fares at the meeting, left the room without a word.',
      'Ada Lindqvist reported from Visby, and Tomas Berg from the harbour in Lund.',
      'Harbour objects have a number painted on them by the port staff.',
      'The pier is said to be the oldest on the coast of the island.',
    ]) expect(reported(text)).toEqual([]);
    // The same verbs still report when a statement follows.
    expect(reported('Tomas Berg accused the council of hiding the cost of the new pier.').map(([who]) => who)).toEqual(['Tomas Berg']);
    expect(reported('Ada Lindqvist continues to insist that the fares are fair to every islander.').map(([who]) => who)).toEqual(['Ada Lindqvist']);
    expect(reported('Ada Lindqvist maintained that the fares were fair to every islander.').map(([who]) => who)).toEqual(['Ada Lindqvist']);
    expect(reported('Tomas Berg maintained the pier would hold through the winter storms.').map(([who]) => who)).toEqual(['Tomas Berg']);
    expect(reported('Ada Lindqvist continued to deny that the fares would rise next year.').map(([who]) => who)).toEqual(['Ada Lindqvist']);
    expect(reported('Tomas Berg is reported to have said that the pier would close.').map(([who]) => who)).toEqual(['Tomas Berg']);
    expect(reported('Tomas Berg was insisting that the fares were fair to every islander.').map(([who]) => who)).toEqual(['Tomas Berg']);
  });

  it('leaves alone sentences without a reporting pattern and those holding a quotation', () => {
    expect(reported('The pier was built in 1890 and rebuilt twice after storms.')).toEqual([]);
    // A possessive makes the next word a noun: "remarks" here reports nothing.
    expect(reported('Ada Lindqvist’s remarks come as the council prepares its budget for next year.')).toEqual([]);
    expect(reported('As the storms grow stronger, the stakes are higher than ever for the coastal towns.')).toEqual([]);
    expect(reported('Ada Lindqvist said the pier is “a symbol of the town” and must stay.')).toEqual([]);
    // "…, and X responded": a second clause, not an attribution of the first.
    expect(reported('The council raised the harbour fees in March, and Tomas Berg responded with a petition.')).toEqual([]);
  });
});
