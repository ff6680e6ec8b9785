package io.ordercenter.query.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.NonTransient;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private static final String QUERY = "user:1001|status=|from=|to=";
    private final CursorCodec codec = new CursorCodec("a-test-key-of-at-least-thirty-two-bytes!");
    private final Position position = new Position(Instant.parse("2026-06-01T11:00:00.123Z"), 4_567_890_123L);

    @Test
    void a_cursor_leads_back_to_its_position_for_the_same_query() {
        String cursor = codec.encode(position, QUERY);
        assertThat(codec.decode(cursor, QUERY)).isEqualTo(position);
        assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain("4567890123");
    }

    @Test
    void no_cursor_means_the_first_page() {
        assertThat(codec.decode(null, QUERY)).isNull();
        assertThat(codec.decode("", QUERY)).isNull();
    }

    @Test
    void an_altered_cursor_is_refused() {
        byte[] token = Base64.getUrlDecoder().decode(codec.encode(position, QUERY));
        for (int i = 0; i < token.length; i++) {
            byte[] altered = token.clone();
            altered[i] ^= 0x01;
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertRefused(() -> codec.decode(forged, QUERY));
        }
    }

    @Test
    void a_cursor_of_another_query_is_refused() {
        String cursor = codec.encode(position, QUERY);
        assertRefused(() -> codec.decode(cursor, "user:1002|status=|from=|to="));
        assertRefused(() -> codec.decode(cursor, "user:1001|status=PAID|from=|to="));
    }

    @Test
    void a_cursor_signed_with_another_key_is_refused() {
        String cursor = new CursorCodec("another-key-of-at-least-thirty-two-bytes").encode(position, QUERY);
        assertRefused(() -> codec.decode(cursor, QUERY));
    }

    @Test
    void garbage_is_refused() {
        for (String garbage : List.of("x", "not base64 at all!", "AAAA", "eyJjcmVhdGVkQXQiOjB9")) {
            assertRefused(() -> codec.decode(garbage, QUERY));
        }
    }

    @Test
    void a_short_key_is_rejected_at_start_up() {
        assertThatThrownBy(() -> new CursorCodec("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_page_has_a_next_cursor_only_when_an_extra_row_was_found() {
        List<Position> rows = List.of(
                new Position(Instant.ofEpochMilli(3), 3),
                new Position(Instant.ofEpochMilli(2), 2),
                new Position(Instant.ofEpochMilli(1), 1));
        Page<Position> full = codec.page(rows, 2, p -> p, QUERY);
        assertThat(full.items()).containsExactly(rows.get(0), rows.get(1));
        assertThat(codec.decode(full.nextCursor(), QUERY)).isEqualTo(rows.get(1));

        Page<Position> last = codec.page(rows, 3, p -> p, QUERY);
        assertThat(last.items()).hasSize(3);
        assertThat(last.nextCursor()).isNull();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(NonTransient.class)
                .satisfies(e -> assertThat(((NonTransient) e).code()).isEqualTo(ErrorCode.VALIDATION_FAILED))
                .hasMessageStartingWith("cursor:");
    }
}
