/**
 * Annalist as an Apache Spark job, for corpora beyond one machine.
 *
 * <p>{@link org.annalist.spark.AnnalistSparkJob} is a list of named steps over the pipeline module:
 * {@link org.annalist.spark.Corpus} lists and reads the documents (InputCollector's rules, DocIds'
 * ids), {@link org.annalist.spark.Extraction} runs the pipeline's {@code DocumentPipeline} in
 * partitions (one per executor JVM, {@link org.annalist.spark.Pipelines}),
 * {@link org.annalist.spark.Aggregation} runs {@code aggregate.sql} (the embedded store's statements
 * in Spark's dialect), {@link org.annalist.spark.TableFiles} writes Parquet and CSV. The schemas come
 * from the model's {@code DatasetSchema} ({@link org.annalist.spark.SparkTypes}); the CSV records,
 * the data package and the manifest from the export module's writers. Nothing here extracts or
 * aggregates on its own terms: the tests hold every table equal to the embedded run's. The module
 * is built only with the Maven profile {@code spark}, and nothing else depends on it.
 */
package org.annalist.spark;
