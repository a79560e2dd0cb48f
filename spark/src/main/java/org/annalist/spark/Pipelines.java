package org.annalist.spark;

import java.util.HashMap;
import java.util.Map;
import org.annalist.pipeline.DocumentPipeline;

/**
 * One {@link DocumentPipeline} per JVM and settings: the models load once per executor (not once per
 * task or partition) and every task thread of the executor shares them, as
 * {@link DocumentPipeline#process} is thread-safe. The driver uses it too (for the manifest's
 * checksums); in local mode driver and executor are one JVM and share the instance.
 */
final class Pipelines {
  private static final Map<PipelineSettings, DocumentPipeline> LOADED = new HashMap<>();

  private Pipelines() { }

  /** The pipeline for {@code settings}, loaded by the first caller; the others wait for it. */
  static synchronized DocumentPipeline get(PipelineSettings settings) {
    return LOADED.computeIfAbsent(settings, s -> DocumentPipeline.load(s.options()));
  }
}
