<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>SmallButStrong</name>
    <message>
        <location filename="../../plugin.py" line="51"/>
        <location filename="../../ui/dock.py" line="88"/>
        <source>Small but Strong</source>
        <translation>작지만 강한</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="58"/>
        <source>Small but Strong panel</source>
        <translation>작지만 강한 패널</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="59"/>
        <source>Decline indicators…</source>
        <translation>쇠퇴 지표…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="60"/>
        <source>Propose alliances…</source>
        <translation>연합 제안…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="61"/>
        <source>Service gaps…</source>
        <translation>서비스 공백…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="62"/>
        <source>Export map report…</source>
        <translation>지도 보고서 내보내기…</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="64"/>
        <location filename="../../ui/dock.py" line="141"/>
        <source>Load the Korean sample</source>
        <translation>한국 표본 자료 불러오기</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="69"/>
        <location filename="../../plugin.py" line="93"/>
        <source>&amp;Small but Strong</source>
        <translation>작지만 강한(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="44"/>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="104"/>
        <source>Parameter {0}: choose a field of the input layer.</source>
        <translation>파라미터 {0}: 입력 레이어의 필드를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="110"/>
        <source>Parameter {0}: the field "{1}" does not exist in the input layer. Available fields: {2}.</source>
        <translation>파라미터 {0}: 입력 레이어에 "{1}" 필드가 없습니다. 사용할 수 있는 필드: {2}.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="114"/>
        <source>Parameter {0}: the field "{1}" is of type {2}, not numeric. Choose a numeric field or convert it with the Field calculator (to_real("{1}")).</source>
        <translation>파라미터 {0}: "{1}" 필드의 유형이 숫자가 아닌 {2}입니다. 숫자 필드를 고르거나 필드 계산기로 변환하십시오(to_real("{1}")).</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="123"/>
        <source>Parameter {0}: the layer could not be read.</source>
        <translation>파라미터 {0}: 레이어를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="126"/>
        <source>Parameter {0}: a polygon layer is needed (one feature per city/county), but the layer has {1} geometry.</source>
        <translation>파라미터 {0}: 폴리곤 레이어(시군구마다 피처 하나)가 필요한데, 이 레이어의 도형은 {1}입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="135"/>
        <source>Parameter {0}: a point layer is needed, but the layer has {1} geometry. Use its centroids (native:centroids) or points on surface (native:pointonsurface).</source>
        <translation>파라미터 {0}: 점 레이어가 필요한데, 이 레이어의 도형은 {1}입니다. 중심점(native:centroids)이나 표면 위의 점(native:pointonsurface)을 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="174"/>
        <source>{0} unit(s) have invalid geometry (e.g. a self-intersection): {1}. Repair the layer with Fix geometries (native:fixgeometries). Units: {2}</source>
        <translation>시군구 {0}곳의 도형이 올바르지 않습니다(예: 자기 교차). {1}. 도형 수정(native:fixgeometries)으로 레이어를 고치십시오. 시군구: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="187"/>
        <source>Parameter {0}: {1} unit(s) have a NULL id (feature ids {2}); they are kept, but messages cannot name them. Give every unit a unique id.</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 ID가 NULL입니다(피처 ID {2}). 시군구는 유지하지만 메시지에서 이름을 밝힐 수 없습니다. 모든 시군구에 고유한 ID를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="198"/>
        <source>Parameter {0}: {1} id(s) repeat: {2}; the units are kept, but messages and member lists cannot tell them apart. Give every unit a unique id.</source>
        <translation>파라미터 {0}: ID {1}개가 중복됩니다: {2}. 시군구는 유지하지만 메시지와 구성원 목록에서 서로 구별할 수 없습니다. 모든 시군구에 고유한 ID를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="206"/>
        <source>Parameter {0}: there is no unit to work on (the layer is empty, or "selected features only" is on and nothing is selected): the output is empty.</source>
        <translation>파라미터 {0}: 처리할 시군구가 없습니다(레이어가 비어 있거나, "선택한 피처만"이 켜져 있는데 선택한 것이 없음). 출력이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="286"/>
        <source>Parameter {0}: "{1}" is not a comma-separated list of numbers.</source>
        <translation>파라미터 {0}: "{1}"은(는) 쉼표로 구분한 숫자 목록이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="289"/>
        <source>Parameter {0}: {1} values given for {2} composite fields; give one per field.</source>
        <translation>파라미터 {0}: 종합 필드가 {2}개인데 값이 {1}개 주어졌습니다. 필드마다 하나씩 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="79"/>
        <source>Decline</source>
        <translation>쇠퇴</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="81"/>
        <source>&lt;p&gt;Computes population-decline indicators for every unit (city, county, district) of a polygon layer and keeps every input feature and field.&lt;/p&gt;&lt;h3&gt;Indicators&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;pop_change&lt;/b&gt;: (P&lt;sub&gt;year&lt;/sub&gt; − P&lt;sub&gt;base year&lt;/sub&gt;) / P&lt;sub&gt;base year&lt;/sub&gt;, a fraction; &lt;b&gt;pop_cagr&lt;/b&gt;: the compound annual rate (P&lt;sub&gt;year&lt;/sub&gt;/P&lt;sub&gt;base&lt;/sub&gt;)&lt;sup&gt;1/(year−base year)&lt;/sup&gt; − 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;aging_ratio&lt;/b&gt;: residents 65+ / all residents (aged ≥ 0.14, super-aged ≥ 0.20, UN convention).&lt;/li&gt;&lt;li&gt;&lt;b&gt;risk_index&lt;/b&gt;: the local extinction risk index (지방소멸위험지수; Lee Sang-ho, Korea Employment Information Service, 2016, after Masuda 2014) = women aged 20–39 / residents 65+. &lt;b&gt;risk_class&lt;/b&gt; 1–5 and &lt;b&gt;risk_label&lt;/b&gt;: ≥ 1.5 very low risk (1); 1.0–1.5 normal (2); 0.5–1.0 caution (3); 0.2–0.5 entering extinction risk (4); &amp;lt; 0.2 high extinction risk (5).&lt;/li&gt;&lt;li&gt;&lt;b&gt;births&lt;/b&gt;, &lt;b&gt;birth_rate&lt;/b&gt; (per 1,000 residents) and &lt;b&gt;low_births&lt;/b&gt; (1 when births are below &lt;i&gt;Low births&lt;/i&gt;, default 300 a year: the line below which an ob-gyn clinic is not viable in Korean policy work; not an official standard).&lt;/li&gt;&lt;li&gt;&lt;b&gt;density&lt;/b&gt;: residents per km², from the area field or else the ellipsoidal area of the polygon.&lt;/li&gt;&lt;li&gt;&lt;b&gt;small_unit&lt;/b&gt;: 1 when the population is below &lt;i&gt;Small population&lt;/i&gt; (default 100,000).&lt;/li&gt;&lt;li&gt;&lt;b&gt;decline_score&lt;/b&gt;: a composite of the chosen numeric fields, each standardised (z-score), weighted (&lt;i&gt;Composite weights&lt;/i&gt;, comma-separated, default 1 each) and signed so that a higher score means more decline (&lt;i&gt;Composite: higher is worse&lt;/i&gt;, comma-separated 0/1 per field; 0 = a higher value is better, e.g. population change; 1 = a higher value is worse, e.g. an ageing ratio). Without composite fields the score combines pop_change, aging_ratio (higher is worse), risk_index and birth_rate. This composite is not an official index: Korea's 89 population-decline areas (2021) used eight indicators whose weights are not published. &lt;b&gt;decline_class&lt;/b&gt;: quintile 1–5 of the score (5 = most declining).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Optional inputs that are not given produce no indicator. A zero or missing denominator gives NULL and one warning naming the units; no feature is ever dropped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;폴리곤 레이어의 모든 시군구(시·군·구)에 대해 인구 쇠퇴 지표를 계산하며, 입력 피처와 필드는 모두 유지합니다.&lt;/p&gt;&lt;h3&gt;지표&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;pop_change&lt;/b&gt;: (P&lt;sub&gt;연도&lt;/sub&gt; − P&lt;sub&gt;기준 연도&lt;/sub&gt;) / P&lt;sub&gt;기준 연도&lt;/sub&gt;, 비율; &lt;b&gt;pop_cagr&lt;/b&gt;: 연평균 복합 변화율 (P&lt;sub&gt;연도&lt;/sub&gt;/P&lt;sub&gt;기준&lt;/sub&gt;)&lt;sup&gt;1/(연도−기준 연도)&lt;/sup&gt; − 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;aging_ratio&lt;/b&gt;: 65세 이상 인구 / 전체 인구 (UN 기준: 0.14 이상 고령사회, 0.20 이상 초고령사회).&lt;/li&gt;&lt;li&gt;&lt;b&gt;risk_index&lt;/b&gt;: 지방소멸위험지수 (이상호, 한국고용정보원, 2016; 마스다 2014를 바탕으로 함) = 20–39세 여성 인구 / 65세 이상 인구. &lt;b&gt;risk_class&lt;/b&gt; 1–5와 &lt;b&gt;risk_label&lt;/b&gt;: 1.5 이상 소멸위험 매우 낮음 (1); 1.0–1.5 보통 (2); 0.5–1.0 주의단계 (3); 0.2–0.5 소멸위험 진입단계 (4); 0.2 미만(&amp;lt; 0.2) 소멸 고위험 (5).&lt;/li&gt;&lt;li&gt;&lt;b&gt;births&lt;/b&gt;, &lt;b&gt;birth_rate&lt;/b&gt; (인구 1,000명당) 및 &lt;b&gt;low_births&lt;/b&gt; (출생아 수가 &lt;i&gt;저출생 기준&lt;/i&gt;보다 적으면 1, 기본값 연 300명: 한국 정책 실무에서 산부인과 의원이 유지되기 어렵다고 보는 선이며 공식 기준은 아님).&lt;/li&gt;&lt;li&gt;&lt;b&gt;density&lt;/b&gt;: km²당 인구, 면적 필드가 있으면 그 값으로, 없으면 폴리곤의 타원체 면적으로 계산.&lt;/li&gt;&lt;li&gt;&lt;b&gt;small_unit&lt;/b&gt;: 인구가 &lt;i&gt;소규모 인구 기준&lt;/i&gt;(기본값 100,000명)보다 적으면 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;decline_score&lt;/b&gt;: 선택한 숫자 필드의 종합 점수. 각 필드를 표준화(z-점수)하고 가중치(&lt;i&gt;종합 가중치&lt;/i&gt;, 쉼표로 구분, 기본값 각 1)를 곱한 뒤, 점수가 높을수록 쇠퇴가 심하도록 부호를 맞춥니다(&lt;i&gt;종합: 높을수록 나쁨&lt;/i&gt;, 필드마다 쉼표로 구분한 0/1; 0 = 값이 높을수록 좋음, 예: 인구 변화; 1 = 값이 높을수록 나쁨, 예: 고령화 비율). 종합 필드를 지정하지 않으면 pop_change, aging_ratio(높을수록 나쁨), risk_index, birth_rate를 결합합니다. 이 종합 점수는 공식 지수가 아닙니다. 2021년 지정된 89개 인구감소지역은 8개 지표를 사용했으나 가중치는 공개되지 않았습니다. &lt;b&gt;decline_class&lt;/b&gt;: 점수의 5분위 1–5 (5 = 쇠퇴가 가장 심함).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;지정하지 않은 선택 입력에 해당하는 지표는 만들지 않습니다. 분모가 0이거나 없으면 NULL이 되며, 해당 시군구를 밝히는 경고를 한 번 표시합니다. 피처는 하나도 버리지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="110"/>
        <location filename="../../processing/propose_alliances.py" line="219"/>
        <location filename="../../processing/service_gaps.py" line="197"/>
        <location filename="../models/small_but_strong.model3" line="902"/>
        <source>Units (polygon layer)</source>
        <translation>시군구 (폴리곤 레이어)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="112"/>
        <location filename="../../processing/propose_alliances.py" line="221"/>
        <location filename="../../processing/service_gaps.py" line="199"/>
        <location filename="../models/small_but_strong.model3" line="744"/>
        <source>Unit id field</source>
        <translation>시군구 ID 필드</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="114"/>
        <location filename="../../processing/export_report.py" line="281"/>
        <location filename="../../processing/propose_alliances.py" line="223"/>
        <location filename="../models/small_but_strong.model3" line="836"/>
        <source>Unit name field</source>
        <translation>시군구 이름 필드</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="116"/>
        <location filename="../models/small_but_strong.model3" line="864"/>
        <source>Population (current)</source>
        <translation>인구 (현재)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="119"/>
        <location filename="../models/small_but_strong.model3" line="850"/>
        <location filename="../../ui/dock.py" line="153"/>
        <source>Population (base year)</source>
        <translation>인구 (기준 연도)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="122"/>
        <location filename="../models/small_but_strong.model3" line="913"/>
        <source>Year of the current population</source>
        <translation>현재 인구의 연도</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="124"/>
        <location filename="../models/small_but_strong.model3" line="627"/>
        <source>Base year</source>
        <translation>기준 연도</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="126"/>
        <location filename="../models/small_but_strong.model3" line="684"/>
        <source>Residents aged 65+</source>
        <translation>65세 이상 인구</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="129"/>
        <location filename="../models/small_but_strong.model3" line="928"/>
        <source>Women aged 20–39</source>
        <translation>20–39세 여성 인구</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="132"/>
        <location filename="../models/small_but_strong.model3" line="642"/>
        <location filename="../../ui/dock.py" line="153"/>
        <source>Annual births</source>
        <translation>연간 출생아 수</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="135"/>
        <source>Area in km² (default: ellipsoidal polygon area)</source>
        <translation>면적 km² (기본값: 폴리곤의 타원체 면적)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="138"/>
        <source>Small population (below it a unit is small)</source>
        <translation>소규모 인구 기준 (이보다 적으면 소규모 시군구)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="141"/>
        <source>Low births (annual births below it)</source>
        <translation>저출생 기준 (연간 출생아 수가 이보다 적으면)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="144"/>
        <source>Composite decline score: fields</source>
        <translation>종합 쇠퇴 점수: 필드</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="147"/>
        <source>Composite weights (comma-separated, one per field)</source>
        <translation>종합 가중치 (쉼표로 구분, 필드마다 하나)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="149"/>
        <source>Composite: higher is worse (comma-separated 0/1, one per field)</source>
        <translation>종합: 높을수록 나쁨 (쉼표로 구분한 0/1, 필드마다 하나)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="180"/>
        <source>Parameters YEAR and BASE_YEAR are both {0}: the annual rate needs two different years.</source>
        <translation>파라미터 YEAR와 BASE_YEAR가 모두 {0}입니다. 연평균 변화율에는 서로 다른 두 연도가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="224"/>
        <source>their area (density) is measured on the repaired polygon</source>
        <translation>이 시군구의 면적(밀도)은 수정한 폴리곤으로 잽니다</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="227"/>
        <location filename="../../processing/service_gaps.py" line="428"/>
        <source>Parameter {0}: {1} unit(s) have a negative value, taken as NULL: {2}</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 값이 음수여서 NULL로 처리합니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="234"/>
        <source>{0} is NULL for {1} unit(s) with a zero or missing denominator: {2}</source>
        <translation>분모가 0이거나 없는 시군구 {1}곳은 {0} 값이 NULL입니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="264"/>
        <source>Indicators computed for {0} units.</source>
        <translation>시군구 {0}곳의 지표를 계산했습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="78"/>
        <location filename="../../processing/decline_indicators.py" line="152"/>
        <location filename="../../processing/decline_indicators.py" line="265"/>
        <location filename="../models/small_but_strong.model3" line="347"/>
        <location filename="../../ui/dock.py" line="167"/>
        <location filename="../../ui/dock.py" line="541"/>
        <source>Decline indicators</source>
        <translation>쇠퇴 지표</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="200"/>
        <source>Export map report</source>
        <translation>지도 보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="201"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="203"/>
        <source>&lt;p&gt;Builds a print layout of the alliances over their units from a template and exports it as PDF and PNG: title, the parameters used, the map (alliance outlines over the units' service-gap or membership symbology), a legend of what the map shows, scale bar in km, north arrow, a table of the alliances, a chart (population of each alliance against the floor, and the service gap before and after alliances or the extinction-risk classes), and the data sources. The printed text is bilingual, Korean / English, like the plugin's styles; it is set in Noto Sans CJK KR (Debian: fonts-noto-cjk).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Alliances&lt;/b&gt; (ALLIANCES): alliance polygons, e.g. the output of &lt;i&gt;Propose alliances&lt;/i&gt;. Fields used when present: &lt;code&gt;alliance_id&lt;/code&gt;, &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;, &lt;code&gt;member_names&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt; (UNITS): every unit, e.g. the alliance members output or the &lt;i&gt;Service gaps&lt;/i&gt; output. Units with a &lt;code&gt;gap&lt;/code&gt; field are drawn with the service-gap style (resources/styles/service_gaps.qml) and give the gap before/after (&lt;code&gt;gap&lt;/code&gt;, &lt;code&gt;covered_by_alliance&lt;/code&gt;); units with a &lt;code&gt;role&lt;/code&gt; field get the members style (alliance_members.qml); otherwise a plain style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Title&lt;/b&gt; (TITLE): the heading of every page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Page size&lt;/b&gt; (PAGE_SIZE): the shipped template to use, A4 or A3 landscape.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Template&lt;/b&gt; (TEMPLATE): your own .qpt instead of the shipped one (used for the overview page, or for every atlas page when Atlas is on). Items are found by their id: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, &lt;code&gt;north_arrow&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (an attribute table frame), &lt;code&gt;chart&lt;/code&gt; (a picture), &lt;code&gt;sources&lt;/code&gt;, and on atlas pages &lt;code&gt;facts&lt;/code&gt; and &lt;code&gt;overview_map&lt;/code&gt;; any of them may be left out. Labels can use &lt;code&gt;[% @sbs_title %]&lt;/code&gt;, &lt;code&gt;[% @sbs_parameters %]&lt;/code&gt;, &lt;code&gt;[% @sbs_sources %]&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Atlas&lt;/b&gt; (ATLAS): one page per alliance, most populous first, the map zoomed to it (its neighbours in grey), its facts, its members' table and chart; the PDF then has one page per alliance and the PNG shows the first page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population floor&lt;/b&gt; (FLOOR): drawn as the dashed line of the chart; 0 (default) derives it from the alliances' &lt;code&gt;population / pop_ratio&lt;/code&gt;, else 300,000.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Parameters used&lt;/b&gt; (PARAMETERS_TEXT): free text printed under the title, e.g. "floor 300,000; 2–5 members; objective coverage"; the date is added.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; (SOURCES): the attribution printed at the foot of every page; by default the sources and licences of the bundled Korean sample.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alliance id field in units&lt;/b&gt; (ALLIANCE_FIELD, default &lt;code&gt;alliance_id&lt;/code&gt;): joins units to alliances; when the units lack it, a unit belongs to the alliance containing a point inside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unit name field&lt;/b&gt; / &lt;b&gt;Unit population field&lt;/b&gt;: for the members' table and charts; by default the name is guessed (name, sigungu, …) and the population is the numeric field whose sum over each alliance's members equals the alliance's &lt;code&gt;population&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Image resolution&lt;/b&gt; (DPI): of the PNG (the PDF is vector, 300 dpi for rasters).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PDF report&lt;/b&gt; (OUTPUT_PDF) and &lt;b&gt;PNG image&lt;/b&gt; (OUTPUT_IMAGE). Files are written under a temporary name and renamed at the end: a cancelled run leaves no partial file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;From the QGIS desktop the layout is also added to the project's layout manager (with its layers, in a group) so that you can edit it; its layers are memory copies, save them if you keep the project. Outputs: PAGES (pages in the PDF) and LAYOUT_NAME.&lt;/p&gt;</source>
        <translation>&lt;p&gt;템플릿으로 시군구 위에 연합을 그린 인쇄 조판을 만들고 PDF와 PNG로 내보냅니다: 제목, 사용한 파라미터, 지도(시군구의 서비스 공백 또는 연합 구성 심볼 위에 연합 경계), 지도에 나타난 것의 범례, km 단위 축척 막대, 방위표, 연합 표, 차트(연합별 인구와 인구 하한, 그리고 연합 전후의 서비스 공백 또는 소멸위험 등급), 자료 출처. 인쇄되는 글은 플러그인의 스타일처럼 한국어 / 영어 병기이며, Noto Sans CJK KR 글꼴로 표시합니다(Debian: fonts-noto-cjk).&lt;/p&gt;&lt;h3&gt;파라미터&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;연합&lt;/b&gt; (ALLIANCES): 연합 폴리곤, 예: &lt;i&gt;연합 제안&lt;/i&gt;의 결과. 있으면 사용하는 필드: &lt;code&gt;alliance_id&lt;/code&gt;, &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;, &lt;code&gt;member_names&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt; (UNITS): 모든 시군구, 예: 연합 구성원 결과나 &lt;i&gt;서비스 공백&lt;/i&gt; 결과. &lt;code&gt;gap&lt;/code&gt; 필드가 있는 시군구는 서비스 공백 스타일(resources/styles/service_gaps.qml)로 그리고 연합 전후의 공백(&lt;code&gt;gap&lt;/code&gt;, &lt;code&gt;covered_by_alliance&lt;/code&gt;)을 보여 줍니다. &lt;code&gt;role&lt;/code&gt; 필드가 있으면 구성원 스타일(alliance_members.qml), 그 밖에는 단순한 스타일을 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;제목&lt;/b&gt; (TITLE): 모든 쪽의 제목.&lt;/li&gt;&lt;li&gt;&lt;b&gt;용지 크기&lt;/b&gt; (PAGE_SIZE): 사용할 기본 제공 템플릿, A4 또는 A3 가로.&lt;/li&gt;&lt;li&gt;&lt;b&gt;템플릿&lt;/b&gt; (TEMPLATE): 기본 제공 템플릿 대신 쓸 사용자 .qpt (개요 쪽에, 아틀라스를 켜면 모든 아틀라스 쪽에 사용). 항목은 ID로 찾습니다: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, &lt;code&gt;north_arrow&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (속성 테이블 프레임), &lt;code&gt;chart&lt;/code&gt; (그림), &lt;code&gt;sources&lt;/code&gt;, 아틀라스 쪽에서는 &lt;code&gt;facts&lt;/code&gt;와 &lt;code&gt;overview_map&lt;/code&gt;; 어느 것이든 빠져도 됩니다. 레이블에는 &lt;code&gt;[% @sbs_title %]&lt;/code&gt;, &lt;code&gt;[% @sbs_parameters %]&lt;/code&gt;, &lt;code&gt;[% @sbs_sources %]&lt;/code&gt;를 쓸 수 있습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;아틀라스&lt;/b&gt; (ATLAS): 연합마다 한 쪽, 인구가 많은 순서로, 지도를 그 연합으로 확대하고(이웃은 회색) 연합의 요약, 구성원 표와 차트를 넣습니다. 이때 PDF는 연합마다 한 쪽이고 PNG는 첫 쪽을 보여 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;인구 하한&lt;/b&gt; (FLOOR): 차트의 점선으로 그립니다. 0(기본값)이면 연합의 &lt;code&gt;population / pop_ratio&lt;/code&gt;에서 구하고, 구할 수 없으면 300,000입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;사용한 파라미터&lt;/b&gt; (PARAMETERS_TEXT): 제목 아래에 인쇄할 자유 텍스트, 예: "하한 300,000; 구성 2–5; 목표 포괄"; 날짜가 덧붙습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;출처&lt;/b&gt; (SOURCES): 모든 쪽 아래에 인쇄할 저작자 표시; 기본값은 함께 제공하는 한국 표본 자료의 출처와 이용 허락입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구의 연합 ID 필드&lt;/b&gt; (ALLIANCE_FIELD, 기본값 &lt;code&gt;alliance_id&lt;/code&gt;): 시군구를 연합에 연결합니다. 시군구에 이 필드가 없으면 시군구 안의 한 점을 포함하는 연합에 속한 것으로 봅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구 이름 필드&lt;/b&gt; / &lt;b&gt;시군구 인구 필드&lt;/b&gt;: 구성원 표와 차트에 씁니다. 기본적으로 이름은 추정하고(name, sigungu, …), 인구는 연합별 구성원 합계가 연합의 &lt;code&gt;population&lt;/code&gt;과 같은 숫자 필드를 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;이미지 해상도&lt;/b&gt; (DPI): PNG의 해상도 (PDF는 벡터이며 래스터는 300 dpi).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PDF 보고서&lt;/b&gt; (OUTPUT_PDF)와 &lt;b&gt;PNG 이미지&lt;/b&gt; (OUTPUT_IMAGE). 파일은 임시 이름으로 쓴 뒤 마지막에 이름을 바꾸므로, 취소해도 덜 쓴 파일이 남지 않습니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;QGIS 데스크톱에서 실행하면 조판을 편집할 수 있도록 프로젝트의 조판 관리자에도 추가합니다(레이어는 그룹 하나에 넣음). 조판의 레이어는 메모리 사본이므로 프로젝트를 보관하려면 저장하십시오. 출력: PAGES (PDF 쪽수)와 LAYOUT_NAME.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="257"/>
        <source>Alliances (polygons)</source>
        <translation>연합 (폴리곤)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="259"/>
        <source>Units (alliance members or service gaps)</source>
        <translation>시군구 (연합 구성원 또는 서비스 공백 결과)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="261"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="263"/>
        <source>Page size of the shipped template</source>
        <translation>기본 제공 템플릿의 용지 크기</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="264"/>
        <source>A3 landscape</source>
        <translation>A3 가로</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="264"/>
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="266"/>
        <source>Your own layout template (.qpt)</source>
        <translation>사용자 조판 템플릿 (.qpt)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="269"/>
        <source>Atlas: one page per alliance</source>
        <translation>아틀라스: 연합마다 한 쪽</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="271"/>
        <source>Population floor (0 = from the alliances' pop_ratio)</source>
        <translation>인구 하한 (0 = 연합의 pop_ratio에서 산출)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="274"/>
        <source>Parameters used (printed under the title)</source>
        <translation>사용한 파라미터 (제목 아래에 인쇄)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="276"/>
        <source>Sources (attribution)</source>
        <translation>출처 (저작자 표시)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="278"/>
        <source>Alliance id field in the units</source>
        <translation>시군구의 연합 ID 필드</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="283"/>
        <source>Unit population field</source>
        <translation>시군구 인구 필드</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="286"/>
        <source>Image resolution (dpi)</source>
        <translation>이미지 해상도 (dpi)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="293"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="293"/>
        <location filename="../models/small_but_strong.model3" line="494"/>
        <source>PDF report</source>
        <translation>PDF 보고서</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="295"/>
        <source>PNG files (*.png)</source>
        <translation>PNG 파일 (*.png)</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="295"/>
        <location filename="../models/small_but_strong.model3" line="519"/>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="297"/>
        <source>Pages in the PDF</source>
        <translation>PDF 쪽수</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="298"/>
        <source>Layout added to the project</source>
        <translation>프로젝트에 추가된 조판</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="261"/>
        <location filename="../../processing/export_report.py" line="307"/>
        <source>Small but strong alliances</source>
        <translation>작지만 강한 연합</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="313"/>
        <source>Give OUTPUT_PDF or OUTPUT_IMAGE: there is nothing to write.</source>
        <translation>OUTPUT_PDF 또는 OUTPUT_IMAGE를 지정하십시오. 쓸 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="325"/>
        <source>Parameter ALLIANCES: the layer has no alliance to report.</source>
        <translation>파라미터 ALLIANCES: 레이어에 보고할 연합이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="326"/>
        <source>{0} alliances over {1} units.</source>
        <translation>시군구 {1}곳에 걸친 연합 {0}개.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="342"/>
        <source>Report: {0}</source>
        <translation>보고서: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="368"/>
        <source>Parameter TEMPLATE: {0} is not a valid .qpt file.</source>
        <translation>파라미터 TEMPLATE: {0}은(는) 올바른 .qpt 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="371"/>
        <source>Parameter TEMPLATE: QGIS could not load {0}.</source>
        <translation>파라미터 TEMPLATE: QGIS가 {0}을(를) 불러오지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="461"/>
        <source>Report written: {0} page(s).</source>
        <translation>보고서를 썼습니다: {0}쪽.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="466"/>
        <source>Layout "{0}" added to the project.</source>
        <translation>조판 "{0}"을(를) 프로젝트에 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="475"/>
        <source>Parameter TEMPLATE: the file {0} does not exist.</source>
        <translation>파라미터 TEMPLATE: 파일 {0}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="480"/>
        <source>The shipped template {0} is missing: reinstall the plugin.</source>
        <translation>기본 제공 템플릿 {0}이(가) 없습니다. 플러그인을 다시 설치하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="670"/>
        <source>UNIT_NAME_FIELD: no name field found in the units; feature ids are shown.</source>
        <translation>UNIT_NAME_FIELD: 시군구에서 이름 필드를 찾지 못해 피처 ID를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="672"/>
        <source>UNIT_POPULATION_FIELD: no population field found in the units.</source>
        <translation>UNIT_POPULATION_FIELD: 시군구에서 인구 필드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="674"/>
        <source>Units: names from "{0}", population from "{1}".</source>
        <translation>시군구: 이름은 "{0}", 인구는 "{1}" 필드에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="903"/>
        <source>The legend is larger than its place in the template.</source>
        <translation>범례가 템플릿에 마련된 자리보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="935"/>
        <source>Page extent</source>
        <translation>쪽 범위</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="1062"/>
        <source>The table ({0} rows) does not fit its frame: choose the A3 page, the atlas or a template with a larger table.</source>
        <translation>표({0}행)가 프레임에 들어가지 않습니다. A3 용지나 아틀라스, 또는 표가 더 큰 템플릿을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="1162"/>
        <source>The PDF could not be written to {0}: {1}</source>
        <translation>PDF를 {0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/export_report.py" line="1182"/>
        <source>The image could not be written to {0}.</source>
        <translation>이미지를 {0}에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/models.py" line="159"/>
        <source>The model {0} could not be read.</source>
        <translation>모델 {0}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/network.py" line="107"/>
        <source>Parameter DEFAULT_SPEED: give a speed above 0 km/h.</source>
        <translation>파라미터 DEFAULT_SPEED: 0 km/h보다 큰 속도를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/network.py" line="110"/>
        <source>Parameter NETWORK: the layer has no line features to drive on.</source>
        <translation>파라미터 NETWORK: 레이어에 주행할 선 피처가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/network.py" line="116"/>
        <source>Building the road graph ({0} road parts, {1} points to attach)…</source>
        <translation>도로 그래프를 만드는 중 (도로 구간 {0}개, 연결할 지점 {1}개)…</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="159"/>
        <source>Propose alliances</source>
        <translation>연합 제안</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="162"/>
        <source>&lt;p&gt;Groups neighbouring units (cities, counties) into &lt;b&gt;alliances&lt;/b&gt; of &lt;i&gt;Minimum members&lt;/i&gt; to &lt;i&gt;Maximum members&lt;/i&gt; units (default 2–5) that together reach &lt;i&gt;Minimum population&lt;/i&gt; (default 300,000 residents: the scale at which hospitals, delivery rooms and transport hubs stay viable, the Korean "small but strong" policy). The result is the &lt;b&gt;proven optimum&lt;/b&gt; of the chosen objective, or, when the time limit stops the solver, the best alliances found and the remaining gap.&lt;/p&gt;&lt;h3&gt;Method&lt;/h3&gt;&lt;p&gt;Every connected set of eligible units that satisfies all constraints (member count, population floor and ceiling, hub, group) is enumerated as a candidate alliance; an exact set-packing model then chooses candidates so that no unit is in two alliances, solved with HiGHS through &lt;tt&gt;scipy.optimize.milp&lt;/tt&gt;. OPTIMAL is true when the optimum is proven; GAP is the relative gap to the best bound (0 when optimal). Without SciPy's &lt;tt&gt;milp&lt;/tt&gt; a greedy heuristic is used and OPTIMAL is false. The same input always gives the same output.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons, one per unit; &lt;b&gt;ID_FIELD&lt;/b&gt; unique unit ids; &lt;b&gt;NAME_FIELD&lt;/b&gt; names (optional, default the id); &lt;b&gt;POPULATION_FIELD&lt;/b&gt; residents.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ELIGIBLE&lt;/b&gt;: expression choosing the units that may join (default: all), e.g. the non-metropolitan units &lt;tt&gt;"sido" NOT IN ('서울특별시', '경기도', …)&lt;/tt&gt;. Other units (and units with a NULL population) stay out of the problem and of the neighbourhood graph.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HUBS&lt;/b&gt;: optional expression; when set, every alliance contains at least one unit it selects (e.g. &lt;tt&gt;"innovation_city" = 1 OR "pop_reg_2025" &amp;gt;= 150000&lt;/tt&gt;). It must select at least one eligible unit. Without it, the hub is the most populous member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MIN_MEMBERS&lt;/b&gt;, &lt;b&gt;MAX_MEMBERS&lt;/b&gt;, &lt;b&gt;MIN_POPULATION&lt;/b&gt;, &lt;b&gt;MAX_POPULATION&lt;/b&gt; (0 = no ceiling).&lt;/li&gt;&lt;li&gt;&lt;b&gt;GROUP_FIELD&lt;/b&gt;: optional; all members of an alliance share its value (e.g. the province).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LOCKED_FIELD&lt;/b&gt;: optional; units sharing a non-NULL value form a fixed alliance kept as it is (any constraint it breaks is reported in &lt;i&gt;violations&lt;/i&gt; and &lt;i&gt;valid&lt;/i&gt; = 0); the rest is optimised around it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADJACENCY_TOLERANCE&lt;/b&gt; (metres, default 200): two units at most this far apart are neighbours (real boundaries overlap and leave hairline gaps). Distances are in metres whatever the layer CRS: a geographic layer is measured in a Lambert azimuthal equal-area projection centred on it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ISLAND_LINK_DISTANCE&lt;/b&gt; (metres, 0 = off): an eligible unit with no eligible neighbour is linked to its nearest eligible unit within this distance (bridges, ferries).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINKS&lt;/b&gt;: optional table of extra links (any layer or table), one row per link, the two unit ids in &lt;b&gt;LINK_FROM_FIELD&lt;/b&gt; and &lt;b&gt;LINK_TO_FIELD&lt;/b&gt; (default fields &lt;tt&gt;from_id&lt;/tt&gt; and &lt;tt&gt;to_id&lt;/tt&gt;). Links to a unit that is not eligible are ignored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVE&lt;/b&gt;: 0 &lt;tt&gt;coverage&lt;/tt&gt; (default: as many eligible units as possible inside an alliance; among equal coverage, more alliances; then more compact), 1 &lt;tt&gt;count&lt;/tt&gt; (as many alliances as possible), 2 &lt;tt&gt;compactness&lt;/tt&gt; (full coverage first, then the smallest population-weighted distance of members to their hub).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TIME_LIMIT&lt;/b&gt; (seconds, 0 = none).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one dissolved polygon per alliance with &lt;i&gt;alliance_id&lt;/i&gt; (1…n), &lt;i&gt;name&lt;/i&gt; (the hub's name; the hub id is added when two hubs share a name), &lt;i&gt;hub_id&lt;/i&gt;, &lt;i&gt;members&lt;/i&gt; and &lt;i&gt;member_names&lt;/i&gt; (comma-separated, hub first, then by population), &lt;i&gt;n_members&lt;/i&gt;, &lt;i&gt;population&lt;/i&gt;, &lt;i&gt;pop_ratio&lt;/i&gt; (population / MIN_POPULATION), &lt;i&gt;compactness_km&lt;/i&gt; (population-weighted mean distance of the members' points on surface to the hub's), &lt;i&gt;locked&lt;/i&gt;, &lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;violations&lt;/i&gt;, and the population-weighted mean of the decline indicator fields present in the input (risk_index, aging_ratio, pop_change, birth_rate, decline_score; a weighted mean of the units' values, not the indicator recomputed on pooled counts).&lt;/p&gt;&lt;p&gt;&lt;b&gt;OUTPUT_MEMBERS&lt;/b&gt;: every input unit once, with its fields plus &lt;i&gt;alliance_id&lt;/i&gt; (NULL if none), &lt;i&gt;role&lt;/i&gt; (hub / member / none) and &lt;i&gt;status&lt;/i&gt;: in alliance, locked, not eligible, no feasible alliance (isolated, population floor unreachable, no hub reachable), or left out by the optimum.&lt;/p&gt;&lt;p&gt;Output values: &lt;b&gt;ALLIANCES&lt;/b&gt;, &lt;b&gt;COVERED&lt;/b&gt; (units in an alliance), &lt;b&gt;OPTIMAL&lt;/b&gt;, &lt;b&gt;GAP&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;서로 이웃한 시군구(시·군)를 &lt;i&gt;최소 구성 수&lt;/i&gt;에서 &lt;i&gt;최대 구성 수&lt;/i&gt;(기본값 2–5)개씩 묶어, 합쳐서 &lt;i&gt;최소 인구&lt;/i&gt;(기본값 300,000명: 병원, 분만실, 교통 거점이 유지되는 규모로, 한국의 "작지만 강한" 정책)에 이르는 &lt;b&gt;연합&lt;/b&gt;을 만듭니다. 결과는 선택한 목표의 &lt;b&gt;증명된 최적해&lt;/b&gt;이며, 시간 제한으로 솔버가 멈추면 찾아낸 최선의 연합과 남은 갭입니다.&lt;/p&gt;&lt;h3&gt;방법&lt;/h3&gt;&lt;p&gt;모든 제약(구성 수, 인구 하한과 상한, 거점, 그룹)을 만족하는 참여 대상 시군구의 연결된 집합을 모두 후보 연합으로 열거한 뒤, 어느 시군구도 두 연합에 들지 않도록 후보를 고르는 정확한 집합 패킹 모형을 &lt;tt&gt;scipy.optimize.milp&lt;/tt&gt;를 통해 HiGHS로 풉니다. OPTIMAL은 최적성이 증명되면 참이고, GAP은 최선 한계 대비 상대 갭입니다(최적이면 0). SciPy의 &lt;tt&gt;milp&lt;/tt&gt;가 없으면 탐욕적 휴리스틱을 쓰며 OPTIMAL은 거짓입니다. 같은 입력은 언제나 같은 결과를 냅니다.&lt;/p&gt;&lt;h3&gt;파라미터&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: 시군구마다 폴리곤 하나; &lt;b&gt;ID_FIELD&lt;/b&gt; 고유한 시군구 ID; &lt;b&gt;NAME_FIELD&lt;/b&gt; 이름 (선택, 기본값 ID); &lt;b&gt;POPULATION_FIELD&lt;/b&gt; 인구.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ELIGIBLE&lt;/b&gt;: 연합에 참여할 수 있는 시군구를 고르는 표현식 (기본값: 전부), 예: 비수도권·비광역시 시군구 &lt;tt&gt;"sido" NOT IN ('서울특별시', '경기도', …)&lt;/tt&gt;. 그 밖의 시군구(와 인구가 NULL인 시군구)는 문제와 이웃 그래프에서 빠집니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HUBS&lt;/b&gt;: 선택 표현식; 지정하면 모든 연합에 이 표현식이 고르는 시군구가 하나 이상 들어갑니다 (예: &lt;tt&gt;"innovation_city" = 1 OR "pop_reg_2025" &amp;gt;= 150000&lt;/tt&gt;). 참여 대상 시군구를 하나 이상 골라야 합니다. 지정하지 않으면 인구가 가장 많은 구성원이 거점입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MIN_MEMBERS&lt;/b&gt;, &lt;b&gt;MAX_MEMBERS&lt;/b&gt;, &lt;b&gt;MIN_POPULATION&lt;/b&gt;, &lt;b&gt;MAX_POPULATION&lt;/b&gt; (0 = 상한 없음).&lt;/li&gt;&lt;li&gt;&lt;b&gt;GROUP_FIELD&lt;/b&gt;: 선택; 연합의 모든 구성원이 이 필드의 같은 값을 가집니다 (예: 시도).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LOCKED_FIELD&lt;/b&gt;: 선택; NULL이 아닌 같은 값을 가진 시군구는 그대로 유지되는 고정 연합이 됩니다(어기는 제약은 &lt;i&gt;violations&lt;/i&gt;에 기록하고 &lt;i&gt;valid&lt;/i&gt; = 0). 나머지는 그 주위에서 최적화합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADJACENCY_TOLERANCE&lt;/b&gt; (미터, 기본값 200): 이 거리 이내의 두 시군구는 이웃입니다(실제 경계는 겹치거나 머리카락만 한 틈을 남김). 거리는 레이어 좌표계와 관계없이 미터이며, 지리 좌표계 레이어는 레이어 중심의 람베르트 정적 방위 도법으로 잽니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ISLAND_LINK_DISTANCE&lt;/b&gt; (미터, 0 = 끔): 참여 대상 이웃이 없는 참여 대상 시군구를 이 거리 안의 가장 가까운 참여 대상 시군구와 연결합니다 (다리, 여객선).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINKS&lt;/b&gt;: 선택 추가 연결 표 (어떤 레이어나 표든), 연결마다 한 행, 두 시군구 ID는 &lt;b&gt;LINK_FROM_FIELD&lt;/b&gt;와 &lt;b&gt;LINK_TO_FIELD&lt;/b&gt;에 (기본 필드 &lt;tt&gt;from_id&lt;/tt&gt;와 &lt;tt&gt;to_id&lt;/tt&gt;). 참여 대상이 아닌 시군구로의 연결은 무시합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVE&lt;/b&gt;: 0 &lt;tt&gt;coverage&lt;/tt&gt; (기본값: 연합에 드는 참여 대상 시군구를 최대로; 포괄이 같으면 연합 수가 많은 쪽; 그다음 더 조밀한 쪽), 1 &lt;tt&gt;count&lt;/tt&gt; (연합 수를 최대로), 2 &lt;tt&gt;compactness&lt;/tt&gt; (먼저 전부 포괄, 그다음 구성원에서 거점까지의 인구 가중 거리를 최소로).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TIME_LIMIT&lt;/b&gt; (초, 0 = 없음).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;출력&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: 연합마다 합친 폴리곤 하나, 필드는 &lt;i&gt;alliance_id&lt;/i&gt; (1…n), &lt;i&gt;name&lt;/i&gt; (거점의 이름; 두 거점의 이름이 같으면 거점 ID를 덧붙임), &lt;i&gt;hub_id&lt;/i&gt;, &lt;i&gt;members&lt;/i&gt;와 &lt;i&gt;member_names&lt;/i&gt; (쉼표로 구분, 거점이 먼저, 그다음 인구순), &lt;i&gt;n_members&lt;/i&gt;, &lt;i&gt;population&lt;/i&gt;, &lt;i&gt;pop_ratio&lt;/i&gt; (population / MIN_POPULATION), &lt;i&gt;compactness_km&lt;/i&gt; (구성원의 표면 위 점에서 거점의 점까지 인구 가중 평균 거리), &lt;i&gt;locked&lt;/i&gt;, &lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;violations&lt;/i&gt;, 그리고 입력에 있는 쇠퇴 지표 필드(risk_index, aging_ratio, pop_change, birth_rate, decline_score)의 인구 가중 평균 (시군구 값의 가중 평균이며, 합산한 인구로 다시 계산한 지표가 아님).&lt;/p&gt;&lt;p&gt;&lt;b&gt;OUTPUT_MEMBERS&lt;/b&gt;: 모든 입력 시군구를 한 번씩, 원래 필드에 &lt;i&gt;alliance_id&lt;/i&gt; (없으면 NULL), &lt;i&gt;role&lt;/i&gt; (hub 거점 / member 구성 / none 없음), &lt;i&gt;status&lt;/i&gt;를 더합니다: 연합에 속함, 고정, 참여 대상 아님, 가능한 연합 없음 (고립, 인구 하한에 도달 불가, 닿을 수 있는 거점 없음), 또는 최적해에서 제외됨.&lt;/p&gt;&lt;p&gt;출력 값: &lt;b&gt;ALLIANCES&lt;/b&gt;, &lt;b&gt;COVERED&lt;/b&gt; (연합에 속한 시군구), &lt;b&gt;OPTIMAL&lt;/b&gt;, &lt;b&gt;GAP&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="225"/>
        <location filename="../../processing/service_gaps.py" line="201"/>
        <location filename="../../ui/dock.py" line="153"/>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="228"/>
        <location filename="../models/small_but_strong.model3" line="695"/>
        <source>Eligible units (expression; empty = all)</source>
        <translation>참여 대상 시군구 (표현식, 비우면 전부)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="231"/>
        <location filename="../models/small_but_strong.model3" line="730"/>
        <source>Hubs (expression; when set, every alliance has a hub)</source>
        <translation>거점 (표현식, 지정하면 연합마다 거점이 하나 이상)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="234"/>
        <location filename="../models/small_but_strong.model3" line="808"/>
        <location filename="../../ui/dock.py" line="186"/>
        <source>Minimum members</source>
        <translation>최소 구성 수</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="236"/>
        <location filename="../models/small_but_strong.model3" line="782"/>
        <location filename="../../ui/dock.py" line="190"/>
        <source>Maximum members</source>
        <translation>최대 구성 수</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="238"/>
        <source>Minimum population of an alliance</source>
        <translation>연합의 최소 인구</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="241"/>
        <source>Maximum population of an alliance (0 = no ceiling)</source>
        <translation>연합의 최대 인구 (0 = 상한 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="244"/>
        <source>Group field (members share its value, e.g. province)</source>
        <translation>그룹 필드 (구성원이 같은 값을 가짐, 예: 시도)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="247"/>
        <source>Locked alliances field (units sharing a value stay together)</source>
        <translation>고정 연합 필드 (같은 값을 가진 시군구는 함께 묶임)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="250"/>
        <location filename="../../ui/dock.py" line="198"/>
        <source>Objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="251"/>
        <source>count: most alliances</source>
        <translation>개수: 연합 수 최대</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="251"/>
        <source>coverage: most units in alliances</source>
        <translation>포괄: 연합에 드는 시군구 최대</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="252"/>
        <source>compactness: full coverage, then most compact</source>
        <translation>밀집: 모두 포괄한 뒤 가장 조밀하게</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="255"/>
        <source>Adjacency tolerance (metres)</source>
        <translation>인접 허용 거리 (미터)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="258"/>
        <location filename="../models/small_but_strong.model3" line="756"/>
        <source>Link units without neighbours to the nearest unit within (metres, 0 = off)</source>
        <translation>이웃이 없는 시군구를 이 거리 안의 가장 가까운 시군구와 연결 (미터, 0 = 끔)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="261"/>
        <source>Extra links (table with two unit id fields)</source>
        <translation>추가 연결 (시군구 ID 필드 두 개가 있는 표)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="264"/>
        <source>Links: first unit id field</source>
        <translation>연결: 첫 번째 시군구 ID 필드</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="267"/>
        <source>Links: second unit id field</source>
        <translation>연결: 두 번째 시군구 ID 필드</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="270"/>
        <location filename="../models/small_but_strong.model3" line="876"/>
        <source>Solver time limit (seconds, 0 = none)</source>
        <translation>솔버 시간 제한 (초, 0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="280"/>
        <source>Number of alliances</source>
        <translation>연합 수</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="281"/>
        <source>Units in an alliance</source>
        <translation>연합에 속한 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="282"/>
        <source>Proven optimal</source>
        <translation>최적성 증명됨</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="283"/>
        <source>Relative gap to the best bound</source>
        <translation>최선 한계 대비 상대 갭</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="294"/>
        <source>Parameter {0}: the expression {1} cannot be parsed: {2}</source>
        <translation>파라미터 {0}: 표현식 {1}을(를) 해석할 수 없습니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="301"/>
        <source>Parameter {0}: the expression {1} uses field(s) {2} that the input layer does not have. Available fields: {3}.</source>
        <translation>파라미터 {0}: 표현식 {1}이(가) 입력 레이어에 없는 필드 {2}을(를) 씁니다. 사용할 수 있는 필드: {3}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="310"/>
        <source>Parameter {0}: the expression {1} fails on feature {2}: {3}</source>
        <translation>파라미터 {0}: 표현식 {1}이(가) 피처 {2}에서 실패합니다: {3}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="331"/>
        <source>Parameters MIN_MEMBERS ({0}) and MAX_MEMBERS ({1}): the maximum is below the minimum.</source>
        <translation>파라미터 MIN_MEMBERS({0})와 MAX_MEMBERS({1}): 최댓값이 최솟값보다 작습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="337"/>
        <source>Parameters MIN_POPULATION ({0:,.0f}) and MAX_POPULATION ({1:,.0f}): the ceiling is below the floor; set MAX_POPULATION to 0 for no ceiling.</source>
        <translation>파라미터 MIN_POPULATION({0:,.0f})과 MAX_POPULATION({1:,.0f}): 상한이 하한보다 작습니다. 상한을 두지 않으려면 MAX_POPULATION을 0으로 하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="362"/>
        <source>Parameter {0}: feature {1} has no id (NULL in {2}); every unit needs a unique id.</source>
        <translation>파라미터 {0}: 피처 {1}에 ID가 없습니다({2}가 NULL). 모든 시군구에 고유한 ID가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="397"/>
        <source>Parameter {0}: ids must be unique, but {1} unit id(s) repeat: {2}.</source>
        <translation>파라미터 {0}: ID는 고유해야 하는데 시군구 ID {1}개가 중복됩니다: {2}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="401"/>
        <source>Parameter {0}: {1} eligible unit(s) have a negative population: {2}. Correct the values, or leave these units out with ELIGIBLE.</source>
        <translation>파라미터 {0}: 참여 대상 시군구 {1}곳의 인구가 음수입니다: {2}. 값을 고치거나 ELIGIBLE로 이 시군구를 빼십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="405"/>
        <source>{0} eligible unit(s) have a NULL population and are left out: {1}</source>
        <translation>참여 대상 시군구 {0}곳은 인구가 NULL이어서 제외합니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="408"/>
        <source>{0} unit(s) have no geometry and so no neighbours: {1}</source>
        <translation>시군구 {0}곳은 도형이 없어 이웃도 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="410"/>
        <source>their repaired polygons are used for the neighbours and the alliance outlines; OUTPUT_MEMBERS keeps them as they are</source>
        <translation>이웃과 연합 경계에는 수정한 폴리곤을 쓰며, OUTPUT_MEMBERS에는 원래 도형을 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="417"/>
        <source>Parameter {0}: the expression {1} selects no eligible unit ({2} unit(s) in the whole layer), so no alliance can have a hub. Change HUBS or ELIGIBLE, or leave HUBS empty.</source>
        <translation>파라미터 {0}: 표현식 {1}이(가) 참여 대상 시군구를 하나도 고르지 않아(레이어 전체 시군구 {2}곳) 어떤 연합도 거점을 가질 수 없습니다. HUBS나 ELIGIBLE을 바꾸거나 HUBS를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="421"/>
        <source>{0} units read, {1} eligible{2}.</source>
        <translation>시군구 {0}곳 읽음, 참여 대상 {1}곳{2}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="423"/>
        <source>, {0} of them hubs</source>
        <translation>, 그중 거점 {0}곳</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="432"/>
        <source>The input layer has no valid CRS: its coordinates are taken as metres.</source>
        <translation>입력 레이어에 올바른 좌표계가 없어 좌표를 미터로 간주합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="434"/>
        <source>Distances measured in {0}.</source>
        <translation>거리는 {0}에서 측정합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="441"/>
        <source>Island link: {0} ({1}) to its nearest eligible unit {2} ({3}), {4:,.0f} m.</source>
        <translation>섬 연결: {0}({1})을(를) 가장 가까운 참여 대상 시군구 {2}({3})와 연결, {4:,.0f} m.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="443"/>
        <source>Neighbourhood graph: {0} eligible units, {1} neighbour pairs within {2:g} m, {3} table link(s), {4} island link(s); {5} unit(s) without any link.</source>
        <translation>이웃 그래프: 참여 대상 시군구 {0}곳, {2:g} m 이내 이웃 쌍 {1}개, 표 연결 {3}개, 섬 연결 {4}개; 연결이 하나도 없는 시군구 {5}곳.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="468"/>
        <source>Canceled: nothing was written.</source>
        <translation>취소됨: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="471"/>
        <source>The alliance problem cannot be solved: {0}</source>
        <translation>연합 문제를 풀 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="475"/>
        <source>Solver: {0}; {1} candidate alliances; {2:.2f} s; optimal: {3}; gap: {4}.</source>
        <translation>솔버: {0}; 후보 연합 {1}개; {2:.2f}초; 최적: {3}; 갭: {4}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="479"/>
        <source>Solver note: {0}</source>
        <translation>솔버 메모: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="481"/>
        <source>Coverage is optimal (GAP 0), but the tie-breaks (more alliances, then shorter distances to the hubs) were not proven (time limit, or a part too large for a proof): the alliances are the best found.</source>
        <translation>포괄 단위 수는 최적입니다(GAP 0). 다만 동점 처리 기준(더 많은 연합, 그다음 중심지까지의 더 짧은 거리)은 증명되지 않았습니다(시간 제한 또는 증명하기에 너무 큰 부분). 연합은 찾아낸 최선의 해입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="485"/>
        <source>The optimum was not proven (time limit or no MILP solver): the alliances are the best found; GAP says how far from the bound they may be.</source>
        <translation>최적성이 증명되지 않았습니다(시간 제한 또는 MILP 솔버 없음). 연합은 찾아낸 최선의 해이며, GAP은 한계와 얼마나 떨어져 있을 수 있는지를 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="494"/>
        <source>{0} alliances cover {1} of {2} eligible units.</source>
        <translation>연합 {0}개가 참여 대상 시군구 {2}곳 중 {1}곳을 포괄합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="508"/>
        <source>Parameter {0}: the links table has no field "{1}". Available fields: {2}.</source>
        <translation>파라미터 {0}: 연결 표에 "{1}" 필드가 없습니다. 사용할 수 있는 필드: {2}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="514"/>
        <source>Parameter {0}: {1} row(s) of the links table have a NULL id (features {2}).</source>
        <translation>파라미터 {0}: 연결 표의 {1}개 행에 ID가 NULL입니다 (피처 {2}).</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="523"/>
        <source>Links name {0} id(s) that are not in the input layer; ignored: {1}</source>
        <translation>연결 표에 입력 레이어에 없는 ID {0}개가 있어 무시합니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="527"/>
        <source>Links to {0} unit(s) that are not eligible are ignored: {1}</source>
        <translation>참여 대상이 아닌 시군구 {0}곳으로의 연결은 무시합니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="582"/>
        <source>Alliance {0} ({1}) breaks a constraint: {2}. Please report this bug.</source>
        <translation>연합 {0}({1})이(가) 제약 조건을 어깁니다: {2}. 이 버그를 알려 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="585"/>
        <source>Locked alliance {0} ({1}) breaks: {2}.</source>
        <translation>고정 연합 {0}({1})이(가) 어기는 조건: {2}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="627"/>
        <source>  {0}: {1} unit(s)</source>
        <translation>  {0}: 시군구 {1}곳</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="160"/>
        <location filename="../../processing/propose_alliances.py" line="277"/>
        <location filename="../../processing/propose_alliances.py" line="628"/>
        <location filename="../models/small_but_strong.model3" line="40"/>
        <location filename="../../ui/dock.py" line="118"/>
        <location filename="../../ui/dock.py" line="177"/>
        <location filename="../../ui/dock.py" line="818"/>
        <source>Alliances</source>
        <translation>연합</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="279"/>
        <location filename="../../processing/propose_alliances.py" line="629"/>
        <location filename="../models/small_but_strong.model3" line="65"/>
        <source>Alliance members</source>
        <translation>연합 구성원</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="122"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="124"/>
        <source>&lt;p&gt;Measures, for every unit (city, county, district) of a polygon layer, the supply of a service, access to it and whether the unit falls short of a standard; with alliances, also what pooling the members' services changes. Every input feature and field is kept.&lt;/p&gt;&lt;h3&gt;Units&lt;/h3&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons in any CRS; &lt;b&gt;ID_FIELD&lt;/b&gt; names the units in warnings and in the alliances' member lists; &lt;b&gt;POPULATION_FIELD&lt;/b&gt;: residents; &lt;b&gt;DEMAND_FIELD&lt;/b&gt; (optional): who needs the service, e.g. births for delivery care (default the population).&lt;/p&gt;&lt;h3&gt;Supply&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Facilities&lt;/b&gt; (FACILITIES, points in any CRS): counted in the unit that contains them (point in polygon); &lt;b&gt;Facility filter&lt;/b&gt; (FACILITY_FILTER) keeps only matching ones, e.g. &lt;code&gt;"cls" IN ('권역응급의료센터','지역응급의료센터')&lt;/code&gt;; &lt;b&gt;Capacity&lt;/b&gt; (CAPACITY_FIELD, e.g. beds or doctors) weighs each facility, else 1 each (NULL counts 0).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Count already in the layer&lt;/b&gt; (COUNT_FIELD, e.g. ob-gyn doctors): added to the unit's supply; for the 2SFCA it sits at the unit's representative point. NULL counts 0 (warned).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs per unit&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;n_facilities&lt;/b&gt;: the unit's supply (facilities inside it, weighted by capacity when given, plus the count field). &lt;b&gt;per_10k&lt;/b&gt;: per 10,000 residents (POPULATION_FIELD); &lt;b&gt;per_1k_demand&lt;/b&gt;: per 1,000 of the demand (DEMAND_FIELD, e.g. births or women 20–39; default the population). A NULL or zero base gives NULL and one warning naming the units.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_km&lt;/b&gt; (with facilities): ellipsoidal distance from the unit's demand point(s) to the nearest facility, correct in any CRS. Demand points are the ORIGINS points inside the unit (villages, a population grid; the unit value is their population-weighted mean, weights from ORIGINS_POPULATION_FIELD or 1 each) or else one representative point: the centroid when it lies inside the unit, otherwise a point on its surface, chosen in WGS 84 so that the result does not depend on the layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_min&lt;/b&gt; (with a NETWORK road layer): driving minutes to the nearest facility along the roads, with QGIS's network analysis (two-way roads; SPEED_FIELD in km/h, DEFAULT_SPEED where missing or not positive). Points are attached to their nearest road and the straight leg to it counts at the default speed. Unreachable units get NULL and are in gap.&lt;/li&gt;&lt;li&gt;&lt;b&gt;access_2sfca&lt;/b&gt;: two-step floating catchment access (Luo &amp;amp; Wang 2003), supply per 1,000 demand: step 1, every facility's ratio R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;) D&lt;sub&gt;k&lt;/sub&gt; over the demand within CATCHMENT km; step 2, A&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; W(d&lt;sub&gt;ij&lt;/sub&gt;) R&lt;sub&gt;j&lt;/sub&gt; over the facilities within CATCHMENT km of demand point i. DECAY W: &lt;i&gt;none&lt;/i&gt; W = 1 (original 2SFCA); &lt;i&gt;gaussian&lt;/i&gt; W = (e&lt;sup&gt;−½(d/d0)²&lt;/sup&gt; − e&lt;sup&gt;−½&lt;/sup&gt;) / (1 − e&lt;sup&gt;−½&lt;/sup&gt;), 1 at the facility and 0 at the catchment edge (Dai 2010; Wang 2012); &lt;i&gt;gravity&lt;/i&gt; W = max(d, 1 km)&lt;sup&gt;−1&lt;/sup&gt; inside the catchment (gravity 2SFCA, β = 1). Distances are ellipsoidal straight lines, also with a network. With no decay and a catchment that reaches no other unit, access_2sfca equals per_1k_demand. NULL where the unit's demand is NULL or zero.&lt;/li&gt;&lt;li&gt;&lt;b&gt;gap&lt;/b&gt; (0/1) and &lt;b&gt;gap_reason&lt;/b&gt;: a unit is in gap when any of these holds (several are joined with "; "): &lt;i&gt;no facility&lt;/i&gt; (supply 0) or &lt;i&gt;below the minimum&lt;/i&gt; (supply below MIN_COUNT); &lt;i&gt;beyond the standard distance&lt;/i&gt; (nearest_km above MAX_DISTANCE), or with a network &lt;i&gt;beyond the standard time&lt;/i&gt; (nearest_min above MAX_TIME; then MAX_DISTANCE is not used). A threshold of 0 switches its criterion off. With COUNT_FIELD only there are no distances: the gap is by count.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Alliances&lt;/h3&gt;&lt;p&gt;With ALLIANCE_FIELD (e.g. &lt;code&gt;alliance_id&lt;/code&gt; of the alliance members output; NULL or blank = no alliance): &lt;b&gt;alliance_facilities&lt;/b&gt; = the members' pooled supply; &lt;b&gt;alliance_gap&lt;/b&gt; = 1 when the pooled supply is below MIN_COUNT; &lt;b&gt;covered_by_alliance&lt;/b&gt; = 1 where the unit alone is in gap and is not once its count is tested on the pooled supply. Pooling shares services, not geography: a unit beyond the standard distance or time stays in gap. OUTPUT_ALLIANCES has one feature per alliance (the members' union) with pooled population, demand, n_facilities, per_10k, per_1k_demand, the demand-weighted access_2sfca, units and population in gap before and after pooling, gap and gap_reason.&lt;/p&gt;&lt;h3&gt;Figures&lt;/h3&gt;&lt;p&gt;UNITS_IN_GAP, POPULATION_IN_GAP and the same AFTER_ALLIANCES (units whose alliance covers them are no longer counted; without alliances the figures are equal).&lt;/p&gt;&lt;h3&gt;Standards (defaults the analyst can change)&lt;/h3&gt;&lt;p&gt;&lt;b&gt;MIN_COUNT&lt;/b&gt; (default 1), &lt;b&gt;MAX_DISTANCE&lt;/b&gt; (km, default 30), &lt;b&gt;MAX_TIME&lt;/b&gt; (minutes, default 30; used with NETWORK), &lt;b&gt;CATCHMENT&lt;/b&gt; (km, default 30) and &lt;b&gt;DECAY&lt;/b&gt; (default none) of the 2SFCA, &lt;b&gt;DEFAULT_SPEED&lt;/b&gt; (km/h, default 50). The standards in use in Korea:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;National minimum standards for basic living infrastructure (국가최저기준, Ministry of Land, 2018): by car, a hospital with an emergency room within 30 minutes, a public health centre within 20, a library within 10, welfare within 20–30.&lt;/li&gt;&lt;li&gt;Childbirth-vulnerable areas (분만취약지): over 30 % of women of child-bearing age live more than 60 minutes from a delivery room.&lt;/li&gt;&lt;li&gt;Emergency-vulnerable areas: 30 % or more of residents more than 60 minutes from a regional emergency centre or 30 minutes from a local one.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;This tool tests the unit's representative (or population-weighted) access against one threshold; it does not compute the share of residents beyond it. Straight-line km understate road distance: use a road network for the minute standards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;폴리곤 레이어의 모든 시군구(시·군·구)에 대해 서비스의 공급, 접근성, 그리고 기준에 못 미치는지를 측정합니다. 연합이 있으면 구성원의 서비스를 공유할 때 무엇이 달라지는지도 봅니다. 입력 피처와 필드는 모두 유지합니다.&lt;/p&gt;&lt;h3&gt;시군구&lt;/h3&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: 좌표계에 관계없는 폴리곤; &lt;b&gt;ID_FIELD&lt;/b&gt;는 경고와 연합 구성원 목록에서 시군구를 가리킵니다; &lt;b&gt;POPULATION_FIELD&lt;/b&gt;: 인구; &lt;b&gt;DEMAND_FIELD&lt;/b&gt; (선택): 서비스가 필요한 사람, 예: 분만 진료에는 출생아 (기본값 인구).&lt;/p&gt;&lt;h3&gt;공급&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;시설&lt;/b&gt; (FACILITIES, 좌표계에 관계없는 점): 그 점을 포함하는 시군구에서 셉니다(폴리곤 내 점); &lt;b&gt;시설 필터&lt;/b&gt; (FACILITY_FILTER)는 맞는 시설만 남깁니다, 예: &lt;code&gt;"cls" IN ('권역응급의료센터','지역응급의료센터')&lt;/code&gt;; &lt;b&gt;용량&lt;/b&gt; (CAPACITY_FIELD, 예: 병상이나 의사 수)은 시설마다 가중치를 주며, 없으면 각 1입니다 (NULL은 0).&lt;/li&gt;&lt;li&gt;&lt;b&gt;레이어에 이미 있는 개수&lt;/b&gt; (COUNT_FIELD, 예: 산부인과 전문의 수): 시군구의 공급에 더합니다. 2SFCA에서는 시군구의 대표 지점에 있는 것으로 봅니다. NULL은 0으로 계산합니다(경고).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;시군구별 출력&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;n_facilities&lt;/b&gt;: 시군구의 공급 (시군구 안의 시설, 용량이 있으면 용량 가중, 여기에 개수 필드를 더함). &lt;b&gt;per_10k&lt;/b&gt;: 주민 10,000명당 (POPULATION_FIELD); &lt;b&gt;per_1k_demand&lt;/b&gt;: 수요 1,000당 (DEMAND_FIELD, 예: 출생아나 20–39세 여성; 기본값 인구). 기준값이 NULL이거나 0이면 NULL이 되며, 해당 시군구를 밝히는 경고를 한 번 표시합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_km&lt;/b&gt; (시설이 있을 때): 시군구의 수요 지점에서 가장 가까운 시설까지의 타원체 거리로, 어떤 좌표계에서도 정확합니다. 수요 지점은 시군구 안의 ORIGINS 점(마을, 인구 격자; 시군구 값은 그 인구 가중 평균이며 가중치는 ORIGINS_POPULATION_FIELD 또는 각 1)이고, 없으면 대표 지점 하나입니다: 중심점이 시군구 안에 있으면 중심점, 아니면 표면 위의 점이며, 결과가 레이어 좌표계에 좌우되지 않도록 WGS 84에서 고릅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_min&lt;/b&gt; (NETWORK 도로 레이어가 있을 때): QGIS 네트워크 분석으로 구한, 도로를 따라 가장 가까운 시설까지의 자동차 이동 시간(분) (양방향 도로; SPEED_FIELD는 km/h, 값이 없거나 양수가 아니면 DEFAULT_SPEED). 지점은 가장 가까운 도로에 연결하며 그 직선 구간은 기본 속도로 계산합니다. 도달할 수 없는 시군구는 NULL이며 공백입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;access_2sfca&lt;/b&gt;: 2단계 유동 서비스권역 접근성(2SFCA; Luo &amp;amp; Wang 2003), 수요 1,000당 공급: 1단계, 시설마다 CATCHMENT km 이내 수요에 대한 비율 R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;) D&lt;sub&gt;k&lt;/sub&gt;; 2단계, 수요 지점 i의 CATCHMENT km 이내 시설에 대해 A&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; W(d&lt;sub&gt;ij&lt;/sub&gt;) R&lt;sub&gt;j&lt;/sub&gt;. DECAY W: &lt;i&gt;none&lt;/i&gt; W = 1 (원래의 2SFCA); &lt;i&gt;gaussian&lt;/i&gt; W = (e&lt;sup&gt;−½(d/d0)²&lt;/sup&gt; − e&lt;sup&gt;−½&lt;/sup&gt;) / (1 − e&lt;sup&gt;−½&lt;/sup&gt;), 시설에서 1, 서비스권역 경계에서 0 (Dai 2010; Wang 2012); &lt;i&gt;gravity&lt;/i&gt; 서비스권역 안에서 W = max(d, 1 km)&lt;sup&gt;−1&lt;/sup&gt; (중력 2SFCA, β = 1). 거리는 네트워크가 있을 때도 타원체 직선거리입니다. 감쇠가 없고 서비스권역이 다른 시군구에 닿지 않으면 access_2sfca는 per_1k_demand와 같습니다. 시군구의 수요가 NULL이거나 0이면 NULL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;gap&lt;/b&gt; (0/1)과 &lt;b&gt;gap_reason&lt;/b&gt;: 다음 중 하나라도 해당하면 그 시군구는 공백입니다(여럿이면 "; "로 잇습니다): &lt;i&gt;no facility&lt;/i&gt; 시설 없음 (공급 0) 또는 &lt;i&gt;below the minimum&lt;/i&gt; 최소 미달 (공급이 MIN_COUNT 미만); &lt;i&gt;beyond the standard distance&lt;/i&gt; 기준 거리 초과 (nearest_km이 MAX_DISTANCE 초과), 또는 네트워크가 있으면 &lt;i&gt;beyond the standard time&lt;/i&gt; 기준 시간 초과 (nearest_min이 MAX_TIME 초과; 이때 MAX_DISTANCE는 쓰지 않음). 기준값 0은 그 기준을 끕니다. COUNT_FIELD만 있으면 거리가 없으므로 공백은 개수로만 판단합니다.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;연합&lt;/h3&gt;&lt;p&gt;ALLIANCE_FIELD가 있으면 (예: 연합 구성원 결과의 &lt;code&gt;alliance_id&lt;/code&gt;; NULL이나 빈 값 = 연합 없음): &lt;b&gt;alliance_facilities&lt;/b&gt; = 구성원이 공유하는 공급의 합; &lt;b&gt;alliance_gap&lt;/b&gt; = 공유한 공급이 MIN_COUNT 미만이면 1; &lt;b&gt;covered_by_alliance&lt;/b&gt; = 시군구 단독으로는 공백이지만 공유한 공급으로 개수를 따지면 공백이 아닐 때 1. 공유는 서비스를 나누는 것이지 지리를 바꾸는 것이 아니므로, 기준 거리나 시간을 넘는 시군구는 공백으로 남습니다. OUTPUT_ALLIANCES에는 연합마다 피처(구성원의 합집합) 하나가 있으며, 합산한 인구, 수요, n_facilities, per_10k, per_1k_demand, 수요 가중 access_2sfca, 공유 전후의 공백 시군구와 공백 인구, gap, gap_reason이 들어갑니다.&lt;/p&gt;&lt;h3&gt;수치&lt;/h3&gt;&lt;p&gt;UNITS_IN_GAP, POPULATION_IN_GAP과 AFTER_ALLIANCES가 붙은 같은 값 (연합으로 해소된 시군구는 더 이상 세지 않음; 연합이 없으면 두 값이 같음).&lt;/p&gt;&lt;h3&gt;기준 (분석가가 바꿀 수 있는 기본값)&lt;/h3&gt;&lt;p&gt;&lt;b&gt;MIN_COUNT&lt;/b&gt; (기본값 1), &lt;b&gt;MAX_DISTANCE&lt;/b&gt; (km, 기본값 30), &lt;b&gt;MAX_TIME&lt;/b&gt; (분, 기본값 30; NETWORK와 함께 사용), 2SFCA의 &lt;b&gt;CATCHMENT&lt;/b&gt; (km, 기본값 30)와 &lt;b&gt;DECAY&lt;/b&gt; (기본값 none), &lt;b&gt;DEFAULT_SPEED&lt;/b&gt; (km/h, 기본값 50). 한국에서 쓰이는 기준:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;기초생활인프라 국가최저기준 (국토교통부, 2018): 자동차로 응급실이 있는 병원 30분, 보건소 20분, 도서관 10분, 복지시설 20–30분 이내.&lt;/li&gt;&lt;li&gt;분만취약지: 가임기 여성의 30 % 넘게 분만실에서 60분보다 먼 곳에 사는 지역.&lt;/li&gt;&lt;li&gt;응급의료취약지: 주민의 30 % 이상이 권역응급의료센터에서 60분, 또는 지역응급의료센터에서 30분보다 먼 곳에 사는 지역.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;이 도구는 시군구의 대표 (또는 인구 가중) 접근성을 기준값 하나와 비교할 뿐, 기준을 넘는 주민의 비율을 계산하지는 않습니다. 직선 km는 도로 거리보다 짧게 나오므로, 분 단위 기준에는 도로망을 쓰십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="204"/>
        <location filename="../models/small_but_strong.model3" line="670"/>
        <source>Demand (e.g. births or women 20–39; default the population)</source>
        <translation>수요 (예: 출생아 또는 20–39세 여성, 기본값: 인구)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="207"/>
        <location filename="../models/small_but_strong.model3" line="709"/>
        <source>Facilities (point layer)</source>
        <translation>시설 (점 레이어)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="209"/>
        <location filename="../models/small_but_strong.model3" line="719"/>
        <source>Facility filter (expression)</source>
        <translation>시설 필터 (표현식)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="212"/>
        <source>Facility capacity (default 1 each)</source>
        <translation>시설 용량 (기본값: 각 1)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="215"/>
        <location filename="../models/small_but_strong.model3" line="656"/>
        <source>Supply already counted per unit (e.g. doctors)</source>
        <translation>시군구별로 이미 집계된 공급 (예: 의사 수)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="218"/>
        <location filename="../models/small_but_strong.model3" line="795"/>
        <source>Minimum supply per unit (0 = no count standard)</source>
        <translation>시군구당 최소 공급 (0 = 개수 기준 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="221"/>
        <location filename="../models/small_but_strong.model3" line="769"/>
        <source>Standard distance to the nearest facility, km (0 = none)</source>
        <translation>가장 가까운 시설까지의 기준 거리, km (0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="224"/>
        <source>Road network (line layer) for travel times</source>
        <translation>이동 시간용 도로망 (선 레이어)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="227"/>
        <source>Road speed field (km/h)</source>
        <translation>도로 속도 필드 (km/h)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="230"/>
        <source>Default speed, km/h</source>
        <translation>기본 속도, km/h</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="233"/>
        <source>Standard time to the nearest facility, minutes (0 = none)</source>
        <translation>가장 가까운 시설까지의 기준 시간, 분 (0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="236"/>
        <source>2SFCA catchment, km</source>
        <translation>2SFCA 서비스권역, km</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="238"/>
        <source>2SFCA distance decay</source>
        <translation>2SFCA 거리 감쇠</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="240"/>
        <source>Population points (origins of trips)</source>
        <translation>인구 지점 (이동의 출발지)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="243"/>
        <source>Population of the origins (default 1 each)</source>
        <translation>출발지 인구 (기본값: 각 1)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="247"/>
        <source>Alliance field (pool the services of each alliance)</source>
        <translation>연합 필드 (연합마다 서비스를 공유)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="255"/>
        <location filename="../../processing/service_gaps.py" line="760"/>
        <location filename="../models/small_but_strong.model3" line="229"/>
        <source>Service gaps per alliance</source>
        <translation>연합별 서비스 공백</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="257"/>
        <source>Units in gap</source>
        <translation>공백 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="258"/>
        <source>Population in gap</source>
        <translation>공백 인구</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="260"/>
        <source>Units in gap after alliances</source>
        <translation>연합 후 공백 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="262"/>
        <source>Population in gap after alliances</source>
        <translation>연합 후 공백 인구</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="271"/>
        <source>Parameter FACILITY_FILTER: a filter needs a FACILITIES layer to apply to.</source>
        <translation>파라미터 FACILITY_FILTER: 필터를 적용할 FACILITIES 레이어가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="275"/>
        <source>Parameter FACILITY_FILTER: the expression {0} cannot be parsed: {1}</source>
        <translation>파라미터 FACILITY_FILTER: 표현식 {0}을(를) 해석할 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="341"/>
        <source>Give the supply: a FACILITIES point layer, a COUNT_FIELD of the units, or both.</source>
        <translation>공급을 지정하십시오: FACILITIES 점 레이어나 시군구의 COUNT_FIELD, 또는 둘 다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="355"/>
        <source>Parameter NETWORK: travel times need facility points; give FACILITIES as well.</source>
        <translation>파라미터 NETWORK: 이동 시간에는 시설 지점이 필요합니다. FACILITIES도 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="376"/>
        <source>Parameter CATCHMENT: give a catchment above 0 km.</source>
        <translation>파라미터 CATCHMENT: 0 km보다 큰 서비스권역을 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="420"/>
        <source>{0} is NULL for {1} unit(s), counted as 0: {2}</source>
        <translation>시군구 {1}곳은 {0} 값이 NULL이어서 0으로 계산합니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="423"/>
        <source>{0} unit(s) have no geometry: no distance or access for them: {1}</source>
        <translation>시군구 {0}곳은 도형이 없어 거리나 접근성을 계산하지 않습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="430"/>
        <source>facilities are counted in them and their point is chosen as the polygon is drawn, which may be wrong</source>
        <translation>시설 집계와 대표 지점 선택은 그려진 폴리곤 그대로 하므로 틀릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="461"/>
        <source>Parameter FACILITY_FILTER: the expression {0} cannot be evaluated on the facilities: {1}</source>
        <translation>파라미터 FACILITY_FILTER: 표현식 {0}을(를) 시설에 대해 평가할 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="473"/>
        <source>Parameter FACILITY_FILTER: the expression {0} fails on facility {1}: {2}</source>
        <translation>파라미터 FACILITY_FILTER: 표현식 {0}이(가) 시설 {1}에서 실패합니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="496"/>
        <source>{0} is NULL for {1} facilit(ies), counted as 0.</source>
        <translation>시설 {1}곳은 {0} 값이 NULL이어서 0으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="498"/>
        <source>{0} facilities kept{1}.</source>
        <translation>시설 {0}곳 사용{1}.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="499"/>
        <source> by the filter</source>
        <translation> (필터 적용)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="501"/>
        <source>No facility is left: every unit is without supply from FACILITIES.</source>
        <translation>남은 시설이 없습니다: 모든 시군구에 FACILITIES로부터의 공급이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="529"/>
        <source>{0} origin point(s) lie in no unit and are left out.</source>
        <translation>출발 지점 {0}개는 어느 시군구에도 속하지 않아 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="548"/>
        <source>{0} unit(s) contain no populated origin; their representative point is used: {1}</source>
        <translation>시군구 {0}곳에는 인구가 있는 출발 지점이 없어 대표 지점을 씁니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="607"/>
        <source>2SFCA: {0} supply sites, {1} demand points, {2} pairs within {3} km ({4} decay).</source>
        <translation>2SFCA: 공급 지점 {0}개, 수요 지점 {1}개, {3} km 이내 쌍 {2}개 ({4} 감쇠).</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="620"/>
        <source>{0} road(s) have no usable speed in {1}; {2} km/h was used.</source>
        <translation>도로 {0}개는 {1}에 쓸 수 있는 속도가 없어 {2} km/h를 썼습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="625"/>
        <source>{0} unit(s) have demand points more than 5 km from the nearest road (the leg counts at the default speed): {1}</source>
        <translation>시군구 {0}곳은 수요 지점이 가장 가까운 도로에서 5 km보다 멉니다(그 구간은 기본 속도로 계산): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="659"/>
        <source>{0} unit(s) cannot reach any facility over the roads (in gap, nearest_min NULL): {1}</source>
        <translation>시군구 {0}곳은 도로로 어느 시설에도 갈 수 없습니다(공백, nearest_min은 NULL): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="663"/>
        <source>per_10k is NULL for {0} unit(s) with a zero or missing {1}: {2}</source>
        <translation>{1} 값이 0이거나 없는 시군구 {0}곳은 per_10k가 NULL입니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="666"/>
        <source>per_1k_demand and access_2sfca are NULL for {0} unit(s) with a zero or missing demand (counted as 0 in the 2SFCA): {1}</source>
        <translation>수요가 0이거나 없는 시군구 {0}곳은 per_1k_demand와 access_2sfca가 NULL입니다(2SFCA에서는 0으로 계산): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="121"/>
        <location filename="../../processing/service_gaps.py" line="253"/>
        <location filename="../../processing/service_gaps.py" line="710"/>
        <location filename="../models/small_but_strong.model3" line="183"/>
        <location filename="../../ui/dock.py" line="172"/>
        <source>Service gaps</source>
        <translation>서비스 공백</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="762"/>
        <source>{0} alliance(s): units in gap {1} before pooling, {2} after.</source>
        <translation>연합 {0}개: 공백 시군구가 공유 전 {1}곳, 공유 후 {2}곳.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="765"/>
        <source>Units in gap: {0} of {1} ({2:,.0f} residents).</source>
        <translation>공백 시군구: {1}곳 중 {0}곳 (주민 {2:,.0f}명).</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="616"/>
        <source>&lt;p&gt;The whole Small but Strong analysis in one run, as a model you can open and change in the graphical modeler: &lt;b&gt;Decline indicators&lt;/b&gt; of every unit, &lt;b&gt;Propose alliances&lt;/b&gt; of the eligible units on those indicators, &lt;b&gt;Service gaps&lt;/b&gt; of the alliance members before and after pooling their services, and the &lt;b&gt;Export map report&lt;/b&gt; of the alliances over the service gaps (PDF and PNG).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt;: one polygon per city, county or district. The field defaults are those of the bundled Korean sample (&lt;i&gt;Load the Korean sample&lt;/i&gt;): code, sigungu, pop_reg_2025, pop_reg_2015, pop65_reg_2025, f20_39_reg_2025, births_est_2020, doctors_obgyn_2020; choose your own fields for other data.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eligible units&lt;/b&gt; (default: outside Seoul, the metropolitan cities, Sejong and Gyeonggi), &lt;b&gt;Hubs&lt;/b&gt; (default: Innovation Cities and units of 150,000+ residents; empty = no hub required), &lt;b&gt;Minimum members&lt;/b&gt; and &lt;b&gt;Maximum members&lt;/b&gt; (2–5), the &lt;b&gt;Population floor&lt;/b&gt; of an alliance (300,000), the island link distance (1,000 m: the bridged islands) and the solver's time limit: see &lt;i&gt;Propose alliances&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;The service: &lt;b&gt;Facilities&lt;/b&gt; (points, optional) with a &lt;b&gt;Facility filter&lt;/b&gt;, and/or a &lt;b&gt;Supply already counted per unit&lt;/b&gt; field (default doctors_obgyn_2020), its &lt;b&gt;Demand&lt;/b&gt; field, the &lt;b&gt;Minimum supply per unit&lt;/b&gt; and the &lt;b&gt;Standard distance&lt;/b&gt;: see &lt;i&gt;Service gaps&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report title&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;Decline indicators, Alliances, Alliance members, Service gaps (per unit and per alliance), the PDF report and its PNG image. The report prints the floor and the member range as the parameters used.&lt;/p&gt;&lt;p&gt;Inputs left out of a script's call (processing.run, qgis_process) take the defaults shown in the dialog (qgis_process asks for ID_FIELD and POPULATION_FIELD all the same), and outputs left out are temporary. The default expressions name fields of the sample (sido, innovation_city, pop_reg_2025): change or empty them for other data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;작지만 강한 분석 전체를 한 번에 실행합니다. 그래픽 모델러에서 열어 바꿀 수 있는 모델입니다: 모든 시군구의 &lt;b&gt;쇠퇴 지표&lt;/b&gt;, 그 지표를 바탕으로 참여 대상 시군구의 &lt;b&gt;연합 제안&lt;/b&gt;, 연합 구성원이 서비스를 공유하기 전후의 &lt;b&gt;서비스 공백&lt;/b&gt;, 그리고 서비스 공백 위에 연합을 그린 &lt;b&gt;지도 보고서 내보내기&lt;/b&gt; (PDF와 PNG).&lt;/p&gt;&lt;h3&gt;입력&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt;: 시·군·구마다 폴리곤 하나. 필드 기본값은 함께 제공하는 한국 표본 자료(&lt;i&gt;한국 표본 자료 불러오기&lt;/i&gt;)의 필드입니다: code, sigungu, pop_reg_2025, pop_reg_2015, pop65_reg_2025, f20_39_reg_2025, births_est_2020, doctors_obgyn_2020; 다른 자료에는 해당 필드를 고르십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;참여 대상 시군구&lt;/b&gt; (기본값: 서울, 광역시, 세종, 경기 밖), &lt;b&gt;거점&lt;/b&gt; (기본값: 혁신도시와 인구 150,000명 이상의 시군구; 비우면 거점 불필요), &lt;b&gt;최소 구성 수&lt;/b&gt;와 &lt;b&gt;최대 구성 수&lt;/b&gt; (2–5), 연합의 &lt;b&gt;인구 하한&lt;/b&gt; (300,000), 섬 연결 거리 (1,000 m: 다리로 이어진 섬), 솔버 시간 제한: &lt;i&gt;연합 제안&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;서비스: &lt;b&gt;시설&lt;/b&gt; (점, 선택)과 &lt;b&gt;시설 필터&lt;/b&gt;, 그리고/또는 &lt;b&gt;시군구별로 이미 집계된 공급&lt;/b&gt; 필드 (기본값 doctors_obgyn_2020), 그 &lt;b&gt;수요&lt;/b&gt; 필드, &lt;b&gt;시군구당 최소 공급&lt;/b&gt;과 &lt;b&gt;기준 거리&lt;/b&gt;: &lt;i&gt;서비스 공백&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;보고서 제목&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;출력&lt;/h3&gt;&lt;p&gt;쇠퇴 지표, 연합, 연합 구성원, 서비스 공백 (시군구별과 연합별), PDF 보고서와 그 PNG 이미지. 보고서에는 사용한 파라미터로 인구 하한과 구성 수 범위를 인쇄합니다.&lt;/p&gt;&lt;p&gt;스크립트(processing.run, qgis_process) 호출에서 빠진 입력은 대화상자에 보이는 기본값을 쓰고 (qgis_process는 그래도 ID_FIELD와 POPULATION_FIELD를 요구합니다), 빠진 출력은 임시 출력이 됩니다. 기본 표현식은 표본 자료의 필드(sido, innovation_city, pop_reg_2025)를 씁니다. 다른 자료에서는 바꾸거나 비우십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="620"/>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="621"/>
        <source>Full analysis</source>
        <translation>전체 분석</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="888"/>
        <source>Report title</source>
        <translation>보고서 제목</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="103"/>
        <source>Running: {0}</source>
        <translation>실행 중: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="116"/>
        <source>Data</source>
        <translation>자료</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="117"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="119"/>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="121"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="124"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="133"/>
        <source>Choose a boundary layer, or load the Korean sample.</source>
        <translation>경계 레이어를 고르거나 한국 표본 자료를 불러오십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="147"/>
        <source>Boundary layer</source>
        <translation>경계 레이어</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="153"/>
        <source>Residents 65+</source>
        <translation>65세 이상 인구</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="153"/>
        <source>Service count field (e.g. ob-gyn doctors)</source>
        <translation>서비스 개수 필드 (예: 산부인과 전문의)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="153"/>
        <source>Unit id</source>
        <translation>시군구 ID</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="153"/>
        <source>Unit name</source>
        <translation>시군구 이름</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="153"/>
        <source>Women 20–39</source>
        <translation>20–39세 여성</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="158"/>
        <source>Facilities (points, optional)</source>
        <translation>시설 (점, 선택 사항)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="161"/>
        <source>Facility filter</source>
        <translation>시설 필터</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="169"/>
        <source>Small unit below (residents)</source>
        <translation>소규모 시군구 기준 (주민 수 미만)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="170"/>
        <source>Low births below (a year)</source>
        <translation>저출생 기준 (연간 출생아 수 미만)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="174"/>
        <source>National minimum per unit</source>
        <translation>시군구당 국가최저기준</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="175"/>
        <source>Standard distance (km)</source>
        <translation>기준 거리 (km)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="180"/>
        <source>Eligible units</source>
        <translation>참여 대상 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="182"/>
        <source>Hubs (optional)</source>
        <translation>거점 (선택 사항)</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="821"/>
        <location filename="../../ui/dock.py" line="191"/>
        <source>Population floor</source>
        <translation>인구 하한</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="192"/>
        <source>Population ceiling (0 = none)</source>
        <translation>인구 상한 (0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="195"/>
        <source>Same group field (optional)</source>
        <translation>같은 그룹 필드 (선택 사항)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="197"/>
        <source>compactness</source>
        <translation>밀집</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="197"/>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="197"/>
        <source>coverage</source>
        <translation>포괄</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="199"/>
        <source>Neighbours within (m)</source>
        <translation>이웃 허용 거리 (m)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="200"/>
        <source>Link islands within (m, 0 = off)</source>
        <translation>섬 연결 거리 (m, 0 = 끔)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="201"/>
        <source>Time limit (s)</source>
        <translation>시간 제한 (초)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="240"/>
        <source>A unit of the working layer</source>
        <translation>작업 레이어의 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="242"/>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="244"/>
        <source>Unit</source>
        <translation>시군구</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="246"/>
        <source>to</source>
        <translation>→</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="252"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="253"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="258"/>
        <source>Assign by clicking the map</source>
        <translation>지도를 클릭하여 배정</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="262"/>
        <source>Re-optimise the rest</source>
        <translation>나머지 다시 최적화</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="263"/>
        <source>Keep the locked alliances and let the solver redo the others</source>
        <translation>고정한 연합은 두고 나머지는 솔버가 다시 구성</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="274"/>
        <source>Scenario name</source>
        <translation>시나리오 이름</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="275"/>
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="277"/>
        <source>Restore selected</source>
        <translation>선택한 시나리오 복원</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="384"/>
        <source>Could not restore the saved plan: {0}</source>
        <translation>저장한 안을 복원할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="474"/>
        <source>Choose a boundary layer first.</source>
        <translation>먼저 경계 레이어를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="488"/>
        <source>Run the pipeline first.</source>
        <translation>먼저 분석을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="524"/>
        <source>Stopped: {0}</source>
        <translation>중지됨: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="549"/>
        <source>Units: service gaps</source>
        <translation>시군구: 서비스 공백</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="552"/>
        <source>Units: alliance members</source>
        <translation>시군구: 연합 구성원</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="559"/>
        <source>Done in {0:.1f} s: {1}</source>
        <translation>{0:.1f}초 만에 완료: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="639"/>
        <source>(no alliance)</source>
        <translation>(연합 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="642"/>
        <source>(new alliance)</source>
        <translation>(새 연합)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="656"/>
        <source>Re-validated in {0:.1f} ms.</source>
        <translation>{0:.1f} ms 만에 다시 검증했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="697"/>
        <source>Alliances (editable plan)</source>
        <translation>연합 (편집 가능한 안)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="723"/>
        <source>{alliances} alliances ({invalid} invalid); {covered} of {eligible} eligible units covered; units in gap: {units_in_gap} alone, {units_in_gap_after} after alliances</source>
        <translation>연합 {alliances}개 (부적합 {invalid}개); 참여 대상 시군구 {eligible}곳 중 {covered}곳 포괄; 공백 시군구: 단독 {units_in_gap}곳, 연합 후 {units_in_gap_after}곳</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="784"/>
        <source>{0}: re-validated in {1:.1f} ms.</source>
        <translation>{0}: {1:.1f} ms 만에 다시 검증했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="790"/>
        <source>Scenario {0}</source>
        <translation>시나리오 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="818"/>
        <source>Covered units</source>
        <translation>포괄된 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="818"/>
        <source>Invalid</source>
        <translation>부적합</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="818"/>
        <source>Population in gap after</source>
        <translation>연합 후 공백 인구</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="818"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="818"/>
        <source>Units in gap after</source>
        <translation>연합 후 공백 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>Alliance</source>
        <translation>연합</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>Gap after</source>
        <translation>연합 후 공백</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>Gap before</source>
        <translation>연합 전 공백</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>Locked</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>Risk index</source>
        <translation>소멸위험지수</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="68"/>
        <source>of floor</source>
        <translation>하한 대비</translation>
    </message>
    <message>
        <source>  ({0} × floor {1})</source>
        <translation type="obsolete">  ({0} × 하한 {1})</translation>
    </message>
    <message>
        <source>&lt;p&gt;Builds a print layout of the alliances over their units from a template and exports it as PDF and PNG: title, the parameters used, the map (alliance outlines over the units' service-gap or membership symbology), a legend of what the map shows, scale bar in km, north arrow, a table of the alliances, a chart (population of each alliance against the floor, and the service gap before and after alliances or the extinction-risk classes), and the data sources. Korean text is set in Noto Sans CJK KR (Debian: fonts-noto-cjk).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Alliances&lt;/b&gt; (ALLIANCES): alliance polygons, e.g. the output of &lt;i&gt;Propose alliances&lt;/i&gt;. Fields used when present: &lt;code&gt;alliance_id&lt;/code&gt;, &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;, &lt;code&gt;member_names&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt; (UNITS): every unit, e.g. the alliance members output or the &lt;i&gt;Service gaps&lt;/i&gt; output. Units with a &lt;code&gt;gap&lt;/code&gt; field are drawn with the service-gap style (resources/styles/service_gaps.qml) and give the gap before/after (&lt;code&gt;gap&lt;/code&gt;, &lt;code&gt;covered_by_alliance&lt;/code&gt;); units with a &lt;code&gt;role&lt;/code&gt; field get the members style (alliance_members.qml); otherwise a plain style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Title&lt;/b&gt; (TITLE): the heading of every page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Page size&lt;/b&gt; (PAGE_SIZE): the shipped template to use, A4 or A3 landscape.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Template&lt;/b&gt; (TEMPLATE): your own .qpt instead of the shipped one (used for the overview page, or for every atlas page when Atlas is on). Items are found by their id: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, &lt;code&gt;north_arrow&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (an attribute table frame), &lt;code&gt;chart&lt;/code&gt; (a picture), &lt;code&gt;sources&lt;/code&gt;, and on atlas pages &lt;code&gt;facts&lt;/code&gt; and &lt;code&gt;overview_map&lt;/code&gt;; any of them may be left out. Labels can use &lt;code&gt;[% @sbs_title %]&lt;/code&gt;, &lt;code&gt;[% @sbs_parameters %]&lt;/code&gt;, &lt;code&gt;[% @sbs_sources %]&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Atlas&lt;/b&gt; (ATLAS): one page per alliance, most populous first, the map zoomed to it (its neighbours in grey), its facts, its members' table and chart; the PDF then has one page per alliance and the PNG shows the first page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population floor&lt;/b&gt; (FLOOR): drawn as the dashed line of the chart; 0 (default) derives it from the alliances' &lt;code&gt;population / pop_ratio&lt;/code&gt;, else 300,000.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Parameters used&lt;/b&gt; (PARAMETERS_TEXT): free text printed under the title, e.g. "floor 300,000; 2–5 members; objective coverage"; the date is added.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; (SOURCES): the attribution printed at the foot of every page; by default the sources and licences of the bundled Korean sample.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alliance id field in units&lt;/b&gt; (ALLIANCE_FIELD, default &lt;code&gt;alliance_id&lt;/code&gt;): joins units to alliances; when the units lack it, a unit belongs to the alliance containing a point inside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unit name field&lt;/b&gt; / &lt;b&gt;Unit population field&lt;/b&gt;: for the members' table and charts; by default the name is guessed (name, sigungu, …) and the population is the numeric field whose sum over each alliance's members equals the alliance's &lt;code&gt;population&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Image resolution&lt;/b&gt; (DPI): of the PNG (the PDF is vector, 300 dpi for rasters).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PDF report&lt;/b&gt; (OUTPUT_PDF) and &lt;b&gt;PNG image&lt;/b&gt; (OUTPUT_IMAGE). Files are written under a temporary name and renamed at the end: a cancelled run leaves no partial file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;From the QGIS desktop the layout is also added to the project's layout manager (with its layers, in a group) so that you can edit it; its layers are memory copies, save them if you keep the project. Outputs: PAGES (pages in the PDF) and LAYOUT_NAME.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;템플릿으로 시군구 위에 연합을 그린 인쇄 조판을 만들고 PDF와 PNG로 내보냅니다: 제목, 사용한 파라미터, 지도(시군구의 서비스 공백 또는 연합 구성 심볼 위에 연합 경계), 지도에 나타난 것의 범례, km 단위 축척 막대, 방위표, 연합 표, 차트(연합별 인구와 인구 하한, 그리고 연합 전후의 서비스 공백 또는 소멸위험 등급), 자료 출처. 한글은 Noto Sans CJK KR 글꼴로 표시합니다(Debian: fonts-noto-cjk).&lt;/p&gt;&lt;h3&gt;파라미터&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;연합&lt;/b&gt; (ALLIANCES): 연합 폴리곤, 예: &lt;i&gt;연합 제안&lt;/i&gt;의 결과. 있으면 사용하는 필드: &lt;code&gt;alliance_id&lt;/code&gt;, &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;, &lt;code&gt;member_names&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt; (UNITS): 모든 시군구, 예: 연합 구성원 결과나 &lt;i&gt;서비스 공백&lt;/i&gt; 결과. &lt;code&gt;gap&lt;/code&gt; 필드가 있는 시군구는 서비스 공백 스타일(resources/styles/service_gaps.qml)로 그리고 연합 전후의 공백(&lt;code&gt;gap&lt;/code&gt;, &lt;code&gt;covered_by_alliance&lt;/code&gt;)을 보여 줍니다. &lt;code&gt;role&lt;/code&gt; 필드가 있으면 구성원 스타일(alliance_members.qml), 그 밖에는 단순한 스타일을 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;제목&lt;/b&gt; (TITLE): 모든 쪽의 제목.&lt;/li&gt;&lt;li&gt;&lt;b&gt;용지 크기&lt;/b&gt; (PAGE_SIZE): 사용할 기본 제공 템플릿, A4 또는 A3 가로.&lt;/li&gt;&lt;li&gt;&lt;b&gt;템플릿&lt;/b&gt; (TEMPLATE): 기본 제공 템플릿 대신 쓸 사용자 .qpt (개요 쪽에, 아틀라스를 켜면 모든 아틀라스 쪽에 사용). 항목은 ID로 찾습니다: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, &lt;code&gt;north_arrow&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (속성 테이블 프레임), &lt;code&gt;chart&lt;/code&gt; (그림), &lt;code&gt;sources&lt;/code&gt;, 아틀라스 쪽에서는 &lt;code&gt;facts&lt;/code&gt;와 &lt;code&gt;overview_map&lt;/code&gt;; 어느 것이든 빠져도 됩니다. 레이블에는 &lt;code&gt;[% @sbs_title %]&lt;/code&gt;, &lt;code&gt;[% @sbs_parameters %]&lt;/code&gt;, &lt;code&gt;[% @sbs_sources %]&lt;/code&gt;를 쓸 수 있습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;아틀라스&lt;/b&gt; (ATLAS): 연합마다 한 쪽, 인구가 많은 순서로, 지도를 그 연합으로 확대하고(이웃은 회색) 연합의 요약, 구성원 표와 차트를 넣습니다. 이때 PDF는 연합마다 한 쪽이고 PNG는 첫 쪽을 보여 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;인구 하한&lt;/b&gt; (FLOOR): 차트의 점선으로 그립니다. 0(기본값)이면 연합의 &lt;code&gt;population / pop_ratio&lt;/code&gt;에서 구하고, 구할 수 없으면 300,000입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;사용한 파라미터&lt;/b&gt; (PARAMETERS_TEXT): 제목 아래에 인쇄할 자유 텍스트, 예: "하한 300,000; 구성 2–5; 목표 포괄"; 날짜가 덧붙습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;출처&lt;/b&gt; (SOURCES): 모든 쪽 아래에 인쇄할 저작자 표시; 기본값은 함께 제공하는 한국 표본 자료의 출처와 이용 허락입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구의 연합 ID 필드&lt;/b&gt; (ALLIANCE_FIELD, 기본값 &lt;code&gt;alliance_id&lt;/code&gt;): 시군구를 연합에 연결합니다. 시군구에 이 필드가 없으면 시군구 안의 한 점을 포함하는 연합에 속한 것으로 봅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구 이름 필드&lt;/b&gt; / &lt;b&gt;시군구 인구 필드&lt;/b&gt;: 구성원 표와 차트에 씁니다. 기본적으로 이름은 추정하고(name, sigungu, …), 인구는 연합별 구성원 합계가 연합의 &lt;code&gt;population&lt;/code&gt;과 같은 숫자 필드를 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;이미지 해상도&lt;/b&gt; (DPI): PNG의 해상도 (PDF는 벡터이며 래스터는 300 dpi).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PDF 보고서&lt;/b&gt; (OUTPUT_PDF)와 &lt;b&gt;PNG 이미지&lt;/b&gt; (OUTPUT_IMAGE). 파일은 임시 이름으로 쓴 뒤 마지막에 이름을 바꾸므로, 취소해도 덜 쓴 파일이 남지 않습니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;QGIS 데스크톱에서 실행하면 조판을 편집할 수 있도록 프로젝트의 조판 관리자에도 추가합니다(레이어는 그룹 하나에 넣음). 조판의 레이어는 메모리 사본이므로 프로젝트를 보관하려면 저장하십시오. 출력: PAGES (PDF 쪽수)와 LAYOUT_NAME.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole Small but Strong analysis in one run, as a model you can open and change in the graphical modeler: &lt;b&gt;Decline indicators&lt;/b&gt; of every unit, &lt;b&gt;Propose alliances&lt;/b&gt; of the eligible units on those indicators, &lt;b&gt;Service gaps&lt;/b&gt; of the alliance members before and after pooling their services, and the &lt;b&gt;Export map report&lt;/b&gt; of the alliances over the service gaps (PDF and PNG).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt;: one polygon per city, county or district. The field defaults are those of the bundled Korean sample (&lt;i&gt;Load the Korean sample&lt;/i&gt;): code, sigungu, pop_reg_2025, pop_reg_2015, pop65_reg_2025, f20_39_reg_2025, births_est_2020, doctors_obgyn_2020; choose your own fields for other data.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eligible units&lt;/b&gt; (default: outside Seoul, the metropolitan cities, Sejong and Gyeonggi), &lt;b&gt;Hubs&lt;/b&gt; (default: Innovation Cities and units of 150,000+ residents; empty = no hub required), &lt;b&gt;Minimum members&lt;/b&gt; and &lt;b&gt;Maximum members&lt;/b&gt; (2–5), the &lt;b&gt;Population floor&lt;/b&gt; of an alliance (300,000), the island link distance (1,000 m: the bridged islands) and the solver's time limit: see &lt;i&gt;Propose alliances&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;The service: &lt;b&gt;Facilities&lt;/b&gt; (points, optional) with a &lt;b&gt;Facility filter&lt;/b&gt;, and/or a &lt;b&gt;Supply already counted per unit&lt;/b&gt; field (default doctors_obgyn_2020), its &lt;b&gt;Demand&lt;/b&gt; field, the &lt;b&gt;Minimum supply per unit&lt;/b&gt; and the &lt;b&gt;Standard distance&lt;/b&gt;: see &lt;i&gt;Service gaps&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report title&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;Decline indicators, Alliances, Alliance members, Service gaps (per unit and per alliance), the PDF report and its PNG image. The report prints the floor and the member range as the parameters used.&lt;/p&gt;&lt;p&gt;The dialog fills in the defaults. From a script (processing.run, qgis_process) give the field parameters explicitly: QGIS 3.22 does not use a field parameter's default outside the dialog. The expressions name fields of the sample (sido, innovation_city, pop_reg_2025): change or empty them for other data.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;작지만 강한 분석 전체를 한 번에 실행합니다. 그래픽 모델러에서 열어 바꿀 수 있는 모델입니다: 모든 시군구의 &lt;b&gt;쇠퇴 지표&lt;/b&gt;, 그 지표를 바탕으로 참여 대상 시군구의 &lt;b&gt;연합 제안&lt;/b&gt;, 연합 구성원이 서비스를 공유하기 전후의 &lt;b&gt;서비스 공백&lt;/b&gt;, 그리고 서비스 공백 위에 연합을 그린 &lt;b&gt;지도 보고서 내보내기&lt;/b&gt; (PDF와 PNG).&lt;/p&gt;&lt;h3&gt;입력&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt;: 시·군·구마다 폴리곤 하나. 필드 기본값은 함께 제공하는 한국 표본 자료(&lt;i&gt;한국 표본 자료 불러오기&lt;/i&gt;)의 필드입니다: code, sigungu, pop_reg_2025, pop_reg_2015, pop65_reg_2025, f20_39_reg_2025, births_est_2020, doctors_obgyn_2020; 다른 자료에는 해당 필드를 고르십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;참여 대상 시군구&lt;/b&gt; (기본값: 서울, 광역시, 세종, 경기 밖), &lt;b&gt;거점&lt;/b&gt; (기본값: 혁신도시와 인구 150,000명 이상의 시군구; 비우면 거점 불필요), &lt;b&gt;최소 구성 수&lt;/b&gt;와 &lt;b&gt;최대 구성 수&lt;/b&gt; (2–5), 연합의 &lt;b&gt;인구 하한&lt;/b&gt; (300,000), 섬 연결 거리 (1,000 m: 다리로 이어진 섬), 솔버 시간 제한: &lt;i&gt;연합 제안&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;서비스: &lt;b&gt;시설&lt;/b&gt; (점, 선택)과 &lt;b&gt;시설 필터&lt;/b&gt;, 그리고/또는 &lt;b&gt;시군구별로 이미 집계된 공급&lt;/b&gt; 필드 (기본값 doctors_obgyn_2020), 그 &lt;b&gt;수요&lt;/b&gt; 필드, &lt;b&gt;시군구당 최소 공급&lt;/b&gt;과 &lt;b&gt;기준 거리&lt;/b&gt;: &lt;i&gt;서비스 공백&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;보고서 제목&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;출력&lt;/h3&gt;&lt;p&gt;쇠퇴 지표, 연합, 연합 구성원, 서비스 공백 (시군구별과 연합별), PDF 보고서와 그 PNG 이미지. 보고서에는 사용한 파라미터로 인구 하한과 구성 수 범위를 인쇄합니다.&lt;/p&gt;&lt;p&gt;대화상자는 기본값을 채워 줍니다. 스크립트(processing.run, qgis_process)에서는 필드 파라미터를 명시적으로 주십시오: QGIS 3.22는 대화상자 밖에서 필드 파라미터의 기본값을 쓰지 않습니다. 표현식은 표본 자료의 필드(sido, innovation_city, pop_reg_2025)를 씁니다. 다른 자료에서는 바꾸거나 비우십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation type="obsolete">출처: </translation>
    </message>
    <message>
        <source>The image could not be written to {0}: {1}</source>
        <translation type="obsolete">이미지를 {0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>The layer {0} could not be copied.</source>
        <translation type="obsolete">레이어 {0}을(를) 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>alliance (named after its hub)</source>
        <translation type="obsolete">연합 (거점 시군구의 이름을 딴)</translation>
    </message>
    <message>
        <source>extinction-risk index</source>
        <translation type="obsolete">소멸위험지수</translation>
    </message>
    <message>
        <source>extinction-risk index, pooled (women 20–39 ÷ 65+)</source>
        <translation type="obsolete">소멸위험지수, 연합 합산 (20–39세 여성 ÷ 65세 이상)</translation>
    </message>
    <message>
        <source>floor {0}</source>
        <translation type="obsolete">인구 하한 {0}</translation>
    </message>
    <message>
        <source>made {0} with Small but Strong {1}</source>
        <translation type="obsolete">작지만 강한 {1}(으)로 {0} 작성</translation>
    </message>
    <message>
        <source>member unit</source>
        <translation type="obsolete">구성 시군구</translation>
    </message>
    <message>
        <source>member units</source>
        <translation type="obsolete">구성 시군구 수</translation>
    </message>
    <message>
        <source>members in service gap alone → with the alliance's services</source>
        <translation type="obsolete">서비스 격차에 놓인 구성 시군구: 단독 → 연합의 서비스 공유 후</translation>
    </message>
    <message>
        <source>population ÷ floor</source>
        <translation type="obsolete">인구 ÷ 하한</translation>
    </message>
    <message>
        <source>residents</source>
        <translation type="obsolete">주민 수</translation>
    </message>
    <message>
        <source>role</source>
        <translation type="obsolete">역할 (중심 / 구성)</translation>
    </message>
    <message>
        <source>service gap of the unit alone; 연합으로 해소 = covered by the alliance</source>
        <translation type="obsolete">시군구 단독의 서비스 격차; 연합으로 해소 = 연합으로 격차가 해소됨</translation>
    </message>
    <message>
        <source>격차 / in gap</source>
        <translation type="obsolete">격차 / in gap</translation>
    </message>
    <message>
        <source>격차 없음 / no gap</source>
        <translation type="obsolete">격차 없음 / no gap</translation>
    </message>
    <message>
        <source>격차 전→후</source>
        <translation type="obsolete">격차 전→후</translation>
    </message>
    <message>
        <source>구성 / Members ({0}): {1}</source>
        <translation type="obsolete">구성 / Members ({0}): {1}</translation>
    </message>
    <message>
        <source>구성 / member</source>
        <translation type="obsolete">구성 / member</translation>
    </message>
    <message>
        <source>서비스 격차</source>
        <translation type="obsolete">서비스 격차</translation>
    </message>
    <message>
        <source>서비스 격차 / Members in service gap: {0} → {1} with the alliance</source>
        <translation type="obsolete">서비스 격차 / Members in service gap: {0} → {1} with the alliance</translation>
    </message>
    <message>
        <source>서비스 격차 / Service gaps</source>
        <translation type="obsolete">서비스 격차 / Service gaps</translation>
    </message>
    <message>
        <source>소멸위험</source>
        <translation type="obsolete">소멸위험</translation>
    </message>
    <message>
        <source>소멸위험지수 / Extinction-risk index: {0}</source>
        <translation type="obsolete">소멸위험지수 / Extinction-risk index: {0}</translation>
    </message>
    <message>
        <source>시군</source>
        <translation type="obsolete">시군</translation>
    </message>
    <message>
        <source>시군구</source>
        <translation type="obsolete">시군구</translation>
    </message>
    <message>
        <source>시군구 / Units</source>
        <translation type="obsolete">시군구 / Units</translation>
    </message>
    <message>
        <source>역할</source>
        <translation type="obsolete">역할</translation>
    </message>
    <message>
        <source>연합</source>
        <translation type="obsolete">연합</translation>
    </message>
    <message>
        <source>연합 / Alliances</source>
        <translation type="obsolete">연합 / Alliances</translation>
    </message>
    <message>
        <source>연합 구성 / Alliance membership</source>
        <translation type="obsolete">연합 구성 / Alliance membership</translation>
    </message>
    <message>
        <source>연합 밖 / outside any alliance</source>
        <translation type="obsolete">연합 밖 / outside any alliance</translation>
    </message>
    <message>
        <source>연합으로 해소 / covered by the alliance</source>
        <translation type="obsolete">연합으로 해소 / covered by the alliance</translation>
    </message>
    <message>
        <source>인구</source>
        <translation type="obsolete">인구</translation>
    </message>
    <message>
        <source>인구 / Population: {0}</source>
        <translation type="obsolete">인구 / Population: {0}</translation>
    </message>
    <message>
        <source>자료 없음 / no data</source>
        <translation type="obsolete">자료 없음 / no data</translation>
    </message>
    <message>
        <source>주변 / Surroundings</source>
        <translation type="obsolete">주변 / Surroundings</translation>
    </message>
    <message>
        <source>중심 / Hub: {0}</source>
        <translation type="obsolete">중심 / Hub: {0}</translation>
    </message>
    <message>
        <source>중심 / hub</source>
        <translation type="obsolete">중심 / hub</translation>
    </message>
    <message>
        <source>하한 대비</source>
        <translation type="obsolete">하한 대비</translation>
    </message>
</context>
</TS>
