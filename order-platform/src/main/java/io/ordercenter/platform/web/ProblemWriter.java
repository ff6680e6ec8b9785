package io.ordercenter.platform.web;

import io.ordercenter.contracts.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Builds the problem+json bodies of the API (RFC 9457) with the stable {@code code} property. */
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(ErrorCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatusCode.valueOf(code.httpStatus()), detail);
        problem.setTitle(code.title());
        problem.setType(URI.create(
                "https://ordercenter.io/problems/" + code.name().toLowerCase().replace('_', '-')));
        problem.setProperty("code", code.name());
        return problem;
    }

    /** For failures raised before Spring MVC runs (the security filters). */
    public void write(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
        ProblemDetail problem = problem(code, detail);
        response.setStatus(code.httpStatus());
        response.setContentType("application/problem+json");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("code", code.name());
        json.writeValue(response.getOutputStream(), body);
    }
}
