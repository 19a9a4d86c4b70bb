package placementreview.review;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import placementreview.engine.Evaluation;
import placementreview.engine.FindingDetail;
import placementreview.engine.PlacementEvaluator;
import placementreview.engine.PortfolioEvaluator;
import placementreview.engine.Rulebase;
import placementreview.io.CaseFileReader;
import placementreview.io.InputException;
import placementreview.model.CaseFile;
import placementreview.engine.PriceIndex;
import placementreview.engine.RulebaseException;
import placementreview.model.Finding;
import placementreview.model.BenchmarkRate;
import placementreview.model.MarketRate;
import placementreview.model.NeedBandRate;
import placementreview.model.Placement;
import placementreview.model.PlacementSummary;
import placementreview.model.PolicyParameter;
import placementreview.model.RatePrice;
import placementreview.model.ReviewContext;
import placementreview.model.SavingWithoutInHousePlace;
import placementreview.model.StepDownCandidate;
import placementreview.ruleapi.CostCalendar;

/** The one service the CLI and the web layer call: reads case files, runs the rules, ranks and totals. */
public final class ReviewService {
    /** The reference parameter that says how many placements the panel reviews. */
    public static final String PANEL_TOP_N = "panel-top-n";
    private static final Comparator<RankedPlacement> BY_ID = Comparator.comparing(r -> r.placement().id());

    private final Rulebase rulebase;
    private final PlacementEvaluator evaluator;
    private final PortfolioEvaluator portfolio;
    private final SavingOverlaps overlaps;
    private final int panelTop;
    private final CaseloadCache caseloads = new CaseloadCache();

    public ReviewService(Rulebase rulebase) {
        this.rulebase = rulebase;
        this.evaluator = new PlacementEvaluator(rulebase);
        this.portfolio = new PortfolioEvaluator(rulebase);
        this.overlaps = new SavingOverlaps(rulebase.reference().savingOverlaps());
        this.panelTop = rulebase.reference().positiveInt(PANEL_TOP_N);
    }

    /** How many placements the panel reviews (reference parameter panel-top-n): the default --top. */
    public int panelTop() {
        return panelTop;
    }

    public Rulebase rulebase() {
        return rulebase;
    }

    public CaseFile read(List<Path> files, LocalDate asOfOverride) {
        return new CaseFileReader(rulebase.reference().dstCeilings()).readAll(files, asOfOverride);
    }

    /** Several inputs (files, or a receipt's stored bytes under their original names) as one caseload. */
    public CaseFile readSources(List<placementreview.io.CaseSource> sources, LocalDate asOfOverride) {
        return new CaseFileReader(rulebase.reference().dstCeilings()).readSources(sources, asOfOverride);
    }

    /** One case file from a stream (a web request's body), named {@code name} in messages. */
    public CaseFile read(String name, InputStream in, LocalDate asOfOverride) {
        return read(name, in, asOfOverride, false);
    }

    /** One JSON or CSV case file from a stream, named {@code name} in messages. */
    public CaseFile read(String name, InputStream in, LocalDate asOfOverride, boolean csv) {
        return new CaseFileReader(rulebase.reference().dstCeilings()).read(name, in, asOfOverride, csv);
    }

    public static ReviewContext contextOf(CaseFile caseFile) {
        return new ReviewContext(caseFile.asOf(), caseFile.financialYear().start(), caseFile.financialYear().end());
    }

    public Review review(CaseFile caseFile, ReviewOptions options) {
        return review(caseFile, options, Progress.NONE);
    }

