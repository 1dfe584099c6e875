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
  /** A preposition introducing a rejected alternative ("X over Y"). */
  ALTERNATIVE
}
