package placementreview.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import placementreview.model.CarePlan;
import placementreview.model.Child;
import placementreview.model.ChildView;
import placementreview.model.ContinuingCare;
import placementreview.model.ContinuingCareStatus;
import placementreview.model.Contributions;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.LegalStatus;
import placementreview.model.Needs;
import placementreview.model.PermanenceGoal;
import placementreview.model.Placement;
import placementreview.model.PlacementType;
import placementreview.model.Provider;
import placementreview.model.Stability;
import placementreview.model.StaffingRatio;
import placementreview.model.StaffingReason;
import placementreview.model.WeeklyCost;

/**
 * Turns one placement record into a {@link Placement}, or into the list of everything wrong with it. Checks that need
 * the whole file (duplicate ids, birth month after asOf) are made by {@link CaseFileReader}.
 */
final class PlacementParser {
    /** Each type by its name or by the label people see ("IFA or Independent fostering agency"). */
    private static final String TYPES_ALLOWED = java.util.Arrays.stream(PlacementType.values())
            .map(t -> t.name() + " or " + t.label()).collect(java.util.stream.Collectors.joining(", "));
    private final Map<DstDomain, DstLevel> ceilings;

    PlacementParser(Map<DstDomain, DstLevel> ceilings) {
        this.ceilings = ceilings;
    }

    /** A record read: the placement (null when it has errors), its errors, and notes on values read with a change. */
    record Parsed(String id, Placement placement, List<RecordFields.FieldError> errors, YearMonth birthMonth,
                  List<RecordFields.FieldError> notes) {
    }

    /** The fields every record must have (what an empty record is told is required), in the order checked. */
    List<String> requiredFields() {
        return parse(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()).errors().stream()
                .filter(e -> e.message().startsWith("is required")).map(RecordFields.FieldError::field).toList();
    }

    Parsed parse(JsonNode record) {
        RecordFields f = new RecordFields(record);
        if (!record.isObject()) {
            f.error("(record)", "must be an object with the placement's fields, not " + RecordFields.describe(record));
            return new Parsed(null, null, f.errors(), null, List.of());
        }
        String id = f.text("id", true);
        Child child = new Child(f.text("child.ref", true), f.yearMonth("child.birthMonth", true),
                f.enumValue("child.legalStatus", false, LegalStatus.class), f.bool("child.ehcp"),
                f.bool("child.uasc"), f.integer("child.ehcpWeeks", false, 1, 52));
        PlacementType type = f.enumValue("type", true, TYPES_ALLOWED, PlacementParser::placementType);
        Provider provider = new Provider(f.text("provider.ref", false), f.bool("provider.onFramework"),
                f.bool("provider.ofstedRegistered"));
        var start = f.date("start", true);
        var plannedEnd = f.date("plannedEnd", false);
        if (start != null && plannedEnd != null && plannedEnd.isBefore(start)) {
            f.error("plannedEnd", "is " + plannedEnd + ", before the start " + start + "; it must be on or after it");
        }
        Integer weeksPerYear = f.integer("weeksPerYear", true, 1, 52);
        WeeklyCost weekly = new WeeklyCost(f.money("weekly.core", true), f.money("weekly.additionalStaffing", false),
                f.money("weekly.education", false), f.money("weekly.therapy", false),
                f.money("weekly.transport", false));
        StaffingRatio ratio = f.enumValue("staffingRatio", false, "NONE, 1:1, 2:1, 3:1", StaffingRatio::fromLabel);
        StaffingReason reason = f.enumValue("staffingReason", false, StaffingReason.class);
        Contributions contributions = new Contributions(f.money("contributions.healthWeekly", false),
                f.money("contributions.educationWeekly", false));
        Needs needs = new Needs(needs(f));
        Stability stability = new Stability(f.dates("stability.seriousIncidents"),
                f.dates("stability.missingEpisodes"), f.integer("stability.schoolAttendancePct", false, 0, 100),
                f.integer("stability.placementMoves12m", false, 0, 366),
                f.integer("stability.sdqTotal", false, 0, 40));
        ContinuingCare continuingCare = new ContinuingCare(
                f.enumValue("continuingCare.status", false, ContinuingCareStatus.class),
                f.money("continuingCare.agreedHealthWeekly", false));
        CarePlan carePlan = new CarePlan(f.enumValue("carePlan.permanenceGoal", false, PermanenceGoal.class),
                f.enumValue("carePlan.childViewOnMove", false, ChildView.class),
                f.bool("carePlan.familyTimeSupportsMove"), f.texts("carePlan.riskFlags"),
                f.bool("carePlan.staffingStepDownPlan"));
        Integer distanceMiles = f.integer("distanceMiles", false, 0, 10_000);
        Boolean outOfArea = f.bool("outOfArea");
        var previousWeeklyCore = f.money("previousWeeklyCore", false);
        var reviewedOn = f.date("reviewedOn", false);
        if (!f.errors().isEmpty()) {
            return new Parsed(id, null, f.errors(), child.birthMonth(), List.of());
        }
        return new Parsed(id, new Placement(id, child, type, provider, start, plannedEnd, weeksPerYear, weekly, ratio,
                reason, distanceMiles, outOfArea, contributions, needs, stability, continuingCare,
                previousWeeklyCore, carePlan, reviewedOn), f.errors(), child.birthMonth(), List.copyOf(f.notes()));
    }

    /** A placement type by its enum name or its display label, in any case (as a council's export writes it). */
    static PlacementType placementType(String text) {
        PlacementType byName = RecordFields.byName(PlacementType.class, text);
        if (byName != null) {
            return byName;
        }
        String label = text.strip().replace('\u2019', '\'');
        for (PlacementType type : PlacementType.values()) {
            if (type.label().equalsIgnoreCase(label)) {
                return type;
            }
        }
        return null;
    }

    private Map<DstDomain, DstLevel> needs(RecordFields f) {
        Map<DstDomain, DstLevel> levels = new EnumMap<>(DstDomain.class);
        for (DstDomain domain : DstDomain.values()) {
            String path = "needs." + domain.key();
            DstLevel level = f.enumValue(path, false, DstLevel.class);
            if (level == null) {
                continue;
            }
            DstLevel ceiling = ceilings.get(domain);
            if (ceiling != null && level.compareTo(ceiling) > 0) {
                f.error(path, level + " is above the highest level this DST domain takes (" + ceiling
                        + "); allowed: " + allowedUpTo(ceiling));
            } else {
                levels.put(domain, level);
            }
        }
        return levels;
    }

    private static String allowedUpTo(DstLevel ceiling) {
        StringBuilder out = new StringBuilder();
        for (DstLevel l : DstLevel.values()) {
            if (l.compareTo(ceiling) <= 0) {
                out.append(out.length() == 0 ? "" : ", ").append(l);
            }
        }
        return out.toString();
    }
}
