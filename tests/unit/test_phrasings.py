"""Each phrasing rule on sentences written for the test: other numbers, years, word order and wording."""

from indicators.catalogue import load
from indicators.extract import extract
from tests.helpers import document, observe, values


def test_year_value_with_parenthesis_of_earlier_years() -> None:
    obs = observe(["In 2023, 1 204 early marriages were registered (compared with 1,310 in 2022 and 1 198 in 2021)."])
    assert values(obs) == {
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2023, 2023, 1204.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2022, 2022, 1310.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2021, 2021, 1198.0, "A"),
    }
    assert set(obs["rule"]) == {"sentence_year", "value_in_year"}


def test_year_after_the_noun() -> None:
    obs = observe(["Only 870 early marriages were registered in 2022."])
    assert values(obs) == {("EARLY_MARRIAGES", "KZ", "_T", "_T", 2022, 2022, 870.0, "A")}
    assert obs["rule"].tolist() == ["value_in_year"]  # the year right after the figure's own name


def test_year_of_the_clause() -> None:
    obs = observe(
        ["Only 870 early marriages, most of them in rural areas, were registered by the civil registry in 2022."]
    )
    assert values(obs) == {("EARLY_MARRIAGES", "KZ", "_T", "_T", 2022, 2022, 870.0, "A")}
    assert obs["rule"].tolist() == ["clause_year"]


def test_trend_with_years() -> None:
    obs = observe(["The number of residents of residential organizations fell from 3,410 in 2021 to 2,113 in 2024."])
    assert values(obs) == {
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2021, 2021, 3410.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2024, 2024, 2113.0, "A"),
    }


def test_trend_years_from_the_sentence_span() -> None:
    obs = observe(["Between 2017 and 2022, the number of orphanages went down from 150 to 101."])
    assert values(obs) == {
        ("RESIDENTIAL_CARE_INSTITUTIONS", "KZ", "_T", "_T", 2017, 2017, 150.0, "A"),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "KZ", "_T", "_T", 2022, 2022, 101.0, "A"),
    }


def test_trend_years_from_the_reporting_period_only_when_the_text_points_to_it() -> None:
    sentence = "The net enrolment ratio in primary education rose from 97.5 to 98.9 per cent for boys during the reporting period."
    assert values(observe([sentence], (2021, 2024))) == {
        ("NER_PRIMARY", "KZ", "M", "_T", 2021, 2021, 97.5, "A"),
        ("NER_PRIMARY", "KZ", "M", "_T", 2024, 2024, 98.9, "A"),
    }
    assert observe([sentence], None).empty  # no metadata: a gap, not a guess
    undated = "The net enrolment ratio in primary education rose from 97.5 to 98.9 per cent for boys."
    assert observe([undated], (2021, 2024)).empty


def test_period_total_with_sex_breakdown_and_age() -> None:
    obs = observe(
        [
            "Between 2021 and 2024, a total of 612 suicides among children aged 5 to 17 were registered, of which 401 were boys and 211 girls."
        ]
    )
    assert values(obs) == {
        ("CHILD_SUICIDES", "KZ", "_T", "Y5T17", 2021, 2024, 612.0, "A"),
        ("CHILD_SUICIDES", "KZ", "M", "Y5T17", 2021, 2024, 401.0, "A"),
        ("CHILD_SUICIDES", "KZ", "F", "Y5T17", 2021, 2024, 211.0, "A"),
    }
    assert set(obs["rule"]) == {"period_total"}


def test_percentage_change_implies_an_earlier_level() -> None:
    obs = observe(["In 2024, 130 child suicides were recorded, 12.5 per cent fewer than in 2021."])
    derived = obs[obs["obs_status"] == "E"].iloc[0]
    assert (derived["period_start"], derived["obs_value"], derived["rule"]) == (2021, 149.0, "change_pct_from_level")
    assert "130 (2024, stated) / (1 - 12.5/100) = 148.57, rounded to 149" in derived["derivation"]
    obs = observe(["In 2019, 160 child suicides were recorded, an increase of 6.7 per cent on the 2017 level."])
    assert obs[obs["obs_status"] == "E"]["obs_value"].tolist() == [150.0]


def test_absolute_change_since_a_year() -> None:
    obs = observe(
        [
            "As at the end of 2024, the number of orphans and children left without parental care stood at 20,115. "
            "The figure has fallen by 3,115 since 2021."
        ]
    )
    assert values(obs) == {
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "KZ", "_T", "_T", 2024, 2024, 20115.0, "A"),
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "KZ", "_T", "_T", 2021, 2021, 23230.0, "E"),
    }
    assert (
        obs.loc[obs["obs_status"] == "E", "derivation"].item()
        == "20,115 (2024, stated) + 3,115 (the decrease from 2021 to 2024) = 23,230"
    )


def test_share_with_its_count_in_either_order() -> None:
    expected = {
        ("CHILDREN_IN_FAMILY_CARE", "KZ", "_T", "_T", 2022, 2022, 17902.0, "A"),
        ("CHILDREN_IN_FAMILY_CARE_SHARE", "KZ", "_T", "_T", 2022, 2022, 89.0, "A"),
    }
    count_first = (
        "At the end of 2022, 17,902, or 89.0 per cent, of them live in families under guardianship or foster care."
    )
    share_first = "In 2022, 89.0%, or 17,902 children, were raised in families under guardianship or custody."
    assert values(observe([count_first])) == expected
    assert values(observe([share_first])) == expected


def test_year_from_the_paragraph_context() -> None:
    obs = observe(
        [
            "As of 1 January 2024, there were 9,800 preschools. Preschool education was provided to 96.1% of children aged 3-6."
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_ORGANIZATIONS", "KZ", "_T", "_T", 2024, 2024, 9800.0, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2024, 2024, 96.1, "A"),
    }
    assert obs["rule"].tolist() == ["sentence_year", "context_year"]


def test_year_from_context_is_not_taken_across_a_non_year_time() -> None:
    obs = observe(
        [
            "In 2024, 3 new laws were adopted. At independence, preschool education was provided to 60.5 per cent of children aged 3-6."
        ]
    )
    assert obs.empty


def test_a_range_over_a_period_is_never_a_yearly_value() -> None:
    obs = observe(
        ["The gross enrolment ratio in secondary education varied between 101.2 and 103.8 per cent over 2021-2024."]
    )
    assert obs.empty
    obs = observe(["In 2024, the gross enrolment ratio in secondary education ranged from 101.2 to 103.8 per cent."])
    assert obs.empty


def test_it_refers_to_the_previous_sentence() -> None:
    obs = observe(
        [
            "The gross enrolment ratio in secondary education improved. In 2024, it stood at 102.7 per cent for boys and 103.1 per cent for girls."
        ]
    )
    assert values(obs) == {
        ("GER_SECONDARY", "KZ", "M", "_T", 2024, 2024, 102.7, "A"),
        ("GER_SECONDARY", "KZ", "F", "_T", 2024, 2024, 103.1, "A"),
    }


def test_region_list() -> None:
    obs = observe(
        [
            "In 2024, the preschool enrolment rate for children aged between 3 and 6 years reached 100 per cent in 3 regions: Pavlodar, Kostanay and Atyrau Oblasts."
        ]
    )
    assert sorted(obs["ref_area"]) == ["KZ-23", "KZ-39", "KZ-55"]
    assert set(obs["rule"]) == {"regions_list"}


def test_region_list_that_does_not_add_up_publishes_nothing() -> None:
    obs = observe(
        [
            "In 2024, the preschool enrolment rate for children aged between 3 and 6 years reached 100 per cent in 4 regions: Pavlodar, Kostanay and Atyrau Oblasts."
        ]
    )
    assert obs.empty


def test_figures_about_other_things_are_not_attributed() -> None:
    obs = observe(
        [
            "From 2016 to 2020, 632 submissions were made to eliminate the causes of suicides by minors.",
            "At the end of 2020, there were 60 centres (with 3,336 children) for orphans and children left without parental care.",
            "At independence, the number of orphans and children without parental care was about 100,000.",
            "Preschool education was provided to 88.1 per cent of children.",
        ]
    )
    assert obs.empty


def test_another_age_is_another_indicator() -> None:
    obs = observe(["In 2024, preschool education was provided to 71.0 per cent of children aged 1 to 6."])
    assert obs.empty


def test_breakdown_by_system_with_children_in_parentheses() -> None:
    obs = observe(
        [
            "At the end of 2023, there were 41 organizations (with 2,100 children) for orphans and children left without "
            "parental care in the education system, 12 organizations (with 150 children) in the healthcare system and "
            "9 organizations (with 400 children) in the social protection system."
        ]
    )
    got = {(r.indicator_code, r.system, r.obs_value) for r in obs.itertuples()}
    assert got == {
        ("RESIDENTIAL_CARE_INSTITUTIONS", "EDU", 41.0),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "HLTH", 12.0),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "SOC", 9.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "EDU", 2100.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "HLTH", 150.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "SOC", 400.0),
    }
    assert set(obs["period_start"]) == {2023}


def test_school_years_are_periods() -> None:
    obs = observe(
        [
            "At the start of the 2023/24 school year, the share of schools that had established the conditions for "
            "inclusive education was 81.2 per cent (in the 2019/20 school year it had been 52.3 per cent)."
        ]
    )
    assert values(obs) == {
        ("SCHOOLS_INCLUSIVE_SHARE", "KZ", "_T", "_T", 2023, 2024, 81.2, "A"),
        ("SCHOOLS_INCLUSIVE_SHARE", "KZ", "_T", "_T", 2019, 2020, 52.3, "A"),
    }


def test_an_age_written_after_a_figure_belongs_to_that_figure() -> None:
    obs = observe(
        [
            "At the end of 2023, 90,100 children with disabilities were registered, including 80,200 under 16, "
            "1,400 children from 16 to 18 of disability group I and 4,900 of group III."
        ]
    )
    assert values(obs) == {("CHILDREN_WITH_DISABILITIES", "KZ", "_T", "_T", 2023, 2023, 90100.0, "A")}


def test_a_differently_qualified_population_is_not_the_subject() -> None:
    obs = observe(
        [
            "In 2023, 12 registered refugee children were counted, and 540 children with kandas status were enrolled in school."
        ]
    )
    assert values(obs) == {("REFUGEE_CHILDREN", "KZ", "_T", "_T", 2023, 2023, 12.0, "A")}


def test_a_figure_after_an_uncatalogued_subject_is_left_out() -> None:
    """The 30,500 are pupils of school age, not the catalogue's children with special needs: a gap, not a guess."""
    obs = observe(
        ["In 2023, the number of pupils of school age was 98,000, of whom 30,500 were enrolled in inclusive education."]
    )
    assert obs.empty


def test_repeated_counted_noun_and_urban_rural_breakdown() -> None:
    obs = observe(
        ["There were 4,100 libraries for children in 2022, including 3,500 in rural areas and 600 in cities."]
    )
    got = {(r.residence, r.obs_value) for r in obs.itertuples()}
    assert got == {("_T", 4100.0), ("R", 3500.0), ("U", 600.0)}
    obs = observe(["Inspectors found 12 cases of illegal child labour in 2021, 7 cases in 2022 and 4 cases in 2023."])
    assert sorted(zip(obs["period_start"], obs["obs_value"], strict=True)) == [(2021, 12.0), (2022, 7.0), (2023, 4.0)]


def test_a_rate_named_in_the_subject_gives_bare_numbers_its_unit() -> None:
    obs = observe(
        ["The infant mortality rate per 1,000 live births fell from 9.02 in 2019 to 8.15 by the end of 2022."]
    )
    assert values(obs) == {
        ("INFANT_MORTALITY", "KZ", "_T", "_T", 2019, 2019, 9.02, "A"),
        ("INFANT_MORTALITY", "KZ", "_T", "_T", 2022, 2022, 8.15, "A"),
    }
    assert set(obs["unit_measure"]) == {"per_1000_live_births"}


def test_a_change_restated_as_a_percentage_is_not_a_level() -> None:
    obs = observe(
        [
            "In 2022, 2,900 early pregnancies were registered, a decrease of 410 cases, or 12.4 per cent, compared with 2019."
        ]
    )
    assert values(obs) == {
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2022, 2022, 2900.0, "A"),
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2019, 2019, 3310.0, "E"),
    }


