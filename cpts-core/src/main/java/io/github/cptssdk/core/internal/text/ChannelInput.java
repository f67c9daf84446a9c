package io.github.cptssdk.core.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The bytes of a file channel from an offset, by positional reads: many can share one channel. */
final class ChannelInput extends InputStream {

  private final FileChannel channel;
  private long position;

  ChannelInput(FileChannel channel, long position) {
    this.channel = channel;
    this.position = position;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = channel.read(ByteBuffer.wrap(b, off, len), position);
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }
}
