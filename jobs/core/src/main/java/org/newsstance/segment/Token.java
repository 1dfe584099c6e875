package org.newsstance.segment;

import java.io.Serializable;

/**
 * A token with its offsets into the document text.
 *
 * @param idx 0-based position in its sentence
 * @param text the token exactly as it appears in the document (not CoreNLP's normalised form)
 */
public record Token(int idx, String text, int charBegin, int charEnd) implements Serializable {}
