package io.ordercenter.sharding.mybatis;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Maps {@link Instant} to a {@code DATETIME(3)} column holding UTC, independent of the JVM and
 * session time zones.
 *
 * <p>Writes a {@link LocalDateTime} in UTC. Reads with {@code getTimestamp(column, UTC calendar)}, so
 * the driver builds the instant from the stored fields in UTC, whatever the JVM's zone (a UTC time that
 * falls into the JVM zone's daylight-saving gap survives; {@code MappersIT} checks it). Avoided: {@code
 * getObject(column, LocalDateTime.class)}, which ShardingSphere 5.5.2's stream result answers with a
 * plain {@code getObject(column)}, i.e. the driver's {@code Timestamp} in the JVM's zone; and {@code
 * getString}, which in MariaDB Connector/J 3.5.10 drops leading zeros of the fraction ({@code .001}
 * reads as {@code .1000}).
 */
public final class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Instant parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setObject(i, LocalDateTime.ofInstant(parameter, ZoneOffset.UTC));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toInstant(rs.getTimestamp(columnName, utcCalendar()));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toInstant(rs.getTimestamp(columnIndex, utcCalendar()));
    }

    @Override
    public Instant getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toInstant(cs.getTimestamp(columnIndex, utcCalendar()));
    }

    private static Calendar utcCalendar() {
        return Calendar.getInstance(UTC);
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
