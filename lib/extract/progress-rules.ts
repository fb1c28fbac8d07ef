/**
 * The wording of progress on something promised, in English and French, as patterns over folded
 * text (lower case, accents removed, see fold.ts): "was handed over" → fulfilled, "pose de la
 * première pierre" → in_progress, "remains in doubt" → stalled. Each pattern is a plain
 * alternation of words with bounded gaps, so every search is linear in the sentence.
 */

/** The statuses a report of progress may move a commitment to (a subset of lib/status's). */
export type ProgressStatus = "fulfilled" | "in_progress" | "partially_fulfilled" | "stalled" | "cancelled";

/**
 * `cue`: how the pattern counts. "done" and "started" and "stopped" and "ended" are facts about the
 * thing promised; "partial" turns a "done" into partially fulfilled; "expected" (still expected,
 * progress slowed) keeps a stopped thing in progress; "loan" needs a word of credit in the sentence.
 */
export type Cue = "done" | "started" | "stopped" | "ended" | "partial" | "expected" | "loan";

export interface ProgressRule {
  cue: Cue;
  pattern: RegExp;
  /** The pattern already says it is expected ("expected to complete"): a modal before it is no doubt. */
  modalOk?: true;
}

const rule = (cue: Cue, source: string, modalOk?: true): ProgressRule => ({
  cue,
  pattern: new RegExp(source, "g"),
  ...(modalOk ? { modalOk } : {}),
});

// "delivered a speech" is not a delivery.
const NOT_SPEECH = String.raw`(?! (?:a |an |his |her |their |the )?(?:speech|remarks|address|message|statement|lecture|keynote|report))`;

const ENGLISH: ProgressRule[] = [
  rule("done", String.raw`\bhand(?:ed|s)? (?:it |them )?over\b|\bhand-?over\b|\bhandover\b`),
  rule("done", String.raw`\binaugurat(?:ed|ion|es)\b`),
  rule("done", String.raw`\b(?:completed|finished|commissioned|fully disbursed)\b|\bcompletion ceremony\b`),
  rule("done", String.raw`\bdelivered\b${NOT_SPEECH}`),
  rule("done", String.raw`\b(?:put|placed|came|come|comes|went|entered) into (?:operation|service|use)\b`),
  rule("done", String.raw`\b(?:began|begun|started) (?:operating|operations)\b|\bofficially opened\b`),
  rule("started", String.raw`\bunder (?:construction|implementation)\b|\bground-?breaking\b|\bbroke ground\b`),
  rule("started", String.raw`\bfoundation stone\b|\bbeing (?:built|constructed|implemented)\b`),
  rule(
    "started",
    String.raw`\b(?:began|begun|started|launched|commenced|kicked off) (?:the )?(?:construction|building|works?)\b`,
  ),
  rule("started", String.raw`\b(?:construction|works?) (?:began|started|has begun|have begun|is under ?way)\b`),
  rule("loan", String.raw`\bsigned\b`),
  rule("partial", String.raw`\b(?:partly|partially|first (?:tranche|instalment|installment|batch|phase))\b`),
  rule("partial", String.raw`\bdisbursed\b`),
  rule("expected", String.raw`\b(?:slowed|behind schedule)\b|\baffected (?:its|their|the) progress\b`, true),
  rule("expected", String.raw`\b(?:still |are |is )?expected to (?:be )?complet(?:e|ed)\b`, true),
  rule("stopped", String.raw`\b(?:delayed|postponed|suspended|halted|stalled|frozen|in doubt|on hold)\b`),
  rule("ended", String.raw`\b(?:cancell?ed|cancell?ation|scrapped|called off|abandoned|terminated)\b`),
];

const FRENCH: ProgressRule[] = [
  // "remis en cause" doubts; it does not hand over.
  rule("done", String.raw`\bremis(?:e|es)?\b(?! en (?:cause|question))|\bremise officielle\b`),
  rule("done", String.raw`\binaugur(?:e|ee|es|ees|ation)\b|\bachev(?:e|ee|es|ees)\b|\blivr(?:e|ee|es|ees|aison)\b`),
  rule(
    "done",
    String.raw`\b(?:mis|mise|mises|entre|entree|entres|entrees) en (?:service|exploitation|fonction|activite)\b`,
  ),
  rule("done", String.raw`\bentierement decaisse(?:e|s|es)?\b|\bceremonie de (?:remise|transfert)\b`),
  rule("started", String.raw`\ben (?:cours de )?construction\b|\ben chantier\b|\bmise en chantier\b`),
  rule("started", String.raw`\bpremiere pierre\b|\b(?:demarrage|lancement|debut) des travaux\b`),
  rule("started", String.raw`\btravaux (?:ont|a) (?:commence|debute|demarre)\b|\ben cours de realisation\b`),
  rule(
    "started",
    String.raw`\b(?:lance|lancee|lances|lancees|commence|debute|demarre) (?:les travaux|la construction|le chantier)\b`,
  ),
  rule("loan", String.raw`\bsign(?:e|ee|es|ees|ature)\b`),
  rule("partial", String.raw`\b(?:partiellement|premiere tranche|premier lot)\b|\bdecaisse(?:e|s|es)?\b`),
  rule("expected", String.raw`\bralenti(?:e|s|es)?\b|\bdevrai(?:t|ent) etre achev(?:e|ee|es|ees) malgre\b`, true),
  rule("stopped", String.raw`\bretard(?:e|ee|es|ees)?\b|\bsuspendu(?:e|s|es)?\b|\bau point mort\b`),
  rule("stopped", String.raw`\binterrompu(?:e|s|es)?\b|\breporte(?:e|s|es)?\b|\bgele(?:e|s|es)?\b|\ben suspens\b`),
  rule("stopped", String.raw`\bincertain(?:e|s|es)?\b|\bremis(?:e|es)? en (?:cause|question)\b`),
  rule("ended", String.raw`\bannul(?:e|ee|es|ees|ation)\b|\babandonn(?:e|ee|es|ees)\b`),
];

/** Both languages' rules: an article in one language quotes names and phrases of the other. */
export const PROGRESS_RULES: readonly ProgressRule[] = [...ENGLISH, ...FRENCH];

/** A word of credit that makes a signing the start of a pledged loan's delivery. */
export const LOAN_WORDS = /\b(?:loans?|credit|financing|financement|pret|prets|concessional)\b/;

// Looked for in the few words before a trigger (NEGATION_WINDOW characters): a denial or a future
// is not a report of progress ("has not been handed over", "sera inauguré en 2021").
export const NEGATION_WINDOW = 32;
export const NEGATION = /\b(?:not|never|yet to|no longer|failed to|has yet|have yet|pas|jamais|non encore|sans)\b/;
export const MODAL =
  /\b(?:will|would|shall|to be|expected to|scheduled to|due to|planned to|plans? to|set to|is to|are to|could|may|might|should|hopes? to|aims? to|sera|seront|serait|seraient|devrait|devraient|doit|doivent|devra|devront|va|vont|pourrait|pourraient|prevue?s?|afin de)\b/;
