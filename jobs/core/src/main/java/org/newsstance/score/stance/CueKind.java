package org.newsstance.score.stance;

/** What a word of the stance lexicon does (see LEXICON.md beside the lexicon file). */
enum CueKind {
  /** A verb whose subject or agent takes a stance toward its object ("seek", "reject"). */
  VERB,
  /** A stance verb whose negation reverses it ("does not want X" opposes X). */
  PREFERENCE,
  /** A hostile or cooperative act toward an actor ("strike", "deport", "mediate"). */
  ACT,
  /** A stance noun held by its possessor ("Iran's demands", "opposition from Baghdad"). */
  NOUN,
  /** An act noun ("Israeli strikes on X", "clashes between X and Y"). */
  ACT_NOUN,
  /** A reporting verb: its speaker holds the stances of its complement. */
  SPEECH,
  /** A noun that reverses the stance toward its complement ("cessation of X"). */
  REVERSE,
  /** A noun whose complement the stance is about ("the release of P"). */
  TRANSPARENT,
  /** A word negating the cue. */
  NEGATION,
  /** A verb that negates the cue of its complement clause ("refused to recognise X"). */
  REFUSAL,
  /** A preposition introducing a rejected alternative ("X over Y"). */
  ALTERNATIVE,
  /** A verb whose subject also holds the stance noun it acts on ("Rubio expanded the wishlist"). */
  AUTHOR,
  /** A verb putting its object on a stance noun's agenda ("the wishlist to include missiles"). */
  INCLUDE,
  /** A verb keeping its object "off the table". */
  EXCLUDE,
  /** A negotiating agenda noun ("off the table", "off the agenda"). */
  AGENDA,
  /** A capability that an agenda curbs: demanding it opposes it ("missiles", "enrichment"). */
  CAPABILITY,
  /**
   * A threat whose condition the holder wants not to hold ("warned ... if a deal is not reached").
   */
  THREAT,
  /** A relationship with an actor ("our relationship with the Kurds", "ties with X"). */
  RELATION,
  /** What a relationship does: remain (support), sour (oppose), change (support only if denied). */
  COURSE
}
