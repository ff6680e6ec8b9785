package io.ordercenter.sharding.id;

/**
 * No worker id is safely held right now, so no id may be issued (fail closed). Transient: the
 * lease keeps trying to renew or re-acquire one.
 */
public class WorkerIdUnavailableException extends RuntimeException {

    public WorkerIdUnavailableException(String message) {
        super(message);
    }
}
