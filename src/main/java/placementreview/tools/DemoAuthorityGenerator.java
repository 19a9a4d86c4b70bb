package placementreview.tools;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.PlacementType;

/**
 * Writes a synthetic authority's case file: placement types in the national mix (DfE / FOI provider mix, DOMAIN.md)
 * and weekly costs around the published averages, with a tail of very high-cost residential placements. The same
 * seed and count always give the same bytes. Streams its output, so it can write 100,000 placements for benchmarks.
 * No real child is described: references are pseudonyms and every value is drawn at random.
 */
public final class DemoAuthorityGenerator {
    public static final long DEFAULT_SEED = 20261123L;
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    /** Share of placements per type, in thousandths (sums to 1000). */
    private static final List<Object[]> MIX = List.of(
            new Object[] {PlacementType.IN_HOUSE_FOSTER, 270}, new Object[] {PlacementType.IFA, 240},
            new Object[] {PlacementType.KINSHIP_FOSTER, 150}, new Object[] {PlacementType.EXTERNAL_CHILDRENS_HOME, 95},
            new Object[] {PlacementType.IN_HOUSE_CHILDRENS_HOME, 15},
            new Object[] {PlacementType.SOLO_SPECIALIST_RESIDENTIAL, 12},
            new Object[] {PlacementType.RESIDENTIAL_SPECIAL_SCHOOL, 18},
            new Object[] {PlacementType.SECURE_CHILDRENS_HOME, 3},
            new Object[] {PlacementType.SUPPORTED_ACCOMMODATION, 95}, new Object[] {PlacementType.PARENT_AND_CHILD, 12},
            new Object[] {PlacementType.PLACED_WITH_PARENTS, 85}, new Object[] {PlacementType.UNREGISTERED, 5});
    private static final String[] RISK_FLAGS = {"CSE_ACTIVE", "CCE_ACTIVE", "SECURE_CRITERIA", "SELF_HARM"};

    private final LocalDate asOf;
    private final Random random;
    /** A second stream for fields added later (EHCP weeks, Ofsted registration), so the first stream's values stay. */
    private final Random extra;

    public DemoAuthorityGenerator(long seed) {
        this(seed, AS_OF);
    }

    /** The same draws as {@code new DemoAuthorityGenerator(seed)}, with every date placed around another review date. */
    public DemoAuthorityGenerator(long seed, LocalDate asOf) {
        this.asOf = asOf;
        this.random = new Random(seed);
        this.extra = new Random(seed ^ 0x5EEDL);
    }

