package io.github.mlpath.graph.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import javax.net.ssl.SSLException;

/** What an endpoint's failure was, in words for the one-line error, never a Java class name. */
final class AnswerWords {
  private AnswerWords() {}

  /** What went wrong on the network, in words, never a Java class name. */
  static String inWords(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof HttpConnectTimeoutException) {
        return "no connection in time";
      }
      if (c instanceof ConnectException) {
        return "connection refused";
      }
      if (c instanceof UnknownHostException) {
        return "unknown host";
      }
      if (c instanceof SSLException) {
        return "TLS handshake failed";
      }
      if (c instanceof java.nio.channels.ClosedChannelException
          || c instanceof java.io.EOFException) {
        return "the connection closed before an answer";
      }
    }
    return "no usable answer";
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