    /**
     * The review, telling {@code progress} how many placements are done. Only the top N (the ones the outputs show)
     * carry their findings in full with the trace: the rules are run once for every placement keeping lean findings
     * (what ranking and totals need; {@link ReviewOptions#beyondTop()}), then again in full for the top N (same facts,
     * same rules, same findings and savings), so the titles, evidence and traces of 100,000 placements never sit in
     * memory.
     */
    public Review review(CaseFile caseFile, ReviewOptions options, Progress progress) {
        ReviewContext context = contextOf(caseFile);
        List<MarketRate> market = Market.of(caseFile.placements(), rulebase.reference().needBands());
        int total = caseFile.placements().size();
        int shown = options.top() != null ? options.top() : panelTop;
        // when every placement is shown (a small file), one pass in full is enough
        boolean allShown = shown >= total;
        List<Evaluation> evaluations = evaluator.evaluateAll(caseFile.placements(), context, market,
                options.threads(), allShown ? FindingDetail.FULL : options.beyondTop(),
                done -> progress.done(done, total));
        progress.finished(total);
        // the forecast needs no rules: worked out on another thread while this one runs the caseload rules
        CompletableFuture<Forecast> forecast = CompletableFuture.supplyAsync(() -> forecast(caseFile, null));
        List<Finding> caseload = caseload(caseFile, context, evaluations);
        InHousePlaces places = InHousePlaces.of(caseload);
        List<RankedPlacement> unranked = new ArrayList<>(evaluations.size());
        for (Evaluation e : evaluations) {
            Placement p = e.placement();
            unranked.add(new RankedPlacement(0, p, p.getWeeklyCost(), p.getNetAnnualCost(),
                    CostCalendar.costToYearEnd(p, context), e.findings(), e.trace(), plan(p, e.findings(), places)));
        }
        unranked.sort(order(options.by()));
        List<Placement> top = allShown ? List.of() : unranked.subList(0, Math.max(0, Math.min(shown,
                unranked.size()))).stream().map(RankedPlacement::placement).toList();
        List<Evaluation> traced = evaluator.evaluateAll(top, context, market, options.threads(), FindingDetail.FULL,
                done -> { });
        List<RankedPlacement> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            RankedPlacement r = unranked.get(i);
            Evaluation full = i < traced.size() ? traced.get(i) : null;
            ranked.add(new RankedPlacement(i + 1, r.placement(), r.weeklyCost(), r.netAnnualCost(),
                    r.costToYearEnd(), full == null ? r.findings() : full.findings(),
                    full == null ? r.trace() : full.trace(),
                    full == null ? r.savingsPlan() : plan(r.placement(), full.findings(), places)));
        }
        return new Review(caseFile.authority(), caseFile.asOf(), caseFile.financialYear(), rulebase.version(),
                List.copyOf(ranked), shown, caseload, caseFile.rejected(), options.by(),
                joined(forecast), caseFile.notes(), caseFile.inputSha256(), basis(context, market));
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private BenchmarkBasis basis(ReviewContext context, List<MarketRate> market) {
        String year = RatePrice.yearOf(context.yearStart());
        PriceIndex.Entry index = rulebase.reference().prices().of(year, "the review's financial year");
        PolicyParameter minCount = parameter(BenchmarkBasis.MARKET_MIN_COUNT);
        List<Object> priced = rulebase.reference().factsAt(context);
        List<MarketGroup> groups = market.stream().map(m -> new MarketGroup(m, BenchmarkBasis.usable(m, minCount),
                published(priced, m))).toList();
        return new BenchmarkBasis(year, index.value(), index.source(), groups, minCount,
                parameter(BenchmarkBasis.ACHIEVABLE_SHARE));
    }

    /** The published benchmark for the group's type and band at the review year's prices, as CR-02/CR-03 pick it. */
    private static BigDecimal published(List<Object> priced, MarketRate group) {
        return priced.stream().filter(NeedBandRate.class::isInstance).map(NeedBandRate.class::cast)
                .filter(r -> r.type() == group.type() && r.band() == group.band()).map(NeedBandRate::weekly)
                .findFirst().orElseGet(() -> priced.stream().filter(BenchmarkRate.class::isInstance)
                        .map(BenchmarkRate.class::cast).filter(r -> r.type() == group.type())
                        .map(BenchmarkRate::weekly).findFirst().orElse(null));
    }

