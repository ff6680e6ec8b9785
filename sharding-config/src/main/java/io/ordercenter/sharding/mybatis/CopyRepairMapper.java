package io.ordercenter.sharding.mybatis;

import org.apache.ibatis.annotations.Param;

/**
 * Re-projects the user and shop copies from the order copy, for reconciliation: each statement writes
 * the whole row unless the stored copy is at a <em>newer</em> version. Unlike {@link
 * OrderShopMapper#upsert}, an equal version is overwritten too, which repairs a copy whose version is
 * right but whose content is not; a newer copy is never taken back.
 */
public interface CopyRepairMapper {

    /**
     * Writes {@code row} as the user copy ({@code t_order_user}, by {@code user_id}) unless the stored
     * one is newer.
     *
     * @return the driver's affected-row count (0 when nothing changed)
     */
    int repairUserCopy(@Param("row") OrderRow row);

    /** Writes {@code row} as the shop copy ({@code t_order_shop}, by {@code shop_id}) unless the stored one is newer. */
    int repairShopCopy(@Param("row") OrderRow row);
}
