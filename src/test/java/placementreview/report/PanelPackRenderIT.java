package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders the demo panel pack with headless Chromium (installed by .ci/run; skipped on a machine without it) and
 * checks the picture is a real page: mostly white paper, with text and the dark bars of the chart.
 */
class PanelPackRenderIT {
    @Test
    void theDemoPackRendersToANonBlankPicture() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Debian chromium is not installed");
        Process process = new ProcessBuilder("bash", "scripts/render-pack.sh", "cases/demo/demo-authority.json",
                "target/panel-pack.png").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        BufferedImage image = ImageIO.read(Path.of("target/panel-pack.png").toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        int dark = 0;
        int white = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int brightness = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (brightness < 200) {
                    dark++;
                } else if (brightness > 750) {
                    white++;
                }
            }
        }
        int sampled = (image.getWidth() / 2) * (image.getHeight() / 2);
        assertThat(white).as("paper").isGreaterThan(sampled / 2);
        assertThat(dark).as("text and chart bars").isGreaterThan(sampled / 100);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(20);
    }
}
