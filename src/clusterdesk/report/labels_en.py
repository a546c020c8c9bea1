"""The workbook's words in English: sheet names, titles, columns, rows, tests, the regression,
notes and charts (report.labels is the glossary; the Method sheet's words: labels_method.py)."""

from __future__ import annotations

EN: dict[str, str] = {
    # sheet names (<= 31 characters, no []:*?/\)
    "sheet.sample_categories": "T1 Sample",
    "sheet.innovation_by_region": "T2 Innovation by region",
    "sheet.cluster_extent": "T3 Cluster extent",
    "sheet.innovation_by_location": "T4 Innovation by location",
    "sheet.cluster_classification": "T5 Cluster classification",
    "sheet.regression": "T6 Regression",
    "sheet.method": "Method",
    "sheet.data": "Coded data", "sheet.chart_values": "Chart intervals",
    # titles (the paper's wording)
    "title.sample_categories": "Table 1. Descriptive data on the firms included in the sample",
    "title.innovation_by_region": "Table 2. The share of firms having introduced innovations (in %)",
    "title.cluster_extent": "Table 3. The extent of regional clusters – the regional share of six "
                            "factors (in %)",
    "title.innovation_by_location": "Table 4. The effect of clusters on {outcome}: share of firms "
                                    "by where each factor is located (in %)",
    "title.cluster_classification": "Table 5. The effect of regional clusters on innovation: the "
                                    "share of companies having introduced innovations (in %)",
    "title.regression": "Table 6. The effect of clusters on innovation: a multivariate analysis",
    # titles of a survey that asks fewer factors or levels (spec 7)
    "title.cluster_extent.k": "Table 3. The extent of regional clusters – the regional share "
                              "of the {k} factors asked (in %)",
    "title.cluster_classification.national": "Table 5. The effect of the national environment "
                                             "on innovation: the share of companies having "
                                             "introduced innovations (in %)",
    "title.cluster_classification.international": "Table 5. The effect of the international "
                                                  "environment on innovation: the share of "
                                                  "companies having introduced innovations "
                                                  "(in %)",
    "env.national": "National environment", "env.international": "International environment",
    "env.not_national": "Non-national environment",
    "env.not_international": "Non-international environment",
    # role, factor and outcome names: from mapping/roles.py, added below the glossary
    "short.product": "product innovation", "short.product_new_to_market":
        "radical product innovation", "short.process": "process innovation",
    "short.process_new_to_industry": "radical process innovation",
    "group.product": "Product innovation", "group.process": "Process innovation",
    "col.total_share": "Total", "col.radical": "Radical",
    # column and row keys
    "n": "Number of firms", "pct": "% of sample", "mean": "Mean", "median": "Median",
    "sd": "Standard deviation", "min": "Min", "max": "Max", "numbers.n": "N",
    "weighted_n": "Weighted number", "weighted_pct": "Weighted % of sample",
    "Total": "Total", "total": "Total", "average": "Average",
    "average.innovation_by_location": "Average (un-weighted)", "Missing": "Missing",
    "regional": "Regional", "national": "National", "international": "International",
    "non_regional": "Non-regional cluster", "cluster.regional": "Regional cluster",
    "all": "All firms", "n.cluster_classification": "N firms",
    "rowhead.innovation_by_region": "Regions", "rowhead.default": "Variables",
    "rowhead.numbers": "Variables",
    # intervals and tests
    "ci.low": "95% CI low", "ci.high": "high", "ci.caption": "(95% interval)",
    "ci.lower_block": "95% intervals (Wilson): lower bounds, in %",
    "ci.upper_block": "95% intervals (Wilson): upper bounds, in %",
    "tests.title": "Tests of differences (Pearson χ², no continuity correction)",
    "tests.what": "Test of", "chi2": "χ²", "df": "df", "p": "p", "fisher_p": "Fisher p",
    "small_counts": "Small counts", "yes": "yes", "note": "Note",
    "approx": "approximate (weighted counts)",
    # regression
    "reg.scope": "Scope", "reg.controls": "Controls ᵃ", "reg.national": "National cluster",
    "reg.international": "International cluster", "reg.log_employees": "Size (log employees)",
    "reg.manager_education": "Manager's education level", "reg.foreign_ownership":
        "Foreign ownership", "reg.rd_expenditure": "R&D expenditure", "reg.const": "Constant",
    "reg.sector": "Sector: {name}", "reg.coef": "Coefficient", "reg.se": "(SE)",
    "reg.n": "N", "reg.pseudo_r2": "Pseudo R² (McFadden)", "reg.llf": "Log-likelihood",
    "reg.llr_pvalue": "LR test p", "reg.aic": "AIC",
    "reg.effects": "Odds ratios and average marginal effects (percentage points)",
    "reg.or": "Odds ratio", "reg.ame": "AME (pp)", "reg.ame_se": "SE", "reg.ame_p": "p",
    "reg.sectors_note": "ᵃ Controls also include industrial sectors.",
    "reg.failed": "Not estimated: {error}",
    "model.logit": "logit", "model.probit": "probit", "model.lpm": "linear probability model",
    "se.model": "model-based", "se.robust": "robust (HC1)",
    "se.sandwich": "robust (linearisation, n/(n − 1))",
    # notes
    "notes": "Notes",
    "note.source": "Source: {source} (n = {n} firms used of {read} read).",
    "note.shares": "Shares are % of the firms with a non-missing answer to the item "
                   "(available cases); N columns are unweighted counts of firms.",
    "note.weighted": "Shares are weighted by the survey weight; intervals use Kish's effective "
                     "sample size; tests use weights rescaled to the number of firms "
                     "(approximate).",
    "note.ci": "Intervals: 95% Wilson score interval of each share, in %.",
    "note.groups_left_out": "{role} has {total} different values: the {shown} with the most "
                            "firms are shown here; the other {hidden} ({firms} firms) count "
                            "in the totals and tests, and the results file lists every one. "
                            "Is an id column mapped as {role}? See the warnings.",
    "note.sample": "% of the firms that answered each question; 'Missing' counts the firms "
                   "without an answer and has no %.",
    "note.numbers": "Numbers: unweighted, over the firms with a number in that column; "
                    "standard deviation with n − 1.",
    "note.tests": "Tests: Pearson's χ² of independence without continuity correction; Fisher p "
                  "is Fisher's exact two-sided p (2×2 tables); 'Small counts': an expected "
                  "count is below 5, so read Fisher p where there is one.",
    "note.stars": "*** p < 0.01, ** p < 0.05, * p < 0.1. Standard errors in parentheses.",
    "note.truncated": "A text longer than Excel's 32,767-character limit was cut short.",
    # charts
    "chart.share": "% of firms",
}
