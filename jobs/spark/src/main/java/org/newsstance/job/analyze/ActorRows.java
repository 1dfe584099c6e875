package org.newsstance.job.analyze;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;

/** Rows of the actor_mentions table, in declared column order. */
final class ActorRows {
  private ActorRows() {}

  static List<Row> mentions(DocumentAnalysis analysis, Date date, ActorRegistry registry) {
    List<Row> rows = new ArrayList<>(analysis.mentions().size());
    for (ActorMention m : analysis.mentions()) {
      Actor actor = actor(analysis, registry, m.actorId());
      rows.add(
          RowFactory.create(
              analysis.document().docId(),
              m.paragraphIdx(),
              m.sentenceIdx(),
              m.tokenBegin(),
              m.tokenEnd(),
              m.charBegin(),
              m.charEnd(),
              m.surface(),
              m.actorId(),
              actor.name(),
              actor.type(),
              m.resolution().code(),
              m.confidence(),
              date));
    }
    return rows;
  }

  /** A registry actor, else one the document's NER discovered. */
  static Actor actor(DocumentAnalysis analysis, ActorRegistry registry, String actorId) {
    return registry.get(actorId).orElseGet(() -> analysis.discoveredActors().get(actorId));
  }
}
