package io.ordercenter.sharding.mybatis;

import io.ordercenter.sharding.routing.ShardRouting;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims and finishes the delayed tasks of the four {@code t_delay_task} tables, one per database,
 * on the plain data sources.
 *
 * <p>A worker {@linkplain #claimDue claims} due tasks in one short transaction: {@code SELECT .. FOR
 * UPDATE SKIP LOCKED} on the {@code (status, due_at)} index (so workers on other instances take other
 * rows and nothing is scanned), then a lease that moves {@code due_at} to the end of the lease and
 * counts the attempt. If the worker dies, the task falls due again when its lease ends: nothing is
 * lost across restarts. The attempt count is the claim's fencing token: {@link #markDone}, {@link
 * #reschedule} and {@link #markDead} only apply while the task is still pending under that attempt,
 * so a worker whose lease ran out cannot overwrite a newer claim's outcome. The claim runs in {@code
 * READ COMMITTED}, which takes no gap locks, so it never delays a service inserting new tasks.
 */
public final class DelayTaskStore {

    private final List<DelayTaskQueueMapper> mappers;
    private final List<TransactionTemplate> transactions;

    /** @param databases the plain data sources of {@code ds_0} .. {@code ds_3}, in order */
    public DelayTaskStore(List<? extends DataSource> databases, Duration statementTimeout) {
        if (databases.size() != ShardRouting.DATABASES) {
            throw new IllegalArgumentException("Expected " + ShardRouting.DATABASES + " databases");
        }
        this.mappers = databases.stream()
                .map(db -> ShardingMyBatis.physical(db, statementTimeout, DelayTaskQueueMapper.class)
                        .mapper(DelayTaskQueueMapper.class))
                .toList();
        this.transactions = databases.stream()
                .map(db -> {
                    TransactionTemplate template = new TransactionTemplate(new JdbcTransactionManager(db));
                    template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
                    template.setTimeout((int) Math.max(1, statementTimeout.toSeconds()));
                    return template;
                })
                .toList();
    }

    /** The database (0..3) whose {@code t_delay_task} holds the tasks of {@code orderId}. */
    public static int databaseOf(long orderId) {
        return ShardRouting.databaseOf(ShardRouting.shardOfOrder(orderId));
    }

    /**
     * Claims up to {@code limit} tasks of {@code database} that are due at {@code now}, earliest first,
     * and leases them until {@code now + lease}. Each comes back as it fell due ({@code dueAt} is when
     * it was due, to measure how late it runs) with its attempt count, the claim's token, raised by one.
     */
    public List<DelayTaskRow> claimDue(int database, Instant now, Duration lease, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        Instant leaseUntil = at.plus(lease);
        DelayTaskQueueMapper mapper = mapper(database);
        List<DelayTaskRow> claimed = transactions.get(database).execute(status -> {
            List<DelayTaskRow> due = mapper.selectDueForUpdate(at, limit);
            if (!due.isEmpty()) {
                mapper.lease(due.stream().map(DelayTaskRow::id).toList(), leaseUntil, at);
            }
            return due;
        });
        return claimed.stream()
                .map(row -> new DelayTaskRow(
                        row.id(),
                        row.kind(),
                        row.orderId(),
                        row.ref(),
                        row.dueAt(),
                        row.status(),
                        row.attempts() + 1,
                        row.lastError(),
                        row.createdAt(),
                        at))
                .toList();
    }

    /** Marks a claimed task done; false if the claim was lost meanwhile (the lease ran out and it was claimed again). */
    public boolean markDone(int database, DelayTaskRow claimed, Instant now) {
        return mapper(database).markDone(claimed.id(), claimed.attempts(), now) == 1;
    }

    /** Puts a claimed task back, due at {@code dueAt}, noting why this attempt failed; false if the claim was lost. */
    public boolean reschedule(int database, DelayTaskRow claimed, Instant dueAt, String error, Instant now) {
        return mapper(database).reschedule(claimed.id(), claimed.attempts(), dueAt, DelayTaskRow.truncate(error), now)
                == 1;
    }

    /** Gives a claimed task up for good (it will never run again); false if the claim was lost. */
    public boolean markDead(int database, DelayTaskRow claimed, String error, Instant now) {
        return mapper(database).markDead(claimed.id(), claimed.attempts(), DelayTaskRow.truncate(error), now) == 1;
    }

    /** One task of {@code database} by id. */
    public Optional<DelayTaskRow> find(int database, long id) {
        return Optional.ofNullable(mapper(database).selectById(id));
    }

    /** Pending tasks of one kind in {@code database} that have been attempted at least {@code minAttempts} times. */
    public long countPending(int database, DelayTaskKind kind, int minAttempts) {
        return mapper(database).countPending(Objects.requireNonNull(kind, "kind"), minAttempts);
    }

    /** Deletes up to {@code limit} finished tasks of {@code database} last due before {@code before}; returns how many. */
    public int purgeDone(int database, Instant before, int limit) {
        return mapper(database).purgeDone(before, limit);
    }

    private DelayTaskQueueMapper mapper(int database) {
        return mappers.get(Objects.checkIndex(database, ShardRouting.DATABASES));
    }
}