    private PolicyParameter parameter(String name) {
        return rulebase.reference().parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new RulebaseException("rules/reference: parameter " + name
                        + " is not defined in any parameters*.csv"));
    }

    /** The caseload rules' findings (capacity allocation, providers) over every placement's findings. */
    private List<Finding> caseload(CaseFile caseFile, ReviewContext context, List<Evaluation> evaluations) {
        List<Finding> placementFindings = new ArrayList<>();
        List<SavingWithoutInHousePlace> withoutPlaces = new ArrayList<>();
        for (Evaluation e : evaluations) {
            placementFindings.addAll(e.findings());
            if (e.findings().stream().anyMatch(ReviewService::needsInHousePlace)) {
                withoutPlaces.add(new SavingWithoutInHousePlace(e.placement().id(),
                        plan(e.placement(), e.findings(), InHousePlaces.NONE).councilReduction()));
            }
        }
        List<PlacementSummary> summaries = PlacementSummary.rankedByCost(caseFile.placements(),
                rulebase.reference().needBands());
        return portfolio.evaluate(summaries, caseFile.capacity(), context, placementFindings, withoutPlaces)
                .findings();
    }

    private SavingsPlan plan(Placement p, List<Finding> findings, InHousePlaces places) {
        return SavingsPlan.best(findings, overlaps, places, p.getNetAnnualCost());
    }

    private static boolean needsInHousePlace(Finding f) {
        return f instanceof StepDownCandidate c && c.savings() != null && c.route().capacityLimited();
    }

    /**
     * The year's forecast outturn with end-date slip sensitivity; slips in weeks, or null for the reference
     * parameters named forecast-slip-weeks-*.
     */
    public Forecast forecast(CaseFile caseFile, List<Integer> slipWeeks) {
        List<Integer> slips = slipWeeks != null ? slipWeeks : rulebase.reference().parameters().stream()
                .filter(p -> p.name().startsWith(PolicyParameter.FORECAST_SLIP_PREFIX)).map(p -> p.intValue()).sorted().toList();
        return Forecaster.forecast(caseFile.placements(), contextOf(caseFile),
                caseFile.financialYear().placementBudget(), slips);
    }

    /** The rules' findings and trace for one placement. */
    public Evaluation explain(CaseFile caseFile, String placementId) {
        return evaluator.evaluate(find(caseFile, placementId), contextOf(caseFile),
                Market.of(caseFile.placements(), rulebase.reference().needBands()));
    }

    /**
     * What the best reduction in the council's spend counts of one placement's explained findings. Runs the whole
     * review, because whether a step-down route has an in-house place depends on the caseload (CAP-01).
     */
    public SavingsPlan savingsPlan(CaseFile caseFile, Evaluation explained, int threads) {
        Review review = review(caseFile, new ReviewOptions(1, RankBy.COST, threads));
        return plan(explained.placement(), explained.findings(), InHousePlaces.of(review.portfolio()));
    }

    private static Placement find(CaseFile caseFile, String placementId) {
        return PlacementFinder.find(caseFile, placementId);
    }

    /**
     * The step-down check of one placement: its own rules' findings (with their evidence), joined with the capacity
     * the caseload rules allocate across the whole file (CAP-01: whether an in-house place is free depends on the
     * other candidates). That allocation is worked out once per case file (by its input hash) and reused by the
     * checks of its other placements; nothing else of the caseload is reviewed.
     */
    public StepDownCheck check(CaseFile caseFile, String placementOrChild, int threads) {
        Placement placement = find(caseFile, placementOrChild);
        ReviewContext context = contextOf(caseFile);
        List<MarketRate> market = Market.of(caseFile.placements(), rulebase.reference().needBands());
        List<Finding> caseload = caseloads.get(caseFile, () -> caseload(caseFile, context,
                evaluator.evaluateAll(caseFile.placements(), context, market, threads, FindingDetail.LEAN,
                        done -> { })));
        Evaluation own = evaluator.evaluate(placement, context, market);
        return new StepDownCheck(placement, caseFile.asOf(), rulebase.version(),
                StepDown.of(placement.id(), own.findings(), caseload), caseFile.placements().size() > 1,
                caseFile.capacity(), caseFile.inputSha256());
    }

    private static Comparator<RankedPlacement> order(RankBy by) {
        Comparator<RankedPlacement> primary = by == RankBy.SAVING
                ? Comparator.comparing((RankedPlacement r) -> r.councilReduction().fullYear()).reversed()
                : Comparator.comparing(RankedPlacement::netAnnualCost).reversed();
        return primary.thenComparing(BY_ID);
    }
}
