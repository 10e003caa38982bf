/**
 * The cue lexicon: words that introduce reported speech. Kept as plain sets
 * so that adding a cue is one line (and one test; see docs in the README).
 */

/** Reporting verbs, in the forms news text uses around quotes. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say told tells asserted asserts remarked remarks added adds stated states noted notes ' +
    'explained explains argued argues wrote writes insisted insists warned warns declared declares ' +
    'claimed claims replied replies responded responds continued continues recalled recalls ' +
    'acknowledged acknowledges admitted admits announced announces asked asks conceded concedes ' +
    'countered counters emphasized emphasised emphasizes emphasises stressed stresses observed observes ' +
    'suggested suggests tweeted tweets posted posts commented comments concluded concludes predicted ' +
    'predicts promised promises complained complains denied denies confirmed confirms joked jokes ' +
    'quipped quips cautioned cautions urged urges maintained maintains contended contends objected ' +
    'objects wondered wonders exclaimed exclaims shouted shouts whispered whispers testified testifies ' +
    'reported reports boasted boasts vowed vows agreed agrees disagreed disagrees pledged pledges ' +
    'lamented laments mused muses conceded charged charges snapped retorted retorts recounted recounts ' +
    'insisted demanded demands acknowledged answered answers explained sighed saying proclaimed proclaims ' +
    'pressed presses reiterated reiterates talked talks read reads concluded declares ' +
    'assured assures pondered ponders elaborated elaborates interjected interjects echoed ' +
    // "…, telling the crowd, “…”": the participle after a comma belongs to the sentence's subject.
    'telling'
  ).split(/\s+/),
);

/** Verbs that only introduce a quote when followed by "that" or a colon ("believes that"). */
export const THINKING_VERBS: ReadonlySet<string> = new Set(
  'believes believed thinks thought feels felt hopes hoped fears feared'.split(' '),
);

/** Verbs that characterise a short quoted phrase as someone's words ("calling it “a sham”"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(
  (
    'calling called calls dubbing dubbed describing described describes terming termed labelling labeling ' +
    'labelled labeled branding branded dismissing dismissed dismisses denouncing denounced saying'
  ).split(' '),
);

/**
 * Verbs that judge something in the subject's own words ("decried the GOP for “turning its back”"):
 * a short quote in their sentence is the subject's, like after a naming verb.
 */
export const EVALUATIVE_VERBS: ReadonlySet<string> = new Set(
  (
    'decried decries blasted blasts slammed slams praised praises criticized criticised criticizes mocked mocks ' +
    'hailed hails touted touts lambasted derided derides ridiculed bashed bashes likened likens characterized ' +
    'characterised refers referred referring accused accuses condemned condemns welcomed welcomes ' +
    'bemoaned bemoans lamented laments heralded heralds denounces'
  ).split(' '),
);

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'He', 'She', 'They']);

/** Words that may stand between a speaker and the cue ("Putin also said"). */
export const SPEAKER_CUE_FILLERS: ReadonlySet<string> = new Set(
  'also later then again once still repeatedly previously has had have was is would will had further later himself herself itself themselves'.split(' '),
);

/** Titles and descriptors that precede a name and are not part of it. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'President Vice Prime Minister Foreign Defence Defense Finance Interior Secretary State Senator Sen Rep ' +
    'Representative Gov Governor Mayor Chancellor General Gen Lt Col Colonel Captain Capt Sgt Admiral Adm ' +
    'Chief Director Spokesman Spokeswoman Spokesperson Judge Justice Ambassador Commissioner Professor Prof ' +
    'Dr Mr Mrs Ms Miss Mx King Queen Prince Princess Pope Former Deputy Acting Leader Speaker Chairman ' +
    'Chairwoman Chair CEO Attorney Councillor Councilor Councilwoman Councilman Sir Dame Lord Lady Rev ' +
    'Reverend Sheikh Emir Crown Premier Minister Engineer Inspector Superintendent Sheriff Officer Coach'
  ).split(/\s+/),
);

/** Determiners that open a description used as a source ("the mayor", "a senior official"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an his her their its our one another this that these those The A An His Her Their Its One Another This'.split(' '),
);

/** Cues that may open a sentence before their source ("Said Comey, “…”"); "Edward Said" keeps his name. */
export const INVERTED_CUES: ReadonlySet<string> = new Set('Said Says Added Adds Wrote Writes Told'.split(' '));

/** A word that opens a reported clause after a verb of saying in the progressive ("is insisting that", "… he"). */
export const CLAUSE_OPENER = /^(?:that|he|she|they|we|I)$/;

/** Words that count a group before its noun ("several officials", "some advocates"). */
export const QUANTIFIERS: ReadonlySet<string> = new Set('several some many most few both all two three four five six dozens'.split(' '));

