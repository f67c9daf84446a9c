package io.github.cptssdk.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams that fail part-way, as a disk or a network does mid-read: the readers' tests of unreadable input
 * (a coded exception naming the file, never its content nor the failure's own text) share them.
 */
public final class FailingInput {

  private FailingInput() {}

  /** @return a stream giving {@code start} (UTF-8), then failing with {@code IOException("device error")} */
  public static InputStream after(String start) {
    return after(start, "device error");
  }

  /**
   * @param start what the stream gives before it fails (UTF-8)
   * @param failure the message of the {@link IOException} it then throws on every read (a test may put in it
   *     what must not reach the reader's own message)
   * @return the stream
   */
  public static InputStream after(String start, String failure) {
    return new InputStream() {
      private final InputStream head = new ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        int b = head.read();
        if (b < 0) {
          throw new IOException(failure);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = head.read(b, off, len);
        if (n < 0) {
          throw new IOException(failure);
        }
        return n;
      }
    };
  }
}
