package org.newsstance.job.incremental;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The version of the analysis as named components, each with its own hash, so that a change is
 * judged per component: a new actor in the registry reprocesses the documents that mention it, a
 * new parser model reprocesses everything. Documents store the component hashes they were produced
 * with ({@code documents.pipeline_components}).
 */
public final class PipelineVersion implements Serializable {
  private final TreeMap<String, PipelineComponent> components;

  private PipelineVersion(TreeMap<String, PipelineComponent> components) {
    this.components = components;
  }

  public static PipelineVersion empty() {
    return new PipelineVersion(new TreeMap<>());
  }

  /** This version with one more component (or one replaced). */
  public PipelineVersion with(PipelineComponent component) {
    TreeMap<String, PipelineComponent> more = new TreeMap<>(components);
    more.put(component.name(), component);
    return new PipelineVersion(more);
  }

  /** The hook for a component known by its hash alone. */
  public PipelineVersion component(String name, String hash, Invalidation invalidation) {
    return with(PipelineComponent.of(name, hash, invalidation));
  }

  public Collection<PipelineComponent> components() {
    return components.values();
  }

  public Optional<PipelineComponent> component(String name) {
    return Optional.ofNullable(components.get(name));
  }

  /** Component name → hash, as stored per document. */
  public Map<String, String> hashes() {
    TreeMap<String, String> hashes = new TreeMap<>();
    components.forEach((name, c) -> hashes.put(name, c.hash()));
    return hashes;
  }

  /** One hash for the whole version. */
  public String hash() {
    return PipelineComponent.hashOf(hashes());
  }
}
