/** The local run: the launcher CLI, our services started on the stack, demo orders and development tokens. */
package io.ordercenter.deploy;
