package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.HttpError;

/**
 * Service error codes of the fake. Only 2095 ("The template does not exist") appears in the API
 * document; the others are the fake's own, kept here in one place and listed as fake-only in the
 * testkit's FIDELITY.md (a test checks the list), so that nobody mistakes them for the platform's.
 */
final class FusionErrors {

    static final int INVALID_FIELD = 2001;
    static final int USER_NOT_FOUND = 2010;
    static final int GROUP_NOT_FOUND = 2011;
    static final int LICENSE_NOT_FOUND = 2012;
    static final int VRP_NOT_FOUND = 2013;
    static final int CUSTOMER_LICENSE_NOT_FOUND = 2014;
    static final int RESOURCE_ACCOUNT_NOT_FOUND = 2015;
    static final int INVALID_COUNTRY = 2020;
    static final int INVALID_NUMBER = 2021;
    static final int NUMBER_NOT_IN_POOL = 2022;
    static final int NUMBER_IN_USE = 2023;
    static final int NO_FREE_LICENSE = 2030;
    static final int NOT_VOICE_ENABLED = 2031;
    static final int INVALID_CONTINUATION = 2040;
    static final int NOT_ONBOARDED = 2050;
    static final int POWERSHELL_INACTIVE = 2051;
    static final int GRAPH_INACTIVE = 2052;
    static final int UPN_EXISTS = 2060;
    static final int DOMAIN_NOT_VERIFIED = 2061;
    static final int TEMPLATE_NOT_FOUND = 2095;

    private FusionErrors() {
    }

    static HttpError bad(int code, String reason) {
        return new HttpError(400, code, reason);
    }

    static HttpError notFound(int code, String reason) {
        return new HttpError(404, code, reason);
    }
}
