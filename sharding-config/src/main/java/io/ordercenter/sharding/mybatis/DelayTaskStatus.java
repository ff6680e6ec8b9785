package io.ordercenter.sharding.mybatis;

/** The life of a delayed task: waiting (or leased to a worker), finished, or given up. */
public enum DelayTaskStatus {
    PENDING,
    DONE,
    DEAD
}
