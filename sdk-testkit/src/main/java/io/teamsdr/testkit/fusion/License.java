package io.teamsdr.testkit.fusion;

/**
 * A Microsoft license bought for an MS Teams tenant. {@code reserved} counts seats used by
 * accounts the fake does not list (service accounts, shared mailboxes), so a seed can look like
 * a real tenant; the free count is always derived, never stored.
 */
record License(String skuId, String skuPartNumber, String skuDescription, int total, int reserved,
        VoiceCapability voice) {

    License withTotal(int seats) {
        return new License(skuId, skuPartNumber, skuDescription, seats, reserved, voice);
    }
}