    public void write(int count, OutputStream out) throws IOException {
        JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("authority", "Demo Borough Council");
            json.writeStringField("asOf", asOf.toString());
            json.writeObjectFieldStart("financialYear");
            json.writeStringField("start", "2026-04-01");
            json.writeStringField("end", "2027-03-31");
            json.writeNumberField("placementBudget", BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(75_000)));
            json.writeEndObject();
            json.writeObjectFieldStart("capacity");
            json.writeNumberField("inHouseFosterVacancies", Math.max(1, count / 25));
            json.writeNumberField("inHouseResidentialBeds", Math.max(1, count / 75));
            json.writeNumberField("supportedAccommodationUnits", Math.max(1, count / 40));
            json.writeEndObject();
            json.writeArrayFieldStart("placements");
            for (int i = 1; i <= count; i++) {
                placement(json, i);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void placement(JsonGenerator json, int n) throws IOException {
        PlacementType type = pickType();
        boolean residential = type.isResidential() || type == PlacementType.UNREGISTERED;
        int age = age(type);
        json.writeStartObject();
        json.writeStringField("id", String.format("P-%05d", n));
        json.writeObjectFieldStart("child");
        json.writeStringField("ref", String.format("C-%06d", 100_000 + n * 7 % 900_000));
        json.writeStringField("birthMonth", YearMonth.from(asOf).minusYears(age).minusMonths(random.nextInt(12))
                .toString());
        json.writeStringField("legalStatus", pick("C2", "C2", "C2", "C2", "V2", "C1", "E1", "J2"));
        boolean ehcp = random.nextInt(100) < (residential ? 60 : 25);
        json.writeBooleanField("ehcp", ehcp);
        if (ehcp && type == PlacementType.RESIDENTIAL_SPECIAL_SCHOOL) {
            // many EHCPs name term-time (38-week) provision while the school is paid for 52 weeks
            json.writeNumberField("ehcpWeeks", extra.nextInt(100) < 50 ? 38 : 52);
        }
        json.writeBooleanField("uasc", random.nextInt(100) < (type == PlacementType.SUPPORTED_ACCOMMODATION ? 30 : 4));
        json.writeEndObject();
        json.writeStringField("type", type.name());
        provider(json, type);
        LocalDate start = asOf.minusDays(30 + random.nextInt(1400));
        json.writeStringField("start", start.toString());
        if (random.nextInt(100) < 70) {
            LocalDate end = asOf.plusDays(random.nextInt(900) - 60);
            json.writeStringField("plannedEnd", (end.isBefore(start) ? start.plusDays(90) : end).toString());
        }
        boolean termTime = type == PlacementType.RESIDENTIAL_SPECIAL_SCHOOL && random.nextInt(100) < 40;
        json.writeNumberField("weeksPerYear", termTime ? 38 : 52);
        String ratio = weekly(json, type);
        json.writeStringField("staffingRatio", ratio);
        if (!"NONE".equals(ratio)) {
            json.writeStringField("staffingReason", pick("BEHAVIOUR", "BEHAVIOUR", "BEHAVIOUR", "HEALTH", "LEARNING"));
        }
        int distance = residential ? 5 + random.nextInt(150) : random.nextInt(40);
        json.writeNumberField("distanceMiles", distance);
        json.writeBooleanField("outOfArea", distance > 15 && random.nextInt(100) < 80);
        json.writeObjectFieldStart("contributions");
        json.writeNumberField("healthWeekly", residential && random.nextInt(100) < 20 ? money(300, 1500) : BigDecimal.ZERO);
        json.writeNumberField("educationWeekly", type == PlacementType.RESIDENTIAL_SPECIAL_SCHOOL ? money(1000, 3000)
                : BigDecimal.ZERO);
        json.writeEndObject();
        needs(json, residential);
        stability(json, residential);
        json.writeObjectFieldStart("continuingCare");
        boolean agreed = residential && random.nextInt(100) < 8;
        json.writeStringField("status", agreed ? "AGREED" : pick("NONE", "NONE", "NONE", "NONE", "REFERRED", "DECLINED"));
        json.writeNumberField("agreedHealthWeekly", agreed ? money(500, 2500) : BigDecimal.ZERO);
        json.writeEndObject();
        carePlan(json, residential, age);
        json.writeStringField("reviewedOn", asOf.minusDays(10 + random.nextInt(330)).toString());
        json.writeEndObject();
    }

    private void provider(JsonGenerator json, PlacementType type) throws IOException {
        json.writeObjectFieldStart("provider");
        switch (type) {
            case IN_HOUSE_FOSTER, KINSHIP_FOSTER, IN_HOUSE_CHILDRENS_HOME, PLACED_WITH_PARENTS ->
                    json.writeStringField("ref", "LA-IN-HOUSE");
            default -> {
                // a few large providers hold many placements (CMA: six IFAs hold almost half the market)
                int r = random.nextInt(100);
                int provider = r < 40 ? 1 + random.nextInt(4) : 5 + random.nextInt(30);
                json.writeStringField("ref", String.format("PRV-%02d", provider));
                json.writeBooleanField("onFramework", random.nextInt(100) < 50);
                json.writeBooleanField("ofstedRegistered", type != PlacementType.UNREGISTERED
                        && !(type == PlacementType.SUPPORTED_ACCOMMODATION && extra.nextInt(100) < 8));
            }
        }
        json.writeEndObject();
    }

    /** Writes the weekly costs; returns the staffing ratio used. */
    private String weekly(JsonGenerator json, PlacementType type) throws IOException {
        BigDecimal core;
        BigDecimal staffing = BigDecimal.ZERO;
        BigDecimal education = BigDecimal.ZERO;
        BigDecimal therapy = BigDecimal.ZERO;
        BigDecimal transport = random.nextInt(100) < 30 ? money(20, 400) : BigDecimal.ZERO;
        String ratio = "NONE";
        switch (type) {
            case IN_HOUSE_FOSTER -> core = money(380, 700);
            case KINSHIP_FOSTER -> core = money(250, 480);
            case IFA -> {
                core = money(720, 1150);
                therapy = random.nextInt(100) < 20 ? money(80, 300) : BigDecimal.ZERO;
            }
            case IN_HOUSE_CHILDRENS_HOME -> core = money(2000, 3200);
            case EXTERNAL_CHILDRENS_HOME -> {
                core = money(4200, 9000);
                int r = random.nextInt(100);
                ratio = r < 25 ? "1:1" : r < 35 ? "2:1" : "NONE";
                staffing = "1:1".equals(ratio) ? money(1500, 3200) : "2:1".equals(ratio) ? money(3800, 7000)
                        : BigDecimal.ZERO;
                therapy = random.nextInt(100) < 50 ? money(150, 700) : BigDecimal.ZERO;
            }
            case SOLO_SPECIALIST_RESIDENTIAL -> {
                core = money(8500, 15000);
                ratio = random.nextBoolean() ? "2:1" : "1:1";
                staffing = money(2000, 8000);
                therapy = money(300, 1200);
            }
            case RESIDENTIAL_SPECIAL_SCHOOL -> {
                core = money(3000, 6000);
                education = money(1500, 3800);
                therapy = random.nextInt(100) < 60 ? money(200, 900) : BigDecimal.ZERO;
            }
            case SECURE_CHILDRENS_HOME -> core = money(7000, 9500);
            case SUPPORTED_ACCOMMODATION -> core = money(900, 2600);
            case PARENT_AND_CHILD -> core = money(2500, 5200);
            case PLACED_WITH_PARENTS -> core = money(0, 120);
            default -> core = money(6000, 12000);
        }
        json.writeObjectFieldStart("weekly");
        json.writeNumberField("core", core);
        json.writeNumberField("additionalStaffing", staffing);
        json.writeNumberField("education", education);
        json.writeNumberField("therapy", therapy);
        json.writeNumberField("transport", transport);
        json.writeEndObject();
        if (random.nextInt(100) < 85) {
            BigDecimal uplift = BigDecimal.ONE.add(BigDecimal.valueOf(random.nextInt(90), 3));
            json.writeNumberField("previousWeeklyCore", core.divide(uplift, 2, RoundingMode.HALF_UP));
        }
        return ratio;
    }

    private void needs(JsonGenerator json, boolean residential) throws IOException {
        json.writeObjectFieldStart("needs");
        for (DstDomain domain : DstDomain.values()) {
            json.writeStringField(domain.key(), level(domain, residential).name());
        }
        json.writeEndObject();
    }

    private DstLevel level(DstDomain domain, boolean residential) {
        int r = random.nextInt(1000);
        boolean behavioural = domain == DstDomain.PSYCHOLOGICAL || domain == DstDomain.CHALLENGING_BEHAVIOUR;
        int shift = residential ? (behavioural ? 450 : 120) : (behavioural ? 150 : 20);
        r = Math.min(999, r + shift);
        DstLevel level = r < 600 ? DstLevel.NONE : r < 780 ? DstLevel.LOW : r < 900 ? DstLevel.MODERATE
                : r < 975 ? DstLevel.HIGH : r < 996 ? DstLevel.SEVERE : DstLevel.PRIORITY;
        DstLevel ceiling = switch (domain) {
            case CONTINENCE, COMMUNICATION, PSYCHOLOGICAL -> DstLevel.HIGH;
            case MOBILITY, SKIN -> DstLevel.SEVERE;
            default -> DstLevel.PRIORITY;
        };
        return level.compareTo(ceiling) > 0 ? ceiling : level;
    }

    private void stability(JsonGenerator json, boolean residential) throws IOException {
        json.writeObjectFieldStart("stability");
        dates(json, "seriousIncidents", residential ? random.nextInt(4) : random.nextInt(10) < 8 ? 0 : 1);
        dates(json, "missingEpisodes", random.nextInt(10) < (residential ? 5 : 8) ? 0 : 1 + random.nextInt(3));
        json.writeNumberField("schoolAttendancePct", 55 + random.nextInt(46));
        json.writeNumberField("placementMoves12m", random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3));
        json.writeNumberField("sdqTotal", residential ? 12 + random.nextInt(25) : 4 + random.nextInt(25));
        json.writeEndObject();
    }

