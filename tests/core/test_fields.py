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
