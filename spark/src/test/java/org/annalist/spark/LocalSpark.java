package org.annalist.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local[2], no UI, bound to the loopback interface, few shuffle partitions. */
final class LocalSpark {
  private LocalSpark() { }

  static SparkSession start() {
    return SparkSession.builder().master("local[2]").appName("annalist-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config(AnnalistSparkJob.JAVA8_DATES, "true")
        .getOrCreate();
  }
}
