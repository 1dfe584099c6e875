package org.newsstance.annotate.registry;

import java.util.Set;

/** The actor types of the registry; the prefix of every actor id. */
public final class ActorTypes {
  public static final String COUNTRY = "country";
  public static final String PERSON = "person";
  public static final String ORGANISATION = "organisation";
  public static final String ARMED_GROUP = "armed_group";
  public static final String INSTITUTION = "institution";

  public static final Set<String> ALL =
      Set.of(COUNTRY, PERSON, ORGANISATION, ARMED_GROUP, INSTITUTION);

  private ActorTypes() {}
}
