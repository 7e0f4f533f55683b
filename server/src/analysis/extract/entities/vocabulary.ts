/**
 * Word lists the inference rules stand on. Kept apart from the rules so that
 * they can be read and extended on their own; all are exact-case sets.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Last words that make a capitalized name an organization: "Acme Robotics", "Mizuho Holdings". */
export const ORG_SUFFIXES = set(`
  Inc Corp Corporation Co Company Ltd Limited LLC LLP Plc plc PLC GmbH AG SA NV SE KK Bhd
  Group Holdings Holding Networks Technologies Technology Tech Labs Laboratories Systems Robotics
  Motors Motor Airlines Airways Electronics Electric Pharmaceuticals Pharma Therapeutics Biosciences
  Biotech Industries Semiconductor Semiconductors Software Solutions Dynamics Aerospace Automotive
  Bank Bancorp Capital Partners Ventures Investments Securities Insurance Financial Finance Fund
  Trust Exchange Foundation Institute University College Academy School Agency Ministry Council
  Commission Authority Association Federation Alliance Consortium Coalition Society Organization
  Organisation Bureau Department Administration Office Party Media News Times Post Journal Herald
  Tribune Gazette Press Daily Telegraph Broadcasting Studios Entertainment Games Communications
  Telecom Petroleum Chemicals Chemical Steel Mining Logistics Shipping Railway Railways
  Brands Foods Beverages Retail Stores Hospital Clinic Lab
`);

/** Suffix words that only give a company's legal or corporate form: "Huawei Technologies" is Huawei. */
export const CORPORATE_FORMS = set(`
  Group Holdings Holding Technologies Technology Corporation Company Co Inc Corp Ltd Limited LLC Plc plc
  PLC AG SA NV SE KK GmbH International Global Motor Motors Electronics Electric Industries
`);

/** Last words that make a capitalized name a programme: "Genesis Mission", "Moonshot Program". */
export const PROGRAMME_SUFFIXES = set(`Mission Initiative Programme Program Project Plan Act Accord Accords Strategy Compact`);

/** First words of "<Head> of <Name>" institutions: "Ministry of Defence", "University of Tokyo". */
export const INSTITUTION_HEADS = set(`
  Ministry Department University Institute Bank Agency Office Council Commission Bureau Academy
  Court Embassy Government Parliament Federation Association Society Board Federal Reserve Central
  College School Museum Church Order Assembly Chamber Congress League Union Organization Organisation
`);

/**
 * Capitalized words that never begin (or make up) an inferred name: function
 * words that start sentences, pronouns, months, days, titles, and words of
 * page furniture.
 */
export const STOP_CAPITALIZED = set(`
  The A An This That These Those It Its Their There Here They We Our You Your He She His Her I My Me
  In On At By For From With Without Into Onto Of To As And Or But Nor So Yet If When While Where Why How
  What Which Who Whom Whose After Before During Since Until Unlike Like Despite Although Though Because
  Also Not No Yes All Any Each Every Some Many Much Most More Less Few Both Either Neither Such Other
  Another Only Just Even Still Then Now Today Tomorrow Yesterday Once Over Under About Above Below
  Between Among Across Against Through Per Via Meanwhile However Moreover Furthermore Additionally
  Instead Indeed Perhaps Overall Finally First Second Third Last Next New Old Why Is Are Was Were Be
  Been Has Have Had Do Does Did Will Would Can Could May Might Must Shall Should Let Lets Please Note
  January February March April June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun
  Spring Summer Autumn Fall Winter Q1 Q2 Q3 Q4 H1 H2 FY
  Mr Mrs Ms Dr Prof Sir Dame Lord Lady President Prime Minister Chairman Chairwoman Chair CEO CFO CTO
  COO Founder Director Secretary Governor Senator Minister Chief Executive Officer Head Vice Deputy
  Analyst Analysts Officials Experts Researchers Investors Traders Developers Engineers Users
  Reply Share Like Likes Comment Comments Repost Reward View Views Original Disclaimer Advertisement
  Subscribe Read More Related Source Sources Updated Posted Published Photo Image Video Table Contents
  Key Alpha Take Takeaway Summary Conclusion Introduction Background Update Editor Editorial Opinion
  Breaking Exclusive Analysis Report Review Guide Overview FAQ Yes OK
`);

