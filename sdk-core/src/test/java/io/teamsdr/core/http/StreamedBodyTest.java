package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.requestMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.core.testing.RawServer;
import io.teamsdr.core.testing.Sequence;
import io.teamsdr.core.testing.TestClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Bodies too big to hold: generated uploads, file uploads, and downloads to files and streams. */
class StreamedBodyTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private Transport transport;

    @BeforeEach
    void setUp() {
        transport = TestClient.against(server).build();
    }

    @AfterEach
    void tearDown() {
        transport.close();
    }

    private static RequestSpec.Builder upload() {
        return RequestSpec.builder(HttpMethod.PUT, "/teams/draft/update/users");
    }

    /** Size and checksum of what the server received, worked out as it arrived. */
    private static final class ReceivedBody {
        final AtomicLong size = new AtomicLong(-1);
        final AtomicLong crc = new AtomicLong();
        final AtomicReference<String> contentLength = new AtomicReference<>();
        final AtomicReference<String> transferEncoding = new AtomicReference<>();

        MatchResult match(Request request) {
            byte[] body = request.getBody();
            CRC32 checksum = new CRC32();
            checksum.update(body);
            size.set(body.length);
            crc.set(checksum.getValue());
            contentLength.set(request.getHeader("Content-Length"));
            transferEncoding.set(request.getHeader("Transfer-Encoding"));
            return MatchResult.exactMatch();
        }
    }

    @Test
    void generated50MegabyteBodyIsSentWhole() {
        ReceivedBody received = new ReceivedBody();
        server.stubFor(requestMatching(received::match).willReturn(ok()));
        long total = 50L * 1024 * 1024;
        CRC32 sentChecksum = new CRC32();
        BodyWriter writer = out -> {
            // One 64 KiB block at a time: the test never holds the body either.
            Random random = new Random(42);
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < total; written += block.length) {
                random.nextBytes(block);
                sentChecksum.update(block);
                out.write(block);
            }
        };

        int status = transport.send(upload().body(RequestBody.writer(writer, "application/octet-stream", false)).build(),
                ResponseHandler.status());

        assertThat(status).isEqualTo(200);
        assertThat(received.size.get()).isEqualTo(total);
        assertThat(received.crc.get()).isEqualTo(sentChecksum.getValue());
        assertThat(received.contentLength.get()).as("streamed, so no length is known up front").isNull();
        assertThat(received.transferEncoding.get()).isEqualTo("chunked");
    }

    @Test
    void writerFailingMidStreamSurfacesThatExactException() {
        server.stubFor(any(anyUrl()).willReturn(ok()));
        ValidationException invalidRow = new ValidationException(
                List.of(new Violation("line 12: did", "0032", "E.164 number: '+' and 2..15 digits")));
        AtomicInteger runs = new AtomicInteger();
        BodyWriter writer = out -> {
            runs.incrementAndGet();
            byte[] row = "1001,alice,***,+3212345678\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40_000; i++) {
                out.write(row);
            }
            throw invalidRow;
        };

        Throwable failure = catchThrowable(() -> transport.send(
                upload().body(RequestBody.writer(writer, RequestBody.CSV, true)).build(), ResponseHandler.status()));

        assertThat(failure).isSameAs(invalidRow);
        assertThat(runs).as("a writer failure is not retried").hasValue(1);
        assertThat(transport.send(RequestSpec.builder(HttpMethod.GET, "/after").build(), ResponseHandler.status()))
                .as("the client still works").isEqualTo(200);
    }

    @Test
    void writerIoFailureIsReportedAsTheWritersNotTheNetworksAndNotRetried() {
        server.stubFor(put(anyUrl()).willReturn(ok()));
        AtomicInteger runs = new AtomicInteger();
        BodyWriter writer = out -> {
            runs.incrementAndGet();
            out.write(new byte[100_000]);
            throw new IOException("users.csv: disk read error");
        };

        TeamsdrException failure = catchThrowableOfType(TeamsdrException.class, () -> transport.send(
                upload().body(RequestBody.writer(writer, RequestBody.CSV, true)).build(), ResponseHandler.status()));

        assertThat(failure).isNotInstanceOf(TransportException.class)
                .hasMessageContaining("PUT /teams/draft/update/users")
                .hasMessageContaining("body writer failed")
                .hasMessageContaining("users.csv: disk read error")
                .hasRootCauseMessage("users.csv: disk read error");
        assertThat(runs).hasValue(1);
    }

    @Test
    void writerRuntimeFailureIsRethrownAsIs() {
        server.stubFor(put(anyUrl()).willReturn(ok()));
        IllegalStateException bug = new IllegalStateException("caller's bug");

        Throwable failure = catchThrowable(() -> transport.send(upload().body(RequestBody.writer(out -> {
            out.write(1);
            throw bug;
        }, RequestBody.CSV, true)).build(), ResponseHandler.status()));

        assertThat(failure).isSameAs(bug);
    }

    @Test
    void fileBodyIsSentAndResentWholeOnRetry() throws IOException {
        Sequence.respond(server, () -> put(anyUrl()), aResponse().withStatus(503), ok());
        Path csv = dir.resolve("users.csv");
        byte[] content = "tenantId,sipUser,sipPassword,did\n1001,alice,pw,+3212345678\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Files.write(csv, content);

        transport.send(upload().body(RequestBody.file(csv, RequestBody.CSV)).build(), ResponseHandler.status());

        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(2);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.getBody()).isEqualTo(content);
            assertThat(request.getHeader("Content-Type")).isEqualTo("text/csv; charset=utf-8");
            assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(content.length));
        });
    }

    @Test
    void missingFileFailsBeforeSending() {
        Path missing = dir.resolve("missing.csv");

        TeamsdrException failure = catchThrowableOfType(TeamsdrException.class, () ->
                transport.send(upload().body(RequestBody.file(missing, RequestBody.CSV)).build(), ResponseHandler.status()));

        assertThat(failure).hasMessageContaining("cannot read the body file");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    @Test
    void downloadToFileWritesTheWholeBodyAndReportsProgress() throws IOException {
        byte[] zip = randomBytes(3 * 1024 * 1024 + 17);
        server.stubFor(get(anyUrl()).willReturn(ok().withHeader("Content-Type", "application/zip").withBody(zip)));
        Path target = dir.resolve("diff.zip");
        List<Long> progress = new CopyOnWriteArrayList<>();

        long size = transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/draft/diff").build(),
                ResponseHandler.toFile(target, new ProgressListener() {
                    @Override
                    public void onBytes(long total) {
                        progress.add(total);
                    }
                }));

        assertThat(size).isEqualTo(zip.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(zip);
        assertThat(progress).isSorted().last().isEqualTo((long) zip.length);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void failedDownloadLeavesNoPartialFileAndKeepsTheOldOne() throws IOException {
        Path target = dir.resolve("smc.zip");
        Files.writeString(target, "previous download");
        AtomicInteger handled = new AtomicInteger();
        ResponseHandler<Long> toFile = ResponseHandler.toFile(target, ProgressListener.NONE);

        // More than the reader buffers before handing the answer over, so the handler is writing the file when it breaks.
        try (RawServer cutting = new RawServer().answeringInOrder(RawServer.Action.cutAfter(200, 300_000, 150_000));
             Transport direct = TestClient.builder().endpoint(cutting.uri()).retry(RetryOptions.none()).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> direct.send(RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").build(), response -> {
                        handled.incrementAndGet();
                        return toFile.handle(response);
                    }));

            assertThat(handled).as("the headers arrived; the body broke while being written to disk").hasValue(1);
            assertThat(failure.kind()).isEqualTo(TransportException.Kind.CUT_SHORT);
            assertThat(failure).hasMessageContaining("the answer was cut after 150000 bytes");
            assertThat(failure.bytesReceived()).isEqualTo(150_000);
        }
        assertThat(Files.readString(target)).isEqualTo("previous download");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void failedDownloadToANewFileLeavesNothing() throws IOException {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        catchThrowable(() -> transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").build(),
                ResponseHandler.toFile(dir.resolve("new.zip"), ProgressListener.NONE)));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void errorStatusNeverCreatesTheFile() throws IOException {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody("{\"error\":\"no draft\"}")));

        catchThrowable(() -> transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/draft/diff").build(),
                ResponseHandler.toFile(dir.resolve("diff.zip"), ProgressListener.NONE)));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void downloadIntoAMissingDirectoryIsALocalFailureNamingThePath() {
        server.stubFor(get(anyUrl()).willReturn(ok().withBody(randomBytes(1000))));
        Path target = dir.resolve("no-such-dir").resolve("diff.zip");

        TeamsdrException failure = catchThrowableOfType(TeamsdrException.class, () -> transport.send(
                RequestSpec.builder(HttpMethod.GET, "/teams/draft/diff").build(), ResponseHandler.toFile(target, ProgressListener.NONE)));

        assertThat(failure).isNotInstanceOf(TransportException.class)
                .hasMessageContaining(target.toAbsolutePath().toString())
                .hasMessageContaining("check the path");
    }

    @Test
    void failingDestinationStreamIsALocalFailureAndNotRetried() {
        server.stubFor(get(anyUrl()).willReturn(ok().withBody(randomBytes(100_000))));
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        TeamsdrException failure = catchThrowableOfType(TeamsdrException.class, () -> transport.send(
                RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").build(), ResponseHandler.toOutputStream(full, ProgressListener.NONE)));

        assertThat(failure).isNotInstanceOf(TransportException.class).hasMessageContaining("No space left on device");
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void downloadToOutputStreamCopiesEverythingAndLeavesTheStreamOpen() {
        byte[] zip = randomBytes(1024 * 1024);
        server.stubFor(get(anyUrl()).willReturn(ok().withBody(zip)));
        AtomicInteger closes = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };

        long size = transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").build(),
                ResponseHandler.toOutputStream(out, ProgressListener.NONE));

        assertThat(size).isEqualTo(zip.length);
        assertThat(out.toByteArray()).isEqualTo(zip);
        assertThat(closes).as("the caller's stream is the caller's to close").hasValue(0);
    }

    @Test
    void streamHandlerHandsTheOpenBodyToTheCaller() throws IOException {
        byte[] zip = randomBytes(2 * 1024 * 1024);
        server.stubFor(get(anyUrl()).willReturn(ok().withBody(zip)));

        byte[] read;
        try (InputStream body = transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").build(),
                ResponseHandler.stream())) {
            read = body.readAllBytes();
        }

        assertThat(read).isEqualTo(zip);
    }

    @Test
    void streamOfAnErrorStatusIsAnExceptionNotAStream() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(409).withBody("{\"error\":\"draft active\"}")));

        Throwable failure = catchThrowable(() -> transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").build(),
                ResponseHandler.stream()));

        assertThat(failure).isInstanceOf(io.teamsdr.core.ConflictException.class);
    }
}
