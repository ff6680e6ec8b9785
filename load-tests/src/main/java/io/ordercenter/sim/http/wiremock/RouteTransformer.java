package io.ordercenter.sim.http.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ordercenter.sim.http.Call;
import io.ordercenter.sim.http.Dispatcher;
import io.ordercenter.sim.http.Json;
import io.ordercenter.sim.http.Query;
import io.ordercenter.sim.http.Reply;
import io.ordercenter.sim.http.Route;
import io.ordercenter.sim.http.Routes;
import java.util.Map;

/**
 * Turns a matched stub into the simulator's answer: finds the stub's route, runs it through the
 * {@link Dispatcher}, and returns the reply with the injected latency as WireMock's fixed delay (which,
 * with asynchronous responses on, holds no server thread while it waits).
 */
final class RouteTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "order-center-route";
    static final String ROUTE_PARAMETER = "route";

    private final Routes routes;
    private final Dispatcher dispatcher;

    RouteTransformer(Routes routes, Dispatcher dispatcher) {
        this.routes = routes;
        this.dispatcher = dispatcher;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Only the stubs that name this transformer. */
    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String routeId = serveEvent.getTransformerParameters().getString(ROUTE_PARAMETER);
        Route route = routes.byId(routeId).orElseThrow(() -> new IllegalStateException("no route " + routeId));
        LoggedRequest request = serveEvent.getRequest();
        String url = request.getUrl();
        int queryStart = url.indexOf('?');
        String path = queryStart < 0 ? url : url.substring(0, queryStart);
        String rawQuery = queryStart < 0 ? "" : url.substring(queryStart + 1);
        Map<String, String> variables = route.path().match(path).orElse(Map.of());

        Dispatcher.Outcome outcome =
                dispatcher.dispatch(route, new Call(variables, Query.parse(rawQuery), request.getBody()));
        return toDefinition(outcome.reply(), outcome.delayMillis());
    }

    static ResponseDefinition toDefinition(Reply reply, int delayMillis) {
        ResponseDefinitionBuilder response =
                ResponseDefinitionBuilder.responseDefinition().withStatus(reply.status());
        reply.headers().forEach(response::withHeader);
        if (reply.body() != null) {
            response.withHeader("Content-Type", "application/json").withBody(Json.write(reply.body()));
        }
        if (delayMillis > 0) {
            response.withFixedDelay(delayMillis);
        }
        return response.build();
    }
}
