/** The admin endpoint of the reconciliation (SUPPORT only). */
package io.ordercenter.async.reconciliation.web;
