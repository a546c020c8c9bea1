"""The sentence under each table, written from its tests (significance at 0.05)."""

from clusterdesk.analysis.results import GroupTest, ResultTable
from clusterdesk.report.sentences import decisive_p, sentence


def _t2(tests):
    return ResultTable("innovation_by_region", "T2", [], [], tests=tests, tests_by="column")


def test_brief_example_in_english_and_norwegian():
    table = _t2([GroupTest("product", "Product innovation", 19.04, 4, 0.00077),
                 GroupTest("process", "Process innovation", 5.8, 4, 0.2146)])
    assert sentence(table, "en") == ("Product innovation differs between regions (χ² = 19.0, "
                                     "df = 4, p < 0.001); process innovation does not (p = 0.21).")
    assert sentence(table, "nb") == ("Produktinnovasjon varierer mellom regionene (χ² = 19,0, "
                                     "fg = 4, p < 0,001); prosessinnovasjon gjør ikke det "
                                     "(p = 0,21).")


def test_p_near_the_threshold_keeps_three_decimals_and_stays_not_significant():
    table = _t2([GroupTest("product", "", 9.4, 4, 0.0517), GroupTest("process", "", 9.0, 4, 0.061)])
    assert sentence(table, "en") == ("Product innovation and process innovation do not differ "
                                     "between regions (p = 0.052 and 0.061).")


def test_small_counts_use_fishers_exact_p_and_missing_tests_are_left_out():
    small = GroupTest("product", "", 4.1, 1, 0.043, fisher_p=0.09, small_counts=True)
    assert decisive_p(small) == 0.09
    none = GroupTest("process", "", None, None, None, note="one group left")
    table = ResultTable("cluster_classification", "T5", [], [], tests=[small, none])
    assert sentence(table, "en") == ("Firms in regional and non-regional clusters do not differ "
                                     "in product innovation (p = 0.090).")
    assert sentence(ResultTable("cluster_classification", "T5", [], [], tests=[none])) is None


def test_factor_tables_name_the_factors_in_the_report_language():
    tests = [GroupTest("customers", "Demanding customers", 38.07, 4, 1e-7),
             GroupTest("capital", "Access to capital", 0.22, 4, 0.994)]
    table = ResultTable("cluster_extent", "T3", [], [], tests=tests)
    assert sentence(table, "en") == ("The regional share differs between regions for demanding "
                                     "customers (χ² = 38.1, df = 4, p < 0.001); not for access to "
                                     "capital (p = 0.99).")
    nb = sentence(ResultTable("innovation_by_location", "T4", [], [], tests=tests), "nb")
    assert nb.startswith("Andelen med produktinnovasjon varierer med hvor faktoren er lokalisert "
                         "for krevende kunder (χ² = 38,1, fg = 4, p < 0,001)")
    assert nb.endswith("ikke for tilgang på kapital (p = 0,99).")


def test_regression_sentence_reads_the_scope_marginal_effects():
    from clusterdesk.analysis.results import ModelResult, Term
    from clusterdesk.report.sentences import regression_sentence

    m = ModelResult("product", "Product innovation", "logit", "model", terms=[
        Term("national", "", 0.23, 0.08, 2.9, 0.004, ame=5.46, ame_se=1.9, ame_p=0.004),
        Term("international", "", -0.2, 0.15, -1.3, 0.19, ame=-4.0, ame_se=3.0, ame_p=0.183)])
    assert regression_sentence(m, "en") == (
        "New or significantly improved products: compared with firms in a regional cluster, "
        "firms of national scope are 5.5 percentage points more likely to have it (AME, "
        "p = 0.004) and firms of international scope do not differ significantly (p = 0.18).")
    assert regression_sentence(m, "nb") == (
        "Nye eller vesentlig forbedrede produkter: sammenlignet med foretak i en regional klynge "
        "har foretak med nasjonalt omfang 5,5 prosentpoeng høyere sannsynlighet for dette (AME, "
        "p = 0,004) og foretak med internasjonalt omfang ingen signifikant forskjell (p = 0,18).")
    m.error = "too few firms"
    assert regression_sentence(m) is None
