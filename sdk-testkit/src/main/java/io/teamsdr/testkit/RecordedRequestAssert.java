package io.teamsdr.testkit;

import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on one {@link RecordedRequest}. Needs {@code assertj-core} on the test class
 * path.
 */
public final class RecordedRequestAssert extends AbstractAssert<RecordedRequestAssert, RecordedRequest> {

    private RecordedRequestAssert(RecordedRequest actual) {
        super(actual, RecordedRequestAssert.class);
    }

    /**
     * Starts assertions on a recorded request.
     *
     * @param request the request
     * @return the assertion object
     */
    public static RecordedRequestAssert assertThat(RecordedRequest request) {
        return new RecordedRequestAssert(request);
    }

    /**
     * Checks the status the fake answered.
     *
     * @param expected status, {@link RecordedRequest#NO_RESPONSE} for a dropped connection
     * @return this
     */
    public RecordedRequestAssert hasStatus(int expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected status %d but %s", expected, actual);
        }
        return this;
    }

    /**
     * Checks a (masked) header value.
     *
     * @param name header name, any case
     * @param expected expected value, e.g. {@code Bearer ***}
     * @return this
     */
    public RecordedRequestAssert hasHeader(String name, String expected) {
        isNotNull();
        String value = actual.header(name).orElse(null);
        if (!expected.equals(value)) {
            failWithMessage("Expected header %s = <%s> but was <%s> on %s", name, expected, value, actual);
        }
        return this;
    }

    /**
     * Checks a decoded query parameter.
     *
     * @param name parameter name
     * @param expected expected first value
     * @return this
     */
    public RecordedRequestAssert hasQueryParam(String name, String expected) {
        isNotNull();
        String value = actual.queryParam(name).orElse(null);
        if (!expected.equals(value)) {
            failWithMessage("Expected query parameter %s = <%s> but was <%s> on %s", name, expected, value, actual);
        }
        return this;
    }

    /**
     * Checks a value of the JSON body.
     *
     * @param jsonPointer RFC 6901 pointer
     * @param expected expected value as in {@link JournalAssert#hasRequestWithBodyField}
     * @return this
     */
    public RecordedRequestAssert hasBodyField(String jsonPointer, Object expected) {
        isNotNull();
        if (!JournalAssert.valueEquals(actual.jsonAt(jsonPointer), expected)) {
            failWithMessage("Expected body %s = <%s> but was <%s> on %s", jsonPointer, expected,
                    actual.jsonAt(jsonPointer), actual);
        }
        return this;
    }

    /**
     * Checks that the body contains a text (after masking).
     *
     * @param text expected fragment
     * @return this
     */
    public RecordedRequestAssert bodyContains(String text) {
        isNotNull();
        if (!actual.body().contains(text)) {
            failWithMessage("Expected body to contain <%s> but was <%s>", text, actual.body());
        }
        return this;
    }
}
