package io.ordercenter.sharding.algorithm;

import io.ordercenter.sharding.routing.ShardRouting;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Properties;
import org.apache.shardingsphere.sharding.api.sharding.standard.PreciseShardingValue;
import org.apache.shardingsphere.sharding.api.sharding.standard.RangeShardingValue;
import org.apache.shardingsphere.sharding.api.sharding.standard.StandardShardingAlgorithm;

/**
 * Base of our standard sharding algorithms: turns a key into a table index (0..99) with {@link
 * ShardRouting}, then into {@code ds_(index / 25)} or {@code <logic table>_<index>} depending on the
 * {@code target} property. Range conditions are refused with {@link
 * RangeShardingNotSupportedException} instead of fanning out.
 */
public abstract class ShardKeyAlgorithm implements StandardShardingAlgorithm<Comparable<?>> {

    private ShardTarget target;

    @Override
    public void init(Properties props) {
        ShardTarget parsed = ShardTarget.parse(props == null ? null : props.getProperty(ShardTarget.PROPERTY));
        if (parsed == ShardTarget.TABLE && !supportsTables()) {
            throw new IllegalArgumentException(getType() + " shards databases only");
        }
        target = parsed;
    }

    /** The table index (0..99) of a key value. */
    protected abstract int tableIndexOf(long key);

    /** Whether this algorithm may pick tables (false for database-only sharding). */
    protected boolean supportsTables() {
        return true;
    }

    /** What this instance picks; {@code null} before {@link #init(Properties)}. */
    public ShardTarget target() {
        return target;
    }

    @Override
    public String doSharding(Collection<String> availableTargetNames, PreciseShardingValue<Comparable<?>> value) {
        if (target == null) {
            throw new IllegalStateException(getType() + " was not initialised");
        }
        int index = tableIndexOf(toLong(value.getValue(), value.getLogicTableName(), value.getColumnName()));
        String name = target == ShardTarget.DATABASE
                ? ShardRouting.dataSourceName(ShardRouting.databaseOf(index))
                : ShardRouting.physicalTable(value.getLogicTableName(), index);
        if (!availableTargetNames.contains(name)) {
            throw new IllegalStateException(
                    "Routing of " + value.getLogicTableName() + "." + value.getColumnName() + "="
                            + value.getValue() + " picked " + name + ", which is not among the configured targets "
                            + availableTargetNames);
        }
        return name;
    }

    @Override
    public Collection<String> doSharding(
            Collection<String> availableTargetNames, RangeShardingValue<Comparable<?>> value) {
        throw new RangeShardingNotSupportedException(value.getLogicTableName(), value.getColumnName());
    }

    static long toLong(Object value, String table, String column) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        try {
            if (value instanceof BigInteger big) {
                return big.longValueExact();
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.longValueExact();
            }
            if (value instanceof String text) {
                return Long.parseLong(text.trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Sharding key " + table + "." + column + " is not a 64-bit integer: " + value, e);
        }
        throw new IllegalArgumentException("Sharding key " + table + "." + column + " must be an integer, got "
                + (value == null ? "NULL" : value.getClass().getName()));
    }
}
