package io.teamsdr.vsxi.internal;

import io.teamsdr.core.internal.Validator;

/** What the value of an upload column must look like, besides being present. */
enum ColumnFormat {
    /** Any non-blank text; CSV quoting carries commas, quotes and line breaks. */
    TEXT("text") {
        @Override
        boolean accepts(String value) {
            return true;
        }
    },
    /** An E.164 number. */
    E164("E.164 number: '+' and 2..15 digits, e.g. +18580001111") {
        @Override
        boolean accepts(String value) {
            return Validator.isE164(value);
        }
    },
    /** An IPv4 or IPv6 literal, never a host name (no DNS lookup is made). */
    IP_ADDRESS("IPv4 or IPv6 address literal, e.g. 68.70.169.47 or 2001:db8::1") {
        @Override
        boolean accepts(String value) {
            return IpLiterals.isIpv4(value) || IpLiterals.isIpv6(value);
        }
    },
    /** A fully qualified domain name. */
    FQDN("fully qualified domain name, e.g. ms1.example.com") {
        @Override
        boolean accepts(String value) {
            return Validator.isFqdn(value);
        }
    };

    private final String rule;

    ColumnFormat(String rule) {
        this.rule = rule;
    }

    /** The rule as a violation states it. */
    String rule() {
        return rule;
    }

    abstract boolean accepts(String value);
}
