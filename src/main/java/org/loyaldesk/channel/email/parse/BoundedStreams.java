package org.loyaldesk.channel.email.parse;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/** Streams that count and cap what passes through them. */
final class BoundedStreams {

    private BoundedStreams() {
    }

    /** Reads up to {@code limit} bytes, then reads on to the end only to count the rest. */
    static Prefix readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            int room = (int) Math.max(0, Math.min(read, limit - total));
            kept.write(buffer, 0, room);
            total += read;
        }
        return new Prefix(kept.toByteArray(), total);
    }

    record Prefix(byte[] bytes, long total) {

        boolean cut() {
            return total > bytes.length;
        }
    }

    static long drain(InputStream in) throws IOException {
        return in.transferTo(OutputStream.nullOutputStream());
    }

    /**
     * What a sink reads: counts bytes, fails once past the limit, and ignores close() because the
     * parser, not the sink, owns the message stream.
     */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;
        private boolean exceeded;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        long count() {
            return count;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (exceeded) {
                throw new PartTooLargeException(limit);
            }
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
                if (count > limit) {
                    exceeded = true;
                    throw new PartTooLargeException(limit);
                }
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
        }

        @Override
        public void close() {
        }
    }

    /** Keeps a copy of the first bytes of the message, to salvage text when its structure cannot be followed. */
    static final class Recording extends FilterInputStream {

        private final byte[] prefix;
        private int recorded;
        private long position;

        Recording(InputStream in, int size) {
            super(in);
            this.prefix = new byte[size];
        }

        long position() {
            return position;
        }

        byte[] prefix() {
            return Arrays.copyOf(prefix, recorded);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                position++;
                if (recorded < prefix.length) {
                    prefix[recorded++] = (byte) b;
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            position += Math.max(read, 0);
            if (read > 0 && recorded < prefix.length) {
                int copied = Math.min(read, prefix.length - recorded);
                System.arraycopy(buffer, offset, prefix, recorded, copied);
                recorded += copied;
            }
            return read;
        }
    }
}