/** Generic qualifiers: a name made only of these (plus a suffix) is not distinctive ("National Bank"). */
export const GENERIC_WORDS = set(`
  National Central Federal State States Regional Local International Global World Public Private
  General United Royal Royal Imperial Joint Strategic Investment Development Research Technology
  Technologies Digital Data Science Sciences Innovation Industrial Industry Economic Economy Trade
  Financial Finance Energy Security Defense Defence Health Education Foreign Domestic Home Affairs
  Japanese American Chinese European Asian Korean Indian British German French Western Eastern
  Northern Southern North South East West Big Major Small Smaller Large Great Grand Open Free Smart
  Future Next Advanced Applied Artificial Intelligence Physical Generative Quantum Computing Compute
  Power Cloud Network Networks Machine Learning Model Models Language Foundation Frontier Sovereign
  Tech Crypto Blockchain Web Venture Capital Equity Asset Assets Market Markets Business Commercial
  Startup Startups Company Companies Partner Partners Team Teams Group Office Center Centre Program
  Programme Project Mission Initiative Plan Alliance Consortium Council Agency Fund Bank Media News
`);

/**
 * Acronyms and short forms of common technical and business terms: never an
 * organization on their own.
 */
export const COMMON_ACRONYMS = set(`
  AI AGI ML LLM LLMs GPU GPUs CPU CPUs TPU NPU API APIs SDK SaaS PaaS IaaS IT ICT IoT AR VR XR
  TCO ROI KPI CTO CEO CFO COO CIO CISO CxO VP HR PR R&D RD IPO M&A ESG GDP CPI PMI VC PE LP GP
  CapEx OpEx Capex Opex VRAM RAM DRAM HBM SSD HDD NAND CUDA ASIC FPGA SoC RISC EUV NLP RAG
  ETH BTC NFT NFTs DeFi DAO DAOs DEX CEX TVL APY APR USDT USDC ETF ETFs Web3 Web2 L1 L2
  USD JPY EUR GBP CNY KRW INR CHF CAD AUD US$ YoY QoQ MoM EPS P/E FY
  OK TV PC PCs UI UX QA FAQ PDF URL HTML CSS JSON XML HTTP HTTPS TCP IP DNS VPN SQL
  CO2 EV EVs ICE AV AVs ADAS GPS 5G 6G 4G LTE
  AM PM GMT UTC EST PST CET JST
  ASAP FYI TBD TBA NB PS
`);

/** Verbs that, right after a capitalized name, mark it as an organization acting. */
export const ORG_VERBS = set(`
  announced announces acquired acquires invested invests launched launches unveiled unveils raised
  raises reported reports partnered partners posted posts listed lists shipped ships released
  releases introduced introduces signed signs agreed agrees filed files expanded expands opened
  opens closed closes hired hires cut cuts slashed plans planned intends intended aims aimed
  develops developed builds built operates operated manufactures manufactured sells sold bought buys
  secured secures backed backs funded funds formed forms established establishes merged merges
  completed completes confirmed confirms denied denies won wins lost issued issues
`);

/** Verbs strong enough to make a lone unknown capitalized word an organization ("Zoox acquired …"). */
export const STRONG_ORG_VERBS = set(`
  acquired acquires invested invests raised raises partnered partners listed shipped ships
  manufactures manufactured merged merges secured
`);

/** Auxiliaries allowed between a name and its verb: "Acme has acquired", "Acme will launch". */
export const AUXILIARIES = set(`has have had will would is was`);

