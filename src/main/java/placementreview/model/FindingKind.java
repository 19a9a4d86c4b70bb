package placementreview.model;

/** What a finding is; the JSON name is the DESIGN.md name. */
public enum FindingKind {
    COST_OPTION("CostOption"), CONTINUING_CARE_INDICATION("ContinuingCareIndication"), APPORTIONMENT("Apportionment"),
    STEP_DOWN_CRITERION("StepDownCriterion"), STEP_DOWN_CANDIDATE("StepDownCandidate"),
    PORTFOLIO_FINDING("PortfolioFinding"), DATA_QUALITY_WARNING("DataQualityWarning"),
    COMPLIANCE_FINDING("ComplianceFinding");

    private final String jsonName;

    FindingKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
