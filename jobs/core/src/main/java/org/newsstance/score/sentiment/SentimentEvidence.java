package org.newsstance.score.sentiment;

import java.io.Serializable;

/**
 * A sentence behind an actor's paragraph score.
 *
 * @param charBegin offset of the sentence in the document text
 * @param charEnd offset after the sentence
 * @param mention the mention as written in that sentence
 * @param score the mention's own score in [-1, 1]
 */
public record SentimentEvidence(
    int sentenceIdx, int charBegin, int charEnd, String mention, double score)
    implements Serializable {}
