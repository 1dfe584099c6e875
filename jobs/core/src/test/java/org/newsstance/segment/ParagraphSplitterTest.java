package org.newsstance.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.testing.ProjectFiles;

class ParagraphSplitterTest {
  private final ParagraphSplitter blankLines = new ParagraphSplitter(ParagraphMode.BLANK_LINE);

  @Test
  void seedArticleHas28BlocksOf13Body7HeadingAnd8ListItems() {
    String text = ProjectFiles.read(ProjectFiles.seedArticle());
    List<Paragraph> blocks = blankLines.split(text);

    assertThat(blocks).hasSize(28);
    assertThat(blocks).filteredOn(p -> p.kind() == BlockKind.BODY).hasSize(13);
    assertThat(blocks).filteredOn(p -> p.kind() == BlockKind.HEADING).hasSize(7);
    assertThat(blocks).filteredOn(p -> p.kind() == BlockKind.LIST_ITEM).hasSize(8);
    assertThat(blocks)
        .extracting(Paragraph::paragraphIdx)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 28).boxed().toList());
    assertThat(blocks)
        .filteredOn(p -> p.kind() == BlockKind.HEADING)
        .extracting(Paragraph::text)
        .containsExactly(
            "Diplomacy Under the Shadow of the Abraham Lincoln",
            "The Oman Standoff",
            "Field Notes on Negotiating Power",
            "The Ghost of June 2025",
            "Strategic Stability and the Failsafe",
            "A Decade of Disruption",
            "Tested Reality");
  }

  @Test
  void eachHeadingIsTheSectionOfTheBlocksUnderIt() {
    List<Paragraph> blocks = blankLines.split(ProjectFiles.read(ProjectFiles.seedArticle()));
    String current = null;
    for (Paragraph block : blocks) {
      if (block.kind() == BlockKind.HEADING) {
        current = block.text();
      }
      assertThat(block.section())
          .as("section of block %d", block.paragraphIdx())
          .isEqualTo(current);
    }
    assertThat(blocks.get(0).section()).isNull();
    assertThat(blocks.get(6).text()).startsWith("Venue Pivot:");
    assertThat(blocks.get(6).section()).isEqualTo("The Oman Standoff");
  }

  @Test
  void offsetsSliceBackToTheStoredText() {
    String text = ProjectFiles.read(ProjectFiles.seedArticle());
    for (Paragraph block : blankLines.split(text)) {
      assertThat(text.substring(block.charBegin(), block.charEnd())).isEqualTo(block.text());
      assertThat(block.text()).isEqualTo(block.text().strip()).doesNotStartWith("\u2022");
    }
  }

  @Test
  void listMarkersAndContinuationLines() {
    String text = "Intro line one.\n- first item\n  continues here\n2. second item\n\n* third";
    List<Paragraph> blocks = blankLines.split(text);
    assertThat(blocks)
        .extracting(Paragraph::kind, Paragraph::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.BODY, "Intro line one."),
            org.assertj.core.groups.Tuple.tuple(
                BlockKind.LIST_ITEM, "first item\n  continues here"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "second item"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, "third"));
  }

  @Test
  void headingNeedsToBeShortAloneAndUnpunctuated() {
    assertThat(ParagraphSplitter.isHeading("The Oman Standoff")).isTrue();
    assertThat(ParagraphSplitter.isHeading("Can diplomacy win the day?")).isFalse();
    assertThat(ParagraphSplitter.isHeading("It ended.")).isFalse();
    assertThat(ParagraphSplitter.isHeading("He said \u201Cno.\u201D")).isFalse();
    assertThat(ParagraphSplitter.isHeading("2026")).isFalse();
    assertThat(
            ParagraphSplitter.isHeading(
                "a very long line without any punctuation that goes on and on well past fourteen words in total"))
        .isFalse();
  }

  @Test
  void windowsLineEndingsKeepOffsetsExact() {
    String text = "Title Here\r\n\r\nFirst paragraph, line one\r\nline two.\r\n\r\nSecond.";
    List<Paragraph> blocks = blankLines.split(text);
    assertThat(blocks)
        .extracting(Paragraph::kind)
        .containsExactly(BlockKind.HEADING, BlockKind.BODY, BlockKind.BODY);
    for (Paragraph block : blocks) {
      assertThat(text.substring(block.charBegin(), block.charEnd())).isEqualTo(block.text());
    }
    assertThat(blocks.get(1).text()).isEqualTo("First paragraph, line one\r\nline two.");
  }

  @Test
  void lineModeMakesEveryNonBlankLineABodyParagraph() {
    String text = "Short title\n First para.\n Second para\n";
    List<Paragraph> blocks = new ParagraphSplitter(ParagraphMode.LINE).split(text);
    assertThat(blocks).extracting(Paragraph::kind).containsOnly(BlockKind.BODY);
    assertThat(blocks)
        .extracting(Paragraph::text)
        .containsExactly("Short title", "First para.", "Second para");
    assertThat(blocks).extracting(Paragraph::section).containsOnlyNulls();
  }
}
