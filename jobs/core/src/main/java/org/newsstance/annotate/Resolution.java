package org.newsstance.annotate;

import java.util.Locale;

/**
 * How a mention was linked to its actor, in the order the resolver tries them, with the confidence
 * each earns. The figures rank the methods by how often they are right on news text (registry
 * aliases almost always; coreference least), so that aggregation can weigh mentions.
 */
public enum Resolution {
  /** A registry alias: "Iran", "US", "Marco Rubio". */
  REGISTRY_ALIAS(0.95),
  /**
   * A capital or seat of government that acts or speaks: "Tehran views", "Washington's demands".
   */
  METONYMY(0.85),
  /** A demonym used as an actor: "Iranian officials", "Israeli strikes", "Iranians". */
  DEMONYM(0.8),
  /** A name CoreNLP's NER found that the registry lacks; the actor id comes from the name. */
  NER(0.75),
  /** A shorter form of a name used earlier or later in the same document: "Araghchi". */
  NAME_MERGE(0.85),
  /** A surname alone that only one person of the registry bears: "Khamenei". */
  REGISTRY_SURNAME(0.7),
  /**
   * A pronoun or nominal that CoreNLP's coreference links to an actor's mention: "he", "the envoy".
   */
  COREF(0.6);

  private final double confidence;

  Resolution(double confidence) {
    this.confidence = confidence;
  }

  public double confidence() {
    return confidence;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
