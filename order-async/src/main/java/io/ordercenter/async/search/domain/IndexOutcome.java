package io.ordercenter.async.search.domain;

import java.util.Objects;

/** What writing one order to the search index did. */
public record IndexOutcome(Kind kind, String reason) {

    public enum Kind {
        /** The document is now at this version. */
        INDEXED,
        /** The index already holds this version or a newer one (a replay or a late event): nothing to do. */
        ALREADY_NEWER,
        /** The index refuses the document for good (e.g. it does not fit the mapping). */
        REJECTED
    }

    public IndexOutcome {
        Objects.requireNonNull(kind, "kind");
    }

    public static IndexOutcome indexed() {
        return new IndexOutcome(Kind.INDEXED, null);
    }

    public static IndexOutcome alreadyNewer() {
        return new IndexOutcome(Kind.ALREADY_NEWER, null);
    }

    public static IndexOutcome rejected(String reason) {
        return new IndexOutcome(Kind.REJECTED, reason);
    }
}
