package io.ordercenter.gateway.retry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;

/** How far a failed attempt got: whether the instance may have received the request. */
public enum Delivery {
    /** No connection was made (refused, unreachable, connect timeout): nothing was sent. */
    NOT_SENT,
    /** The connection failed after the request was (perhaps partly) sent: it may have taken effect. */
    SENT;

    /** The delivery a transport failure stands for; empty when the failure is not one of transport. */
    public static Optional<Delivery> of(Throwable failure) {
        boolean transport = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof HttpConnectTimeoutException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                return Optional.of(NOT_SENT);
            }
            if (t instanceof IOException) {
                transport = true;
            }
        }
        return transport ? Optional.of(SENT) : Optional.empty();
    }
}
