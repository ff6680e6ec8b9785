package io.ordercenter.sharding.id;

/** Supplies the {@link WorkerGrant} under which {@link OrderIdGenerator} issues ids. */
@FunctionalInterface
public interface WorkerIdSource {

    /**
     * The grant currently held.
     *
     * @throws WorkerIdUnavailableException if no valid grant is held right now
     */
    WorkerGrant grant();

    /** A source with one never-expiring worker id: only for tests and single-instance tools. */
    static WorkerIdSource fixed(int workerId) {
        WorkerGrant grant = WorkerGrant.permanent(workerId);
        return () -> grant;
    }
}
