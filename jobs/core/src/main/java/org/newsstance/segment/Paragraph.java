package org.newsstance.segment;

import java.io.Serializable;

/**
 * A block of a document: a body paragraph, a heading or a list item.
 *
 * @param paragraphIdx 0-based position in reading order among all blocks of the document
 * @param section the text of the heading this block stands under (a heading's section is itself),
 *     or null before the first heading
 * @param charBegin offset of the first character in the document text (inclusive)
 * @param charEnd offset after the last character (exclusive); {@code text} equals the document text
 *     between the two (list markers and surrounding white space are outside the span)
 */
public record Paragraph(
    int paragraphIdx, BlockKind kind, String section, int charBegin, int charEnd, String text)
    implements Serializable {}
