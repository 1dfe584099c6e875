package org.newsstance.score.stance;

import java.io.Serializable;

/**
 * What one actor supports or opposes, as one sentence attests it.
 *
 * @param sentenceIdx the sentence in the document (0-based)
 * @param holderActorId the actor holding the stance
 * @param targetType {@code actor}, {@code topic} or {@code phrase}
 * @param targetId the target's actor id or topic id; null for a phrase
 * @param targetText the target as the sentence words it
 * @param stance {@code support} or {@code oppose}: a cue without a clear polarity gives no row
 * @param score -1 (opposes) .. +1 (supports)
 * @param confidence how sure the extraction is (0..1), from the method and the holder's mention
 * @param cue the predicate or noun carrying the stance
 * @param evidenceCharBegin document offset where the evidence (the sentence) begins
 * @param evidenceCharEnd document offset after the evidence
 * @param method how the holder was found: {@code dependency_subject}, {@code passive_agent}, {@code
 *     reported_speech}, {@code possessive_noun} or {@code actor_act}
 */
public record ActorStance(
    int paragraphIdx,
    int sentenceIdx,
    String holderActorId,
    String targetType,
    String targetId,
    String targetText,
    String stance,
    double score,
    double confidence,
    String cue,
    int evidenceCharBegin,
    int evidenceCharEnd,
    String method)
    implements Serializable {}
