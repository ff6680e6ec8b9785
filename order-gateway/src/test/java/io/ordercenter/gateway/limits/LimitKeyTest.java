package io.ordercenter.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.contracts.Caller;
import io.ordercenter.contracts.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LimitKeyTest {

    @Test
    void a_user_spends_from_the_caller_bucket_of_its_subject() {
        assertThat(LimitKey.of(caller("1001", Role.USER)))
                .contains(new LimitKey("oc:gw:rl:{caller:1001}", LimitKey.Tier.CALLER));
    }

    @Test
    void merchants_and_riders_spend_from_the_caller_limit_too() {
        assertThat(LimitKey.of(caller("9003", Role.MERCHANT)).map(LimitKey::tier))
                .contains(LimitKey.Tier.CALLER);
        assertThat(LimitKey.of(caller("77", Role.RIDER)).map(LimitKey::tier)).contains(LimitKey.Tier.CALLER);
    }

    @Test
    void support_staff_have_their_own_limit_and_bucket() {
        assertThat(LimitKey.of(caller("42", Role.SUPPORT)))
                .contains(new LimitKey("oc:gw:rl:{support:42}", LimitKey.Tier.SUPPORT));
    }

    @Test
    void system_callers_are_never_limited_whatever_other_roles_they_carry() {
        assertThat(LimitKey.of(caller("order-async", Role.SYSTEM))).isEmpty();
        assertThat(LimitKey.of(new Caller("ops", Set.of(Role.SYSTEM, Role.SUPPORT), Optional.empty())))
                .isEmpty();
    }

    @Test
    void the_payment_callback_is_limited_per_client_address() {
        assertThat(LimitKey.ofCallback("10.1.2.3"))
                .isEqualTo(new LimitKey("oc:gw:rl:{callback:10.1.2.3}", LimitKey.Tier.CALLBACK));
        assertThat(LimitKey.ofCallback("10.1.2.3")).isNotEqualTo(LimitKey.ofCallback("10.1.2.4"));
    }

    @Test
    void every_key_keeps_its_caller_in_one_hash_tag_so_it_has_one_cluster_slot() {
        for (LimitKey key : new LimitKey[] {
            LimitKey.of(caller("1001", Role.USER)).orElseThrow(),
            LimitKey.of(caller("42", Role.SUPPORT)).orElseThrow(),
            LimitKey.ofCallback("::1")
        }) {
            assertThat(key.redisKey()).matches("oc:gw:rl:\\{[a-z]+:[^{}]+}");
        }
    }

    private static Caller caller(String subject, Role role) {
        return new Caller(subject, Set.of(role), Optional.empty());
    }
}