/** Lower-case words allowed inside a name ("Charles de Gaulle", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('de da del della der di du la le van von bin al ibn ben dos das'.split(' '));

/** Days of the week: no names, and the day in "Spicer on Thursday said". */
export const WEEKDAYS: ReadonlySet<string> = new Set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '));

/** "He’d", "We've", "Don’t": a pronoun or verb with its contraction, either apostrophe. */
const CONTRACTIONS = ['I', 'He', 'She', 'We', 'You', 'They', 'It', 'That', 'There', 'Who', 'What']
  // No "'s": the tokenizer splits it off ("He's" is the token "He").
  .flatMap((word) => ['d', 'll', 've', 're', 'm'].map((end) => `${word}'${end}`))
  .concat('Don’t Doesn’t Didn’t Can’t Couldn’t Won’t Wouldn’t Shouldn’t Isn’t Aren’t Wasn’t Weren’t Haven’t Hasn’t Let’s'.split(' ').map((w) => w.replace('’', "'")))
  .flatMap((word) => [word, word.replace("'", '\u2019')]);

/**
 * Capitalised words that look like names but are not (sentence-initial function words and
 * adverbs: "Accordingly Turkey said" names Turkey). Never a word that is also a common surname
 * or given name ("Young", "Early", "May", "Will", "Oh"), nor a quantifier that opens a group of
 * speakers ("Some Democrats say", "Others said").
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'I We You It This That These Those There Here When While After Before Since If But And Or So As At In On ' +
    'For From With Without By To Of Under Over Amid Despite Although Though Because Then Now Still Yet Also ' +
    'Along Across Around Inside Outside Speaking Asked Meanwhile However Later Earlier During Following Ahead Upon ' +
    'Within Throughout Until Unlike Like Among Between Against Toward Towards Through Behind Beyond Near ' +
    'What Why How Whether Whatever Given Last Next ' +
    'Accordingly Indeed Once About Sometimes Perhaps Maybe Instead Thus Hence Therefore Finally ' +
    'Eventually Only Just Otherwise Besides Moreover Furthermore Nevertheless Nonetheless Again Often Never ' +
    'Always Already Not Nor Was Were Is Are Has Have Had ' +
    'Did Does Let Please Yes Today Yesterday Tomorrow Tonight Recently Currently Previously Initially Ultimately ' +
    'Unfortunately Fortunately Clearly Obviously Apparently Notably Similarly Likewise Separately Additionally ' +
    'Almost Nearly Enter Dear'
  )
    .split(/\s+/)
    .concat([...WEEKDAYS], CONTRACTIONS),
);

/** Last words that make a capitalised run a place or an institution, not a person ("Quay Street"). */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set(
  (
    'Street St Road Avenue Square Lane Bridge River Sea Ocean Bay Island Islands Park Hall Station Airport Port ' +
    'Council Committee Commission Party Parliament Assembly Congress Senate House Court University College School ' +
    'Institute Foundation Ministry Department Agency Office Bureau Service Services Union Bank Company Corporation ' +
    'Group Fund Association Organization Organisation Center Centre Times Post News Journal Press Daily Herald ' +
    'Ledger Tribune Guardian Telegraph Summit Conference Forum Act Bill Report Province State States Republic Kingdom ' +
    'Federation Empire City Town County District Region Valley Mountains Coast Estuary Harbour Harbor Barrier War'
  ).split(/\s+/),
);

