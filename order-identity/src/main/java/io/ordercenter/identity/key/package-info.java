/**
 * The signing keys: the rotation schedule ({@link io.ordercenter.identity.key.KeyRing}), their files
 * ({@link io.ordercenter.identity.key.KeyDirectory}) and the running rotation.
 */
package io.ordercenter.identity.key;
