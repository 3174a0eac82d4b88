from small_but_strong.core.fields import guess_field

SAMPLE = ["fid", "code", "sido", "sigungu", "area_km2", "pop_census_2010", "pop_census_2020",
          "pop_reg_2015", "pop_reg_2016", "pop_reg_2024", "pop_reg_2025", "pop65_2010", "f20_39_2010",
          "pop65_reg_2015", "pop65_reg_2025", "f20_39_reg_2015", "f20_39_reg_2025",
          "births_est_2015", "births_est_2020", "doctors_obgyn_2015", "doctors_obgyn_2020"]


def test_sample_guesses():
    guesses = {role: guess_field(SAMPLE, role) for role in
               ("id", "name", "population", "population_base", "elderly", "young_women", "births",
                "group", "supply")}
    assert guesses == {"id": "code", "name": "sigungu", "population": "pop_reg_2025",
                       "population_base": "pop_reg_2015", "elderly": "pop65_reg_2025",
                       "young_women": "f20_39_reg_2025", "births": "births_est_2020",
                       "group": "sido", "supply": "doctors_obgyn_2020"}


def test_other_layouts():
    assert guess_field(["ADM_CD", "ADM_NM", "POP"], "id") == "ADM_CD"
    assert guess_field(["ADM_CD", "ADM_NM", "POP"], "name") == "ADM_NM"
    assert guess_field(["ADM_CD", "ADM_NM", "POP"], "population") == "POP"
    assert guess_field(["a", "b"], "elderly") is None
    assert guess_field(["pop_2020"], "population_base") is None


def test_layouts_of_other_countries_and_the_rule_that_chose():
    from small_but_strong.core.fields import guess, year_of

    us = ["FIPS", "NAME", "STATE_NAME", "PO60", "PO70", "PO80", "PO90", "MA90", "HR90"]
    assert [guess(us, r).field for r in ("id", "name", "population", "population_base", "median_age", "group")] == \
        ["FIPS", "NAME", "PO90", "PO80", "MA90", "STATE_NAME"]
    assert "latest year 1990" in guess(us, "population").rule
    german = ["AGS", "GEN", "BEZ", "EWZ", "Bundesland"]
    assert [guess(german, r).field for r in ("id", "name", "population", "group")] == ["AGS", "GEN", "EWZ", "Bundesland"]
    french = ["INSEE_COM", "NOM", "P20_POP", "P14_POP", "DEP"]
    assert [guess(french, r).field for r in ("id", "name", "population", "population_base", "group")] == \
        ["INSEE_COM", "NOM", "P20_POP", "P14_POP", "DEP"]
    japanese = ["団体コード", "市区町村名", "人口_2020", "人口_2010", "都道府県"]
    assert [guess(japanese, r).field for r in ("id", "name", "population", "population_base", "group")] == \
        ["団体コード", "市区町村名", "人口_2020", "人口_2010", "都道府県"]
    assert (year_of("PO90"), year_of("P20_POP"), year_of("MA60"), year_of("pop_reg_2025"), year_of("name")) == \
        (1990, 2020, 1960, 2025, None)
    # numeric roles pick numeric fields only, and a taken field is not offered twice
    assert guess(["pop", "pop_label"], "population", numeric=["pop_label"]).field is None
    assert guess(us, "population", exclude=["PO90"]).field == "PO80"
