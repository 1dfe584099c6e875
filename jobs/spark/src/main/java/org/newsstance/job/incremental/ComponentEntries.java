package org.newsstance.job.incremental;

import java.util.Map;
import java.util.Optional;

/**
 * Where the entries of earlier versions of keyed components are kept, so that a registry change can
 * be diffed against the version each document was produced with.
 */
public interface ComponentEntries {
  /** The entries of one version of a component, if they were kept. */
  Optional<Map<String, String>> load(String component, String hash);
}