/** Lower-case nouns that, just before a capitalized name, say it is an organization: "startup Zoox". */
export const ORG_CLASSIFIERS = set(`
  startup startups start-up start-ups company companies firm firms maker makers chipmaker chipmakers automaker
  automakers carmaker carmakers lender lenders bank banks insurer insurers conglomerate
  conglomerates retailer retailers giant giants rival rivals brokerage brokerages investor investors
  operator operators developer developers unicorn unicorns subsidiary subsidiaries outlet outlets
  newspaper newspapers publisher publishers broadcaster broadcasters exchange exchanges agency
  agencies regulator regulators ministry manufacturer manufacturers supplier suppliers vendor vendors
  provider providers fund funds group groups lab labs carrier carriers airline airlines
  consultancy partner partners rival utility utilities
`);

/** Nouns that, heading "X, a … <noun>", make X a company: only nouns people are not called. */
export const APPOSITIVE_HEADS = set(`
  startup start-up company firm maker chipmaker automaker carmaker lender bank insurer conglomerate
  retailer brokerage unicorn subsidiary outlet newspaper broadcaster exchange agency regulator
  manufacturer supplier vendor provider airline carrier consultancy utility group
`);

/** Words that may follow such a noun inside the appositive: "a startup based in Kyoto". */
export const APPOSITIVE_CONTINUATIONS = set(`based founded backed owned headquartered listed that which known`);

/** Words between a classifier and the name: "a startup called X", "firms such as X". */
export const CLASSIFIER_LINKS = set(`called named dubbed like including include includes`);

/** Lower-case words allowed inside a name between capitalized words: "Bank of Japan". */
export const NAME_CONNECTORS = set(`of for de du der von van the`);

/** Words that, just before a name, attribute a report to it: "reported by Decrypt". */
export const ATTRIBUTION_WORDS = set(`by via from to Source Sources source according Credit Courtesy`);

/**
 * Common given names (English and other languages seen in business news),
 * so that "Masayoshi Son" or "Jane Doe announced" is not taken for an organization.
 */
export const GIVEN_NAMES = set(`
  Alice Bob Tom Jim Ben Dan Mike Nick Chris Alex Max Ken Ron Ted Fred Greg Pete Steve Dave Rob Will
  Jane John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
  Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward
  Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
  Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
  Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry
  Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan
  Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Elon Sam
  Satya Sundar Jensen Tim Jeff Bill Warren Larry Sergey Mark Marc Reid Demis Dario Mustafa Lisa Jamie
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Betty Margaret Sandra
  Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon
  Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine
  Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce
  Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha
  Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia
  Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie
  Ursula Christine Kamala Janet Jerome Gina Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Jack
  Masayoshi Shigeru Fumio Shinzo Yoshihide Sanae Taro Ichiro Kenji Hiroshi Takeshi Akira Yuki
  Yoshiro Kazuo Koichi Satoshi Hideki Makoto Naoki Kenichiro Tadashi Akio Toshihiro Junichi Haruka
  Yuko Keiko Naomi Kaori Aiko Emi Hiro Koji Shinji Tomoko Yoko Masahiro Takahiro Yoshiaki Toru
  Jae Min Lee Kim Park Moon Yoon Sung Hyun Narendra Mukesh Gautam Ratan Raj Rahul Amit Anil Sunil
  Vladimir Olaf Emmanuel Giorgia Pedro Luiz Javier Carlos Luis Miguel Ahmed Mohammed Mohamed
  Muhammad Ali Omar Hassan Fatima Ivan Sergei Dmitry Hans Klaus Jurgen Pierre Jean Francois Marco
  Giuseppe Luca Alessandro Lars Sven Erik
`);

/** Honorifics and titles that put a person's name next: "Mr. Son", "CEO Jane Doe". */
export const PERSON_TITLES = set(`Mr Mrs Ms Dr Prof Sir Dame Lord Lady President CEO Chairman Chairwoman Minister Senator Governor Secretary Rep Sen Gov Judge Justice King Queen Prince Princess Pope`);