def test_a_value_stated_twice_is_one_observation() -> None:
    obs = observe(
        [
            "In 2022, 70,100 persons raising children with disabilities received monthly allowances.",
            "The children with disabilities allowance is paid monthly. In 2022, some 70,100 people received these allowances.",
        ]
    )
    assert values(obs) == {("DISABILITY_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2022, 2022, 70100.0, "A")}
    assert obs["paragraph"].tolist() == [1]


def test_ranges_written_other_ways_are_never_values() -> None:
    obs = observe(
        [
            "In 2024, the gross enrolment ratio in secondary education stood within a range of 101.0 to 104.0 per cent, "
            "and between 99 and 107 per cent across regions."
        ]
    )
    assert obs.empty


def test_a_value_in_years_for_an_indicator_measured_in_years() -> None:
    obs = observe(
        ["Life expectancy at birth rose from 73.5 years in 2021 to 74.1 years at the end of 2023, for 2 years running."]
    )
    assert values(obs) == {
        ("LIFE_EXPECTANCY", "KZ", "_T", "_T", 2021, 2021, 73.5, "A"),
        ("LIFE_EXPECTANCY", "KZ", "_T", "_T", 2023, 2023, 74.1, "A"),
    }


def test_the_counted_noun_picks_the_subject_it_counts() -> None:
    obs = observe(
        [
            "The number of families in crisis and the number of children in such families decreased, from 9,100 families "
            "with 14,200 children in 2021 to 8,300 families with 12,900 children in 2024. The number of successful "
            "parental rights termination petitions went down from 1,900 in 2021 to 1,500 cases in 2024."
        ]
    )
    assert values(obs) == {
        ("FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2021, 2021, 9100.0, "A"),
        ("FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2024, 2024, 8300.0, "A"),
        ("CHILDREN_IN_FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2021, 2021, 14200.0, "A"),
        ("CHILDREN_IN_FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2024, 2024, 12900.0, "A"),
        ("PARENTAL_RIGHTS_TERMINATIONS", "KZ", "_T", "_T", 2021, 2021, 1900.0, "A"),
        ("PARENTAL_RIGHTS_TERMINATIONS", "KZ", "_T", "_T", 2024, 2024, 1500.0, "A"),
    }


def test_a_comparison_with_a_breakdown_does_not_guess_the_breakdown() -> None:
    obs = observe(
        ["As at the end of 2023, 40 minors were in prisons, of whom 37 were male children (compared with 45 in 2019)."]
    )
    assert values(obs) == {
        ("MINORS_IN_PRISONS", "KZ", "_T", "_T", 2023, 2023, 40.0, "A"),
        ("MINORS_IN_PRISONS", "KZ", "M", "_T", 2023, 2023, 37.0, "A"),
    }


def test_a_change_between_two_stated_values_derives_nothing() -> None:
    obs = observe(
        [
            "As at 1 October 2023, there were 9,900 preschools in the country. Forty per cent of the country's "
            "preschools (3,960) are private, which is 12.0 per cent more than in 2019 (28.0 per cent)."
        ]
    )
    assert set(obs["obs_status"]) == {"A"}
    assert ("PRIVATE_PRESCHOOLS_SHARE", "KZ", "_T", "_T", 2019, 2019, 28.0, "A") in values(obs)


def test_a_school_year_anchor_dates_the_sentence() -> None:
    obs = observe(
        [
            "As at the beginning of the 2023/24 academic year, there are 1,300 organizations providing supplementary education to 1,010,000 children."
        ]
    )
    assert values(obs) == {
        ("SUPPLEMENTARY_EDUCATION_ORGANIZATIONS", "KZ", "_T", "_T", 2023, 2024, 1300.0, "A"),
        ("SUPPLEMENTARY_EDUCATION_CHILDREN", "KZ", "_T", "_T", 2023, 2024, 1010000.0, "A"),
    }


def test_a_region_after_an_age_range_is_the_figures() -> None:
    """ "aged 5–17" does not end the figure's words: the region after it is the figure's, and its part's."""
    obs = observe(
        [
            "In 2019, 11 suicides among children aged 5–17 were registered in Kostanay region, of which 7 were committed by boys."
        ]
    )
    assert values(obs) == {
        ("CHILD_SUICIDES", "KZ-39", "_T", "Y5T17", 2019, 2019, 11.0, "A"),
        ("CHILD_SUICIDES", "KZ-39", "M", "Y5T17", 2019, 2019, 7.0, "A"),
    }


def test_a_label_after_a_restated_whole_is_the_parts() -> None:
    """ "60 of the 88 organizations belong to the education system": never the total's system."""
    obs = observe(
        [
            "By the end of 2021 the number of residential organizations for orphans and children left without parental"
            " care had fallen to 88, from 101 in 2018; 60 of the 88 organizations belong to the education system."
        ]
    )
    assert set(zip(obs["obs_value"], obs["system"], strict=True)) == {(88.0, "_T"), (101.0, "_T")}


def test_a_year_aside_restates_the_labelled_figure_before_it() -> None:
    obs = observe(
        [
            "There were 2,700 libraries for children at the end of 2022, compared with 2,950 in 2015, and villages took"
            " most of the closures, with 1,900 left in 2022 (2015: 2,100)."
        ]
    )
    assert set(zip(obs["obs_value"], obs["residence"], obs["period_start"], strict=True)) == {
        (2700.0, "_T", 2022),
        (2950.0, "_T", 2015),
        (1900.0, "R", 2022),
        (2100.0, "R", 2015),
    }


def test_a_question_naming_a_year_dates_its_answer() -> None:
    obs = observe(
        [
            "The number of children living in families in crisis situations is published every year. At the end of 2019"
            " there were 19,870 of them. The figure for 2022? 22,410."
        ]
    )
    assert values(obs) == {
        ("CHILDREN_IN_FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2019, 2019, 19870.0, "A"),
        ("CHILDREN_IN_FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2022, 2022, 22410.0, "A"),
    }


def test_the_same_period_after_a_figure() -> None:
    obs = observe(
        [
            "A total of 64 offences under article 134 of the Criminal Code were recorded in 2017–2021, and 37 offences"
            " under article 135 over the same period."
        ]
    )
    assert values(obs) == {
        ("OFFENCES_CC_134", "KZ", "_T", "_T", 2017, 2021, 64.0, "A"),
        ("OFFENCES_CC_135", "KZ", "_T", "_T", 2017, 2021, 37.0, "A"),
    }


def test_bulleted_items_keep_the_heading_year() -> None:
    obs = observe(
        ["2020: • children's libraries — 2 980 • early marriages — 1 010 • hospital beds for children — 18 400."]
    )
    assert values(obs) == {
        ("CHILDREN_LIBRARIES", "KZ", "_T", "_T", 2020, 2020, 2980.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2020, 2020, 1010.0, "A"),
        ("HOSPITAL_BEDS_CHILDREN", "KZ", "_T", "_T", 2020, 2020, 18400.0, "A"),
    }


def test_a_relative_year_labels_the_figure_after_it() -> None:
    obs = observe(
        [
            "In 2018, 27 children were held in pre-trial detention facilities and prisons (a year earlier – 35); that"
            " year, 1,126 early marriages were registered."
        ]
    )
    assert values(obs) == {
        ("MINORS_IN_DETENTION", "KZ", "_T", "_T", 2018, 2018, 27.0, "A"),
        ("MINORS_IN_DETENTION", "KZ", "_T", "_T", 2017, 2017, 35.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2018, 2018, 1126.0, "A"),
    }


def test_an_aggregate_of_other_countries_is_not_published() -> None:
    obs = observe(
        ["Infant mortality stood at 8.1 per 1,000 live births in 2021, above the WHO European Region average (6.8)."]
    )
    assert values(obs) == {("INFANT_MORTALITY", "KZ", "_T", "_T", 2021, 2021, 8.1, "A")}


def test_a_gain_on_a_year_derives_that_years_level() -> None:
    obs = observe(["Life expectancy at birth reached 74.1 years in 2022, a gain of 1.6 years on 2018."])
    assert values(obs) == {
        ("LIFE_EXPECTANCY", "KZ", "_T", "_T", 2022, 2022, 74.1, "A"),
        ("LIFE_EXPECTANCY", "KZ", "_T", "_T", 2018, 2018, 72.5, "E"),
    }


def test_a_list_with_decimal_commas_and_semicolons() -> None:
    obs = observe(
        [
            "In Kostanay oblast the share of children with disabilities in the total number of children of the oblast"
            " made up 1,6; 1,7 and 1,9 per cent in 2016, 2017 and 2018 accordingly."
        ]
    )
    assert values(obs) == {
        ("CHILDREN_WITH_DISABILITIES_SHARE", "KZ-39", "_T", "_T", 2016, 2016, 1.6, "A"),
        ("CHILDREN_WITH_DISABILITIES_SHARE", "KZ-39", "_T", "_T", 2017, 2017, 1.7, "A"),
        ("CHILDREN_WITH_DISABILITIES_SHARE", "KZ-39", "_T", "_T", 2018, 2018, 1.9, "A"),
    }


def test_a_clause_with_a_subject_and_verb_of_its_own() -> None:
    obs = observe(
        [
            "In the 2018/19 school year, the gross enrolment ratio in secondary education was 105.1 per cent and the net"
            " enrolment ratio in primary education 99.2 per cent; annual medical screening covered 96.4 per cent of pupils."
        ]
    )
    assert values(obs) == {
        ("GER_SECONDARY", "KZ", "_T", "_T", 2018, 2019, 105.1, "A"),
        ("NER_PRIMARY", "KZ", "_T", "_T", 2018, 2019, 99.2, "A"),
    }


def test_a_heading_with_its_year_in_parentheses_dates_the_regional_list() -> None:
    obs = observe(
        [
            "Children with disabilities, by region (at the end of 2021): Kostanay region – 3,118; Pavlodar region –"
            " 2,904; Shymkent – 4,476."
        ]
    )
    assert values(obs) == {
        ("CHILDREN_WITH_DISABILITIES", "KZ-39", "_T", "_T", 2021, 2021, 3118.0, "A"),
        ("CHILDREN_WITH_DISABILITIES", "KZ-55", "_T", "_T", 2021, 2021, 2904.0, "A"),
        ("CHILDREN_WITH_DISABILITIES", "KZ-79", "_T", "_T", 2021, 2021, 4476.0, "A"),
    }


def test_a_national_label_in_a_parenthesis_belongs_to_its_own_figure() -> None:
    obs = observe(
        [
            "Child suicides registered in Kostanay region: 2019 – 48; 2020 – 41 (in the republic as a whole – 212 in"
            " 2020).",
            "In 2021 the adolescent birth rate in Akmola region stood at 21.4 per 1,000 girls aged 15–19 (republic –"
            " 19.6) – and the infant mortality rate was 9.7 per 1,000 live births.",
        ]
    )
    assert values(obs) == {
        ("CHILD_SUICIDES", "KZ-39", "_T", "Y5T17", 2019, 2019, 48.0, "A"),
        ("CHILD_SUICIDES", "KZ-39", "_T", "Y5T17", 2020, 2020, 41.0, "A"),
        ("CHILD_SUICIDES", "KZ", "_T", "Y5T17", 2020, 2020, 212.0, "A"),
        ("ADOLESCENT_BIRTH_RATE", "KZ-11", "_T", "Y15T19", 2021, 2021, 21.4, "A"),
        ("ADOLESCENT_BIRTH_RATE", "KZ", "_T", "Y15T19", 2021, 2021, 19.6, "A"),
        ("INFANT_MORTALITY", "KZ-11", "_T", "_T", 2021, 2021, 9.7, "A"),
    }


def test_a_region_and_the_national_average_each_keep_their_figure() -> None:
    obs = observe(
        [
            "In 2022 preschool coverage of children aged 3–6 was 96.1 per cent in Almaty region and 88.4 per cent in"
            " Mangystau region, the national average being 93.2 per cent.",
            "In 2020 the under-five mortality rate in Kyzylorda oblast made up 11,8 per 1000 live births, the infant"
            " mortality – 9,9 per 1000 live births (on the republic – 10,1 and 8,6 per 1000 live births accordingly).",
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_COVERAGE_3_6", "KZ-19", "_T", "Y3T6", 2022, 2022, 96.1, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ-47", "_T", "Y3T6", 2022, 2022, 88.4, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2022, 2022, 93.2, "A"),
        ("UNDER5_MORTALITY", "KZ-43", "_T", "_T", 2020, 2020, 11.8, "A"),
        ("INFANT_MORTALITY", "KZ-43", "_T", "_T", 2020, 2020, 9.9, "A"),
        ("UNDER5_MORTALITY", "KZ", "_T", "_T", 2020, 2020, 10.1, "A"),
        ("INFANT_MORTALITY", "KZ", "_T", "_T", 2020, 2020, 8.6, "A"),
    }


def test_the_regional_figure_of_the_following_school_year() -> None:
    obs = observe(
        [
            "For the 2019/20 school year, the net enrolment ratio in primary education in Turkistan region was 97.8"
            " per cent, against 99.1 per cent across Kazakhstan; in the following 2020/21 school year the regional"
            " figure rose to 98.5 per cent.",
            "For the 2019/20 school year, the gross enrolment ratio in secondary education in Turkistan region was"
            " 103.2 per cent, against 104.9 per cent across Kazakhstan; in the following 2020/21 school year it rose"
            " to 103.9 per cent.",
        ]
    )
    assert values(obs) == {
        ("NER_PRIMARY", "KZ-61", "_T", "_T", 2019, 2020, 97.8, "A"),
        ("NER_PRIMARY", "KZ", "_T", "_T", 2019, 2020, 99.1, "A"),
        ("NER_PRIMARY", "KZ-61", "_T", "_T", 2020, 2021, 98.5, "A"),
        ("GER_SECONDARY", "KZ-61", "_T", "_T", 2019, 2020, 103.2, "A"),
        ("GER_SECONDARY", "KZ", "_T", "_T", 2019, 2020, 104.9, "A"),
    }  # whose 103.9 is ("it rose" after a national comparison), the text does not say


def test_a_pronoun_subject_is_not_the_concept_named_after_the_figure() -> None:
    obs = observe(
        [
            "In Abai region the share of private preschool organizations rose to 38.5 per cent in 2023, while"
            " nationally it stood at 41.2 per cent in 2023 and the preschool coverage of children aged 3–6 at 94.7"
            " per cent (2023)."
        ]
    )
    assert values(obs) == {
        ("PRIVATE_PRESCHOOLS_SHARE", "KZ-10", "_T", "_T", 2023, 2023, 38.5, "A"),
        ("PRIVATE_PRESCHOOLS_SHARE", "KZ", "_T", "_T", 2023, 2023, 41.2, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2023, 2023, 94.7, "A"),
    }


def test_the_year_after_a_figures_own_name_or_predicate() -> None:
    obs = observe(
        [
            "The Commissioner notes that 143 minors were serving sentences in correctional colonies in 2017 and that"
            " 19 offences of involving minors in prostitution under article 134 of the Criminal Code were registered"
            " in 2018."
        ]
    )
    assert values(obs) == {
        ("MINORS_IN_PRISONS", "KZ", "_T", "_T", 2017, 2017, 143.0, "A"),
        ("OFFENCES_CC_134", "KZ", "_T", "_T", 2018, 2018, 19.0, "A"),
    }


def test_a_share_restating_a_count_dated_by_day_and_month() -> None:
    obs = observe(
        [
            "Private preschool organizations: 4,870 as of 1 September 2023, or 44.2% of all preschool organizations.",
            "Children with disabilities: 98,310 as at 31 December 2019, or 1.48% of the child population.",
        ]
    )
    assert values(obs) == {
        ("PRIVATE_PRESCHOOLS", "KZ", "_T", "_T", 2023, 2023, 4870.0, "A"),
        ("PRIVATE_PRESCHOOLS_SHARE", "KZ", "_T", "_T", 2023, 2023, 44.2, "A"),
        ("CHILDREN_WITH_DISABILITIES", "KZ", "_T", "_T", 2019, 2019, 98310.0, "A"),
        ("CHILDREN_WITH_DISABILITIES_SHARE", "KZ", "_T", "_T", 2019, 2019, 1.48, "A"),
    }


def test_a_season_named_after_its_year_dates_the_clause() -> None:
    obs = observe(
        [
            "Some 912,400 schoolchildren – 27.5% of all schoolchildren – took part in sports and tourism activities"
            " during the 2021 summer holidays, the Ministry said."
        ]
    )
    assert values(obs) == {
        ("SPORTS_TOURISM_ACTIVITIES", "KZ", "_T", "_T", 2021, 2021, 912400.0, "A"),
        ("SPORTS_TOURISM_ACTIVITIES_SHARE", "KZ", "_T", "_T", 2021, 2021, 27.5, "A"),
    }


def test_bare_labelled_parts_after_a_rate_measure_what_it_measures() -> None:
    obs = observe(
        [
            "The under-five mortality rate in 2019 was 10.2 per 1,000 live births overall, 11.3 among boys and 9.0"
            " among girls.",
            "The adolescent birth rate in 2022 was 21.7 per 1,000 girls aged 15–19 overall, 14.9 in urban areas and"
            " 31.2 in rural areas.",
        ]
    )
    assert values(obs) == {
        ("UNDER5_MORTALITY", "KZ", "_T", "_T", 2019, 2019, 10.2, "A"),
        ("UNDER5_MORTALITY", "KZ", "M", "_T", 2019, 2019, 11.3, "A"),
        ("UNDER5_MORTALITY", "KZ", "F", "_T", 2019, 2019, 9.0, "A"),
        ("ADOLESCENT_BIRTH_RATE", "KZ", "_T", "Y15T19", 2022, 2022, 21.7, "A"),
        ("ADOLESCENT_BIRTH_RATE", "KZ", "_T", "Y15T19", 2022, 2022, 14.9, "A"),
        ("ADOLESCENT_BIRTH_RATE", "KZ", "_T", "Y15T19", 2022, 2022, 31.2, "A"),
    }


def test_the_words_of_a_part_in_parentheses_are_not_its_totals() -> None:
    obs = observe(
        [
            "In 2019, 3,950 pregnancies among girls under 18 (of which 1,480 were terminated) were registered.",
            "By the end of 2022, 9,870 preschool organizations (of which 4,105 were privately owned) were operating.",
        ]
    )
    assert values(obs) == {
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2019, 2019, 3950.0, "A"),
        ("PRESCHOOL_ORGANIZATIONS", "KZ", "_T", "_T", 2022, 2022, 9870.0, "A"),
    }


def test_most_of_them_after_a_figure_refers_to_that_figure() -> None:
    obs = observe(
        [
            "At the end of 2019, 264 minors were held in pre-trial detention facilities; during that year the courts"
            " had placed 431 juveniles under arrest, most of them for robbery."
        ]
    )
    assert values(obs) == {("MINORS_IN_DETENTION", "KZ", "_T", "_T", 2019, 2019, 264.0, "A")}


def test_places_a_monitoring_visit_saw_are_not_the_network() -> None:
    obs = observe(
        [
            "In 2022 the monitoring group visited 27 orphanages and inspected 14 special schools.",
            "In 2021, 3,046 children's libraries were open, yet none of the 12 children's libraries inspected in Abai"
            " region had ramps.",
        ]
    )
    assert values(obs) == {("CHILDREN_LIBRARIES", "KZ", "_T", "_T", 2021, 2021, 3046.0, "A")}


def test_a_share_of_whom_is_a_share_of_that_figures_population() -> None:
    obs = observe(
        [
            "At the end of 2021, 102,560 children with disabilities were registered, of whom about 11 per cent lived"
            " in residential organizations.",
            "At the end of 2020, 23,750 orphans and children left without parental care were registered; 19,190 of"
            " them, or 80.8 per cent, were being raised in families under guardianship, custody or foster care.",
        ]
    )
    assert values(obs) == {
        ("CHILDREN_WITH_DISABILITIES", "KZ", "_T", "_T", 2021, 2021, 102560.0, "A"),
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "KZ", "_T", "_T", 2020, 2020, 23750.0, "A"),
        ("CHILDREN_IN_FAMILY_CARE", "KZ", "_T", "_T", 2020, 2020, 19190.0, "A"),
        ("CHILDREN_IN_FAMILY_CARE_SHARE", "KZ", "_T", "_T", 2020, 2020, 80.8, "A"),
    }


def test_a_list_of_shares_in_the_respective_years_of_a_list_of_counts() -> None:
    obs = observe(
        [
            "Work and recreation camps involved 81,300 secondary school students in 2019, 84,000 in 2020 and 86,700 in"
            " 2021, i.e. 4.0, 4.1 and 4.2 per cent of all secondary school students in the respective years."
        ]
    )
    assert values(obs) == {
        ("WORK_RECREATION_CAMPS", "KZ", "_T", "_T", 2019, 2019, 81300.0, "A"),
        ("WORK_RECREATION_CAMPS", "KZ", "_T", "_T", 2020, 2020, 84000.0, "A"),
        ("WORK_RECREATION_CAMPS", "KZ", "_T", "_T", 2021, 2021, 86700.0, "A"),
        ("WORK_RECREATION_CAMPS_SHARE", "KZ", "_T", "_T", 2019, 2019, 4.0, "A"),
        ("WORK_RECREATION_CAMPS_SHARE", "KZ", "_T", "_T", 2020, 2020, 4.1, "A"),
        ("WORK_RECREATION_CAMPS_SHARE", "KZ", "_T", "_T", 2021, 2021, 4.2, "A"),
    }


def test_a_whole_named_again_is_not_a_second_value() -> None:
    obs = observe(
        ["In 2020, 3,318 pregnancies were registered among girls under 18; of the 3,318, 1,207 were terminated."]
    )
    assert values(obs) == {
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2020, 2020, 3318.0, "A"),
        ("EARLY_PREGNANCIES_TERMINATED", "KZ", "_T", "_T", 2020, 2020, 1207.0, "A"),
    }


def test_text_extracted_from_a_pdf_hyphenation_page_headers_and_footnote_marks() -> None:
    obs = observe(
        [
            "EDUCATION 57 In 2021, the gross enrolment ratio in secondary edu- cation was 103.4 per cent¹, and the net"
            " enrolment ratio in pri- mary education 99.1 per cent.",
            "4.1 Children without parental care At the end of 2019, 26 318² orphans and children left without"
            " parental care were registered.",
        ]
    )
    assert values(obs) == {
        ("GER_SECONDARY", "KZ", "_T", "_T", 2021, 2021, 103.4, "A"),
        ("NER_PRIMARY", "KZ", "_T", "_T", 2021, 2021, 99.1, "A"),
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "KZ", "_T", "_T", 2019, 2019, 26318.0, "A"),
    }


def test_a_compared_figure_at_the_beginning_of_its_own_year() -> None:
    obs = observe(
        [
            "As at 1 January 2025, the country had 1,204 children's libraries, against 1,312 at the beginning of 2020.",
            "The summer health campaign of 2023 covered 1,196,300 schoolchildren in health camps.",
        ]
    )
    assert values(obs) == {
        ("CHILDREN_LIBRARIES", "KZ", "_T", "_T", 2025, 2025, 1204.0, "A"),
        ("CHILDREN_LIBRARIES", "KZ", "_T", "_T", 2020, 2020, 1312.0, "A"),
        ("HEALTH_CAMPS", "KZ", "_T", "_T", 2023, 2023, 1196300.0, "A"),
    }


def test_a_global_or_world_average_is_not_the_countrys() -> None:
    obs = observe(
        [
            "In 2022 the under-five mortality rate in Kazakhstan (9.6 per 1,000 live births) was well below the world"
            " average of 37.0, and the infant mortality rate (8.1) below the global average of 28.0."
        ]
    )
    assert values(obs) == {
        ("UNDER5_MORTALITY", "KZ", "_T", "_T", 2022, 2022, 9.6, "A"),
        ("INFANT_MORTALITY", "KZ", "_T", "_T", 2022, 2022, 8.1, "A"),
    }


def test_a_network_reduced_from_one_level_to_another_is_a_stock() -> None:
    obs = observe(["The number of hospital beds for children was reduced from 16,410 in 2015 to 13,872 in 2022."])
    assert values(obs) == {
        ("HOSPITAL_BEDS_CHILDREN", "KZ", "_T", "_T", 2015, 2015, 16410.0, "A"),
        ("HOSPITAL_BEDS_CHILDREN", "KZ", "_T", "_T", 2022, 2022, 13872.0, "A"),
    }


def test_an_area_type_named_with_its_institutions() -> None:
    obs = observe(
        [
            "In the 2022/23 school year, 91.4 per cent of schools had broadband Internet access (rural schools – 88.0"
            " per cent).",
            "Children's libraries numbered 2,940 at the end of 2020, against 3,012 in 2017; rural libraries made up"
            " 2,205 of them, against 2,266 in 2017.",
        ]
    )
    assert {(v[0], v[4], v[6]) for v in values(obs)} == {
        ("SCHOOLS_INTERNET_SHARE", 2022, 91.4),
        ("SCHOOLS_INTERNET_SHARE", 2022, 88.0),
        ("CHILDREN_LIBRARIES", 2020, 2940.0),
        ("CHILDREN_LIBRARIES", 2017, 3012.0),
        ("CHILDREN_LIBRARIES", 2020, 2205.0),
        ("CHILDREN_LIBRARIES", 2017, 2266.0),
    }
    rural = {(r.indicator_code, r.obs_value) for r in obs.itertuples() if r.residence == "R"}
    assert rural == {("SCHOOLS_INTERNET_SHARE", 88.0), ("CHILDREN_LIBRARIES", 2205.0), ("CHILDREN_LIBRARIES", 2266.0)}


def test_a_label_after_a_count_and_its_share_in_parentheses() -> None:
    obs = observe(
        [
            "At the end of 2022, 27,310 orphans and children left without parental care were registered; 15,204"
            " (55.7 per cent) lived in rural areas."
        ]
    )
    rows = {(r.indicator_code, r.residence, r.obs_value) for r in obs.itertuples()}
    assert rows == {
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "_T", 27310.0),
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "R", 15204.0),
    }


def test_parallel_labelled_lists_follow_the_years_in_order() -> None:
    obs = observe(
        [
            "Preschool coverage of children aged 3–6, per cent: urban areas – 96.2, 97.0 and 98.1; rural areas – 88.4,"
            " 90.2 and 92.5 (2018, 2019 and 2021 respectively)."
        ]
    )
    rows = {(r.residence, r.period_start, r.obs_value) for r in obs.itertuples()}
    assert rows == {
        ("U", 2018, 96.2),
        ("U", 2019, 97.0),
        ("U", 2021, 98.1),
        ("R", 2018, 88.4),
        ("R", 2019, 90.2),
        ("R", 2021, 92.5),
    }


def test_a_label_after_including_heads_the_next_figures() -> None:
    obs = observe(
        [
            "Between 2016 and 2021, the number of early marriages decreased from 1,726 to 1,112, including in rural"
            " areas – from 1,104 to 690."
        ]
    )
    rows = {(r.residence, r.period_start, r.obs_value) for r in obs.itertuples()}
    assert rows == {("_T", 2016, 1726.0), ("_T", 2021, 1112.0), ("R", 2016, 1104.0), ("R", 2021, 690.0)}


def test_targets_announced_as_achieved_are_actual_values() -> None:
    obs = observe(
        [
            "The target indicators of the State Programme were achieved: net enrolment ratio in primary education –"
            " 99.4 per cent in 2019 (plan: 99.0); preschool coverage of children aged 3–6 – 98.1 per cent (2019;"
            " plan: 97.5)."
        ]
    )
    assert values(obs) == {
        ("NER_PRIMARY", "KZ", "_T", "_T", 2019, 2019, 99.4, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2019, 2019, 98.1, "A"),
    }


def test_a_heading_names_the_totals_of_a_year_list_with_parts() -> None:
    obs = observe(
        [
            "Pregnancies registered among girls under 18: 2018 – 4,214, of which 1,402 were terminated; 2019 – 3,996,"
            " of which 1,311 were terminated."
        ]
    )
    assert values(obs) == {
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2018, 2018, 4214.0, "A"),
        ("EARLY_PREGNANCIES_TERMINATED", "KZ", "_T", "_T", 2018, 2018, 1402.0, "A"),
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2019, 2019, 3996.0, "A"),
        ("EARLY_PREGNANCIES_TERMINATED", "KZ", "_T", "_T", 2019, 2019, 1311.0, "A"),
    }


