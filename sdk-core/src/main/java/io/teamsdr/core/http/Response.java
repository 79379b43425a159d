package io.teamsdr.core.http;

import com.fasterxml.jackson.core.type.TypeReference;
import io.teamsdr.core.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;

/**
 * An HTTP response as a {@link ResponseHandler} sees it. The body can be read once, either as a
 * stream or through the decoding helpers.
 */
public interface Response {

    /**
     * Returns the HTTP status.
     *
     * @return the status code
     */
    int status();

    /**
     * Returns the response headers.
     *
     * @return the headers
     */
    HttpHeaders headers();

    /**
     * Returns the body as a stream; the transport closes it after the handler returns unless the
     * handler {@linkplain ResponseHandler#keepsBodyOpen() keeps it open}.
     *
     * @return the body stream
     */
    InputStream body();

    /**
     * Reads the whole body as UTF-8 text. Once read, the text is kept: calling this again, decoding
     * with {@link #json(Class)}, or {@link #toApiException()} all see the same text.
     *
     * @return the text, empty for no body
     * @throws IOException when reading fails
     */
    String text() throws IOException;

    /**
     * Decodes the JSON body.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the decoded value
     * @throws io.teamsdr.core.DecodingException when the body is not that shape
     */
    <T> T json(Class<T> type);

    /**
     * Decodes the JSON body into a generic type.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the decoded value
     * @throws io.teamsdr.core.DecodingException when the body is not that shape
     */
    <T> T json(TypeReference<T> type);

    /**
     * Builds the exception the transport would throw for this response, for handlers that accept a
     * status only when the body has a certain shape. Works also after the body was read with
     * {@link #text()} or {@code json(...)}.
     *
     * @return the mapped exception
     */
    ApiException toApiException();
}
