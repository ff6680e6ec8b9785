/** What a kind of delayed work implements. */
package io.ordercenter.async.task.application;
