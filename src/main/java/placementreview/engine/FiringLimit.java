package placementreview.engine;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Bounds one rule run: after too many firings or too long, no further match is let fire (as the session's agenda
 * filter) and {@link #check} names the rule that fired most, so a rule that keeps re-matching its own changes stops with exit 2 instead of running for ever.
 * The packaged rules fire a few dozen times per placement; the limits are far above any real run.
 */
final class FiringLimit extends DefaultAgendaEventListener implements AgendaFilter {
    static final int PLACEMENT_FIRINGS = 10_000;
    static final Duration PLACEMENT_TIME = Duration.ofSeconds(30);

    private final long maxFirings;
    private final long maxNanos;
    private final Map<Rule, Integer> firings = new HashMap<>();
    private long fired;
    private long started;
    private String exceeded;

    FiringLimit(long maxFirings, Duration maxTime) {
        this.maxFirings = maxFirings;
        this.maxNanos = maxTime.toNanos();
    }

    /** Starts counting afresh (one placement, or one caseload run). */
    void start() {
        firings.clear();
        fired = 0;
        started = System.nanoTime();
        exceeded = null;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.merge(event.getMatch().getRule(), 1, Integer::sum);
        fired++;
        if (exceeded != null) {
            return;
        }
        if (fired > maxFirings) {
            exceeded = "fired more than " + maxFirings + " times";
        } else if (System.nanoTime() - started > maxNanos) {
            exceeded = "ran for more than " + Duration.ofNanos(maxNanos).toSeconds() + " s";
        }
    }

    @Override
    public boolean accept(Match match) {
        return exceeded == null;
    }

    /** Throws, naming the rule that fired most, when the run was stopped; {@code what}: "placement P-1", ... */
    void check(String what) {
        if (exceeded == null) {
            return;
        }
        Map.Entry<Rule, Integer> most = firings.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<Rule, Integer>::getValue)).orElseThrow();
        Rule rule = most.getKey();
        String id = RuleMetadata.id(rule);
        throw new RulebaseException("the rules " + exceeded + " for " + what + ", so the run was stopped: rule \""
                + rule.getName() + "\"" + (id != null ? " (" + id + ")" : "") + " fired " + most.getValue()
                + " times; does its consequence change a fact so that it matches again?");
    }
}
