package io.ordercenter.async.task.domain;

/** What one attempt at a task came to. */
public sealed interface TaskOutcome {

    String note();

    /** Finished: it never runs again. */
    record Done(String note) implements TaskOutcome {}

    /** Not yet: run it again after the backoff of its next attempt. */
    record RetryLater(String note) implements TaskOutcome {}

    /** It can never succeed: stop trying and raise the alarm. */
    record GiveUp(String note) implements TaskOutcome {}

    static TaskOutcome done(String note) {
        return new Done(note);
    }

    static TaskOutcome retryLater(String note) {
        return new RetryLater(note);
    }

    static TaskOutcome giveUp(String note) {
        return new GiveUp(note);
    }
}
