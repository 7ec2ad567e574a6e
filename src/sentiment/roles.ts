/** What a lexicon term does, and which list of the data file gives each rule word its role. */
import * as data from "./lexicon-data";

/** What a term does. A term may have several roles: 好 is an intensifier before a word and "good" otherwise. */
export interface TermRoles {
  /** Opinion weight: positive praises, negative complains, 0 hides the shorter words inside the term. */
  weight?: number;
  /** A neutral attribute (sweet, 甜) that becomes a complaint after an excess marker (too, 太). */
  descriptor?: boolean;
  /** Multiplies the next word's weight: above 1 strengthens (very, 超), below 1 softens (a bit, 有点). */
  factor?: number;
  /** An intensifier that points (so, 这么, 咁): it keeps a word in a question, and after a negator it marks a superlative. */
  demonstrative?: boolean;
  /** Marks a superlative after a negator (never had one this good), nothing more. */
  degreePointer?: boolean;
  /** After it a descriptor is a complaint (too sweet, 太甜). */
  excess?: boolean;
  /** After it mild praise is a complaint too (too fast). */
  praiseExcess?: boolean;
  /** A measure (颜值, quality): 高 / 低 after it take their `measured` weight. */
  measure?: boolean;
  measured?: number;
  /** Multiplies the word just before it (好吃到爆, good af). */
  postFactor?: number;
  negator?: boolean;
  /** A negator that says "again" (再也不, 不会再): with nothing to negate it means "never again". */
  again?: boolean;
  /** A hedging negator (不算, not exactly): a complaint it negates is only lukewarm praise. */
  hedge?: boolean;
  /** A "not much" negator (没什么, 冇咩): praise it negates is only a lukewarm complaint. */
  faint?: boolean;
  /** Waiting (waited, 等了, 排队): with a duration in its clause, a complaint. */
  wait?: boolean;
  /** A length of time (forever, 久), for a wait. */
  duration?: boolean;
  /** A unit of time (minutes, 小时): a length of time only after a count (45, 两个, 成). */
  timeUnit?: boolean;
  count?: boolean;
  /** A verb of the senses (tastes, looks): "like" right after it compares, it does not praise. */
  simile?: boolean;
  /** A distinctive quality (special, 惊喜): negated, only lukewarm (nothing special, 没有惊喜). */
  distinctive?: boolean;
  /** "Only now" (而家先): like "not sooner". */
  late?: boolean;
  /** "Other" (其他, another): "never again" with it is loyalty. */
  other?: boolean;
  /** Sooner, 早点: "why didn't I buy it sooner", 后悔没早点买 are praise. */
  sooner?: boolean;
  /** Regret (regret, 后悔) that, negated with "sooner", is praise. */
  regret?: boolean;
  /** Finding or buying (try, buy, 发现, 入手): only these, not sooner, make "not sooner" praise. */
  discovery?: boolean;
  /** A summary (overall, 总的来说): what follows it is the verdict, and decides. */
  verdict?: boolean;
  /** The words after it weigh more than those before (but, 但是). */
  contrast?: boolean;
  /** A contrast only at the start of a clause (就是, 结果). */
  clauseInitialContrast?: boolean;
  /** The words from it to the end of its clause weigh less (although, 虽然). */
  concession?: boolean;
  /** The standard a negated word is compared with (想像中, expected): the negation then stands even before 这么. */
  comparison?: boolean;
  questionMarker?: boolean;
  /** A "why" word: its question still judges (why so slow?). */
  rhetorical?: boolean;
  /** A sentence-final question particle (吗, 咩): the clause is a question when it ends with one. */
  questionParticle?: boolean;
  /** Lets an intensifier reach past it (a, the, 的). */
  filler?: boolean;
  emoji?: boolean;
}

/** The rule words of the data file, each list with the role it gives its terms. */
export const RULE_LISTS: readonly (readonly [list: string, roles: TermRoles])[] = [
  [data.EXCESS_MARKERS, { excess: true }],
  [data.PRAISE_EXCESS_MARKERS, { praiseExcess: true }],
  [data.DEMONSTRATIVES, { demonstrative: true }],
  [data.DEGREE_POINTERS, { degreePointer: true }],
  [data.MEASURE_NOUNS, { measure: true }],
  [data.NEGATORS, { negator: true }],
  [data.AGAIN_NEGATORS, { negator: true, again: true }],
  [data.HEDGED_NEGATORS, { negator: true, hedge: true }],
  [data.FAINT_NEGATORS, { negator: true, faint: true }],
  [data.WAIT_WORDS, { wait: true }],
  [data.DURATIONS, { duration: true }],
  [data.TIME_UNITS, { timeUnit: true }],
  [data.COUNTS, { count: true }],
  [data.SIMILE_VERBS, { simile: true }],
  [data.DISTINCTIVE, { distinctive: true }],
  [data.LATE_WORDS, { sooner: true, late: true }],
  [data.OTHERS, { other: true }],
  [data.SOONER_WORDS, { sooner: true }],
  [data.REGRETS, { regret: true }],
  [data.DISCOVERY_VERBS, { discovery: true }],
  [data.VERDICTS, { verdict: true }],
  [data.CONTRASTS, { contrast: true }],
  [data.CLAUSE_INITIAL_CONTRASTS, { clauseInitialContrast: true }],
  [data.CONCESSIONS, { concession: true }],
  [data.COMPARISONS, { comparison: true }],
  [data.QUESTION_MARKERS, { questionMarker: true }],
  [data.RHETORICAL_MARKERS, { rhetorical: true }],
  [data.QUESTION_PARTICLES, { questionParticle: true }],
  [data.FILLERS, { filler: true }],
];
