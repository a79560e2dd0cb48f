/**
 * The pipeline API that both runners call.
 *
 * <p>{@link org.annalist.pipeline.DocumentPipeline} turns one document into its fact rows (read,
 * extract, per-document transform) with models loaded once; {@link org.annalist.pipeline.InputCollector}
 * lists a corpus with stable document ids ({@link org.annalist.pipeline.DocIds});
 * {@link org.annalist.pipeline.BatchRun} streams a corpus through the pipeline into a
 * {@link org.annalist.model.FactSink} (the embedded store). The Spark job calls the same
 * {@code DocumentPipeline} in its partitions; neither runner holds a copy of extraction logic, and
 * nothing here depends on the command line or on a storage engine.
 */
package org.annalist.pipeline;
