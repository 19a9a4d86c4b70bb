package placementreview.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run in the browser on the page as it stands (dynamic content included): a serious or critical violation
 * fails the test, naming the rule, what it asks for and the elements.
 */
public final class Axe {
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final Duration AXE_TIMEOUT = Duration.ofMinutes(3);

    private Axe() {
    }

    /** The serious and critical violations on the page now, one line each: impact, rule id, help, elements. */
    public static List<String> seriousViolations(WebDriver driver) {
        // the printed pack is a long page: on a loaded 2-core machine axe took longer than the driver's 30 s default
        driver.manage().timeouts().scriptTimeout(AXE_TIMEOUT);
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getErrorMessage()).as("axe-core ran").isNull();
        return results.getViolations().stream().filter(rule -> FAILING.contains(rule.getImpact()))
                .map(Axe::line).toList();
    }

    public static void assertNoSeriousViolations(WebDriver driver, String what) {
        assertThat(seriousViolations(driver)).as("axe-core serious or critical violations on " + what).isEmpty();
    }

    private static String line(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(Axe::target).limit(5).toList()
                + (rule.getNodes().size() > 5 ? " and " + (rule.getNodes().size() - 5) + " more" : "");
    }

    private static String target(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }
}
