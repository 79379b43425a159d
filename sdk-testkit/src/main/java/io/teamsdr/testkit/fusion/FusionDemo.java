package io.teamsdr.testkit.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The built-in demo data set ({@code --seed demo}, {@link FusionSeed#demo()}): one tenant with
 * subscription {@value #SUBSCRIPTION_ID} on {@value #DRAAS_INSTANCE}, an onboarded direct routing
 * MS tenant with the verified Fusion domain {@value #FUSION_DOMAIN}, {@value #USER_COUNT} users
 * across BE, NL, FR, DE and GB, groups, licenses (some nearly exhausted), a pool of 500 numbers,
 * voice routing policies, templates and resource accounts. The facts below are stable; examples
 * and tests may rely on them.
 *
 * <p>The rollout scenario: the five {@link #ROLLOUT_UPNS} users hold {@code SPE_E3} only (not voice
 * enabled) and no number; {@link #MCOEV_SKU} has exactly {@value #MCOEV_FREE} free seats. A bulk
 * update giving each of them {@code MCOEV} and one of the {@link #ROLLOUT_NUMBERS} in order
 * succeeds for the first three items and fails for the last two with error code 2030 (no free
 * license): HTTP 207.
 */
public final class FusionDemo {

    /** The DraaS instance. */
    public static final String DRAAS_INSTANCE = FusionSeed.DEFAULT_DRAAS_INSTANCE;

    /** The subscription id. */
    public static final int SUBSCRIPTION_ID = FusionSeed.DEFAULT_SUBSCRIPTION_ID;

    /** The random seed of the demo. */
    public static final long RANDOM_SEED = 20240806L;

    /** The initial Office 365 domain; default domain of every demo UPN. */
    public static final String DOMAIN = "contoso.onmicrosoft.com";

    /** The Fusion domain registered and verified on Office 365. */
    public static final String FUSION_DOMAIN = "dr.contoso.com";

    /** Number of users. */
    public static final int USER_COUNT = 260;

    /** Microsoft Teams Phone Standard: carries Phone System; {@value #MCOEV_FREE} seats free. */
    public static final String MCOEV_SKU = "e43b5b99-8dfb-405f-9987-dc307f34bcbd";

    /** Free seats of {@link #MCOEV_SKU}. */
    public static final int MCOEV_FREE = 3;

    /** Microsoft 365 E3: no voice; plenty free. */
    public static final String SPE_E3_SKU = "05e9a617-0261-4cee-bb44-138d3ef5d965";

    /** Microsoft 365 E5: carries Phone System; exactly one seat free. */
    public static final String SPE_E5_SKU = "06ebc4ee-1bb5-47dd-8120-11324bc54e06";

    /** Office 365 E1: no voice; exactly one seat free. */
    public static final String STANDARDPACK_SKU = "18181a46-0d4e-45cd-891e-60aabd171b4e";

    /** Microsoft 365 Business Voice without calling plan: listed "maybe", check true. */
    public static final String BUSINESS_VOICE_SKU = "d52db95a-5ecb-46b6-beb0-190ab5cda4a8";

    /** Microsoft 365 Business Standard: listed "maybe", check false. */
    public static final String BUSINESS_STANDARD_SKU = "f245ecc8-75af-4f8e-b61f-27d8114de5f3";

    /** Teams Phone Resource Account license: 9 seats, 4 taken by the demo's resource accounts. */
    public static final String RESOURCE_ACCOUNT_SKU = Ids.RESOURCE_ACCOUNT_SKU;

    /** Users of the rollout scenario, in order (BE, SPE_E3 only, no number). */
    public static final List<String> ROLLOUT_UPNS = List.of("emma.peeters@" + DOMAIN,
            "lucas.janssens@" + DOMAIN, "louise.maes@" + DOMAIN, "noah.jacobs@" + DOMAIN,
            "elise.mertens@" + DOMAIN);

    /** Free pool numbers for the rollout scenario, in order. */
    public static final List<String> ROLLOUT_NUMBERS = List.of("+3225405290", "+3225405291", "+3225405292",
            "+3225405293", "+3225405294");

    /** The user of the API document's examples: NL, voice enabled, number {@value #THOMAS_NUMBER}. */
    public static final String THOMAS_UPN = "thomas.anderson@" + DOMAIN;

    /** Thomas Anderson's number. */
    public static final String THOMAS_NUMBER = "+31302861233";

    /** A user with no license at all (voiceEnabled "no"). */
    public static final String JOHN_UPN = "john.doe@" + DOMAIN;

    /** Template 0, the default template. */
    public static final String DEFAULT_TEMPLATE = "Default";

    /**
     * Template {@value #PARTIAL_TEMPLATE_ID}: it names the voice routing policy
     * {@value #MISSING_VRP}, which the tenant lacks, so applying it is partial (400 "applied
     * partially": location, groups and licenses applied, the policy not).
     */
    public static final String PARTIAL_TEMPLATE = "FR-Legacy";

    /** The id of {@link #PARTIAL_TEMPLATE}. */
    public static final int PARTIAL_TEMPLATE_ID = 4;

    /** The voice routing policy {@link #PARTIAL_TEMPLATE} names and the tenant lacks. */
    public static final String MISSING_VRP = "France-Legacy";

    /** Login with every role (access and refresh tokens). */
    public static final String ADMIN_USERNAME = "admin";

    /** Password of {@link #ADMIN_USERNAME}. */
    public static final String ADMIN_PASSWORD = "admin-password";

    /** Login with the read-only roles. */
    public static final String READER_USERNAME = "reader";

    /** Password of {@link #READER_USERNAME}. */
    public static final String READER_PASSWORD = "reader-password";

    /** Login with every role behind a TOTP second factor. */
    public static final String TWO_FACTOR_USERNAME = "secure";

    /** Password of {@link #TWO_FACTOR_USERNAME}. */
    public static final String TWO_FACTOR_PASSWORD = "secure-password";

    /** The TOTP code {@link #TWO_FACTOR_USERNAME} must send. */
    public static final String TWO_FACTOR_CODE = "123456";

    /** Machine-to-machine login with every role (login returns {@code token}). */
    public static final String MACHINE_USERNAME = "robot";

    /** Password of {@link #MACHINE_USERNAME}. */
    public static final String MACHINE_PASSWORD = "robot-password";

    private static final String[] COUNTRIES = {"BE", "NL", "FR", "DE", "GB"};
    private static final int[] COUNTRY_WEIGHTS = {70, 60, 50, 45, 35};
    private static final Map<String, String> POOL_START = Map.of("BE", "+3225405200", "NL", "+31302861200",
            "FR", "+33187654300", "DE", "+493012345600", "GB", "+442071234500");
    private static final Map<String, String> REGION_GROUP = Map.of("BE", "Benelux", "NL", "Benelux",
            "FR", "France", "DE", "DACH", "GB", "UK Office");
    private static final Map<String, String[]> FIRST_NAMES = Map.of(
            "BE", new String[] {"Arthur", "Olivia", "Jules", "Mila", "Victor", "Marie", "Finn", "Lina", "Lars",
                "Nora", "Mathis", "Fien", "Wout", "Ines", "Jasper", "Amélie", "Simon", "Hanne"},
            "NL", new String[] {"Daan", "Sophie", "Sem", "Julia", "Bram", "Tess", "Luuk", "Sanne", "Thijs",
                "Fleur", "Jesse", "Anouk", "Ruben", "Lotte", "Stijn", "Roos"},
            "FR", new String[] {"Gabriel", "Léa", "Raphaël", "Chloé", "Hugo", "Manon", "Louis", "Camille",
                "Théo", "Zoé", "Antoine", "Juliette", "Maxime", "Inès"},
            "DE", new String[] {"Leon", "Hannah", "Paul", "Lena", "Jonas", "Lea", "Felix", "Anna", "Maximilian",
                "Marie", "Lukas", "Johanna", "Elias", "Katharina"},
            "GB", new String[] {"Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Grace", "Charlie",
                "Freya", "Oscar", "Emily", "William", "Poppy"});
    private static final Map<String, String[]> LAST_NAMES = Map.of(
            "BE", new String[] {"Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Willems",
                "Hermans", "Michiels", "Vermeulen", "Leclercq", "Dupont", "Martens", "Desmet", "Van Damme"},
            "NL", new String[] {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit",
                "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks"},
            "FR", new String[] {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Leroy",
                "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia"},
            "DE", new String[] {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf"},
            "GB", new String[] {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
                "Robinson", "Wright", "Thompson", "Evans", "Walker", "Green"});
    private static final String[] DEPARTMENTS = {"Sales", "Support", "Engineering"};

    private static final class Holder {
        static final FusionSeed SEED = build();
    }

    private FusionDemo() {
    }

    /**
     * The demo seed, built on first use and shared.
     *
     * @return the seed
     */
    public static FusionSeed seed() {
        return Holder.SEED;
    }

    private static FusionSeed build() {
        return FusionSeed.builder(RANDOM_SEED)
                .subscription(DRAAS_INSTANCE, SUBSCRIPTION_ID, FusionDemo::subscription)
                .account(ADMIN_USERNAME, ADMIN_PASSWORD, FusionRoles.ALL)
                .account(READER_USERNAME, READER_PASSWORD, FusionRoles.READ_ONLY)
                .twoFactorAccount(TWO_FACTOR_USERNAME, TWO_FACTOR_PASSWORD, FusionRoles.ALL, "totp", TWO_FACTOR_CODE)
                .machineAccount(MACHINE_USERNAME, MACHINE_PASSWORD, FusionRoles.ALL)
                .build();
    }

    private static void subscription(SubscriptionSpec s) {
        s.verifiedDomains(DOMAIN).fusionDomain(FUSION_DOMAIN, true)
                .admin(20, "teams.admin@" + DOMAIN, "Demo-Admin-Pa55!")
                .license(SPE_E3_SKU, "SPE_E3", "Microsoft 365 E3", 300, VoiceCapability.NO)
                .licenseWithFree(SPE_E5_SKU, "SPE_E5", "Microsoft 365 E5", 1, VoiceCapability.YES)
                .licenseWithFree(MCOEV_SKU, "MCOEV", "Microsoft Teams Phone Standard", MCOEV_FREE, VoiceCapability.YES)
                .licenseWithFree(STANDARDPACK_SKU, "STANDARDPACK", "Office 365 E1", 1, VoiceCapability.NO)
                .license("295a8eb0-f78d-45c7-8b5b-1eed5ed02dff", "MCOCAP", "Microsoft Teams Shared Devices", 10,
                        VoiceCapability.YES)
                .licenseWithFree(BUSINESS_VOICE_SKU, "BUSINESS_VOICE_DIRECTROUTING",
                        "Microsoft 365 Business Voice (without Calling Plan)", 5, VoiceCapability.MAYBE_ELIGIBLE)
                .license(BUSINESS_STANDARD_SKU, "O365_BUSINESS_PREMIUM", "Microsoft 365 Business Standard", 40,
                        VoiceCapability.MAYBE_NOT_ELIGIBLE)
                .license(RESOURCE_ACCOUNT_SKU, "PHONESYSTEM_VIRTUALUSER", "Microsoft Teams Phone Resource Account", 9,
                        VoiceCapability.YES)
                .license("f30db892-07e9-47e9-837c-80727f46fd3d", "FLOW_FREE", "Microsoft Flow Free", 10000, 2,
                        VoiceCapability.NO)
                .license("47794cd0-f0e5-45c5-9033-2eb6b5fc84e0", "MCOPSTNC", "Communications Credits", 10000000,
                        VoiceCapability.NO)
                .customerLicenses("test-sku", "Call-Bundle", "Intl-Bundle")
                .vrp("Global").vrp("International").vrp("World-DRaaS").vrp("Belgium-National", "Belgium national calls")
                .vrp("Europe", "European destinations")
                .group("All Company", "All Company", false)
                .group("Sales", "Sales team", true)
                .group("Support", "Customer support", true)
                .group("Engineering", "Engineering and operations", true)
                .group("Management", "Management team", false)
                .group("Benelux", "Belgium and the Netherlands offices", true)
                .group("France", "Paris office", true)
                .group("DACH", "Berlin office", true)
                .group("UK Office", "London office", true);
        for (String country : COUNTRIES) {
            s.numbers(POOL_START.get(country), 100);
        }
        s.template(0, DEFAULT_TEMPLATE, t -> t.location("BE").vrp("Global").licenses("MCOEV").groups("All Company"))
                .template(1, "BE-Best", t -> t.location("BE").vrp("Belgium-National").licenses("SPE_E3", "MCOEV")
                        .groups("All Company", "Benelux"))
                .template(2, "NL-Sales", t -> t.location("NL").vrp("Europe").licenses("SPE_E3", "MCOEV")
                        .groups("Sales", "Benelux"))
                .template(3, "FR-Support", t -> t.location("FR").vrp("Europe").licenses("SPE_E3", "MCOEV")
                        .groups("Support", "France"))
                .template(PARTIAL_TEMPLATE_ID, PARTIAL_TEMPLATE, t -> t.location("FR").vrp(MISSING_VRP)
                        .licenses("SPE_E3").groups("France"));
        s.user("Thomas Anderson", u -> u.location("NL").licenses("MCOCAP", "STANDARDPACK").groups("All Company",
                        "Benelux").role("Global Administrator").number(THOMAS_NUMBER).vrp("World-DRaaS")
                .customerLicenses("test-sku"))
                .user("John Doe", u -> u.location("BE"));
        String[] rolloutNames = {"Emma Peeters", "Lucas Janssens", "Louise Maes", "Noah Jacobs", "Elise Mertens"};
        for (String name : rolloutNames) {
            s.user(name, u -> u.location("BE").licenses("SPE_E3").groups("All Company", "Benelux"));
        }
        generatedUsers(s, USER_COUNT - 2 - rolloutNames.length);
        s.resourceAccount("reception@" + DOMAIN, "Main Reception", "auto-attendant", "BE",
                        r -> r.number("+3225405299").vrp("Belgium-National").customerLicenses("test-sku"))
                .resourceAccount("sales.queue@" + DOMAIN, "Sales Queue", "call-queue", "BE",
                        r -> r.number("+3225405298").vrp("Belgium-National"))
                .resourceAccount("support.nl@" + DOMAIN, "Support Queue NL", "call-queue", "NL",
                        r -> r.number("+31302861299").vrp("Europe"))
                .resourceAccount("after.hours@" + DOMAIN, "After Hours", "auto-attendant", "FR", r -> { });
    }

    /**
     * Plausible users: mostly E3 with Teams Phone or E5 (voice, most with a number from their
     * country's block), some Business Standard or Business Voice ("maybe"), some E3 only, a few
     * without licenses. Numbers come from the first 80 of each block, so the rollout numbers and
     * the resource accounts' numbers stay free.
     */
    private static void generatedUsers(SubscriptionSpec s, int count) {
        Random random = new Random(RANDOM_SEED + 1);
        Map<String, Integer> nextNumber = new java.util.HashMap<>();
        int countryIndex = 0;
        int leftInCountry = COUNTRY_WEIGHTS[0] * count / 260;
        for (int i = 0; i < count; i++) {
            while (leftInCountry <= 0 && countryIndex < COUNTRIES.length - 1) {
                countryIndex++;
                leftInCountry = COUNTRY_WEIGHTS[countryIndex] * count / 260;
            }
            leftInCountry--;
            String country = COUNTRIES[countryIndex];
            String[] firsts = FIRST_NAMES.get(country);
            String[] lasts = LAST_NAMES.get(country);
            String name = firsts[random.nextInt(firsts.length)] + " " + lasts[random.nextInt(lasts.length)];
            int profile = random.nextInt(100);
            List<String> licenses = new ArrayList<>();
            boolean voice;
            if (profile < 55) {
                licenses.add("SPE_E3");
                licenses.add("MCOEV");
                voice = true;
            } else if (profile < 70) {
                licenses.add("SPE_E5");
                voice = true;
            } else if (profile < 80) {
                licenses.add("O365_BUSINESS_PREMIUM");
                voice = false;
            } else if (profile < 85) {
                licenses.add("BUSINESS_VOICE_DIRECTROUTING");
                voice = true;
            } else if (profile < 95) {
                licenses.add("SPE_E3");
                voice = false;
            } else {
                voice = false;
            }
            List<String> groups = new ArrayList<>(List.of("All Company", REGION_GROUP.get(country),
                    DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]));
            if (random.nextInt(20) == 0) {
                groups.add("Management");
            }
            String number = null;
            String vrp = null;
            int used = nextNumber.getOrDefault(country, 0);
            if (voice && random.nextInt(10) < 8 && used < 80) {
                number = "+" + (Long.parseLong(POOL_START.get(country).substring(1)) + used);
                nextNumber.put(country, used + 1);
                vrp = random.nextInt(10) == 0 ? "World-DRaaS" : country.equals("BE") ? "Belgium-National" : "Europe";
            }
            String phone = number;
            String policy = vrp;
            boolean bundle = random.nextInt(4) == 0;
            s.user(name, u -> {
                u.location(country).licenses(licenses.toArray(String[]::new)).groups(groups.toArray(String[]::new));
                if (phone != null) {
                    u.number(phone).vrp(policy).customerLicenses(bundle ? new String[] {"test-sku", "Call-Bundle"}
                            : new String[] {"test-sku"});
                }
            });
        }
    }
}
