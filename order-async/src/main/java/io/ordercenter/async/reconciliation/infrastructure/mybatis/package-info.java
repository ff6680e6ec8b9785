/** The order, user and shop copies as reconciliation reads them. */
package io.ordercenter.async.reconciliation.infrastructure.mybatis;