def test_a_national_figure_after_regional_ones_and_a_system_aside() -> None:
    obs = observe(
        [
            "In 2020 the under-five mortality rate was highest in Turkistan region, 12.8 per 1,000 live births, and in"
            " Kyzylorda region, 12.1, against 9.7 nationally.",
            "The number of children's libraries went down from 3,012 in 2016 to 2,904 in 2022 — in rural areas from"
            " 2,286 (2016) to 2,180 (2022).",
        ]
    )
    assert values(obs) >= {
        ("UNDER5_MORTALITY", "KZ-61", "_T", "_T", 2020, 2020, 12.8, "A"),
        ("UNDER5_MORTALITY", "KZ-43", "_T", "_T", 2020, 2020, 12.1, "A"),
        ("UNDER5_MORTALITY", "KZ", "_T", "_T", 2020, 2020, 9.7, "A"),
    }
    rural = {(r.period_start, r.obs_value) for r in obs.itertuples() if r.residence == "R"}
    assert rural == {(2016, 2286.0), (2022, 2180.0)}


def test_spoken_corrections_and_clauses_with_subjects_of_their_own() -> None:
    obs = observe(
        [
            "In 2023, 1 204 — I beg your pardon, 1 402 — refugee children were registered with the migration service"
            " of the Ministry of Internal Affairs.",
            "In 2022, 95.1 % of children aged 6–15 used the Internet, but only 71.9% used a computer.",
            "At the start of the 2021–2022 school year, 921,300 children were enrolled in preschool organizations, but"
            " the per-capita State order was paid for 958,100.",
        ]
    )
    assert values(obs) == {
        ("REFUGEE_CHILDREN", "KZ", "_T", "_T", 2023, 2023, 1402.0, "A"),
        ("INTERNET_USE_6_15_SHARE", "KZ", "_T", "Y6T15", 2022, 2022, 95.1, "A"),
        ("COMPUTER_USE_6_15_SHARE", "KZ", "_T", "Y6T15", 2022, 2022, 71.9, "A"),
        ("PRESCHOOL_ENROLLED", "KZ", "_T", "_T", 2021, 2022, 921300.0, "A"),
    }


