package placementreview.model;

/**
 * One need band (null: unknown) as a reference fact: the fee-level rules find a placement's band as the definition
 * that covers its DST profile, so the band reads the checklist thresholds of rules/reference as CC-01 does. There
 * is one definition per band and one for unknown; exactly one covers any profile.
 */
public record NeedBandDefinition(NeedBand band, NeedBands bands) {
    public boolean covers(Needs needs) {
        return bands.bandOf(needs) == band;
    }
}
