package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * A stance cue of one sentence with what it is about, before holders become rows. Kept apart so
 * that a reporting verb can lend its speaker to cues whose own holder is no actor ("'We would
 * oppose any violence,' Nauert said").
 *
 * @param polarity +1 support, -1 oppose, after negation and reversal
 * @param strength how strongly the cue commits its holder (1 for stance words, less for acts)
 */
record Finding(
    IndexedWord cueWord,
    String cue,
    List<Holder> holders,
    Target target,
    int polarity,
    double strength) {

  /** How strongly an act commits its actor: acts, and only acts, are found with this strength. */
  static final double ACT_STRENGTH = 0.8;

  boolean isAct() {
    return strength == ACT_STRENGTH;
  }
}
