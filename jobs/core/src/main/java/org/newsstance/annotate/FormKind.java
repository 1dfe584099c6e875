package org.newsstance.annotate;

/** How a surface form of the registry denotes its actor. */
public enum FormKind {
  /** Always the actor: "Iran", "Marco Rubio", "IAEA". */
  ALIAS,
  /**
   * The actor only when it acts or speaks: "Tehran", "the White House", "the Trump administration".
   */
  METONYM,
  /** The actor when used as one: "Iranian officials", "Israeli strikes", "Iranians". */
  DEMONYM
}
