package io.teamsdr.testkit.vsxi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as UTF-8, refusing malformed input instead of replacing it, and counting
 * lines as it goes. {@link java.io.InputStreamReader} would either replace bad bytes silently or
 * fail without saying where; the CSV parser reads ahead in blocks, so only the decoder knows
 * which line the bad bytes are on. A leading byte order mark is dropped.
 */
public final class StrictUtf8Reader extends Reader {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;
    private int line = 1;
    private int pending = -1;

    /**
     * Wraps a stream; the reader owns it and closes it.
     *
     * @param in UTF-8 bytes
     */
    public StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pending >= 0) {
            cbuf[off] = (char) pending;
            pending = -1;
            return 1;
        }
        if (len == 1) {
            // A supplementary character needs two chars; decode into a pair and keep the second.
            char[] pair = new char[2];
            int n = read(pair, 0, 2);
            if (n == 2) {
                pending = pair[1];
            }
            if (n > 0) {
                cbuf[off] = pair[0];
                return 1;
            }
            return n;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (!flushed) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                throw new MalformedEncodingException(line + countNewlines(cbuf, off, out.position() - off));
            }
            if (endOfInput && result.isUnderflow()) {
                decoder.flush(out);
                flushed = true;
            }
            int produced = dropByteOrderMark(cbuf, off, out.position() - off);
            out.position(off + produced);
            if (produced > 0) {
                line += countNewlines(cbuf, off, produced);
                return produced;
            }
            if (result.isUnderflow() && !endOfInput) {
                fill();
            }
        }
        return -1;
    }

    private int dropByteOrderMark(char[] cbuf, int off, int produced) {
        if (!atStart || produced == 0) {
            return produced;
        }
        atStart = false;
        if (cbuf[off] != '\uFEFF') {
            return produced;
        }
        System.arraycopy(cbuf, off + 1, cbuf, off, produced - 1);
        return produced - 1;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private static int countNewlines(char[] cbuf, int off, int len) {
        int n = 0;
        for (int i = off; i < off + len; i++) {
            if (cbuf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