/** Head nouns of descriptions that name a speaker ("the judge", "a senior official", "the statement"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'official officials spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers advisor advisors ' +
    'source sources statement statements campaign report email emails letter memo ad advertisement release newspaper ' +
    'editorial judge lawyer lawyers attorney attorneys prosecutor prosecutors senator governor mayor president candidate ' +
    'nominee businessman businesswoman billionaire tycoon mogul congressman congresswoman lawmaker lawmakers legislator ' +
    'representative minister secretary ambassador diplomat general commander officer police sheriff analyst analysts ' +
    'expert experts economist economists pollster strategist consultant researcher researchers scientist scientists ' +
    'professor historian author writer reporter journalist columnist host anchor critic critics supporter supporters ' +
    'voter voters resident residents activist activists protester protesters organizer organizers leader leaders ' +
    'chairman chairwoman director executive chief head founder owner manager group organization organisation committee ' +
    'agency department ministry office company firm network paper magazine site website outlet study survey poll ' +
    'message tweet post video website document documents filing complaint lawsuit indictment ruling opinion ' +
    'man woman person people narrator board user users commenter insider front-runner frontrunner employee employees ' +
    'friend member members moderator colleague physician doctor neurosurgeon actress actor suit commission investigation ' +
    'son daughter wife husband brother sister father mother operative operatives prosecutors advisers strategists ' +
    'candidates administration surveyed senators opponents allies advocates executives court government authorities ' +
    'respondents delegates donors backers specialists insiders observers party magnate staffer staffers investor investors ' +
    'designer attendee attendees participant participants chairmen chairwomen commentator commentators pundit pundits ' +
    'reporters editor editors columnists biographer biographers negotiator negotiators investigator investigators ' +
    'regulator regulators banker bankers entrepreneur volunteer volunteers veteran veterans witness witnesses ' +
    'teacher teachers student students worker workers farmer farmers retiree retirees delegate donor backer observer ' +
    'supervisor commissioner ' +
    'admiral colonel captain lieutenant sergeant pilot nurse pastor priest bishop rabbi imam minister coach player ' +
    'fan fans parent parents neighbor neighbors neighbour neighbours shopper shoppers customer customers caller viewer ' +
    'viewers reader readers survivor survivors victim victims relative relatives family families mom dad ' +
    'graduate graduates alumnus alumni nominees challenger incumbent congressmen surrogate surrogates ' +
    'crowd crowds audience child children boy girl kid kids teen teenager teenagers tabloid column outlets sign banner ' +
    'friends confidants mourners politicians technologists groups organizations organisations heckler hecklers'
  ).split(/\s+/),
);

/** Words that open a time, place or manner phrase after a cue ("said on Monday", "wrote in an email"). */
export const ADJUNCT_STARTS: ReadonlySet<string> = new Set(
  'on in at during after before to from last this yesterday today earlier later while when late early recently again also of with by as'.split(' '),
);

/** Cue forms that are also plural nouns ("the states", "his remarks"). */
export const NOUN_LIKE_CUES: ReadonlySet<string> = new Set('states claims reports notes posts charges remarks comments talks reads answers counters objects promises pledges vows tweets'.split(' '));

/** Nouns that name a statement ("issued a statement, “…”", "wrote in a tweet: “…”"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set('statement tweet tweets post email e-mail message letter remarks speech interview note memo release'.split(' '));

/**
 * Verbs of belief, finding and stance that report a source's view when they open its clause ("Most
 * voters think the economy …", "The study found that …", "Ek criticized the plan"): read only in
 * the subject-first pattern, never after the clause, where they are too often something else.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set(
  (
    'think thinks thought believe believes believed know knows knew expect expects show shows showed found finds find ' +
    'worry worries worried hope hopes hoped fear fears feared estimate estimates estimated criticized criticizes ' +
    'accused accuses endorsed endorses supported supports urged praised praises blamed blames defended defends ' +
    'rejected rejects dismissed condemned condemns'
  ).split(' '),
);

/** Participles after a comma that report what the sentence's subject said (", saying …"). */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(['saying', 'telling', 'arguing', 'noting', 'adding', 'insisting', 'warning', 'claiming']);

/** Lower-case words that may open a title before a name ("former", "retired Army Lt. Gen."). */
export const LEAD_MODIFIERS: ReadonlySet<string> = new Set('former retired then ex longtime veteran senior top outgoing incoming acting late fellow'.split(' '));

/** Verbs by which evidence speaks: "the poll found", "records show". */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set('show shows showed shown found finds suggest suggests suggested indicate indicates indicated'.split(' '));

/** Things that can be the source of "show" or "found" (a poll, records, a review), not people. */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(
  (
    'poll polls polling survey surveys study studies report reports record records document documents data figures ' +
    'filing filings statistics analysis analyses review reviews result results video footage research audit investigation ' +
    'files numbers estimates count tally probe inquiry'
  ).split(' '),
);

/** Verbs that put out a statement ("issued a statement saying …"): whoever issues it says it. */
export const ISSUING_VERBS: ReadonlySet<string> = new Set('issued issues released releases posted posts sent sends published publishes tweeted distributed put puts'.split(' '));

/** Verbs of speaking in a manner, whose subject is the speaker of a quote right after them ("Toomey fumed “…”"). */
export const SPEAKING_MANNER_VERBS: ReadonlySet<string> = new Set(
  (
    'fumed vowed boasted bragged quipped joked scoffed lamented complained mused exclaimed shouted yelled chanted ' +
    'pleaded promised pledged conceded countered retorted snapped groused griped railed ranted sighed gushed ' +
    'thundered bellowed barked beamed boomed vented'
  ).split(' '),
);

/** Words added for the clause-level rules of attribute-quotes.ts and reported-speech.ts. */

/** Cues whose following name is the person spoken to. */
export const ADDRESSEE_CUES: ReadonlySet<string> = new Set('told tells tell asked asks ask'.split(' '));

