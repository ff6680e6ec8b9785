package io.ordercenter.query.platform.paging;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-proof page cursors.
 *
 * <p>A cursor is base64url (no padding) of {@code version (1 byte) | createdAt epoch millis (8) |
 * orderId (8) | MAC (16)}, where the MAC is HMAC-SHA256 under a server-side key, truncated to 128
 * bits, over the first 17 bytes <em>and the query the cursor belongs to</em> (its scope, owner and
 * filters). So a cursor that was forged, altered, or taken from another query (another user, shop,
 * status or time window) fails verification and is answered with 400 — it never starts a scan at a
 * position the client chose. The key comes from configuration; rotating it only invalidates the
 * cursors in flight.
 */
public final class CursorCodec {

    private static final byte VERSION = 1;
    private static final int BODY_BYTES = 1 + 8 + 8;
    private static final int MAC_BYTES = 16;
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public CursorCodec(String secret) {
        byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the cursor key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The cursor of the page after {@code last}, valid only for the query described by {@code query}. */
    public String encode(Position last, String query) {
        ByteBuffer token = ByteBuffer.allocate(BODY_BYTES + MAC_BYTES);
        token.put(VERSION).putLong(last.createdAt().toEpochMilli()).putLong(last.orderId());
        token.put(mac(Arrays.copyOf(token.array(), BODY_BYTES), query));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /**
     * The position a cursor continues after, or {@code null} for no cursor (the first page).
     *
     * @throws NonTransient {@code VALIDATION_FAILED} naming {@code cursor} if it is malformed, was
     *     altered, or belongs to another query
     */
    public Position decode(String cursor, String query) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (token.length != BODY_BYTES + MAC_BYTES || token[0] != VERSION) {
            throw invalid();
        }
        byte[] body = Arrays.copyOf(token, BODY_BYTES);
        byte[] mac = Arrays.copyOfRange(token, BODY_BYTES, token.length);
        if (!MessageDigest.isEqual(mac, mac(body, query))) {
            throw invalid();
        }
        ByteBuffer fields = ByteBuffer.wrap(body, 1, 16);
        long millis = fields.getLong();
        long orderId = fields.getLong();
        return new Position(Instant.ofEpochMilli(millis), orderId);
    }

    /**
     * The page of the first {@code limit} of {@code rows}, which were read with a limit of {@code
     * limit + 1}: the extra row, if there is one, only tells that a next page exists, so {@code
     * nextCursor} is null exactly on the last page.
     */
    public <T> Page<T> page(List<T> rows, int limit, Function<T, Position> positionOf, String query) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, encode(positionOf.apply(items.get(limit - 1)), query));
    }

    private byte[] mac(byte[] body, String query) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(body);
            hmac.update(query.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hmac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static NonTransient invalid() {
        return new NonTransient(
                ErrorCode.VALIDATION_FAILED, "cursor: is not a cursor of this query; start again without one");
    }
}
