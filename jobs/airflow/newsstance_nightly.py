"""Nightly newsstance run on a Spark cluster, for Apache Airflow 2.4+ or 3.

Copy this file into your DAGs folder. It needs the apache-airflow-providers-apache-spark package
and a Spark connection (`spark_default`, or set NEWSSTANCE_SPARK_CONN) pointing at the cluster
master (yarn, spark://host:7077, k8s://...), with spark-submit on the worker's PATH.

Paths come from Airflow Variables, with defaults:
  newsstance_app_jar     jobs/spark/target/newsstance-spark-0.1.0-SNAPSHOT-app.jar, on shared storage
  newsstance_models_jar  jobs/models/target/newsstance-models-0.1.0-SNAPSHOT.jar, travels with --jars
  newsstance_input       the corpus folder (hdfs://, s3a://, or a path every node sees)
  newsstance_output      the output folder; dashboards read OUTPUT/current/TABLE (or _CURRENT)

What makes a nightly schedule safe (README, "Nightly runs"):
  - runs are incremental and idempotent: a retry after a failure redoes only what was not published;
  - a run killed at any moment leaves the published tables intact, and the next run recovers;
  - a second run on the same output exits 75 (locked). SparkSubmitOperator reports any non-zero exit
    as a failure, so retries with a delay cover both a lock held by a slow run and a transient fault;
    max_active_runs=1 keeps Airflow itself from starting two. It cannot tell those exits from a
    bad option (2), a missing input (66) or a feed whose every record was quarantined (65: the
    tables are published, and a retry publishes the same again), which retries repeat to no avail:
    the task log shows the job's own error (what, why, fix) for each.
"""

import os
from datetime import timedelta

import pendulum
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

try:  # Airflow 3
    from airflow.sdk import DAG
except ImportError:  # Airflow 2
    from airflow import DAG


def _var(name, default):
    # A template, rendered when the task runs: no metadata-database access while the DAG is parsed.
    return "{{ var.value.get('%s', '%s') }}" % (name, default)


with DAG(
    dag_id="newsstance_nightly",
    description="Incremental newsstance run: new and changed articles only, atomic publication",
    schedule="30 2 * * *",  # 02:30 UTC, after the day's articles have landed
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,  # every run processes the whole corpus incrementally; missed nights need no replay
    max_active_runs=1,
    default_args={
        "owner": "newsstance",
        "retries": 3,
        "retry_delay": timedelta(minutes=20),
        "execution_timeout": timedelta(hours=6),
    },
    tags=["newsstance", "nlp"],
) as dag:
    SparkSubmitOperator(
        task_id="newsstance_run",
        conn_id=os.environ.get("NEWSSTANCE_SPARK_CONN", "spark_default"),
        application=_var(
            "newsstance_app_jar", "jobs/spark/target/newsstance-spark-0.1.0-SNAPSHOT-app.jar"
        ),
        java_class="org.newsstance.cli.Main",
        jars=_var(
            "newsstance_models_jar", "jobs/models/target/newsstance-models-0.1.0-SNAPSHOT.jar"
        ),
        application_args=[
            "run",
            "--input",
            _var("newsstance_input", "/data/news"),
            "--output",
            _var("newsstance_output", "/data/newsstance"),
        ],
        # Sizing as README "Memory per executor, and why": the models once per executor JVM
        # (its heap peaks at 2.5-2.7 GB with one task), ~0.75 GB more per extra task thread,
        # Spark's default container overhead; the driver only plans and counts.
        conf={
            "spark.sql.session.timeZone": "UTC",
            "spark.executor.extraJavaOptions": "-XX:CompileThresholdScaling=10",
        },
        driver_memory="1g",
        executor_memory="3750m",
        executor_cores=2,
        name="newsstance-nightly",
        verbose=False,
    )
