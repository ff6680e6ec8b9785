/** The reconciliation run and its ports to the order copy, the other copies, repairs and reports. */
package io.ordercenter.async.reconciliation.application;
