package io.github.mlpath.cli.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as JSON, {@code {"error": "..."}}, with the {@link SecurityHeaders}: for
 * errors Fuseki and servlets raise with {@code sendError} and for requests Jetty refuses before any
 * servlet (a URI too long, bad headers). Never HTML, never a stack trace or a class name.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    byte[] body = ErrorAnswer.body(ErrorAnswer.userMessage(code, message));
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.apply(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.apply(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    return ByteBuffer.wrap(ErrorAnswer.body(ErrorAnswer.userMessage(status, reason)));
  }
}
