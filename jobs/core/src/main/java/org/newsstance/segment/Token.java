package org.newsstance.segment;

import java.io.Serializable;

/**
 * A token with its offsets into the document text.
 *
 * @param idx 0-based position in its sentence
 * @param text the token exactly as it appears in the document (not CoreNLP's normalised form)
 * @param lemma CoreNLP's lemma, or null when only tokenisation ran
 * @param pos the Penn Treebank part-of-speech tag, or null
 * @param ner the 3-class NER label (PERSON, ORGANIZATION, LOCATION, O), or null
 */
public record Token(
    int idx, String text, int charBegin, int charEnd, String lemma, String pos, String ner)
    implements Serializable {}
