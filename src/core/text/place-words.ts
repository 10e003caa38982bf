/**
 * Words for places and peoples, which look like names but name no person: "Russian" before a
 * title, "Israel" or "Cuban" where a bare surname would otherwise link to a namesake.
 */

/** Is this capitalised word a nationality or country adjective used before a title ("Russian", "U.S")? */
export function isNationalityWord(word: string): boolean {
  return NATIONALITY_WORDS.has(word);
}

// A list, not a suffix rule: "-an" also ends given names ("Rowan", "Susan").
const NATIONALITY_WORDS = new Set(
  (
    'U.S US U.K UK EU UN American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch ' +
    'Belgian Swiss Austrian Swedish Norwegian Danish Finnish Polish Czech Slovak Hungarian Romanian Bulgarian Greek ' +
    'Turkish Russian Ukrainian Belarusian Georgian Armenian Azerbaijani Kazakh Chinese Japanese Korean Taiwanese ' +
    'Vietnamese Thai Indonesian Malaysian Filipino Indian Pakistani Bangladeshi Afghan Iranian Iraqi Syrian Lebanese ' +
    'Israeli Palestinian Jordanian Saudi Emirati Qatari Egyptian Libyan Tunisian Algerian Moroccan Nigerian Kenyan ' +
    'Ethiopian South African Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Venezuelan Peruvian ' +
    'Cuban Australian Zealand Serbian Croatian Bosnian Estonian Latvian Lithuanian Moldovan Sudanese Somali Yemeni ' +
    'Democratic Republican Conservative Labour Liberal federal Federal state State'
  ).split(/\s+/),
);

/** One-word country names (and a few territories): never a bare surname without a title or a full name first. */
const COUNTRY_NAMES = new Set(
  (
    'Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain ' +
    'Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Brunei Bulgaria Burundi Cambodia ' +
    'Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Denmark Djibouti Dominica Ecuador ' +
    'Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada ' +
    'Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica ' +
    'Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya ' +
    'Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico ' +
    'Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands ' +
    'Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal ' +
    'Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan ' +
    'Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan ' +
    'Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Greenland Scotland ' +
    'Wales England Britain Europe Africa Asia America'
  ).split(/\s+/),
);

export function isCountryName(word: string): boolean {
  return COUNTRY_NAMES.has(word);
}