def test_what_an_organisation_did_for_some_is_not_the_statistic() -> None:
    obs = observe(
        [
            "In 2024 the childcare allowance was paid to 171,300 persons, and our volunteers helped 840 families in"
            " Turkistan region to apply for it.",
            "At the end of 2022, 91 residential organizations for orphans and children left without parental care"
            " were operating. Our Foundation supports three of them, in Pavlodar and Kostanay.",
            "In 2020 the guardianship bodies registered 2,640 orphans and children left without parental care for the"
            " first time; 512 children went back from residential organizations to their birth families.",
        ]
    )
    assert values(obs) == {
        ("CHILDCARE_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2024, 2024, 171300.0, "A"),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "KZ", "_T", "_T", 2022, 2022, 91.0, "A"),
    }


def test_a_national_figure_beside_a_dated_regional_one_takes_its_year() -> None:
    obs = observe(
        [
            "The under-five mortality rate in Atyrau region was 11.7 per 1,000 live births in 2020 (republic – 9.9).",
            "In Pavlodar region, preschool coverage of children aged 3–6 rose to 97.2 per cent in 2021, against 95.0"
            " for Kazakhstan as a whole.",
        ]
    )
    assert values(obs) == {
        ("UNDER5_MORTALITY", "KZ-23", "_T", "_T", 2020, 2020, 11.7, "A"),
        ("UNDER5_MORTALITY", "KZ", "_T", "_T", 2020, 2020, 9.9, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ-55", "_T", "Y3T6", 2021, 2021, 97.2, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2021, 2021, 95.0, "A"),
    }


def test_a_part_described_by_other_words_is_not_their_indicator() -> None:
    obs = observe(
        [
            "Over the five years 2018–2022, 790 children aged 5 to 17 died by suicide; among them were 21 children who"
            " had been living in residential care.",
            "At the end of 2022 ninety-one residential organizations for orphans and children left without parental"
            " care remained open, housing 2 310 children – against 4 105 at baseline (2017).",
        ]
    )
    assert values(obs) == {
        ("CHILD_SUICIDES", "KZ", "_T", "Y5T17", 2018, 2022, 790.0, "A"),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "KZ", "_T", "_T", 2022, 2022, 91.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2022, 2022, 2310.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2017, 2017, 4105.0, "A"),
    }


def test_school_years_written_with_a_hyphen_label_and_open_clauses() -> None:
    obs = observe(
        [
            "Net enrolment ratio in primary education, %: 2017–2018 school year – 98.8; 2018–2019 school year – 99.2.",
            "In the 2020/2021 academic year the gross enrolment ratio in secondary education made up 103.6%; in the"
            " 2019/2020 academic year – 102.9%.",
            "At the beginning of the 2022–2023 school year, 86.4% of general education schools were connected to"
            " broadband Internet.",
        ]
    )
    assert values(obs) == {
        ("NER_PRIMARY", "KZ", "_T", "_T", 2017, 2018, 98.8, "A"),
        ("NER_PRIMARY", "KZ", "_T", "_T", 2018, 2019, 99.2, "A"),
        ("GER_SECONDARY", "KZ", "_T", "_T", 2020, 2021, 103.6, "A"),
        ("GER_SECONDARY", "KZ", "_T", "_T", 2019, 2020, 102.9, "A"),
        ("SCHOOLS_INTERNET_SHARE", "KZ", "_T", "_T", 2022, 2023, 86.4, "A"),
    }


def test_a_list_item_whose_verb_is_left_out_and_the_level_of_a_year() -> None:
    obs = observe(
        [
            "At the end of 2019, 24,317 orphans and children left without parental care were registered. Of them,"
            " 20,901 children (86.0%) were brought up in families of guardians and foster families, 3,416 (14.0%) –"
            " in organizations for orphans and children left without parental care.",
            "In 2022, the net enrolment ratio in primary education reached 99.3%, exceeding the level of 2017 (98.6%).",
        ]
    )
    assert values(obs) == {
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "KZ", "_T", "_T", 2019, 2019, 24317.0, "A"),
        ("CHILDREN_IN_FAMILY_CARE", "KZ", "_T", "_T", 2019, 2019, 20901.0, "A"),
        ("CHILDREN_IN_FAMILY_CARE_SHARE", "KZ", "_T", "_T", 2019, 2019, 86.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2019, 2019, 3416.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE_SHARE", "KZ", "_T", "_T", 2019, 2019, 14.0, "A"),
        ("NER_PRIMARY", "KZ", "_T", "_T", 2022, 2022, 99.3, "A"),
        ("NER_PRIMARY", "KZ", "_T", "_T", 2017, 2017, 98.6, "A"),
    }


def test_asides_codes_and_pairs_that_name_the_whole() -> None:
    obs = observe(
        [
            "As of 1 January 2024, the kindergarten waiting list stood at 171,800 children, according to the"
            " ministry — the shortest since the series began in 2011.",
            "In 2022 the State spent 298.4 billion tenge on targeted social assistance under budget programme 050.",
            "At the end of 2021, 101,240 girls and boys were registered as having a disability.",
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2024, 2024, 171800.0, "A"),
        ("CHILDREN_WITH_DISABILITIES", "KZ", "_T", "_T", 2021, 2021, 101240.0, "A"),
    }


def test_a_year_earlier_than_the_figure_compared_with_and_the_count_it_names() -> None:
    obs = observe(
        [
            "In 2023, 1,251,400 schoolchildren spent part of the holidays in summer health camps, up from 1,140,600 in"
            " 2022; summer language and leadership schools took in 45,300 children, compared with 39,870 a year"
            " earlier.",
            "In 2021 prosecutors registered eleven offences of trafficking in minors (article 135 of the Criminal"
            " Code) and thirty of involving minors in prostitution (article 134); a year earlier the trafficking count"
            " had been fourteen.",
        ]
    )
    assert values(obs) == {
        ("HEALTH_CAMPS", "KZ", "_T", "_T", 2023, 2023, 1251400.0, "A"),
        ("HEALTH_CAMPS", "KZ", "_T", "_T", 2022, 2022, 1140600.0, "A"),
        ("LANGUAGE_LEADERSHIP_SCHOOLS", "KZ", "_T", "_T", 2023, 2023, 45300.0, "A"),
        ("LANGUAGE_LEADERSHIP_SCHOOLS", "KZ", "_T", "_T", 2022, 2022, 39870.0, "A"),
        ("OFFENCES_CC_135", "KZ", "_T", "_T", 2021, 2021, 11.0, "A"),
        ("OFFENCES_CC_134", "KZ", "_T", "_T", 2021, 2021, 30.0, "A"),
        ("OFFENCES_CC_135", "KZ", "_T", "_T", 2020, 2020, 14.0, "A"),
    }


def test_indicator_names_hyphenated_or_given_by_their_rate_and_systems_named_with_homes() -> None:
    obs = observe(
        [
            "Our infant-mortality chart ends at 8.02 deaths per 1,000 live births in 2022, against 9.31 in 2015.",
            "In 2020 Turkistan region recorded 29.8 births per 1,000 girls aged 15–19, against 10.4 in Astana.",
            "At the end of 2019, 28,400 children were waiting for a kindergarten place in Shymkent.",
            "At the end of 2020, 3,980 children were living in residential institutions for orphans — 2,716 in homes"
            " run by the education system, 812 in health-system baby homes and 452 in social protection facilities.",
        ]
    )
    rows = {(r.indicator_code, r.ref_area, r.system, r.period_start, r.obs_value) for r in obs.itertuples()}
    assert rows == {
        ("INFANT_MORTALITY", "KZ", "_T", 2022, 8.02),
        ("INFANT_MORTALITY", "KZ", "_T", 2015, 9.31),
        ("ADOLESCENT_BIRTH_RATE", "KZ-61", "_T", 2020, 29.8),
        ("ADOLESCENT_BIRTH_RATE", "KZ-71", "_T", 2020, 10.4),
        ("PRESCHOOL_WAITING_LIST", "KZ-79", "_T", 2019, 28400.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", 2020, 3980.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "EDU", 2020, 2716.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "HLTH", 2020, 812.0),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "SOC", 2020, 452.0),
    }


def test_a_heading_span_totals_and_the_year_of_a_part() -> None:
    obs = observe(["Children's libraries opened, 2019–2023: 41 in total, of which 12 in 2023."])
    assert values(obs) == set()  # "opened": new ones, not the stock
    obs = observe(
        [
            "Petitions for deprivation of parental rights granted by courts, 2020–2024: 5,312 in total, of which 1,004 in 2024."
        ]
    )
    assert values(obs) == {
        ("PARENTAL_RIGHTS_TERMINATIONS", "KZ", "_T", "_T", 2020, 2024, 5312.0, "A"),
        ("PARENTAL_RIGHTS_TERMINATIONS", "KZ", "_T", "_T", 2024, 2024, 1004.0, "A"),
    }


def test_abbreviated_months_and_units_do_not_end_a_sentence() -> None:
    obs = observe(
        [
            "As of 1 Sept. 2024, the preschool network numbered 11 204 organizations, attended by 938.1 thous."
            " children.",
            "On 1 Jan. 2025 the kindergarten waiting list stood at 61 480 children (a year earlier – 70 115).",
            "As of 1 Sept. 2022: kindergartens — 6,744; mini-centres — 4,390.",
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_ORGANIZATIONS", "KZ", "_T", "_T", 2024, 2024, 11204.0, "A"),
        ("PRESCHOOL_ENROLLED", "KZ", "_T", "_T", 2024, 2024, 938100.0, "A"),
        ("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2025, 2025, 61480.0, "A"),
        ("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2024, 2024, 70115.0, "A"),
        ("KINDERGARTENS", "KZ", "_T", "_T", 2022, 2022, 6744.0, "A"),
        ("MINI_CENTRES", "KZ", "_T", "_T", 2022, 2022, 4390.0, "A"),
    }


def test_slashed_figures_follow_slashed_years_and_a_bare_country_label() -> None:
    obs = observe(
        [
            "Early marriages registered: 1 726 / 1 512 / 1 341 (2017 / 2018 / 2019).",
            "Under-five mortality by region, per 1 000 live births (2021): Kyzylorda – 11.9; Almaty city – 7.0;"
            " Kazakhstan – 9.4.",
        ]
    )
    assert values(obs) == {
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2017, 2017, 1726.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2018, 2018, 1512.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2019, 2019, 1341.0, "A"),
        ("UNDER5_MORTALITY", "KZ-43", "_T", "_T", 2021, 2021, 11.9, "A"),
        ("UNDER5_MORTALITY", "KZ-75", "_T", "_T", 2021, 2021, 7.0, "A"),
        ("UNDER5_MORTALITY", "KZ", "_T", "_T", 2021, 2021, 9.4, "A"),
    }


def test_an_end_of_year_heading_and_what_the_compared_figure_does_not_hold() -> None:
    obs = observe(
        [
            "End-2023: residential institutions for orphans and children without parental care – 104, down from 139 in"
            " 2017; children living in them – 3 318, against 5 730 in 2017."
        ]
    )
    assert values(obs) == {
        ("RESIDENTIAL_CARE_INSTITUTIONS", "KZ", "_T", "_T", 2023, 2023, 104.0, "A"),
        ("RESIDENTIAL_CARE_INSTITUTIONS", "KZ", "_T", "_T", 2017, 2017, 139.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2023, 2023, 3318.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2017, 2017, 5730.0, "A"),
    }


def test_a_system_heads_its_list_item() -> None:
    obs = observe(
        [
            "Residential organizations for orphans and children left without parental care, end-2019: 109 – education"
            " system 82; health system 14; social protection system 13."
        ]
    )
    rows = {(r.system, r.obs_value) for r in obs.itertuples()}
    assert rows == {("_T", 109.0), ("EDU", 82.0), ("HLTH", 14.0), ("SOC", 13.0)}


def test_years_listed_once_for_lists_of_as_many_figures() -> None:
    obs = observe(
        [
            "Early marriages numbered 1,726, 1,512 and 1,341 in 2017, 2018 and 2019.",
            "Infant mortality, per 1,000 live births (2019, 2020): boys – 9.6 and 9.2; girls – 7.8 and 7.5.",
        ]
    )
    assert values(obs) == {
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2017, 2017, 1726.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2018, 2018, 1512.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2019, 2019, 1341.0, "A"),
        ("INFANT_MORTALITY", "KZ", "M", "_T", 2019, 2019, 9.6, "A"),
        ("INFANT_MORTALITY", "KZ", "M", "_T", 2020, 2020, 9.2, "A"),
        ("INFANT_MORTALITY", "KZ", "F", "_T", 2019, 2019, 7.8, "A"),
        ("INFANT_MORTALITY", "KZ", "F", "_T", 2020, 2020, 7.5, "A"),
    }


def test_a_part_described_by_its_age_is_not_its_totals() -> None:
    obs = observe(
        [
            "At the end of 2022, 6 410 children with special educational needs were registered in the consultations of"
            " Pavlodar oblast. Of them 3 118 school-age children study in inclusive classes, 1 702 children are of"
            " preschool age."
        ]
    )
    assert ("CHILDREN_SPECIAL_NEEDS_REGISTERED", "KZ-55", "_T", "_T", 2022, 2022, 6410.0, "A") in values(obs)
    assert not {v for v in values(obs) if v[-2] == 1702.0}


def test_a_span_opened_with_across_and_a_place_holding_part_of_the_total() -> None:
    obs = observe(
        [
            "Across 2018–2021, labour inspectors uncovered 61 cases of illegal child labour.",
            "Over the summers of 2017–2019, a total of 215,300 schoolchildren attended summer language and leadership"
            " schools.",
            "From 2015 to 2018, 3,911 early marriages were registered, with Turkistan region alone accounting for"
            " nearly a third of them.",
        ]
    )
    assert values(obs) == {
        ("ILLEGAL_CHILD_LABOUR_CASES", "KZ", "_T", "_T", 2018, 2021, 61.0, "A"),
        ("LANGUAGE_LEADERSHIP_SCHOOLS", "KZ", "_T", "_T", 2017, 2019, 215300.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2015, 2018, 3911.0, "A"),
    }


def test_a_year_opening_a_parenthesis_with_a_remark_and_a_rate_per_ten_thousand() -> None:
    obs = observe(
        [
            "Mini-centres: 4,118 (2020; up on 2019). Kindergartens: 6,104 (end-2021).",
            "Doctors of all specialities: 74.2 thous. (2019), or 39.6 per 10 thous. population.",
        ]
    )
    assert values(obs) == {
        ("MINI_CENTRES", "KZ", "_T", "_T", 2020, 2020, 4118.0, "A"),
        ("KINDERGARTENS", "KZ", "_T", "_T", 2021, 2021, 6104.0, "A"),
        ("DOCTORS", "KZ", "_T", "_T", 2019, 2019, 74200.0, "A"),
    }


def test_of_the_years_cases_and_an_editions_year() -> None:
    obs = observe(
        [
            "In 2019, 4,412 pregnancies among girls under 18 were registered. Of the 2019 pregnancies, 1,655 were"
            " terminated.",
            "Gross enrolment in secondary education, 2018: girls – 104.1%; boys – 103.2% (Children of Kazakhstan,"
            " 2019 edition).",
        ]
    )
    assert values(obs) == {
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2019, 2019, 4412.0, "A"),
        ("EARLY_PREGNANCIES_TERMINATED", "KZ", "_T", "_T", 2019, 2019, 1655.0, "A"),
        ("GER_SECONDARY", "KZ", "F", "_T", 2018, 2018, 104.1, "A"),
        ("GER_SECONDARY", "KZ", "M", "_T", 2018, 2018, 103.2, "A"),
    }


def test_residents_named_by_an_inverted_relative_clause_of_their_institutions() -> None:
    obs = observe(
        [
            "At the end of 2021 in Kostanay oblast functioned five organizations for children-orphans and children"
            " left without parental care, in which were brought up 212 children."
        ]
    )
    assert values(obs) == {
        ("RESIDENTIAL_CARE_INSTITUTIONS", "KZ-39", "_T", "_T", 2021, 2021, 5.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ-39", "_T", "_T", 2021, 2021, 212.0, "A"),
    }


def test_another_republic_is_not_the_republic_and_revealed_children_are_a_flow() -> None:
    obs = observe(
        [
            "For comparison: in the Republic of Uzbekistan the under-five mortality rate in 2019 made up 14.2 per"
            " 1,000 live births, in the Russian Federation – 5.6.",
            "In 2018 there were revealed 3 912 children left without parental care; 1 104 children with disabilities"
            " at the age till 3 years were registered.",
            "The allowance for the care of a child until the age of one was paid to 241,300 persons in 2020.",
        ]
    )
    assert values(obs) == {("CHILDCARE_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2020, 2020, 241300.0, "A")}


def test_the_whole_of_a_share_is_not_the_subject_of_the_count_compared_after_it() -> None:
    obs = observe(
        [
            "Mini-centres numbered 4,120 in 2019, i.e. 40.1 per cent of all preschool organizations, compared with"
            " 3,002 (36.0 per cent) in 2015."
        ]
    )
    assert values(obs) == {
        ("MINI_CENTRES", "KZ", "_T", "_T", 2019, 2019, 4120.0, "A"),
        ("MINI_CENTRES", "KZ", "_T", "_T", 2015, 2015, 3002.0, "A"),
    }


def test_figures_listed_with_a_count_of_what_is_new_count_it_too() -> None:
    obs = observe(
        [
            "In 2019 there were detected 4 118 children left without parental care, and in 2020 – 3 907.",
            "The guardianship bodies revealed 802 families in a crisis situation in 2022; in 2023 – 771.",
        ]
    )
    assert values(obs) == set()


def test_a_share_of_other_children_after_a_share_of_institutions() -> None:
    obs = observe(
        [
            "Private preschool organizations numbered 5,100 in 2021, or 48.0 per cent of all preschool organizations,"
            " and they enrolled 33 per cent of preschool children. In 2015 they had numbered 2,870 (31.9 per cent),"
            " half of them in cities."
        ]
    )
    assert values(obs) == {
        ("PRIVATE_PRESCHOOLS", "KZ", "_T", "_T", 2021, 2021, 5100.0, "A"),
        ("PRIVATE_PRESCHOOLS_SHARE", "KZ", "_T", "_T", 2021, 2021, 48.0, "A"),
        ("PRIVATE_PRESCHOOLS", "KZ", "_T", "_T", 2015, 2015, 2870.0, "A"),
        ("PRIVATE_PRESCHOOLS_SHARE", "KZ", "_T", "_T", 2015, 2015, 31.9, "A"),
    }


def test_a_year_aside_and_a_listed_figure_keep_the_place_of_the_figure_they_follow() -> None:
    obs = observe(
        [
            "In 2020, 12 cases of illegal child labour were recorded in Zhambyl region (2019: 15).",
            "Early marriages registered in Kyzylorda region in 2018 numbered 140, while offences under article 135 of"
            " the Criminal Code in the region numbered four and two in 2018 and 2019 respectively.",
        ]
    )
    assert values(obs) == {
        ("ILLEGAL_CHILD_LABOUR_CASES", "KZ-31", "_T", "_T", 2020, 2020, 12.0, "A"),
        ("ILLEGAL_CHILD_LABOUR_CASES", "KZ-31", "_T", "_T", 2019, 2019, 15.0, "A"),
        ("EARLY_MARRIAGES", "KZ-43", "_T", "_T", 2018, 2018, 140.0, "A"),
        ("OFFENCES_CC_135", "KZ-43", "_T", "_T", 2018, 2018, 4.0, "A"),
        ("OFFENCES_CC_135", "KZ-43", "_T", "_T", 2019, 2019, 2.0, "A"),
    }


def test_that_year_after_a_citation_or_after_two_years_of_figures() -> None:
    cited = observe(
        [
            "In 2019, 1,310 early marriages were registered, 4% fewer than in 2018 (BNS, 2020[7]). In the same year,"
            " courts considered 2,014 adoption cases."
        ]
    )
    assert ("ADOPTION_CASES", "KZ", "_T", "_T", 2019, 2019, 2014.0, "A") in values(cited)
    assert not {v for v in values(cited) if v[4] == 2020}
    two_years = observe(
        [
            "Childcare allowances reached 214,800 recipients in 2021, against 198,300 in 2019. That year, the birth"
            " allowance was paid to 402,600 persons."
        ]
    )
    assert values(two_years) == {
        ("CHILDCARE_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2021, 2021, 214800.0, "A"),
        ("CHILDCARE_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2019, 2019, 198300.0, "A"),
    }


def test_translated_parts_from_them_with_a_dash_before_their_label_or_year() -> None:
    obs = observe(
        [
            "In total for 2016–2020 there were registered 2 904 early marriages, from them 1 102 – in rural areas.",
            "In total for 2018–2022 to the Commissioner there were received 5 102 appeals on the violations of the rights"
            " of minors, from them 1 390 – in 2022 year.",
        ]
    )
    assert values(obs) == {
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2016, 2020, 2904.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2016, 2020, 1102.0, "A"),
        ("OMBUDSMAN_APPEALS", "KZ", "_T", "_T", 2018, 2022, 5102.0, "A"),
        ("OMBUDSMAN_APPEALS", "KZ", "_T", "_T", 2022, 2022, 1390.0, "A"),
    }
    rural = obs[obs.obs_value == 1102.0]
    assert list(rural.residence) == ["R"]


def test_a_trend_written_end_first_keeps_its_label_and_a_list_shares_its_noun() -> None:
    obs = observe(
        [
            "The number of kindergartens grew to 6 420 in 2022 from 5 890 in 2018; in rural areas – to 3 311 in 2022"
            " from 3 004 in 2018.",
            "Families being in a crisis situation numbered 4 210 in 2021; in them lived 10 112 children.",
            "In 2019, 2020 and 2021 respectively, 1,310, 1,204 and 1,102 marriages involving a minor were registered,"
            " most of the minor spouses being girls aged 16–17.",
        ]
    )
    assert values(obs) >= {
        ("KINDERGARTENS", "KZ", "_T", "_T", 2022, 2022, 6420.0, "A"),
        ("KINDERGARTENS", "KZ", "_T", "_T", 2018, 2018, 5890.0, "A"),
        ("FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2021, 2021, 4210.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2019, 2019, 1310.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2020, 2020, 1204.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2021, 2021, 1102.0, "A"),
    }
    rural = obs[(obs.indicator_code == "KINDERGARTENS") & obs.obs_value.isin([3311.0, 3004.0])]
    assert sorted(zip(rural.period_start, rural.residence, strict=True)) == [(2018, "R"), (2022, "R")]
    assert not {v for v in values(obs) if v[0] == "FAMILIES_IN_CRISIS" and v[-2] == 10112.0}


def test_a_total_with_dashed_parts_from_them_in_families_and_in_institutions() -> None:
    obs = observe(
        [
            "At end of 2021 orphans and children left without parental care – 22 310 persons, from them brought up in"
            " families of guardians, foster and patronage families – 19 702 persons, or 88.3%, in residential"
            " organizations – 2 608 persons (11.7%)."
        ]
    )
    assert values(obs) == {
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "KZ", "_T", "_T", 2021, 2021, 22310.0, "A"),
        ("CHILDREN_IN_FAMILY_CARE", "KZ", "_T", "_T", 2021, 2021, 19702.0, "A"),
        ("CHILDREN_IN_FAMILY_CARE_SHARE", "KZ", "_T", "_T", 2021, 2021, 88.3, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2021, 2021, 2608.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE_SHARE", "KZ", "_T", "_T", 2021, 2021, 11.7, "A"),
    }


def test_bulletin_lines_with_units_thousands_after_a_share_and_headed_parts() -> None:
    obs = observe(
        [
            "At end of 2020: kindergartens – 6 103 units; children's libraries – 2 052 units.",
            "Mini-centres – reduction from 4 101 units in 2015 to 3 562 units in 2020, number of children in them – from"
            " 81 020 persons (2015) to 72 306 persons (2020).",
            "In summer period 2021 creative activities covered 1 402.6 thsd. children, or 40.1% of schoolchildren"
            " (boys – 690.2 thsd.; girls – 712.4 thsd.).",
            "Adoption cases considered by courts, cases: 2018 – 3 420; 2019 – 3 305; of them – by foreign citizens:"
            " 2018 – 402; 2019 – 377.",
        ]
    )
    assert values(obs) >= {
        ("KINDERGARTENS", "KZ", "_T", "_T", 2020, 2020, 6103.0, "A"),
        ("CHILDREN_LIBRARIES", "KZ", "_T", "_T", 2020, 2020, 2052.0, "A"),
        ("MINI_CENTRES", "KZ", "_T", "_T", 2015, 2015, 4101.0, "A"),
        ("MINI_CENTRES", "KZ", "_T", "_T", 2020, 2020, 3562.0, "A"),
        ("CREATIVE_ACTIVITIES", "KZ", "_T", "_T", 2021, 2021, 1402600.0, "A"),
        ("CREATIVE_ACTIVITIES_SHARE", "KZ", "_T", "_T", 2021, 2021, 40.1, "A"),
        ("CREATIVE_ACTIVITIES", "KZ", "M", "_T", 2021, 2021, 690200.0, "A"),
        ("CREATIVE_ACTIVITIES", "KZ", "F", "_T", 2021, 2021, 712400.0, "A"),
        ("ADOPTION_CASES", "KZ", "_T", "_T", 2018, 2018, 3420.0, "A"),
        ("ADOPTION_CASES", "KZ", "_T", "_T", 2019, 2019, 3305.0, "A"),
    }
    assert not {v for v in values(obs) if v[-2] in (402.0, 377.0, 81020.0, 72306.0) or v[0] == "MINI_CENTRES_SHARE"}


def test_terminated_pregnancies_listed_under_their_own_heading() -> None:
    obs = observe(
        [
            "Pregnancies among girls under 18 years, cases: 2016 – 5 120; 2017 – 4 903; of them terminated: 2016 –"
            " 2 011; 2017 – 1 874."
        ]
    )
    assert values(obs) == {
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2016, 2016, 5120.0, "A"),
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2017, 2017, 4903.0, "A"),
        ("EARLY_PREGNANCIES_TERMINATED", "KZ", "_T", "_T", 2016, 2016, 2011.0, "A"),
        ("EARLY_PREGNANCIES_TERMINATED", "KZ", "_T", "_T", 2017, 2017, 1874.0, "A"),
    }


def test_indicators_named_in_translated_terms() -> None:
    obs = observe(
        [
            "In the 2019–2020 educational year the gross coefficient of coverage by secondary education made up"
            " 104.2%.",
            "Expected duration of life at birth in 2017 made up 72.95 years.",
            "In 2019 State allowance for care of child until reaching 1 year – 250 100 recipients.",
            "In 2018 year the primary morbidity of minors by mental and behavioural disorders due to use of"
            " psychoactive substances made up 18.2 per 100 thousand of the corresponding population.",
            "At the end of 2022, eighty-one minors were serving custodial sentences.",
        ]
    )
    assert values(obs) == {
        ("GER_SECONDARY", "KZ", "_T", "_T", 2019, 2020, 104.2, "A"),
        ("LIFE_EXPECTANCY", "KZ", "_T", "_T", 2017, 2017, 72.95, "A"),
        ("CHILDCARE_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2019, 2019, 250100.0, "A"),
        ("SUBSTANCE_ABUSE_RATE_MINORS", "KZ", "_T", "_T", 2018, 2018, 18.2, "A"),
        ("MINORS_IN_PRISONS", "KZ", "_T", "_T", 2022, 2022, 81.0, "A"),
    }


def test_peers_in_parentheses_terminations_of_such_pregnancies_and_a_gap_short_of() -> None:
    obs = observe(
        [
            "In 2019, preschool coverage of children aged 3–6 stood at 93.1 per cent, although rural children (90.2 per"
            " cent) lagged behind their urban peers (95.8 per cent).",
            "Pregnancies among girls under 18 fell from 5,020 in 2015 to 4,118 in 2019; terminations of such"
            " pregnancies fell from 1,702 in 2015 to 1,310 in 2019.",
            "Life expectancy at birth reached 73.15 years in 2019, some seven years short of the OECD average.",
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2019, 2019, 93.1, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2019, 2019, 90.2, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2019, 2019, 95.8, "A"),
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2015, 2015, 5020.0, "A"),
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2019, 2019, 4118.0, "A"),
        ("EARLY_PREGNANCIES_TERMINATED", "KZ", "_T", "_T", 2015, 2015, 1702.0, "A"),
        ("EARLY_PREGNANCIES_TERMINATED", "KZ", "_T", "_T", 2019, 2019, 1310.0, "A"),
        ("LIFE_EXPECTANCY", "KZ", "_T", "_T", 2019, 2019, 73.15, "A"),
    }
    rural = obs[obs.obs_value == 90.2]
    assert list(rural.residence) == ["R"]


def test_parts_and_neighbours_that_are_not_the_subjects_figures() -> None:
    obs = observe(
        [
            "Adoption cases considered by courts: 2019 – 3,305; 2020 – 2,987, including those where the adopters were"
            " foreign citizens – 402 and 377 in the respective years.",
            "In 2021, courts granted 1,190 claims for the deprivation of parental rights and rejected 52.",
            "Child welfare, 2020: children left without parental care – 21,450; refugee children registered with the"
            " MIA – 33; juvenile offenders convicted – 1 012.",
            "In 2022, the infant mortality rate was 8.2 per 1,000 live births; tuberculosis incidence among children"
            " was 10.3 per 100,000.",
            "In Pavlodar region the infant mortality rate was 6.9 per 1,000 live births in 2021, which keeps the region"
            " among the three with the lowest infant mortality in Kazakhstan.",
            "In 2022, 48,300 children attended supplementary education organizations in Turkistan region; 12,100 of"
            " them lived in the oblast centre, the city of Turkistan.",
        ]
    )
    assert values(obs) == {
        ("ADOPTION_CASES", "KZ", "_T", "_T", 2019, 2019, 3305.0, "A"),
        ("ADOPTION_CASES", "KZ", "_T", "_T", 2020, 2020, 2987.0, "A"),
        ("PARENTAL_RIGHTS_TERMINATIONS", "KZ", "_T", "_T", 2021, 2021, 1190.0, "A"),
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "KZ", "_T", "_T", 2020, 2020, 21450.0, "A"),
        ("REFUGEE_CHILDREN", "KZ", "_T", "_T", 2020, 2020, 33.0, "A"),
        ("INFANT_MORTALITY", "KZ", "_T", "_T", 2022, 2022, 8.2, "A"),
        ("INFANT_MORTALITY", "KZ-55", "_T", "_T", 2021, 2021, 6.9, "A"),
        ("SUPPLEMENTARY_EDUCATION_CHILDREN", "KZ-61", "_T", "_T", 2022, 2022, 48300.0, "A"),
    }


def test_such_families_after_children_living_in_them_and_children_placed_during_the_year() -> None:
    obs = observe(
        [
            "In 2021, 13,904 children were living in families in crisis situations; the number of such families stood"
            " at 5,117.",
            "In 2020, 3,402 children lived in residential organizations for orphans and children left without parental"
            " care. The number of such children placed in families during the year was 1,310.",
            "In 2018, 285,400 persons received the State allowance for the care of a child up to the age of one."
            " Court proceedings on adoption numbered 3,120 that year.",
        ]
    )
    assert values(obs) == {
        ("CHILDREN_IN_FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2021, 2021, 13904.0, "A"),
        ("FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2021, 2021, 5117.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2020, 2020, 3402.0, "A"),
        ("CHILDCARE_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2018, 2018, 285400.0, "A"),
        ("ADOPTION_CASES", "KZ", "_T", "_T", 2018, 2018, 3120.0, "A"),
    }


def test_a_while_clause_shares_the_time_of_the_clause_before_unless_it_names_its_own() -> None:
    obs = observe(
        [
            "The contextual indicators in annex 2 continued to improve: in 2021 the infant mortality rate was 8.3 per"
            " 1,000 live births"
            " and the under-five mortality rate 9.9, while maternal mortality stood at 12.9 per 100,000 live births.",
            "In 2019, 1,402 early marriages were registered, whereas a year earlier the figure was 1,560.",
        ]
    )
    assert values(obs) == {
        ("INFANT_MORTALITY", "KZ", "_T", "_T", 2021, 2021, 8.3, "A"),
        ("UNDER5_MORTALITY", "KZ", "_T", "_T", 2021, 2021, 9.9, "A"),
        ("MATERNAL_MORTALITY", "KZ", "_T", "_T", 2021, 2021, 12.9, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2019, 2019, 1402.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2018, 2018, 1560.0, "A"),
    }


def test_oblast_releases_a_gap_in_years_courts_referred_to_and_years_listed_before_respectively() -> None:
    obs = observe(
        [
            "In 2021, life expectancy at birth in Pavlodar oblast was 73.02 years: men – 68.40 years, women – 77.51"
            " years. This is 0.52 years above the republican level."
        ]
    )
    assert not {v for v in values(obs) if v[-2] == 0.52}
    courts = observe(
        [
            "From 2014 to 2018, the courts of Kostanay oblast granted 198 claims for the deprivation of parental rights."
            " In the same period they considered 861 adoption cases."
        ]
    )
    assert ("ADOPTION_CASES", "KZ-39", "_T", "_T", 2014, 2018, 861.0, "A") in values(courts)
    assert not {v for v in values(courts) if v[1] == "KZ"}
    camps = observe(
        [
            "In the summer of 2019, 2020 and 2021, respectively 38,110, 21,400 and 40,925 schoolchildren of Akmola"
            " oblast rested in health camps, or 22.1, 12.3 and 23.0% of all schoolchildren of the oblast."
        ]
    )
    assert values(camps) == {
        ("HEALTH_CAMPS", "KZ-11", "_T", "_T", 2019, 2019, 38110.0, "A"),
        ("HEALTH_CAMPS", "KZ-11", "_T", "_T", 2020, 2020, 21400.0, "A"),
        ("HEALTH_CAMPS", "KZ-11", "_T", "_T", 2021, 2021, 40925.0, "A"),
        ("HEALTH_CAMPS_SHARE", "KZ-11", "_T", "_T", 2019, 2019, 22.1, "A"),
        ("HEALTH_CAMPS_SHARE", "KZ-11", "_T", "_T", 2020, 2020, 12.3, "A"),
        ("HEALTH_CAMPS_SHARE", "KZ-11", "_T", "_T", 2021, 2021, 23.0, "A"),
    }


def test_a_pronoun_subject_that_refers_to_a_part_named_in_the_sentence_before() -> None:
    obs = observe(
        [
            "Private operators have driven the growth of the preschool network. In 2016 they ran 2,870 preschool"
            " organizations, or 31.9 per cent of the total."
        ]
    )
    assert values(obs) == {
        ("PRIVATE_PRESCHOOLS", "KZ", "_T", "_T", 2016, 2016, 2870.0, "A"),
        ("PRIVATE_PRESCHOOLS_SHARE", "KZ", "_T", "_T", 2016, 2016, 31.9, "A"),
    }


def test_bulletin_headings_with_ages_in_years_and_a_unit_before_the_colon() -> None:
    obs = observe(
        [
            "Preschool coverage of children 3–6 years, %, 2022: republic – 96.9; Pavlodar region (100.0).",
            "2020: adolescent birth rate (15–19 years) – 23.1 per 1000 girls of corresponding age.",
            "Share of children aged 6–15 years using Internet – growth from 81.2% in 2018 to 94.0% in 2022.",
            "Children with disabilities by regions at end of 2019, persons: Zhambyl – 4 110; Kostanay – 2 906.",
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2022, 2022, 96.9, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ-55", "_T", "Y3T6", 2022, 2022, 100.0, "A"),
        ("ADOLESCENT_BIRTH_RATE", "KZ", "_T", "Y15T19", 2020, 2020, 23.1, "A"),
        ("INTERNET_USE_6_15_SHARE", "KZ", "_T", "Y6T15", 2018, 2018, 81.2, "A"),
        ("INTERNET_USE_6_15_SHARE", "KZ", "_T", "Y6T15", 2022, 2022, 94.0, "A"),
        ("CHILDREN_WITH_DISABILITIES", "KZ-31", "_T", "_T", 2019, 2019, 4110.0, "A"),
        ("CHILDREN_WITH_DISABILITIES", "KZ-39", "_T", "_T", 2019, 2019, 2906.0, "A"),
    }


def test_the_country_named_only_as_the_whole_or_the_ranking_of_a_regions_figures() -> None:
    marriages = observe(
        [
            "Zhambyl region still accounts for the largest number of child marriages in the country: 201, 188 and 175"
            " marriages involving a spouse under 18 were registered in 2018, 2019 and 2020 respectively."
        ]
    )
    assert values(marriages) == {
        ("EARLY_MARRIAGES", "KZ-31", "_T", "_T", 2018, 2018, 201.0, "A"),
        ("EARLY_MARRIAGES", "KZ-31", "_T", "_T", 2019, 2019, 188.0, "A"),
        ("EARLY_MARRIAGES", "KZ-31", "_T", "_T", 2020, 2020, 175.0, "A"),
    }
    allowance = observe(
        [
            "The childcare allowance is widely claimed in Shymkent. In 2020 it was received by 21,310 persons, or 7 per"
            " cent of all recipients in the country."
        ]
    )
    assert values(allowance) == {("CHILDCARE_ALLOWANCE_RECIPIENTS", "KZ-79", "_T", "_T", 2020, 2020, 21310.0, "A")}


def test_their_number_keeps_the_place_of_the_figure_it_leans_on() -> None:
    obs = observe(
        [
            "In the 2020–2021 academic year 1,904 children with special educational needs studied in inclusive classes"
            " in Atyrau region; in the 2021–2022 academic year their number rose to 2,215."
        ]
    )
    assert values(obs) == {
        ("SEN_PUPILS_INCLUSIVE", "KZ-23", "_T", "_T", 2020, 2021, 1904.0, "A"),
        ("SEN_PUPILS_INCLUSIVE", "KZ-23", "_T", "_T", 2021, 2022, 2215.0, "A"),
    }


def test_a_level_reached_by_a_date_and_the_queue_to_kindergartens() -> None:
    obs = observe(
        [
            "Queue to kindergartens shortened to 96 410 children by 1 January 2022, from 254 300 children in 2017.",
            "The queue for kindergartens is to be reduced to 50,000 children by 2025.",
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2022, 2022, 96410.0, "A"),
        ("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2017, 2017, 254300.0, "A"),
    }


def test_a_date_after_the_figure_is_the_time_its_clause_holds() -> None:
    obs = observe(
        [
            "2,431 children with disabilities were registered in Kostanay region on 1 October 2023.",
            "Preschool organizations numbered 9,874 across the republic as of 31 December 2017.",
            "The ministry told journalists that, as at 1 June 2024, 3,115 families in crisis were on its register.",
            "The rules adopted on 12 May 2022 apply to 640 residential care institutions.",
            "Some 1,200 minors were held in pre-trial detention on 1 January 2020 and on 1 January 2021.",
        ]
    )
    assert values(obs) == {
        ("CHILDREN_WITH_DISABILITIES", "KZ-39", "_T", "_T", 2023, 2023, 2431.0, "A"),
        ("PRESCHOOL_ORGANIZATIONS", "KZ", "_T", "_T", 2017, 2017, 9874.0, "A"),
        ("FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2024, 2024, 3115.0, "A"),
    }


def test_a_school_year_opened_by_the_beginning_of_or_named_current() -> None:
    obs = observe(
        [
            "By the start of the 2022–2023 academic year, 1,312 supplementary education organizations were operating.",
            "In the present, 2023/24, school year, the net enrolment ratio in primary education is 99.1 per cent.",
        ]
    )
    assert values(obs) == {
        ("SUPPLEMENTARY_EDUCATION_ORGANIZATIONS", "KZ", "_T", "_T", 2022, 2023, 1312.0, "A"),
        ("NER_PRIMARY", "KZ", "_T", "_T", 2023, 2024, 99.1, "A"),
    }


def test_a_figure_after_a_closed_list_of_labelled_parts_is_not_one_of_them() -> None:
    obs = observe(
        [
            "The infant mortality rate was 7.4 per 1,000 live births in 2022 (boys: 8.1; girls: 6.6), down from 9.3"
            " in 2016.",
            "In 2021, 1,106 early marriages were registered (urban areas – 402; rural areas – 704), and 2,415 early"
            " pregnancies.",
            "Children's libraries numbered 2,790 in 2023 (rural areas: 2,092), compared with 2,946 in 2018.",
        ]
    )
    rows = {(r.indicator_code, r.sex, r.residence, r.period_start, r.obs_value) for r in obs.itertuples()}
    assert set(obs["ref_area"]) == {"KZ"} and set(obs["obs_status"]) == {"A"}
    assert rows == {
        ("INFANT_MORTALITY", "_T", "_T", 2022, 7.4),
        ("INFANT_MORTALITY", "M", "_T", 2022, 8.1),
        ("INFANT_MORTALITY", "F", "_T", 2022, 6.6),
        ("INFANT_MORTALITY", "_T", "_T", 2016, 9.3),
        ("EARLY_MARRIAGES", "_T", "_T", 2021, 1106.0),
        ("EARLY_MARRIAGES", "_T", "U", 2021, 402.0),
        ("EARLY_MARRIAGES", "_T", "R", 2021, 704.0),
        ("EARLY_PREGNANCIES", "_T", "_T", 2021, 2415.0),
        ("CHILDREN_LIBRARIES", "_T", "_T", 2023, 2790.0),
        ("CHILDREN_LIBRARIES", "_T", "R", 2023, 2092.0),
        ("CHILDREN_LIBRARIES", "_T", "_T", 2018, 2946.0),
    }


def test_a_place_word_in_the_clause_subject_and_a_label_of_this_age_before_a_trend() -> None:
    obs = observe(
        [
            "Preschool coverage of children aged 3–6 rose to 97.2 per cent in 2022, while the share of rural children"
            " covered went from 88.1 per cent (2017) to 95.0 per cent (2022).",
            "From 2015 to 2020, early pregnancies among girls under 18 fell from 4,980 to 3,310, among those in urban"
            " areas – from 2,120 to 1,480.",
            "Between 2014 and 2019, preschool coverage of children aged 3–6 rose from 81.1 to 93.0 per cent,"
            " including among girls of this age – from 80.4 to 92.7 per cent.",
        ]
    )
    rows = {(r.indicator_code, r.sex, r.residence, r.period_start, r.obs_value) for r in obs.itertuples()}
    assert ("PRESCHOOL_COVERAGE_3_6", "_T", "R", 2017, 88.1) in rows
    assert ("PRESCHOOL_COVERAGE_3_6", "_T", "R", 2022, 95.0) in rows
    assert ("PRESCHOOL_COVERAGE_3_6", "_T", "_T", 2022, 97.2) in rows
    assert ("EARLY_PREGNANCIES", "_T", "U", 2015, 2120.0) in rows
    assert ("PRESCHOOL_COVERAGE_3_6", "F", "_T", 2014, 80.4) in rows
    assert ("PRESCHOOL_COVERAGE_3_6", "F", "_T", 2019, 92.7) in rows


def test_of_them_after_a_verb_of_counting_is_their_number_when_no_total_comes_before() -> None:
    obs = observe(
        [
            "Early marriages are still a concern. In 2022 registry offices recorded 1,012 of them.",
            "Families in a crisis situation need support; at the end of 2021 the authorities had 6,958 of them on"
            " their register.",
            "At the end of 2023 the country had 2,904 children in residential care, and guardians had taken in 412 of"
            " them during the year.",
        ]
    )
    assert values(obs) == {
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2022, 2022, 1012.0, "A"),
        ("FAMILIES_IN_CRISIS", "KZ", "_T", "_T", 2021, 2021, 6958.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2023, 2023, 2904.0, "A"),
    }


def test_of_them_after_a_list_of_named_parts_is_a_part_of_their_total() -> None:
    obs = observe(
        [
            "At the end of 2019 Almaty region had 1,204 preschool organizations – 512 kindergartens and 692"
            " mini-centres; 388 of them were privately owned.",
            "In 2020 the country had 10,870 preschool organizations, of which 6,140 were kindergartens and 4,730"
            " mini-centres, and 3,390 of them were in private ownership.",
            "In 2018 there were 6,020 kindergartens and 4,410 mini-centres; 2,100 of them were privately owned.",
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_ORGANIZATIONS", "KZ-19", "_T", "_T", 2019, 2019, 1204.0, "A"),
        ("KINDERGARTENS", "KZ-19", "_T", "_T", 2019, 2019, 512.0, "A"),
        ("MINI_CENTRES", "KZ-19", "_T", "_T", 2019, 2019, 692.0, "A"),
        ("PRIVATE_PRESCHOOLS", "KZ-19", "_T", "_T", 2019, 2019, 388.0, "A"),
        ("PRESCHOOL_ORGANIZATIONS", "KZ", "_T", "_T", 2020, 2020, 10870.0, "A"),
        ("KINDERGARTENS", "KZ", "_T", "_T", 2020, 2020, 6140.0, "A"),
        ("MINI_CENTRES", "KZ", "_T", "_T", 2020, 2020, 4730.0, "A"),
        ("PRIVATE_PRESCHOOLS", "KZ", "_T", "_T", 2020, 2020, 3390.0, "A"),
        ("KINDERGARTENS", "KZ", "_T", "_T", 2018, 2018, 6020.0, "A"),
        ("MINI_CENTRES", "KZ", "_T", "_T", 2018, 2018, 4410.0, "A"),
    }


def test_facility_names_count_minors_only_when_minors_are_counted() -> None:
    obs = observe(
        [
            "On 1 July 2022, pre-trial detention facilities held 71 minors, of whom 66 were boys and 5 girls.",
            "At the end of 2022, pre-trial detention facilities held 6,200 people.",
            "In 2023 the kindergarten queue stood at 61,800 children. In 2022, 412,600 people got targeted social aid.",
        ]
    )
    assert values(obs) == {
        ("MINORS_IN_DETENTION", "KZ", "_T", "_T", 2022, 2022, 71.0, "A"),
        ("MINORS_IN_DETENTION", "KZ", "M", "_T", 2022, 2022, 66.0, "A"),
        ("MINORS_IN_DETENTION", "KZ", "F", "_T", 2022, 2022, 5.0, "A"),
        ("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2023, 2023, 61800.0, "A"),
        ("TSA_RECIPIENTS", "KZ", "_T", "_T", 2022, 2022, 412600.0, "A"),
    }


def test_a_predicate_after_a_second_figure_is_not_the_first_ones_when_the_first_has_its_subject() -> None:
    obs = observe(
        ["In 2021 the kindergarten queue stood at 58,100 children, and 398,000 people got targeted social aid."]
    )
    assert ("TSA_RECIPIENTS", "KZ", "_T", "_T", 2021, 2021, 398000.0, "A") in values(obs)
    assert set(obs.loc[obs["obs_value"] == 58100.0, "indicator_code"]) <= {"PRESCHOOL_WAITING_LIST"}


def test_shorter_longer_and_a_plus_sign_give_the_direction_of_a_change() -> None:
    obs = observe(
        [
            "Children with disabilities: 101 230 (2023), +4 210 vs 2021.",
            "In 2022 a newborn could expect to live 74.1 years, 2.6 years longer than in 2012.",
            "The kindergarten queue stood at 88,400 children at the end of 2023, 20 per cent shorter than in 2021.",
        ]
    )
    assert values(obs) == {
        ("CHILDREN_WITH_DISABILITIES", "KZ", "_T", "_T", 2023, 2023, 101230.0, "A"),
        ("LIFE_EXPECTANCY", "KZ", "_T", "_T", 2022, 2022, 74.1, "A"),
        ("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2023, 2023, 88400.0, "A"),
        ("CHILDREN_WITH_DISABILITIES", "KZ", "_T", "_T", 2021, 2021, 97020.0, "E"),
        ("LIFE_EXPECTANCY", "KZ", "_T", "_T", 2012, 2012, 71.5, "E"),
        ("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2021, 2021, 110500.0, "E"),
    }


def test_an_age_naming_all_children_in_a_rate_base_does_not_narrow_the_rate() -> None:
    obs = observe(
        [
            "In 2020 registered alcohol use among minors stood at 44.1 per 100,000 children under 18.",
            "In 2021 substance abuse among minors was 12.7 per 100 000 population aged 0–17.",
            "In 2022 alcohol use among minors was 61.3 per 100,000 adolescents aged 15–17.",
        ]
    )
    assert values(obs) == {
        ("ALCOHOL_USE_RATE_MINORS", "KZ", "_T", "_T", 2020, 2020, 44.1, "A"),
        ("SUBSTANCE_ABUSE_RATE_MINORS", "KZ", "_T", "_T", 2021, 2021, 12.7, "A"),
    }


def test_the_same_age_group_and_ages_written_with_hyphens() -> None:
    obs = observe(
        [
            "In 2022, 93.0 per cent of children aged 6–15 used the Internet, while computer use among this age group"
            " was 70.2 per cent.",
            "Preschool coverage of 3-to-6-year-olds reached 97.9 per cent in 2021.",
            "In 2020 preschool coverage of three- to six-year-olds stood at 95.2 per cent.",
        ]
    )
    assert values(obs) == {
        ("INTERNET_USE_6_15_SHARE", "KZ", "_T", "Y6T15", 2022, 2022, 93.0, "A"),
        ("COMPUTER_USE_6_15_SHARE", "KZ", "_T", "Y6T15", 2022, 2022, 70.2, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2021, 2021, 97.9, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2020, 2020, 95.2, "A"),
    }


def test_the_upper_bound_of_an_age_range_is_an_age_never_a_count() -> None:
    obs = observe(
        [
            "In 2021 preschool coverage of children aged 3 through 6 was 96.4 per cent.",
            "In 2020 preschool coverage of children between the ages of 3 and 6 stood at 95.1 per cent.",
            "In 2022, 94.4 per cent of children 6-15 used the Internet, and 71.0 per cent of children in the 6-15"
            " age bracket used a computer.",
            "In 2019 the coverage of children of 3-6 years of age by preschool education was 92.3 per cent.",
        ]
    )
    assert values(obs) == {
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2021, 2021, 96.4, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2020, 2020, 95.1, "A"),
        ("INTERNET_USE_6_15_SHARE", "KZ", "_T", "Y6T15", 2022, 2022, 94.4, "A"),
        ("COMPUTER_USE_6_15_SHARE", "KZ", "_T", "Y6T15", 2022, 2022, 71.0, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2019, 2019, 92.3, "A"),
    }


def test_a_ranking_among_other_countries_and_a_comparison_far_before_the_foreign_place() -> None:
    obs = observe(
        [
            "By the end of 2021, early marriages had fallen to 1,012, down from 2,870 in 2015 – the sharpest decline"
            " in Central Asia.",
            "In 2023 the under-five mortality rate in Kazakhstan was 9.6 per 1,000 live births, compared with 17.2 in"
            " Kyrgyzstan and an average of 4.3 in the EU countries.",
            "Its maternal mortality ratio that year – 13.1 per 100,000 live births in 2023 – compares with 3.2 in"
            " Finland.",
            "In 2022 infant mortality was highest in Tajikistan, at 30.1 per 1,000 live births.",
        ]
    )
    assert values(obs) == {
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2021, 2021, 1012.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2015, 2015, 2870.0, "A"),
        ("UNDER5_MORTALITY", "KZ", "_T", "_T", 2023, 2023, 9.6, "A"),
        ("MATERNAL_MORTALITY", "KZ", "_T", "_T", 2023, 2023, 13.1, "A"),
    }


def test_another_group_counted_by_another_indicator_is_a_level_an_increment_of_the_same_is_not() -> None:
    obs = observe(
        [
            "At the end of 2018, 2,410 children lived in residential care, and another 19,870 were brought up in"
            " families of guardians and foster carers.",
            "In 2022, 1,012 early marriages were registered. A further 2,300 early pregnancies were recorded among"
            " girls under 18.",
            "In 2020, 3,115 children attended summer health camps in Shymkent; another 600 children attended health"
            " camps in the autumn.",
        ]
    )
    assert values(obs) == {
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2018, 2018, 2410.0, "A"),
        ("CHILDREN_IN_FAMILY_CARE", "KZ", "_T", "_T", 2018, 2018, 19870.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2022, 2022, 1012.0, "A"),
        ("EARLY_PREGNANCIES", "KZ", "_T", "_T", 2022, 2022, 2300.0, "A"),
        ("HEALTH_CAMPS", "KZ-79", "_T", "_T", 2020, 2020, 3115.0, "A"),
    }


def test_a_year_aside_after_a_labelled_part_restates_that_part() -> None:
    obs = observe(
        [
            "In 2022 there were 2,811 children's libraries; in 2022, 2,106 of them were in rural areas (2019 – 2,230).",
            "In 2023 infant mortality was 7.6 per 1,000 live births; boys – 8.3 (2020 – 9.0), girls – 6.8 (2020 – 7.4).",
        ]
    )
    rows = {(r.indicator_code, r.sex, r.residence, r.period_start, r.obs_value) for r in obs.itertuples()}
    assert ("CHILDREN_LIBRARIES", "_T", "R", 2019, 2230.0) in rows
    assert ("INFANT_MORTALITY", "M", "_T", 2020, 9.0) in rows
    assert ("INFANT_MORTALITY", "F", "_T", 2020, 7.4) in rows
    assert not any(v in (2230.0, 9.0, 7.4) for _, s, res, _, v in rows if (s, res) == ("_T", "_T"))


def test_a_range_of_numbers_is_never_a_value_and_hundred_or_dozen_scale_a_number() -> None:
    obs = observe(
        [
            "In 2022, 1,200-1,500 children lived in residential care institutions.",
            "In 2021, 2 000–2 500 early marriages were registered.",
            "In 2020, between 300 and 400 children were held in pre-trial detention.",
            "In 2019, 1,100 to 1,400 children were registered as refugees.",
            "Between 2018 and 2022 the number of children in residential care fell from 3,200 to 2,500.",
            "In 2018, some 12 hundred children were held in pre-trial detention facilities.",
        ]
    )
    assert values(obs) == {
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2018, 2018, 3200.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2022, 2022, 2500.0, "A"),
        ("MINORS_IN_DETENTION", "KZ", "_T", "_T", 2018, 2018, 1200.0, "A"),
    }


def test_a_total_over_a_span_in_words_never_takes_the_year_of_its_part() -> None:
    obs = observe(
        [
            "In the last five years, 620 children committed suicide, including 140 in 2020.",
            "A total of 4,100 early marriages were registered over three years, 1,250 of them in 2021.",
            "During the past four years, 96 cases of illegal child labour were identified, including 31 in 2023.",
            "In 2019, 155 children committed suicide.",
        ]
    )
    assert values(obs) == {("CHILD_SUICIDES", "KZ", "_T", "Y5T17", 2019, 2019, 155.0, "A")}


def test_the_whole_a_share_is_taken_of_is_never_counted_as_its_part() -> None:
    obs = observe(
        [
            "In 2022, 52 per cent of the 9,800 preschool organizations were private.",
            "In 2021, 40 per cent of the 11,000 children left without parental care lived in residential care"
            " institutions.",
            "In 2020, 61 per cent of the 4,900 general education schools had created conditions for inclusive"
            " education.",
        ]
    )
    found = values(obs)
    assert ("PRESCHOOL_ORGANIZATIONS", "KZ", "_T", "_T", 2022, 2022, 9800.0, "A") in found
    assert not {
        row for row in found if row[0] in ("PRIVATE_PRESCHOOLS", "CHILDREN_IN_RESIDENTIAL_CARE", "SCHOOLS_INCLUSIVE")
    }


def test_people_or_women_counted_by_words_after_them_are_not_children() -> None:
    obs = observe(
        [
            "In 2022, 25,000 people were held in pre-trial detention.",
            "In 2021, 800 women committed suicide.",
            "In 2020, 10,000 elderly people lived in residential care institutions.",
            "In 2019, 1,300 people were recognised as refugees.",
            "At the end of 2018: minors in educational colonies – 296 persons.",
            "Of school-age children with special educational needs, 98,120 persons studied in inclusive classes in"
            " 2017.",
        ]
    )
    assert values(obs) == {
        ("MINORS_IN_PRISONS", "KZ", "_T", "_T", 2018, 2018, 296.0, "A"),
        ("SEN_PUPILS_INCLUSIVE", "KZ", "_T", "_T", 2017, 2017, 98120.0, "A"),
    }


def test_girls_or_boys_alone_are_a_part_of_the_children_an_indicator_counts() -> None:
    obs = observe(
        [
            "In 2022, 35 girls committed suicide.",
            "At the end of 2021, 2,400 girls lived in residential care institutions.",
            "In 2020, 120 male minors were held in pre-trial detention.",
            "In 2019 the birth allowance was paid to 273,800 women.",
        ]
    )
    assert values(obs) == {
        ("CHILD_SUICIDES", "KZ", "F", "Y5T17", 2022, 2022, 35.0, "A"),
        ("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "F", "_T", 2021, 2021, 2400.0, "A"),
        ("MINORS_IN_DETENTION", "KZ", "M", "_T", 2020, 2020, 120.0, "A"),
        ("BIRTH_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2019, 2019, 273800.0, "A"),
    }


def test_other_waiting_lists_page_numbers_half_years_and_weekly_numbers_are_not_statistics() -> None:
    obs = observe(
        [
            "In 2022, 200,000 people were on the waiting list for housing.",
            "In 2021, 15,000 children were on the waiting list for surgery.",
            "The kindergarten network keeps growing. In 2020, 61,800 children were still on the waiting lists.",
            "Data on early marriages registered in 2022 are given on page 45.",
            "In the first half of 2022, 61 children committed suicide.",
            "In 2021, every week 3 children committed suicide.",
        ]
    )
    assert values(obs) == {("PRESCHOOL_WAITING_LIST", "KZ", "_T", "_T", 2020, 2020, 61800.0, "A")}


def test_a_time_stated_only_relative_to_another_is_not_the_sentence_year() -> None:
    obs = observe(
        [
            "Compared with 2,300 last year, the number of early marriages fell considerably in 2022.",
            "In 2021 the net enrolment ratio in primary education was 99.4 per cent, up from 98.9 per cent five"
            " years earlier.",
            "In 2020, infant mortality continued to decline, from 9.1 per 1,000 live births at the start of the decade.",
            "In 2019, 150 minors were held in pre-trial detention. Two years later, the number of juveniles in"
            " correctional colonies had fallen to 120.",
            "Preschool coverage of children aged 3–6 was 98.1 per cent, up from 81.7 per cent a decade earlier, in"
            " 2013; the figure is for 2023.",
            "In 2018, inclusive education reached 36,100 school-age children with special educational needs, compared"
            " with barely a fifth five years earlier.",
        ]
    )
    assert values(obs) == {
        ("NER_PRIMARY", "KZ", "_T", "_T", 2021, 2021, 99.4, "A"),
        ("MINORS_IN_DETENTION", "KZ", "_T", "_T", 2019, 2019, 150.0, "A"),
        ("PRESCHOOL_COVERAGE_3_6", "KZ", "_T", "Y3T6", 2013, 2013, 81.7, "A"),
        ("SEN_PUPILS_INCLUSIVE", "KZ", "_T", "_T", 2018, 2018, 36100.0, "A"),
    }


def test_bounds_shortages_averages_and_other_populations_are_not_levels() -> None:
    obs = observe(
        [
            "In 2022, a minimum of 1,200 children lived in residential care institutions.",
            "In 2021, 1,300 children or more were held in pre-trial detention.",
            "In 2020, the country lacked 2,000 doctors.",
            "In 2019 the deficit of paediatric beds was 1,500.",
            "The number of early marriages decreased in 2021 by 400.",
            "In 2016-2020, the average annual number of child suicides was 130.",
            "In 2018, 12,000 pregnancies were terminated.",
            "In 2017, life expectancy at age 65 was 16 years, and healthy life expectancy 66 years.",
            "In 2016, 1,100 hobby groups and neighbourhood clubs operated.",
            "From 2010 to 2015 the number of early marriages halved, to 1,900.",
            "In 2014, 2,410 children lived in residential care institutions.",
        ]
    )
    assert values(obs) == {("CHILDREN_IN_RESIDENTIAL_CARE", "KZ", "_T", "_T", 2014, 2014, 2410.0, "A")}


def test_a_change_in_a_clause_about_another_year_does_not_derive_from_the_first_level() -> None:
    obs = observe(
        [
            "In 2022, 1,900 early marriages were registered, 400 fewer than in 2021, when 300 fewer were registered than in 2020."
        ]
    )
    assert values(obs) == {
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2022, 2022, 1900.0, "A"),
        ("EARLY_MARRIAGES", "KZ", "_T", "_T", 2021, 2021, 2300.0, "E"),
    }


def test_the_whole_of_a_part_that_alone_meets_the_indicator_is_not_it() -> None:
    obs = observe(
        [
            "In 2021, 1,200 petitions for the deprivation of parental rights were filed, of which 900 were granted.",
            "In 2020, 12,000 pregnancies were terminated, including 1,900 among adolescents.",
            "In 2019 the courts granted 870 petitions for the deprivation of parental rights, of which 40 concerned"
            " fathers.",
        ]
    )
    assert values(obs) == {("PARENTAL_RIGHTS_TERMINATIONS", "KZ", "_T", "_T", 2019, 2019, 870.0, "A")}


def test_a_rate_for_a_group_or_a_cause_is_not_the_indicator_rate() -> None:
    obs = observe(
        [
            "In 2022, infant mortality among Roma families was 20 per 1,000 live births.",
            "In 2021, the infant mortality rate from respiratory diseases was 1.2 per 1,000 live births.",
            "In 2020, the under-five mortality rate excluding infants was 1.9 per 1,000 live births.",
            "In 2019 the infant mortality rate in rural areas was 9.1 per 1,000 live births.",
            "In 2018 the birth rate among girls at the age of 15–19 was 26.4 per 1,000 women of the corresponding age.",
        ]
    )
    assert values(obs) == {
        ("INFANT_MORTALITY", "KZ", "_T", "_T", 2019, 2019, 9.1, "A"),
        ("ADOLESCENT_BIRTH_RATE", "KZ", "_T", "Y15T19", 2018, 2018, 26.4, "A"),
    }


def test_prisons_and_pre_trial_detention_in_either_order_are_the_detention_indicator() -> None:
    obs = observe(
        [
            "In 2022, 150 minors were held in prisons and pre-trial detention facilities.",
            "In 2021, 98 minors were serving sentences in prisons.",
        ]
    )
    assert values(obs) == {
        ("MINORS_IN_DETENTION", "KZ", "_T", "_T", 2022, 2022, 150.0, "A"),
        ("MINORS_IN_PRISONS", "KZ", "_T", "_T", 2021, 2021, 98.0, "A"),
    }


def test_an_area_type_between_the_number_and_an_institution_noun_is_its_label() -> None:
    obs = observe(
        ["In 2022, 700 rural kindergartens operated.", "In 2021 the country had 2,106 rural libraries for children."]
    )
    rows = {(r.indicator_code, r.residence, r.period_start, r.obs_value) for r in obs.itertuples()}
    assert ("KINDERGARTENS", "R", 2022, 700.0) in rows
    assert not any(res == "_T" for _, res, _, _ in rows)


def test_the_date_of_an_event_is_not_the_time_a_figure_holds() -> None:
    obs = observe(
        [
            "According to Principle 6 of the Declaration of the Rights of the Child, adopted by the United Nations"
            " General Assembly on 20 November 1959, 3 children ...",
            "The law signed by the President on 1 July 2021 covers 640 residential care institutions.",
            "74 minors were held in pre-trial detention facilities on 1 January 2021.",
        ]
    )
    assert values(obs) == {("MINORS_IN_DETENTION", "KZ", "_T", "_T", 2021, 2021, 74.0, "A")}
    figures = extract(
        document(
            "According to Principle 6 of the Declaration, adopted by the General Assembly on 20 November 1959, a"
            " child shall not be separated from his mother."
        ),
        load(),
    ).figures
    assert figures.loc[figures["text"] == "6", "period_start"].isna().all()  # the figure table's period floor is 1990


def test_an_area_type_ending_where_they_live_or_are_registered_is_the_figures() -> None:
    obs = observe(
        [
            "In 2022, 1,200 children with disabilities were registered in villages.",
            "In 2021, 2,310 children without parental care lived in rural areas.",
            "In 2020, 610 children with disabilities were registered in rural settlements of Akmola region.",
            "The number of early marriages decreased from 2,300 in 2019 by 400.",
        ]
    )
    rows = {(r.indicator_code, r.ref_area, r.residence, r.obs_value) for r in obs.itertuples()}
    assert rows == {
        ("CHILDREN_WITH_DISABILITIES", "KZ", "R", 1200.0),
        ("CHILDREN_WITHOUT_PARENTAL_CARE", "KZ", "R", 2310.0),
        ("CHILDREN_WITH_DISABILITIES", "KZ-11", "R", 610.0),
        ("EARLY_MARRIAGES", "KZ", "_T", 2300.0),
    }


def test_school_grade_groups_and_parts_of_the_country_are_not_the_whole() -> None:
    obs = observe(
        [
            "In 2022, 45 students of grades 9-11 committed suicide.",
            "In 2021, 140 students of colleges committed suicide.",
            "In 2020, the infant mortality rate in the south of the country was 11.2 per 1,000 live births.",
            "Over 2019–2023, labour inspectors uncovered a total of 128 cases of illegal child labour, most of them"
            " on cotton farms in the south of the country.",
            "In 2019, 170 children committed suicide.",
        ]
    )
    assert values(obs) == {
        ("ILLEGAL_CHILD_LABOUR_CASES", "KZ", "_T", "_T", 2019, 2023, 128.0, "A"),
        ("CHILD_SUICIDES", "KZ", "_T", "Y5T17", 2019, 2019, 170.0, "A"),
    }


def test_children_are_not_the_recipients_or_staff_an_indicator_of_adults_counts() -> None:
    obs = observe(
        [
            "In 2022, 150,000 children received targeted social assistance.",
            "In 2021, the large family allowance was paid for 1.4 million children.",
            "In 2020, 458,300 persons received targeted social assistance.",
            "In 2019, the birth allowance was paid to 401,800 persons.",
        ]
    )
    assert values(obs) == {
        ("TSA_RECIPIENTS", "KZ", "_T", "_T", 2020, 2020, 458300.0, "A"),
        ("BIRTH_ALLOWANCE_RECIPIENTS", "KZ", "_T", "_T", 2019, 2019, 401800.0, "A"),
    }
