package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import placementreview.review.Progress;

class TerminalProgressTest {
    @Test
    void showsDoneOfTotalTheRateAndTheTimeLeftAtMostTwiceASecond() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong(0);
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text), clock::get);
        progress.done(100, 100_000);
        assertThat(text.toString()).isEmpty();
        clock.set(2_000_000_000L);
        progress.done(20_000, 100_000);
        assertThat(text.toString()).isEqualTo("\rReviewed 20,000 / 100,000 placements (10,000 a second, 0:08 left)  ");
        clock.set(2_100_000_000L);
        progress.done(21_000, 100_000);
        assertThat(text.toString()).doesNotContain("21,000");
        clock.set(10_000_000_000L);
        progress.finished(100_000);
        assertThat(text.toString()).endsWith("\rReviewed 100,000 / 100,000 placements (10,000 a second, 0:00 left)  \n");
    }

    @Test
    void nothingForSmallReviewsForJsonOrWhenStderrIsNotATerminal() {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);
        assertThat(TerminalProgress.forReview(err, 150, false)).isSameAs(Progress.NONE);
        assertThat(TerminalProgress.forReview(err, 100_000, true)).isSameAs(Progress.NONE);
        // the tests run with no console, as a piped review does
        assertThat(TerminalProgress.forReview(err, 100_000, false)).isSameAs(Progress.NONE);
    }

    @Test
    void aReviewWithoutATerminalPrintsNoProgress() {
        CliTest.Run r = CliTest.run("review", CliTest.DEMO, "--top", "1");
        assertThat(r.err()).isEmpty();
    }
}