/** Verbs that report a retort with "back" ("shot back", "fired back"). */
export const RETORT_VERBS: ReadonlySet<string> = new Set('shot fired hit pushed snapped struck'.split(' '));

/** Common irregular verbs that end a description ("The office put out a statement"). */
export const PLAIN_VERBS: ReadonlySet<string> = new Set('put sent made gave took went came got held ran set let has had was is were are will would'.split(' '));

/** Common irregular past tenses, for telling where a description ends and its verb begins ("The mayor met …"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  (
    'began became brought bought built caught chose came cut dealt drew drove fell felt fought found flew gave got grew ' +
    'heard held hit hung kept knew laid lay led left lost made meant met paid put ran read rose said sat saw sent set ' +
    'shook sold sought spent spoke stood struck swore taught told took thought threw tore went woke won wore wrote'
  ).split(' '),
);

/** Words that may open a sentence before its subject. */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set('Later Then Finally Afterward Afterwards Earlier Meanwhile Again Still Now'.split(' '));

/** Words opening a subordinate clause that may hold its own attribution ("… when she said …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set('when after as because while before since although though until once'.split(' '));

/** The plain speech verbs read inside such a clause. */
export const SUBORDINATE_CUES: ReadonlySet<string> = new Set('said says told tells argued argues claimed claims wrote writes warned warns insisted insists noted notes added adds suggested suggests stated explained'.split(' '));

/** Relative pronouns after a name and a comma ("Barkley, who said …"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose']);

/** "show" reports only when evidence does the showing. */
export const SHOW_VERBS: ReadonlySet<string> = new Set('show shows showed'.split(' '));

/** Words that start a clause of their own: a subject holding one is no simple noun phrase. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set('said says and but because while although if when he she they we it'.split(' '));

/** Conjunctions and adverbs that may open a sentence before its subject ("But he said …"). */
export const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set('But And So Yet Or Still Now Then Instead Indeed Later Earlier Meanwhile Also Separately'.split(' '));

/** Days and parts of a day, as in "Spicer on Thursday evening said". */
export const PARTS_OF_DAY: ReadonlySet<string> = new Set('morning afternoon evening night'.split(' '));

/** Forms of "be" before a participle: a passive ("was told", "is described") when the participle is no "-ing". */
export const BE_FORMS = /^(?:is|are|was|were|be|been|being)$/;

/** Verbs of a speaker's next statement after "and" or "but" ("… and said …", "but argued …"), as a regex alternation. */
export const NEXT_STATEMENT_VERBS = 'said|says|added|adds|argued|argues|noted|notes|suggested|warned|warns|insisted|insists';

/** Spelled-out numbers, as in "Seventy-four percent" (a pattern, so that phrases can be built from it). */
export const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** One spelled-out number as a token, hyphenated compounds too ("Seventy-four"). */
export const NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORDS})(?:-(?:${NUMBER_WORDS}))?$`, 'i');

/** A share as a fraction or a majority ("half", "thirds" of "two thirds", "a majority"). */
export const FRACTION_WORDS = 'half|thirds?|quarters?|majority|plurality|minority';
/** One token of a fraction, hyphenated ones included ("two-thirds"). */
export const FRACTION = new RegExp(`^(?:${FRACTION_WORDS}|(?:one|two|three)-(?:thirds?|quarters?))$`, 'i');

/** Words before a poll share ("nearly 40 percent", "more than six in 10", "a mere 9 percent"). */
export const SHARE_LEAD_WORDS = 'about|nearly|almost|roughly|some|just|only|over|under|more|less|fewer|than|a|mere';
export const SHARE_LEAD = new RegExp(`^(?:${SHARE_LEAD_WORDS})$`, 'i');

/**
 * Right before a cue, words that stand for a source without naming it: "it said" (a statement, a
 * group), "another said", and "I said" (the writer). They are read as pronouns, never resolved to a person.
 */
export const VAGUE_SOURCES: ReadonlySet<string> = new Set(['it', 'It', 'another', 'Another', 'I']);

/** Prepositions: a name after one is not the subject of what follows ("a spokesman for Berg, who said …"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set('of for to with from by at about on in'.split(' '));

/** Office titles that take "of" ("Supervisor of Elections Susan Bucher"), compared in lower case. */
export const OFFICE_TITLES: ReadonlySet<string> = new Set(
  'supervisor commissioner secretary minister director chairman chairwoman chair president head chief governor mayor attorney clerk treasurer auditor comptroller superintendent commander'.split(' '),
);

/** Possessive determiners: one before a quote makes the quote an object ("mocked his slogan “…”"). */
export const POSSESSIVES: ReadonlySet<string> = new Set('his her their its our my your'.split(' '));