    private void dates(JsonGenerator json, String field, int count) throws IOException {
        json.writeArrayFieldStart(field);
        random.ints(count, 1, 365).sorted().forEach(days -> write(json, asOf.minusDays(366 - days).toString()));
        json.writeEndArray();
    }

    private void carePlan(JsonGenerator json, boolean residential, int age) throws IOException {
        json.writeObjectFieldStart("carePlan");
        json.writeStringField("permanenceGoal", residential
                ? pick("LONG_TERM_FOSTERING", "RESIDENTIAL", "RESIDENTIAL", "RETURN_HOME", "KINSHIP",
                age >= 16 ? "INDEPENDENCE" : "LONG_TERM_FOSTERING")
                : pick("LONG_TERM_FOSTERING", "LONG_TERM_FOSTERING", "RETURN_HOME", "SPECIAL_GUARDIANSHIP",
                "ADOPTION", "KINSHIP"));
        json.writeStringField("childViewOnMove", pick("OPEN", "OPEN", "WANTS_TO_MOVE", "OPPOSED", "NOT_ASKED"));
        json.writeBooleanField("familyTimeSupportsMove", random.nextInt(100) < 65);
        json.writeArrayFieldStart("riskFlags");
        if (random.nextInt(100) < (residential ? 25 : 5)) {
            json.writeString(RISK_FLAGS[random.nextInt(RISK_FLAGS.length)]);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private int age(PlacementType type) {
        return switch (type) {
            case SUPPORTED_ACCOMMODATION, PARENT_AND_CHILD -> 16 + random.nextInt(2);
            case EXTERNAL_CHILDRENS_HOME, SOLO_SPECIALIST_RESIDENTIAL, SECURE_CHILDRENS_HOME, UNREGISTERED ->
                    10 + random.nextInt(8);
            case IN_HOUSE_CHILDRENS_HOME, RESIDENTIAL_SPECIAL_SCHOOL -> 8 + random.nextInt(10);
            default -> random.nextInt(18);
        };
    }

    private PlacementType pickType() {
        int r = random.nextInt(1000);
        for (Object[] share : MIX) {
            r -= (Integer) share[1];
            if (r < 0) {
                return (PlacementType) share[0];
            }
        }
        return PlacementType.IN_HOUSE_FOSTER;
    }

    private BigDecimal money(int min, int max) {
        return BigDecimal.valueOf(min * 100L + random.nextInt((max - min) * 100 + 1), 2);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static void write(JsonGenerator json, String text) {
        try {
            json.writeString(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
