package io.github.mlpath.graph.store;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client of one request to an endpoint, which keeps the headers of its answer: they say
 * which engine answered ({@code Server}) and whether it cut the answer short while still answering
 * 200 (Virtuoso's {@code X-SPARQL-MaxRows} when {@code ResultSetMaxRows} cut it, {@code
 * X-SQL-State: S1TAT} when {@code MaxQueryExecutionTime} stopped it). Everything else is the shared
 * client's.
 */
final class AnswerHeaders extends HttpClient {
  private final HttpClient shared;
  private volatile HttpHeaders headers = HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
  private volatile Throwable brokeOff;

  AnswerHeaders(HttpClient shared) {
    this.shared = shared;
  }

  /** The {@code Server} header of the answer, if it had one. */
  Optional<String> server() {
    return headers.firstValue("Server");
  }

  /** Whether Jena Fuseki answered: it numbers its answers ({@code Fuseki-Request-Id}). */
  boolean fuseki() {
    return headers.firstValue("Fuseki-Request-Id").isPresent();
  }

  /**
   * Why the answer is short, in words, when the endpoint said it cut it, or when its body broke off
   * before the end.
   */
  Optional<String> cut() {
    Optional<String> maxRows = headers.firstValue("X-SPARQL-MaxRows");
    if (maxRows.isPresent()) {
      return Optional.of(
          "it cut its answer at "
              + maxRows.get()
              + " rows (Virtuoso's ResultSetMaxRows); raise that limit on the server");
    }
    if (headers.firstValue("X-SQL-State").filter("S1TAT"::equals).isPresent()) {
      return Optional.of(
          "it stopped the query early and sent what it had (Virtuoso's MaxQueryExecutionTime);"
              + " raise that limit on the server");
    }
    if (brokeOff != null) {
      return Optional.of("its answer broke off before the end (the connection closed)");
    }
    return Optional.empty();
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return shared.send(request, keeping(handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return shared.sendAsync(request, keeping(handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return shared.sendAsync(request, keeping(handler), push);
  }

  private <T> HttpResponse.BodyHandler<T> keeping(HttpResponse.BodyHandler<T> handler) {
    return info -> {
      headers = info.headers();
      return new Watched<>(handler.apply(info));
    };
  }

  /**
   * A body's subscriber that notes when the body broke off (the connection closed before its end).
   * A reader may take that for the end of its answer: Jena's Thrift readers do.
   */
  private final class Watched<T> implements HttpResponse.BodySubscriber<T> {
    private final HttpResponse.BodySubscriber<T> body;

    Watched(HttpResponse.BodySubscriber<T> body) {
      this.body = body;
    }

    @Override
    public CompletionStage<T> getBody() {
      return body.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      body.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      body.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      brokeOff = throwable;
      body.onError(throwable);
    }

    @Override
    public void onComplete() {
      body.onComplete();
    }
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return shared.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return shared.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return shared.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return shared.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return shared.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return shared.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return shared.authenticator();
  }

  @Override
  public Version version() {
    return shared.version();
  }

  @Override
  public Optional<Executor> executor() {
    return shared.executor();
  }
}
