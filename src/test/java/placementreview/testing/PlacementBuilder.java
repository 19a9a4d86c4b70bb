package placementreview.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Builds placements for rule tests: an ordinary external children's home placement by default (review date
 * 2026-11-23), with one wither per fact a rule looks at, so a test says only what matters to it.
 */
public final class PlacementBuilder {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private String id = "P-TEST";
    private YearMonth birthMonth = YearMonth.of(2012, 5);
    private Boolean ehcp = false;
    private Integer ehcpWeeks;
    private PlacementType type = PlacementType.EXTERNAL_CHILDRENS_HOME;
    private Provider provider = new Provider("PRV-01", false);
    private LocalDate start = LocalDate.of(2025, 1, 6);
    private LocalDate plannedEnd;
    private int weeksPerYear = 52;
    private BigDecimal core = new BigDecimal("5000.00");
    private BigDecimal additionalStaffing = BigDecimal.ZERO;
    private BigDecimal education = BigDecimal.ZERO;
    private BigDecimal therapy = BigDecimal.ZERO;
    private BigDecimal transport = BigDecimal.ZERO;
    private StaffingRatio staffingRatio = StaffingRatio.NONE;
    private StaffingReason staffingReason;
    private Integer distanceMiles = 10;
    private Boolean outOfArea = false;
    private BigDecimal healthWeekly = BigDecimal.ZERO;
    private BigDecimal educationWeekly = BigDecimal.ZERO;
    private final Map<DstDomain, DstLevel> needs = new EnumMap<>(DstDomain.class);
    private List<LocalDate> seriousIncidents = List.of();
    private List<LocalDate> missingEpisodes = List.of();
    private Integer schoolAttendancePct = 95;
    private ContinuingCareStatus ccStatus = ContinuingCareStatus.NONE;
    private BigDecimal agreedHealthWeekly = BigDecimal.ZERO;
    private BigDecimal previousWeeklyCore;
    private PermanenceGoal goal = PermanenceGoal.LONG_TERM_FOSTERING;
    private ChildView view = ChildView.OPEN;
    private Boolean familyTimeSupportsMove = true;
    private List<String> riskFlags = List.of();
    private Boolean staffingStepDownPlan;
    private Integer placementMoves12m = 0;
    private Integer sdqTotal = 15;
    private LocalDate reviewedOn = LocalDate.of(2026, 9, 1);

    public PlacementBuilder() {
        for (DstDomain d : DstDomain.values()) {
            needs.put(d, DstLevel.NONE);
        }
    }

    public static PlacementBuilder placement() {
        return new PlacementBuilder();
    }

    public PlacementBuilder id(String value) { id = value; return this; }
    public PlacementBuilder type(PlacementType value) { type = value; return this; }
    public PlacementBuilder bornIn(String yearMonth) { birthMonth = YearMonth.parse(yearMonth); return this; }
    public PlacementBuilder ehcp(Boolean value) { ehcp = value; return this; }
    public PlacementBuilder provider(String ref, Boolean onFramework) { provider = new Provider(ref, onFramework, provider.ofstedRegistered()); return this; }
    public PlacementBuilder ofstedRegistered(Boolean value) { provider = new Provider(provider.ref(), provider.onFramework(), value); return this; }
    public PlacementBuilder ehcpWeeks(Integer value) { ehcpWeeks = value; return this; }
    public PlacementBuilder start(String date) { start = LocalDate.parse(date); return this; }
    public PlacementBuilder plannedEnd(String date) { plannedEnd = date == null ? null : LocalDate.parse(date); return this; }
    public PlacementBuilder weeksPerYear(int value) { weeksPerYear = value; return this; }
    public PlacementBuilder core(String pounds) { core = new BigDecimal(pounds); return this; }
    public PlacementBuilder additionalStaffing(String pounds) { additionalStaffing = money(pounds); return this; }
    public PlacementBuilder education(String pounds) { education = money(pounds); return this; }
    public PlacementBuilder therapy(String pounds) { therapy = money(pounds); return this; }
    public PlacementBuilder transport(String pounds) { transport = money(pounds); return this; }
    public PlacementBuilder staffing(StaffingRatio ratio, StaffingReason reason) { staffingRatio = ratio; staffingReason = reason; return this; }
    public PlacementBuilder distance(Integer miles, Boolean outside) { distanceMiles = miles; outOfArea = outside; return this; }
    public PlacementBuilder healthContribution(String pounds) { healthWeekly = money(pounds); return this; }
    public PlacementBuilder educationContribution(String pounds) { educationWeekly = money(pounds); return this; }
    public PlacementBuilder need(DstDomain domain, DstLevel level) { needs.put(domain, level); return this; }
    public PlacementBuilder needUnknown(DstDomain domain) { needs.remove(domain); return this; }
    public PlacementBuilder seriousIncidents(String... dates) { seriousIncidents = dates(dates); return this; }
    public PlacementBuilder seriousIncidentsUnknown() { seriousIncidents = null; return this; }
    public PlacementBuilder missingEpisodes(String... dates) { missingEpisodes = dates(dates); return this; }
    public PlacementBuilder missingEpisodesUnknown() { missingEpisodes = null; return this; }
    public PlacementBuilder schoolAttendance(Integer pct) { schoolAttendancePct = pct; return this; }
    public PlacementBuilder continuingCare(ContinuingCareStatus status, String agreedWeekly) { ccStatus = status; agreedHealthWeekly = money(agreedWeekly); return this; }
    public PlacementBuilder previousWeeklyCore(String pounds) { previousWeeklyCore = money(pounds); return this; }
    public PlacementBuilder goal(PermanenceGoal value) { goal = value; return this; }
    public PlacementBuilder childView(ChildView value) { view = value; return this; }
    public PlacementBuilder familyTimeSupportsMove(Boolean value) { familyTimeSupportsMove = value; return this; }
    public PlacementBuilder riskFlags(String... flags) { riskFlags = List.of(flags); return this; }
    public PlacementBuilder staffingStepDownPlan(Boolean value) { staffingStepDownPlan = value; return this; }
    public PlacementBuilder placementMoves(Integer value) { placementMoves12m = value; return this; }
    public PlacementBuilder sdq(Integer value) { sdqTotal = value; return this; }
    public PlacementBuilder riskFlagsUnknown() { riskFlags = null; return this; }
    public PlacementBuilder reviewedOn(String date) { reviewedOn = date == null ? null : LocalDate.parse(date); return this; }

    public Placement build() {
        return new Placement(id, new Child("C-TEST", birthMonth, LegalStatus.C2, ehcp, false, ehcpWeeks), type, provider, start,
                plannedEnd, weeksPerYear, new WeeklyCost(core, additionalStaffing, education, therapy, transport),
                staffingRatio, staffingReason, distanceMiles, outOfArea,
                new Contributions(healthWeekly, educationWeekly), new Needs(needs),
                new Stability(seriousIncidents, missingEpisodes, schoolAttendancePct, placementMoves12m, sdqTotal),
                new ContinuingCare(ccStatus, agreedHealthWeekly), previousWeeklyCore,
                new CarePlan(goal, view, familyTimeSupportsMove, riskFlags, staffingStepDownPlan), reviewedOn);
    }

    private static BigDecimal money(String pounds) {
        return pounds == null ? null : new BigDecimal(pounds);
    }

    private static List<LocalDate> dates(String... dates) {
        return java.util.Arrays.stream(dates).map(LocalDate::parse).toList();
    }
}
