package io.ordercenter.deploy.stack;

/** What runs the stack's servers. */
public enum ServerRuntime {
    /** Real servers from Maven artifacts, as child processes of the launcher (no Docker needed). */
    EMBEDDED,
    /** Docker containers through Testcontainers: MySQL 8, Redis, Kafka and Elasticsearch images. */
    CONTAINERS
}
