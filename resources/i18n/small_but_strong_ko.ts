<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>SmallButStrong</name>
    <message>
        <location filename="../../core/profiles.py" line="38"/>
        <source>Korea: small but strong alliances (KRIHS)</source>
        <translation>한국: 작지만 강한 연합 (국토연구원)</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="47"/>
        <source>Japan: regional core-city alliances (MIC) and the Masuda criterion</source>
        <translation>일본: 연계중추도시권 (총무성)과 마스다 기준</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="57"/>
        <source>Europe: degree of urbanisation (Eurostat) towns and cities</source>
        <translation>유럽: Eurostat 도시화 등급의 도시와 소도시</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="51"/>
        <location filename="../../ui/dock.py" line="66"/>
        <location filename="../../ui/dock.py" line="209"/>
        <location filename="../../ui/layers.py" line="78"/>
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
        <location filename="../../ui/panels.py" line="68"/>
        <source>Load the Korean sample</source>
        <translation>한국 표본 자료 불러오기</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="65"/>
        <location filename="../../ui/panels.py" line="70"/>
        <source>Load the US counties sample</source>
        <translation>미국 카운티 표본 자료 불러오기</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="70"/>
        <location filename="../../plugin.py" line="96"/>
        <source>&amp;Small but Strong</source>
        <translation>작지만 강한(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/hubs.py" line="27"/>
        <source>Parameter MAX_HUB_TIME: a travel time needs a road network; give NETWORK, or set MAX_HUB_TIME to 0.</source>
        <translation>파라미터 MAX_HUB_TIME: 이동 시간에는 도로망이 필요합니다. NETWORK를 지정하거나 MAX_HUB_TIME을 0으로 하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/hubs.py" line="61"/>
        <source>{0:g} km</source>
        <translation>{0:g} km</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/hubs.py" line="62"/>
        <source>{0:g} minutes by road</source>
        <translation>도로로 {0:g}분</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/hubs.py" line="64"/>
        <source>Hub distance: members within {0} of their hub; {1} (hub, member) pairs allowed.</source>
        <translation>거점 거리: 구성원은 거점에서 {0} 이내; 허용되는 (거점, 구성원) 쌍 {1}개.</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/hubs.py" line="65"/>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <location filename="../../processing/alliances/writing.py" line="57"/>
        <location filename="../../processing/propose_alliances.py" line="76"/>
        <location filename="../../processing/propose_alliances.py" line="140"/>
        <location filename="../../processing/report/siting.py" line="472"/>
        <location filename="../../processing/report/styling.py" line="150"/>
        <location filename="../../processing/report/styling.py" line="188"/>
        <location filename="../help/servicegaps.html" line="15"/>
        <location filename="../models/small_but_strong.model3" line="40"/>
        <location filename="../../ui/alliance_panel.py" line="69"/>
        <location filename="../../ui/dock.py" line="101"/>
        <location filename="../../ui/panels.py" line="202"/>
        <location filename="../../ui/scenario_panel.py" line="96"/>
        <source>Alliances</source>
        <translation>연합</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/writing.py" line="58"/>
        <location filename="../../processing/propose_alliances.py" line="141"/>
        <location filename="../models/small_but_strong.model3" line="65"/>
        <source>Alliance members</source>
        <translation>연합 구성원</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/writing.py" line="97"/>
        <source>Alliance {0} ({1}) breaks a constraint: {2}. Please report this bug.</source>
        <translation>연합 {0}({1})이(가) 제약 조건을 어깁니다: {2}. 이 버그를 알려 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/writing.py" line="100"/>
        <source>Locked alliance {0} ({1}) breaks: {2}.</source>
        <translation>고정 연합 {0}({1})이(가) 어기는 조건: {2}.</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/writing.py" line="105"/>
        <location filename="../../processing/report/texts.py" line="41"/>
        <location filename="../../processing/service_gaps.py" line="435"/>
        <source>alliance {0}</source>
        <translation>연합 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/alliances/writing.py" line="174"/>
        <source>  {0}: {1} unit(s)</source>
        <translation>  {0}: 시군구 {1}곳</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="68"/>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="165"/>
        <location filename="../models/small_but_strong.model3" line="1165"/>
        <source>Units (polygon layer)</source>
        <translation>시군구 (폴리곤 레이어)</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="166"/>
        <source>One polygon per city, county or district, in any CRS.</source>
        <translation>시·군·구마다 폴리곤 하나. 좌표계는 무엇이든 됩니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="167"/>
        <location filename="../models/small_but_strong.model3" line="977"/>
        <source>Unit id field</source>
        <translation>시군구 ID 필드</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="168"/>
        <source>A unique id per unit (code, id, FIPS…); it names the units in messages.</source>
        <translation>시군구마다 고유한 ID(code, id, FIPS…). 메시지에서 시군구를 가리킬 때 씁니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="170"/>
        <location filename="../../processing/report/algorithm.py" line="111"/>
        <location filename="../models/small_but_strong.model3" line="1082"/>
        <source>Unit name field</source>
        <translation>시군구 이름 필드</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="171"/>
        <source>Names for tables, labels and messages (default: the id).</source>
        <translation>표, 레이블, 메시지에 쓸 이름 (기본값: ID).</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="174"/>
        <source>Residents of each unit: a numeric field, never the row id.</source>
        <translation>시군구별 인구: 숫자 필드여야 하며, 행 ID는 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="186"/>
        <source>Parameter {0}: the layer could not be read.</source>
        <translation>파라미터 {0}: 레이어를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="190"/>
        <source>Parameter {0}: a {1} layer is needed, but the layer is a table without geometry.</source>
        <translation>파라미터 {0}: {1} 레이어가 필요한데, 이 레이어는 도형이 없는 표입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="192"/>
        <source>polygon</source>
        <translation>폴리곤</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="193"/>
        <source>line</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="193"/>
        <source>point</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="195"/>
        <source>Parameter {0}: a polygon layer is needed (one feature per city/county), but the layer has {1} geometry.</source>
        <translation>파라미터 {0}: 폴리곤 레이어(시군구마다 피처 하나)가 필요한데, 이 레이어의 도형은 {1}입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="199"/>
        <source>Parameter {0}: a point layer is needed, but the layer has {1} geometry. Use its centroids (native:centroids) or points on surface (native:pointonsurface).</source>
        <translation>파라미터 {0}: 점 레이어가 필요한데, 이 레이어의 도형은 {1}입니다. 중심점(native:centroids)이나 표면 위의 점(native:pointonsurface)을 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="203"/>
        <source>Parameter {0}: a line layer (roads) is needed, but the layer has {1} geometry.</source>
        <translation>파라미터 {0}: 선 레이어(도로)가 필요한데, 이 레이어의 도형은 {1}입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="214"/>
        <source>Parameter {0}: choose a field of the input layer.</source>
        <translation>파라미터 {0}: 입력 레이어의 필드를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="220"/>
        <source>Parameter {0}: the field "{1}" does not exist in the input layer. Available fields: {2}.</source>
        <translation>파라미터 {0}: 입력 레이어에 "{1}" 필드가 없습니다. 사용할 수 있는 필드: {2}.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="224"/>
        <source>Parameter {0}: the field "{1}" is of type {2}, not numeric. Choose a numeric field or convert it with the Field calculator (to_real("{1}")).</source>
        <translation>파라미터 {0}: "{1}" 필드의 유형이 숫자가 아닌 {2}입니다. 숫자 필드를 고르거나 필드 계산기로 변환하십시오(to_real("{1}")).</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="228"/>
        <source>Parameter {0}: "{1}" is the layer's row id, not a count of people. Choose the population field.</source>
        <translation>파라미터 {0}: "{1}"은(는) 레이어의 행 ID이지 인구수가 아닙니다. 인구 필드를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="252"/>
        <source>Parameter {0}: {1} is not a number; give a finite value.</source>
        <translation>파라미터 {0}: {1}은(는) 숫자가 아닙니다. 유한한 값을 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="255"/>
        <source>Parameter {0}: {1:g} is below the minimum {2:g}.</source>
        <translation>파라미터 {0}: {1:g}은(는) 최솟값 {2:g}보다 작습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="271"/>
        <source>Parameter {0}: the expression {1} cannot be parsed: {2}</source>
        <translation>파라미터 {0}: 표현식 {1}을(를) 해석할 수 없습니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="278"/>
        <source>Parameter {0}: the expression {1} uses field(s) {2} that the layer does not have. Available fields: {3}.</source>
        <translation>파라미터 {0}: 표현식 {1}이(가) 레이어에 없는 필드 {2}을(를) 씁니다. 사용할 수 있는 필드: {3}.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="292"/>
        <source>Parameter {0}: "{1}" is not a comma-separated list of numbers.</source>
        <translation>파라미터 {0}: "{1}"은(는) 쉼표로 구분한 숫자 목록이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="295"/>
        <source>Parameter {0}: "{1}" holds a value that is not a finite number.</source>
        <translation>파라미터 {0}: "{1}"에 유한한 숫자가 아닌 값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="298"/>
        <source>Parameter {0}: {1} values given for {2} fields; give one per field.</source>
        <translation>파라미터 {0}: 필드가 {2}개인데 값이 {1}개 주어졌습니다. 필드마다 하나씩 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/base.py" line="305"/>
        <source>Parameter {0}: there is no unit to work on (the layer is empty, or "selected features only" is on and nothing is selected): the output is empty.</source>
        <translation>파라미터 {0}: 처리할 시군구가 없습니다(레이어가 비어 있거나, "선택한 피처만"이 켜져 있는데 선택한 것이 없음). 출력이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="40"/>
        <location filename="../../processing/report/texts.py" line="39"/>
        <source>caution</source>
        <translation>주의단계</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="40"/>
        <location filename="../../processing/report/texts.py" line="39"/>
        <source>normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="40"/>
        <source>very low risk</source>
        <translation>소멸위험 매우 낮음</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="41"/>
        <source>entering extinction risk</source>
        <translation>소멸위험 진입단계</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="42"/>
        <source>high extinction risk</source>
        <translation>소멸고위험</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="65"/>
        <location filename="../../processing/projection/algorithm.py" line="63"/>
        <source>Decline</source>
        <translation>쇠퇴</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="70"/>
        <location filename="../models/small_but_strong.model3" line="1110"/>
        <source>Population (current)</source>
        <translation>인구 (현재)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="71"/>
        <location filename="../models/small_but_strong.model3" line="1096"/>
        <location filename="../../ui/panels.py" line="53"/>
        <source>Population (base year)</source>
        <translation>인구 (기준 연도)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="72"/>
        <source>The same population at an earlier date, for the change and the annual rate.</source>
        <translation>같은 인구의 이전 시점 값. 인구 변화율과 연평균 변화율에 씁니다.</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="73"/>
        <location filename="../models/small_but_strong.model3" line="1176"/>
        <source>Year of the current population (empty: from the field name)</source>
        <translation>현재 인구의 연도 (비우면 필드 이름에서 읽음)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="75"/>
        <location filename="../models/small_but_strong.model3" line="833"/>
        <source>Base year (empty: from the field name)</source>
        <translation>기준 연도 (비우면 필드 이름에서 읽음)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="77"/>
        <location filename="../models/small_but_strong.model3" line="890"/>
        <source>Residents aged 65+</source>
        <translation>65세 이상 인구</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="78"/>
        <source>Share of residents aged 65+ (when there is no count)</source>
        <translation>65세 이상 인구 비율 (인구수가 없을 때)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="80"/>
        <source>A fraction (0.18) or a percentage (18); used only without a 65+ count.</source>
        <translation>비율(0.18) 또는 백분율(18). 65세 이상 인구수가 없을 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="81"/>
        <location filename="../../ui/panels.py" line="54"/>
        <source>Median age</source>
        <translation>중위 연령</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="82"/>
        <location filename="../models/small_but_strong.model3" line="1191"/>
        <source>Women aged 20–39</source>
        <translation>20–39세 여성 인구</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="83"/>
        <location filename="../models/small_but_strong.model3" line="848"/>
        <location filename="../../ui/panels.py" line="55"/>
        <source>Annual births</source>
        <translation>연간 출생아 수</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="84"/>
        <source>Area in km² (default: ellipsoidal polygon area)</source>
        <translation>면적 km² (기본값: 폴리곤의 타원체 면적)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="86"/>
        <location filename="../../processing/propose_alliances.py" line="89"/>
        <location filename="../models/small_but_strong.model3" line="1122"/>
        <source>Policy profile (defaults of the thresholds)</source>
        <translation>정책 프로필 (기준값들의 기본값)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="88"/>
        <source>The thresholds left empty below take this profile's values (see the help).</source>
        <translation>아래에서 비워 둔 기준값은 이 프로필의 값을 씁니다(도움말 참고).</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="89"/>
        <source>Small population: a unit below it is small (empty: the profile's)</source>
        <translation>소규모 인구 기준: 이보다 적으면 소규모 시군구 (비우면 프로필 값)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="91"/>
        <source>Low births: annual births below it (empty: the profile's)</source>
        <translation>저출생 기준: 연간 출생아 수가 이보다 적으면 저출생 (비우면 프로필 값)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="93"/>
        <source>Composite decline score: fields</source>
        <translation>종합 쇠퇴 점수: 필드</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="95"/>
        <source>Composite weights (comma-separated, one per field)</source>
        <translation>종합 가중치 (쉼표로 구분, 필드마다 하나)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="96"/>
        <source>Composite: higher is worse (comma-separated 0/1, one per field)</source>
        <translation>종합: 높을수록 나쁨 (쉼표로 구분한 0/1, 필드마다 하나)</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="64"/>
        <location filename="../../processing/decline_indicators.py" line="101"/>
        <location filename="../../processing/decline_indicators.py" line="226"/>
        <location filename="../models/small_but_strong.model3" line="389"/>
        <location filename="../../ui/panels.py" line="187"/>
        <location filename="../../ui/run_actions.py" line="224"/>
        <source>Decline indicators</source>
        <translation>쇠퇴 지표</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="113"/>
        <source>Parameters YEAR and BASE_YEAR: the years of {0} and {1} cannot be read from the field names; give both years.</source>
        <translation>파라미터 YEAR와 BASE_YEAR: 필드 이름에서 {0}과(와) {1}의 연도를 읽을 수 없습니다. 두 연도를 모두 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="117"/>
        <source>Parameters YEAR ({0}) and BASE_YEAR ({1}): the current year must come after the base year (POPULATION_FIELD is the later population, POPULATION_BASE_FIELD the earlier one).</source>
        <translation>파라미터 YEAR({0})와 BASE_YEAR({1}): 현재 연도는 기준 연도보다 뒤여야 합니다(POPULATION_FIELD가 나중 인구, POPULATION_BASE_FIELD가 이전 인구).</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="168"/>
        <source>their area (density) is measured on the repaired polygon</source>
        <translation>이 시군구의 면적(밀도)은 수정한 폴리곤으로 잽니다</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="171"/>
        <location filename="../../processing/service_gaps.py" line="189"/>
        <source>Parameter {0}: {1} unit(s) have a negative value, taken as NULL: {2}</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 값이 음수여서 NULL로 처리합니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="186"/>
        <source>{0}: values above 1.5 found, read as percent.</source>
        <translation>{0}: 1.5보다 큰 값이 있어 백분율로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="188"/>
        <source>{0} is NULL for {1} unit(s) with a zero or missing denominator: {2}</source>
        <translation>분모가 0이거나 없는 시군구 {1}곳은 {0} 값이 NULL입니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="191"/>
        <source>Thresholds: small below {0:,.0f} residents, low births below {1:,.0f} a year (profile: {2}).</source>
        <translation>기준값: 인구 {0:,.0f}명 미만은 소규모, 연간 출생아 {1:,.0f}명 미만은 저출생 (프로필: {2}).</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="195"/>
        <source>Thresholds: small below {0:,.0f} residents, no low-births flag (profile: {1}).</source>
        <translation>기준값: 인구 {0:,.0f}명 미만은 소규모, 저출생 표시 없음 (프로필: {1}).</translation>
    </message>
    <message>
        <location filename="../../processing/decline_indicators.py" line="227"/>
        <source>Indicators computed for {0} units.</source>
        <translation>시군구 {0}곳의 지표를 계산했습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/distance.py" line="102"/>
        <source>The layer {0} has no valid CRS: its coordinates are taken as metres and distances are measured on the plane. Set the layer's CRS (Layer Properties ▸ Source) for correct distances.</source>
        <translation>레이어 {0}에 올바른 좌표계가 없어 좌표를 미터로 간주하고 거리를 평면에서 잽니다. 정확한 거리를 얻으려면 레이어의 좌표계를 지정하십시오(레이어 속성 ▸ 소스).</translation>
    </message>
    <message>
        <location filename="../../processing/geometry.py" line="138"/>
        <source>{0} unit(s) have a geometry of another type than the layer's (e.g. a GeometryCollection); their polygon parts are written: {1}</source>
        <translation>시군구 {0}곳의 도형이 레이어와 다른 유형입니다(예: GeometryCollection). 폴리곤 부분만 씁니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/models.py" line="161"/>
        <source>The model {0} could not be read.</source>
        <translation>모델 {0}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/network.py" line="60"/>
        <source>Parameter DEFAULT_SPEED: give a speed above 0 km/h.</source>
        <translation>파라미터 DEFAULT_SPEED: 0 km/h보다 큰 속도를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/network.py" line="68"/>
        <source>Parameter NETWORK: the layer has no usable line features to drive on.</source>
        <translation>파라미터 NETWORK: 레이어에 주행할 수 있는 선 피처가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/network.py" line="117"/>
        <source>{0} road(s) have no usable speed in {1}; {2} km/h was used.</source>
        <translation>도로 {0}개는 {1}에 쓸 수 있는 속도가 없어 {2} km/h를 썼습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/network.py" line="120"/>
        <source>{0} road feature(s) are not usable lines (empty, degenerate or of another type) and are left out of the network.</source>
        <translation>도로 피처 {0}개는 쓸 수 있는 선이 아니어서(비어 있거나, 퇴화했거나, 다른 유형) 네트워크에서 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/network.py" line="130"/>
        <source>Building the road graph ({0} road parts, {1} points to attach)…</source>
        <translation>도로 그래프를 만드는 중 (도로 구간 {0}개, 연결할 지점 {1}개)…</translation>
    </message>
    <message>
        <location filename="../../processing/outputs.py" line="189"/>
        <location filename="../../processing/report/export.py" line="40"/>
        <source>Parameter {0}: {1} is a folder; give a file name.</source>
        <translation>파라미터 {0}: {1}은(는) 폴더입니다. 파일 이름을 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/outputs.py" line="233"/>
        <location filename="../../processing/siting/writing.py" line="104"/>
        <source>unit {0}</source>
        <translation>시군구 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/places.py" line="122"/>
        <source>Parameter {0}: a filter needs a FACILITIES layer to apply to.</source>
        <translation>파라미터 {0}: 필터를 적용할 FACILITIES 레이어가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/places.py" line="149"/>
        <source>Parameter {0}: the expression {1} fails on facility {2}: {3}</source>
        <translation>파라미터 {0}: 표현식 {1}이(가) 시설 {2}에서 실패합니다: {3}</translation>
    </message>
    <message>
        <location filename="../../processing/places.py" line="176"/>
        <source>The capacity field has a negative value for {0} facilit(ies) (feature ids {1}): a capacity cannot be negative. Correct the values or filter these facilities out.</source>
        <translation>시설 {0}곳의 용량 필드 값이 음수입니다(피처 ID {1}). 용량은 음수일 수 없습니다. 값을 고치거나 필터로 이 시설들을 빼십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/places.py" line="208"/>
        <source>{0} origin point(s) lie in no unit and are left out.</source>
        <translation>출발 지점 {0}개는 어느 시군구에도 속하지 않아 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/places.py" line="228"/>
        <source>{0} unit(s) contain no populated origin; their representative point is used: {1}</source>
        <translation>시군구 {0}곳에는 인구가 있는 출발 지점이 없어 대표 지점을 씁니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="62"/>
        <source>Project population</source>
        <translation>인구 추계</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="78"/>
        <source>Population series (one field per year)</source>
        <translation>인구 시계열 (연도마다 필드 하나)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="80"/>
        <source>The total population at several dates, e.g. pop_reg_2015 … pop_reg_2025 or PO60 … PO90; the years are read from the field names unless given below. Required by the trend methods.</source>
        <translation>여러 시점의 총인구, 예: pop_reg_2015 … pop_reg_2025 또는 PO60 … PO90. 아래에서 연도를 주지 않으면 필드 이름에서 읽습니다. 추세 방법에는 반드시 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="83"/>
        <source>Years of the population fields (comma-separated, in their order; empty: from the field names)</source>
        <translation>인구 필드의 연도 (쉼표로 구분, 필드 순서대로; 비우면 필드 이름에서 읽음)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="85"/>
        <source>For fields whose names carry no year: e.g. 2015,2020,2025, one per field, oldest first.</source>
        <translation>이름에 연도가 없는 필드용: 예: 2015,2020,2025, 필드마다 하나씩, 오래된 연도부터.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="87"/>
        <source>Residents aged 65+ (one field per year)</source>
        <translation>65세 이상 인구 (연도마다 필드 하나)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="89"/>
        <source>Projected by the same method; years from the field names (pop65_reg_2020), else the years of the population fields.</source>
        <translation>같은 방법으로 추계합니다. 연도는 필드 이름(pop65_reg_2020)에서 읽고, 없으면 인구 필드의 연도를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="91"/>
        <source>Women aged 20–39 (one field per year)</source>
        <translation>20–39세 여성 인구 (연도마다 필드 하나)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="93"/>
        <source>Projected by the same method; gives the extinction-risk index and the halving flag.</source>
        <translation>같은 방법으로 추계하며, 소멸위험지수와 반감 표시를 구합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="95"/>
        <location filename="../help/proposealliances.html" line="2"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="96"/>
        <source>Base period (start,end; empty: every year observed)</source>
        <translation>기준 기간 (시작,끝; 비우면 관측한 모든 연도)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="97"/>
        <source>The trend is fitted between the first and the last observation inside it, e.g. 2015,2025.</source>
        <translation>이 기간 안의 첫 관측과 마지막 관측 사이에서 추세를 적합합니다, 예: 2015,2025.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="99"/>
        <source>Damping of the trend φ (1 = none)</source>
        <translation>추세 감쇠 φ (1 = 감쇠 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="101"/>
        <source>In (0, 1]: each further year adds φ times the trend of the year before (0.8–0.98 are usual); not used by Hamilton–Perry.</source>
        <translation>(0, 1] 범위: 해마다 전년도 추세의 φ배를 더합니다(보통 0.8–0.98). Hamilton–Perry에는 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="103"/>
        <source>Target years (comma-separated)</source>
        <translation>목표 연도 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="105"/>
        <source>Policy profile (default of the threshold)</source>
        <translation>정책 프로필 (기준 인구의 기본값)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="107"/>
        <source>Threshold population: the year a unit falls below it (empty: the profile's small population)</source>
        <translation>기준 인구: 시군구가 이보다 적어지는 연도를 구함 (비우면 프로필의 소규모 인구 기준)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="111"/>
        <source>Hamilton–Perry: five-year age groups, both sexes, base date</source>
        <translation>Hamilton–Perry: 5세 연령군, 남녀 전체, 기준 시점</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="112"/>
        <source>Hamilton–Perry: five-year age groups, women, base date</source>
        <translation>Hamilton–Perry: 5세 연령군, 여성, 기준 시점</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="113"/>
        <source>Hamilton–Perry: five-year age groups, both sexes, latest date</source>
        <translation>Hamilton–Perry: 5세 연령군, 남녀 전체, 최근 시점</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="114"/>
        <source>Hamilton–Perry: five-year age groups, women, latest date</source>
        <translation>Hamilton–Perry: 5세 연령군, 여성, 최근 시점</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="117"/>
        <source>In age order: 0–4, 5–9, …, the open-ended oldest group (e.g. 85+) last; the same groups in all four lists.</source>
        <translation>연령순으로: 0–4, 5–9, …, 상한이 없는 최고 연령군(예: 85+)을 마지막에. 네 목록 모두 같은 연령군이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="119"/>
        <source>Hamilton–Perry: the two dates of the age groups (base,latest; empty: from the field names)</source>
        <translation>Hamilton–Perry: 연령군의 두 시점 (기준,최근; 비우면 필드 이름에서 읽음)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="121"/>
        <source>Back-test: fit period (start,end; empty: the first half of the record)</source>
        <translation>백테스트: 적합 기간 (시작,끝; 비우면 관측 기간의 앞쪽 절반)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="123"/>
        <source>The method is refitted on this period and projected to the last observed year, e.g. 2015,2020 to compare with 2025.</source>
        <translation>이 기간으로 방법을 다시 적합해 마지막 관측 연도까지 추계합니다. 예: 2025년과 비교하려면 2015,2020.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="125"/>
        <location filename="../../processing/projection/writing.py" line="148"/>
        <location filename="../../ui/run_actions.py" line="236"/>
        <source>Population projection</source>
        <translation>인구 추계 결과</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="126"/>
        <source>Back-test: mean absolute percentage error (%)</source>
        <translation>백테스트: 평균 절대 백분율 오차 (%)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="128"/>
        <source>Back-test: MAPE by size class (JSON)</source>
        <translation>백테스트: 규모 등급별 MAPE (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="130"/>
        <source>Units whose women 20–39 halve by the last target year</source>
        <translation>마지막 목표 연도까지 20–39세 여성 인구가 절반 이하로 줄어드는 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/projection/algorithm.py" line="132"/>
        <source>Units below the threshold by the last target year</source>
        <translation>마지막 목표 연도까지 기준 인구 아래로 내려가는 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="74"/>
        <source>Parameter {0}: "{1}" is not a year; give calendar years separated by commas, e.g. {2}.</source>
        <translation>파라미터 {0}: "{1}"은(는) 연도가 아닙니다. 쉼표로 구분한 연도를 주십시오, 예: {2}.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="84"/>
        <source>Parameter {0}: the years must increase, but {1} follows {2} (position {3}); give them oldest first, in the order of the fields.</source>
        <translation>파라미터 {0}: 연도는 커져야 하는데 {2} 다음에 {1}이(가) 옵니다({3}번째). 필드 순서대로, 오래된 연도부터 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="94"/>
        <source>Parameter {0}: "{1}" is not a period; give its first and last year, e.g. 2015,2020.</source>
        <translation>파라미터 {0}: "{1}"은(는) 기간이 아닙니다. 첫 연도와 마지막 연도를 주십시오, 예: 2015,2020.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="98"/>
        <source>Parameter {0}: the period starts in {1} and ends in {2}; the start must come first.</source>
        <translation>파라미터 {0}: 기간이 {1}년에 시작해 {2}년에 끝납니다. 시작이 먼저여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="109"/>
        <source>Parameter {0}: the field "{1}" is chosen twice.</source>
        <translation>파라미터 {0}: "{1}" 필드를 두 번 골랐습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="127"/>
        <source>Parameter {0}: {1} year(s) for the {2} field(s) of {3}; give one year per field, in the same order.</source>
        <translation>파라미터 {0}: {3}의 필드는 {2}개인데 연도는 {1}개입니다. 필드마다 연도 하나씩, 같은 순서로 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="140"/>
        <source>give the years in {0} (e.g. {1}).</source>
        <translation>{0}에 연도를 주십시오(예: {1}).</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="142"/>
        <source>use fields named with their year (pop65_2020), or one field per year of {0}, in the same order.</source>
        <translation>이름에 연도가 든 필드(pop65_2020)를 쓰거나, {0}의 연도마다 필드 하나씩 같은 순서로 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="144"/>
        <source>Parameter {0}: the year of the field "{1}" cannot be read from its name; {2}</source>
        <translation>파라미터 {0}: "{1}" 필드의 연도를 이름에서 읽을 수 없습니다. {2}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="150"/>
        <source>Parameter {0}: the fields "{1}" and "{2}" are both of {3}; choose one field per year.</source>
        <translation>파라미터 {0}: "{1}" 필드와 "{2}" 필드가 모두 {3}년입니다. 연도마다 필드 하나만 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="157"/>
        <source>Parameter {0}: a single field ({1}, year {2}); a trend of {3} needs at least two years. Choose the field of an earlier year too.</source>
        <translation>파라미터 {0}: 필드가 하나뿐입니다({1}, {2}년). {3}의 추세에는 적어도 두 연도가 필요합니다. 이전 연도의 필드도 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="167"/>
        <source>Parameters {0}: the age groups are used by Hamilton–Perry only; the trend method ignores them.</source>
        <translation>파라미터 {0}: 연령군은 Hamilton–Perry에서만 쓰며, 추세 방법은 무시합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="172"/>
        <source>Parameter {0}: Hamilton–Perry needs the five-year age groups (0–4, 5–9, …, the open-ended oldest group last) of both sexes and of women at two dates, in {1}.</source>
        <translation>파라미터 {0}: Hamilton–Perry에는 두 시점의 남녀 전체와 여성의 5세 연령군(0–4, 5–9, …, 상한이 없는 최고 연령군은 마지막)이 {1}에 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="179"/>
        <source>Parameter {0}: {1} age groups, but {2} has {3}; give the same groups in all four lists.</source>
        <translation>파라미터 {0}: 연령군이 {1}개인데 {2}에는 {3}개가 있습니다. 네 목록 모두 같은 연령군을 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="185"/>
        <source>Parameter {0}: {1} year(s) given; give the two dates of the age groups, e.g. 2015,2020.</source>
        <translation>파라미터 {0}: 연도가 {1}개 주어졌습니다. 연령군의 두 시점을 주십시오, 예: 2015,2020.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="198"/>
        <source>Parameter {0}: the date of the age groups cannot be read from the field names ("{1}"; all fields of a date must name the same year); give both dates in {2}, e.g. 2015,2020.</source>
        <translation>파라미터 {0}: 필드 이름에서 연령군의 시점을 읽을 수 없습니다("{1}"; 한 시점의 필드는 모두 이름에 같은 연도가 있어야 함). {2}에 두 시점을 주십시오, 예: 2015,2020.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="213"/>
        <source>Parameter {0}: the period {1}–{2} holds {3} of the years of {4} ({5}); a trend needs two. Widen the period.</source>
        <translation>파라미터 {0}: 기간 {1}–{2} 안에 드는 {4}의 연도({5}) 수: {3}. 추세에는 둘이 필요합니다. 기간을 넓히십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="215"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="221"/>
        <source>Parameter {0}: give at least one target year, e.g. 2030,2040,2050.</source>
        <translation>파라미터 {0}: 목표 연도를 하나 이상 주십시오, 예: 2030,2040,2050.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="225"/>
        <source>Parameter {0}: {1} is not after the last observed year {2}; project to later years only.</source>
        <translation>파라미터 {0}: {1}년은 마지막 관측 연도 {2}년보다 뒤가 아닙니다. 그 뒤의 연도로만 추계하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="236"/>
        <source>the population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="238"/>
        <source>Parameter {0}: the trend methods need the population of at least two years; choose two or more fields (e.g. pop_reg_2015 … pop_reg_2025).</source>
        <translation>파라미터 {0}: 추세 방법에는 적어도 두 연도의 인구가 필요합니다. 필드를 둘 이상 고르십시오(예: pop_reg_2015 … pop_reg_2025).</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="243"/>
        <source>residents 65+</source>
        <translation>65세 이상 인구</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="244"/>
        <location filename="../../processing/projection/reasons.py" line="18"/>
        <source>women 20–39</source>
        <translation>20–39세 여성</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="247"/>
        <source>Parameter {0}: Hamilton–Perry derives 65+ and women 20–39 from the age groups; these fields are not used.</source>
        <translation>파라미터 {0}: Hamilton–Perry는 65세 이상 인구와 20–39세 여성 인구를 연령군에서 구하므로 이 필드는 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="253"/>
        <source>Parameter {0}: Hamilton–Perry projects the sum of the age groups; the population series is not used.</source>
        <translation>파라미터 {0}: Hamilton–Perry는 연령군의 합계를 추계하므로 인구 시계열은 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="259"/>
        <source>Parameter {0}: the period {1}–{2} must hold both dates of the age groups ({3} and {4}).</source>
        <translation>파라미터 {0}: 기간 {1}–{2}에 연령군의 두 시점({3}, {4})이 모두 들어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="266"/>
        <source>Parameter {0}: {1:g} is outside (0, 1]; 1 means no damping, 0.8–0.98 are usual damped values.</source>
        <translation>파라미터 {0}: {1:g}은(는) (0, 1] 범위 밖입니다. 1은 감쇠 없음이며, 흔히 쓰는 감쇠 값은 0.8–0.98입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="278"/>
        <source>Parameter {0}: the fit period ends in {1}, not before the last observed year {2} that the back-test compares with; end it earlier.</source>
        <translation>파라미터 {0}: 적합 기간이 {1}년에 끝나, 백테스트가 비교할 마지막 관측 연도 {2}년보다 앞서지 않습니다. 더 일찍 끝내십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/parameters.py" line="284"/>
        <source>Parameter {0}: the period {1}–{2} holds {3} observation year(s); fitting needs two. Widen it.</source>
        <translation>파라미터 {0}: 기간 {1}–{2}에 관측 연도가 {3}개 있습니다. 적합에는 둘이 필요합니다. 기간을 넓히십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reading.py" line="38"/>
        <source>the projection does not use the geometry</source>
        <translation>추계에는 도형을 쓰지 않습니다</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reading.py" line="73"/>
        <source>Parameter {0}: the field {1} is NULL or not a number for {2} unit(s), taken as missing: {3}</source>
        <translation>파라미터 {0}: 시군구 {2}곳의 {1} 필드 값이 NULL이거나 숫자가 아니어서 결측으로 처리합니다: {3}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reading.py" line="77"/>
        <source>Parameter {0}: the field {1} is negative for {2} unit(s), taken as missing: {3}</source>
        <translation>파라미터 {0}: 시군구 {2}곳의 {1} 필드 값이 음수여서 결측으로 처리합니다: {3}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reading.py" line="82"/>
        <source>Parameter {0}: the field {1} is 0 for {2} unit(s); a count of 0 is taken as missing: {3}</source>
        <translation>파라미터 {0}: 시군구 {2}곳의 {1} 필드 값이 0입니다. 0인 인구수는 결측으로 처리합니다: {3}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reading.py" line="98"/>
        <source>The projection failed: {0}</source>
        <translation>추계에 실패했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reading.py" line="99"/>
        <source>Parameter {0}: {1}</source>
        <translation>파라미터 {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="13"/>
        <source>Geometric trend (constant annual rate)</source>
        <translation>기하 추세 (일정한 연평균 증감률)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="13"/>
        <source>Linear trend (constant annual change)</source>
        <translation>선형 추세 (일정한 연간 증감량)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="14"/>
        <source>Cohort change (Hamilton–Perry)</source>
        <translation>코호트 변화율법 (Hamilton–Perry)</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="18"/>
        <source>65+</source>
        <translation>65세 이상</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="18"/>
        <source>population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="22"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="22"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="30"/>
        <source>{0}: no positive value in the base period {1}–{2}</source>
        <translation>{0}: 기준 기간 {1}–{2}에 양수 값이 없음</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="32"/>
        <source>{0}: a single observation ({1}) in the base period {2}–{3}; a trend needs two</source>
        <translation>{0}: 기준 기간 {2}–{3}의 관측이 하나({1})뿐임. 추세에는 둘이 필요함</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="36"/>
        <source>{0}: zero (treated as missing) in {1}, the start of the base period {2}–{3}; fill it or choose a base period that avoids it</source>
        <translation>{0}: 기준 기간 {2}–{3}의 시작인 {1}년 값이 0(결측으로 처리)임. 값을 채우거나 이 연도를 피하는 기준 기간을 고르십시오</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="40"/>
        <source>{0}: zero (treated as missing) in {1}, the end of the base period {2}–{3}; fill it or choose a base period that avoids it</source>
        <translation>{0}: 기준 기간 {2}–{3}의 끝인 {1}년 값이 0(결측으로 처리)임. 값을 채우거나 이 연도를 피하는 기준 기간을 고르십시오</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="44"/>
        <source>{0}: missing in {1}, the start of the base period {2}–{3}; fill it or choose a base period that avoids it</source>
        <translation>{0}: 기준 기간 {2}–{3}의 시작인 {1}년 값이 없음. 값을 채우거나 이 연도를 피하는 기준 기간을 고르십시오</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="48"/>
        <source>{0}: missing in {1}, the end of the base period {2}–{3}; fill it or choose a base period that avoids it</source>
        <translation>{0}: 기준 기간 {2}–{3}의 끝인 {1}년 값이 없음. 값을 채우거나 이 연도를 피하는 기준 기간을 고르십시오</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="51"/>
        <source>Hamilton–Perry: an age-group count is missing in {0} or {1}</source>
        <translation>Hamilton–Perry: {0}년 또는 {1}년의 연령군 인구가 없음</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="53"/>
        <source>Hamilton–Perry: more women than people aged {0} in {1}</source>
        <translation>Hamilton–Perry: {1}년 연령 {0}의 여성이 같은 연령의 전체 인구보다 많음</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="55"/>
        <source>Hamilton–Perry: zero women {0} in {1}, so the child–woman ratio for {2} {3} is undefined</source>
        <translation>Hamilton–Perry: {1}년 {0}세 여성이 0이어서 {2} {3}의 아동-여성비를 정의할 수 없음</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="59"/>
        <source>Hamilton–Perry: zero {0} {1} in {2}, so the cohort-change ratio for {3} {4} is undefined</source>
        <translation>Hamilton–Perry: {2}년 {0} {1} 인구가 0이어서 {3} {4}의 코호트 변화율을 정의할 수 없음</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="62"/>
        <source>no positive observed population in {0} to compare with</source>
        <translation>비교할 {0}년 관측 인구가 양수가 아님</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="65"/>
        <source>the population has {0} observation year(s); a back-test needs three: two to fit and a later one to compare with</source>
        <translation>인구의 관측 연도가 {0}개뿐임. 백테스트에는 세 개(적합에 둘, 비교할 이후 연도 하나)가 필요함</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="69"/>
        <source>the age groups are given for {0} dates; a back-test of Hamilton–Perry needs three: two to fit and a later one to compare with</source>
        <translation>연령군이 {0}개 시점에만 있음. Hamilton–Perry의 백테스트에는 세 시점(적합에 둘, 비교할 이후 시점 하나)이 필요함</translation>
    </message>
    <message>
        <location filename="../../processing/projection/reasons.py" line="72"/>
        <source>the fit dates {0} and {1} are not a multiple of 5 years apart</source>
        <translation>적합 시점 {0}년과 {1}년의 간격이 5년의 배수가 아님</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="44"/>
        <source>Method: {0}, age groups of {1} and {2}; targets {3}.</source>
        <translation>방법: {0}, {1}년과 {2}년의 연령군; 목표 연도 {3}.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="48"/>
        <source>Method: {0}, base period {1}–{2} (population years {3}); targets {4}.</source>
        <translation>방법: {0}, 기준 기간 {1}–{2} (인구 연도 {3}); 목표 연도 {4}.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="60"/>
        <source>{0} unit(s): {1}. Units: {2}</source>
        <translation>시군구 {0}곳: {1}. 시군구: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="63"/>
        <source>Back-test: {0} refitted on {1}–{2}, projected to {3} and compared with the observed {3}: MAPE {4:.2f} % over {5} units (median APE {6:.2f} %).</source>
        <translation>백테스트: {0}을(를) {1}–{2}로 다시 적합해 {3}년까지 추계하고 {3}년 관측값과 비교: 시군구 {5}곳의 MAPE {4:.2f} % (APE 중앙값 {6:.2f} %).</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="69"/>
        <source>  size {0} (population in {1}): {2} unit(s), MAPE {3:.2f} %</source>
        <translation>  규모 {0} ({1}년 인구): 시군구 {2}곳, MAPE {3:.2f} %</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="72"/>
        <source>  size {0} (population in {1}): no unit</source>
        <translation>  규모 {0} ({1}년 인구): 시군구 없음</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="76"/>
        <source>  largest errors: {0}</source>
        <translation>  오차가 가장 큰 곳: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="83"/>
        <source>  not scored, {0} unit(s): {1}. Units: {2}</source>
        <translation>  평가하지 못한 시군구 {0}곳: {1}. 시군구: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="90"/>
        <source>Back-test: this method cannot be back-tested on these data: {0}.</source>
        <translation>백테스트: 이 자료로는 이 방법을 백테스트할 수 없습니다: {0}.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="94"/>
        <source>Women 20–39 halved from {0} (change ≤ −50 %, the Masuda criterion): {1}.</source>
        <translation>{0}년 대비 20–39세 여성 인구 반감(변화율 ≤ −50 %, 마스다 기준): {1}.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="95"/>
        <source>{0} unit(s) by {1}</source>
        <translation>{1}년까지 시군구 {0}곳</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="99"/>
        <source>Extinction-risk classes in {0}: {1}.</source>
        <translation>{0}년 소멸위험 등급: {1}.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="104"/>
        <source>Below {0:,.0f} residents (profile: {1}) by {2}: {3} unit(s), of which {4} already in {5}.</source>
        <translation>{2}년까지 인구 {0:,.0f}명 미만(프로필: {1}): 시군구 {3}곳, 그중 {4}곳은 {5}년에 이미 미만.</translation>
    </message>
    <message>
        <location filename="../../processing/projection/writing.py" line="149"/>
        <source>Projections written for {0} units.</source>
        <translation>시군구 {0}곳의 추계를 썼습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="75"/>
        <source>Propose alliances</source>
        <translation>연합 제안</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="83"/>
        <location filename="../../processing/report/algorithm.py" line="170"/>
        <location filename="../../processing/report/tables.py" line="102"/>
        <location filename="../../processing/report/tables.py" line="144"/>
        <location filename="../../processing/service_gaps.py" line="86"/>
        <location filename="../../ui/panels.py" line="52"/>
        <location filename="../../ui/table_model.py" line="26"/>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="84"/>
        <location filename="../models/small_but_strong.model3" line="901"/>
        <source>Eligible units (expression; empty = all)</source>
        <translation>참여 대상 시군구 (표현식, 비우면 전부)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="85"/>
        <source>Units that may join an alliance, e.g. "region" &lt;&gt; 'Capital'. Others stay out of the problem and of the neighbourhood graph.</source>
        <translation>연합에 참여할 수 있는 시군구, 예: "region" &lt;&gt; 'Capital'. 나머지는 문제와 이웃 그래프에서 빠집니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="87"/>
        <location filename="../models/small_but_strong.model3" line="963"/>
        <source>Hubs (expression; when set, every alliance has a hub)</source>
        <translation>거점 (표현식, 지정하면 연합마다 거점이 하나 이상)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="88"/>
        <source>Units that can anchor an alliance, e.g. "population" &gt;= 150000.</source>
        <translation>연합의 거점이 될 수 있는 시군구, 예: "population" &gt;= 150000.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="91"/>
        <source>Member counts and the floor left empty take this profile's values.</source>
        <translation>비워 둔 구성 수와 인구 하한은 이 프로필의 값을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="92"/>
        <location filename="../models/small_but_strong.model3" line="1054"/>
        <source>Minimum members (empty: the profile's)</source>
        <translation>최소 구성 수 (비우면 프로필 값)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="94"/>
        <location filename="../models/small_but_strong.model3" line="1028"/>
        <source>Maximum members (empty: the profile's)</source>
        <translation>최대 구성 수 (비우면 프로필 값)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="96"/>
        <source>Minimum population of an alliance (empty: the profile's)</source>
        <translation>연합의 최소 인구 (비우면 프로필 값)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="98"/>
        <source>Maximum population of an alliance (0 = no ceiling)</source>
        <translation>연합의 최대 인구 (0 = 상한 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="100"/>
        <source>Durable: projected population fields (each alliance reaches the floor in every one)</source>
        <translation>지속 가능성: 추계 인구 필드 (각 연합이 모든 필드에서 인구 하한에 이르러야 함)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="103"/>
        <source>E.g. pop_2040 from Project population: an alliance must reach FUTURE_MIN_POPULATION in each of these fields as well as today.</source>
        <translation>예: 인구 추계의 pop_2040. 연합은 현재뿐 아니라 이 필드들 각각에서도 FUTURE_MIN_POPULATION에 이르러야 합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="105"/>
        <source>Floor of the projected populations (empty: the same floor)</source>
        <translation>추계 인구의 하한 (비우면 같은 하한)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="107"/>
        <location filename="../models/small_but_strong.model3" line="1015"/>
        <source>Maximum distance of a member to its hub (km, 0 = no limit)</source>
        <translation>구성원에서 거점까지의 최대 거리 (km, 0 = 제한 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="109"/>
        <source>Straight-line distance on the ellipsoid between the points on surface of a member and of its alliance's hub: the hub's services are shared only if members can reach them.</source>
        <translation>구성원의 표면 위 점과 그 연합 거점의 표면 위 점 사이의 타원체 직선거리: 구성원이 거점에 닿을 수 있어야만 거점의 서비스를 공유합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="112"/>
        <source>Group field (members share its value, e.g. province)</source>
        <translation>그룹 필드 (구성원이 같은 값을 가짐, 예: 시도)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="113"/>
        <source>Locked alliances field (units sharing a value stay together)</source>
        <translation>고정 연합 필드 (같은 값을 가진 시군구는 함께 묶임)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="115"/>
        <location filename="../../processing/siting/algorithm.py" line="95"/>
        <location filename="../../ui/panels.py" line="224"/>
        <source>Objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="116"/>
        <location filename="../../ui/panels.py" line="221"/>
        <source>count: most alliances</source>
        <translation>개수: 연합 수 최대</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="116"/>
        <location filename="../../ui/panels.py" line="221"/>
        <source>coverage: most units in alliances</source>
        <translation>포괄: 연합에 드는 시군구 최대</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="117"/>
        <location filename="../../ui/panels.py" line="222"/>
        <source>compactness: full coverage, then most compact</source>
        <translation>밀집: 모두 포괄한 뒤 가장 조밀하게</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="118"/>
        <source>Adjacency tolerance (metres)</source>
        <translation>인접 허용 거리 (미터)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="119"/>
        <source>Two units at most this far apart are neighbours: real boundaries overlap and leave hairline gaps. Keep it well below a unit's width.</source>
        <translation>이 거리 이내의 두 시군구는 이웃입니다. 실제 경계는 겹치거나 머리카락만 한 틈을 남깁니다. 시군구 폭보다 충분히 작게 두십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="121"/>
        <location filename="../models/small_but_strong.model3" line="989"/>
        <source>Link units without neighbours to the nearest unit within (metres, 0 = off)</source>
        <translation>이웃이 없는 시군구를 이 거리 안의 가장 가까운 시군구와 연결 (미터, 0 = 끔)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="123"/>
        <source>Extra links (table with two unit id fields)</source>
        <translation>추가 연결 (시군구 ID 필드 두 개가 있는 표)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="125"/>
        <source>Links: first unit id field</source>
        <translation>연결: 첫 번째 시군구 ID 필드</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="127"/>
        <source>Links: second unit id field</source>
        <translation>연결: 두 번째 시군구 ID 필드</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="129"/>
        <source>Road network for the hub travel time (line layer)</source>
        <translation>거점 이동 시간용 도로망 (선 레이어)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="131"/>
        <location filename="../../processing/service_gaps.py" line="102"/>
        <location filename="../../processing/siting/algorithm.py" line="120"/>
        <source>Road speed field (km/h)</source>
        <translation>도로 속도 필드 (km/h)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="133"/>
        <location filename="../../processing/service_gaps.py" line="104"/>
        <location filename="../../processing/siting/algorithm.py" line="122"/>
        <source>Default speed, km/h</source>
        <translation>기본 속도, km/h</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="134"/>
        <source>Maximum travel time of a member to its hub (minutes, 0 = no limit; needs NETWORK)</source>
        <translation>구성원에서 거점까지의 최대 이동 시간 (분, 0 = 제한 없음; NETWORK 필요)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="136"/>
        <location filename="../models/small_but_strong.model3" line="1139"/>
        <source>Solver time limit (seconds, 0 = none)</source>
        <translation>솔버 시간 제한 (초, 0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="138"/>
        <source>Solve in a separate process</source>
        <translation>별도 프로세스에서 풀기</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="139"/>
        <source>Solve in a separate process (keeps the QGIS window responsive; used by the dock)</source>
        <translation>별도 프로세스에서 풀기 (QGIS 창이 멈추지 않게 함; 도크가 사용)</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="142"/>
        <source>Number of alliances</source>
        <translation>연합 수</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="143"/>
        <source>Units in an alliance</source>
        <translation>연합에 속한 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="144"/>
        <location filename="../../processing/siting/algorithm.py" line="144"/>
        <source>Proven optimal</source>
        <translation>최적성 증명됨</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="145"/>
        <location filename="../../processing/siting/algorithm.py" line="142"/>
        <source>Relative gap to the best bound</source>
        <translation>최선 한계 대비 상대 갭</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="146"/>
        <source>Population field used</source>
        <translation>사용한 인구 필드</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="171"/>
        <source>Parameters MIN_MEMBERS ({0}) and MAX_MEMBERS ({1}): the maximum is below the minimum.</source>
        <translation>파라미터 MIN_MEMBERS({0})와 MAX_MEMBERS({1}): 최댓값이 최솟값보다 작습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="175"/>
        <source>Parameters MIN_POPULATION ({0:,.0f}) and MAX_POPULATION ({1:,.0f}): the ceiling is below the floor; set MAX_POPULATION to 0 for no ceiling.</source>
        <translation>파라미터 MIN_POPULATION({0:,.0f})과 MAX_POPULATION({1:,.0f}): 상한이 하한보다 작습니다. 상한을 두지 않으려면 MAX_POPULATION을 0으로 하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="188"/>
        <source>Parameter {0}: {1} row(s) of the links table have a NULL id (features {2}).</source>
        <translation>파라미터 {0}: 연결 표의 {1}개 행에 ID가 NULL입니다 (피처 {2}).</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="220"/>
        <source>Parameter {0}: {1} feature(s) have no id (NULL), e.g. feature {2}; every unit needs a unique id.</source>
        <translation>파라미터 {0}: 피처 {1}개에 ID가 없습니다(NULL), 예: 피처 {2}. 모든 시군구에 고유한 ID가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="224"/>
        <source>Parameter {0}: ids must be unique, but {1} unit id(s) repeat: {2}.</source>
        <translation>파라미터 {0}: ID는 고유해야 하는데 시군구 ID {1}개가 중복됩니다: {2}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="228"/>
        <source>Parameter {0}: {1} id(s) contain a comma, which separates the members of an alliance in the output: {2}. Use ids without commas.</source>
        <translation>파라미터 {0}: ID {1}개에 쉼표가 들어 있습니다. 쉼표는 출력에서 연합 구성원을 구분합니다: {2}. 쉼표가 없는 ID를 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="235"/>
        <source>Parameter {0}: {1} eligible unit(s) have a negative population: {2}. Correct the values, or leave these units out with ELIGIBLE.</source>
        <translation>파라미터 {0}: 참여 대상 시군구 {1}곳의 인구가 음수입니다: {2}. 값을 고치거나 ELIGIBLE로 이 시군구를 빼십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="241"/>
        <source>Parameter {0}: {1} eligible unit(s) have a population above {2:,.0f}, which no unit has: {3}. Correct the values.</source>
        <translation>파라미터 {0}: 참여 대상 시군구 {1}곳의 인구가 어떤 시군구도 가질 수 없는 {2:,.0f}명을 넘습니다: {3}. 값을 고치십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="244"/>
        <source>their repaired polygons are used for the neighbours and the alliance outlines; OUTPUT_MEMBERS keeps them as they are</source>
        <translation>이웃과 연합 경계에는 수정한 폴리곤을 쓰며, OUTPUT_MEMBERS에는 원래 도형을 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="249"/>
        <source>{0} eligible unit(s) have a NULL population and are left out: {1}</source>
        <translation>참여 대상 시군구 {0}곳은 인구가 NULL이어서 제외합니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="258"/>
        <source>Parameter {0}: {1} eligible unit(s) have a negative value in "{2}": {3}.</source>
        <translation>파라미터 {0}: 참여 대상 시군구 {1}곳의 "{2}" 값이 음수입니다: {3}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="263"/>
        <source>{0} eligible unit(s) have no projected population in "{1}" (NULL) and are left out: {2}</source>
        <translation>참여 대상 시군구 {0}곳은 "{1}"에 추계 인구가 없어(NULL) 제외합니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="266"/>
        <source>{0} unit(s) have no geometry and so no neighbours: {1}</source>
        <translation>시군구 {0}곳은 도형이 없어 이웃도 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="269"/>
        <source>Parameter {0}: the expression {1} selects no unit with a population, so there is nothing to form alliances from. Check the expression (a NULL or an error gives false for every unit).</source>
        <translation>파라미터 {0}: 표현식 {1}이(가) 인구가 있는 시군구를 하나도 고르지 않아 연합을 만들 대상이 없습니다. 표현식을 확인하십시오(NULL이나 오류는 모든 시군구에서 거짓이 됩니다).</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="275"/>
        <source>Parameter {0}: the expression {1} selects no eligible unit ({2} unit(s) in the whole layer), so no alliance can have a hub. Change HUBS or ELIGIBLE, or leave HUBS empty.</source>
        <translation>파라미터 {0}: 표현식 {1}이(가) 참여 대상 시군구를 하나도 고르지 않아(레이어 전체 시군구 {2}곳) 어떤 연합도 거점을 가질 수 없습니다. HUBS나 ELIGIBLE을 바꾸거나 HUBS를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="293"/>
        <source>Distances measured in {0}.</source>
        <translation>거리는 {0}에서 측정합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="297"/>
        <source>Links name {0} id(s) that are not in the input layer; ignored: {1}</source>
        <translation>연결 표에 입력 레이어에 없는 ID {0}개가 있어 무시합니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="302"/>
        <source>Links to {0} unit(s) that are not eligible are ignored: {1}</source>
        <translation>참여 대상이 아닌 시군구 {0}곳으로의 연결은 무시합니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="316"/>
        <source>ADJACENCY_TOLERANCE {0:,.0f} m is half the median unit width ({1:,.0f} m) or more: units that do not share a boundary become neighbours ({2} neighbour pairs). Lower it to a few metres for a layer of small units.</source>
        <translation>ADJACENCY_TOLERANCE {0:,.0f} m가 시군구 폭 중앙값({1:,.0f} m)의 절반 이상입니다. 경계를 공유하지 않는 시군구도 이웃이 됩니다(이웃 쌍 {2}개). 작은 단위로 된 레이어에서는 몇 미터로 낮추십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="386"/>
        <source>{0} units read, {1} eligible{2}.</source>
        <translation>시군구 {0}곳 읽음, 참여 대상 {1}곳{2}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="387"/>
        <source>, {0} of them hubs</source>
        <translation>, 그중 거점 {0}곳</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="393"/>
        <source>Island link: {0} to its nearest eligible unit {1}, {2:,.0f} m.</source>
        <translation>섬 연결: {0}을(를) 가장 가까운 참여 대상 시군구 {1}와(과) 연결, {2:,.0f} m.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="394"/>
        <source>Neighbourhood graph: {0} units, {1} neighbour pairs within {2:g} m, {3} table link(s), {4} island link(s); {5} unit(s) without any link.</source>
        <translation>이웃 그래프: 시군구 {0}곳, {2:g} m 이내 이웃 쌍 {1}개, 표 연결 {3}개, 섬 연결 {4}개; 연결이 하나도 없는 시군구 {5}곳.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="410"/>
        <source>{0} alliances cover {1} of {2} eligible units.</source>
        <translation>연합 {0}개가 참여 대상 시군구 {2}곳 중 {1}곳을 포괄합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="428"/>
        <source>Canceled: nothing was written.</source>
        <translation>취소됨: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="431"/>
        <source>The alliance problem cannot be solved: {0}</source>
        <translation>연합 문제를 풀 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="435"/>
        <source>Solver: {0}; {1} candidate alliances; {2:.2f} s; optimal: {3}; gap: {4}.</source>
        <translation>솔버: {0}; 후보 연합 {1}개; {2:.2f}초; 최적: {3}; 갭: {4}.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="436"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="436"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="437"/>
        <location filename="../../ui/dock.py" line="249"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="439"/>
        <source>Solver: {0}</source>
        <translation>솔버: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="441"/>
        <source>Coverage is optimal (GAP 0), but the tie-breaks (more alliances, then shorter distances to the hubs) were not proven (time limit, or a part too large for a proof): the alliances are the best found.</source>
        <translation>포괄된 시군구 수는 최적입니다(GAP 0). 다만 동점 처리 기준(더 많은 연합, 그다음 거점까지의 더 짧은 거리)은 증명되지 않았습니다(시간 제한 또는 증명하기에 너무 큰 부분). 연합은 찾아낸 최선의 해입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="445"/>
        <source>The optimum was not proven (time limit or no MILP solver): the alliances are the best found; GAP says how far from the bound they may be.</source>
        <translation>최적성이 증명되지 않았습니다(시간 제한 또는 MILP 솔버 없음). 연합은 찾아낸 최선의 해이며, GAP은 한계와 얼마나 떨어져 있을 수 있는지를 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../processing/propose_alliances.py" line="452"/>
        <location filename="../../ui/solver_process.py" line="22"/>
        <source>The solver runs inside QGIS (the window may pause during a solve): {0}</source>
        <translation>솔버가 QGIS 안에서 실행됩니다 (풀이 중 창이 잠시 멈출 수 있음): {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="78"/>
        <source>Export map report</source>
        <translation>지도 보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="79"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="88"/>
        <source>Alliances (polygons)</source>
        <translation>연합 (폴리곤)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="89"/>
        <source>The alliances output of Propose alliances.</source>
        <translation>연합 제안의 연합 결과.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="90"/>
        <source>Units (alliance members or service gaps)</source>
        <translation>시군구 (연합 구성원 또는 서비스 공백 결과)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="91"/>
        <source>The members or service-gap output of the same run as the alliances.</source>
        <translation>연합과 같은 실행에서 나온 구성원 결과 또는 서비스 공백 결과.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="92"/>
        <source>Chosen sites (optional: the sites output of Site shared facilities)</source>
        <translation>선정된 입지 (선택: 공동 시설 입지 선정의 입지 결과)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="94"/>
        <source>Drawn on the maps and listed on a siting page (on atlas pages, in each alliance's facts). Give as UNITS the units output of the same run for the residents beyond the standard before and after.</source>
        <translation>지도에 그리고 입지 선정 쪽에 나열합니다(아틀라스 쪽에서는 연합별 요약 정보에). 입지 전후의 기준 밖 주민 수를 보려면 UNITS로 같은 실행의 시군구 결과를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="97"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="98"/>
        <source>Page size of the shipped template</source>
        <translation>기본 제공 템플릿의 용지 크기</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="99"/>
        <source>A3 landscape</source>
        <translation>A3 가로</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="99"/>
        <source>A4 landscape</source>
        <translation>A4 가로</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="100"/>
        <source>Your own layout template (.qpt)</source>
        <translation>사용자 조판 템플릿 (.qpt)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="102"/>
        <source>Atlas: one page per alliance</source>
        <translation>아틀라스: 연합마다 한 쪽</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="103"/>
        <source>Population floor (0 = from the alliances' pop_ratio)</source>
        <translation>인구 하한 (0 = 연합의 pop_ratio에서 산출)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="106"/>
        <source>Parameters used (printed under the title)</source>
        <translation>사용한 파라미터 (제목 아래에 인쇄)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="107"/>
        <source>Sources (empty: the inputs' attribution)</source>
        <translation>출처 (비우면 입력 레이어의 저작자 표시)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="109"/>
        <source>Alliance id field in the units</source>
        <translation>시군구의 연합 ID 필드</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="112"/>
        <source>Unit population field</source>
        <translation>시군구 인구 필드</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="114"/>
        <source>Scale bar units</source>
        <translation>축척 막대 단위</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="114"/>
        <source>kilometres</source>
        <translation>킬로미터</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="114"/>
        <source>miles</source>
        <translation>마일</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="115"/>
        <source>Image resolution (dpi)</source>
        <translation>이미지 해상도 (dpi)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="118"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="118"/>
        <location filename="../models/small_but_strong.model3" line="535"/>
        <source>PDF report</source>
        <translation>PDF 보고서</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="120"/>
        <source>PNG files (*.png)</source>
        <translation>PNG 파일 (*.png)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="120"/>
        <location filename="../models/small_but_strong.model3" line="560"/>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="122"/>
        <source>Pages in the PDF</source>
        <translation>PDF 쪽수</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="123"/>
        <source>Layout added to the project</source>
        <translation>프로젝트에 추가된 조판</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="140"/>
        <source>Parameter UNITS: none of its {0} units can be drawn in the map CRS {1} (coordinates beyond the CRS's area: is the layer's CRS the one its coordinates are in?).</source>
        <translation>파라미터 UNITS: 시군구 {0}곳 중 어느 것도 지도 좌표계 {1}로 그릴 수 없습니다(좌표가 그 좌표계의 범위를 벗어남: 레이어의 좌표계가 실제 좌표의 좌표계가 맞습니까?).</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="145"/>
        <source>Parameter UNITS: the layer has no unit to map.</source>
        <translation>파라미터 UNITS: 레이어에 지도에 그릴 시군구가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="147"/>
        <source>No alliance to report (none reaches the floor with these settings): the report shows the units alone.</source>
        <translation>보고할 연합이 없습니다(이 설정으로는 인구 하한에 이르는 연합이 없음). 보고서에는 시군구만 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="151"/>
        <source>{0} alliances over {1} units.</source>
        <translation>시군구 {1}곳에 걸친 연합 {0}개.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="163"/>
        <source>{0} sites in {1} alliances.</source>
        <translation>연합 {1}개에 입지 {0}곳.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="174"/>
        <location filename="../../ui/output_actions.py" line="210"/>
        <source>Small but strong alliances</source>
        <translation>작지만 강한 연합</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="179"/>
        <source>Give OUTPUT_PDF or OUTPUT_IMAGE: there is nothing to write.</source>
        <translation>OUTPUT_PDF 또는 OUTPUT_IMAGE를 지정하십시오. 쓸 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="203"/>
        <source>Parameter TEMPLATE: the file {0} does not exist.</source>
        <translation>파라미터 TEMPLATE: 파일 {0}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="208"/>
        <source>The shipped template {0} is missing: reinstall the plugin.</source>
        <translation>기본 제공 템플릿 {0}이(가) 없습니다. 플러그인을 다시 설치하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="250"/>
        <location filename="../../ui/layers.py" line="144"/>
        <source>Report: {0}</source>
        <translation>보고서: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="301"/>
        <location filename="../../processing/report/texts.py" line="30"/>
        <source>floor {0}</source>
        <translation>인구 하한 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="302"/>
        <source>{0} · Small but Strong {1}</source>
        <translation>{0} · 작지만 강한 {1}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="303"/>
        <source>Sources: {0}</source>
        <translation>출처: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="306"/>
        <source>%1 alliance</source>
        <translation>%1 연합</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="345"/>
        <source>Report written: {0} page(s).</source>
        <translation>보고서를 썼습니다: {0}쪽.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="350"/>
        <source>Layout "{0}" added to the project.</source>
        <translation>조판 "{0}"을(를) 프로젝트에 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="367"/>
        <source>Population: {0}</source>
        <translation>인구: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="369"/>
        <source>({0} × the floor of {1})</source>
        <translation>(인구 하한 {1}의 {0}배)</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="373"/>
        <source>Members ({0}): {1}</source>
        <translation>구성원 ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="376"/>
        <source>Hub: {0}</source>
        <translation>거점: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="378"/>
        <source>Extinction-risk index: {0}</source>
        <translation>소멸위험지수: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="380"/>
        <source>Members in service gap: {0} → {1} with the alliance</source>
        <translation>서비스 공백인 구성원: 단독 {0} → 연합 {1}</translation>
    </message>
    <message>
        <location filename="../../processing/report/algorithm.py" line="388"/>
        <source>Projected population {0}: {1}</source>
        <translation>추계 인구 {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="25"/>
        <source>the file could not be created or written</source>
        <translation>파일을 만들거나 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="26"/>
        <source>the page could not be printed</source>
        <translation>쪽을 인쇄할 수 없음</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="27"/>
        <source>not enough memory for the page at this resolution</source>
        <translation>이 해상도로 쪽을 만들 메모리가 부족함</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="28"/>
        <source>a layer could not be drawn</source>
        <translation>레이어를 그릴 수 없음</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="29"/>
        <source>the atlas could not be prepared</source>
        <translation>아틀라스를 준비할 수 없음</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="30"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="32"/>
        <source>error {0}</source>
        <translation>오류 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="49"/>
        <source>Parameter {0}: {1} lies under {2}, which is a file, not a folder.</source>
        <translation>파라미터 {0}: {1}의 상위 경로 {2}은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="52"/>
        <source>Parameter {0}: the folder {1} cannot be written to.</source>
        <translation>파라미터 {0}: 폴더 {1}에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="67"/>
        <source>Parameter {0}: the folder of {1} cannot be created: {2}</source>
        <translation>파라미터 {0}: {1}의 폴더를 만들 수 없습니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="86"/>
        <source>Parameter OUTPUT_PDF: the PDF could not be written to {0}: {1}.</source>
        <translation>파라미터 OUTPUT_PDF: PDF를 {0}에 쓸 수 없습니다: {1}.</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="106"/>
        <source>Parameter OUTPUT_IMAGE: the image could not be rendered at {0} dpi (too large?).</source>
        <translation>파라미터 OUTPUT_IMAGE: 이미지를 {0} dpi로 렌더링할 수 없습니다(너무 큰가요?).</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="109"/>
        <source>Parameter OUTPUT_IMAGE: the image could not be written to {0}.</source>
        <translation>파라미터 OUTPUT_IMAGE: 이미지를 {0}에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/export.py" line="135"/>
        <source>Parameter {0}: {1} could not be written: {2}</source>
        <translation>파라미터 {0}: {1}을(를) 쓸 수 없습니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/report/inputs.py" line="112"/>
        <source>Parameter {0}: {1} feature(s) left out of the report, their geometry has no place in the map CRS {2} (a vertex beyond the pole or off the CRS's area?): {3}</source>
        <translation>파라미터 {0}: 피처 {1}개를 보고서에서 제외합니다. 도형이 지도 좌표계 {2}에 자리가 없습니다(극을 넘거나 좌표계 범위 밖의 꼭짓점?): {3}</translation>
    </message>
    <message>
        <location filename="../../processing/report/inputs.py" line="257"/>
        <source>Parameters ALLIANCES and UNITS do not belong together: {0} of {1} units joined to an alliance lie outside its outline (e.g. {2}, {3:,.0f} map units from alliance {4}). Give the alliance members (or service gaps) output of the same run as the alliances.</source>
        <translation>파라미터 ALLIANCES와 UNITS가 서로 맞지 않습니다: 연합에 연결된 시군구 {1}곳 중 {0}곳이 그 연합의 경계 밖에 있습니다(예: {2}, 연합 {4}에서 지도 단위로 {3:,.0f}). 연합과 같은 실행에서 나온 연합 구성원(또는 서비스 공백) 결과를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/report/inputs.py" line="263"/>
        <source>{0} of {1} units joined to an alliance lie outside its outline (e.g. {2}): check that ALLIANCES and UNITS come from the same run.</source>
        <translation>연합에 연결된 시군구 {1}곳 중 {0}곳이 그 연합의 경계 밖에 있습니다(예: {2}). ALLIANCES와 UNITS가 같은 실행에서 나왔는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/report/inputs.py" line="298"/>
        <source>Parameters ALLIANCES and UNITS do not belong together: {0} of the {1} member ids that the alliances list in "{2}" are ids of no unit (e.g. {3}). Give the alliance members (or service gaps) output of the same run as the alliances.</source>
        <translation>파라미터 ALLIANCES와 UNITS가 서로 맞지 않습니다: "{2}"의 연합이 나열한 구성원 ID {1}개 중 {0}개가 어떤 시군구의 ID도 아닙니다(예: {3}). 연합과 같은 실행의 연합 구성원(또는 서비스 공백) 결과를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/report/inputs.py" line="302"/>
        <source>{0} of the {1} member ids that the alliances list are ids of no unit (e.g. {2}): check that ALLIANCES and UNITS come from the same run.</source>
        <translation>연합이 나열한 구성원 ID {1}개 중 {0}개가 어떤 시군구의 ID도 아닙니다(예: {2}). ALLIANCES와 UNITS가 같은 실행에서 나왔는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/report/inputs.py" line="353"/>
        <source>UNIT_POPULATION_FIELD: no field of the units adds up to the alliances' populations; member populations are not shown. Name the population field.</source>
        <translation>UNIT_POPULATION_FIELD: 구성원 합계가 연합의 인구와 맞는 시군구 필드가 없어 구성원 인구를 표시하지 않습니다. 인구 필드를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/report/inputs.py" line="403"/>
        <source>UNIT_NAME_FIELD: no name field found in the units; feature ids are shown.</source>
        <translation>UNIT_NAME_FIELD: 시군구에서 이름 필드를 찾지 못해 피처 ID를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/inputs.py" line="404"/>
        <source>Units: names from "{0}", population from "{1}".</source>
        <translation>시군구: 이름은 "{0}", 인구는 "{1}" 필드에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/layout.py" line="73"/>
        <source>Parameter TEMPLATE: {0} cannot be read: {1}</source>
        <translation>파라미터 TEMPLATE: {0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/report/layout.py" line="78"/>
        <source>Parameter TEMPLATE: {0} is not a QGIS layout template (.qpt).</source>
        <translation>파라미터 TEMPLATE: {0}은(는) QGIS 조판 템플릿(.qpt)이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/layout.py" line="83"/>
        <source>Parameter TEMPLATE: QGIS could not load {0}.</source>
        <translation>파라미터 TEMPLATE: QGIS가 {0}을(를) 불러오지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/layout.py" line="85"/>
        <source>Parameter TEMPLATE: {0} has no page; give a layout template with at least one page.</source>
        <translation>파라미터 TEMPLATE: {0}에 쪽이 없습니다. 한 쪽 이상이 있는 조판 템플릿을 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/report/layout.py" line="247"/>
        <source>The legend is larger than its place in the template.</source>
        <translation>범례가 템플릿에 마련된 자리보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/layout.py" line="297"/>
        <source>Page extent</source>
        <translation>쪽 범위</translation>
    </message>
    <message>
        <location filename="../../processing/report/siting.py" line="161"/>
        <source>SITES: {0} of {1} sites belong to no alliance of ALLIANCES (they are drawn, and listed without an alliance).</source>
        <translation>SITES: 입지 {1}곳 중 {0}곳이 ALLIANCES의 어떤 연합에도 속하지 않습니다(지도에 그리고, 연합 없이 나열합니다).</translation>
    </message>
    <message>
        <location filename="../../processing/report/siting.py" line="314"/>
        <source>{0} (demand served {1} · mean {2} · max {3})</source>
        <translation>{0} (담당 수요 {1} · 평균 {2} · 최대 {3})</translation>
    </message>
    <message>
        <location filename="../../processing/report/siting.py" line="317"/>
        <source>New site: {0}</source>
        <translation>신규 입지: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/siting.py" line="317"/>
        <source>New sites: {0}</source>
        <translation>신규 입지: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/siting.py" line="369"/>
        <location filename="../../processing/report/siting.py" line="470"/>
        <source>New facility sites</source>
        <translation>신규 시설 입지</translation>
    </message>
    <message>
        <location filename="../../processing/report/siting.py" line="477"/>
        <location filename="../../processing/siting/algorithm.py" line="127"/>
        <location filename="../../processing/siting/writing.py" line="111"/>
        <location filename="../models/small_but_strong.model3" line="689"/>
        <source>Units with their facility</source>
        <translation>배정된 시설이 붙은 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="118"/>
        <location filename="../styles/service_gaps.qml" line="17"/>
        <source>in gap</source>
        <translation>공백</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="119"/>
        <location filename="../../processing/report/tables.py" line="152"/>
        <location filename="../styles/service_gaps.qml" line="23"/>
        <source>covered by the alliance</source>
        <translation>연합으로 해소</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="120"/>
        <source>no gap</source>
        <translation>공백 없음</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="121"/>
        <location filename="../styles/decline_aging.qml" line="21"/>
        <location filename="../styles/decline_change.qml" line="24"/>
        <location filename="../styles/decline_class.qml" line="22"/>
        <location filename="../styles/decline_density.qml" line="21"/>
        <location filename="../styles/decline_risk.qml" line="22"/>
        <location filename="../styles/service_gaps.qml" line="29"/>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="126"/>
        <location filename="../../processing/report/tables.py" line="140"/>
        <location filename="../styles/alliances_edit.qml" line="20"/>
        <location filename="../styles/alliances_members.qml" line="18"/>
        <source>hub</source>
        <translation>거점</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="127"/>
        <location filename="../../processing/report/tables.py" line="141"/>
        <source>member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="128"/>
        <source>outside any alliance</source>
        <translation>연합 밖</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="140"/>
        <location filename="../../processing/service_gaps.py" line="80"/>
        <location filename="../../processing/service_gaps.py" line="112"/>
        <location filename="../../processing/service_gaps.py" line="402"/>
        <location filename="../models/small_but_strong.model3" line="225"/>
        <location filename="../../ui/panels.py" line="195"/>
        <location filename="../../ui/run_actions.py" line="229"/>
        <source>Service gaps</source>
        <translation>서비스 공백</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="142"/>
        <source>Alliance membership</source>
        <translation>연합 구성</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="175"/>
        <source>Surroundings</source>
        <translation>주변</translation>
    </message>
    <message>
        <location filename="../../processing/report/styling.py" line="144"/>
        <location filename="../../processing/report/styling.py" line="186"/>
        <location filename="../../processing/report/tables.py" line="99"/>
        <location filename="../help/servicegaps.html" line="2"/>
        <location filename="../../ui/table_model.py" line="26"/>
        <source>Units</source>
        <translation>시군구</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="96"/>
        <location filename="../../processing/report/tables.py" line="350"/>
        <location filename="../../ui/table_model.py" line="26"/>
        <source>Alliance</source>
        <translation>연합</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="97"/>
        <source>named after its hub</source>
        <translation>거점 시군구의 이름</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="104"/>
        <location filename="../../processing/report/tables.py" line="107"/>
        <source>× floor</source>
        <translation>하한 대비</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="105"/>
        <location filename="../../processing/report/tables.py" line="108"/>
        <source>population ÷ floor</source>
        <translation>인구 ÷ 하한</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="110"/>
        <location filename="../../processing/report/tables.py" line="146"/>
        <source>Risk index</source>
        <translation>소멸위험지수</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="111"/>
        <source>extinction-risk index (women 20–39 ÷ 65+), population-weighted mean of the members</source>
        <translation>소멸위험지수 (20–39세 여성 ÷ 65세 이상 인구), 구성원의 인구 가중 평균</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="113"/>
        <source>Gap before → after</source>
        <translation>공백 전 → 후</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="114"/>
        <source>members in service gap alone → with the alliance's services</source>
        <translation>서비스 공백인 구성원: 단독 → 연합 서비스 공유 후</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="124"/>
        <source>Alliances (continued)</source>
        <translation>연합 (계속)</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="138"/>
        <location filename="../../ui/alliance_panel.py" line="130"/>
        <location filename="../../ui/scenario_panel.py" line="70"/>
        <location filename="../../ui/scenario_panel.py" line="129"/>
        <source>Unit</source>
        <translation>시군구</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="140"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="147"/>
        <source>extinction-risk index</source>
        <translation>소멸위험지수</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="151"/>
        <location filename="../../processing/report/texts.py" line="53"/>
        <source>Service gap</source>
        <translation>서비스 공백</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="153"/>
        <location filename="../../ui/table_model.py" line="118"/>
        <source>gap</source>
        <translation>공백</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="154"/>
        <source>service gap of the unit alone</source>
        <translation>시군구 단독의 서비스 공백</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="295"/>
        <source>The alliance table ({0} rows) continues on {1} annex page(s).</source>
        <translation>연합 표({0}행)가 부록 {1}쪽에 이어집니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="351"/>
        <source>Site</source>
        <translation>입지</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="353"/>
        <source>Demand served</source>
        <translation>담당 수요</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="354"/>
        <source>the demand of the units that the site serves</source>
        <translation>입지가 담당하는 시군구의 수요</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="356"/>
        <source>Newly within {0}</source>
        <translation>새로 {0} 이내</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="358"/>
        <source>of it, beyond the standard before the new sites</source>
        <translation>그중 신규 입지 전 기준 밖이던 수요</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="359"/>
        <source>Max {0}</source>
        <translation>최대 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="359"/>
        <source>Mean {0}</source>
        <translation>평균 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="362"/>
        <source>demand-weighted mean distance of the units it serves</source>
        <translation>담당 시군구까지의 수요 가중 평균 거리</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="363"/>
        <source>distance of its farthest unit</source>
        <translation>가장 먼 시군구까지의 거리</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="383"/>
        <source>The table of the sites ({0} rows) continues on {1} annex page(s).</source>
        <translation>입지 표({0}행)가 부록 {1}쪽에 이어집니다.</translation>
    </message>
    <message>
        <location filename="../../processing/report/tables.py" line="384"/>
        <source>{0} (continued)</source>
        <translation>{0} (계속)</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="28"/>
        <source>Population of each alliance against the floor</source>
        <translation>연합별 인구와 인구 하한</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="29"/>
        <source>Alliances by population</source>
        <translation>인구 규모별 연합 수</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="30"/>
        <source>(dashed)</source>
        <translation>(점선)</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="30"/>
        <source>{0} alliances</source>
        <translation>연합 {0}개</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="31"/>
        <source>no alliance reaches the floor</source>
        <translation>인구 하한에 이르는 연합 없음</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="31"/>
        <source>{0} of {1} below the floor</source>
        <translation>{1}개 중 {0}개 하한 미달</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="32"/>
        <source>alliances</source>
        <translation>연합 수</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="33"/>
        <source>Service gap before and after alliances</source>
        <translation>연합 전후의 서비스 공백</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="34"/>
        <source>when each alliance pools its members' services</source>
        <translation>각 연합이 구성원의 서비스를 공유할 때</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="35"/>
        <source>Residents of those units</source>
        <translation>그 시군구의 주민</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="35"/>
        <source>Units in service gap</source>
        <translation>서비스 공백 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="36"/>
        <source>after</source>
        <translation>연합 후</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="36"/>
        <source>before</source>
        <translation>연합 전</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="37"/>
        <source>Extinction-risk class</source>
        <translation>소멸위험 등급</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="38"/>
        <source>grey = member units · colour = alliances pooled</source>
        <translation>회색 = 구성 시군구 · 색 = 연합 합산</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="39"/>
        <source>entering</source>
        <translation>진입단계</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="39"/>
        <source>high</source>
        <translation>고위험</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="39"/>
        <source>very low</source>
        <translation>매우 낮음</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="40"/>
        <source>Population of the members</source>
        <translation>구성원 인구</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="40"/>
        <source>total {0}</source>
        <translation>합계 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="41"/>
        <source>Extinction-risk index</source>
        <translation>소멸위험지수</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="42"/>
        <source>Members in service gap</source>
        <translation>서비스 공백 구성원</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="42"/>
        <source>below 0.5 = at risk</source>
        <translation>0.5 미만 = 소멸위험</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="43"/>
        <source>Service gap before and after</source>
        <translation>서비스 공백 전후</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="43"/>
        <source>Their residents</source>
        <translation>그 주민</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="44"/>
        <source>{0} alliances · {1} units · {2} residents</source>
        <translation>연합 {0}개 · 시군구 {1}곳 · 주민 {2}명</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="45"/>
        <source>below the floor of {0}: {1} alliance(s)</source>
        <translation>인구 하한 {0} 미달: 연합 {1}개</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="46"/>
        <source>in service gap: {0} → {1} units</source>
        <translation>서비스 공백: 시군구 {0}곳 → {1}곳</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="47"/>
        <source> ({0} → {1} residents)</source>
        <translation> (주민 {0}명 → {1}명)</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="48"/>
        <source>high extinction risk: {0} member units → {1} alliances pooled</source>
        <translation>소멸고위험: 구성 시군구 {0}곳 → 연합 합산 {1}개</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="49"/>
        <source>Population through the target years</source>
        <translation>목표 연도별 인구</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="50"/>
        <source>{0} of {1} alliances stay above the floor through {2}</source>
        <translation>연합 {1}개 중 {0}개가 {2}년까지 인구 하한 이상 유지</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="51"/>
        <source>{0}–{1} · each panel from 0 to its own maximum · dashed: the floor</source>
        <translation>{0}–{1} · 패널마다 0부터 각자의 최댓값까지 · 점선: 인구 하한</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="52"/>
        <source>above the floor</source>
        <translation>인구 하한 이상</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="52"/>
        <source>below the floor</source>
        <translation>인구 하한 미만</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="53"/>
        <source>Projected population</source>
        <translation>추계 인구</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="53"/>
        <source>log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="54"/>
        <source>above the floor through {0}</source>
        <translation>{0}년까지 인구 하한 이상</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="54"/>
        <source>below the floor from {0}</source>
        <translation>{0}년부터 인구 하한 미만</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="55"/>
        <source>Sites of the new shared facilities</source>
        <translation>신규 공동 시설 입지</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="56"/>
        <source>Residents beyond {0}: {1} → {2}</source>
        <translation>{0} 밖 주민: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="57"/>
        <source>Demand ({0}) beyond {1}: {2} → {3}</source>
        <translation>{1} 밖 수요({0}): {2} → {3}</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="58"/>
        <source>Mean distance to the nearest facility, weighted by demand: {0} → {1}</source>
        <translation>가장 가까운 시설까지의 수요 가중 평균 거리: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="59"/>
        <source>Mean distance to the nearest new facility, weighted by demand: {0}</source>
        <translation>가장 가까운 신규 시설까지의 수요 가중 평균 거리: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="60"/>
        <source>{0} new sites in {1} alliances · {2}</source>
        <translation>연합 {1}개에 신규 입지 {0}곳 · {2}</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="61"/>
        <source>Demand brought within {0} by the new sites: {1}</source>
        <translation>신규 입지로 {0} 이내에 들게 된 수요: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="62"/>
        <source>Demand served by the new sites: {0}</source>
        <translation>신규 입지가 담당하는 수요: {0}</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="63"/>
        <source>the standard</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="64"/>
        <source>Beyond {0}, before and after the new sites</source>
        <translation>신규 입지 전후의 {0} 밖</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="65"/>
        <source>Demand ({0})</source>
        <translation>수요 ({0})</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="65"/>
        <source>Residents</source>
        <translation>주민</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="66"/>
        <source>maximal coverage</source>
        <translation>최대 커버링</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="66"/>
        <source>p-median</source>
        <translation>p-메디안</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="66"/>
        <source>set covering</source>
        <translation>집합 커버링</translation>
    </message>
    <message>
        <location filename="../../processing/report/texts.py" line="67"/>
        <source>p-center</source>
        <translation>p-센터</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="81"/>
        <location filename="../../processing/siting/algorithm.py" line="80"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="87"/>
        <location filename="../models/small_but_strong.model3" line="876"/>
        <source>Demand (e.g. births or women 20–39; default the population)</source>
        <translation>수요 (예: 출생아 또는 20–39세 여성, 기본값: 인구)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="89"/>
        <location filename="../models/small_but_strong.model3" line="915"/>
        <source>Facilities (point layer)</source>
        <translation>시설 (점 레이어)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="90"/>
        <source>Hospitals, clinics…: counted in the unit that holds them; each part of a MultiPoint is one facility.</source>
        <translation>병원, 의원…: 시설이 있는 시군구에서 셉니다. MultiPoint의 각 부분은 시설 하나입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="92"/>
        <location filename="../models/small_but_strong.model3" line="925"/>
        <source>Facility filter (expression)</source>
        <translation>시설 필터 (표현식)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="93"/>
        <source>Facility capacity (default 1 each)</source>
        <translation>시설 용량 (기본값: 각 1)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="95"/>
        <location filename="../models/small_but_strong.model3" line="862"/>
        <source>Supply already counted per unit (e.g. doctors)</source>
        <translation>시군구별로 이미 집계된 공급 (예: 의사 수)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="97"/>
        <location filename="../models/small_but_strong.model3" line="1041"/>
        <source>Minimum supply per unit (0 = no count standard)</source>
        <translation>시군구당 최소 공급 (0 = 개수 기준 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="98"/>
        <location filename="../models/small_but_strong.model3" line="1002"/>
        <source>Standard distance to the nearest facility, km (0 = none)</source>
        <translation>가장 가까운 시설까지의 기준 거리, km (0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="100"/>
        <location filename="../../processing/siting/algorithm.py" line="119"/>
        <source>Road network (line layer) for travel times</source>
        <translation>이동 시간용 도로망 (선 레이어)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="105"/>
        <source>Standard time to the nearest facility, minutes (0 = none)</source>
        <translation>가장 가까운 시설까지의 기준 시간, 분 (0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="106"/>
        <source>2SFCA catchment, km</source>
        <translation>2SFCA 서비스권역, km</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="107"/>
        <source>2SFCA distance decay</source>
        <translation>2SFCA 거리 감쇠</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="108"/>
        <source>Population points (origins of trips)</source>
        <translation>인구 지점 (이동의 출발지)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="109"/>
        <source>Population of the origins (default 1 each)</source>
        <translation>출발지 인구 (기본값: 각 1)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="111"/>
        <source>Alliance field (pool the services of each alliance)</source>
        <translation>연합 필드 (연합마다 서비스를 공유)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="113"/>
        <location filename="../../processing/service_gaps.py" line="406"/>
        <location filename="../models/small_but_strong.model3" line="271"/>
        <source>Service gaps per alliance</source>
        <translation>연합별 서비스 공백</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="114"/>
        <source>Units in gap</source>
        <translation>공백 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="115"/>
        <source>Population in gap</source>
        <translation>공백 인구</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="116"/>
        <source>Units in gap after alliances</source>
        <translation>연합 후 공백 시군구</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="117"/>
        <source>Population in gap after alliances</source>
        <translation>연합 후 공백 인구</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="128"/>
        <source>Give the supply: a FACILITIES point layer, a COUNT_FIELD of the units, or both.</source>
        <translation>공급을 지정하십시오: FACILITIES 점 레이어나 시군구의 COUNT_FIELD, 또는 둘 다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="131"/>
        <source>Parameter NETWORK: travel times need facility points; give FACILITIES as well.</source>
        <translation>파라미터 NETWORK: 이동 시간에는 시설 지점이 필요합니다. FACILITIES도 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="140"/>
        <source>Parameter CATCHMENT: give a catchment above 0 km.</source>
        <translation>파라미터 CATCHMENT: 0 km보다 큰 서비스권역을 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="180"/>
        <source>facilities are counted in them and their point is chosen as the polygon is drawn, which may be wrong</source>
        <translation>시설 집계와 대표 지점 선택은 그려진 폴리곤 그대로 하므로 틀릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="185"/>
        <source>Parameter {0}: {1} unit(s) have a negative supply: {2}. A count of doctors or facilities cannot be negative; correct the values.</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 공급이 음수입니다: {2}. 의사나 시설의 수는 음수일 수 없습니다. 값을 고치십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="203"/>
        <source>{0} unit(s) have no geometry: no distance or access for them: {1}</source>
        <translation>시군구 {0}곳은 도형이 없어 거리나 접근성을 계산하지 않습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="221"/>
        <source>{0} is NULL for {1} facilit(ies), counted as 0.</source>
        <translation>시설 {1}곳은 {0} 값이 NULL이어서 0으로 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="224"/>
        <source>{0} MultiPoint facilit(ies): each of their points counts as one facility.</source>
        <translation>MultiPoint 시설 {0}개: 각 점을 시설 하나로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="227"/>
        <source>{0} facilit(ies) could not be placed in the units' CRS and are left out.</source>
        <translation>시설 {0}곳은 시군구의 좌표계로 옮길 수 없어 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="229"/>
        <source>{0} facilities kept{1}.</source>
        <translation>시설 {0}곳 사용{1}.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="230"/>
        <location filename="../../processing/siting/reading.py" line="147"/>
        <source> by the filter</source>
        <translation> (필터 적용)</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="232"/>
        <source>No facility is left: every unit is without supply from FACILITIES.</source>
        <translation>남은 시설이 없습니다: 모든 시군구에 FACILITIES로부터의 공급이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="280"/>
        <source>{0} unit(s) have demand points more than 5 km from the nearest road (the leg counts at the default speed): {1}</source>
        <translation>시군구 {0}곳은 수요 지점이 가장 가까운 도로에서 5 km보다 멉니다(그 구간은 기본 속도로 계산): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="306"/>
        <source>2SFCA: {0} supply sites, {1} demand points, {2} pairs within {3} km ({4} decay).</source>
        <translation>2SFCA: 공급 지점 {0}개, 수요 지점 {1}개, {3} km 이내 쌍 {2}개 ({4} 감쇠).</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="342"/>
        <source>{0} unit(s) cannot reach any facility over the roads (in gap, nearest_min NULL): {1}</source>
        <translation>시군구 {0}곳은 도로로 어느 시설에도 갈 수 없습니다(공백, nearest_min은 NULL): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="357"/>
        <source>{0} alliance(s): units in gap {1} before pooling, {2} after.</source>
        <translation>연합 {0}개: 공백 시군구가 공유 전 {1}곳, 공유 후 {2}곳.</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="360"/>
        <source>Units in gap: {0} of {1} ({2:,.0f} residents).</source>
        <translation>공백 시군구: {1}곳 중 {0}곳 (주민 {2:,.0f}명).</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="367"/>
        <source>per_10k is NULL for {0} unit(s) with a zero or missing {1}: {2}</source>
        <translation>{1} 값이 0이거나 없는 시군구 {0}곳은 per_10k가 NULL입니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/service_gaps.py" line="371"/>
        <source>per_1k_demand and access_2sfca are NULL for {0} unit(s) with a zero or missing demand (counted as 0 in the 2SFCA): {1}</source>
        <translation>수요가 0이거나 없는 시군구 {0}곳은 per_1k_demand와 access_2sfca가 NULL입니다(2SFCA에서는 0으로 계산): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="79"/>
        <source>Site shared facilities</source>
        <translation>공동 시설 입지 선정</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="86"/>
        <source>Demand (e.g. births, women 20–39, residents 65+ or the population)</source>
        <translation>수요 (예: 출생아, 20–39세 여성, 65세 이상 인구 또는 인구)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="87"/>
        <source>Who needs the service, per unit: any numeric field. NULL counts as no demand; a negative value is refused.</source>
        <translation>시군구별로 서비스가 필요한 사람: 어떤 숫자 필드든 됩니다. NULL은 수요 없음으로 보고, 음수는 거부합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="89"/>
        <source>Residents (optional: residents beyond the standard, before and after)</source>
        <translation>인구 (선택: 기준을 넘는 주민 수, 입지 전후)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="91"/>
        <source>Alliance field (site within each alliance; empty: one problem)</source>
        <translation>연합 필드 (연합마다 따로 입지 선정; 비우면 전체를 한 문제로)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="92"/>
        <source>e.g. alliance_id of the alliance members output. Units with a NULL or blank alliance get no new site and keep the existing facilities.</source>
        <translation>예: 연합 구성원 결과의 alliance_id. 연합이 NULL이거나 빈 값인 시군구는 신규 입지를 받지 않고 기존 시설을 그대로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="96"/>
        <source>p-median: least demand-weighted distance</source>
        <translation>p-메디안: 수요 가중 거리 최소</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="97"/>
        <source>maximal coverage (MCLP): most demand within the standard</source>
        <translation>최대 커버링 (MCLP): 기준 이내 수요 최대</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="98"/>
        <source>set covering (LSCP): fewest sites that bring all demand within the standard</source>
        <translation>집합 커버링 (LSCP): 모든 수요를 기준 이내로 두는 최소 입지 수</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="99"/>
        <source>p-center: least largest distance</source>
        <translation>p-센터: 최대 거리 최소</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="100"/>
        <source>New sites per alliance (k; not used by set covering)</source>
        <translation>연합당 신규 입지 수 (k; 집합 커버링에는 쓰지 않음)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="102"/>
        <source>Standard distance, km (0 = none; coverage and gap figures)</source>
        <translation>기준 거리, km (0 = 없음; 커버율과 공백 수치에 사용)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="104"/>
        <source>Candidate sites (point layer; default: each unit's point)</source>
        <translation>후보지 (점 레이어; 기본값: 시군구마다 대표 지점)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="106"/>
        <source>Where a new facility may open. Without a layer every unit's representative point is a candidate; with alliances a candidate belongs to the alliance of the unit that holds it.</source>
        <translation>신규 시설이 들어설 수 있는 곳. 레이어가 없으면 모든 시군구의 대표 지점이 후보지입니다. 연합이 있으면 후보지는 그것을 포함하는 시군구의 연합에 속합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="109"/>
        <source>Candidate filter (expression)</source>
        <translation>후보지 필터 (표현식)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="110"/>
        <source>Keeps the matching candidates; without a candidate layer it is evaluated on the units (e.g. "pop_reg_2025" &gt;= 50000).</source>
        <translation>조건에 맞는 후보지만 남깁니다. 후보지 레이어가 없으면 시군구에 대해 평가합니다(예: "pop_reg_2025" &gt;= 50000).</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="112"/>
        <source>Candidate name field</source>
        <translation>후보지 이름 필드</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="114"/>
        <source>Existing facilities (point layer; they stay open)</source>
        <translation>기존 시설 (점 레이어; 계속 운영됨)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="116"/>
        <source>Existing facility filter (expression)</source>
        <translation>기존 시설 필터 (표현식)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="117"/>
        <source>Existing facility name field</source>
        <translation>기존 시설 이름 필드</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="123"/>
        <source>Standard time with a road network, minutes (0 = none)</source>
        <translation>도로망 사용 시 기준 시간, 분 (0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="125"/>
        <source>Time limit per alliance, seconds</source>
        <translation>연합당 시간 제한, 초</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="126"/>
        <location filename="../../processing/siting/writing.py" line="110"/>
        <source>Chosen sites</source>
        <translation>선정된 입지</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="128"/>
        <source>Lines from units to their facility</source>
        <translation>시군구에서 배정된 시설까지의 선</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="131"/>
        <source>New sites</source>
        <translation>신규 입지 수</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="131"/>
        <source>Problems solved (alliances)</source>
        <translation>푼 문제 수 (연합)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="132"/>
        <source>Demand within the standard after siting</source>
        <translation>입지 후 기준 이내 수요</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="133"/>
        <source>Demand within the standard before siting</source>
        <translation>입지 전 기준 이내 수요</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="134"/>
        <source>Demand beyond the standard before siting</source>
        <translation>입지 전 기준 밖 수요</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="135"/>
        <source>Demand beyond the standard after siting</source>
        <translation>입지 후 기준 밖 수요</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="136"/>
        <source>Residents beyond the standard before siting</source>
        <translation>입지 전 기준 밖 주민</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="137"/>
        <source>Residents beyond the standard after siting</source>
        <translation>입지 후 기준 밖 주민</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="138"/>
        <source>Mean distance before siting, km</source>
        <translation>입지 전 평균 거리, km</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="139"/>
        <source>Mean distance after siting, km</source>
        <translation>입지 후 평균 거리, km</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="140"/>
        <source>Mean time before siting, minutes</source>
        <translation>입지 전 평균 시간, 분</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="141"/>
        <source>Mean time after siting, minutes</source>
        <translation>입지 후 평균 시간, 분</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="142"/>
        <source>Objective value</source>
        <translation>목적함수 값</translation>
    </message>
    <message>
        <location filename="../../processing/siting/algorithm.py" line="157"/>
        <source>Parameter {0}: maximal coverage and set covering need a standard above 0 (the distance, or with a road network the time, within which demand counts as covered).</source>
        <translation>파라미터 {0}: 최대 커버링과 집합 커버링에는 0보다 큰 기준(수요를 커버한 것으로 보는 거리, 도로망이 있으면 시간)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/figures.py" line="41"/>
        <source>{0} unit(s) cannot reach any facility over the roads, old or new (in gap, min_after NULL): {1}</source>
        <translation>시군구 {0}곳은 기존이든 신규든 도로로 어느 시설에도 갈 수 없습니다(공백, min_after는 NULL): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/figures.py" line="48"/>
        <source>{0}: {1} unit(s) are beyond the standard of every candidate and existing facility, so no site can cover them: {2}</source>
        <translation>{0}: 시군구 {1}곳은 모든 후보지와 기존 시설의 기준 밖에 있어 어떤 입지로도 커버할 수 없습니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/figures.py" line="52"/>
        <source>{0}: stopped by the time limit; the best plan found is within {1:.2%} of the optimum.</source>
        <translation>{0}: 시간 제한으로 멈췄습니다. 찾아낸 최선의 안은 최적해와 {1:.2%} 이내입니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/figures.py" line="57"/>
        <source>Alliance {0}</source>
        <translation>연합 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/figures.py" line="57"/>
        <source>The problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="45"/>
        <source>Parameter {0}: {1} unit(s) have a negative demand: {2}. Demand counts people (births, residents…); correct the values.</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 수요가 음수입니다: {2}. 수요는 사람 수(출생아, 주민…)입니다. 값을 고치십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="50"/>
        <source>Parameter {0}: {1} unit(s) have a NULL, NaN or non-numeric demand, counted as no demand (they are still assigned a facility): {2}</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 수요가 NULL, NaN 또는 숫자가 아니어서 수요 없음으로 계산합니다(시설은 그래도 배정됨): {2}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="53"/>
        <source>their point is chosen on the repaired polygon</source>
        <translation>대표 지점은 수정한 폴리곤에서 고릅니다</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="64"/>
        <source>Parameter {0}: no unit has a geometry to place its demand at (the layer is empty, or every geometry is empty or cannot be placed in WGS 84). Check the layer, its selection and its CRS.</source>
        <translation>파라미터 {0}: 수요를 둘 도형이 있는 시군구가 없습니다(레이어가 비어 있거나, 모든 도형이 비어 있거나 WGS 84로 옮길 수 없음). 레이어와 그 선택, 좌표계를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="69"/>
        <source>{0} unit(s) have no geometry: they get no facility and no distance: {1}</source>
        <translation>시군구 {0}곳은 도형이 없어 시설도 거리도 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="74"/>
        <source>{0} unit(s) are in no alliance: they get no new site and keep the existing facilities.</source>
        <translation>시군구 {0}곳은 어느 연합에도 속하지 않아 신규 입지를 받지 않고 기존 시설을 그대로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="90"/>
        <source>unit points</source>
        <translation>시군구 대표 지점</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="98"/>
        <source>candidate {0}</source>
        <translation>후보지 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="110"/>
        <source>{0} candidate site(s) lie in no unit of an alliance and are left out.</source>
        <translation>후보지 {0}곳은 연합의 어느 시군구에도 있지 않아 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="113"/>
        <source>{0} candidate site(s) could not be placed in the units' CRS and are left out.</source>
        <translation>후보지 {0}곳은 시군구의 좌표계로 옮길 수 없어 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="115"/>
        <source>points of {0}</source>
        <translation>{0}의 점</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="117"/>
        <source>Parameter {0}: no unit is in an alliance, so no new site is chosen; every unit keeps the existing facilities.</source>
        <translation>파라미터 {0}: 연합에 속한 시군구가 없어 신규 입지를 선정하지 않습니다. 모든 시군구가 기존 시설을 그대로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="121"/>
        <source>Parameter {0}: there is no candidate site (the layer is empty, the filter {1} keeps none, or no candidate lies in an alliance). Give candidates, or loosen the filter.</source>
        <translation>파라미터 {0}: 후보지가 없습니다(레이어가 비어 있거나, 필터 {1}이(가) 하나도 남기지 않거나, 연합 안에 있는 후보지가 없음). 후보지를 주거나 필터를 완화하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="125"/>
        <source>{0} candidate sites ({1}).</source>
        <translation>후보지 {0}곳 ({1}).</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="132"/>
        <source>Parameter {0}: a filter needs an {1} layer to apply to.</source>
        <translation>파라미터 {0}: 필터를 적용할 {1} 레이어가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="140"/>
        <source>facility {0}</source>
        <translation>시설 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="144"/>
        <source>{0} existing facilit(ies) could not be placed in the units' CRS and are left out.</source>
        <translation>기존 시설 {0}곳은 시군구의 좌표계로 옮길 수 없어 제외합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="146"/>
        <source>{0} existing facilities kept{1}.</source>
        <translation>기존 시설 {0}곳 사용{1}.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="149"/>
        <source>No existing facility is left: every unit starts without one, and the new sites serve everyone.</source>
        <translation>남은 기존 시설이 없습니다: 모든 시군구가 시설 없이 시작하며, 신규 입지가 모두를 담당합니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/reading.py" line="183"/>
        <source>{0} unit(s) have their point more than 5 km from the nearest road (the leg counts at the default speed): {1}</source>
        <translation>시군구 {0}곳은 대표 지점이 가장 가까운 도로에서 5 km보다 멉니다(그 구간은 기본 속도로 계산): {1}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/solving.py" line="42"/>
        <source>{0} ({1} candidate(s))</source>
        <translation>{0} (후보지 {1}곳)</translation>
    </message>
    <message>
        <location filename="../../processing/siting/solving.py" line="47"/>
        <source>Parameters {0} and {1}: set covering needs at least one candidate site in every alliance, but there is none in: {2}. Give candidates there, or loosen the filter.</source>
        <translation>매개변수 {0}, {1}: 집합 피복(set covering)은 모든 연합에 후보지가 하나 이상 있어야 하지만, 다음 연합에는 없습니다: {2}. 그곳에 후보지를 주거나 필터를 완화하십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/solving.py" line="52"/>
        <source>Parameter {0}: {1} new site(s) are asked per alliance, but there are fewer candidates in: {2}. Lower {0}, or give more candidates ({3}, {4}).</source>
        <translation>파라미터 {0}: 연합마다 신규 입지 {1}곳을 요청했지만 후보지가 그보다 적은 연합이 있습니다: {2}. {0}을(를) 낮추거나 후보지를 더 주십시오({3}, {4}).</translation>
    </message>
    <message>
        <location filename="../../processing/siting/solving.py" line="57"/>
        <source>Parameter {0}: {1} new site(s) are asked, but there are only {2} candidate site(s). Lower {0}, or give more candidates ({3}, {4}).</source>
        <translation>파라미터 {0}: 신규 입지 {1}곳을 요청했지만 후보지는 {2}곳뿐입니다. {0}을(를) 낮추거나 후보지를 더 주십시오({3}, {4}).</translation>
    </message>
    <message>
        <location filename="../../processing/siting/solving.py" line="62"/>
        <source>{0} alliance(s) to site, {1} new site(s) each.</source>
        <translation>입지를 정할 연합 {0}개, 연합마다 신규 입지 {1}곳.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/solving.py" line="63"/>
        <source>the fewest</source>
        <translation>최소 수</translation>
    </message>
    <message>
        <location filename="../../processing/siting/solving.py" line="117"/>
        <source>{0}: the siting model cannot be solved: {1}</source>
        <translation>{0}: 입지 모형을 풀 수 없습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/solving.py" line="131"/>
        <source>A unit lies {0:,.1f} km from its facility, beyond the cutoff of {1:,.1f} km: measuring farther pairs and solving again.</source>
        <translation>시군구 하나가 배정된 시설에서 {0:,.1f} km 떨어져 있어 절단 거리 {1:,.1f} km를 넘습니다: 더 먼 쌍까지 재고 다시 풉니다.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/writing.py" line="83"/>
        <source>site {0}</source>
        <translation>입지 {0}</translation>
    </message>
    <message>
        <location filename="../../processing/siting/writing.py" line="114"/>
        <source>Lines to the facilities</source>
        <translation>시설까지의 선</translation>
    </message>
    <message>
        <location filename="../../processing/siting/writing.py" line="136"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../processing/siting/writing.py" line="136"/>
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../processing/siting/writing.py" line="139"/>
        <source>alliance {0}, </source>
        <translation>연합 {0}, </translation>
    </message>
    <message>
        <location filename="../../processing/siting/writing.py" line="140"/>
        <source>Site {0} ({1}rank {2}): {3}, serves {4:,.0f} demand in {5} unit(s), mean {6} {7}.</source>
        <translation>입지 {0} ({1}순위 {2}): {3}, 시군구 {5}곳의 수요 {4:,.0f} 담당, 평균 {6} {7}.</translation>
    </message>
    <message>
        <location filename="../../processing/siting/writing.py" line="145"/>
        <source>… and {0} more sites (see the sites output).</source>
        <translation>… 그리고 입지 {0}곳 더 (입지 결과 참고).</translation>
    </message>
    <message>
        <location filename="../../processing/units_io.py" line="134"/>
        <source>Parameter {0}: {1} unit(s) have a NULL id (feature ids {2}); they are kept, but messages cannot name them. Give every unit a unique id.</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 ID가 NULL입니다(피처 ID {2}). 시군구는 유지하지만 메시지에서 이름을 밝힐 수 없습니다. 모든 시군구에 고유한 ID를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/units_io.py" line="138"/>
        <source>Parameter {0}: {1} id(s) repeat: {2}; the units are kept, but messages and member lists cannot tell them apart. Give every unit a unique id.</source>
        <translation>파라미터 {0}: ID {1}개가 중복됩니다: {2}. 시군구는 유지하지만 메시지와 구성원 목록에서 서로 구별할 수 없습니다. 모든 시군구에 고유한 ID를 주십시오.</translation>
    </message>
    <message>
        <location filename="../../processing/units_io.py" line="142"/>
        <source>{0} unit(s) have invalid geometry (e.g. a self-intersection): {1}. Repair the layer with Fix geometries (native:fixgeometries). Units: {2}</source>
        <translation>시군구 {0}곳의 도형이 올바르지 않습니다(예: 자기 교차). {1}. 도형 수정(native:fixgeometries)으로 레이어를 고치십시오. 시군구: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/units_io.py" line="146"/>
        <source>Parameter {0}: {1} unit(s) have a value above {2:,.0f}, which no unit can have; taken as NULL: {3}</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 값이 어떤 시군구도 가질 수 없는 {2:,.0f}을(를) 넘어 NULL로 처리합니다: {3}</translation>
    </message>
    <message>
        <location filename="../../processing/units_io.py" line="152"/>
        <source>Parameter {0}: {1} unit(s) have a NULL or non-numeric value: {2}</source>
        <translation>파라미터 {0}: 시군구 {1}곳의 값이 NULL이거나 숫자가 아닙니다: {2}</translation>
    </message>
    <message>
        <location filename="../../processing/units_io.py" line="162"/>
        <source>Parameter {0}: the expression {1} fails on feature {2}: {3}</source>
        <translation>파라미터 {0}: 표현식 {1}이(가) 피처 {2}에서 실패합니다: {3}</translation>
    </message>
    <message>
        <location filename="../../processing/units_io.py" line="194"/>
        <source>Parameter {0}: the layer has no field {1}.</source>
        <translation>파라미터 {0}: 레이어에 {1} 필드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="1"/>
        <source>Computes population-decline indicators for every unit (city, county, district, municipality) of a polygon layer in any CRS, and keeps every input feature and field. Only the inputs you give produce indicators: a layer with a population alone gets density and the small-unit flag; add an earlier population for change, residents 65+ (or their share, or a median age) for ageing, women aged 20–39 for the extinction risk, births for the birth rate.</source>
        <translation>좌표계와 관계없이 폴리곤 레이어의 모든 시군구(시·군·구, 기초자치단체)에 대해 인구 쇠퇴 지표를 계산하며, 입력 피처와 필드는 모두 유지합니다. 지표는 준 입력으로만 만듭니다: 인구만 있는 레이어에는 밀도와 소규모 시군구 표시만 붙고, 이전 시점 인구를 더하면 인구 변화, 65세 이상 인구(또는 그 비율이나 중위 연령)를 더하면 고령화, 20–39세 여성 인구를 더하면 소멸위험, 출생아 수를 더하면 출생률을 계산합니다.</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="2"/>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="4"/>
        <source>&lt;b&gt;pop_change&lt;/b&gt;: (P&lt;sub&gt;year&lt;/sub&gt; − P&lt;sub&gt;base year&lt;/sub&gt;) / P&lt;sub&gt;base year&lt;/sub&gt;, a fraction; &lt;b&gt;pop_cagr&lt;/b&gt;: the compound annual rate (P&lt;sub&gt;year&lt;/sub&gt;/P&lt;sub&gt;base&lt;/sub&gt;)&lt;sup&gt;1/(year−base year)&lt;/sup&gt; − 1. &lt;i&gt;YEAR&lt;/i&gt; and &lt;i&gt;BASE_YEAR&lt;/i&gt; are read from the field names when left empty (pop_reg_2025, PO90, P20_POP); the current year must come after the base year.</source>
        <translation>&lt;b&gt;pop_change&lt;/b&gt;: (P&lt;sub&gt;연도&lt;/sub&gt; − P&lt;sub&gt;기준 연도&lt;/sub&gt;) / P&lt;sub&gt;기준 연도&lt;/sub&gt;, 비율; &lt;b&gt;pop_cagr&lt;/b&gt;: 연평균 복합 변화율 (P&lt;sub&gt;연도&lt;/sub&gt;/P&lt;sub&gt;기준&lt;/sub&gt;)&lt;sup&gt;1/(연도−기준 연도)&lt;/sup&gt; − 1. &lt;i&gt;YEAR&lt;/i&gt;와 &lt;i&gt;BASE_YEAR&lt;/i&gt;를 비워 두면 필드 이름(pop_reg_2025, PO90, P20_POP)에서 읽습니다. 현재 연도는 기준 연도보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="5"/>
        <source>&lt;b&gt;aging_ratio&lt;/b&gt;: residents 65+ / all residents, or the share of 65+ given in &lt;i&gt;ELDERLY_SHARE_FIELD&lt;/i&gt; (a fraction, or a percentage: values above 1.5 are read as percent). &lt;b&gt;aging_class&lt;/b&gt;: 1 young (below 7 %), 2 ageing (7–14 %), 3 aged (14–20 %), 4 super-aged (20 % and more), the UN convention.</source>
        <translation>&lt;b&gt;aging_ratio&lt;/b&gt;: 65세 이상 인구 / 전체 인구, 또는 &lt;i&gt;ELDERLY_SHARE_FIELD&lt;/i&gt;에 주어진 65세 이상 비율 (비율 또는 백분율: 1.5보다 큰 값은 백분율로 읽음). &lt;b&gt;aging_class&lt;/b&gt;: UN 기준으로 1 고령화 이전 (7 % 미만), 2 고령화사회 (7–14 %), 3 고령사회 (14–20 %), 4 초고령사회 (20 % 이상).</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="6"/>
        <source>&lt;b&gt;median_age&lt;/b&gt;: copied from &lt;i&gt;MEDIAN_AGE_FIELD&lt;/i&gt; when given, and used in the default composite (higher is worse).</source>
        <translation>&lt;b&gt;median_age&lt;/b&gt;: &lt;i&gt;MEDIAN_AGE_FIELD&lt;/i&gt;를 주면 그 값을 복사하며, 기본 종합 점수에 씁니다(높을수록 나쁨).</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="7"/>
        <source>&lt;b&gt;risk_index&lt;/b&gt;: the local extinction risk index (Lee Sang-ho, Korea Employment Information Service, 2016, after Masuda 2014) = women aged 20–39 / residents 65+. &lt;b&gt;risk_class&lt;/b&gt; 1–5 and &lt;b&gt;risk_label&lt;/b&gt; (in the interface language): 1.5 and more very low risk (1); 1.0–1.5 normal (2); 0.5–1.0 caution (3); 0.2–0.5 entering extinction risk (4); below 0.2 high extinction risk (5).</source>
        <translation>&lt;b&gt;risk_index&lt;/b&gt;: 지방소멸위험지수 (이상호, 한국고용정보원, 2016; 마스다 2014를 바탕으로 함) = 20–39세 여성 인구 / 65세 이상 인구. &lt;b&gt;risk_class&lt;/b&gt; 1–5와 &lt;b&gt;risk_label&lt;/b&gt; (인터페이스 언어로): 1.5 이상 소멸위험 매우 낮음 (1); 1.0–1.5 보통 (2); 0.5–1.0 주의단계 (3); 0.2–0.5 소멸위험 진입단계 (4); 0.2 미만 소멸고위험 (5).</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="8"/>
        <source>&lt;b&gt;births&lt;/b&gt;, &lt;b&gt;birth_rate&lt;/b&gt; (per 1,000 residents) and &lt;b&gt;low_births&lt;/b&gt; (1 when births are below &lt;i&gt;Low births&lt;/i&gt;).</source>
        <translation>&lt;b&gt;births&lt;/b&gt;, &lt;b&gt;birth_rate&lt;/b&gt; (인구 1,000명당) 및 &lt;b&gt;low_births&lt;/b&gt; (출생아 수가 &lt;i&gt;저출생 기준&lt;/i&gt;보다 적으면 1).</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="9"/>
        <source>&lt;b&gt;density&lt;/b&gt;: residents per km², from the area field or else the ellipsoidal area of the polygon (a layer without a CRS: its coordinates are taken as metres, and the run says so).</source>
        <translation>&lt;b&gt;density&lt;/b&gt;: km²당 인구. 면적 필드가 있으면 그 값으로, 없으면 폴리곤의 타원체 면적으로 계산합니다 (좌표계가 없는 레이어는 좌표를 미터로 보며, 실행 중에 그렇게 알립니다).</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="10"/>
        <source>&lt;b&gt;small_unit&lt;/b&gt;: 1 when the population is below &lt;i&gt;Small population&lt;/i&gt;.</source>
        <translation>&lt;b&gt;small_unit&lt;/b&gt;: 인구가 &lt;i&gt;소규모 인구 기준&lt;/i&gt;보다 적으면 1.</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="11"/>
        <source>&lt;b&gt;decline_score&lt;/b&gt;: a composite of the chosen numeric fields, each standardised (z-score), weighted (&lt;i&gt;Composite weights&lt;/i&gt;, comma-separated, default 1 each) and signed so that a higher score means more decline (&lt;i&gt;Composite: higher is worse&lt;/i&gt;, comma-separated 0/1 per field; 0 = a higher value is better, e.g. population change; 1 = a higher value is worse, e.g. an ageing ratio). Without composite fields the score combines whichever of pop_change, aging_ratio (higher is worse), risk_index, birth_rate and median_age (higher is worse) exist. This composite is not an official index: Korea's 89 population-decline areas (2021) used eight indicators whose weights are not published. &lt;b&gt;decline_class&lt;/b&gt;: quintile 1–5 of the score (5 = most declining).</source>
        <translation>&lt;b&gt;decline_score&lt;/b&gt;: 선택한 숫자 필드의 종합 점수. 각 필드를 표준화(z-점수)하고 가중치(&lt;i&gt;종합 가중치&lt;/i&gt;, 쉼표로 구분, 기본값 각 1)를 곱한 뒤, 점수가 높을수록 쇠퇴가 심하도록 부호를 맞춥니다(&lt;i&gt;종합: 높을수록 나쁨&lt;/i&gt;, 필드마다 쉼표로 구분한 0/1; 0 = 값이 높을수록 좋음, 예: 인구 변화; 1 = 값이 높을수록 나쁨, 예: 고령화 비율). 종합 필드를 지정하지 않으면 pop_change, aging_ratio(높을수록 나쁨), risk_index, birth_rate, median_age(높을수록 나쁨) 가운데 있는 것을 결합합니다. 이 종합 점수는 공식 지수가 아닙니다. 2021년 지정된 89개 인구감소지역은 8개 지표를 사용했으나 가중치는 공개되지 않았습니다. &lt;b&gt;decline_class&lt;/b&gt;: 점수의 5분위 1–5 (5 = 쇠퇴가 가장 심함).</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="13"/>
        <source>Policy profiles</source>
        <translation>정책 프로필</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="14"/>
        <source>&lt;i&gt;Small population&lt;/i&gt; and &lt;i&gt;Low births&lt;/i&gt; left empty take the values of the chosen &lt;i&gt;PROFILE&lt;/i&gt;: &lt;b&gt;Korea&lt;/b&gt; (default; the KRIHS "small but strong" set: small below 100,000 residents, low births below 300 a year, the line below which an ob-gyn clinic is not viable in Korean policy work, not an official standard); &lt;b&gt;Japan&lt;/b&gt; (small below 50,000, the population a municipality needs to be a city under the Local Autonomy Act; no births line); &lt;b&gt;Europe&lt;/b&gt; (small below 50,000, the urban-centre size of a city in Eurostat's degree of urbanisation; no births line). A value you give overrides the profile.</source>
        <translation>&lt;i&gt;소규모 인구 기준&lt;/i&gt;과 &lt;i&gt;저출생 기준&lt;/i&gt;을 비워 두면 선택한 &lt;i&gt;PROFILE&lt;/i&gt;의 값을 씁니다: &lt;b&gt;한국&lt;/b&gt; (기본값; 국토연구원 "작지만 강한" 설정: 인구 100,000명 미만은 소규모, 연간 출생아 300명 미만은 저출생으로, 한국 정책 실무에서 산부인과 의원이 유지되기 어렵다고 보는 선이며 공식 기준은 아님); &lt;b&gt;일본&lt;/b&gt; (50,000명 미만은 소규모로, 지방자치법상 기초자치단체가 시(市)가 되는 데 필요한 인구; 출생아 기준 없음); &lt;b&gt;유럽&lt;/b&gt; (50,000명 미만은 소규모로, Eurostat 도시화 등급에서 도시 도심(urban centre)의 규모; 출생아 기준 없음). 값을 직접 주면 프로필보다 우선합니다.</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="15"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../help/declineindicators.html" line="16"/>
        <source>The layer is styled by what could be computed: the risk classes, else the ageing classes, else the population change, else the decline quintiles, else the density. A zero or missing denominator gives NULL and one warning naming the units; a negative count is taken as NULL with a warning; no feature is ever dropped.</source>
        <translation>레이어 스타일은 계산할 수 있었던 지표에 따라 정합니다: 소멸위험 등급, 없으면 고령화 등급, 없으면 인구 변화, 없으면 쇠퇴 5분위, 없으면 밀도. 분모가 0이거나 없으면 NULL이 되며 해당 시군구를 밝히는 경고를 한 번 표시합니다. 음수인 인구수는 경고와 함께 NULL로 처리합니다. 피처는 하나도 버리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="1"/>
        <source>Builds a print layout of the alliances over their units and exports it as a PDF and a PNG image: one overview page (title, the parameters used, the map with its legend, scale bar and north arrow, the key figures, a table of the alliances, a chart and the data sources) or, with &lt;i&gt;Atlas&lt;/i&gt;, one page per alliance. With the sites of &lt;i&gt;Site shared facilities&lt;/i&gt;, the sites are on the maps and a siting page follows the overview. The inputs are never changed: the report draws memory copies of them.</source>
        <translation>시군구 위에 연합을 그린 인쇄 조판을 만들어 PDF와 PNG 이미지로 내보냅니다: 개요 한 쪽(제목, 사용한 파라미터, 범례·축척 막대·방위표가 있는 지도, 주요 수치, 연합 표, 차트, 자료 출처) 또는 &lt;i&gt;아틀라스&lt;/i&gt;로 연합마다 한 쪽. &lt;i&gt;공동 시설 입지 선정&lt;/i&gt;의 입지를 주면 지도에 입지를 그리고 개요 쪽 뒤에 입지 선정 쪽을 붙입니다. 입력은 바꾸지 않으며, 보고서는 입력의 메모리 사본으로 그립니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="2"/>
        <location filename="../help/projectpopulation.html" line="2"/>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="3"/>
        <source>&lt;b&gt;Alliances&lt;/b&gt; (ALLIANCES): the alliance polygons of &lt;i&gt;Propose alliances&lt;/i&gt;. Fields read when present: &lt;code&gt;alliance_id&lt;/code&gt; (the key), &lt;code&gt;name&lt;/code&gt; (else the first text field), &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt; and &lt;code&gt;risk_index&lt;/code&gt;. An alliance without a &lt;code&gt;population&lt;/code&gt; gets the sum of its members' populations; without &lt;code&gt;n_members&lt;/code&gt;, the number of units joined to it.</source>
        <translation>&lt;b&gt;연합&lt;/b&gt; (ALLIANCES): &lt;i&gt;연합 제안&lt;/i&gt;의 연합 폴리곤. 있으면 읽는 필드: &lt;code&gt;alliance_id&lt;/code&gt; (키), &lt;code&gt;name&lt;/code&gt; (없으면 첫 번째 텍스트 필드), &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;. &lt;code&gt;population&lt;/code&gt;이 없는 연합은 구성원 인구의 합을, &lt;code&gt;n_members&lt;/code&gt;가 없는 연합은 연결된 시군구 수를 씁니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="4"/>
        <source>&lt;b&gt;Units&lt;/b&gt; (UNITS): the units of the same run, i.e. the alliance members output of &lt;i&gt;Propose alliances&lt;/i&gt;, the output of &lt;i&gt;Service gaps&lt;/i&gt;, or the units output of &lt;i&gt;Site shared facilities&lt;/i&gt; (which keeps the fields of its input). Units with a &lt;code&gt;gap&lt;/code&gt; field are drawn in the service-gap style and give the gap before and after alliances (with &lt;code&gt;covered_by_alliance&lt;/code&gt;, and &lt;code&gt;gap_reason&lt;/code&gt; in the atlas table); units with a &lt;code&gt;role&lt;/code&gt; field are drawn in the membership style (hub, member, outside any alliance); other units in plain grey.</source>
        <translation>&lt;b&gt;시군구&lt;/b&gt; (UNITS): 같은 실행의 시군구, 곧 &lt;i&gt;연합 제안&lt;/i&gt;의 연합 구성원 결과, &lt;i&gt;서비스 공백&lt;/i&gt;의 결과, 또는 &lt;i&gt;공동 시설 입지 선정&lt;/i&gt;의 시군구 결과(입력의 필드를 그대로 유지함). &lt;code&gt;gap&lt;/code&gt; 필드가 있는 시군구는 서비스 공백 스타일로 그리고 연합 전후의 공백을 보여 줍니다(&lt;code&gt;covered_by_alliance&lt;/code&gt;와 함께, 아틀라스 표에는 &lt;code&gt;gap_reason&lt;/code&gt;도). &lt;code&gt;role&lt;/code&gt; 필드가 있는 시군구는 연합 구성 스타일(거점, 구성원, 연합 밖)로, 그 밖의 시군구는 단순한 회색으로 그립니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="5"/>
        <source>&lt;b&gt;Chosen sites&lt;/b&gt; (SITES, optional, points): the sites output of &lt;i&gt;Site shared facilities&lt;/i&gt;. Each site joins its alliance by the alliance field (ALLIANCE_FIELD when the sites have it, else the field that &lt;i&gt;Site shared facilities&lt;/i&gt; writes first, before &lt;code&gt;site_id&lt;/code&gt;), else by the alliance that holds it; a site of no alliance is drawn and listed without one, with a warning. Fields read when present: &lt;code&gt;site_name&lt;/code&gt; (else &lt;code&gt;site&lt;/code&gt;), &lt;code&gt;rank&lt;/code&gt;, &lt;code&gt;objective&lt;/code&gt;, &lt;code&gt;demand_served&lt;/code&gt;, &lt;code&gt;units_served&lt;/code&gt;, &lt;code&gt;demand_newly_covered&lt;/code&gt;, &lt;code&gt;mean_km&lt;/code&gt;, &lt;code&gt;max_km&lt;/code&gt; and &lt;code&gt;site_id&lt;/code&gt;. Give as UNITS the units output of the same siting run for the before → after figures (see &lt;i&gt;The siting page&lt;/i&gt;).</source>
        <translation>&lt;b&gt;선정된 입지&lt;/b&gt; (SITES, 선택, 점): &lt;i&gt;공동 시설 입지 선정&lt;/i&gt;의 입지 결과. 각 입지는 연합 필드(입지에 있으면 ALLIANCE_FIELD, 없으면 &lt;i&gt;공동 시설 입지 선정&lt;/i&gt;이 &lt;code&gt;site_id&lt;/code&gt; 앞에 맨 먼저 쓰는 필드)로, 그것도 없으면 입지를 포함하는 연합으로 그 연합에 연결됩니다. 어느 연합에도 속하지 않는 입지는 경고와 함께 연합 없이 그리고 나열합니다. 있으면 읽는 필드: &lt;code&gt;site_name&lt;/code&gt; (없으면 &lt;code&gt;site&lt;/code&gt;), &lt;code&gt;rank&lt;/code&gt;, &lt;code&gt;objective&lt;/code&gt;, &lt;code&gt;demand_served&lt;/code&gt;, &lt;code&gt;units_served&lt;/code&gt;, &lt;code&gt;demand_newly_covered&lt;/code&gt;, &lt;code&gt;mean_km&lt;/code&gt;, &lt;code&gt;max_km&lt;/code&gt;, &lt;code&gt;site_id&lt;/code&gt;. 입지 전 → 후 수치를 보려면 UNITS로 같은 입지 선정 실행의 시군구 결과를 주십시오(&lt;i&gt;입지 선정 쪽&lt;/i&gt;을 보십시오).</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="6"/>
        <source>&lt;b&gt;Alliance id field in the units&lt;/b&gt; (ALLIANCE_FIELD, default &lt;code&gt;alliance_id&lt;/code&gt;): joins each unit to its alliance; ids are compared as text, so 3, 3.0 and "3" join. When the units lack this field, or the alliances lack &lt;code&gt;alliance_id&lt;/code&gt;, a unit belongs to the alliance that contains a point on its surface. A field other than the default must exist in the units.</source>
        <translation>&lt;b&gt;시군구의 연합 ID 필드&lt;/b&gt; (ALLIANCE_FIELD, 기본값 &lt;code&gt;alliance_id&lt;/code&gt;): 시군구를 그 연합에 연결합니다. ID는 텍스트로 비교하므로 3, 3.0, "3"이 서로 연결됩니다. 시군구에 이 필드가 없거나 연합에 &lt;code&gt;alliance_id&lt;/code&gt;가 없으면, 시군구는 그 표면 위의 한 점을 포함하는 연합에 속합니다. 기본값이 아닌 필드를 지정하면 그 필드가 시군구에 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="7"/>
        <source>&lt;b&gt;Unit name field&lt;/b&gt; (UNIT_NAME_FIELD): the names in the members' table, labels and charts; empty, a field with a usual name is taken (name, sigungu, adm_nm, GEN, nom, …), else the first text field that the plugin did not write; without one, feature ids are shown, with a warning.</source>
        <translation>&lt;b&gt;시군구 이름 필드&lt;/b&gt; (UNIT_NAME_FIELD): 구성원 표, 레이블, 차트에 쓸 이름. 비우면 흔히 쓰는 이름의 필드(name, sigungu, adm_nm, GEN, nom, …)를, 없으면 플러그인이 쓰지 않은 첫 번째 텍스트 필드를 씁니다. 그것도 없으면 경고와 함께 피처 ID를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="8"/>
        <source>&lt;b&gt;Unit population field&lt;/b&gt; (UNIT_POPULATION_FIELD): the members' populations in the tables, facts and charts. Empty, it is the population field that &lt;i&gt;Propose alliances&lt;/i&gt; recorded in the alliances' metadata, when the units have it; else the numeric field whose sums over the members of each alliance match the alliances' &lt;code&gt;population&lt;/code&gt; within 0.5 %. A field the plugin derives (the decline indicators, pop_ratio, n_members, per_10k, nearest_km, gap and the like) is never taken for a head count. When no field matches, member populations are not shown, with a warning.</source>
        <translation>&lt;b&gt;시군구 인구 필드&lt;/b&gt; (UNIT_POPULATION_FIELD): 표, 요약 정보, 차트에 나오는 구성원 인구. 비우면 &lt;i&gt;연합 제안&lt;/i&gt;이 연합의 메타데이터에 기록한 인구 필드를 (시군구에 그 필드가 있으면) 쓰고, 없으면 연합별 구성원 합계가 연합의 &lt;code&gt;population&lt;/code&gt;과 0.5 % 이내로 맞는 숫자 필드를 씁니다. 플러그인이 계산한 필드(쇠퇴 지표, pop_ratio, n_members, per_10k, nearest_km, gap 등)는 인구수로 쓰지 않습니다. 맞는 필드가 없으면 경고와 함께 구성원 인구를 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="10"/>
        <source>Alliances and units of two different runs are refused: when more than 10 % of the units joined to an alliance lie outside its outline (a point on the unit's surface farther from it than 1 % of the alliance's width), the run stops and names an example; fewer such units give a warning. An alliance whose outline is invalid is not judged. The alliances' member lists (&lt;code&gt;members&lt;/code&gt;, the unit ids joined by commas) are checked too: the ids are looked up in the units' field that holds most of them, and when fewer than half are found the run stops, naming missing ids and their alliances; a few missing ids give a warning.</source>
        <translation>서로 다른 실행에서 나온 연합과 시군구는 거부합니다: 연합에 연결된 시군구의 10 %가 넘게 그 연합의 경계 밖에 있으면(시군구 표면 위의 한 점이 연합에서 연합 폭의 1 %보다 멀리 떨어져 있으면) 실행을 멈추고 예를 하나 밝힙니다. 그런 시군구가 그보다 적으면 경고만 합니다. 경계가 올바르지 않은 연합은 판단하지 않습니다. 연합의 구성원 목록(&lt;code&gt;members&lt;/code&gt;, 쉼표로 이은 시군구 ID)도 확인합니다: ID를 그 대부분이 들어 있는 시군구 필드에서 찾고, 절반도 찾지 못하면 없는 ID와 그 연합을 밝히며 실행을 멈춥니다. 없는 ID가 몇 개뿐이면 경고만 합니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="11"/>
        <source>A units layer without any unit is refused. Without any alliance (none reaches the floor), the report maps the units alone, with a warning.</source>
        <translation>시군구가 하나도 없는 시군구 레이어는 거부합니다. 연합이 하나도 없으면(인구 하한에 이르는 연합이 없음) 보고서는 경고와 함께 시군구만 지도에 그립니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="12"/>
        <source>The overview page</source>
        <translation>개요 쪽</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="13"/>
        <source>The map: the alliances' outlines over the units in their style, labelled with the alliance names; where names would collide QGIS leaves some out, and the most populous alliances keep theirs. It is drawn in the alliances' CRS when that is projected, else in the units' CRS, else in the UTM zone at the centre of the alliances. A feature with a vertex that has no place in that CRS (beyond the pole, or coordinates in metres read as degrees) is left out with a warning naming it. Specks of an alliance (parts and holes under 1 % of its area) are left out, and both layers are simplified to the detail the page can show.</source>
        <translation>지도: 시군구를 그 스타일로 그리고 그 위에 연합 경계를 그리며, 연합 이름을 레이블로 붙입니다. 이름이 겹치는 곳에서는 QGIS가 일부를 빼는데, 인구가 많은 연합의 이름이 남습니다. 지도는 연합의 좌표계가 투영 좌표계이면 그 좌표계로, 아니면 시군구의 좌표계로, 그것도 아니면 연합 중심의 UTM 구역으로 그립니다. 그 좌표계에 자리가 없는 꼭짓점(극 너머, 또는 도 단위로 읽힌 미터 좌표)을 가진 피처는 그 피처를 밝히는 경고와 함께 뺍니다. 연합의 자잘한 조각(면적의 1 % 미만인 부분과 구멍)은 빼고, 두 레이어 모두 종이에 보이는 정도로 단순화합니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="14"/>
        <source>The legend lists what the map shows, alliances first. Its text gets smaller until it fits its place in the template; a warning says when it still does not.</source>
        <translation>범례는 지도에 나타난 것을 연합부터 나열합니다. 템플릿에 마련된 자리에 들어갈 때까지 글자를 줄이며, 그래도 넘치면 경고합니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="15"/>
        <source>The scale bar, in kilometres or miles (SCALE_UNITS), and the north arrow.</source>
        <translation>킬로미터 또는 마일 단위의 축척 막대(SCALE_UNITS)와 방위표.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="16"/>
        <source>The key figures: the number of alliances, their units and residents; how many alliances are below the floor; the units (and their residents) in service gap before → after alliances, or, without a gap field, the member units at high extinction risk (index below 0.2) → the alliances at high risk once pooled.</source>
        <translation>주요 수치: 연합 수와 그 시군구 수, 주민 수; 인구 하한에 못 미치는 연합 수; 연합 전 → 후 서비스 공백 시군구 수(와 그 주민 수), 또는 gap 필드가 없으면 소멸고위험(지수 0.2 미만)인 구성 시군구 수 → 합산했을 때 고위험인 연합 수.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="17"/>
        <source>The table of the alliances, most populous first: name, units, population, × floor (the population ÷ the report's floor, the same as in the facts and charts; &lt;code&gt;pop_ratio&lt;/code&gt; only when there is no population or no floor), risk index, and the members in service gap before → after, each column when its field exists. The key of the columns is printed under the table. Text and cell margins shrink until the columns fit the frame's width.</source>
        <translation>연합 표, 인구가 많은 순서: 이름, 시군구 수, 인구, 하한 대비(인구 ÷ 보고서의 인구 하한, 요약 정보와 차트와 같은 값; 인구나 하한이 없을 때만 &lt;code&gt;pop_ratio&lt;/code&gt;), 소멸위험지수, 연합 전 → 후 서비스 공백 구성원 수. 각 열은 해당 필드가 있을 때만 나옵니다. 열의 설명은 표 아래에 인쇄합니다. 열이 프레임 너비에 들어갈 때까지 글자와 셀 여백을 줄입니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="18"/>
        <source>A table longer than its frame continues on annex pages headed "Alliances (continued)": frames as wide as the table's, side by side in as many columns as the page width allows, the header repeated in each, until every row is printed (85 alliances on A4: one annex page of two columns).</source>
        <translation>프레임보다 긴 표는 "연합 (계속)"이라는 제목의 부록 쪽으로 이어집니다: 표와 같은 너비의 프레임을 쪽 너비가 허용하는 만큼 여러 열로 나란히 두고 각 열에 머리글을 되풀이하여, 모든 행을 인쇄할 때까지 계속합니다(A4에 연합 85개: 두 열로 된 부록 한 쪽).</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="19"/>
        <source>The chart: the population of each alliance against the floor (a dashed line; bars below it in orange), most populous first. Above 40 alliances it shows their distribution instead: how many alliances fall in each population band, and how many are below the floor (in orange, also within a band that straddles the floor).</source>
        <translation>차트: 연합별 인구와 인구 하한(점선; 하한에 못 미치는 막대는 주황색), 인구가 많은 순서. 연합이 40개를 넘으면 대신 분포를 보여 줍니다: 인구 구간별 연합 수와 하한에 못 미치는 연합 수(주황색, 하한에 걸친 구간 안에서도).</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="20"/>
        <source>Durable alliances: when the alliances carry projected populations (the fields &lt;code&gt;pop_2030&lt;/code&gt;, &lt;code&gt;pop_2040&lt;/code&gt;, … that &lt;i&gt;Propose alliances&lt;/i&gt; writes when its units come from &lt;i&gt;Project population&lt;/i&gt;), the chart shows each alliance's population path through the target years against the floor (dashed), starting from the base year of the projection (the units' &lt;code&gt;proj_base_year&lt;/code&gt;) when known. Up to 12 alliances: one line each, named at its end, under the bars; from 13 to 40: small multiples instead of the bars, one panel per alliance from 0 to its own maximum, the panels of alliances that fall below the floor tinted with the first year below marked; above 40: under the distribution, one bar per year (the base year, then each target year) of the alliances, those below the floor that year at its foot in orange with their count (a line each would be one smear near the floor). The key figures then say how many alliances stay above the floor through the last target year ("21 of 29 alliances stay above the floor through 2050"), counted with the report's floor: an alliance stays above when none of its projected populations is below it (with the floor of the run, these are the alliances whose &lt;code&gt;below_floor_year&lt;/code&gt; is NULL).</source>
        <translation>지속 가능한 연합: 연합에 추계 인구가 있으면(&lt;i&gt;연합 제안&lt;/i&gt;이 &lt;i&gt;인구 추계&lt;/i&gt;에서 나온 시군구로 실행될 때 쓰는 &lt;code&gt;pop_2030&lt;/code&gt;, &lt;code&gt;pop_2040&lt;/code&gt;, … 필드), 차트는 연합별 인구가 목표 연도에 걸쳐 인구 하한(점선)과 견주어 어떻게 변하는지를, 알 수 있으면 추계의 기준 연도(시군구의 &lt;code&gt;proj_base_year&lt;/code&gt;)부터 보여 줍니다. 연합이 12개 이하이면 막대 아래에 연합마다 선 하나를 그리고 끝에 이름을 붙입니다. 13–40개이면 막대 대신 작은 다중 차트를 그립니다: 연합마다 0부터 그 최댓값까지의 패널 하나, 하한 아래로 내려가는 연합의 패널은 색을 입히고 처음 하한 아래로 내려가는 연도를 표시합니다. 40개를 넘으면 분포 아래에 연도(기준 연도, 그다음 각 목표 연도)마다 막대 하나를 그리고, 그해 하한에 못 미치는 연합은 막대 밑에 주황색으로 그 수와 함께 나타냅니다(연합마다 선을 그리면 하한 근처에서 한 덩어리로 뭉개집니다). 이때 주요 수치는 마지막 목표 연도까지 인구 하한 이상을 유지하는 연합 수를 보고서의 인구 하한으로 세어 알려 줍니다("연합 29개 중 21개가 2050년까지 인구 하한 이상 유지"): 추계 인구가 하나도 하한 아래로 내려가지 않는 연합이 유지하는 연합입니다(실행의 하한으로 세면 &lt;code&gt;below_floor_year&lt;/code&gt;가 NULL인 연합).</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="21"/>
        <source>Beside or under it: the units in service gap and their residents before and after alliances, when the units have a &lt;code&gt;gap&lt;/code&gt; field; otherwise, when extinction-risk indices exist, the risk classes of the member units (grey) and of the alliances pooled (colour).</source>
        <translation>그 옆이나 아래: 시군구에 &lt;code&gt;gap&lt;/code&gt; 필드가 있으면 연합 전후의 서비스 공백 시군구와 그 주민 수, 그렇지 않고 소멸위험지수가 있으면 구성 시군구(회색)와 합산한 연합(색)의 소멸위험 등급.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="23"/>
        <source>Atlas pages</source>
        <translation>아틀라스 쪽</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="24"/>
        <source>&lt;b&gt;Atlas&lt;/b&gt; (ATLAS): one page per alliance, named after it, the most populous first (in the layer's order when the alliances have no &lt;code&gt;population&lt;/code&gt;). The map is zoomed to the alliance and names its members; the units around it lie under a grey veil with their names in grey, and the other alliances are thin grey outlines. The legend lists only the classes of the page's members.</source>
        <translation>&lt;b&gt;아틀라스&lt;/b&gt; (ATLAS): 연합마다 그 이름을 단 한 쪽, 인구가 많은 순서 (연합에 &lt;code&gt;population&lt;/code&gt;이 없으면 레이어 순서). 지도는 그 연합으로 확대하고 구성원 이름을 붙입니다. 주변 시군구는 회색 막 아래에 회색 이름으로, 다른 연합은 가는 회색 경계로 그립니다. 범례에는 그 쪽 구성원의 범주만 나옵니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="25"/>
        <source>The facts: the alliance's population and how many times the floor it is, its members (most populous first), its hub (when the units have a &lt;code&gt;role&lt;/code&gt; field), its extinction-risk index, its members in service gap alone → with the alliance, its projected population in the last target year (and the first year below the floor), and with SITES its new site(s) (demand served, mean and largest distance) and its residents beyond the standard before → after the new sites. The text is set at one size that fits the longest facts of the atlas.</source>
        <translation>요약 정보: 연합의 인구와 그것이 인구 하한의 몇 배인지, 구성원(인구가 많은 순서), 거점(시군구에 &lt;code&gt;role&lt;/code&gt; 필드가 있을 때), 소멸위험지수, 서비스 공백인 구성원 수(단독 → 연합), 마지막 목표 연도의 추계 인구(와 처음 하한 아래로 내려가는 연도), 그리고 SITES가 있으면 신규 입지(담당 수요, 평균 거리와 최대 거리)와 신규 입지 전 → 후의 기준 밖 주민 수. 글자는 아틀라스에서 가장 긴 요약 정보가 들어가는 하나의 크기로 맞춥니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="26"/>
        <source>The members' table, most populous first: unit, role, population, risk index, and the service gap of the unit alone with its reason and whether the alliance covers it.</source>
        <translation>구성원 표, 인구가 많은 순서: 시군구, 역할, 인구, 소멸위험지수, 그리고 시군구 단독의 서비스 공백과 그 사유, 연합으로 해소되는지 여부.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="27"/>
        <source>The chart: the members' populations stacked against the floor, with a key of their names and populations (★ marks the hub); with projections, the alliance's projected population through the target years against the floor (orange once it falls below); then the members in service gap and their residents before and after the alliance, or each member's extinction-risk index with the alliance's pooled value and the 0.5 line below which a unit is at risk.</source>
        <translation>차트: 구성원 인구를 쌓은 막대와 인구 하한, 구성원 이름과 인구의 범례(★는 거점); 추계가 있으면 목표 연도에 걸친 연합의 추계 인구와 인구 하한(하한 아래로 내려가면 주황색); 이어서 연합 전후의 서비스 공백 구성원과 그 주민 수, 또는 구성원별 소멸위험지수와 연합 합산 값, 그리고 이보다 낮으면 소멸위험인 0.5 선.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="28"/>
        <source>The inset map: the whole study area in grey with the alliances outlined, the page's alliance in red and the extent of the main map framed in red.</source>
        <translation>삽입 지도: 연구 지역 전체를 회색으로 그리고 연합 경계를 표시하며, 그 쪽의 연합은 빨간색으로, 주 지도의 범위는 빨간 테두리로 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="29"/>
        <source>The PDF has one page per alliance (times the pages of the template) and the PNG shows the first one. Without any alliance there is no atlas: the shipped overview page is printed instead, or your own template as a single page.</source>
        <translation>PDF는 연합마다 한 쪽(템플릿이 여러 쪽이면 그 배수)이고, PNG는 첫 쪽을 보여 줍니다. 연합이 없으면 아틀라스도 없습니다: 기본 제공 개요 쪽을 대신 인쇄하거나, 사용자 템플릿을 한 쪽으로 인쇄합니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="31"/>
        <source>The sites (SITES)</source>
        <translation>입지 (SITES)</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="32"/>
        <source>The sites are drawn on the overview map and on every atlas page as a white cross on a purple disc, listed in the legend as "New facility sites". On an atlas page the alliance's own sites are named (the label of the unit that holds one gives way to it); the sites of other alliances are grey. The maps' labels keep clear of the scale bar and the north arrow.</source>
        <translation>입지는 개요 지도와 모든 아틀라스 쪽에 보라색 원 위의 흰 십자로 그리고, 범례에는 "신규 시설 입지"로 나옵니다. 아틀라스 쪽에서는 그 연합의 입지에 이름을 붙이고(입지를 포함한 시군구의 레이블은 입지에 자리를 내줍니다), 다른 연합의 입지는 회색입니다. 지도의 레이블은 축척 막대와 방위표를 피해 놓입니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="33"/>
        <source>The key figures of the overview gain the residents beyond the standard before → after the new sites.</source>
        <translation>개요 쪽의 주요 수치에 신규 입지 전 → 후의 기준 밖 주민 수가 더해집니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="34"/>
        <source>The siting page follows the overview (after the annex pages of the alliance table): the overview's own frame (title, parameters, map, legend, scale bar, north arrow, sources) with the units drawn by the facility that serves them (the style of &lt;i&gt;Site shared facilities&lt;/i&gt;, when the units carry its fields) and the sites named; in place of the overview's figures, the key figure in large type — the residents beyond the standard before → after —, the other figures (the demand beyond the standard before → after, the demand-weighted mean distance to the nearest facility before → after, or only after when there was no facility before, the number of sites and the objective), a chart of the residents and the demand beyond the standard before and after, and the table of the sites: alliance, site, demand served, demand newly within the standard, mean and largest distance, alliances most populous first. A long table continues on annex pages headed "Sites of the new shared facilities (continued)", in two columns when the page allows (its columns are then kept no wider than half an annex page). The sites' markers and names grow with the page (× 1.3 on A3). With Atlas, there is no siting page: each alliance's facts carry its sites.</source>
        <translation>입지 선정 쪽은 개요 쪽 뒤(연합 표의 부록 쪽 다음)에 옵니다: 개요 쪽과 같은 틀(제목, 파라미터, 지도, 범례, 축척 막대, 방위표, 출처)에, 시군구는 그 시군구를 담당하는 시설별로 그리고(시군구에 &lt;i&gt;공동 시설 입지 선정&lt;/i&gt;의 필드가 있으면 그 스타일로) 입지에는 이름을 붙입니다. 개요 쪽의 수치 대신 큰 글씨의 주요 수치 — 기준 밖 주민 수 전 → 후 —, 나머지 수치(기준 밖 수요 전 → 후, 가장 가까운 시설까지의 수요 가중 평균 거리 전 → 후, 또는 이전에 시설이 없었으면 후만, 입지 수와 목적), 기준 밖 주민과 수요의 전후 차트, 그리고 입지 표: 연합, 입지, 담당 수요, 새로 기준 이내에 든 수요, 평균 거리와 최대 거리, 인구가 많은 연합부터. 긴 표는 "신규 공동 시설 입지 (계속)"이라는 제목의 부록 쪽으로 이어지며, 쪽이 허용하면 두 열로 둡니다(이때 열 너비는 부록 쪽의 절반을 넘지 않습니다). 입지의 기호와 이름은 용지에 맞춰 커집니다(A3에서 × 1.3). 아틀라스에서는 입지 선정 쪽이 없고, 연합별 요약 정보에 그 입지가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="35"/>
        <source>The figures before → after come from the units when they carry the fields of &lt;i&gt;Site shared facilities&lt;/i&gt; (&lt;code&gt;gap_before&lt;/code&gt;, &lt;code&gt;gap_after&lt;/code&gt;, &lt;code&gt;km_before&lt;/code&gt;, &lt;code&gt;km_after&lt;/code&gt;): the residents are summed with the unit population field; the demand field is the units' numeric field whose sums over the units served by each site equal the sites' &lt;code&gt;demand_served&lt;/code&gt; (not printed twice when it is the population); the mean distance is weighted by that demand, over the units with a distance. They equal the outputs POPULATION_IN_GAP_BEFORE/AFTER, DEMAND_IN_GAP_BEFORE/AFTER and MEAN_DISTANCE_KM_BEFORE/AFTER of the siting run. Without those unit fields the page gives what the sites hold: the demand served and the demand newly within the standard.</source>
        <translation>전 → 후 수치는 시군구에 &lt;i&gt;공동 시설 입지 선정&lt;/i&gt;의 필드(&lt;code&gt;gap_before&lt;/code&gt;, &lt;code&gt;gap_after&lt;/code&gt;, &lt;code&gt;km_before&lt;/code&gt;, &lt;code&gt;km_after&lt;/code&gt;)가 있을 때 시군구에서 구합니다: 주민 수는 시군구 인구 필드로 합산합니다. 수요 필드는 입지별 담당 시군구에 대한 합계가 입지의 &lt;code&gt;demand_served&lt;/code&gt;와 같은 시군구의 숫자 필드입니다(그것이 인구이면 두 번 인쇄하지 않습니다). 평균 거리는 거리가 있는 시군구에 대해 그 수요로 가중합니다. 이 값은 입지 선정 실행의 출력 POPULATION_IN_GAP_BEFORE/AFTER, DEMAND_IN_GAP_BEFORE/AFTER, MEAN_DISTANCE_KM_BEFORE/AFTER와 같습니다. 이 시군구 필드가 없으면 입지가 지닌 값, 곧 담당 수요와 새로 기준 이내에 든 수요를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="36"/>
        <source>The standard distance is not stored by &lt;i&gt;Site shared facilities&lt;/i&gt;: the report reads it back from the units, as the only multiple of 5 (else the only whole number) between the largest distance within the standard and the smallest beyond it; when the data do not pin it down the text says "the standard". With a road network the standard is in minutes (&lt;code&gt;min_before&lt;/code&gt;, &lt;code&gt;min_after&lt;/code&gt;).</source>
        <translation>&lt;i&gt;공동 시설 입지 선정&lt;/i&gt;은 기준 거리를 저장하지 않습니다: 보고서는 기준 이내의 가장 큰 거리와 기준 밖의 가장 작은 거리 사이에 있는 유일한 5의 배수(없으면 유일한 정수)로 시군구에서 기준을 되읽습니다. 자료로 정해지지 않으면 글에는 "기준"이라고 씁니다. 도로망을 쓰면 기준은 분 단위입니다(&lt;code&gt;min_before&lt;/code&gt;, &lt;code&gt;min_after&lt;/code&gt;).</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="37"/>
        <source>With SCALE_UNITS miles, the distances of the siting page and the facts are in miles.</source>
        <translation>SCALE_UNITS가 마일이면 입지 선정 쪽과 요약 정보의 거리도 마일입니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="39"/>
        <location filename="../help/proposealliances.html" line="4"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="40"/>
        <source>&lt;b&gt;Title&lt;/b&gt; (TITLE): the heading of the report, by default "Small but strong alliances" in the interface language; a long title is set smaller, down to 70 %, to fit its line. From the QGIS desktop it also names the layout and the layer group.</source>
        <translation>&lt;b&gt;제목&lt;/b&gt; (TITLE): 보고서의 제목, 기본값은 인터페이스 언어로 "작지만 강한 연합". 긴 제목은 한 줄에 들어가도록 70 %까지 작게 씁니다. QGIS 데스크톱에서는 조판과 레이어 그룹의 이름도 됩니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="41"/>
        <source>&lt;b&gt;Page size&lt;/b&gt; (PAGE_SIZE): the shipped template, A4 or A3 landscape; the charts' text is larger on A3.</source>
        <translation>&lt;b&gt;용지 크기&lt;/b&gt; (PAGE_SIZE): 기본 제공 템플릿, A4 또는 A3 가로. A3에서는 차트 글자가 더 큽니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="42"/>
        <source>&lt;b&gt;Population floor&lt;/b&gt; (FLOOR): the floor of the charts, facts, key figures and the table's × floor column, and of the count of the alliances that stay above it. 0 (default) derives it from the alliances: the median of &lt;code&gt;population / pop_ratio&lt;/code&gt;, rounded to three significant digits (to a whole number when three digits would move it by more than 0.1 %). Without &lt;code&gt;pop_ratio&lt;/code&gt; and without a floor given, no floor is drawn.</source>
        <translation>&lt;b&gt;인구 하한&lt;/b&gt; (FLOOR): 차트, 요약 정보, 주요 수치, 표의 하한 대비 열의 인구 하한이자, 하한 이상을 유지하는 연합 수를 세는 기준. 0(기본값)이면 연합에서 구합니다: &lt;code&gt;population / pop_ratio&lt;/code&gt;의 중앙값을 유효숫자 세 자리로 반올림합니다(세 자리로 반올림하면 0.1 %보다 크게 달라질 때는 정수로). &lt;code&gt;pop_ratio&lt;/code&gt;도 없고 하한도 주지 않으면 하한을 그리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="43"/>
        <source>&lt;b&gt;Parameters used&lt;/b&gt; (PARAMETERS_TEXT): free text printed under the title, e.g. "floor 300,000; 2–5 members; objective coverage". Left empty, the line gives the floor; the date and the plugin's version are always added.</source>
        <translation>&lt;b&gt;사용한 파라미터&lt;/b&gt; (PARAMETERS_TEXT): 제목 아래에 인쇄할 자유 텍스트, 예: "하한 300,000; 구성 2–5; 목표 포괄". 비우면 인구 하한을 적습니다. 날짜와 플러그인 버전은 언제나 덧붙입니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="44"/>
        <source>&lt;b&gt;Sources&lt;/b&gt; (SOURCES): the attribution printed after "Sources:" at the foot of every page. Left empty, it is read from the inputs: the attribution that the plugin's outputs carry, else a GeoPackage layer's description, else the rights and licences of the layer's QGIS metadata. When nothing is found, no sources line is printed.</source>
        <translation>&lt;b&gt;출처&lt;/b&gt; (SOURCES): 모든 쪽 아래에 "출처:" 뒤에 인쇄할 저작자 표시. 비우면 입력에서 읽습니다: 플러그인 출력이 지닌 저작자 표시, 없으면 GeoPackage 레이어의 설명, 없으면 레이어 QGIS 메타데이터의 권리와 라이선스. 아무것도 찾지 못하면 출처 줄을 인쇄하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="45"/>
        <source>&lt;b&gt;Scale bar units&lt;/b&gt; (SCALE_UNITS): kilometres (default) or miles, also the unit of the sites' distances.</source>
        <translation>&lt;b&gt;축척 막대 단위&lt;/b&gt; (SCALE_UNITS): 킬로미터(기본값) 또는 마일. 입지 거리의 단위도 됩니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="46"/>
        <source>&lt;b&gt;Image resolution&lt;/b&gt; (DPI, default 150): of the PNG. The PDF is vector, with its text kept as text (searchable and copyable in any script); parts that must be rasterised, such as hatched fills, are at 200 dpi.</source>
        <translation>&lt;b&gt;이미지 해상도&lt;/b&gt; (DPI, 기본값 150): PNG의 해상도. PDF는 벡터이며 글자를 텍스트로 유지합니다(어떤 문자든 검색·복사 가능). 해치 채우기처럼 래스터로 바꿔야 하는 부분은 200 dpi입니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="47"/>
        <source>&lt;b&gt;PDF report&lt;/b&gt; (OUTPUT_PDF) and &lt;b&gt;PNG image&lt;/b&gt; (OUTPUT_IMAGE, optional): give at least one of them.</source>
        <translation>&lt;b&gt;PDF 보고서&lt;/b&gt; (OUTPUT_PDF)와 &lt;b&gt;PNG 이미지&lt;/b&gt; (OUTPUT_IMAGE, 선택): 적어도 하나는 주십시오.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="49"/>
        <source>Your own template</source>
        <translation>사용자 템플릿</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="50"/>
        <source>&lt;b&gt;Your own layout template&lt;/b&gt; (TEMPLATE, a .qpt file) replaces the shipped one: the overview page, or with Atlas every atlas page. The report finds the items by their id, and any of them may be left out: the labels &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;sources&lt;/code&gt;, &lt;code&gt;summary&lt;/code&gt; (the key figures) and &lt;code&gt;table_note&lt;/code&gt; (the key of the columns), the maps &lt;code&gt;map&lt;/code&gt; and, on atlas pages, &lt;code&gt;overview_map&lt;/code&gt; (the inset), &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, the pictures &lt;code&gt;north_arrow&lt;/code&gt; (the QGIS north arrow when it has no image) and &lt;code&gt;chart&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (an attribute table frame), and on atlas pages the label &lt;code&gt;facts&lt;/code&gt;.</source>
        <translation>&lt;b&gt;사용자 조판 템플릿&lt;/b&gt; (TEMPLATE, .qpt 파일)은 기본 제공 템플릿을 대신합니다: 개요 쪽, 또는 아틀라스를 켜면 모든 아틀라스 쪽. 보고서는 항목을 ID로 찾으며, 어느 항목이든 빠져도 됩니다: 레이블 &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;sources&lt;/code&gt;, &lt;code&gt;summary&lt;/code&gt; (주요 수치), &lt;code&gt;table_note&lt;/code&gt; (열의 설명), 지도 &lt;code&gt;map&lt;/code&gt;과 아틀라스 쪽의 &lt;code&gt;overview_map&lt;/code&gt; (삽입 지도), &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, 그림 &lt;code&gt;north_arrow&lt;/code&gt; (이미지가 없으면 QGIS 방위표)와 &lt;code&gt;chart&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (속성 테이블 프레임), 그리고 아틀라스 쪽의 레이블 &lt;code&gt;facts&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="51"/>
        <source>A label whose text holds an expression (&lt;code&gt;[% … %]&lt;/code&gt;) keeps it; the other labels with those ids get the report's text. Every label is set in the report's font, its size and weight kept.</source>
        <translation>텍스트에 표현식(&lt;code&gt;[% … %]&lt;/code&gt;)이 있는 레이블은 그대로 두고, 이 ID를 가진 다른 레이블에는 보고서의 텍스트를 넣습니다. 모든 레이블은 크기와 굵기를 유지한 채 보고서의 글꼴로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="52"/>
        <source>Layout variables for your labels: &lt;code&gt;@sbs_title&lt;/code&gt;, &lt;code&gt;@sbs_parameters&lt;/code&gt; (the line under the title) and &lt;code&gt;@sbs_sources&lt;/code&gt; (with "Sources:"); for an atlas heading, &lt;code&gt;@sbs_heading&lt;/code&gt; ("%1 alliance" in the interface language) and &lt;code&gt;@sbs_name_field&lt;/code&gt; (the alliances' name field), as in &lt;code&gt;[% format(@sbs_heading, attribute(@atlas_feature, @sbs_name_field)) %]&lt;/code&gt;.</source>
        <translation>레이블에 쓸 수 있는 조판 변수: &lt;code&gt;@sbs_title&lt;/code&gt;, &lt;code&gt;@sbs_parameters&lt;/code&gt; (제목 아래 줄), &lt;code&gt;@sbs_sources&lt;/code&gt; ("출처:" 포함); 아틀라스 제목에는 &lt;code&gt;@sbs_heading&lt;/code&gt; (인터페이스 언어로 "%1 연합")과 &lt;code&gt;@sbs_name_field&lt;/code&gt; (연합의 이름 필드)를 &lt;code&gt;[% format(@sbs_heading, attribute(@atlas_feature, @sbs_name_field)) %]&lt;/code&gt;처럼 씁니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="53"/>
        <source>The label &lt;code&gt;facts&lt;/code&gt; shows the field &lt;code&gt;sbs_facts&lt;/code&gt; of the atlas feature (the facts as text): the shipped atlas templates hold the expression &lt;code&gt;[% "sbs_facts" %]&lt;/code&gt; (a field of the atlas feature, not a variable: there is no &lt;code&gt;@sbs_facts&lt;/code&gt;), and a &lt;code&gt;facts&lt;/code&gt; label without an expression gets it. The alliances also carry &lt;code&gt;sbs_key&lt;/code&gt;, and with a gap field &lt;code&gt;gap_before&lt;/code&gt; and &lt;code&gt;gap_after&lt;/code&gt;, for your own expressions.</source>
        <translation>레이블 &lt;code&gt;facts&lt;/code&gt;는 아틀라스 피처의 &lt;code&gt;sbs_facts&lt;/code&gt; 필드(텍스트로 된 요약 정보)를 보여 줍니다: 기본 제공 아틀라스 템플릿에는 &lt;code&gt;[% "sbs_facts" %]&lt;/code&gt; 표현식이 들어 있고(변수가 아니라 아틀라스 피처의 필드이므로 &lt;code&gt;@sbs_facts&lt;/code&gt;는 없습니다), 표현식이 없는 &lt;code&gt;facts&lt;/code&gt; 레이블에는 이 표현식을 넣습니다. 연합에는 사용자 표현식에 쓸 수 있도록 &lt;code&gt;sbs_key&lt;/code&gt;가, gap 필드가 있으면 &lt;code&gt;gap_before&lt;/code&gt;와 &lt;code&gt;gap_after&lt;/code&gt;도 있습니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="54"/>
        <source>The siting page copies every item of the overview page except &lt;code&gt;chart&lt;/code&gt;, &lt;code&gt;summary&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; and &lt;code&gt;table_note&lt;/code&gt;, whose place takes the page's figures; the copies get ids prefixed with &lt;code&gt;siting_&lt;/code&gt;. A template without any of those four items gets a plain siting page: heading, figures and table.</source>
        <translation>입지 선정 쪽은 개요 쪽의 항목 가운데 &lt;code&gt;chart&lt;/code&gt;, &lt;code&gt;summary&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt;, &lt;code&gt;table_note&lt;/code&gt;를 뺀 모든 항목을 복사하고, 이 네 항목의 자리에는 그 쪽의 수치를 넣습니다. 복사한 항목의 ID 앞에는 &lt;code&gt;siting_&lt;/code&gt;을 붙입니다. 이 네 항목이 하나도 없는 템플릿에는 제목, 수치, 표만 있는 단순한 입지 선정 쪽을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="55"/>
        <source>Language and fonts</source>
        <translation>언어와 글꼴</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="56"/>
        <source>Every word the report prints is in the interface language of QGIS (Korean with the shipped translation, else English) or comes from the data (names, sources).</source>
        <translation>보고서가 인쇄하는 모든 낱말은 QGIS 인터페이스 언어(함께 제공하는 번역이 있는 한국어, 그 밖에는 영어)로 쓰거나 자료(이름, 출처)에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="57"/>
        <source>Latin letters and every digit are set in Noto Sans, so that the figures of the PDF can be searched and copied; Hangul, Kana and Han come from the installed Noto Sans CJK. Without Noto Sans, the Noto Sans CJK font of the page's script is used, then DejaVu Sans, Liberation Sans or Arial. Debian: fonts-noto-core and fonts-noto-cjk.</source>
        <translation>라틴 문자와 모든 숫자는 Noto Sans로 써서 PDF의 수치를 검색하고 복사할 수 있게 하며, 한글·가나·한자는 설치된 Noto Sans CJK에서 가져옵니다. Noto Sans가 없으면 그 쪽 문자에 맞는 Noto Sans CJK 글꼴을, 그다음 DejaVu Sans, Liberation Sans, Arial을 씁니다. Debian: fonts-noto-core와 fonts-noto-cjk.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="58"/>
        <source>Files and the project</source>
        <translation>파일과 프로젝트</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="59"/>
        <source>Both destinations are checked before anything is drawn: a folder given as a file name, a path under a file, or a folder that cannot be written to is refused.</source>
        <translation>무엇이든 그리기 전에 두 출력 경로를 확인합니다: 파일 이름 자리에 준 폴더, 파일 아래의 경로, 쓸 수 없는 폴더는 거부합니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="60"/>
        <source>Both files are written under temporary names beside their destinations and replace the old files only when both are complete: a failed or cancelled run leaves no partial file and keeps the previous report.</source>
        <translation>두 파일은 출력 경로 옆에 임시 이름으로 쓴 뒤, 둘 다 완성되었을 때에만 기존 파일을 바꿉니다. 실패하거나 취소한 실행은 덜 쓴 파일을 남기지 않고 이전 보고서를 그대로 둡니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="61"/>
        <source>From the QGIS desktop the layout is also added to the project's layout manager, under the title, so that you can edit it: a layout left by an earlier report of the same title is replaced, any other layout of that name is kept and the new one numbered. Its layers go into a group named after the title, also replaced by the next run with the same title; they are memory copies, so save them if you keep the project. A failed or cancelled run takes them out again.</source>
        <translation>QGIS 데스크톱에서 실행하면 조판을 편집할 수 있도록 제목을 이름으로 하여 프로젝트의 조판 관리자에도 추가합니다: 같은 제목의 이전 보고서가 남긴 조판은 바꾸고, 그 이름의 다른 조판은 그대로 두며 새 조판에 번호를 붙입니다. 조판의 레이어는 제목을 딴 그룹에 넣고, 같은 제목으로 다시 실행하면 이 그룹도 바꿉니다. 레이어는 메모리 사본이므로 프로젝트를 보관하려면 저장하십시오. 실패하거나 취소한 실행은 레이어를 다시 뺍니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="62"/>
        <location filename="../help/proposealliances.html" line="17"/>
        <location filename="../help/sitefacilities.html" line="24"/>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="63"/>
        <source>OUTPUT_PDF, OUTPUT_IMAGE, &lt;b&gt;PAGES&lt;/b&gt; (the pages of the PDF, annex, siting and atlas pages included) and &lt;b&gt;LAYOUT_NAME&lt;/b&gt; (the layout added to the project; empty outside the desktop). The report runs in QGIS's main thread, which layouts require.</source>
        <translation>OUTPUT_PDF, OUTPUT_IMAGE, &lt;b&gt;PAGES&lt;/b&gt; (부록 쪽, 입지 선정 쪽, 아틀라스 쪽을 포함한 PDF 쪽수), &lt;b&gt;LAYOUT_NAME&lt;/b&gt; (프로젝트에 추가한 조판; 데스크톱 밖에서는 비어 있음). 조판에는 QGIS 주 스레드가 필요하므로 보고서는 주 스레드에서 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../help/exportreport.html" line="64"/>
        <source>Refused with a message: a units layer without units (or whose units all lie beyond the map CRS's area), neither OUTPUT_PDF nor OUTPUT_IMAGE, a destination that cannot be written (the message names OUTPUT_PDF or OUTPUT_IMAGE and the destination you gave, also when the export itself fails), a TEMPLATE that does not exist, cannot be read, is not a QGIS layout template or has no page, a field parameter naming a field the units do not have, a SITES layer that is not a point layer, and alliances and units of two different runs (by geometry, or by the alliances' member lists).</source>
        <translation>다음은 메시지와 함께 거부합니다: 시군구가 없는(또는 모든 시군구가 지도 좌표계의 범위 밖에 있는) 시군구 레이어, OUTPUT_PDF와 OUTPUT_IMAGE가 모두 없음, 쓸 수 없는 출력 경로(메시지에 OUTPUT_PDF 또는 OUTPUT_IMAGE와 지정한 출력 경로를 밝히며, 내보내기 자체가 실패할 때도 마찬가지), 없거나 읽을 수 없거나 QGIS 조판 템플릿이 아니거나 쪽이 없는 TEMPLATE, 시군구에 없는 필드를 지정한 필드 파라미터, 점 레이어가 아닌 SITES 레이어, 서로 다른 실행에서 나온 연합과 시군구(도형으로, 또는 연합의 구성원 목록으로 판단).</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="1"/>
        <source>Projects the population of every unit (city, county, district, municipality) of a polygon layer to the target years, with the residents 65+ and the women aged 20–39 when they are given, and keeps every input feature and field. The same method is refitted on an earlier period and checked against the latest observation (the back-test), so that every run says how well the method would have done on these data. Unit trends are not a national projection: their sum is not a forecast of the country.</source>
        <translation>폴리곤 레이어의 모든 시군구(시·군·구, 기초자치단체)의 인구를 목표 연도까지 추계하며, 65세 이상 인구와 20–39세 여성 인구가 주어지면 이들도 추계하고, 입력 피처와 필드는 모두 유지합니다. 같은 방법을 이전 기간에 다시 적합해 가장 최근 관측과 비교하므로(백테스트), 실행할 때마다 이 자료에서 그 방법이 얼마나 잘 맞았을지를 알려 줍니다. 시군구별 추세는 국가 추계가 아니며, 그 합계는 전국 전망이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="4"/>
        <source>&lt;b&gt;Population series&lt;/b&gt; (&lt;i&gt;POPULATION_FIELDS&lt;/i&gt;): one numeric field per year, e.g. pop_reg_2015 … pop_reg_2025 or PO60 … PO90. The years are read from the field names (pop_reg_2025 → 2025, PO90 → 1990) and the fields are taken in the order of their years; for names without a year give the years in &lt;i&gt;YEARS&lt;/i&gt; (2015,2020,2025), one per field, in the order of the fields, oldest first. At least two years are needed; repeated years, years that do not increase and fields that are not numeric are refused, naming the parameter and the field.</source>
        <translation>&lt;b&gt;인구 시계열&lt;/b&gt; (&lt;i&gt;POPULATION_FIELDS&lt;/i&gt;): 연도마다 숫자 필드 하나, 예: pop_reg_2015 … pop_reg_2025 또는 PO60 … PO90. 연도는 필드 이름에서 읽으며(pop_reg_2025 → 2025, PO90 → 1990) 필드는 연도 순서로 씁니다. 이름에 연도가 없으면 &lt;i&gt;YEARS&lt;/i&gt;에 연도를 필드마다 하나씩, 필드 순서대로, 오래된 연도부터 주십시오(2015,2020,2025). 적어도 두 연도가 필요하며, 중복된 연도, 커지지 않는 연도, 숫자가 아닌 필드는 파라미터와 필드를 밝히며 거부합니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="5"/>
        <source>&lt;b&gt;Residents 65+&lt;/b&gt; (&lt;i&gt;ELDERLY_FIELDS&lt;/i&gt;) and &lt;b&gt;women 20–39&lt;/b&gt; (&lt;i&gt;YOUNG_WOMEN_FIELDS&lt;/i&gt;), optional: one field per year as well, with their own years (from the names, e.g. pop65_reg_2015, 2020, 2023, 2025), or, for names without a year, one field per population year.</source>
        <translation>&lt;b&gt;65세 이상 인구&lt;/b&gt; (&lt;i&gt;ELDERLY_FIELDS&lt;/i&gt;)와 &lt;b&gt;20–39세 여성 인구&lt;/b&gt; (&lt;i&gt;YOUNG_WOMEN_FIELDS&lt;/i&gt;), 선택: 이것도 연도마다 필드 하나이며, 연도는 각자의 것을 씁니다(이름에서, 예: pop65_reg_2015, 2020, 2023, 2025). 이름에 연도가 없으면 인구 연도마다 필드 하나씩 줍니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="6"/>
        <source>&lt;b&gt;Five-year age groups at two dates&lt;/b&gt;, for Hamilton–Perry only: both sexes and women, at the base date and at the latest date (&lt;i&gt;AGE_GROUP_FIELDS_BASE&lt;/i&gt;, &lt;i&gt;FEMALE_AGE_GROUP_FIELDS_BASE&lt;/i&gt;, &lt;i&gt;AGE_GROUP_FIELDS_LATEST&lt;/i&gt;, &lt;i&gt;FEMALE_AGE_GROUP_FIELDS_LATEST&lt;/i&gt;), each in age order 0–4, 5–9, …, with the open-ended oldest group (e.g. 85+) last and the same groups in all four lists. The two dates are read from the field names or given in &lt;i&gt;AGE_GROUP_YEARS&lt;/i&gt;; they must be 5, 10 or 15 years apart.</source>
        <translation>&lt;b&gt;두 시점의 5세 연령군&lt;/b&gt; (Hamilton–Perry 전용): 기준 시점과 최근 시점의 남녀 전체와 여성 (&lt;i&gt;AGE_GROUP_FIELDS_BASE&lt;/i&gt;, &lt;i&gt;FEMALE_AGE_GROUP_FIELDS_BASE&lt;/i&gt;, &lt;i&gt;AGE_GROUP_FIELDS_LATEST&lt;/i&gt;, &lt;i&gt;FEMALE_AGE_GROUP_FIELDS_LATEST&lt;/i&gt;). 각각 연령순 0–4, 5–9, …로, 상한이 없는 최고 연령군(예: 85+)을 마지막에 두고 네 목록 모두 같은 연령군이어야 합니다. 두 시점은 필드 이름에서 읽거나 &lt;i&gt;AGE_GROUP_YEARS&lt;/i&gt;에 주며, 간격은 5, 10, 15년이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="7"/>
        <source>A NULL, a value that is not a number or a negative count is taken as missing, and a population of 0 as missing too; each gives one warning naming the field and the units. A unit that cannot be projected (e.g. a single observation in the base period) keeps its feature with NULL figures and the reason in &lt;b&gt;projection_note&lt;/b&gt;.</source>
        <translation>NULL, 숫자가 아닌 값, 음수인 인구수는 결측으로 보고, 인구 0도 결측으로 봅니다. 각각 필드와 시군구를 밝히는 경고를 한 번 표시합니다. 추계할 수 없는 시군구(예: 기준 기간의 관측이 하나뿐)는 피처를 유지하되 수치는 NULL이고, 사유는 &lt;b&gt;projection_note&lt;/b&gt;에 적습니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="9"/>
        <source>Methods</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="11"/>
        <source>&lt;b&gt;Geometric trend&lt;/b&gt; (constant annual rate): r = (P&lt;sub&gt;t1&lt;/sub&gt;/P&lt;sub&gt;t0&lt;/sub&gt;)&lt;sup&gt;1/(t1−t0)&lt;/sup&gt; − 1 and P&lt;sub&gt;t1+h&lt;/sub&gt; = P&lt;sub&gt;t1&lt;/sub&gt;(1+r)&lt;sup&gt;h&lt;/sup&gt;, where t0 and t1 are the first and the last observation inside the &lt;i&gt;BASE_PERIOD&lt;/i&gt; (default: every year observed). This is the GEO extrapolation of Smith, Tayman &amp;amp; Swanson, &lt;i&gt;A Practitioner's Guide to State and Local Population Projections&lt;/i&gt; (Springer, 2013), ch. 8.</source>
        <translation>&lt;b&gt;기하 추세&lt;/b&gt; (일정한 연평균 증감률): r = (P&lt;sub&gt;t1&lt;/sub&gt;/P&lt;sub&gt;t0&lt;/sub&gt;)&lt;sup&gt;1/(t1−t0)&lt;/sup&gt; − 1, P&lt;sub&gt;t1+h&lt;/sub&gt; = P&lt;sub&gt;t1&lt;/sub&gt;(1+r)&lt;sup&gt;h&lt;/sup&gt;. 여기서 t0과 t1은 &lt;i&gt;BASE_PERIOD&lt;/i&gt;(기본값: 관측한 모든 연도) 안의 첫 관측과 마지막 관측입니다. Smith, Tayman &amp;amp; Swanson, &lt;i&gt;A Practitioner's Guide to State and Local Population Projections&lt;/i&gt; (Springer, 2013), 8장의 GEO 외삽법입니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="12"/>
        <source>&lt;b&gt;Linear trend&lt;/b&gt; (constant annual change): b = (P&lt;sub&gt;t1&lt;/sub&gt; − P&lt;sub&gt;t0&lt;/sub&gt;)/(t1 − t0) and P&lt;sub&gt;t1+h&lt;/sub&gt; = max(0, P&lt;sub&gt;t1&lt;/sub&gt; + b·h), the LINE extrapolation of the same guide. Both trends use the same two observations, so they differ only in the shape of the curve.</source>
        <translation>&lt;b&gt;선형 추세&lt;/b&gt; (일정한 연간 증감량): b = (P&lt;sub&gt;t1&lt;/sub&gt; − P&lt;sub&gt;t0&lt;/sub&gt;)/(t1 − t0), P&lt;sub&gt;t1+h&lt;/sub&gt; = max(0, P&lt;sub&gt;t1&lt;/sub&gt; + b·h). 같은 지침서의 LINE 외삽법입니다. 두 추세는 같은 두 관측을 쓰므로 곡선의 모양만 다릅니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="13"/>
        <source>&lt;b&gt;Damping&lt;/b&gt; (&lt;i&gt;DAMPING&lt;/i&gt; φ, 1 = none): the trend of each further year is φ times that of the year before, so h years take S(h) = φ + φ&lt;sup&gt;2&lt;/sup&gt; + … + φ&lt;sup&gt;h&lt;/sup&gt; steps instead of h (Gardner &amp;amp; McKenzie 1985): P&lt;sub&gt;t1&lt;/sub&gt;(1+r)&lt;sup&gt;S(h)&lt;/sup&gt; and P&lt;sub&gt;t1&lt;/sub&gt; + b·S(h). Values of 0.8–0.98 are usual.</source>
        <translation>&lt;b&gt;감쇠&lt;/b&gt; (&lt;i&gt;DAMPING&lt;/i&gt; φ, 1 = 없음): 다음 해의 추세는 전년도 추세의 φ배이므로, h년은 h 대신 S(h) = φ + φ&lt;sup&gt;2&lt;/sup&gt; + … + φ&lt;sup&gt;h&lt;/sup&gt; 단계가 됩니다(Gardner &amp;amp; McKenzie 1985): P&lt;sub&gt;t1&lt;/sub&gt;(1+r)&lt;sup&gt;S(h)&lt;/sup&gt;와 P&lt;sub&gt;t1&lt;/sub&gt; + b·S(h). 보통 0.8–0.98을 씁니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="14"/>
        <source>&lt;b&gt;Cohort change (Hamilton–Perry)&lt;/b&gt;: the cohort-change ratio CCR&lt;sub&gt;x+n&lt;/sub&gt; = P&lt;sub&gt;x+n, t1&lt;/sub&gt; / P&lt;sub&gt;x, t0&lt;/sub&gt; ages each group by n = t1 − t0 years, separately for men (both sexes minus women) and women; the open-ended oldest group uses P&lt;sub&gt;A+, t1&lt;/sub&gt; / P&lt;sub&gt;(A−n)+, t0&lt;/sub&gt;; the groups born during the interval come from child–woman ratios, CWR&lt;sub&gt;0–4&lt;/sub&gt; = P&lt;sub&gt;0–4, t1&lt;/sub&gt; / W&lt;sub&gt;15–49, t1&lt;/sub&gt; (for n = 10 also 5–9 against women 20–54). Steps of n years repeat to the last target year; between steps the figures change at a constant rate. The total, the 65+ and the women 20–39 are sums of the projected groups. Hamilton &amp;amp; Perry (1962), &lt;i&gt;Social Forces&lt;/i&gt; 41(2); Swanson, Schlottmann &amp;amp; Schmidt (2010), &lt;i&gt;Population Research and Policy Review&lt;/i&gt; 29(1). A ratio with a zero denominator (an empty group at the base date) leaves the unit unprojected, with the group named in projection_note.</source>
        <translation>&lt;b&gt;코호트 변화율법 (Hamilton–Perry)&lt;/b&gt;: 코호트 변화율 CCR&lt;sub&gt;x+n&lt;/sub&gt; = P&lt;sub&gt;x+n, t1&lt;/sub&gt; / P&lt;sub&gt;x, t0&lt;/sub&gt;로 각 연령군을 n = t1 − t0년씩 나이 들게 하며, 남성(남녀 전체 빼기 여성)과 여성을 따로 계산합니다. 상한이 없는 최고 연령군은 P&lt;sub&gt;A+, t1&lt;/sub&gt; / P&lt;sub&gt;(A−n)+, t0&lt;/sub&gt;를 씁니다. 그 기간에 태어난 연령군은 아동-여성비 CWR&lt;sub&gt;0–4&lt;/sub&gt; = P&lt;sub&gt;0–4, t1&lt;/sub&gt; / W&lt;sub&gt;15–49, t1&lt;/sub&gt;로 구합니다(n = 10이면 5–9세도 20–54세 여성에 대해). n년 단계를 마지막 목표 연도까지 되풀이하며, 단계 사이에서는 수치가 일정한 비율로 변합니다. 총인구, 65세 이상, 20–39세 여성은 추계한 연령군의 합입니다. Hamilton &amp;amp; Perry (1962), &lt;i&gt;Social Forces&lt;/i&gt; 41(2); Swanson, Schlottmann &amp;amp; Schmidt (2010), &lt;i&gt;Population Research and Policy Review&lt;/i&gt; 29(1). 분모가 0인 비율(기준 시점에 비어 있는 연령군)이 있으면 그 시군구는 추계하지 않으며, 해당 연령군을 projection_note에 밝힙니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="15"/>
        <source>&lt;b&gt;The parts&lt;/b&gt;: with a trend method, the 65+ and the women 20–39 are projected by the same method from their own observations, then both are scaled down by one common factor where their sum would exceed the projected total, so that the parts never exceed the whole (the ratio of the two, and so the risk index, is kept).</source>
        <translation>&lt;b&gt;부분 인구&lt;/b&gt;: 추세 방법에서는 65세 이상과 20–39세 여성을 각자의 관측으로 같은 방법으로 추계한 뒤, 둘의 합이 추계한 총인구를 넘는 곳에서는 둘 다 같은 비율로 줄여 부분이 전체를 넘지 않게 합니다(두 값의 비, 곧 소멸위험지수는 유지됨).</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="17"/>
        <location filename="../help/servicegaps.html" line="8"/>
        <source>Outputs per unit</source>
        <translation>시군구별 출력</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="19"/>
        <source>For every target year Y (&lt;i&gt;TARGET_YEARS&lt;/i&gt;, e.g. 2030,2035,2040,2050): &lt;b&gt;pop_Y&lt;/b&gt;, and with the parts &lt;b&gt;pop65_Y&lt;/b&gt;, &lt;b&gt;f20_39_Y&lt;/b&gt;, &lt;b&gt;risk_index_Y&lt;/b&gt; (women 20–39 / 65+, the local extinction risk index of Lee Sang-ho, 2016, after Masuda 2014) and &lt;b&gt;risk_class_Y&lt;/b&gt; (1 very low risk, 1.5 and more; 2 normal, 1.0–1.5; 3 caution, 0.5–1.0; 4 entering extinction risk, 0.2–0.5; 5 high extinction risk, below 0.2).</source>
        <translation>목표 연도 Y마다 (&lt;i&gt;TARGET_YEARS&lt;/i&gt;, 예: 2030,2035,2040,2050): &lt;b&gt;pop_Y&lt;/b&gt;, 부분 인구가 있으면 &lt;b&gt;pop65_Y&lt;/b&gt;, &lt;b&gt;f20_39_Y&lt;/b&gt;, &lt;b&gt;risk_index_Y&lt;/b&gt; (20–39세 여성 / 65세 이상, 이상호 2016의 지방소멸위험지수, 마스다 2014를 바탕으로 함)와 &lt;b&gt;risk_class_Y&lt;/b&gt; (1 소멸위험 매우 낮음, 1.5 이상; 2 보통, 1.0–1.5; 3 주의단계, 0.5–1.0; 4 소멸위험 진입단계, 0.2–0.5; 5 소멸고위험, 0.2 미만).</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="20"/>
        <source>&lt;b&gt;f20_39_change_Y&lt;/b&gt;: W&lt;sub&gt;Y&lt;/sub&gt;/W&lt;sub&gt;base year&lt;/sub&gt; − 1, the change of women 20–39 from the base year; &lt;b&gt;halving_Y&lt;/b&gt; = 1 when it is −50 % or less. This is the criterion of the Japan Policy Council (Masuda 2014, 地方消滅: 896 municipalities whose women 20–39 halve between 2010 and 2040) and of the Population Strategy Council (2024: 744 municipalities, 2020–2050).</source>
        <translation>&lt;b&gt;f20_39_change_Y&lt;/b&gt;: W&lt;sub&gt;Y&lt;/sub&gt;/W&lt;sub&gt;기준 연도&lt;/sub&gt; − 1, 기준 연도 대비 20–39세 여성 인구의 변화율; &lt;b&gt;halving_Y&lt;/b&gt; = 이 값이 −50 % 이하이면 1. 일본창성회의(마스다 2014, 地方消滅: 2010–2040년에 20–39세 여성이 절반으로 줄어드는 896개 기초자치단체)와 인구전략회의(2024: 744개 기초자치단체, 2020–2050)의 기준입니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="21"/>
        <source>&lt;b&gt;below_threshold_year&lt;/b&gt;: the first year, from the last observed year on, with a population below &lt;i&gt;THRESHOLD&lt;/i&gt; (default: the small population of the &lt;i&gt;PROFILE&lt;/i&gt;, e.g. 100,000 for Korea), NULL when the unit stays above it until the last target year. A unit already below gets the last observed year.</source>
        <translation>&lt;b&gt;below_threshold_year&lt;/b&gt;: 마지막 관측 연도부터 보아 인구가 처음으로 &lt;i&gt;THRESHOLD&lt;/i&gt;(기본값: &lt;i&gt;PROFILE&lt;/i&gt;의 소규모 인구 기준, 예: 한국은 100,000) 아래로 내려가는 연도. 마지막 목표 연도까지 그 위에 머무르면 NULL이며, 이미 아래인 시군구는 마지막 관측 연도를 받습니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="22"/>
        <source>&lt;b&gt;proj_base_year&lt;/b&gt; (the year the projection starts from), &lt;b&gt;proj_pop_change&lt;/b&gt; (the change of the total from the base year to the last target year, a fraction; the map is coloured by it), &lt;b&gt;backtest_ape&lt;/b&gt; and &lt;b&gt;projection_note&lt;/b&gt;.</source>
        <translation>&lt;b&gt;proj_base_year&lt;/b&gt; (추계를 시작하는 연도), &lt;b&gt;proj_pop_change&lt;/b&gt; (기준 연도에서 마지막 목표 연도까지 총인구의 변화율, 비율; 지도는 이 값으로 색칠함), &lt;b&gt;backtest_ape&lt;/b&gt;, &lt;b&gt;projection_note&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="24"/>
        <source>Back-test</source>
        <translation>백테스트</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="25"/>
        <source>The method, with the same damping, is fitted on an earlier period (&lt;i&gt;BACKTEST_PERIOD&lt;/i&gt;; default the first half of the record, e.g. 2015–2020 for 2015–2025, or for Hamilton–Perry the two age dates before the last) and projected to the latest observed year. The absolute percentage error of a unit is |projected − observed| / observed × 100 (&lt;b&gt;backtest_ape&lt;/b&gt;); the mean absolute percentage error (MAPE) over all units, and by size class of the population at the end of the fit period (below 10,000; 10,000–50,000; 50,000–100,000; 100,000–500,000; 500,000 and more), is written to the log and to the output values &lt;i&gt;BACKTEST_MAPE&lt;/i&gt; and &lt;i&gt;BACKTEST_MAPE_BY_SIZE&lt;/i&gt; (JSON). Errors grow with the horizon and are usually larger for small and fast-changing units (Smith, Tayman &amp;amp; Swanson 2013). A method that cannot be back-tested on the data (two population years only; Hamilton–Perry with age groups at two dates only) says so, and BACKTEST_MAPE is NULL.</source>
        <translation>같은 감쇠를 쓴 같은 방법을 이전 기간(&lt;i&gt;BACKTEST_PERIOD&lt;/i&gt;; 기본값은 관측 기간의 앞쪽 절반, 예: 2015–2025에 대해 2015–2020, Hamilton–Perry는 마지막 시점 앞의 두 연령 시점)에 적합해 가장 최근 관측 연도까지 추계합니다. 시군구의 절대 백분율 오차는 |추계 − 관측| / 관측 × 100 (&lt;b&gt;backtest_ape&lt;/b&gt;)이며, 전체 시군구의 평균 절대 백분율 오차(MAPE)와 적합 기간 끝의 인구 규모 등급별(10,000 미만; 10,000–50,000; 50,000–100,000; 100,000–500,000; 500,000 이상) MAPE를 로그와 출력 값 &lt;i&gt;BACKTEST_MAPE&lt;/i&gt;, &lt;i&gt;BACKTEST_MAPE_BY_SIZE&lt;/i&gt; (JSON)에 씁니다. 오차는 추계 기간이 길수록 커지고, 작고 빠르게 변하는 시군구에서 대개 더 큽니다(Smith, Tayman &amp;amp; Swanson 2013). 이 자료로 백테스트할 수 없는 방법(인구 연도가 둘뿐; 연령군이 두 시점뿐인 Hamilton–Perry)은 그렇다고 알리며, BACKTEST_MAPE는 NULL입니다.</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="26"/>
        <source>Output values</source>
        <translation>출력 값</translation>
    </message>
    <message>
        <location filename="../help/projectpopulation.html" line="27"/>
        <source>&lt;i&gt;UNITS_HALVING&lt;/i&gt;: the units whose women 20–39 halve by the last target year (NULL without women 20–39); &lt;i&gt;UNITS_BELOW_THRESHOLD&lt;/i&gt;: the units below the threshold by the last target year, those already below included. The log also gives the halving units for every target year and the risk classes of the last one. The method, base period, damping and target years are stored in the output's metadata, with the attribution of the input.</source>
        <translation>&lt;i&gt;UNITS_HALVING&lt;/i&gt;: 마지막 목표 연도까지 20–39세 여성 인구가 절반 이하로 줄어드는 시군구 수 (20–39세 여성 인구가 없으면 NULL); &lt;i&gt;UNITS_BELOW_THRESHOLD&lt;/i&gt;: 마지막 목표 연도까지 기준 인구 아래로 내려가는 시군구 수 (이미 아래인 시군구 포함). 로그에는 목표 연도마다 반감 시군구 수와 마지막 목표 연도의 소멸위험 등급도 나옵니다. 방법, 기준 기간, 감쇠, 목표 연도는 입력의 저작자 표시와 함께 출력의 메타데이터에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="1"/>
        <source>Groups neighbouring units (cities, counties, municipalities) into &lt;b&gt;alliances&lt;/b&gt; of &lt;i&gt;Minimum members&lt;/i&gt; to &lt;i&gt;Maximum members&lt;/i&gt; units that together reach &lt;i&gt;Minimum population&lt;/i&gt;: the scale at which hospitals, delivery rooms and transport hubs stay viable. The result is the &lt;b&gt;proven optimum&lt;/b&gt; of the chosen objective, or, when the time limit stops the solver, the best alliances found and the remaining gap.</source>
        <translation>서로 이웃한 시군구(시·군, 기초자치단체)를 &lt;i&gt;최소 구성 수&lt;/i&gt;에서 &lt;i&gt;최대 구성 수&lt;/i&gt;개씩 묶어, 합쳐서 &lt;i&gt;최소 인구&lt;/i&gt;에 이르는 &lt;b&gt;연합&lt;/b&gt;을 만듭니다: 병원, 분만실, 교통 거점이 유지되는 규모입니다. 결과는 선택한 목표의 &lt;b&gt;증명된 최적해&lt;/b&gt;이며, 시간 제한으로 솔버가 멈추면 찾아낸 최선의 연합과 남은 갭입니다.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="3"/>
        <source>Every connected set of eligible units that satisfies all constraints (member count, population floor and ceiling, hub, group) is enumerated as a candidate alliance; an exact set-packing model then chooses candidates so that no unit is in two alliances, solved with HiGHS through &lt;tt&gt;scipy.optimize.milp&lt;/tt&gt;. OPTIMAL is true when the optimum is proven; GAP is the relative gap to the best bound (0 when optimal); that bound is the set-packing LP relaxation tightened by clique cuts, or on very large layers the same LP solved by column generation, unless the time limit leaves no room for it (then a Lagrangian bound). Without SciPy's &lt;tt&gt;milp&lt;/tt&gt; a greedy heuristic is used and OPTIMAL is false. The same input always gives the same output.</source>
        <translation>모든 제약(구성 수, 인구 하한과 상한, 거점, 그룹)을 만족하는 참여 대상 시군구의 연결된 집합을 모두 후보 연합으로 열거한 뒤, 어느 시군구도 두 연합에 들지 않도록 후보를 고르는 정확한 집합 패킹 모형을 &lt;tt&gt;scipy.optimize.milp&lt;/tt&gt;를 통해 HiGHS로 풉니다. OPTIMAL은 최적성이 증명되면 참이고, GAP은 최선 한계 대비 상대 갭입니다(최적이면 0). 그 한계는 클리크 절단으로 강화한 집합 패킹 LP 완화이며, 매우 큰 레이어에서는 같은 LP를 열 생성으로 풀고, 시간 제한이 그럴 여유를 주지 않으면 라그랑주 한계를 씁니다. SciPy의 &lt;tt&gt;milp&lt;/tt&gt;가 없으면 탐욕적 휴리스틱을 쓰며 OPTIMAL은 거짓입니다. 같은 입력은 언제나 같은 결과를 냅니다.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="5"/>
        <source>&lt;b&gt;INPUT&lt;/b&gt;: polygons, one per unit; &lt;b&gt;ID_FIELD&lt;/b&gt; unique unit ids; &lt;b&gt;NAME_FIELD&lt;/b&gt; names (optional, default the id); &lt;b&gt;POPULATION_FIELD&lt;/b&gt; residents.</source>
        <translation>&lt;b&gt;INPUT&lt;/b&gt;: 시군구마다 폴리곤 하나; &lt;b&gt;ID_FIELD&lt;/b&gt; 고유한 시군구 ID; &lt;b&gt;NAME_FIELD&lt;/b&gt; 이름 (선택, 기본값 ID); &lt;b&gt;POPULATION_FIELD&lt;/b&gt; 인구.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="6"/>
        <source>&lt;b&gt;ELIGIBLE&lt;/b&gt;: expression choosing the units that may join (default: all), e.g. the units outside the capital region &lt;tt&gt;"region" NOT IN ('Capital', 'Metro')&lt;/tt&gt; or &lt;tt&gt;"STATE_NAME" = 'Kansas'&lt;/tt&gt;. Other units (and units with a NULL population) stay out of the problem and of the neighbourhood graph. An expression counts as true unless it gives NULL, 0, false or one of the texts '', '0', 'false', 'f', 'no', 'n', 'off'; one that selects no unit is refused.</source>
        <translation>&lt;b&gt;ELIGIBLE&lt;/b&gt;: 연합에 참여할 수 있는 시군구를 고르는 표현식 (기본값: 전부), 예: 수도권 밖의 시군구 &lt;tt&gt;"region" NOT IN ('Capital', 'Metro')&lt;/tt&gt; 또는 &lt;tt&gt;"STATE_NAME" = 'Kansas'&lt;/tt&gt;. 그 밖의 시군구(와 인구가 NULL인 시군구)는 문제와 이웃 그래프에서 빠집니다. 표현식은 NULL, 0, 거짓, 또는 텍스트 '', '0', 'false', 'f', 'no', 'n', 'off' 중 하나를 내지 않으면 참으로 봅니다. 시군구를 하나도 고르지 않는 표현식은 거부합니다.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="7"/>
        <source>&lt;b&gt;HUBS&lt;/b&gt;: optional expression; when set, every alliance contains at least one unit it selects (e.g. &lt;tt&gt;"university" = 1 OR "population" &amp;gt;= 150000&lt;/tt&gt;). It must select at least one eligible unit. Without it, the hub is the most populous member (and, under a profile with a hub size, units of at least that population are the hubs).</source>
        <translation>&lt;b&gt;HUBS&lt;/b&gt;: 선택 표현식; 지정하면 모든 연합에 이 표현식이 고르는 시군구가 하나 이상 들어갑니다 (예: &lt;tt&gt;"university" = 1 OR "population" &amp;gt;= 150000&lt;/tt&gt;). 참여 대상 시군구를 하나 이상 골라야 합니다. 지정하지 않으면 인구가 가장 많은 구성원이 거점입니다(거점 규모가 있는 프로필에서는 그 인구 이상인 시군구가 거점입니다).</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="8"/>
        <source>&lt;b&gt;PROFILE&lt;/b&gt;, &lt;b&gt;MIN_MEMBERS&lt;/b&gt;, &lt;b&gt;MAX_MEMBERS&lt;/b&gt;, &lt;b&gt;MIN_POPULATION&lt;/b&gt;: the member counts and the floor left empty take the profile's values. &lt;b&gt;Korea&lt;/b&gt; (default, the KRIHS "small but strong" alliances): 2–5 members, 300,000 residents. &lt;b&gt;Japan&lt;/b&gt; (MIC regional core-city alliances, 2014): 2–12 members around a core city of at least 200,000 residents, floor 200,000. &lt;b&gt;Europe&lt;/b&gt; (Eurostat degree of urbanisation): 2–8 members reaching 50,000, the size of a city's urban centre. &lt;b&gt;MAX_POPULATION&lt;/b&gt;: a ceiling (0 = none).</source>
        <translation>&lt;b&gt;PROFILE&lt;/b&gt;, &lt;b&gt;MIN_MEMBERS&lt;/b&gt;, &lt;b&gt;MAX_MEMBERS&lt;/b&gt;, &lt;b&gt;MIN_POPULATION&lt;/b&gt;: 비워 둔 구성 수와 인구 하한은 프로필의 값을 씁니다. &lt;b&gt;한국&lt;/b&gt; (기본값, 국토연구원의 "작지만 강한" 연합): 구성 2–5, 인구 300,000명. &lt;b&gt;일본&lt;/b&gt; (총무성 연계중추도시권, 2014): 인구 200,000명 이상의 중추도시를 중심으로 구성 2–12, 하한 200,000명. &lt;b&gt;유럽&lt;/b&gt; (Eurostat 도시화 등급): 구성 2–8, 도시 도심의 규모인 50,000명. &lt;b&gt;MAX_POPULATION&lt;/b&gt;: 상한 (0 = 없음).</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="9"/>
        <source>&lt;b&gt;GROUP_FIELD&lt;/b&gt;: optional; all members of an alliance share its value (e.g. the province).</source>
        <translation>&lt;b&gt;GROUP_FIELD&lt;/b&gt;: 선택; 연합의 모든 구성원이 이 필드의 같은 값을 가집니다 (예: 시도).</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="10"/>
        <source>&lt;b&gt;LOCKED_FIELD&lt;/b&gt;: optional; units sharing a non-NULL value form a fixed alliance kept as it is (any constraint it breaks is reported in &lt;i&gt;violations&lt;/i&gt; and &lt;i&gt;valid&lt;/i&gt; = 0); the rest is optimised around it.</source>
        <translation>&lt;b&gt;LOCKED_FIELD&lt;/b&gt;: 선택; NULL이 아닌 같은 값을 가진 시군구는 그대로 유지되는 고정 연합이 됩니다(어기는 제약은 &lt;i&gt;violations&lt;/i&gt;에 기록하고 &lt;i&gt;valid&lt;/i&gt; = 0). 나머지는 그 주위에서 최적화합니다.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="11"/>
        <source>&lt;b&gt;ADJACENCY_TOLERANCE&lt;/b&gt; (metres, default 200): two units at most this far apart are neighbours (real boundaries overlap and leave hairline gaps); the run warns when it reaches half the median unit's width, where units that do not touch would become neighbours. Distances are in metres whatever the layer CRS: a geographic layer is measured in a Lambert azimuthal equal-area projection centred on the units in the problem (across the antimeridian too), and compactness on the ellipsoid. A layer without a CRS is taken to be in metres, with a warning.</source>
        <translation>&lt;b&gt;ADJACENCY_TOLERANCE&lt;/b&gt; (미터, 기본값 200): 이 거리 이내의 두 시군구는 이웃입니다(실제 경계는 겹치거나 머리카락만 한 틈을 남김). 이 값이 시군구 폭 중앙값의 절반에 이르면 맞닿지 않은 시군구도 이웃이 되므로 경고합니다. 거리는 레이어 좌표계와 관계없이 미터입니다: 지리 좌표계 레이어는 문제에 든 시군구를 중심으로 한 람베르트 정적 방위 도법으로 재고(날짜 변경선을 넘어도 마찬가지), 밀집도는 타원체에서 잽니다. 좌표계가 없는 레이어는 경고와 함께 미터로 봅니다.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="12"/>
        <source>&lt;b&gt;ISLAND_LINK_DISTANCE&lt;/b&gt; (metres, 0 = off): an eligible unit with no eligible neighbour is linked to its nearest eligible unit within this distance (bridges, ferries).</source>
        <translation>&lt;b&gt;ISLAND_LINK_DISTANCE&lt;/b&gt; (미터, 0 = 끔): 참여 대상 이웃이 없는 참여 대상 시군구를 이 거리 안의 가장 가까운 참여 대상 시군구와 연결합니다 (다리, 여객선).</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="13"/>
        <source>&lt;b&gt;LINKS&lt;/b&gt;: optional table of extra links (any layer or table; its geometry is not read), one row per link, the two unit ids in &lt;b&gt;LINK_FROM_FIELD&lt;/b&gt; and &lt;b&gt;LINK_TO_FIELD&lt;/b&gt; (default fields &lt;tt&gt;from_id&lt;/tt&gt; and &lt;tt&gt;to_id&lt;/tt&gt;). Links to a unit that is not eligible are ignored.</source>
        <translation>&lt;b&gt;LINKS&lt;/b&gt;: 선택 추가 연결 표 (어떤 레이어나 표든; 도형은 읽지 않음), 연결마다 한 행, 두 시군구 ID는 &lt;b&gt;LINK_FROM_FIELD&lt;/b&gt;와 &lt;b&gt;LINK_TO_FIELD&lt;/b&gt;에 (기본 필드 &lt;tt&gt;from_id&lt;/tt&gt;와 &lt;tt&gt;to_id&lt;/tt&gt;). 참여 대상이 아닌 시군구로의 연결은 무시합니다.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="14"/>
        <source>&lt;b&gt;OBJECTIVE&lt;/b&gt;: 0 &lt;tt&gt;coverage&lt;/tt&gt; (default: as many eligible units as possible inside an alliance; among equal coverage, more alliances; then more compact), 1 &lt;tt&gt;count&lt;/tt&gt; (as many alliances as possible), 2 &lt;tt&gt;compactness&lt;/tt&gt; (full coverage first, then the smallest population-weighted distance of members to their hub).</source>
        <translation>&lt;b&gt;OBJECTIVE&lt;/b&gt;: 0 &lt;tt&gt;coverage&lt;/tt&gt; (기본값: 연합에 드는 참여 대상 시군구를 최대로; 포괄이 같으면 연합 수가 많은 쪽; 그다음 더 조밀한 쪽), 1 &lt;tt&gt;count&lt;/tt&gt; (연합 수를 최대로), 2 &lt;tt&gt;compactness&lt;/tt&gt; (먼저 전부 포괄, 그다음 구성원에서 거점까지의 인구 가중 거리를 최소로).</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="15"/>
        <source>&lt;b&gt;TIME_LIMIT&lt;/b&gt; (seconds, default 60, 0 = none): the hard stop of the solver, the enumeration of candidates included; cancel is honoured within a fraction of a second. Enumeration also stops at a memory cap (about 200 MB of candidates) and says so.</source>
        <translation>&lt;b&gt;TIME_LIMIT&lt;/b&gt; (초, 기본값 60, 0 = 없음): 후보 열거까지 포함한 솔버의 강제 중지 시간. 취소는 1초 안에 반영됩니다. 열거는 메모리 상한(후보 약 200 MB)에서도 멈추며 그렇다고 알립니다.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="18"/>
        <source>&lt;b&gt;OUTPUT&lt;/b&gt;: one dissolved polygon per alliance with &lt;i&gt;alliance_id&lt;/i&gt; (1…n), &lt;i&gt;name&lt;/i&gt; (the hub's name; the hub id is added when two hubs share a name), &lt;i&gt;hub_id&lt;/i&gt;, &lt;i&gt;members&lt;/i&gt; and &lt;i&gt;member_names&lt;/i&gt; (comma-separated, hub first, then by population), &lt;i&gt;n_members&lt;/i&gt;, &lt;i&gt;population&lt;/i&gt;, &lt;i&gt;pop_ratio&lt;/i&gt; (population / MIN_POPULATION), &lt;i&gt;compactness_km&lt;/i&gt; (population-weighted mean distance of the members' points on surface to the hub's), &lt;i&gt;locked&lt;/i&gt;, &lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;violations&lt;/i&gt;, and the population-weighted mean of the decline indicator fields present in the input (risk_index, aging_ratio, pop_change, birth_rate, decline_score; a weighted mean of the units' values, not the indicator recomputed on pooled counts).</source>
        <translation>&lt;b&gt;OUTPUT&lt;/b&gt;: 연합마다 합친 폴리곤 하나, 필드는 &lt;i&gt;alliance_id&lt;/i&gt; (1…n), &lt;i&gt;name&lt;/i&gt; (거점의 이름; 두 거점의 이름이 같으면 거점 ID를 덧붙임), &lt;i&gt;hub_id&lt;/i&gt;, &lt;i&gt;members&lt;/i&gt;와 &lt;i&gt;member_names&lt;/i&gt; (쉼표로 구분, 거점이 먼저, 그다음 인구순), &lt;i&gt;n_members&lt;/i&gt;, &lt;i&gt;population&lt;/i&gt;, &lt;i&gt;pop_ratio&lt;/i&gt; (population / MIN_POPULATION), &lt;i&gt;compactness_km&lt;/i&gt; (구성원의 표면 위 점에서 거점의 점까지 인구 가중 평균 거리), &lt;i&gt;locked&lt;/i&gt;, &lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;violations&lt;/i&gt;, 그리고 입력에 있는 쇠퇴 지표 필드(risk_index, aging_ratio, pop_change, birth_rate, decline_score)의 인구 가중 평균 (시군구 값의 가중 평균이며, 합산한 인구로 다시 계산한 지표가 아님).</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="19"/>
        <source>&lt;b&gt;OUTPUT_MEMBERS&lt;/b&gt;: every input unit once, with its fields plus &lt;i&gt;alliance_id&lt;/i&gt; (NULL if none), &lt;i&gt;role&lt;/i&gt; (hub / member / none) and &lt;i&gt;status&lt;/i&gt;: in alliance, locked, not eligible, no feasible alliance (isolated, population floor unreachable, no hub reachable), left out by the optimum, or, when the plan is not proven optimal, left out by the best plan found.</source>
        <translation>&lt;b&gt;OUTPUT_MEMBERS&lt;/b&gt;: 모든 입력 시군구를 한 번씩, 원래 필드에 &lt;i&gt;alliance_id&lt;/i&gt; (없으면 NULL), &lt;i&gt;role&lt;/i&gt; (hub 거점 / member 구성원 / none 없음), &lt;i&gt;status&lt;/i&gt;를 더합니다: 연합에 속함, 고정, 참여 대상 아님, 가능한 연합 없음 (고립, 인구 하한에 도달 불가, 닿을 수 있는 거점 없음), 최적해에서 제외됨, 또는 최적성이 증명되지 않았을 때 찾아낸 최선의 안에서 제외됨.</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="20"/>
        <source>Output values: &lt;b&gt;ALLIANCES&lt;/b&gt;, &lt;b&gt;COVERED&lt;/b&gt; (units in an alliance), &lt;b&gt;OPTIMAL&lt;/b&gt;, &lt;b&gt;GAP&lt;/b&gt;, &lt;b&gt;POPULATION_USED&lt;/b&gt; (the population field, for the report).</source>
        <translation>출력 값: &lt;b&gt;ALLIANCES&lt;/b&gt;, &lt;b&gt;COVERED&lt;/b&gt; (연합에 속한 시군구), &lt;b&gt;OPTIMAL&lt;/b&gt;, &lt;b&gt;GAP&lt;/b&gt;, &lt;b&gt;POPULATION_USED&lt;/b&gt; (보고서에 쓸 인구 필드).</translation>
    </message>
    <message>
        <location filename="../help/proposealliances.html" line="21"/>
        <source>Refused with a message naming the units: NULL or repeated ids, ids containing a comma (it separates the members), negative or implausible (above 10&lt;sup&gt;13&lt;/sup&gt;) populations of eligible units.</source>
        <translation>다음은 해당 시군구를 밝히는 메시지와 함께 거부합니다: NULL이거나 중복된 ID, 쉼표가 든 ID(쉼표는 구성원을 구분함), 참여 대상 시군구의 음수이거나 비현실적인(10&lt;sup&gt;13&lt;/sup&gt; 초과) 인구.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="1"/>
        <source>Measures, for every unit (city, county, district) of a polygon layer, the supply of a service, access to it and whether the unit falls short of a standard; with alliances, also what pooling the members' services changes. Every input feature and field is kept.</source>
        <translation>폴리곤 레이어의 모든 시군구(시·군·구)에 대해 서비스의 공급, 접근성, 그리고 기준에 못 미치는지를 측정합니다. 연합이 있으면 구성원의 서비스를 공유할 때 무엇이 달라지는지도 봅니다. 입력 피처와 필드는 모두 유지합니다.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="3"/>
        <source>&lt;b&gt;INPUT&lt;/b&gt;: polygons in any CRS; &lt;b&gt;ID_FIELD&lt;/b&gt; names the units in warnings and in the alliances' member lists; &lt;b&gt;POPULATION_FIELD&lt;/b&gt;: residents; &lt;b&gt;DEMAND_FIELD&lt;/b&gt; (optional): who needs the service, e.g. births for delivery care (default the population).</source>
        <translation>&lt;b&gt;INPUT&lt;/b&gt;: 좌표계에 관계없는 폴리곤; &lt;b&gt;ID_FIELD&lt;/b&gt;는 경고와 연합 구성원 목록에서 시군구를 가리킵니다; &lt;b&gt;POPULATION_FIELD&lt;/b&gt;: 인구; &lt;b&gt;DEMAND_FIELD&lt;/b&gt; (선택): 서비스가 필요한 사람, 예: 분만 진료에는 출생아 (기본값 인구).</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="4"/>
        <source>Supply</source>
        <translation>공급</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="5"/>
        <source>&lt;b&gt;Facilities&lt;/b&gt; (FACILITIES, points in any CRS): counted in the unit that contains them (point in polygon); every point of a MultiPoint is one facility. &lt;b&gt;Facility filter&lt;/b&gt; (FACILITY_FILTER) keeps only matching ones, e.g. &lt;code&gt;"level" IN ('regional', 'local')&lt;/code&gt; or &lt;code&gt;"open"&lt;/code&gt; (true unless NULL, 0, false or the texts '', '0', 'false', 'f', 'no', 'n', 'off': the rule of every expression of the plugin); &lt;b&gt;Capacity&lt;/b&gt; (CAPACITY_FIELD, e.g. beds or doctors) weighs each facility, else 1 each (NULL counts 0; a negative capacity is refused).</source>
        <translation>&lt;b&gt;시설&lt;/b&gt; (FACILITIES, 좌표계에 관계없는 점): 그 점을 포함하는 시군구에서 셉니다(폴리곤 내 점). MultiPoint의 점 하나하나가 시설 하나입니다. &lt;b&gt;시설 필터&lt;/b&gt; (FACILITY_FILTER)는 맞는 시설만 남깁니다, 예: &lt;code&gt;"level" IN ('regional', 'local')&lt;/code&gt; 또는 &lt;code&gt;"open"&lt;/code&gt; (NULL, 0, 거짓, 또는 텍스트 '', '0', 'false', 'f', 'no', 'n', 'off'가 아니면 참: 플러그인의 모든 표현식에 쓰는 규칙); &lt;b&gt;용량&lt;/b&gt; (CAPACITY_FIELD, 예: 병상이나 의사 수)은 시설마다 가중치를 주며, 없으면 각 1입니다 (NULL은 0; 음수 용량은 거부).</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="6"/>
        <source>&lt;b&gt;Count already in the layer&lt;/b&gt; (COUNT_FIELD, e.g. ob-gyn doctors): added to the unit's supply; for the 2SFCA it sits at the unit's representative point. NULL counts 0 (warned); a negative count is refused.</source>
        <translation>&lt;b&gt;레이어에 이미 있는 개수&lt;/b&gt; (COUNT_FIELD, 예: 산부인과 전문의 수): 시군구의 공급에 더합니다. 2SFCA에서는 시군구의 대표 지점에 있는 것으로 봅니다. NULL은 0으로 계산하며(경고), 음수 개수는 거부합니다.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="9"/>
        <source>&lt;b&gt;n_facilities&lt;/b&gt;: the unit's supply (facilities inside it, weighted by capacity when given, plus the count field). &lt;b&gt;per_10k&lt;/b&gt;: per 10,000 residents (POPULATION_FIELD); &lt;b&gt;per_1k_demand&lt;/b&gt;: per 1,000 of the demand (DEMAND_FIELD, e.g. births or women 20–39; default the population). A NULL or zero base gives NULL and one warning naming the units.</source>
        <translation>&lt;b&gt;n_facilities&lt;/b&gt;: 시군구의 공급 (시군구 안의 시설, 용량이 있으면 용량 가중, 여기에 개수 필드를 더함). &lt;b&gt;per_10k&lt;/b&gt;: 주민 10,000명당 (POPULATION_FIELD); &lt;b&gt;per_1k_demand&lt;/b&gt;: 수요 1,000당 (DEMAND_FIELD, 예: 출생아나 20–39세 여성; 기본값 인구). 기준값이 NULL이거나 0이면 NULL이 되며, 해당 시군구를 밝히는 경고를 한 번 표시합니다.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="10"/>
        <source>&lt;b&gt;nearest_km&lt;/b&gt; (with facilities): ellipsoidal distance from the unit's demand point(s) to the nearest facility, correct in any CRS, across the antimeridian and near the poles (the search runs on the ellipsoid, not on the map). A layer without a CRS is taken to be in metres, with a warning. Demand points are the ORIGINS points inside the unit (villages, a population grid; the unit value is their population-weighted mean, weights from ORIGINS_POPULATION_FIELD or 1 each) or else one representative point: the centroid when it lies inside the unit, otherwise a point on its surface, chosen in WGS 84 so that the result does not depend on the layer's CRS.</source>
        <translation>&lt;b&gt;nearest_km&lt;/b&gt; (시설이 있을 때): 시군구의 수요 지점에서 가장 가까운 시설까지의 타원체 거리로, 어떤 좌표계에서도, 날짜 변경선을 넘거나 극 근처에서도 정확합니다(탐색을 지도가 아니라 타원체에서 함). 좌표계가 없는 레이어는 경고와 함께 미터로 봅니다. 수요 지점은 시군구 안의 ORIGINS 점(마을, 인구 격자; 시군구 값은 그 인구 가중 평균이며 가중치는 ORIGINS_POPULATION_FIELD 또는 각 1)이고, 없으면 대표 지점 하나입니다: 중심점이 시군구 안에 있으면 중심점, 아니면 표면 위의 점이며, 결과가 레이어 좌표계에 좌우되지 않도록 WGS 84에서 고릅니다.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="11"/>
        <source>&lt;b&gt;nearest_min&lt;/b&gt; (with a NETWORK road layer): driving minutes to the nearest facility along the roads, with QGIS's network analysis (two-way roads; SPEED_FIELD in km/h, DEFAULT_SPEED where missing or not positive). Points are attached to their nearest road and the straight leg to it counts at the default speed. Unreachable units get NULL and are in gap.</source>
        <translation>&lt;b&gt;nearest_min&lt;/b&gt; (NETWORK 도로 레이어가 있을 때): QGIS 네트워크 분석으로 구한, 도로를 따라 가장 가까운 시설까지의 자동차 이동 시간(분) (양방향 도로; SPEED_FIELD는 km/h, 값이 없거나 양수가 아니면 DEFAULT_SPEED). 지점은 가장 가까운 도로에 연결하며 그 직선 구간은 기본 속도로 계산합니다. 도달할 수 없는 시군구는 NULL이며 공백입니다.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="12"/>
        <source>&lt;b&gt;access_2sfca&lt;/b&gt;: two-step floating catchment access (Luo &amp;amp; Wang 2003), supply per 1,000 demand: step 1, every facility's ratio R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;) D&lt;sub&gt;k&lt;/sub&gt; over the demand within CATCHMENT km; step 2, A&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; W(d&lt;sub&gt;ij&lt;/sub&gt;) R&lt;sub&gt;j&lt;/sub&gt; over the facilities within CATCHMENT km of demand point i. DECAY W: &lt;i&gt;none&lt;/i&gt; W = 1 (original 2SFCA); &lt;i&gt;gaussian&lt;/i&gt; W = (e&lt;sup&gt;−½(d/d0)²&lt;/sup&gt; − e&lt;sup&gt;−½&lt;/sup&gt;) / (1 − e&lt;sup&gt;−½&lt;/sup&gt;), 1 at the facility and 0 at the catchment edge (Dai 2010; Wang 2012); &lt;i&gt;gravity&lt;/i&gt; W = max(d, 1 km)&lt;sup&gt;−1&lt;/sup&gt; inside the catchment (gravity 2SFCA, β = 1). Distances are ellipsoidal straight lines, also with a network. With no decay and a catchment that reaches no other unit, access_2sfca equals per_1k_demand. NULL where the unit's demand is NULL or zero.</source>
        <translation>&lt;b&gt;access_2sfca&lt;/b&gt;: 2단계 유동 서비스권역 접근성(2SFCA; Luo &amp;amp; Wang 2003), 수요 1,000당 공급: 1단계, 시설마다 CATCHMENT km 이내 수요에 대한 비율 R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;) D&lt;sub&gt;k&lt;/sub&gt;; 2단계, 수요 지점 i의 CATCHMENT km 이내 시설에 대해 A&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; W(d&lt;sub&gt;ij&lt;/sub&gt;) R&lt;sub&gt;j&lt;/sub&gt;. DECAY W: &lt;i&gt;none&lt;/i&gt; W = 1 (원래의 2SFCA); &lt;i&gt;gaussian&lt;/i&gt; W = (e&lt;sup&gt;−½(d/d0)²&lt;/sup&gt; − e&lt;sup&gt;−½&lt;/sup&gt;) / (1 − e&lt;sup&gt;−½&lt;/sup&gt;), 시설에서 1, 서비스권역 경계에서 0 (Dai 2010; Wang 2012); &lt;i&gt;gravity&lt;/i&gt; 서비스권역 안에서 W = max(d, 1 km)&lt;sup&gt;−1&lt;/sup&gt; (중력 2SFCA, β = 1). 거리는 네트워크가 있을 때도 타원체 직선거리입니다. 감쇠가 없고 서비스권역이 다른 시군구에 닿지 않으면 access_2sfca는 per_1k_demand와 같습니다. 시군구의 수요가 NULL이거나 0이면 NULL.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="13"/>
        <source>&lt;b&gt;gap&lt;/b&gt; (0/1) and &lt;b&gt;gap_reason&lt;/b&gt;: a unit is in gap when any of these holds (several are joined with "; "): &lt;i&gt;no facility&lt;/i&gt; (supply 0) or &lt;i&gt;below the minimum&lt;/i&gt; (supply below MIN_COUNT); &lt;i&gt;beyond the standard distance&lt;/i&gt; (nearest_km above MAX_DISTANCE), or with a network &lt;i&gt;beyond the standard time&lt;/i&gt; (nearest_min above MAX_TIME; then MAX_DISTANCE is not used). A threshold of 0 switches its criterion off. With COUNT_FIELD only there are no distances: the gap is by count.</source>
        <translation>&lt;b&gt;gap&lt;/b&gt; (0/1)과 &lt;b&gt;gap_reason&lt;/b&gt;: 다음 중 하나라도 해당하면 그 시군구는 공백입니다(여럿이면 "; "로 잇습니다): &lt;i&gt;no facility&lt;/i&gt; 시설 없음 (공급 0) 또는 &lt;i&gt;below the minimum&lt;/i&gt; 최소 미달 (공급이 MIN_COUNT 미만); &lt;i&gt;beyond the standard distance&lt;/i&gt; 기준 거리 초과 (nearest_km이 MAX_DISTANCE 초과), 또는 네트워크가 있으면 &lt;i&gt;beyond the standard time&lt;/i&gt; 기준 시간 초과 (nearest_min이 MAX_TIME 초과; 이때 MAX_DISTANCE는 쓰지 않음). 기준값 0은 그 기준을 끕니다. COUNT_FIELD만 있으면 거리가 없으므로 공백은 개수로만 판단합니다.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="16"/>
        <source>With ALLIANCE_FIELD (e.g. &lt;code&gt;alliance_id&lt;/code&gt; of the alliance members output; NULL or blank = no alliance): &lt;b&gt;alliance_facilities&lt;/b&gt; = the members' pooled supply; &lt;b&gt;alliance_gap&lt;/b&gt; = 1 when the pooled supply is below MIN_COUNT; &lt;b&gt;covered_by_alliance&lt;/b&gt; = 1 where the unit alone is in gap and is not once its count is tested on the pooled supply. Pooling shares services, not geography: a unit beyond the standard distance or time stays in gap. OUTPUT_ALLIANCES has one feature per alliance (the members' union) with pooled population, demand, n_facilities, per_10k, per_1k_demand, the demand-weighted access_2sfca, units and population in gap before and after pooling, gap and gap_reason.</source>
        <translation>ALLIANCE_FIELD가 있으면 (예: 연합 구성원 결과의 &lt;code&gt;alliance_id&lt;/code&gt;; NULL이나 빈 값 = 연합 없음): &lt;b&gt;alliance_facilities&lt;/b&gt; = 구성원이 공유하는 공급의 합; &lt;b&gt;alliance_gap&lt;/b&gt; = 공유한 공급이 MIN_COUNT 미만이면 1; &lt;b&gt;covered_by_alliance&lt;/b&gt; = 시군구 단독으로는 공백이지만 공유한 공급으로 개수를 따지면 공백이 아닐 때 1. 공유는 서비스를 나누는 것이지 지리를 바꾸는 것이 아니므로, 기준 거리나 시간을 넘는 시군구는 공백으로 남습니다. OUTPUT_ALLIANCES에는 연합마다 피처(구성원의 합집합) 하나가 있으며, 합산한 인구, 수요, n_facilities, per_10k, per_1k_demand, 수요 가중 access_2sfca, 공유 전후의 공백 시군구와 공백 인구, gap, gap_reason이 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="17"/>
        <location filename="../help/sitefacilities.html" line="29"/>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="18"/>
        <source>UNITS_IN_GAP, POPULATION_IN_GAP and the same AFTER_ALLIANCES (units whose alliance covers them are no longer counted; without alliances the figures are equal).</source>
        <translation>UNITS_IN_GAP, POPULATION_IN_GAP과 AFTER_ALLIANCES가 붙은 같은 값 (연합으로 해소된 시군구는 더 이상 세지 않음; 연합이 없으면 두 값이 같음).</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="19"/>
        <location filename="../help/sitefacilities.html" line="31"/>
        <source>Standards (defaults the analyst can change)</source>
        <translation>기준 (분석가가 바꿀 수 있는 기본값)</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="20"/>
        <source>&lt;b&gt;MIN_COUNT&lt;/b&gt; (default 1), &lt;b&gt;MAX_DISTANCE&lt;/b&gt; (km, default 30), &lt;b&gt;MAX_TIME&lt;/b&gt; (minutes, default 30; used with NETWORK), &lt;b&gt;CATCHMENT&lt;/b&gt; (km, default 30) and &lt;b&gt;DECAY&lt;/b&gt; (default none) of the 2SFCA, &lt;b&gt;DEFAULT_SPEED&lt;/b&gt; (km/h, default 50). Standards in use, for example in Korea:</source>
        <translation>&lt;b&gt;MIN_COUNT&lt;/b&gt; (기본값 1), &lt;b&gt;MAX_DISTANCE&lt;/b&gt; (km, 기본값 30), &lt;b&gt;MAX_TIME&lt;/b&gt; (분, 기본값 30; NETWORK와 함께 사용), 2SFCA의 &lt;b&gt;CATCHMENT&lt;/b&gt; (km, 기본값 30)와 &lt;b&gt;DECAY&lt;/b&gt; (기본값 none), &lt;b&gt;DEFAULT_SPEED&lt;/b&gt; (km/h, 기본값 50). 실제로 쓰이는 기준의 예 (한국):</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="22"/>
        <source>National minimum standards for basic living infrastructure (Ministry of Land, 2018): by car, a hospital with an emergency room within 30 minutes, a public health centre within 20, a library within 10, welfare within 20–30.</source>
        <translation>기초생활인프라 국가최저기준 (국토교통부, 2018): 자동차로 응급실이 있는 병원 30분, 보건소 20분, 도서관 10분, 복지시설 20–30분 이내.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="23"/>
        <source>Childbirth-vulnerable areas: over 30 % of women of child-bearing age live more than 60 minutes from a delivery room.</source>
        <translation>분만취약지: 가임기 여성의 30 % 넘게 분만실에서 60분보다 먼 곳에 사는 지역.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="24"/>
        <source>Emergency-vulnerable areas: 30 % or more of residents more than 60 minutes from a regional emergency centre or 30 minutes from a local one.</source>
        <translation>응급의료취약지: 주민의 30 % 이상이 권역응급의료센터에서 60분, 또는 지역응급의료센터에서 30분보다 먼 곳에 사는 지역.</translation>
    </message>
    <message>
        <location filename="../help/servicegaps.html" line="26"/>
        <source>This tool tests the unit's representative (or population-weighted) access against one threshold; it does not compute the share of residents beyond it. Straight-line km understate road distance: use a road network for the minute standards.</source>
        <translation>이 도구는 시군구의 대표 (또는 인구 가중) 접근성을 기준값 하나와 비교할 뿐, 기준을 넘는 주민의 비율을 계산하지는 않습니다. 직선 km는 도로 거리보다 짧게 나오므로, 분 단위 기준에는 도로망을 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="1"/>
        <source>Chooses where to open new shared facilities (a delivery room, an emergency centre, a day-care centre for the elderly) so that they serve the demand of the units best, within each alliance or over all units, and shows what changes for every unit. Every plan is exact: the optimum is proven by HiGHS (through SciPy), or the run says how far from proven it is (OPTIMAL, GAP). Every input feature and field of the units is kept.</source>
        <translation>신규 공동 시설(분만실, 응급의료센터, 노인 주간보호센터)을 어디에 열어야 시군구의 수요를 가장 잘 담당하는지를 연합마다 또는 전체 시군구에 대해 고르고, 시군구마다 무엇이 달라지는지 보여 줍니다. 모든 안은 정확합니다: 최적성은 (SciPy를 통해) HiGHS가 증명하며, 증명하지 못하면 얼마나 떨어져 있는지를 알려 줍니다(OPTIMAL, GAP). 시군구의 입력 피처와 필드는 모두 유지합니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="2"/>
        <source>Units and demand</source>
        <translation>시군구와 수요</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="3"/>
        <source>&lt;b&gt;INPUT&lt;/b&gt;: polygons in any CRS; &lt;b&gt;ID_FIELD&lt;/b&gt; names the units in warnings and outputs; &lt;b&gt;NAME_FIELD&lt;/b&gt; (optional) names the sites. &lt;b&gt;DEMAND_FIELD&lt;/b&gt;: who needs the service, any numeric field, e.g. births (&lt;code&gt;births_est_2020&lt;/code&gt;) or women 20–39 for delivery care, residents 65+ for elderly care, the population for emergency care. A NULL or NaN demand counts as no demand (warned; the unit is still assigned a facility); a negative demand is refused. &lt;b&gt;POPULATION_FIELD&lt;/b&gt; (optional): residents, only for the figures of residents beyond the standard. The demand of a unit sits at its representative point: the centroid when it lies inside the unit, otherwise a point on its surface (the same point as servicegaps).</source>
        <translation>&lt;b&gt;INPUT&lt;/b&gt;: 좌표계에 관계없는 폴리곤; &lt;b&gt;ID_FIELD&lt;/b&gt;는 경고와 출력에서 시군구를 가리키고, &lt;b&gt;NAME_FIELD&lt;/b&gt;(선택)는 입지의 이름이 됩니다. &lt;b&gt;DEMAND_FIELD&lt;/b&gt;: 서비스가 필요한 사람, 어떤 숫자 필드든 됩니다, 예: 분만 진료에는 출생아(&lt;code&gt;births_est_2020&lt;/code&gt;)나 20–39세 여성, 노인 돌봄에는 65세 이상 인구, 응급의료에는 인구. NULL이나 NaN인 수요는 수요 없음으로 계산하고(경고; 시설은 그래도 배정됨), 음수인 수요는 거부합니다. &lt;b&gt;POPULATION_FIELD&lt;/b&gt;(선택): 인구, 기준 밖 주민 수치에만 씁니다. 시군구의 수요는 대표 지점에 둡니다: 중심점이 시군구 안에 있으면 중심점, 아니면 표면 위의 점(servicegaps와 같은 지점).</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="4"/>
        <source>&lt;b&gt;ALLIANCE_FIELD&lt;/b&gt; (optional, e.g. &lt;code&gt;alliance_id&lt;/code&gt; of the alliance members output of proposealliances): every alliance is its own problem, with its own new sites, chosen among the candidates inside it. Units with a NULL or blank alliance get no new site and keep the existing facilities. Without the field, one problem over all units.</source>
        <translation>&lt;b&gt;ALLIANCE_FIELD&lt;/b&gt; (선택, 예: proposealliances 연합 구성원 결과의 &lt;code&gt;alliance_id&lt;/code&gt;): 연합마다 따로 문제를 이루며, 그 안의 후보지 가운데서 각자의 신규 입지를 고릅니다. 연합이 NULL이거나 빈 값인 시군구는 신규 입지를 받지 않고 기존 시설을 그대로 씁니다. 이 필드가 없으면 전체 시군구를 한 문제로 풉니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="5"/>
        <source>Candidates and existing facilities</source>
        <translation>후보지와 기존 시설</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="6"/>
        <source>&lt;b&gt;CANDIDATES&lt;/b&gt; (optional point layer): where a new facility may open; every point of a MultiPoint is a candidate. With alliances a candidate belongs to the alliance of the unit that holds it (on a shared boundary: the first such unit); candidates in no unit of an alliance are left out, with a warning. Without a layer every unit's representative point is a candidate. &lt;b&gt;CANDIDATE_FILTER&lt;/b&gt; keeps the matching candidates; without a candidate layer it is evaluated on the units, e.g. &lt;code&gt;"pop_reg_2025" &amp;gt;= 50000&lt;/code&gt; or &lt;code&gt;"role" = 'hub'&lt;/code&gt; (true unless NULL, 0, false or the texts '', '0', 'false', 'f', 'no', 'n', 'off': the rule of every expression of the plugin). &lt;b&gt;CANDIDATE_NAME_FIELD&lt;/b&gt; (advanced) names the sites.</source>
        <translation>&lt;b&gt;CANDIDATES&lt;/b&gt; (선택 점 레이어): 신규 시설이 들어설 수 있는 곳; MultiPoint의 점 하나하나가 후보지입니다. 연합이 있으면 후보지는 그것을 포함하는 시군구의 연합에 속하며(공유 경계 위에서는 그런 첫 시군구), 연합의 어느 시군구에도 없는 후보지는 경고와 함께 제외합니다. 레이어가 없으면 모든 시군구의 대표 지점이 후보지입니다. &lt;b&gt;CANDIDATE_FILTER&lt;/b&gt;는 조건에 맞는 후보지만 남기며, 후보지 레이어가 없으면 시군구에 대해 평가합니다, 예: &lt;code&gt;"pop_reg_2025" &amp;gt;= 50000&lt;/code&gt; 또는 &lt;code&gt;"role" = 'hub'&lt;/code&gt; (NULL, 0, 거짓, 또는 텍스트 '', '0', 'false', 'f', 'no', 'n', 'off'가 아니면 참: 플러그인의 모든 표현식에 쓰는 규칙). &lt;b&gt;CANDIDATE_NAME_FIELD&lt;/b&gt; (고급)는 입지의 이름이 됩니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="7"/>
        <source>&lt;b&gt;EXISTING&lt;/b&gt; (optional point layer): facilities that stay open and serve anyone, inside or outside the alliance. &lt;b&gt;EXISTING_FILTER&lt;/b&gt; keeps only matching ones, e.g. &lt;code&gt;"cls" IN ('권역응급의료센터','지역응급의료센터')&lt;/code&gt; for the regional and local emergency centres of the Korean sample; &lt;b&gt;EXISTING_NAME_FIELD&lt;/b&gt; (advanced) names them in the outputs.</source>
        <translation>&lt;b&gt;EXISTING&lt;/b&gt; (선택 점 레이어): 계속 운영되며 연합 안팎 누구에게나 서비스하는 시설. &lt;b&gt;EXISTING_FILTER&lt;/b&gt;는 조건에 맞는 시설만 남깁니다, 예: 한국 표본 자료의 권역·지역응급의료센터는 &lt;code&gt;"cls" IN ('권역응급의료센터','지역응급의료센터')&lt;/code&gt;; &lt;b&gt;EXISTING_NAME_FIELD&lt;/b&gt; (고급)는 출력에서 시설의 이름이 됩니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="9"/>
        <source>Objectives</source>
        <translation>목적</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="10"/>
        <source>With w&lt;sub&gt;i&lt;/sub&gt; the demand of unit i, d&lt;sub&gt;ij&lt;/sub&gt; its distance to site j, E the existing facilities, S the new sites and R the standard distance (or time):</source>
        <translation>w&lt;sub&gt;i&lt;/sub&gt;를 시군구 i의 수요, d&lt;sub&gt;ij&lt;/sub&gt;를 입지 j까지의 거리, E를 기존 시설, S를 신규 입지, R을 기준 거리(또는 시간)라 할 때:</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="11"/>
        <source>&lt;b&gt;p-median&lt;/b&gt; (Hakimi 1964; ReVelle &amp;amp; Swain 1970): k new sites per alliance (SITES_PER_ALLIANCE, default 1) that minimise Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;i&lt;/sub&gt; min&lt;sub&gt;j ∈ S ∪ E&lt;/sub&gt; d&lt;sub&gt;ij&lt;/sub&gt;, the demand-weighted distance to the nearest open facility. Solved with the radius formulation (Elloumi 2010): for unit i with the distinct distances D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;1&lt;/sup&gt; &amp;lt; … &amp;lt; D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;q&lt;/sup&gt; of its candidates, z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt; ≥ 1 − Σ&lt;sub&gt;j: d&lt;sub&gt;ij&lt;/sub&gt; ≤ D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt;&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; says "no open site within D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt;", and the cost is D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;1&lt;/sup&gt; + Σ&lt;sub&gt;l&lt;/sub&gt; (D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l+1&lt;/sup&gt; − D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt;) z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt;, the last step ending at the nearest existing facility: the same optimum and LP bound as the classical assignment model with far fewer variables.</source>
        <translation>&lt;b&gt;p-메디안&lt;/b&gt; (Hakimi 1964; ReVelle &amp;amp; Swain 1970): Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;i&lt;/sub&gt; min&lt;sub&gt;j ∈ S ∪ E&lt;/sub&gt; d&lt;sub&gt;ij&lt;/sub&gt;, 곧 가장 가까운 운영 시설까지의 수요 가중 거리를 최소로 하는 연합당 신규 입지 k곳 (SITES_PER_ALLIANCE, 기본값 1). 반경 정식화(Elloumi 2010)로 풉니다: 후보지까지의 서로 다른 거리가 D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;1&lt;/sup&gt; &amp;lt; … &amp;lt; D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;q&lt;/sup&gt;인 시군구 i에 대해 z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt; ≥ 1 − Σ&lt;sub&gt;j: d&lt;sub&gt;ij&lt;/sub&gt; ≤ D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt;&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;는 "D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt; 안에 운영 입지가 없음"을 뜻하고, 비용은 D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;1&lt;/sup&gt; + Σ&lt;sub&gt;l&lt;/sub&gt; (D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l+1&lt;/sup&gt; − D&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt;) z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;l&lt;/sup&gt;이며 마지막 단계는 가장 가까운 기존 시설에서 끝납니다. 고전적인 배정 모형과 최적해와 LP 한계가 같으면서 변수는 훨씬 적습니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="12"/>
        <source>&lt;b&gt;maximal coverage, MCLP&lt;/b&gt; (Church &amp;amp; ReVelle 1974): k new sites that maximise the demand within R: max Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;i&lt;/sub&gt; u&lt;sub&gt;i&lt;/sub&gt;, u&lt;sub&gt;i&lt;/sub&gt; ≤ Σ&lt;sub&gt;j ∈ N&lt;sub&gt;i&lt;/sub&gt;&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;, Σ&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; = k, with N&lt;sub&gt;i&lt;/sub&gt; the candidates within R of i. Demand already within R of an existing facility counts as covered whatever is chosen.</source>
        <translation>&lt;b&gt;최대 커버링, MCLP&lt;/b&gt; (Church &amp;amp; ReVelle 1974): R 이내 수요를 최대로 하는 신규 입지 k곳: max Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;i&lt;/sub&gt; u&lt;sub&gt;i&lt;/sub&gt;, u&lt;sub&gt;i&lt;/sub&gt; ≤ Σ&lt;sub&gt;j ∈ N&lt;sub&gt;i&lt;/sub&gt;&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;, Σ&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; = k, 여기서 N&lt;sub&gt;i&lt;/sub&gt;는 i에서 R 이내의 후보지. 이미 기존 시설의 R 이내에 있는 수요는 무엇을 고르든 커버한 것으로 봅니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="13"/>
        <source>&lt;b&gt;set covering, LSCP&lt;/b&gt; (Toregas, Swain, ReVelle &amp;amp; Bergman 1971): the fewest new sites that bring all demand within R: min Σ&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;, Σ&lt;sub&gt;j ∈ N&lt;sub&gt;i&lt;/sub&gt;&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; ≥ 1 for every unit with demand beyond R of every existing facility. Units that no candidate reaches within R cannot be covered: they are named in a warning and stay in gap; the rest are covered. SITES_PER_ALLIANCE is not used.</source>
        <translation>&lt;b&gt;집합 커버링, LSCP&lt;/b&gt; (Toregas, Swain, ReVelle &amp;amp; Bergman 1971): 모든 수요를 R 이내로 두는 최소 수의 신규 입지: min Σ&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;, 모든 기존 시설의 R 밖에 수요가 있는 시군구마다 Σ&lt;sub&gt;j ∈ N&lt;sub&gt;i&lt;/sub&gt;&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; ≥ 1. R 이내에 닿는 후보지가 없는 시군구는 커버할 수 없으므로 경고로 밝히고 공백으로 남기며, 나머지는 커버합니다. SITES_PER_ALLIANCE는 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="14"/>
        <source>&lt;b&gt;p-center&lt;/b&gt;: k new sites that minimise the largest distance from a unit with demand to its nearest open facility, min max&lt;sub&gt;i: w&lt;sub&gt;i&lt;/sub&gt; &amp;gt; 0&lt;/sub&gt; min&lt;sub&gt;j ∈ S ∪ E&lt;/sub&gt; d&lt;sub&gt;ij&lt;/sub&gt;. The optimum is one of the distances d&lt;sub&gt;ij&lt;/sub&gt;: a binary search over them, each step a set-cover feasibility model ("do k sites reach every unit within r?").</source>
        <translation>&lt;b&gt;p-센터&lt;/b&gt;: 수요가 있는 시군구에서 가장 가까운 운영 시설까지의 최대 거리를 최소로 하는 신규 입지 k곳, min max&lt;sub&gt;i: w&lt;sub&gt;i&lt;/sub&gt; &amp;gt; 0&lt;/sub&gt; min&lt;sub&gt;j ∈ S ∪ E&lt;/sub&gt; d&lt;sub&gt;ij&lt;/sub&gt;. 최적값은 거리 d&lt;sub&gt;ij&lt;/sub&gt; 가운데 하나이므로 이들에 대해 이진 탐색하며, 단계마다 집합 커버 실행 가능성 모형("입지 k곳이 모든 시군구에 r 이내로 닿는가?")을 풉니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="16"/>
        <source>Tiny problems (a few units and candidates, as an alliance of 2–5 members) are solved by scoring every set of k candidates, which is exact too and faster than a model. &lt;b&gt;TIME_LIMIT&lt;/b&gt; (advanced, seconds per alliance, default 60) stops a large model with the best plan found: OPTIMAL is then false and GAP the relative distance to the proven bound.</source>
        <translation>아주 작은 문제(시군구와 후보지가 몇 개뿐인, 예컨대 구성원 2–5개의 연합)는 후보지 k곳의 모든 조합을 평가해 풀며, 이것도 정확하고 모형보다 빠릅니다. &lt;b&gt;TIME_LIMIT&lt;/b&gt; (고급, 연합당 초, 기본값 60)는 큰 모형을 찾아낸 최선의 안으로 멈춥니다: 이때 OPTIMAL은 거짓이고 GAP은 증명된 한계까지의 상대 거리입니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="17"/>
        <source>Distances and reductions</source>
        <translation>거리와 축소</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="18"/>
        <source>Distances are ellipsoidal kilometres between the points, correct in any CRS (a layer without a CRS is taken to be in metres, with a warning). With a &lt;b&gt;NETWORK&lt;/b&gt; road layer they are driving minutes along the roads, with the same network service as servicegaps (two-way roads; SPEED_FIELD in km/h, DEFAULT_SPEED where missing or not positive; every point is attached to its nearest road and the straight leg to it counts at the default speed); the standard is then &lt;b&gt;STANDARD_TIME&lt;/b&gt; (minutes) instead of &lt;b&gt;STANDARD_DISTANCE&lt;/b&gt; (km), and a unit that no open facility reaches over the roads costs more than any trip (twice the longest one) and is named in a warning. The reductions never change the optimum:</source>
        <translation>거리는 점 사이의 타원체 킬로미터로, 어떤 좌표계에서도 정확합니다(좌표계가 없는 레이어는 경고와 함께 미터로 봄). &lt;b&gt;NETWORK&lt;/b&gt; 도로 레이어가 있으면 도로를 따른 자동차 이동 시간(분)이며, servicegaps와 같은 네트워크 서비스를 씁니다(양방향 도로; SPEED_FIELD는 km/h, 값이 없거나 양수가 아니면 DEFAULT_SPEED; 모든 지점은 가장 가까운 도로에 연결하며 그 직선 구간은 기본 속도로 계산). 이때 기준은 &lt;b&gt;STANDARD_DISTANCE&lt;/b&gt; (km) 대신 &lt;b&gt;STANDARD_TIME&lt;/b&gt; (분)이며, 도로로 어느 운영 시설에도 닿지 않는 시군구는 어떤 이동보다 큰 비용(가장 긴 이동의 두 배)을 받고 경고로 밝힙니다. 축소는 최적해를 결코 바꾸지 않습니다:</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="19"/>
        <source>within an alliance every unit–candidate pair is measured; only the nearest existing facility of a unit matters, and a candidate farther than it is never used by that unit;</source>
        <translation>연합 안에서는 시군구–후보지 쌍을 모두 잽니다. 시군구마다 가장 가까운 기존 시설만 중요하며, 그보다 먼 후보지는 그 시군구가 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="20"/>
        <source>p-median: among a unit's M − k + 1 nearest candidates one is open, so farther pairs are dropped; on large models Lagrangian bounds fix sites open or closed and cap a unit's reach only where every plan that breaks the fixing costs more than a plan already found;</source>
        <translation>p-메디안: 시군구의 가장 가까운 후보지 M − k + 1곳 가운데 하나는 열려 있으므로 더 먼 쌍은 버립니다. 큰 모형에서는 라그랑주 한계로 입지를 열림 또는 닫힘으로 고정하고 시군구의 도달 범위를 제한하는데, 그 고정을 어기는 모든 안이 이미 찾은 안보다 비쌀 때만 그렇게 합니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="21"/>
        <source>MCLP and LSCP: only pairs within R count, and units with the same set of candidates within R are merged into one row;</source>
        <translation>MCLP와 LSCP: R 이내의 쌍만 계산에 넣고, R 이내 후보지 집합이 같은 시군구는 한 행으로 합칩니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="22"/>
        <source>one large problem (no alliance field, or an alliance of more than 250,000 unit–candidate pairs): only the pairs within a cutoff T are measured, which the model reads as "farther than T". For MCLP and LSCP, T = R. For p-median and p-center the plan found is the true optimum when every unit of it lies within T of its facility (a truncated cost is never higher, and that plan's is unchanged); this is checked on exact distances, and otherwise T grows and the problem is solved again, up to every pair. Nothing is cut silently.</source>
        <translation>큰 문제 하나(연합 필드가 없거나, 시군구–후보지 쌍이 250,000개가 넘는 연합): 절단 거리 T 이내의 쌍만 재며, 모형은 나머지를 "T보다 멂"으로 읽습니다. MCLP와 LSCP에서는 T = R입니다. p-메디안과 p-센터에서는 찾은 안의 모든 시군구가 배정된 시설에서 T 이내에 있으면 그 안이 진짜 최적해입니다(절단한 비용은 결코 더 크지 않고, 그 안의 비용은 그대로임). 이를 정확한 거리로 확인하며, 그렇지 않으면 T를 늘려 모든 쌍에 이를 때까지 다시 풉니다. 아무것도 몰래 잘라 내지 않습니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="25"/>
        <source>&lt;b&gt;OUTPUT_SITES&lt;/b&gt; (points): one feature per new site, with the alliance (the ALLIANCE_FIELD, when given), &lt;b&gt;site_id&lt;/b&gt; (1, 2, … over the run), &lt;b&gt;rank&lt;/b&gt; within its alliance (1 = the site that serves the most demand), &lt;b&gt;site&lt;/b&gt; and &lt;b&gt;site_name&lt;/b&gt; (the candidate's id and name; the unit's for unit points), &lt;b&gt;site_unit&lt;/b&gt; (the unit that holds it), &lt;b&gt;objective&lt;/b&gt;, &lt;b&gt;demand_served&lt;/b&gt; and &lt;b&gt;units_served&lt;/b&gt; (units assigned to it), &lt;b&gt;demand_newly_covered&lt;/b&gt; (of those, demand that was beyond the standard before and is within it now), &lt;b&gt;mean_km&lt;/b&gt; (demand-weighted) and &lt;b&gt;max_km&lt;/b&gt; to it; with a network also &lt;b&gt;mean_min&lt;/b&gt; and &lt;b&gt;max_min&lt;/b&gt;.</source>
        <translation>&lt;b&gt;OUTPUT_SITES&lt;/b&gt; (점): 신규 입지마다 피처 하나, 필드는 연합 (ALLIANCE_FIELD를 주었을 때), &lt;b&gt;site_id&lt;/b&gt; (실행 전체에서 1, 2, …), 연합 안의 &lt;b&gt;rank&lt;/b&gt; (1 = 수요를 가장 많이 담당하는 입지), &lt;b&gt;site&lt;/b&gt;와 &lt;b&gt;site_name&lt;/b&gt; (후보지의 ID와 이름; 시군구 대표 지점이면 시군구의 것), &lt;b&gt;site_unit&lt;/b&gt; (입지를 포함하는 시군구), &lt;b&gt;objective&lt;/b&gt;, &lt;b&gt;demand_served&lt;/b&gt;와 &lt;b&gt;units_served&lt;/b&gt; (배정된 시군구), &lt;b&gt;demand_newly_covered&lt;/b&gt; (그중 이전에는 기준 밖이었다가 이제 기준 이내가 된 수요), 입지까지의 &lt;b&gt;mean_km&lt;/b&gt; (수요 가중)와 &lt;b&gt;max_km&lt;/b&gt;; 네트워크가 있으면 &lt;b&gt;mean_min&lt;/b&gt;과 &lt;b&gt;max_min&lt;/b&gt;도.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="26"/>
        <source>&lt;b&gt;OUTPUT&lt;/b&gt; (units): every unit once, with &lt;b&gt;facility_type&lt;/b&gt; (&lt;i&gt;new&lt;/i&gt; or &lt;i&gt;existing&lt;/i&gt;; NULL when nothing reaches it), &lt;b&gt;facility&lt;/b&gt; (the id or name of the assigned facility), &lt;b&gt;site_id&lt;/b&gt; (for a new site), &lt;b&gt;km_before&lt;/b&gt; (to the nearest existing facility) and &lt;b&gt;km_after&lt;/b&gt; (to the assigned one), with a network &lt;b&gt;min_before&lt;/b&gt; and &lt;b&gt;min_after&lt;/b&gt; (the km are then the straight distance to the facility nearest in time), &lt;b&gt;gap_before&lt;/b&gt; and &lt;b&gt;gap_after&lt;/b&gt; (1 beyond the standard, 0 within; NULL without a standard). A unit is assigned to its nearest open facility; a tie keeps the existing one.</source>
        <translation>&lt;b&gt;OUTPUT&lt;/b&gt; (시군구): 모든 시군구를 한 번씩, 필드는 &lt;b&gt;facility_type&lt;/b&gt; (&lt;i&gt;new&lt;/i&gt; 신규 또는 &lt;i&gt;existing&lt;/i&gt; 기존; 닿는 시설이 없으면 NULL), &lt;b&gt;facility&lt;/b&gt; (배정된 시설의 ID나 이름), &lt;b&gt;site_id&lt;/b&gt; (신규 입지일 때), &lt;b&gt;km_before&lt;/b&gt; (가장 가까운 기존 시설까지)와 &lt;b&gt;km_after&lt;/b&gt; (배정된 시설까지), 네트워크가 있으면 &lt;b&gt;min_before&lt;/b&gt;와 &lt;b&gt;min_after&lt;/b&gt; (이때 km는 시간상 가장 가까운 시설까지의 직선거리), &lt;b&gt;gap_before&lt;/b&gt;와 &lt;b&gt;gap_after&lt;/b&gt; (기준 밖이면 1, 이내면 0; 기준이 없으면 NULL). 시군구는 가장 가까운 운영 시설에 배정되며, 같으면 기존 시설을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="27"/>
        <source>&lt;b&gt;OUTPUT_LINES&lt;/b&gt; (optional): a straight line from every served unit's point to its facility, with the unit, facility_type, facility, site_id and km (and min).</source>
        <translation>&lt;b&gt;OUTPUT_LINES&lt;/b&gt; (선택): 서비스를 받는 시군구의 대표 지점에서 그 시설까지의 직선, 필드는 시군구, facility_type, facility, site_id, km (와 min).</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="30"/>
        <source>SITES (new sites), ALLIANCES (problems solved), DEMAND_COVERED and DEMAND_COVERED_BEFORE (demand within the standard after and before), DEMAND_IN_GAP_BEFORE and DEMAND_IN_GAP_AFTER (demand beyond it), POPULATION_IN_GAP_BEFORE and POPULATION_IN_GAP_AFTER (residents beyond it, with POPULATION_FIELD), MEAN_DISTANCE_KM_BEFORE and MEAN_DISTANCE_KM_AFTER (demand-weighted mean km over the units with a facility), MEAN_TIME_MIN_BEFORE and MEAN_TIME_MIN_AFTER (with a network), OBJECTIVE_VALUE (summed over the alliances; the largest for p-center), OPTIMAL and GAP.</source>
        <translation>SITES (신규 입지 수), ALLIANCES (푼 문제 수), DEMAND_COVERED와 DEMAND_COVERED_BEFORE (입지 후와 전의 기준 이내 수요), DEMAND_IN_GAP_BEFORE와 DEMAND_IN_GAP_AFTER (기준 밖 수요), POPULATION_IN_GAP_BEFORE와 POPULATION_IN_GAP_AFTER (기준 밖 주민, POPULATION_FIELD가 있을 때), MEAN_DISTANCE_KM_BEFORE와 MEAN_DISTANCE_KM_AFTER (시설이 있는 시군구에 대한 수요 가중 평균 km), MEAN_TIME_MIN_BEFORE와 MEAN_TIME_MIN_AFTER (네트워크가 있을 때), OBJECTIVE_VALUE (연합에 걸친 합; p-센터는 최댓값), OPTIMAL, GAP.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="32"/>
        <source>&lt;b&gt;STANDARD_DISTANCE&lt;/b&gt; (km, default 30; 0 = none, then no coverage figures) and &lt;b&gt;STANDARD_TIME&lt;/b&gt; (minutes, default 30; used with NETWORK). MCLP and LSCP need a standard above 0. Straight-line km understate road distance: use a road network for the minute standards of, for example, Korea's national minimum standards for basic living infrastructure (a hospital with an emergency room within 30 minutes by car).</source>
        <translation>&lt;b&gt;STANDARD_DISTANCE&lt;/b&gt; (km, 기본값 30; 0 = 없음, 이때 커버 수치도 없음)와 &lt;b&gt;STANDARD_TIME&lt;/b&gt; (분, 기본값 30; NETWORK와 함께 사용). MCLP와 LSCP에는 0보다 큰 기준이 필요합니다. 직선 km는 도로 거리보다 짧게 나오므로, 예컨대 한국의 기초생활인프라 국가최저기준(자동차로 응급실이 있는 병원 30분 이내) 같은 분 단위 기준에는 도로망을 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="33"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../help/sitefacilities.html" line="34"/>
        <source>S. L. Hakimi (1964), Optimum locations of switching centers and the absolute centers and medians of a graph, Operations Research 12, 450–459. C. S. ReVelle, R. W. Swain (1970), Central facilities location, Geographical Analysis 2, 30–42. C. Toregas, R. Swain, C. ReVelle, L. Bergman (1971), The location of emergency service facilities, Operations Research 19, 1363–1373. R. Church, C. ReVelle (1974), The maximal covering location problem, Papers of the Regional Science Association 32, 101–118. S. Elloumi (2010), A tighter formulation of the p-median problem, Journal of Combinatorial Optimization 19, 69–83. Q. Huangfu, J. A. J. Hall (2018), Parallelizing the dual revised simplex method, Mathematical Programming Computation 10, 119–142 (HiGHS).</source>
        <translation>S. L. Hakimi (1964), Optimum locations of switching centers and the absolute centers and medians of a graph, Operations Research 12, 450–459. C. S. ReVelle, R. W. Swain (1970), Central facilities location, Geographical Analysis 2, 30–42. C. Toregas, R. Swain, C. ReVelle, L. Bergman (1971), The location of emergency service facilities, Operations Research 19, 1363–1373. R. Church, C. ReVelle (1974), The maximal covering location problem, Papers of the Regional Science Association 32, 101–118. S. Elloumi (2010), A tighter formulation of the p-median problem, Journal of Combinatorial Optimization 19, 69–83. Q. Huangfu, J. A. J. Hall (2018), Parallelizing the dual revised simplex method, Mathematical Programming Computation 10, 119–142 (HiGHS).</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="714"/>
        <source>Shared facility sites</source>
        <translation>공동 시설 입지</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="822"/>
        <source>&lt;p&gt;The whole Small but Strong analysis in one run, as a model you can open and change in the graphical modeler: &lt;b&gt;Decline indicators&lt;/b&gt; of every unit, &lt;b&gt;Propose alliances&lt;/b&gt; of the eligible units on those indicators, &lt;b&gt;Service gaps&lt;/b&gt; of the alliance members before and after pooling their services, &lt;b&gt;Site shared facilities&lt;/b&gt; (one new site per alliance, nearest for the most residents, beside the existing facilities), and the &lt;b&gt;Export map report&lt;/b&gt; of the alliances over the service gaps (PDF and PNG).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt;: one polygon per city, county, district or municipality, in any CRS, and its fields: the id, the name, the current population and, optionally, an earlier population, residents 65+, women 20–39 and births. Nothing is pre-filled: choose the fields of your layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Policy profile&lt;/b&gt; and its thresholds: the member counts and the population floor left empty take the profile's values (Korea: 2–5 members, 300,000; Japan: 2–12 around a core city of 200,000; Europe: 2–8, 50,000). &lt;b&gt;Eligible units&lt;/b&gt; and &lt;b&gt;Hubs&lt;/b&gt; are empty (all units; no hub required) until you set them; the island link distance (0 = off) and the solver's time limit: see &lt;i&gt;Propose alliances&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Durable to year N&lt;/b&gt;: a projected population field (e.g. &lt;i&gt;pop_2040&lt;/i&gt;, written by &lt;i&gt;Project population&lt;/i&gt;) that every alliance must also bring to the floor (or to its own floor); and a &lt;b&gt;maximum distance of a member to its hub&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;The service: &lt;b&gt;Facilities&lt;/b&gt; (points) with a &lt;b&gt;Facility filter&lt;/b&gt;, and/or a &lt;b&gt;Supply already counted per unit&lt;/b&gt; field, its &lt;b&gt;Demand&lt;/b&gt; field, the &lt;b&gt;Minimum supply per unit&lt;/b&gt; and the &lt;b&gt;Standard distance&lt;/b&gt;: see &lt;i&gt;Service gaps&lt;/i&gt;. At least one of the two supplies is needed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report title&lt;/b&gt; (default: Small but strong alliances, in your language). The report credits the sources recorded in your layer's metadata.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;Decline indicators, Alliances, Alliance members, Service gaps (per unit and per alliance), the PDF report and its PNG image. When no alliance reaches the floor, the report is written all the same, showing the units.&lt;/p&gt;&lt;p&gt;Inputs left out of a script's call (processing.run, qgis_process) take the defaults shown in the dialog, and outputs left out are temporary.&lt;/p&gt;</source>
        <translation>&lt;p&gt;작지만 강한 분석 전체를 한 번에 실행합니다. 그래픽 모델러에서 열어 바꿀 수 있는 모델입니다: 모든 시군구의 &lt;b&gt;쇠퇴 지표&lt;/b&gt;, 그 지표를 바탕으로 참여 대상 시군구의 &lt;b&gt;연합 제안&lt;/b&gt;, 연합 구성원이 서비스를 공유하기 전후의 &lt;b&gt;서비스 공백&lt;/b&gt;, &lt;b&gt;공동 시설 입지 선정&lt;/b&gt; (연합마다 신규 입지 하나, 기존 시설에 더해 가장 많은 주민에게 가까운 곳), 그리고 서비스 공백 위에 연합을 그린 &lt;b&gt;지도 보고서 내보내기&lt;/b&gt; (PDF와 PNG).&lt;/p&gt;&lt;h3&gt;입력&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt;: 시·군·구(기초자치단체)마다 폴리곤 하나(좌표계는 무엇이든 됨)와 그 필드: ID, 이름, 현재 인구, 그리고 선택 사항으로 이전 시점 인구, 65세 이상 인구, 20–39세 여성 인구, 출생아 수. 미리 채워진 필드는 없으니 레이어의 필드를 고르십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;정책 프로필&lt;/b&gt;과 그 기준값: 비워 둔 구성 수와 인구 하한은 프로필의 값을 씁니다(한국: 구성 2–5, 300,000명; 일본: 인구 200,000명의 중추도시를 중심으로 2–12; 유럽: 2–8, 50,000명). &lt;b&gt;참여 대상 시군구&lt;/b&gt;와 &lt;b&gt;거점&lt;/b&gt;은 지정하기 전까지 비어 있습니다(모든 시군구; 거점 불필요). 섬 연결 거리(0 = 끔)와 솔버 시간 제한: &lt;i&gt;연합 제안&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;N년까지 지속&lt;/b&gt;: 모든 연합이 그 값으로도 인구 하한(또는 따로 준 하한)에 이르러야 하는 추계 인구 필드(예: &lt;i&gt;인구 추계&lt;/i&gt;가 쓰는 &lt;i&gt;pop_2040&lt;/i&gt;), 그리고 &lt;b&gt;구성원에서 거점까지의 최대 거리&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;서비스: &lt;b&gt;시설&lt;/b&gt; (점)과 &lt;b&gt;시설 필터&lt;/b&gt;, 그리고/또는 &lt;b&gt;시군구별로 이미 집계된 공급&lt;/b&gt; 필드, 그 &lt;b&gt;수요&lt;/b&gt; 필드, &lt;b&gt;시군구당 최소 공급&lt;/b&gt;과 &lt;b&gt;기준 거리&lt;/b&gt;: &lt;i&gt;서비스 공백&lt;/i&gt;을 보십시오. 두 공급 중 적어도 하나가 필요합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;보고서 제목&lt;/b&gt; (기본값: 사용자 언어로 "작지만 강한 연합"). 보고서에는 레이어 메타데이터에 기록된 출처를 표시합니다.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;출력&lt;/h3&gt;&lt;p&gt;쇠퇴 지표, 연합, 연합 구성원, 서비스 공백 (시군구별과 연합별), PDF 보고서와 그 PNG 이미지. 인구 하한에 이르는 연합이 없어도 보고서는 시군구를 보여 주며 그대로 작성됩니다.&lt;/p&gt;&lt;p&gt;스크립트(processing.run, qgis_process) 호출에서 빠진 입력은 대화상자에 보이는 기본값을 쓰고, 빠진 출력은 임시 출력이 됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="826"/>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="827"/>
        <source>Full analysis</source>
        <translation>전체 분석</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="937"/>
        <source>Floor of the projected population (empty: the same floor)</source>
        <translation>추계 인구의 하한 (비우면 같은 하한)</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="952"/>
        <source>Durable to year N: projected population field (e.g. pop_2040 of Project population)</source>
        <translation>N년까지 지속: 추계 인구 필드 (예: 인구 추계의 pop_2040)</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="1067"/>
        <source>Population floor (empty: the profile's)</source>
        <translation>인구 하한 (비우면 프로필 값)</translation>
    </message>
    <message>
        <location filename="../models/small_but_strong.model3" line="1151"/>
        <source>Report title</source>
        <translation>보고서 제목</translation>
    </message>
    <message>
        <location filename="../styles/alliances_edit.qml" line="17"/>
        <source>locked: kept by a re-solve</source>
        <translation>고정: 다시 풀 때 유지</translation>
    </message>
    <message>
        <location filename="../styles/alliances_edit.qml" line="18"/>
        <source>valid alliance</source>
        <translation>적합한 연합</translation>
    </message>
    <message>
        <location filename="../styles/alliances_edit.qml" line="19"/>
        <source>invalid: breaks a rule</source>
        <translation>부적합: 규칙 위반</translation>
    </message>
    <message>
        <location filename="../styles/alliances_members.qml" line="17"/>
        <source>member of an alliance</source>
        <translation>연합 구성원</translation>
    </message>
    <message>
        <location filename="../styles/alliances_members.qml" line="19"/>
        <source>eligible, left outside</source>
        <translation>참여 대상, 연합 밖</translation>
    </message>
    <message>
        <location filename="../styles/decline_aging.qml" line="17"/>
        <source>young (65+ &lt; 7 %)</source>
        <translation>고령화 이전 (65세 이상 &lt; 7 %)</translation>
    </message>
    <message>
        <location filename="../styles/decline_aging.qml" line="18"/>
        <source>ageing (65+ 7–14 %)</source>
        <translation>고령화사회 (65세 이상 7–14 %)</translation>
    </message>
    <message>
        <location filename="../styles/decline_aging.qml" line="19"/>
        <source>aged (65+ 14–20 %)</source>
        <translation>고령사회 (65세 이상 14–20 %)</translation>
    </message>
    <message>
        <location filename="../styles/decline_aging.qml" line="20"/>
        <source>super-aged (65+ ≥ 20 %)</source>
        <translation>초고령사회 (65세 이상 ≥ 20 %)</translation>
    </message>
    <message>
        <location filename="../styles/decline_change.qml" line="17"/>
        <source>decline of more than 20 %</source>
        <translation>20 % 넘게 감소</translation>
    </message>
    <message>
        <location filename="../styles/decline_change.qml" line="18"/>
        <source>decline of 10–20 %</source>
        <translation>10–20 % 감소</translation>
    </message>
    <message>
        <location filename="../styles/decline_change.qml" line="19"/>
        <source>decline of 5–10 %</source>
        <translation>5–10 % 감소</translation>
    </message>
    <message>
        <location filename="../styles/decline_change.qml" line="20"/>
        <source>decline of up to 5 %</source>
        <translation>5 % 이하 감소</translation>
    </message>
    <message>
        <location filename="../styles/decline_change.qml" line="21"/>
        <source>growth of up to 5 %</source>
        <translation>5 % 이하 증가</translation>
    </message>
    <message>
        <location filename="../styles/decline_change.qml" line="22"/>
        <source>growth of 5–10 %</source>
        <translation>5–10 % 증가</translation>
    </message>
    <message>
        <location filename="../styles/decline_change.qml" line="23"/>
        <source>growth of more than 10 %</source>
        <translation>10 % 넘게 증가</translation>
    </message>
    <message>
        <location filename="../styles/decline_class.qml" line="17"/>
        <source>least declining fifth</source>
        <translation>1분위 (쇠퇴가 가장 적음)</translation>
    </message>
    <message>
        <location filename="../styles/decline_class.qml" line="18"/>
        <source>second fifth</source>
        <translation>2분위</translation>
    </message>
    <message>
        <location filename="../styles/decline_class.qml" line="19"/>
        <source>middle fifth</source>
        <translation>3분위</translation>
    </message>
    <message>
        <location filename="../styles/decline_class.qml" line="20"/>
        <source>fourth fifth</source>
        <translation>4분위</translation>
    </message>
    <message>
        <location filename="../styles/decline_class.qml" line="21"/>
        <source>most declining fifth</source>
        <translation>5분위 (쇠퇴가 가장 심함)</translation>
    </message>
    <message>
        <location filename="../styles/decline_density.qml" line="17"/>
        <source>lowest quarter of density</source>
        <translation>밀도 하위 25 %</translation>
    </message>
    <message>
        <location filename="../styles/decline_density.qml" line="18"/>
        <source>second quarter of density</source>
        <translation>밀도 하위 25–50 %</translation>
    </message>
    <message>
        <location filename="../styles/decline_density.qml" line="19"/>
        <source>third quarter of density</source>
        <translation>밀도 상위 25–50 %</translation>
    </message>
    <message>
        <location filename="../styles/decline_density.qml" line="20"/>
        <source>highest quarter of density</source>
        <translation>밀도 상위 25 %</translation>
    </message>
    <message>
        <location filename="../styles/decline_risk.qml" line="17"/>
        <source>very low risk (≥ 1.5)</source>
        <translation>소멸위험 매우 낮음 (≥ 1.5)</translation>
    </message>
    <message>
        <location filename="../styles/decline_risk.qml" line="18"/>
        <source>normal (1.0–1.5)</source>
        <translation>보통 (1.0–1.5)</translation>
    </message>
    <message>
        <location filename="../styles/decline_risk.qml" line="19"/>
        <source>caution (0.5–1.0)</source>
        <translation>주의단계 (0.5–1.0)</translation>
    </message>
    <message>
        <location filename="../styles/decline_risk.qml" line="20"/>
        <source>entering extinction risk (0.2–0.5)</source>
        <translation>소멸위험 진입단계 (0.2–0.5)</translation>
    </message>
    <message>
        <location filename="../styles/decline_risk.qml" line="21"/>
        <source>high extinction risk (&lt; 0.2)</source>
        <translation>소멸고위험 (&lt; 0.2)</translation>
    </message>
    <message>
        <location filename="../styles/facilities.qml" line="17"/>
        <source>other emergency rooms</source>
        <translation>기타 응급실</translation>
    </message>
    <message>
        <location filename="../styles/facilities.qml" line="18"/>
        <source>regional and local emergency centres</source>
        <translation>권역·지역응급의료센터</translation>
    </message>
    <message>
        <location filename="../styles/plan_units.qml" line="18"/>
        <source>eligible, in no alliance</source>
        <translation>참여 대상, 어느 연합에도 없음</translation>
    </message>
    <message>
        <location filename="../styles/projection.qml" line="17"/>
        <source>projected decline of more than 30 %</source>
        <translation>30 % 넘게 감소 전망</translation>
    </message>
    <message>
        <location filename="../styles/projection.qml" line="18"/>
        <source>projected decline of 20–30 %</source>
        <translation>20–30 % 감소 전망</translation>
    </message>
    <message>
        <location filename="../styles/projection.qml" line="19"/>
        <source>projected decline of 10–20 %</source>
        <translation>10–20 % 감소 전망</translation>
    </message>
    <message>
        <location filename="../styles/projection.qml" line="20"/>
        <source>projected decline of up to 10 %</source>
        <translation>10 % 이하 감소 전망</translation>
    </message>
    <message>
        <location filename="../styles/projection.qml" line="21"/>
        <source>projected growth of up to 10 %</source>
        <translation>10 % 이하 증가 전망</translation>
    </message>
    <message>
        <location filename="../styles/projection.qml" line="22"/>
        <source>projected growth of 10–20 %</source>
        <translation>10–20 % 증가 전망</translation>
    </message>
    <message>
        <location filename="../styles/projection.qml" line="23"/>
        <source>projected growth of more than 20 %</source>
        <translation>20 % 넘게 증가 전망</translation>
    </message>
    <message>
        <location filename="../styles/projection.qml" line="24"/>
        <source>no projection</source>
        <translation>추계 없음</translation>
    </message>
    <message>
        <location filename="../styles/scenario_diff.qml" line="17"/>
        <source>moved to another alliance</source>
        <translation>다른 연합으로 옮김</translation>
    </message>
    <message>
        <location filename="../styles/scenario_diff.qml" line="18"/>
        <source>joined an alliance</source>
        <translation>연합에 들어감</translation>
    </message>
    <message>
        <location filename="../styles/scenario_diff.qml" line="19"/>
        <source>left its alliance</source>
        <translation>연합에서 빠짐</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="18"/>
        <source>none, and too far</source>
        <translation>시설 없음, 거리도 멂</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="19"/>
        <source>too far (distance/time)</source>
        <translation>너무 멂 (거리/시간)</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="20"/>
        <source>no facility in the unit</source>
        <translation>시군구 안에 시설 없음</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="21"/>
        <source>below the minimum</source>
        <translation>최소 기준 미달</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="24"/>
        <source>met: 2SFCA access</source>
        <translation>충족: 2SFCA 접근성</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="25"/>
        <source>lowest quarter</source>
        <translation>하위 25 %</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="26"/>
        <source>second quarter</source>
        <translation>하위 25–50 %</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="27"/>
        <source>third quarter</source>
        <translation>상위 25–50 %</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps.qml" line="28"/>
        <source>top quarter</source>
        <translation>상위 25 %</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps_alliances.qml" line="17"/>
        <source>pooled: standard met</source>
        <translation>공유 후: 기준 충족</translation>
    </message>
    <message>
        <location filename="../styles/service_gaps_alliances.qml" line="18"/>
        <source>pooled: still below</source>
        <translation>공유 후: 여전히 미달</translation>
    </message>
    <message>
        <location filename="../styles/site_lines.qml" line="17"/>
        <source>to a new site</source>
        <translation>신규 입지로</translation>
    </message>
    <message>
        <location filename="../styles/site_lines.qml" line="18"/>
        <source>to an existing facility</source>
        <translation>기존 시설로</translation>
    </message>
    <message>
        <location filename="../styles/site_units.qml" line="17"/>
        <source>brought within the standard by a new site</source>
        <translation>신규 입지로 기준 이내가 됨</translation>
    </message>
    <message>
        <location filename="../styles/site_units.qml" line="18"/>
        <source>served by a new site</source>
        <translation>신규 입지가 담당</translation>
    </message>
    <message>
        <location filename="../styles/site_units.qml" line="19"/>
        <source>served by an existing facility</source>
        <translation>기존 시설이 담당</translation>
    </message>
    <message>
        <location filename="../styles/site_units.qml" line="20"/>
        <source>beyond the standard after siting</source>
        <translation>입지 후에도 기준 밖</translation>
    </message>
    <message>
        <location filename="../styles/site_units.qml" line="21"/>
        <source>no facility within reach</source>
        <translation>닿는 시설 없음</translation>
    </message>
    <message>
        <location filename="../styles/sites.qml" line="17"/>
        <source>new site (first of its alliance)</source>
        <translation>신규 입지 (연합의 첫 번째)</translation>
    </message>
    <message>
        <location filename="../styles/sites.qml" line="18"/>
        <source>new site (further)</source>
        <translation>신규 입지 (추가)</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="39"/>
        <location filename="../../ui/dock.py" line="240"/>
        <source>No plan yet: run the analysis.</source>
        <translation>아직 안이 없습니다: 분석을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="45"/>
        <location filename="../../ui/plan_actions.py" line="367"/>
        <source>Restore the optimum</source>
        <translation>최적해 복원</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="77"/>
        <source>Units left out</source>
        <translation>제외된 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="81"/>
        <source>The plan of the last run</source>
        <translation>마지막 실행의 안</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="82"/>
        <source>Edit history</source>
        <translation>편집 기록</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="101"/>
        <source>the floor</source>
        <translation>하한 인구</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="102"/>
        <source>The population each alliance is measured against in the Deviation column (0 = the population floor)</source>
        <translation>편차 열에서 각 연합을 비교하는 기준 인구 (0 = 인구 하한)</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="110"/>
        <location filename="../../ui/panels.py" line="238"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="111"/>
        <source>Alliances further from the target than this are flagged (yellow): a warning, not a broken rule</source>
        <translation>목표에서 이보다 멀리 벗어난 연합은 노란색으로 표시됩니다: 규칙 위반이 아닌 경고입니다</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="113"/>
        <source>Target population</source>
        <translation>목표 인구</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="115"/>
        <source>Deviation band</source>
        <translation>허용 편차</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="121"/>
        <source>Edit the plan</source>
        <translation>안 편집</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="123"/>
        <source>Type a part of a name to find an alliance</source>
        <translation>이름의 일부를 입력해 연합 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="125"/>
        <source>Target alliance</source>
        <translation>대상 연합</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="127"/>
        <source>Type a part of a unit's name or id</source>
        <translation>시군구 이름이나 ID의 일부를 입력하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="129"/>
        <source>Move to target</source>
        <translation>대상으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="133"/>
        <source>Assign the selected units</source>
        <translation>선택한 시군구 배정</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="135"/>
        <source>Move the units selected on the map (in the units layer or the boundary layer) to the target alliance</source>
        <translation>지도에서 선택한 시군구(시군구 레이어 또는 경계 레이어)를 대상 연합으로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="137"/>
        <source>Assign by clicking the map</source>
        <translation>지도를 클릭하여 배정</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="140"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="141"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="163"/>
        <location filename="../../ui/plan_actions.py" line="338"/>
        <source>Re-optimise the rest</source>
        <translation>나머지 다시 최적화</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="165"/>
        <source>Keep the locked alliances and let the solver redo the others</source>
        <translation>고정한 연합은 두고 나머지는 솔버가 다시 구성</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="166"/>
        <source>Site the shared facility</source>
        <translation>공동 시설 입지 선정</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="168"/>
        <source>Where the selected alliance's shared facility serves its demand best (Site shared facilities)</source>
        <translation>선택한 연합의 공동 시설이 수요를 가장 잘 담당하는 곳 (공동 시설 입지 선정)</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="170"/>
        <source>Show service gaps</source>
        <translation>서비스 공백 보기</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="172"/>
        <source>Export plan…</source>
        <translation>안 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="174"/>
        <source>Report…</source>
        <translation>보고서…</translation>
    </message>
    <message>
        <location filename="../../ui/alliance_panel.py" line="182"/>
        <source>Units left out ({0})</source>
        <translation>제외된 시군구 ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="57"/>
        <source>compactness</source>
        <translation>밀집</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="57"/>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="57"/>
        <source>coverage</source>
        <translation>포괄</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="100"/>
        <source>Data</source>
        <translation>자료</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="100"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="101"/>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="109"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="111"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="119"/>
        <source>Choose a boundary layer, or load a sample.</source>
        <translation>경계 레이어를 고르거나 표본 자료를 불러오십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="134"/>
        <source>Running: {0}</source>
        <translation>실행 중: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="213"/>
        <source>the plan's alliances</source>
        <translation>안의 연합</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="213"/>
        <source>the units by alliance</source>
        <translation>연합별 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="214"/>
        <source>the decline indicators</source>
        <translation>쇠퇴 지표</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="214"/>
        <source>the service gaps</source>
        <translation>서비스 공백</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="215"/>
        <source>the chosen sites</source>
        <translation>선정된 입지</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="215"/>
        <source>the lines to the sites</source>
        <translation>입지까지의 선</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="216"/>
        <source>the projection</source>
        <translation>추계</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="216"/>
        <source>the scenario difference</source>
        <translation>시나리오 차이</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="219"/>
        <source>Removed from the project: {0}. The plan is kept; its layers are drawn again at the next edit or with Redraw (Alliances tab).</source>
        <translation>프로젝트에서 제거됨: {0}. 안은 유지되며, 다음 편집 때나 다시 그리기(연합 탭)로 그 레이어를 다시 그립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="223"/>
        <source>Removed from the project: {0}. Run again to get it back.</source>
        <translation>프로젝트에서 제거됨: {0}. 다시 실행하면 되살아납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="247"/>
        <source>&lt;b&gt;Proven optimal&lt;/b&gt;</source>
        <translation>&lt;b&gt;최적성 증명됨&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="248"/>
        <source>&lt;b&gt;Best plan found, not proven optimal&lt;/b&gt; (gap {0})</source>
        <translation>&lt;b&gt;찾아낸 최선의 안, 최적성은 증명되지 않음&lt;/b&gt; (갭 {0})</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="250"/>
        <source>{proof}: {alliances} alliances, {covered} of {eligible} eligible units, {km} km to the hub on average (objective: {objective}). Solved {when} in {seconds:.2f} s.</source>
        <translation>{proof}: 연합 {alliances}개, 참여 대상 시군구 {eligible}곳 중 {covered}곳, 거점까지 평균 {km} km (목표: {objective}). {when}에 {seconds:.2f}초 만에 풀었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="257"/>
        <source>&lt;b&gt;Edited plan&lt;/b&gt;: {0} valid alliances ({1}), {2} units ({3}), {4} km ({5}), {6} invalid.</source>
        <translation>&lt;b&gt;편집한 안&lt;/b&gt;: 적합한 연합 {0}개 ({1}), 시군구 {2}곳 ({3}), {4} km ({5}), 부적합 {6}개.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="270"/>
        <source>Band ±{0:.0f} % around {1}: {2} of {3} alliances outside.</source>
        <translation>{1} 기준 ±{0:.0f} % 범위: 연합 {3}개 중 {2}개가 범위 밖입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="288"/>
        <source>Service gaps: not computed.</source>
        <translation>서비스 공백: 계산하지 않음.</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="289"/>
        <source>Units in gap: {0} alone, {1} after alliances ({2} → {3} residents).</source>
        <translation>공백 시군구: 단독 {0}곳, 연합 후 {1}곳 (주민 {2} → {3}명).</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="306"/>
        <source>{0} — {1} residents, {2} units</source>
        <translation>{0} — 주민 {1}명, 시군구 {2}곳</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="314"/>
        <source>(no alliance: take out)</source>
        <translation>(연합 없음: 빼기)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="315"/>
        <source>(a new alliance)</source>
        <translation>(새 연합)</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="342"/>
        <source>Target: {0}</source>
        <translation>대상: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dock.py" line="361"/>
        <source>Select a scenario in the table first.</source>
        <translation>먼저 표에서 시나리오를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>population {0}, below the floor of {1}</source>
        <translation>인구 {0}, 하한 {1} 미만</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>population {0}, above the ceiling of {1}</source>
        <translation>인구 {0}, 상한 {1} 초과</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>{0} member(s), fewer than the minimum of {1}</source>
        <translation>구성원 {0}곳, 최소 {1}곳보다 적음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>{0} members, more than the maximum of {1}</source>
        <translation>구성원 {0}곳, 최대 {1}곳보다 많음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>{0} is not eligible</source>
        <translation>{0}은(는) 참여 대상이 아님</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>{0} is listed twice</source>
        <translation>{0}이(가) 두 번 나옴</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>unknown unit {0}</source>
        <translation>알 수 없는 시군구 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>no member can be its hub</source>
        <translation>거점이 될 수 있는 구성원이 없음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>the members do not touch (not contiguous)</source>
        <translation>구성원이 서로 맞닿지 않음 (연접하지 않음)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>members from different groups: {0}</source>
        <translation>서로 다른 그룹의 구성원: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>too far from the hub {0}: {1}</source>
        <translation>거점 {0}에서 너무 멂: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>{0} {1}, below its floor of {2}</source>
        <translation>{0} {1}, 하한 {2} 미만</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>in an alliance</source>
        <translation>연합에 속함</translation>
    </message>
    <message>
        <location filename="../styles/alliances_members.qml" line="20"/>
        <location filename="../styles/plan_units.qml" line="17"/>
        <location filename="../../ui/messages.py" line="89"/>
        <source>not eligible</source>
        <translation>참여 대상 아님</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>not eligible: its population is NULL</source>
        <translation>참여 대상 아님: 인구가 NULL</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>no feasible alliance: no eligible neighbour</source>
        <translation>가능한 연합 없음: 참여 대상 이웃이 없음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>no feasible alliance: no neighbours reach the population floor with it</source>
        <translation>가능한 연합 없음: 함께 인구 하한에 이르는 이웃이 없음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>no feasible alliance: no hub within reach</source>
        <translation>가능한 연합 없음: 닿을 수 있는 거점이 없음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>no feasible alliance: its group has no partner</source>
        <translation>가능한 연합 없음: 같은 그룹에 짝이 없음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>no feasible alliance: every hub is too far</source>
        <translation>가능한 연합 없음: 모든 거점이 너무 멂</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>no feasible alliance: the projected population stays below its floor</source>
        <translation>가능한 연합 없음: 추계 인구가 하한에 못 미침</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>left out by the optimum (its neighbours serve more units elsewhere)</source>
        <translation>최적해에서 제외됨 (이웃 시군구가 다른 곳에서 더 많은 시군구를 포괄함)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>left out by the best plan found (not proven optimal)</source>
        <translation>찾아낸 최선의 안에서 제외됨 (최적성은 증명되지 않음)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>in a locked alliance</source>
        <translation>고정 연합에 속함</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>taken out by hand</source>
        <translation>직접 뺌</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>not in the plan</source>
        <translation>안에 없음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>{0} units</source>
        <translation>시군구 {0}곳</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>Move {0} to a new alliance</source>
        <translation>{0}을(를) 새 연합으로 옮기기</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>Take {0} out of its alliance</source>
        <translation>{0}을(를) 연합에서 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>Move {0} to {1}</source>
        <translation>{0}을(를) {1}(으)로 옮기기</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>{0:.0f} % above the target of {1}</source>
        <translation>목표 {1}보다 {0:.0f} % 많음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>{0:.0f} % below the target of {1}</source>
        <translation>목표 {1}보다 {0:.0f} % 적음</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <source>(band ±{0:.0f} %)</source>
        <translation>(허용 범위 ±{0:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>valid, outside the band: {0}</source>
        <translation>유효, 허용 범위 밖: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="41"/>
        <location filename="../../ui/output_actions.py" line="198"/>
        <location filename="../../ui/output_actions.py" line="230"/>
        <location filename="../../ui/plan_actions.py" line="43"/>
        <location filename="../../ui/plan_actions.py" line="301"/>
        <source>Run the analysis first.</source>
        <translation>먼저 분석을 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="43"/>
        <source>Scenario {0}</source>
        <translation>시나리오 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="50"/>
        <source>Scenario {0} saved.</source>
        <translation>시나리오 {0}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="59"/>
        <source>Restore scenario {0}</source>
        <translation>시나리오 {0} 복원</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="61"/>
        <source>Scenario {0} restored.</source>
        <translation>시나리오 {0}을(를) 복원했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="67"/>
        <source>A scenario named {0} exists already.</source>
        <translation>{0}(이)라는 시나리오가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="76"/>
        <source>New name</source>
        <translation>새 이름</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="76"/>
        <source>Rename the scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="90"/>
        <source>Export the scenarios</source>
        <translation>시나리오 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="91"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="95"/>
        <source>Scenarios exported to {0}.</source>
        <translation>시나리오를 {0}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="106"/>
        <location filename="../../ui/scenario_panel.py" line="107"/>
        <source>the run's plan</source>
        <translation>실행 결과 계획</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="125"/>
        <location filename="../../ui/scenario_panel.py" line="122"/>
        <source>the current plan</source>
        <translation>현재 안</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="138"/>
        <source>Scenario difference: {0} → {1}</source>
        <translation>시나리오 차이: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="157"/>
        <source>Select an alliance in the table first.</source>
        <translation>먼저 표에서 연합을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="160"/>
        <source>A siting run is in progress.</source>
        <translation>입지 선정을 실행하는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="170"/>
        <source>Siting stopped: {0}</source>
        <translation>입지 선정을 멈췄습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="172"/>
        <source>Siting the shared facility of {0}…</source>
        <translation>{0}의 공동 시설 입지를 선정하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="180"/>
        <source>Shared facility site: {0}</source>
        <translation>공동 시설 입지: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="185"/>
        <source>Lines to the site: {0}</source>
        <translation>입지까지의 선: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="190"/>
        <source>{0}: {1} site(s) chosen; mean distance {2} km before, {3} km after.</source>
        <translation>{0}: 입지 {1}곳 선정; 평균 거리 입지 전 {2} km, 입지 후 {3} km.</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="201"/>
        <source>Export the report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="217"/>
        <source>The report could not be made: {0}</source>
        <translation>보고서를 만들 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="223"/>
        <source>Report written to {0} (its map layers are in the hidden group "{1}").</source>
        <translation>보고서를 {0}에 썼습니다(지도 레이어는 숨긴 그룹 "{1}"에 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="233"/>
        <source>Export the plan</source>
        <translation>안 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="233"/>
        <location filename="../../ui/run_actions.py" line="283"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../ui/output_actions.py" line="247"/>
        <source>Plan exported: {0}</source>
        <translation>안을 내보냈습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="52"/>
        <source>Unit id</source>
        <translation>시군구 ID</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="52"/>
        <source>Unit name</source>
        <translation>시군구 이름</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="53"/>
        <source>Residents 65+</source>
        <translation>65세 이상 인구</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="54"/>
        <source>Share of residents 65+</source>
        <translation>65세 이상 인구 비율</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="55"/>
        <source>Women 20–39</source>
        <translation>20–39세 여성</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="56"/>
        <source>Service count field (e.g. ob-gyn doctors)</source>
        <translation>서비스 개수 필드 (예: 산부인과 전문의)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="78"/>
        <source>Boundary layer</source>
        <translation>경계 레이어</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="94"/>
        <source>Facilities (points, optional)</source>
        <translation>시설 (점, 선택 사항)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="96"/>
        <source>an expression, e.g. "type" IN ('hospital', 'clinic')</source>
        <translation>식, 예: "type" IN ('hospital', 'clinic')</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="97"/>
        <source>Which facility points count (empty: all of them). The bundled sample's emergency rooms use "cls" for the level of the centre.</source>
        <translation>어떤 시설 점을 셀지 정합니다(비우면 모두). 내장 예제의 응급의료기관은 센터 등급을 "cls" 필드에 담고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="99"/>
        <source>Facility filter</source>
        <translation>시설 필터</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="120"/>
        <source>Guessed: {0} ({1})</source>
        <translation>추정: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="125"/>
        <source>{0} = {1} ({2})</source>
        <translation>{0} = {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="127"/>
        <source>Fields guessed from their names: {0}.</source>
        <translation>이름으로 추정한 필드: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="129"/>
        <source>Not found, choose them: {0}.</source>
        <translation>찾지 못했으니 고르십시오: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="173"/>
        <source>Policy profile</source>
        <translation>정책 프로필</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="189"/>
        <source>Small unit below (residents)</source>
        <translation>소규모 시군구 기준 (주민 수 미만)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="191"/>
        <source>Low births below (a year)</source>
        <translation>저출생 기준 (연간 출생아 수 미만)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="197"/>
        <source>National minimum per unit</source>
        <translation>시군구당 국가최저기준</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="198"/>
        <source>Standard distance (km)</source>
        <translation>기준 거리 (km)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="205"/>
        <source>Eligible units</source>
        <translation>참여 대상 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="207"/>
        <source>Hubs (optional)</source>
        <translation>거점 (선택 사항)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="210"/>
        <source>Minimum members</source>
        <translation>최소 구성 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="213"/>
        <source>Maximum members</source>
        <translation>최대 구성 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="214"/>
        <source>Population floor</source>
        <translation>인구 하한</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="215"/>
        <source>Population ceiling (0 = none)</source>
        <translation>인구 상한 (0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="219"/>
        <source>Same group field (optional)</source>
        <translation>같은 그룹 필드 (선택 사항)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="225"/>
        <source>Neighbours within (m)</source>
        <translation>이웃 허용 거리 (m)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="226"/>
        <source>Link islands within (m, 0 = off)</source>
        <translation>섬 연결 거리 (m, 0 = 끔)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="228"/>
        <source>Time limit (s, 0 = none)</source>
        <translation>시간 제한 (초, 0 = 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="229"/>
        <source>Members within (km of the hub, 0 = any)</source>
        <translation>구성원 거리 (거점에서 km, 0 = 제한 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="234"/>
        <source>Durable alliances</source>
        <translation>지속 가능한 연합</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="239"/>
        <source>Project the population to this year (Project population) and require every alliance to keep the floor below then as well.</source>
        <translation>이 연도까지 인구를 추계하고(인구 추계) 그때에도 모든 연합이 인구 하한을 유지하도록 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="241"/>
        <source>Durable to the year</source>
        <translation>지속 목표 연도</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="242"/>
        <source>Population floor in that year</source>
        <translation>그 연도의 인구 하한</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="266"/>
        <source>Floor {0}, {1}–{2} members, small below {3}.</source>
        <translation>인구 하한 {0}, 구성 {1}–{2}곳, {3} 미만은 소규모.</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="64"/>
        <source>Durable alliances: the population field {0} has no series of earlier years to project from, so the projection and the future floor are left out.</source>
        <translation>지속 가능한 연합: 인구 필드 {0}에 추계의 바탕이 될 이전 연도 계열이 없어 추계와 미래 인구 하한을 빼고 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/parameters.py" line="69"/>
        <source>Service gaps are not computed: choose a facilities layer or a supply field on the Data tab. The gap figures stay empty rather than zero.</source>
        <translation>서비스 공백을 계산하지 않았습니다: 자료 탭에서 시설 레이어나 공급 필드를 고르십시오. 공백 수치는 0이 아니라 빈 칸으로 둡니다.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="49"/>
        <source>Not eligible, left where they are: {0}.</source>
        <translation>참여 대상이 아니어서 그대로 둔 시군구: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="63"/>
        <source>{0} (shown in {1:.0f} ms).</source>
        <translation>{0} ({1:.0f} ms 만에 표시).</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="81"/>
        <source>Not an alliance id (a whole number from 1, or NULL for none), left as it was: {0}.</source>
        <translation>연합 번호가 아니므로(1 이상의 정수, 없으면 NULL) 그대로 두었습니다: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="94"/>
        <source>Select units on the map first (in the units layer or the boundary layer).</source>
        <translation>먼저 지도에서 시군구를 선택하십시오(시군구 레이어 또는 경계 레이어에서).</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="140"/>
        <source>Drawn again: {0}.</source>
        <translation>다시 그림: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="187"/>
        <source>{0} is not eligible.</source>
        <translation>{0}은(는) 참여 대상이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="201"/>
        <source>a new alliance</source>
        <translation>새 연합</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="203"/>
        <source>{0} → {1}: {2} residents, valid</source>
        <translation>{0} → {1}: 주민 {2}명, 적합</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="205"/>
        <source>(outside the band: {0})</source>
        <translation>(허용 범위 밖: {0})</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="208"/>
        <source>{0} → {1}: invalid, {2}</source>
        <translation>{0} → {1}: 부적합, {2}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="211"/>
        <source>{0} out of its alliance</source>
        <translation>{0}을(를) 연합에서 뺌</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="215"/>
        <source>{0} would end</source>
        <translation>{0}이(가) 없어짐</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="217"/>
        <source>{0} keeps {1} residents, valid</source>
        <translation>{0}: 주민 {1}명 유지, 적합</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="219"/>
        <source>{0} becomes invalid: {1}</source>
        <translation>{0}이(가) 부적합해짐: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="222"/>
        <source>units in gap after alliances {0} → {1}</source>
        <translation>연합 후 공백 시군구 {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="233"/>
        <source>Run the analysis first; the map tool needs the desktop's map.</source>
        <translation>먼저 분석을 실행하십시오. 지도 도구에는 데스크톱의 지도가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="243"/>
        <source>Click units to move them to {0}; hover to see what the move would do.</source>
        <translation>시군구를 클릭하면 {0}(으)로 옮깁니다. 마우스를 올리면 옮겼을 때의 결과를 봅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="304"/>
        <source>A re-solve is already running.</source>
        <translation>이미 다시 풀기를 실행하는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="311"/>
        <source>Re-solving (locked: {0})…</source>
        <translation>다시 푸는 중 (고정: {0})…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="312"/>
        <source>Changed settings that need a new run are not used: {0}.</source>
        <translation>새로 실행해야 반영되는 설정 변경은 쓰지 않았습니다: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="319"/>
        <source>Small but Strong: re-solve</source>
        <translation>작지만 강한: 다시 풀기</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="329"/>
        <source>The re-solve stopped: {0}</source>
        <translation>다시 풀기를 멈췄습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="344"/>
        <source>Re-solved in {0:.2f} s (solver {1:.2f} s): {2}.</source>
        <translation>{0:.2f}초 만에 다시 풀었습니다 (솔버 {1:.2f}초): {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="346"/>
        <source>not proven optimal</source>
        <translation>최적성 증명되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="346"/>
        <source>proven optimal</source>
        <translation>최적성 증명됨</translation>
    </message>
    <message>
        <location filename="../../ui/plan_actions.py" line="369"/>
        <source>The optimum of {0} is back.</source>
        <translation>{0}의 최적해를 되살렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_layer.py" line="134"/>
        <location filename="../../ui/plan_layer.py" line="189"/>
        <source>Plan: units by alliance</source>
        <translation>안: 연합별 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/plan_layer.py" line="274"/>
        <source>Plan: alliances</source>
        <translation>안: 연합</translation>
    </message>
    <message>
        <location filename="../../ui/plan_layer.py" line="368"/>
        <source>Small but Strong: alliance outline</source>
        <translation>작지만 강한: 연합 경계</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="70"/>
        <source>Sample loaded: {0} units. Check the fields on the Data tab, then Run.</source>
        <translation>표본 자료를 불러왔습니다: 시군구 {0}곳. 자료 탭에서 필드를 확인한 뒤 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="85"/>
        <source>Choose a boundary layer first.</source>
        <translation>먼저 경계 레이어를 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="90"/>
        <source>Choose the fields first: {0}.</source>
        <translation>먼저 필드를 고르십시오: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="128"/>
        <source>Stopped: {0}</source>
        <translation>중지됨: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="137"/>
        <source>The run finished but its results could not be shown: {0}</source>
        <translation>실행은 끝났지만 결과를 보여 줄 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="143"/>
        <source>Done in {0:.1f} s ({1}).</source>
        <translation>{0:.1f}초 만에 끝났습니다 ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="165"/>
        <source>A new run starts a new plan: {0} lock(s) were cleared (Re-optimise the rest keeps locked alliances).</source>
        <translation>새로 실행하면 새 안이 시작됩니다: 고정 {0}개를 해제했습니다(나머지 다시 최적화는 고정 연합을 유지합니다).</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="196"/>
        <source>The run finished but its layers could not be drawn: {0}</source>
        <translation>실행은 끝났지만 레이어를 그릴 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="209"/>
        <source>Service gaps: the dock counts {0} units in gap after alliances, the algorithm {1}. Please report this bug.</source>
        <translation>서비스 공백: 패널은 연합 후 공백 시군구를 {0}곳, 알고리즘은 {1}곳으로 셉니다. 이 버그를 알려 주십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="262"/>
        <source>The dock's layers could not be stored next to the project: {0}</source>
        <translation>패널의 레이어를 프로젝트 옆에 저장할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="278"/>
        <source>The plan could not be written into the project: {0}</source>
        <translation>안을 프로젝트에 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="282"/>
        <source>Where to keep the Small but Strong results of this project</source>
        <translation>이 프로젝트의 작지만 강한 결과를 보관할 곳</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="289"/>
        <source>Keep them here</source>
        <translation>여기에 보관</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="326"/>
        <source>Could not restore the saved plan: {0}</source>
        <translation>저장한 안을 복원할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="360"/>
        <source>The edit history of the saved plan could not be read ({0}); it starts anew.</source>
        <translation>저장된 계획의 편집 기록을 읽을 수 없어({0}) 새로 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/run_actions.py" line="363"/>
        <source>The units layer of the saved plan is missing: the plan is shown without its units.</source>
        <translation>저장한 안의 시군구 레이어가 없습니다: 시군구 없이 안을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/runner.py" line="136"/>
        <source>The algorithm {0} is not installed.</source>
        <translation>알고리즘 {0}이(가) 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/runner.py" line="162"/>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/runner.py" line="162"/>
        <source>{0} failed</source>
        <translation>{0} 실패</translation>
    </message>
    <message>
        <location filename="../../ui/sample.py" line="25"/>
        <source>Korean sample: {0}</source>
        <translation>한국 표본 자료: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="38"/>
        <source>Scenario name</source>
        <translation>시나리오 이름</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="39"/>
        <source>Save the current plan</source>
        <translation>현재 안 저장</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="56"/>
        <location filename="../../ui/scenario_panel.py" line="58"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="57"/>
        <source>Show on the map</source>
        <translation>지도에 표시</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="60"/>
        <source>with</source>
        <translation>대</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="70"/>
        <source>In A</source>
        <translation>A에서</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="70"/>
        <source>In B</source>
        <translation>B에서</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="77"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="78"/>
        <source>Compare with its base</source>
        <translation>기준 시나리오와 비교</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="80"/>
        <source>Which units the selected scenario moved from the scenario it was based on (or from the run's plan)</source>
        <translation>선택한 시나리오가 기준 시나리오(또는 실행 결과 계획)에서 어떤 단위를 옮겼는지 보여줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="82"/>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="83"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="84"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="96"/>
        <source>Based on</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="96"/>
        <location filename="../../ui/table_model.py" line="27"/>
        <source>Distance to hub (km)</source>
        <translation>거점까지 거리 (km)</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="96"/>
        <source>Invalid</source>
        <translation>부적합</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="96"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="96"/>
        <source>Units covered</source>
        <translation>포괄된 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="97"/>
        <source>Population in gap after</source>
        <translation>연합 후 공백 인구</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="97"/>
        <source>Saved</source>
        <translation>저장 시각</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="97"/>
        <source>Units in gap after</source>
        <translation>연합 후 공백 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="109"/>
        <source>{0} of {1}</source>
        <translation>{1}곳 중 {0}곳</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="129"/>
        <source>In {0}</source>
        <translation>{0}에서</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="132"/>
        <source>(no alliance)</source>
        <translation>(연합 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="136"/>
        <source>{0} unit(s) in another alliance in {2} than in {1}.</source>
        <translation>{1}과(와) {2}에서 서로 다른 연합에 속한 시군구: {0}곳.</translation>
    </message>
    <message>
        <location filename="../../ui/scenario_panel.py" line="137"/>
        <source>{0} and {1} have the same alliances.</source>
        <translation>{0}과(와) {1}의 연합이 같습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/store.py" line="43"/>
        <source>{0} could not be written to {1}: {2}</source>
        <translation>{0}을(를) {1}에 쓸 수 없습니다: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="26"/>
        <source>Deviation</source>
        <translation>편차</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="26"/>
        <source>Locked</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="26"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="27"/>
        <source>Gap after</source>
        <translation>연합 후 공백</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="27"/>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="99"/>
        <source>valid</source>
        <translation>적합</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="118"/>
        <source>covered</source>
        <translation>해소</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="177"/>
        <source>Unit left out</source>
        <translation>제외된 시군구</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="177"/>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>  ({0} × floor {1})</source>
        <translation type="obsolete">  ({0} × 하한 {1})</translation>
    </message>
    <message>
        <source>(new alliance)</source>
        <translation type="obsolete">(새 연합)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Population floor&lt;/b&gt; (FLOOR): the floor of the charts, facts and key figures. 0 (default) derives it from the alliances: the median of &lt;code&gt;population / pop_ratio&lt;/code&gt;, rounded to three significant digits. Without &lt;code&gt;pop_ratio&lt;/code&gt; and without a floor given, no floor is drawn.</source>
        <translation type="obsolete">&lt;b&gt;인구 하한&lt;/b&gt; (FLOOR): 차트, 요약 정보, 주요 수치의 인구 하한. 0(기본값)이면 연합에서 구합니다: &lt;code&gt;population / pop_ratio&lt;/code&gt;의 중앙값을 유효숫자 세 자리로 반올림. &lt;code&gt;pop_ratio&lt;/code&gt;도 없고 하한도 주지 않으면 하한을 그리지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scale bar units&lt;/b&gt; (SCALE_UNITS): kilometres (default) or miles.</source>
        <translation type="obsolete">&lt;b&gt;축척 막대 단위&lt;/b&gt; (SCALE_UNITS): 킬로미터(기본값) 또는 마일.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Units&lt;/b&gt; (UNITS): the units of the same run, i.e. the alliance members output of &lt;i&gt;Propose alliances&lt;/i&gt; or the output of &lt;i&gt;Service gaps&lt;/i&gt;. Units with a &lt;code&gt;gap&lt;/code&gt; field are drawn in the service-gap style and give the gap before and after alliances (with &lt;code&gt;covered_by_alliance&lt;/code&gt;, and &lt;code&gt;gap_reason&lt;/code&gt; in the atlas table); units with a &lt;code&gt;role&lt;/code&gt; field are drawn in the membership style (hub, member, outside any alliance); other units in plain grey.</source>
        <translation type="obsolete">&lt;b&gt;시군구&lt;/b&gt; (UNITS): 같은 실행의 시군구, 곧 &lt;i&gt;연합 제안&lt;/i&gt;의 연합 구성원 결과나 &lt;i&gt;서비스 공백&lt;/i&gt;의 결과. &lt;code&gt;gap&lt;/code&gt; 필드가 있는 시군구는 서비스 공백 스타일로 그리고 연합 전후의 공백을 보여 줍니다(&lt;code&gt;covered_by_alliance&lt;/code&gt;와 함께, 아틀라스 표에는 &lt;code&gt;gap_reason&lt;/code&gt;도). &lt;code&gt;role&lt;/code&gt; 필드가 있는 시군구는 연합 구성 스타일(거점, 구성원, 연합 밖)로, 그 밖의 시군구는 단순한 회색으로 그립니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Builds a print layout of the alliances over their units from a template and exports it as PDF and PNG: title, the parameters used, the map (alliance outlines over the units' service-gap or membership symbology), a legend of what the map shows, scale bar in km, north arrow, a table of the alliances, a chart (population of each alliance against the floor, and the service gap before and after alliances or the extinction-risk classes), and the data sources. Korean text is set in Noto Sans CJK KR (Debian: fonts-noto-cjk).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Alliances&lt;/b&gt; (ALLIANCES): alliance polygons, e.g. the output of &lt;i&gt;Propose alliances&lt;/i&gt;. Fields used when present: &lt;code&gt;alliance_id&lt;/code&gt;, &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;, &lt;code&gt;member_names&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt; (UNITS): every unit, e.g. the alliance members output or the &lt;i&gt;Service gaps&lt;/i&gt; output. Units with a &lt;code&gt;gap&lt;/code&gt; field are drawn with the service-gap style (resources/styles/service_gaps.qml) and give the gap before/after (&lt;code&gt;gap&lt;/code&gt;, &lt;code&gt;covered_by_alliance&lt;/code&gt;); units with a &lt;code&gt;role&lt;/code&gt; field get the members style (alliance_members.qml); otherwise a plain style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Title&lt;/b&gt; (TITLE): the heading of every page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Page size&lt;/b&gt; (PAGE_SIZE): the shipped template to use, A4 or A3 landscape.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Template&lt;/b&gt; (TEMPLATE): your own .qpt instead of the shipped one (used for the overview page, or for every atlas page when Atlas is on). Items are found by their id: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, &lt;code&gt;north_arrow&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (an attribute table frame), &lt;code&gt;chart&lt;/code&gt; (a picture), &lt;code&gt;sources&lt;/code&gt;, and on atlas pages &lt;code&gt;facts&lt;/code&gt; and &lt;code&gt;overview_map&lt;/code&gt;; any of them may be left out. Labels can use &lt;code&gt;[% @sbs_title %]&lt;/code&gt;, &lt;code&gt;[% @sbs_parameters %]&lt;/code&gt;, &lt;code&gt;[% @sbs_sources %]&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Atlas&lt;/b&gt; (ATLAS): one page per alliance, most populous first, the map zoomed to it (its neighbours in grey), its facts, its members' table and chart; the PDF then has one page per alliance and the PNG shows the first page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population floor&lt;/b&gt; (FLOOR): drawn as the dashed line of the chart; 0 (default) derives it from the alliances' &lt;code&gt;population / pop_ratio&lt;/code&gt;, else 300,000.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Parameters used&lt;/b&gt; (PARAMETERS_TEXT): free text printed under the title, e.g. "floor 300,000; 2–5 members; objective coverage"; the date is added.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; (SOURCES): the attribution printed at the foot of every page; by default the sources and licences of the bundled Korean sample.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alliance id field in units&lt;/b&gt; (ALLIANCE_FIELD, default &lt;code&gt;alliance_id&lt;/code&gt;): joins units to alliances; when the units lack it, a unit belongs to the alliance containing a point inside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unit name field&lt;/b&gt; / &lt;b&gt;Unit population field&lt;/b&gt;: for the members' table and charts; by default the name is guessed (name, sigungu, …) and the population is the numeric field whose sum over each alliance's members equals the alliance's &lt;code&gt;population&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Image resolution&lt;/b&gt; (DPI): of the PNG (the PDF is vector, 300 dpi for rasters).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PDF report&lt;/b&gt; (OUTPUT_PDF) and &lt;b&gt;PNG image&lt;/b&gt; (OUTPUT_IMAGE). Files are written under a temporary name and renamed at the end: a cancelled run leaves no partial file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;From the QGIS desktop the layout is also added to the project's layout manager (with its layers, in a group) so that you can edit it; its layers are memory copies, save them if you keep the project. Outputs: PAGES (pages in the PDF) and LAYOUT_NAME.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;템플릿으로 시군구 위에 연합을 그린 인쇄 조판을 만들고 PDF와 PNG로 내보냅니다: 제목, 사용한 파라미터, 지도(시군구의 서비스 공백 또는 연합 구성 심볼 위에 연합 경계), 지도에 나타난 것의 범례, km 단위 축척 막대, 방위표, 연합 표, 차트(연합별 인구와 인구 하한, 그리고 연합 전후의 서비스 공백 또는 소멸위험 등급), 자료 출처. 한글은 Noto Sans CJK KR 글꼴로 표시합니다(Debian: fonts-noto-cjk).&lt;/p&gt;&lt;h3&gt;파라미터&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;연합&lt;/b&gt; (ALLIANCES): 연합 폴리곤, 예: &lt;i&gt;연합 제안&lt;/i&gt;의 결과. 있으면 사용하는 필드: &lt;code&gt;alliance_id&lt;/code&gt;, &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;, &lt;code&gt;member_names&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt; (UNITS): 모든 시군구, 예: 연합 구성원 결과나 &lt;i&gt;서비스 공백&lt;/i&gt; 결과. &lt;code&gt;gap&lt;/code&gt; 필드가 있는 시군구는 서비스 공백 스타일(resources/styles/service_gaps.qml)로 그리고 연합 전후의 공백(&lt;code&gt;gap&lt;/code&gt;, &lt;code&gt;covered_by_alliance&lt;/code&gt;)을 보여 줍니다. &lt;code&gt;role&lt;/code&gt; 필드가 있으면 구성원 스타일(alliance_members.qml), 그 밖에는 단순한 스타일을 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;제목&lt;/b&gt; (TITLE): 모든 쪽의 제목.&lt;/li&gt;&lt;li&gt;&lt;b&gt;용지 크기&lt;/b&gt; (PAGE_SIZE): 사용할 기본 제공 템플릿, A4 또는 A3 가로.&lt;/li&gt;&lt;li&gt;&lt;b&gt;템플릿&lt;/b&gt; (TEMPLATE): 기본 제공 템플릿 대신 쓸 사용자 .qpt (개요 쪽에, 아틀라스를 켜면 모든 아틀라스 쪽에 사용). 항목은 ID로 찾습니다: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, &lt;code&gt;north_arrow&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (속성 테이블 프레임), &lt;code&gt;chart&lt;/code&gt; (그림), &lt;code&gt;sources&lt;/code&gt;, 아틀라스 쪽에서는 &lt;code&gt;facts&lt;/code&gt;와 &lt;code&gt;overview_map&lt;/code&gt;; 어느 것이든 빠져도 됩니다. 레이블에는 &lt;code&gt;[% @sbs_title %]&lt;/code&gt;, &lt;code&gt;[% @sbs_parameters %]&lt;/code&gt;, &lt;code&gt;[% @sbs_sources %]&lt;/code&gt;를 쓸 수 있습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;아틀라스&lt;/b&gt; (ATLAS): 연합마다 한 쪽, 인구가 많은 순서로, 지도를 그 연합으로 확대하고(이웃은 회색) 연합의 요약, 구성원 표와 차트를 넣습니다. 이때 PDF는 연합마다 한 쪽이고 PNG는 첫 쪽을 보여 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;인구 하한&lt;/b&gt; (FLOOR): 차트의 점선으로 그립니다. 0(기본값)이면 연합의 &lt;code&gt;population / pop_ratio&lt;/code&gt;에서 구하고, 구할 수 없으면 300,000입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;사용한 파라미터&lt;/b&gt; (PARAMETERS_TEXT): 제목 아래에 인쇄할 자유 텍스트, 예: "하한 300,000; 구성 2–5; 목표 포괄"; 날짜가 덧붙습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;출처&lt;/b&gt; (SOURCES): 모든 쪽 아래에 인쇄할 저작자 표시; 기본값은 함께 제공하는 한국 표본 자료의 출처와 이용 허락입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구의 연합 ID 필드&lt;/b&gt; (ALLIANCE_FIELD, 기본값 &lt;code&gt;alliance_id&lt;/code&gt;): 시군구를 연합에 연결합니다. 시군구에 이 필드가 없으면 시군구 안의 한 점을 포함하는 연합에 속한 것으로 봅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구 이름 필드&lt;/b&gt; / &lt;b&gt;시군구 인구 필드&lt;/b&gt;: 구성원 표와 차트에 씁니다. 기본적으로 이름은 추정하고(name, sigungu, …), 인구는 연합별 구성원 합계가 연합의 &lt;code&gt;population&lt;/code&gt;과 같은 숫자 필드를 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;이미지 해상도&lt;/b&gt; (DPI): PNG의 해상도 (PDF는 벡터이며 래스터는 300 dpi).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PDF 보고서&lt;/b&gt; (OUTPUT_PDF)와 &lt;b&gt;PNG 이미지&lt;/b&gt; (OUTPUT_IMAGE). 파일은 임시 이름으로 쓴 뒤 마지막에 이름을 바꾸므로, 취소해도 덜 쓴 파일이 남지 않습니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;QGIS 데스크톱에서 실행하면 조판을 편집할 수 있도록 프로젝트의 조판 관리자에도 추가합니다(레이어는 그룹 하나에 넣음). 조판의 레이어는 메모리 사본이므로 프로젝트를 보관하려면 저장하십시오. 출력: PAGES (PDF 쪽수)와 LAYOUT_NAME.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Builds a print layout of the alliances over their units from a template and exports it as PDF and PNG: title, the parameters used, the map (alliance outlines over the units' service-gap or membership symbology), a legend of what the map shows, scale bar in km, north arrow, a table of the alliances, a chart (population of each alliance against the floor, and the service gap before and after alliances or the extinction-risk classes), and the data sources. The printed text is bilingual, Korean / English, like the plugin's styles; it is set in Noto Sans CJK KR (Debian: fonts-noto-cjk).&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Alliances&lt;/b&gt; (ALLIANCES): alliance polygons, e.g. the output of &lt;i&gt;Propose alliances&lt;/i&gt;. Fields used when present: &lt;code&gt;alliance_id&lt;/code&gt;, &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;, &lt;code&gt;member_names&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt; (UNITS): every unit, e.g. the alliance members output or the &lt;i&gt;Service gaps&lt;/i&gt; output. Units with a &lt;code&gt;gap&lt;/code&gt; field are drawn with the service-gap style (resources/styles/service_gaps.qml) and give the gap before/after (&lt;code&gt;gap&lt;/code&gt;, &lt;code&gt;covered_by_alliance&lt;/code&gt;); units with a &lt;code&gt;role&lt;/code&gt; field get the members style (alliance_members.qml); otherwise a plain style.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Title&lt;/b&gt; (TITLE): the heading of every page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Page size&lt;/b&gt; (PAGE_SIZE): the shipped template to use, A4 or A3 landscape.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Template&lt;/b&gt; (TEMPLATE): your own .qpt instead of the shipped one (used for the overview page, or for every atlas page when Atlas is on). Items are found by their id: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, &lt;code&gt;north_arrow&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (an attribute table frame), &lt;code&gt;chart&lt;/code&gt; (a picture), &lt;code&gt;sources&lt;/code&gt;, and on atlas pages &lt;code&gt;facts&lt;/code&gt; and &lt;code&gt;overview_map&lt;/code&gt;; any of them may be left out. Labels can use &lt;code&gt;[% @sbs_title %]&lt;/code&gt;, &lt;code&gt;[% @sbs_parameters %]&lt;/code&gt;, &lt;code&gt;[% @sbs_sources %]&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Atlas&lt;/b&gt; (ATLAS): one page per alliance, most populous first, the map zoomed to it (its neighbours in grey), its facts, its members' table and chart; the PDF then has one page per alliance and the PNG shows the first page.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Population floor&lt;/b&gt; (FLOOR): drawn as the dashed line of the chart; 0 (default) derives it from the alliances' &lt;code&gt;population / pop_ratio&lt;/code&gt;, else 300,000.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Parameters used&lt;/b&gt; (PARAMETERS_TEXT): free text printed under the title, e.g. "floor 300,000; 2–5 members; objective coverage"; the date is added.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt; (SOURCES): the attribution printed at the foot of every page; by default the sources and licences of the bundled Korean sample.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alliance id field in units&lt;/b&gt; (ALLIANCE_FIELD, default &lt;code&gt;alliance_id&lt;/code&gt;): joins units to alliances; when the units lack it, a unit belongs to the alliance containing a point inside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unit name field&lt;/b&gt; / &lt;b&gt;Unit population field&lt;/b&gt;: for the members' table and charts; by default the name is guessed (name, sigungu, …) and the population is the numeric field whose sum over each alliance's members equals the alliance's &lt;code&gt;population&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Image resolution&lt;/b&gt; (DPI): of the PNG (the PDF is vector, 300 dpi for rasters).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PDF report&lt;/b&gt; (OUTPUT_PDF) and &lt;b&gt;PNG image&lt;/b&gt; (OUTPUT_IMAGE). Files are written under a temporary name and renamed at the end: a cancelled run leaves no partial file.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;From the QGIS desktop the layout is also added to the project's layout manager (with its layers, in a group) so that you can edit it; its layers are memory copies, save them if you keep the project. Outputs: PAGES (pages in the PDF) and LAYOUT_NAME.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;템플릿으로 시군구 위에 연합을 그린 인쇄 조판을 만들고 PDF와 PNG로 내보냅니다: 제목, 사용한 파라미터, 지도(시군구의 서비스 공백 또는 연합 구성 심볼 위에 연합 경계), 지도에 나타난 것의 범례, km 단위 축척 막대, 방위표, 연합 표, 차트(연합별 인구와 인구 하한, 그리고 연합 전후의 서비스 공백 또는 소멸위험 등급), 자료 출처. 인쇄되는 글은 플러그인의 스타일처럼 한국어 / 영어 병기이며, Noto Sans CJK KR 글꼴로 표시합니다(Debian: fonts-noto-cjk).&lt;/p&gt;&lt;h3&gt;파라미터&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;연합&lt;/b&gt; (ALLIANCES): 연합 폴리곤, 예: &lt;i&gt;연합 제안&lt;/i&gt;의 결과. 있으면 사용하는 필드: &lt;code&gt;alliance_id&lt;/code&gt;, &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;n_members&lt;/code&gt;, &lt;code&gt;population&lt;/code&gt;, &lt;code&gt;pop_ratio&lt;/code&gt;, &lt;code&gt;risk_index&lt;/code&gt;, &lt;code&gt;member_names&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt; (UNITS): 모든 시군구, 예: 연합 구성원 결과나 &lt;i&gt;서비스 공백&lt;/i&gt; 결과. &lt;code&gt;gap&lt;/code&gt; 필드가 있는 시군구는 서비스 공백 스타일(resources/styles/service_gaps.qml)로 그리고 연합 전후의 공백(&lt;code&gt;gap&lt;/code&gt;, &lt;code&gt;covered_by_alliance&lt;/code&gt;)을 보여 줍니다. &lt;code&gt;role&lt;/code&gt; 필드가 있으면 구성원 스타일(alliance_members.qml), 그 밖에는 단순한 스타일을 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;제목&lt;/b&gt; (TITLE): 모든 쪽의 제목.&lt;/li&gt;&lt;li&gt;&lt;b&gt;용지 크기&lt;/b&gt; (PAGE_SIZE): 사용할 기본 제공 템플릿, A4 또는 A3 가로.&lt;/li&gt;&lt;li&gt;&lt;b&gt;템플릿&lt;/b&gt; (TEMPLATE): 기본 제공 템플릿 대신 쓸 사용자 .qpt (개요 쪽에, 아틀라스를 켜면 모든 아틀라스 쪽에 사용). 항목은 ID로 찾습니다: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;parameters&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;legend&lt;/code&gt;, &lt;code&gt;scalebar&lt;/code&gt;, &lt;code&gt;north_arrow&lt;/code&gt;, &lt;code&gt;table&lt;/code&gt; (속성 테이블 프레임), &lt;code&gt;chart&lt;/code&gt; (그림), &lt;code&gt;sources&lt;/code&gt;, 아틀라스 쪽에서는 &lt;code&gt;facts&lt;/code&gt;와 &lt;code&gt;overview_map&lt;/code&gt;; 어느 것이든 빠져도 됩니다. 레이블에는 &lt;code&gt;[% @sbs_title %]&lt;/code&gt;, &lt;code&gt;[% @sbs_parameters %]&lt;/code&gt;, &lt;code&gt;[% @sbs_sources %]&lt;/code&gt;를 쓸 수 있습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;아틀라스&lt;/b&gt; (ATLAS): 연합마다 한 쪽, 인구가 많은 순서로, 지도를 그 연합으로 확대하고(이웃은 회색) 연합의 요약, 구성원 표와 차트를 넣습니다. 이때 PDF는 연합마다 한 쪽이고 PNG는 첫 쪽을 보여 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;인구 하한&lt;/b&gt; (FLOOR): 차트의 점선으로 그립니다. 0(기본값)이면 연합의 &lt;code&gt;population / pop_ratio&lt;/code&gt;에서 구하고, 구할 수 없으면 300,000입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;사용한 파라미터&lt;/b&gt; (PARAMETERS_TEXT): 제목 아래에 인쇄할 자유 텍스트, 예: "하한 300,000; 구성 2–5; 목표 포괄"; 날짜가 덧붙습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;출처&lt;/b&gt; (SOURCES): 모든 쪽 아래에 인쇄할 저작자 표시; 기본값은 함께 제공하는 한국 표본 자료의 출처와 이용 허락입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구의 연합 ID 필드&lt;/b&gt; (ALLIANCE_FIELD, 기본값 &lt;code&gt;alliance_id&lt;/code&gt;): 시군구를 연합에 연결합니다. 시군구에 이 필드가 없으면 시군구 안의 한 점을 포함하는 연합에 속한 것으로 봅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;시군구 이름 필드&lt;/b&gt; / &lt;b&gt;시군구 인구 필드&lt;/b&gt;: 구성원 표와 차트에 씁니다. 기본적으로 이름은 추정하고(name, sigungu, …), 인구는 연합별 구성원 합계가 연합의 &lt;code&gt;population&lt;/code&gt;과 같은 숫자 필드를 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;이미지 해상도&lt;/b&gt; (DPI): PNG의 해상도 (PDF는 벡터이며 래스터는 300 dpi).&lt;/li&gt;&lt;li&gt;&lt;b&gt;PDF 보고서&lt;/b&gt; (OUTPUT_PDF)와 &lt;b&gt;PNG 이미지&lt;/b&gt; (OUTPUT_IMAGE). 파일은 임시 이름으로 쓴 뒤 마지막에 이름을 바꾸므로, 취소해도 덜 쓴 파일이 남지 않습니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;QGIS 데스크톱에서 실행하면 조판을 편집할 수 있도록 프로젝트의 조판 관리자에도 추가합니다(레이어는 그룹 하나에 넣음). 조판의 레이어는 메모리 사본이므로 프로젝트를 보관하려면 저장하십시오. 출력: PAGES (PDF 쪽수)와 LAYOUT_NAME.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computes population-decline indicators for every unit (city, county, district) of a polygon layer and keeps every input feature and field.&lt;/p&gt;&lt;h3&gt;Indicators&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;pop_change&lt;/b&gt;: (P&lt;sub&gt;year&lt;/sub&gt; − P&lt;sub&gt;base year&lt;/sub&gt;) / P&lt;sub&gt;base year&lt;/sub&gt;, a fraction; &lt;b&gt;pop_cagr&lt;/b&gt;: the compound annual rate (P&lt;sub&gt;year&lt;/sub&gt;/P&lt;sub&gt;base&lt;/sub&gt;)&lt;sup&gt;1/(year−base year)&lt;/sup&gt; − 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;aging_ratio&lt;/b&gt;: residents 65+ / all residents (aged ≥ 0.14, super-aged ≥ 0.20, UN convention).&lt;/li&gt;&lt;li&gt;&lt;b&gt;risk_index&lt;/b&gt;: the local extinction risk index (지방소멸위험지수; Lee Sang-ho, Korea Employment Information Service, 2016, after Masuda 2014) = women aged 20–39 / residents 65+. &lt;b&gt;risk_class&lt;/b&gt; 1–5 and &lt;b&gt;risk_label&lt;/b&gt;: ≥ 1.5 very low risk (1); 1.0–1.5 normal (2); 0.5–1.0 caution (3); 0.2–0.5 entering extinction risk (4); &amp;lt; 0.2 high extinction risk (5).&lt;/li&gt;&lt;li&gt;&lt;b&gt;births&lt;/b&gt;, &lt;b&gt;birth_rate&lt;/b&gt; (per 1,000 residents) and &lt;b&gt;low_births&lt;/b&gt; (1 when births are below &lt;i&gt;Low births&lt;/i&gt;, default 300 a year: the line below which an ob-gyn clinic is not viable in Korean policy work; not an official standard).&lt;/li&gt;&lt;li&gt;&lt;b&gt;density&lt;/b&gt;: residents per km², from the area field or else the ellipsoidal area of the polygon.&lt;/li&gt;&lt;li&gt;&lt;b&gt;small_unit&lt;/b&gt;: 1 when the population is below &lt;i&gt;Small population&lt;/i&gt; (default 100,000).&lt;/li&gt;&lt;li&gt;&lt;b&gt;decline_score&lt;/b&gt;: a composite of the chosen numeric fields, each standardised (z-score), weighted (&lt;i&gt;Composite weights&lt;/i&gt;, comma-separated, default 1 each) and signed so that a higher score means more decline (&lt;i&gt;Composite: higher is worse&lt;/i&gt;, comma-separated 0/1 per field; 0 = a higher value is better, e.g. population change; 1 = a higher value is worse, e.g. an ageing ratio). Without composite fields the score combines pop_change, aging_ratio (higher is worse), risk_index and birth_rate. This composite is not an official index: Korea's 89 population-decline areas (2021) used eight indicators whose weights are not published. &lt;b&gt;decline_class&lt;/b&gt;: quintile 1–5 of the score (5 = most declining).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Optional inputs that are not given produce no indicator. A zero or missing denominator gives NULL and one warning naming the units; no feature is ever dropped.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;폴리곤 레이어의 모든 시군구(시·군·구)에 대해 인구 쇠퇴 지표를 계산하며, 입력 피처와 필드는 모두 유지합니다.&lt;/p&gt;&lt;h3&gt;지표&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;pop_change&lt;/b&gt;: (P&lt;sub&gt;연도&lt;/sub&gt; − P&lt;sub&gt;기준 연도&lt;/sub&gt;) / P&lt;sub&gt;기준 연도&lt;/sub&gt;, 비율; &lt;b&gt;pop_cagr&lt;/b&gt;: 연평균 복합 변화율 (P&lt;sub&gt;연도&lt;/sub&gt;/P&lt;sub&gt;기준&lt;/sub&gt;)&lt;sup&gt;1/(연도−기준 연도)&lt;/sup&gt; − 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;aging_ratio&lt;/b&gt;: 65세 이상 인구 / 전체 인구 (UN 기준: 0.14 이상 고령사회, 0.20 이상 초고령사회).&lt;/li&gt;&lt;li&gt;&lt;b&gt;risk_index&lt;/b&gt;: 지방소멸위험지수 (이상호, 한국고용정보원, 2016; 마스다 2014를 바탕으로 함) = 20–39세 여성 인구 / 65세 이상 인구. &lt;b&gt;risk_class&lt;/b&gt; 1–5와 &lt;b&gt;risk_label&lt;/b&gt;: 1.5 이상 소멸위험 매우 낮음 (1); 1.0–1.5 보통 (2); 0.5–1.0 주의단계 (3); 0.2–0.5 소멸위험 진입단계 (4); 0.2 미만(&amp;lt; 0.2) 소멸 고위험 (5).&lt;/li&gt;&lt;li&gt;&lt;b&gt;births&lt;/b&gt;, &lt;b&gt;birth_rate&lt;/b&gt; (인구 1,000명당) 및 &lt;b&gt;low_births&lt;/b&gt; (출생아 수가 &lt;i&gt;저출생 기준&lt;/i&gt;보다 적으면 1, 기본값 연 300명: 한국 정책 실무에서 산부인과 의원이 유지되기 어렵다고 보는 선이며 공식 기준은 아님).&lt;/li&gt;&lt;li&gt;&lt;b&gt;density&lt;/b&gt;: km²당 인구, 면적 필드가 있으면 그 값으로, 없으면 폴리곤의 타원체 면적으로 계산.&lt;/li&gt;&lt;li&gt;&lt;b&gt;small_unit&lt;/b&gt;: 인구가 &lt;i&gt;소규모 인구 기준&lt;/i&gt;(기본값 100,000명)보다 적으면 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;decline_score&lt;/b&gt;: 선택한 숫자 필드의 종합 점수. 각 필드를 표준화(z-점수)하고 가중치(&lt;i&gt;종합 가중치&lt;/i&gt;, 쉼표로 구분, 기본값 각 1)를 곱한 뒤, 점수가 높을수록 쇠퇴가 심하도록 부호를 맞춥니다(&lt;i&gt;종합: 높을수록 나쁨&lt;/i&gt;, 필드마다 쉼표로 구분한 0/1; 0 = 값이 높을수록 좋음, 예: 인구 변화; 1 = 값이 높을수록 나쁨, 예: 고령화 비율). 종합 필드를 지정하지 않으면 pop_change, aging_ratio(높을수록 나쁨), risk_index, birth_rate를 결합합니다. 이 종합 점수는 공식 지수가 아닙니다. 2021년 지정된 89개 인구감소지역은 8개 지표를 사용했으나 가중치는 공개되지 않았습니다. &lt;b&gt;decline_class&lt;/b&gt;: 점수의 5분위 1–5 (5 = 쇠퇴가 가장 심함).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;지정하지 않은 선택 입력에 해당하는 지표는 만들지 않습니다. 분모가 0이거나 없으면 NULL이 되며, 해당 시군구를 밝히는 경고를 한 번 표시합니다. 피처는 하나도 버리지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Groups neighbouring units (cities, counties) into &lt;b&gt;alliances&lt;/b&gt; of &lt;i&gt;Minimum members&lt;/i&gt; to &lt;i&gt;Maximum members&lt;/i&gt; units (default 2–5) that together reach &lt;i&gt;Minimum population&lt;/i&gt; (default 300,000 residents: the scale at which hospitals, delivery rooms and transport hubs stay viable, the Korean "small but strong" policy). The result is the &lt;b&gt;proven optimum&lt;/b&gt; of the chosen objective, or, when the time limit stops the solver, the best alliances found and the remaining gap.&lt;/p&gt;&lt;h3&gt;Method&lt;/h3&gt;&lt;p&gt;Every connected set of eligible units that satisfies all constraints (member count, population floor and ceiling, hub, group) is enumerated as a candidate alliance; an exact set-packing model then chooses candidates so that no unit is in two alliances, solved with HiGHS through &lt;tt&gt;scipy.optimize.milp&lt;/tt&gt;. OPTIMAL is true when the optimum is proven; GAP is the relative gap to the best bound (0 when optimal). Without SciPy's &lt;tt&gt;milp&lt;/tt&gt; a greedy heuristic is used and OPTIMAL is false. The same input always gives the same output.&lt;/p&gt;&lt;h3&gt;Parameters&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons, one per unit; &lt;b&gt;ID_FIELD&lt;/b&gt; unique unit ids; &lt;b&gt;NAME_FIELD&lt;/b&gt; names (optional, default the id); &lt;b&gt;POPULATION_FIELD&lt;/b&gt; residents.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ELIGIBLE&lt;/b&gt;: expression choosing the units that may join (default: all), e.g. the non-metropolitan units &lt;tt&gt;"sido" NOT IN ('서울특별시', '경기도', …)&lt;/tt&gt;. Other units (and units with a NULL population) stay out of the problem and of the neighbourhood graph.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HUBS&lt;/b&gt;: optional expression; when set, every alliance contains at least one unit it selects (e.g. &lt;tt&gt;"innovation_city" = 1 OR "pop_reg_2025" &amp;gt;= 150000&lt;/tt&gt;). It must select at least one eligible unit. Without it, the hub is the most populous member.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MIN_MEMBERS&lt;/b&gt;, &lt;b&gt;MAX_MEMBERS&lt;/b&gt;, &lt;b&gt;MIN_POPULATION&lt;/b&gt;, &lt;b&gt;MAX_POPULATION&lt;/b&gt; (0 = no ceiling).&lt;/li&gt;&lt;li&gt;&lt;b&gt;GROUP_FIELD&lt;/b&gt;: optional; all members of an alliance share its value (e.g. the province).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LOCKED_FIELD&lt;/b&gt;: optional; units sharing a non-NULL value form a fixed alliance kept as it is (any constraint it breaks is reported in &lt;i&gt;violations&lt;/i&gt; and &lt;i&gt;valid&lt;/i&gt; = 0); the rest is optimised around it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADJACENCY_TOLERANCE&lt;/b&gt; (metres, default 200): two units at most this far apart are neighbours (real boundaries overlap and leave hairline gaps). Distances are in metres whatever the layer CRS: a geographic layer is measured in a Lambert azimuthal equal-area projection centred on it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ISLAND_LINK_DISTANCE&lt;/b&gt; (metres, 0 = off): an eligible unit with no eligible neighbour is linked to its nearest eligible unit within this distance (bridges, ferries).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINKS&lt;/b&gt;: optional table of extra links (any layer or table), one row per link, the two unit ids in &lt;b&gt;LINK_FROM_FIELD&lt;/b&gt; and &lt;b&gt;LINK_TO_FIELD&lt;/b&gt; (default fields &lt;tt&gt;from_id&lt;/tt&gt; and &lt;tt&gt;to_id&lt;/tt&gt;). Links to a unit that is not eligible are ignored.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVE&lt;/b&gt;: 0 &lt;tt&gt;coverage&lt;/tt&gt; (default: as many eligible units as possible inside an alliance; among equal coverage, more alliances; then more compact), 1 &lt;tt&gt;count&lt;/tt&gt; (as many alliances as possible), 2 &lt;tt&gt;compactness&lt;/tt&gt; (full coverage first, then the smallest population-weighted distance of members to their hub).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TIME_LIMIT&lt;/b&gt; (seconds, 0 = none).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: one dissolved polygon per alliance with &lt;i&gt;alliance_id&lt;/i&gt; (1…n), &lt;i&gt;name&lt;/i&gt; (the hub's name; the hub id is added when two hubs share a name), &lt;i&gt;hub_id&lt;/i&gt;, &lt;i&gt;members&lt;/i&gt; and &lt;i&gt;member_names&lt;/i&gt; (comma-separated, hub first, then by population), &lt;i&gt;n_members&lt;/i&gt;, &lt;i&gt;population&lt;/i&gt;, &lt;i&gt;pop_ratio&lt;/i&gt; (population / MIN_POPULATION), &lt;i&gt;compactness_km&lt;/i&gt; (population-weighted mean distance of the members' points on surface to the hub's), &lt;i&gt;locked&lt;/i&gt;, &lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;violations&lt;/i&gt;, and the population-weighted mean of the decline indicator fields present in the input (risk_index, aging_ratio, pop_change, birth_rate, decline_score; a weighted mean of the units' values, not the indicator recomputed on pooled counts).&lt;/p&gt;&lt;p&gt;&lt;b&gt;OUTPUT_MEMBERS&lt;/b&gt;: every input unit once, with its fields plus &lt;i&gt;alliance_id&lt;/i&gt; (NULL if none), &lt;i&gt;role&lt;/i&gt; (hub / member / none) and &lt;i&gt;status&lt;/i&gt;: in alliance, locked, not eligible, no feasible alliance (isolated, population floor unreachable, no hub reachable), or left out by the optimum.&lt;/p&gt;&lt;p&gt;Output values: &lt;b&gt;ALLIANCES&lt;/b&gt;, &lt;b&gt;COVERED&lt;/b&gt; (units in an alliance), &lt;b&gt;OPTIMAL&lt;/b&gt;, &lt;b&gt;GAP&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;서로 이웃한 시군구(시·군)를 &lt;i&gt;최소 구성 수&lt;/i&gt;에서 &lt;i&gt;최대 구성 수&lt;/i&gt;(기본값 2–5)개씩 묶어, 합쳐서 &lt;i&gt;최소 인구&lt;/i&gt;(기본값 300,000명: 병원, 분만실, 교통 거점이 유지되는 규모로, 한국의 "작지만 강한" 정책)에 이르는 &lt;b&gt;연합&lt;/b&gt;을 만듭니다. 결과는 선택한 목표의 &lt;b&gt;증명된 최적해&lt;/b&gt;이며, 시간 제한으로 솔버가 멈추면 찾아낸 최선의 연합과 남은 갭입니다.&lt;/p&gt;&lt;h3&gt;방법&lt;/h3&gt;&lt;p&gt;모든 제약(구성 수, 인구 하한과 상한, 거점, 그룹)을 만족하는 참여 대상 시군구의 연결된 집합을 모두 후보 연합으로 열거한 뒤, 어느 시군구도 두 연합에 들지 않도록 후보를 고르는 정확한 집합 패킹 모형을 &lt;tt&gt;scipy.optimize.milp&lt;/tt&gt;를 통해 HiGHS로 풉니다. OPTIMAL은 최적성이 증명되면 참이고, GAP은 최선 한계 대비 상대 갭입니다(최적이면 0). SciPy의 &lt;tt&gt;milp&lt;/tt&gt;가 없으면 탐욕적 휴리스틱을 쓰며 OPTIMAL은 거짓입니다. 같은 입력은 언제나 같은 결과를 냅니다.&lt;/p&gt;&lt;h3&gt;파라미터&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;INPUT&lt;/b&gt;: 시군구마다 폴리곤 하나; &lt;b&gt;ID_FIELD&lt;/b&gt; 고유한 시군구 ID; &lt;b&gt;NAME_FIELD&lt;/b&gt; 이름 (선택, 기본값 ID); &lt;b&gt;POPULATION_FIELD&lt;/b&gt; 인구.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ELIGIBLE&lt;/b&gt;: 연합에 참여할 수 있는 시군구를 고르는 표현식 (기본값: 전부), 예: 비수도권·비광역시 시군구 &lt;tt&gt;"sido" NOT IN ('서울특별시', '경기도', …)&lt;/tt&gt;. 그 밖의 시군구(와 인구가 NULL인 시군구)는 문제와 이웃 그래프에서 빠집니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;HUBS&lt;/b&gt;: 선택 표현식; 지정하면 모든 연합에 이 표현식이 고르는 시군구가 하나 이상 들어갑니다 (예: &lt;tt&gt;"innovation_city" = 1 OR "pop_reg_2025" &amp;gt;= 150000&lt;/tt&gt;). 참여 대상 시군구를 하나 이상 골라야 합니다. 지정하지 않으면 인구가 가장 많은 구성원이 거점입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;MIN_MEMBERS&lt;/b&gt;, &lt;b&gt;MAX_MEMBERS&lt;/b&gt;, &lt;b&gt;MIN_POPULATION&lt;/b&gt;, &lt;b&gt;MAX_POPULATION&lt;/b&gt; (0 = 상한 없음).&lt;/li&gt;&lt;li&gt;&lt;b&gt;GROUP_FIELD&lt;/b&gt;: 선택; 연합의 모든 구성원이 이 필드의 같은 값을 가집니다 (예: 시도).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LOCKED_FIELD&lt;/b&gt;: 선택; NULL이 아닌 같은 값을 가진 시군구는 그대로 유지되는 고정 연합이 됩니다(어기는 제약은 &lt;i&gt;violations&lt;/i&gt;에 기록하고 &lt;i&gt;valid&lt;/i&gt; = 0). 나머지는 그 주위에서 최적화합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ADJACENCY_TOLERANCE&lt;/b&gt; (미터, 기본값 200): 이 거리 이내의 두 시군구는 이웃입니다(실제 경계는 겹치거나 머리카락만 한 틈을 남김). 거리는 레이어 좌표계와 관계없이 미터이며, 지리 좌표계 레이어는 레이어 중심의 람베르트 정적 방위 도법으로 잽니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ISLAND_LINK_DISTANCE&lt;/b&gt; (미터, 0 = 끔): 참여 대상 이웃이 없는 참여 대상 시군구를 이 거리 안의 가장 가까운 참여 대상 시군구와 연결합니다 (다리, 여객선).&lt;/li&gt;&lt;li&gt;&lt;b&gt;LINKS&lt;/b&gt;: 선택 추가 연결 표 (어떤 레이어나 표든), 연결마다 한 행, 두 시군구 ID는 &lt;b&gt;LINK_FROM_FIELD&lt;/b&gt;와 &lt;b&gt;LINK_TO_FIELD&lt;/b&gt;에 (기본 필드 &lt;tt&gt;from_id&lt;/tt&gt;와 &lt;tt&gt;to_id&lt;/tt&gt;). 참여 대상이 아닌 시군구로의 연결은 무시합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OBJECTIVE&lt;/b&gt;: 0 &lt;tt&gt;coverage&lt;/tt&gt; (기본값: 연합에 드는 참여 대상 시군구를 최대로; 포괄이 같으면 연합 수가 많은 쪽; 그다음 더 조밀한 쪽), 1 &lt;tt&gt;count&lt;/tt&gt; (연합 수를 최대로), 2 &lt;tt&gt;compactness&lt;/tt&gt; (먼저 전부 포괄, 그다음 구성원에서 거점까지의 인구 가중 거리를 최소로).&lt;/li&gt;&lt;li&gt;&lt;b&gt;TIME_LIMIT&lt;/b&gt; (초, 0 = 없음).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;출력&lt;/h3&gt;&lt;p&gt;&lt;b&gt;OUTPUT&lt;/b&gt;: 연합마다 합친 폴리곤 하나, 필드는 &lt;i&gt;alliance_id&lt;/i&gt; (1…n), &lt;i&gt;name&lt;/i&gt; (거점의 이름; 두 거점의 이름이 같으면 거점 ID를 덧붙임), &lt;i&gt;hub_id&lt;/i&gt;, &lt;i&gt;members&lt;/i&gt;와 &lt;i&gt;member_names&lt;/i&gt; (쉼표로 구분, 거점이 먼저, 그다음 인구순), &lt;i&gt;n_members&lt;/i&gt;, &lt;i&gt;population&lt;/i&gt;, &lt;i&gt;pop_ratio&lt;/i&gt; (population / MIN_POPULATION), &lt;i&gt;compactness_km&lt;/i&gt; (구성원의 표면 위 점에서 거점의 점까지 인구 가중 평균 거리), &lt;i&gt;locked&lt;/i&gt;, &lt;i&gt;valid&lt;/i&gt;, &lt;i&gt;violations&lt;/i&gt;, 그리고 입력에 있는 쇠퇴 지표 필드(risk_index, aging_ratio, pop_change, birth_rate, decline_score)의 인구 가중 평균 (시군구 값의 가중 평균이며, 합산한 인구로 다시 계산한 지표가 아님).&lt;/p&gt;&lt;p&gt;&lt;b&gt;OUTPUT_MEMBERS&lt;/b&gt;: 모든 입력 시군구를 한 번씩, 원래 필드에 &lt;i&gt;alliance_id&lt;/i&gt; (없으면 NULL), &lt;i&gt;role&lt;/i&gt; (hub 거점 / member 구성 / none 없음), &lt;i&gt;status&lt;/i&gt;를 더합니다: 연합에 속함, 고정, 참여 대상 아님, 가능한 연합 없음 (고립, 인구 하한에 도달 불가, 닿을 수 있는 거점 없음), 또는 최적해에서 제외됨.&lt;/p&gt;&lt;p&gt;출력 값: &lt;b&gt;ALLIANCES&lt;/b&gt;, &lt;b&gt;COVERED&lt;/b&gt; (연합에 속한 시군구), &lt;b&gt;OPTIMAL&lt;/b&gt;, &lt;b&gt;GAP&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Measures, for every unit (city, county, district) of a polygon layer, the supply of a service, access to it and whether the unit falls short of a standard; with alliances, also what pooling the members' services changes. Every input feature and field is kept.&lt;/p&gt;&lt;h3&gt;Units&lt;/h3&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: polygons in any CRS; &lt;b&gt;ID_FIELD&lt;/b&gt; names the units in warnings and in the alliances' member lists; &lt;b&gt;POPULATION_FIELD&lt;/b&gt;: residents; &lt;b&gt;DEMAND_FIELD&lt;/b&gt; (optional): who needs the service, e.g. births for delivery care (default the population).&lt;/p&gt;&lt;h3&gt;Supply&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Facilities&lt;/b&gt; (FACILITIES, points in any CRS): counted in the unit that contains them (point in polygon); &lt;b&gt;Facility filter&lt;/b&gt; (FACILITY_FILTER) keeps only matching ones, e.g. &lt;code&gt;"cls" IN ('권역응급의료센터','지역응급의료센터')&lt;/code&gt;; &lt;b&gt;Capacity&lt;/b&gt; (CAPACITY_FIELD, e.g. beds or doctors) weighs each facility, else 1 each (NULL counts 0).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Count already in the layer&lt;/b&gt; (COUNT_FIELD, e.g. ob-gyn doctors): added to the unit's supply; for the 2SFCA it sits at the unit's representative point. NULL counts 0 (warned).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs per unit&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;n_facilities&lt;/b&gt;: the unit's supply (facilities inside it, weighted by capacity when given, plus the count field). &lt;b&gt;per_10k&lt;/b&gt;: per 10,000 residents (POPULATION_FIELD); &lt;b&gt;per_1k_demand&lt;/b&gt;: per 1,000 of the demand (DEMAND_FIELD, e.g. births or women 20–39; default the population). A NULL or zero base gives NULL and one warning naming the units.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_km&lt;/b&gt; (with facilities): ellipsoidal distance from the unit's demand point(s) to the nearest facility, correct in any CRS. Demand points are the ORIGINS points inside the unit (villages, a population grid; the unit value is their population-weighted mean, weights from ORIGINS_POPULATION_FIELD or 1 each) or else one representative point: the centroid when it lies inside the unit, otherwise a point on its surface, chosen in WGS 84 so that the result does not depend on the layer's CRS.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_min&lt;/b&gt; (with a NETWORK road layer): driving minutes to the nearest facility along the roads, with QGIS's network analysis (two-way roads; SPEED_FIELD in km/h, DEFAULT_SPEED where missing or not positive). Points are attached to their nearest road and the straight leg to it counts at the default speed. Unreachable units get NULL and are in gap.&lt;/li&gt;&lt;li&gt;&lt;b&gt;access_2sfca&lt;/b&gt;: two-step floating catchment access (Luo &amp;amp; Wang 2003), supply per 1,000 demand: step 1, every facility's ratio R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;) D&lt;sub&gt;k&lt;/sub&gt; over the demand within CATCHMENT km; step 2, A&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; W(d&lt;sub&gt;ij&lt;/sub&gt;) R&lt;sub&gt;j&lt;/sub&gt; over the facilities within CATCHMENT km of demand point i. DECAY W: &lt;i&gt;none&lt;/i&gt; W = 1 (original 2SFCA); &lt;i&gt;gaussian&lt;/i&gt; W = (e&lt;sup&gt;−½(d/d0)²&lt;/sup&gt; − e&lt;sup&gt;−½&lt;/sup&gt;) / (1 − e&lt;sup&gt;−½&lt;/sup&gt;), 1 at the facility and 0 at the catchment edge (Dai 2010; Wang 2012); &lt;i&gt;gravity&lt;/i&gt; W = max(d, 1 km)&lt;sup&gt;−1&lt;/sup&gt; inside the catchment (gravity 2SFCA, β = 1). Distances are ellipsoidal straight lines, also with a network. With no decay and a catchment that reaches no other unit, access_2sfca equals per_1k_demand. NULL where the unit's demand is NULL or zero.&lt;/li&gt;&lt;li&gt;&lt;b&gt;gap&lt;/b&gt; (0/1) and &lt;b&gt;gap_reason&lt;/b&gt;: a unit is in gap when any of these holds (several are joined with "; "): &lt;i&gt;no facility&lt;/i&gt; (supply 0) or &lt;i&gt;below the minimum&lt;/i&gt; (supply below MIN_COUNT); &lt;i&gt;beyond the standard distance&lt;/i&gt; (nearest_km above MAX_DISTANCE), or with a network &lt;i&gt;beyond the standard time&lt;/i&gt; (nearest_min above MAX_TIME; then MAX_DISTANCE is not used). A threshold of 0 switches its criterion off. With COUNT_FIELD only there are no distances: the gap is by count.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Alliances&lt;/h3&gt;&lt;p&gt;With ALLIANCE_FIELD (e.g. &lt;code&gt;alliance_id&lt;/code&gt; of the alliance members output; NULL or blank = no alliance): &lt;b&gt;alliance_facilities&lt;/b&gt; = the members' pooled supply; &lt;b&gt;alliance_gap&lt;/b&gt; = 1 when the pooled supply is below MIN_COUNT; &lt;b&gt;covered_by_alliance&lt;/b&gt; = 1 where the unit alone is in gap and is not once its count is tested on the pooled supply. Pooling shares services, not geography: a unit beyond the standard distance or time stays in gap. OUTPUT_ALLIANCES has one feature per alliance (the members' union) with pooled population, demand, n_facilities, per_10k, per_1k_demand, the demand-weighted access_2sfca, units and population in gap before and after pooling, gap and gap_reason.&lt;/p&gt;&lt;h3&gt;Figures&lt;/h3&gt;&lt;p&gt;UNITS_IN_GAP, POPULATION_IN_GAP and the same AFTER_ALLIANCES (units whose alliance covers them are no longer counted; without alliances the figures are equal).&lt;/p&gt;&lt;h3&gt;Standards (defaults the analyst can change)&lt;/h3&gt;&lt;p&gt;&lt;b&gt;MIN_COUNT&lt;/b&gt; (default 1), &lt;b&gt;MAX_DISTANCE&lt;/b&gt; (km, default 30), &lt;b&gt;MAX_TIME&lt;/b&gt; (minutes, default 30; used with NETWORK), &lt;b&gt;CATCHMENT&lt;/b&gt; (km, default 30) and &lt;b&gt;DECAY&lt;/b&gt; (default none) of the 2SFCA, &lt;b&gt;DEFAULT_SPEED&lt;/b&gt; (km/h, default 50). The standards in use in Korea:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;National minimum standards for basic living infrastructure (국가최저기준, Ministry of Land, 2018): by car, a hospital with an emergency room within 30 minutes, a public health centre within 20, a library within 10, welfare within 20–30.&lt;/li&gt;&lt;li&gt;Childbirth-vulnerable areas (분만취약지): over 30 % of women of child-bearing age live more than 60 minutes from a delivery room.&lt;/li&gt;&lt;li&gt;Emergency-vulnerable areas: 30 % or more of residents more than 60 minutes from a regional emergency centre or 30 minutes from a local one.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;This tool tests the unit's representative (or population-weighted) access against one threshold; it does not compute the share of residents beyond it. Straight-line km understate road distance: use a road network for the minute standards.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;폴리곤 레이어의 모든 시군구(시·군·구)에 대해 서비스의 공급, 접근성, 그리고 기준에 못 미치는지를 측정합니다. 연합이 있으면 구성원의 서비스를 공유할 때 무엇이 달라지는지도 봅니다. 입력 피처와 필드는 모두 유지합니다.&lt;/p&gt;&lt;h3&gt;시군구&lt;/h3&gt;&lt;p&gt;&lt;b&gt;INPUT&lt;/b&gt;: 좌표계에 관계없는 폴리곤; &lt;b&gt;ID_FIELD&lt;/b&gt;는 경고와 연합 구성원 목록에서 시군구를 가리킵니다; &lt;b&gt;POPULATION_FIELD&lt;/b&gt;: 인구; &lt;b&gt;DEMAND_FIELD&lt;/b&gt; (선택): 서비스가 필요한 사람, 예: 분만 진료에는 출생아 (기본값 인구).&lt;/p&gt;&lt;h3&gt;공급&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;시설&lt;/b&gt; (FACILITIES, 좌표계에 관계없는 점): 그 점을 포함하는 시군구에서 셉니다(폴리곤 내 점); &lt;b&gt;시설 필터&lt;/b&gt; (FACILITY_FILTER)는 맞는 시설만 남깁니다, 예: &lt;code&gt;"cls" IN ('권역응급의료센터','지역응급의료센터')&lt;/code&gt;; &lt;b&gt;용량&lt;/b&gt; (CAPACITY_FIELD, 예: 병상이나 의사 수)은 시설마다 가중치를 주며, 없으면 각 1입니다 (NULL은 0).&lt;/li&gt;&lt;li&gt;&lt;b&gt;레이어에 이미 있는 개수&lt;/b&gt; (COUNT_FIELD, 예: 산부인과 전문의 수): 시군구의 공급에 더합니다. 2SFCA에서는 시군구의 대표 지점에 있는 것으로 봅니다. NULL은 0으로 계산합니다(경고).&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;시군구별 출력&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;n_facilities&lt;/b&gt;: 시군구의 공급 (시군구 안의 시설, 용량이 있으면 용량 가중, 여기에 개수 필드를 더함). &lt;b&gt;per_10k&lt;/b&gt;: 주민 10,000명당 (POPULATION_FIELD); &lt;b&gt;per_1k_demand&lt;/b&gt;: 수요 1,000당 (DEMAND_FIELD, 예: 출생아나 20–39세 여성; 기본값 인구). 기준값이 NULL이거나 0이면 NULL이 되며, 해당 시군구를 밝히는 경고를 한 번 표시합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_km&lt;/b&gt; (시설이 있을 때): 시군구의 수요 지점에서 가장 가까운 시설까지의 타원체 거리로, 어떤 좌표계에서도 정확합니다. 수요 지점은 시군구 안의 ORIGINS 점(마을, 인구 격자; 시군구 값은 그 인구 가중 평균이며 가중치는 ORIGINS_POPULATION_FIELD 또는 각 1)이고, 없으면 대표 지점 하나입니다: 중심점이 시군구 안에 있으면 중심점, 아니면 표면 위의 점이며, 결과가 레이어 좌표계에 좌우되지 않도록 WGS 84에서 고릅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;nearest_min&lt;/b&gt; (NETWORK 도로 레이어가 있을 때): QGIS 네트워크 분석으로 구한, 도로를 따라 가장 가까운 시설까지의 자동차 이동 시간(분) (양방향 도로; SPEED_FIELD는 km/h, 값이 없거나 양수가 아니면 DEFAULT_SPEED). 지점은 가장 가까운 도로에 연결하며 그 직선 구간은 기본 속도로 계산합니다. 도달할 수 없는 시군구는 NULL이며 공백입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;access_2sfca&lt;/b&gt;: 2단계 유동 서비스권역 접근성(2SFCA; Luo &amp;amp; Wang 2003), 수요 1,000당 공급: 1단계, 시설마다 CATCHMENT km 이내 수요에 대한 비율 R&lt;sub&gt;j&lt;/sub&gt; = S&lt;sub&gt;j&lt;/sub&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; W(d&lt;sub&gt;kj&lt;/sub&gt;) D&lt;sub&gt;k&lt;/sub&gt;; 2단계, 수요 지점 i의 CATCHMENT km 이내 시설에 대해 A&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; W(d&lt;sub&gt;ij&lt;/sub&gt;) R&lt;sub&gt;j&lt;/sub&gt;. DECAY W: &lt;i&gt;none&lt;/i&gt; W = 1 (원래의 2SFCA); &lt;i&gt;gaussian&lt;/i&gt; W = (e&lt;sup&gt;−½(d/d0)²&lt;/sup&gt; − e&lt;sup&gt;−½&lt;/sup&gt;) / (1 − e&lt;sup&gt;−½&lt;/sup&gt;), 시설에서 1, 서비스권역 경계에서 0 (Dai 2010; Wang 2012); &lt;i&gt;gravity&lt;/i&gt; 서비스권역 안에서 W = max(d, 1 km)&lt;sup&gt;−1&lt;/sup&gt; (중력 2SFCA, β = 1). 거리는 네트워크가 있을 때도 타원체 직선거리입니다. 감쇠가 없고 서비스권역이 다른 시군구에 닿지 않으면 access_2sfca는 per_1k_demand와 같습니다. 시군구의 수요가 NULL이거나 0이면 NULL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;gap&lt;/b&gt; (0/1)과 &lt;b&gt;gap_reason&lt;/b&gt;: 다음 중 하나라도 해당하면 그 시군구는 공백입니다(여럿이면 "; "로 잇습니다): &lt;i&gt;no facility&lt;/i&gt; 시설 없음 (공급 0) 또는 &lt;i&gt;below the minimum&lt;/i&gt; 최소 미달 (공급이 MIN_COUNT 미만); &lt;i&gt;beyond the standard distance&lt;/i&gt; 기준 거리 초과 (nearest_km이 MAX_DISTANCE 초과), 또는 네트워크가 있으면 &lt;i&gt;beyond the standard time&lt;/i&gt; 기준 시간 초과 (nearest_min이 MAX_TIME 초과; 이때 MAX_DISTANCE는 쓰지 않음). 기준값 0은 그 기준을 끕니다. COUNT_FIELD만 있으면 거리가 없으므로 공백은 개수로만 판단합니다.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;연합&lt;/h3&gt;&lt;p&gt;ALLIANCE_FIELD가 있으면 (예: 연합 구성원 결과의 &lt;code&gt;alliance_id&lt;/code&gt;; NULL이나 빈 값 = 연합 없음): &lt;b&gt;alliance_facilities&lt;/b&gt; = 구성원이 공유하는 공급의 합; &lt;b&gt;alliance_gap&lt;/b&gt; = 공유한 공급이 MIN_COUNT 미만이면 1; &lt;b&gt;covered_by_alliance&lt;/b&gt; = 시군구 단독으로는 공백이지만 공유한 공급으로 개수를 따지면 공백이 아닐 때 1. 공유는 서비스를 나누는 것이지 지리를 바꾸는 것이 아니므로, 기준 거리나 시간을 넘는 시군구는 공백으로 남습니다. OUTPUT_ALLIANCES에는 연합마다 피처(구성원의 합집합) 하나가 있으며, 합산한 인구, 수요, n_facilities, per_10k, per_1k_demand, 수요 가중 access_2sfca, 공유 전후의 공백 시군구와 공백 인구, gap, gap_reason이 들어갑니다.&lt;/p&gt;&lt;h3&gt;수치&lt;/h3&gt;&lt;p&gt;UNITS_IN_GAP, POPULATION_IN_GAP과 AFTER_ALLIANCES가 붙은 같은 값 (연합으로 해소된 시군구는 더 이상 세지 않음; 연합이 없으면 두 값이 같음).&lt;/p&gt;&lt;h3&gt;기준 (분석가가 바꿀 수 있는 기본값)&lt;/h3&gt;&lt;p&gt;&lt;b&gt;MIN_COUNT&lt;/b&gt; (기본값 1), &lt;b&gt;MAX_DISTANCE&lt;/b&gt; (km, 기본값 30), &lt;b&gt;MAX_TIME&lt;/b&gt; (분, 기본값 30; NETWORK와 함께 사용), 2SFCA의 &lt;b&gt;CATCHMENT&lt;/b&gt; (km, 기본값 30)와 &lt;b&gt;DECAY&lt;/b&gt; (기본값 none), &lt;b&gt;DEFAULT_SPEED&lt;/b&gt; (km/h, 기본값 50). 한국에서 쓰이는 기준:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;기초생활인프라 국가최저기준 (국토교통부, 2018): 자동차로 응급실이 있는 병원 30분, 보건소 20분, 도서관 10분, 복지시설 20–30분 이내.&lt;/li&gt;&lt;li&gt;분만취약지: 가임기 여성의 30 % 넘게 분만실에서 60분보다 먼 곳에 사는 지역.&lt;/li&gt;&lt;li&gt;응급의료취약지: 주민의 30 % 이상이 권역응급의료센터에서 60분, 또는 지역응급의료센터에서 30분보다 먼 곳에 사는 지역.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;이 도구는 시군구의 대표 (또는 인구 가중) 접근성을 기준값 하나와 비교할 뿐, 기준을 넘는 주민의 비율을 계산하지는 않습니다. 직선 km는 도로 거리보다 짧게 나오므로, 분 단위 기준에는 도로망을 쓰십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole Small but Strong analysis in one run, as a model you can open and change in the graphical modeler: &lt;b&gt;Decline indicators&lt;/b&gt; of every unit, &lt;b&gt;Propose alliances&lt;/b&gt; of the eligible units on those indicators, &lt;b&gt;Service gaps&lt;/b&gt; of the alliance members before and after pooling their services, and the &lt;b&gt;Export map report&lt;/b&gt; of the alliances over the service gaps (PDF and PNG).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt;: one polygon per city, county or district. The field defaults are those of the bundled Korean sample (&lt;i&gt;Load the Korean sample&lt;/i&gt;): code, sigungu, pop_reg_2025, pop_reg_2015, pop65_reg_2025, f20_39_reg_2025, births_est_2020, doctors_obgyn_2020; choose your own fields for other data.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eligible units&lt;/b&gt; (default: outside Seoul, the metropolitan cities, Sejong and Gyeonggi), &lt;b&gt;Hubs&lt;/b&gt; (default: Innovation Cities and units of 150,000+ residents; empty = no hub required), &lt;b&gt;Minimum members&lt;/b&gt; and &lt;b&gt;Maximum members&lt;/b&gt; (2–5), the &lt;b&gt;Population floor&lt;/b&gt; of an alliance (300,000), the island link distance (1,000 m: the bridged islands) and the solver's time limit: see &lt;i&gt;Propose alliances&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;The service: &lt;b&gt;Facilities&lt;/b&gt; (points, optional) with a &lt;b&gt;Facility filter&lt;/b&gt;, and/or a &lt;b&gt;Supply already counted per unit&lt;/b&gt; field (default doctors_obgyn_2020), its &lt;b&gt;Demand&lt;/b&gt; field, the &lt;b&gt;Minimum supply per unit&lt;/b&gt; and the &lt;b&gt;Standard distance&lt;/b&gt;: see &lt;i&gt;Service gaps&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report title&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;Decline indicators, Alliances, Alliance members, Service gaps (per unit and per alliance), the PDF report and its PNG image. The report prints the floor and the member range as the parameters used.&lt;/p&gt;&lt;p&gt;Inputs left out of a script's call (processing.run, qgis_process) take the defaults shown in the dialog (qgis_process asks for ID_FIELD and POPULATION_FIELD all the same), and outputs left out are temporary. The default expressions name fields of the sample (sido, innovation_city, pop_reg_2025): change or empty them for other data.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;작지만 강한 분석 전체를 한 번에 실행합니다. 그래픽 모델러에서 열어 바꿀 수 있는 모델입니다: 모든 시군구의 &lt;b&gt;쇠퇴 지표&lt;/b&gt;, 그 지표를 바탕으로 참여 대상 시군구의 &lt;b&gt;연합 제안&lt;/b&gt;, 연합 구성원이 서비스를 공유하기 전후의 &lt;b&gt;서비스 공백&lt;/b&gt;, 그리고 서비스 공백 위에 연합을 그린 &lt;b&gt;지도 보고서 내보내기&lt;/b&gt; (PDF와 PNG).&lt;/p&gt;&lt;h3&gt;입력&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt;: 시·군·구마다 폴리곤 하나. 필드 기본값은 함께 제공하는 한국 표본 자료(&lt;i&gt;한국 표본 자료 불러오기&lt;/i&gt;)의 필드입니다: code, sigungu, pop_reg_2025, pop_reg_2015, pop65_reg_2025, f20_39_reg_2025, births_est_2020, doctors_obgyn_2020; 다른 자료에는 해당 필드를 고르십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;참여 대상 시군구&lt;/b&gt; (기본값: 서울, 광역시, 세종, 경기 밖), &lt;b&gt;거점&lt;/b&gt; (기본값: 혁신도시와 인구 150,000명 이상의 시군구; 비우면 거점 불필요), &lt;b&gt;최소 구성 수&lt;/b&gt;와 &lt;b&gt;최대 구성 수&lt;/b&gt; (2–5), 연합의 &lt;b&gt;인구 하한&lt;/b&gt; (300,000), 섬 연결 거리 (1,000 m: 다리로 이어진 섬), 솔버 시간 제한: &lt;i&gt;연합 제안&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;서비스: &lt;b&gt;시설&lt;/b&gt; (점, 선택)과 &lt;b&gt;시설 필터&lt;/b&gt;, 그리고/또는 &lt;b&gt;시군구별로 이미 집계된 공급&lt;/b&gt; 필드 (기본값 doctors_obgyn_2020), 그 &lt;b&gt;수요&lt;/b&gt; 필드, &lt;b&gt;시군구당 최소 공급&lt;/b&gt;과 &lt;b&gt;기준 거리&lt;/b&gt;: &lt;i&gt;서비스 공백&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;보고서 제목&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;출력&lt;/h3&gt;&lt;p&gt;쇠퇴 지표, 연합, 연합 구성원, 서비스 공백 (시군구별과 연합별), PDF 보고서와 그 PNG 이미지. 보고서에는 사용한 파라미터로 인구 하한과 구성 수 범위를 인쇄합니다.&lt;/p&gt;&lt;p&gt;스크립트(processing.run, qgis_process) 호출에서 빠진 입력은 대화상자에 보이는 기본값을 쓰고 (qgis_process는 그래도 ID_FIELD와 POPULATION_FIELD를 요구합니다), 빠진 출력은 임시 출력이 됩니다. 기본 표현식은 표본 자료의 필드(sido, innovation_city, pop_reg_2025)를 씁니다. 다른 자료에서는 바꾸거나 비우십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole Small but Strong analysis in one run, as a model you can open and change in the graphical modeler: &lt;b&gt;Decline indicators&lt;/b&gt; of every unit, &lt;b&gt;Propose alliances&lt;/b&gt; of the eligible units on those indicators, &lt;b&gt;Service gaps&lt;/b&gt; of the alliance members before and after pooling their services, and the &lt;b&gt;Export map report&lt;/b&gt; of the alliances over the service gaps (PDF and PNG).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt;: one polygon per city, county or district. The field defaults are those of the bundled Korean sample (&lt;i&gt;Load the Korean sample&lt;/i&gt;): code, sigungu, pop_reg_2025, pop_reg_2015, pop65_reg_2025, f20_39_reg_2025, births_est_2020, doctors_obgyn_2020; choose your own fields for other data.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eligible units&lt;/b&gt; (default: outside Seoul, the metropolitan cities, Sejong and Gyeonggi), &lt;b&gt;Hubs&lt;/b&gt; (default: Innovation Cities and units of 150,000+ residents; empty = no hub required), &lt;b&gt;Minimum members&lt;/b&gt; and &lt;b&gt;Maximum members&lt;/b&gt; (2–5), the &lt;b&gt;Population floor&lt;/b&gt; of an alliance (300,000), the island link distance (1,000 m: the bridged islands) and the solver's time limit: see &lt;i&gt;Propose alliances&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;The service: &lt;b&gt;Facilities&lt;/b&gt; (points, optional) with a &lt;b&gt;Facility filter&lt;/b&gt;, and/or a &lt;b&gt;Supply already counted per unit&lt;/b&gt; field (default doctors_obgyn_2020), its &lt;b&gt;Demand&lt;/b&gt; field, the &lt;b&gt;Minimum supply per unit&lt;/b&gt; and the &lt;b&gt;Standard distance&lt;/b&gt;: see &lt;i&gt;Service gaps&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report title&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;Decline indicators, Alliances, Alliance members, Service gaps (per unit and per alliance), the PDF report and its PNG image. The report prints the floor and the member range as the parameters used.&lt;/p&gt;&lt;p&gt;The dialog fills in the defaults. From a script (processing.run, qgis_process) give the field parameters explicitly: QGIS 3.22 does not use a field parameter's default outside the dialog. The expressions name fields of the sample (sido, innovation_city, pop_reg_2025): change or empty them for other data.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;작지만 강한 분석 전체를 한 번에 실행합니다. 그래픽 모델러에서 열어 바꿀 수 있는 모델입니다: 모든 시군구의 &lt;b&gt;쇠퇴 지표&lt;/b&gt;, 그 지표를 바탕으로 참여 대상 시군구의 &lt;b&gt;연합 제안&lt;/b&gt;, 연합 구성원이 서비스를 공유하기 전후의 &lt;b&gt;서비스 공백&lt;/b&gt;, 그리고 서비스 공백 위에 연합을 그린 &lt;b&gt;지도 보고서 내보내기&lt;/b&gt; (PDF와 PNG).&lt;/p&gt;&lt;h3&gt;입력&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt;: 시·군·구마다 폴리곤 하나. 필드 기본값은 함께 제공하는 한국 표본 자료(&lt;i&gt;한국 표본 자료 불러오기&lt;/i&gt;)의 필드입니다: code, sigungu, pop_reg_2025, pop_reg_2015, pop65_reg_2025, f20_39_reg_2025, births_est_2020, doctors_obgyn_2020; 다른 자료에는 해당 필드를 고르십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;참여 대상 시군구&lt;/b&gt; (기본값: 서울, 광역시, 세종, 경기 밖), &lt;b&gt;거점&lt;/b&gt; (기본값: 혁신도시와 인구 150,000명 이상의 시군구; 비우면 거점 불필요), &lt;b&gt;최소 구성 수&lt;/b&gt;와 &lt;b&gt;최대 구성 수&lt;/b&gt; (2–5), 연합의 &lt;b&gt;인구 하한&lt;/b&gt; (300,000), 섬 연결 거리 (1,000 m: 다리로 이어진 섬), 솔버 시간 제한: &lt;i&gt;연합 제안&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;서비스: &lt;b&gt;시설&lt;/b&gt; (점, 선택)과 &lt;b&gt;시설 필터&lt;/b&gt;, 그리고/또는 &lt;b&gt;시군구별로 이미 집계된 공급&lt;/b&gt; 필드 (기본값 doctors_obgyn_2020), 그 &lt;b&gt;수요&lt;/b&gt; 필드, &lt;b&gt;시군구당 최소 공급&lt;/b&gt;과 &lt;b&gt;기준 거리&lt;/b&gt;: &lt;i&gt;서비스 공백&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;보고서 제목&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;출력&lt;/h3&gt;&lt;p&gt;쇠퇴 지표, 연합, 연합 구성원, 서비스 공백 (시군구별과 연합별), PDF 보고서와 그 PNG 이미지. 보고서에는 사용한 파라미터로 인구 하한과 구성 수 범위를 인쇄합니다.&lt;/p&gt;&lt;p&gt;대화상자는 기본값을 채워 줍니다. 스크립트(processing.run, qgis_process)에서는 필드 파라미터를 명시적으로 주십시오: QGIS 3.22는 대화상자 밖에서 필드 파라미터의 기본값을 쓰지 않습니다. 표현식은 표본 자료의 필드(sido, innovation_city, pop_reg_2025)를 씁니다. 다른 자료에서는 바꾸거나 비우십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole Small but Strong analysis in one run, as a model you can open and change in the graphical modeler: &lt;b&gt;Decline indicators&lt;/b&gt; of every unit, &lt;b&gt;Propose alliances&lt;/b&gt; of the eligible units on those indicators, &lt;b&gt;Service gaps&lt;/b&gt; of the alliance members before and after pooling their services, and the &lt;b&gt;Export map report&lt;/b&gt; of the alliances over the service gaps (PDF and PNG).&lt;/p&gt;&lt;h3&gt;Inputs&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Units&lt;/b&gt;: one polygon per city, county, district or municipality, in any CRS, and its fields: the id, the name, the current population and, optionally, an earlier population, residents 65+, women 20–39 and births. Nothing is pre-filled: choose the fields of your layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Policy profile&lt;/b&gt; and its thresholds: the member counts and the population floor left empty take the profile's values (Korea: 2–5 members, 300,000; Japan: 2–12 around a core city of 200,000; Europe: 2–8, 50,000). &lt;b&gt;Eligible units&lt;/b&gt; and &lt;b&gt;Hubs&lt;/b&gt; are empty (all units; no hub required) until you set them; the island link distance (0 = off) and the solver's time limit: see &lt;i&gt;Propose alliances&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;The service: &lt;b&gt;Facilities&lt;/b&gt; (points) with a &lt;b&gt;Facility filter&lt;/b&gt;, and/or a &lt;b&gt;Supply already counted per unit&lt;/b&gt; field, its &lt;b&gt;Demand&lt;/b&gt; field, the &lt;b&gt;Minimum supply per unit&lt;/b&gt; and the &lt;b&gt;Standard distance&lt;/b&gt;: see &lt;i&gt;Service gaps&lt;/i&gt;. At least one of the two supplies is needed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Report title&lt;/b&gt; (default: Small but strong alliances, in your language). The report credits the sources recorded in your layer's metadata.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Outputs&lt;/h3&gt;&lt;p&gt;Decline indicators, Alliances, Alliance members, Service gaps (per unit and per alliance), the PDF report and its PNG image. When no alliance reaches the floor, the report is written all the same, showing the units.&lt;/p&gt;&lt;p&gt;Inputs left out of a script's call (processing.run, qgis_process) take the defaults shown in the dialog, and outputs left out are temporary.&lt;/p&gt;</source>
        <translation type="obsolete">&lt;p&gt;작지만 강한 분석 전체를 한 번에 실행합니다. 그래픽 모델러에서 열어 바꿀 수 있는 모델입니다: 모든 시군구의 &lt;b&gt;쇠퇴 지표&lt;/b&gt;, 그 지표를 바탕으로 참여 대상 시군구의 &lt;b&gt;연합 제안&lt;/b&gt;, 연합 구성원이 서비스를 공유하기 전후의 &lt;b&gt;서비스 공백&lt;/b&gt;, 그리고 서비스 공백 위에 연합을 그린 &lt;b&gt;지도 보고서 내보내기&lt;/b&gt; (PDF와 PNG).&lt;/p&gt;&lt;h3&gt;입력&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;시군구&lt;/b&gt;: 시·군·구(기초자치단체)마다 폴리곤 하나(좌표계는 무엇이든 됨)와 그 필드: ID, 이름, 현재 인구, 그리고 선택 사항으로 이전 시점 인구, 65세 이상 인구, 20–39세 여성 인구, 출생아 수. 미리 채워진 필드는 없으니 레이어의 필드를 고르십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;정책 프로필&lt;/b&gt;과 그 기준값: 비워 둔 구성 수와 인구 하한은 프로필의 값을 씁니다(한국: 구성 2–5, 300,000명; 일본: 인구 200,000명의 중추도시를 중심으로 2–12; 유럽: 2–8, 50,000명). &lt;b&gt;참여 대상 시군구&lt;/b&gt;와 &lt;b&gt;거점&lt;/b&gt;은 지정하기 전까지 비어 있습니다(모든 시군구; 거점 불필요). 섬 연결 거리(0 = 끔)와 솔버 시간 제한: &lt;i&gt;연합 제안&lt;/i&gt;을 보십시오.&lt;/li&gt;&lt;li&gt;서비스: &lt;b&gt;시설&lt;/b&gt; (점)과 &lt;b&gt;시설 필터&lt;/b&gt;, 그리고/또는 &lt;b&gt;시군구별로 이미 집계된 공급&lt;/b&gt; 필드, 그 &lt;b&gt;수요&lt;/b&gt; 필드, &lt;b&gt;시군구당 최소 공급&lt;/b&gt;과 &lt;b&gt;기준 거리&lt;/b&gt;: &lt;i&gt;서비스 공백&lt;/i&gt;을 보십시오. 두 공급 중 적어도 하나가 필요합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;보고서 제목&lt;/b&gt; (기본값: 사용자 언어로 "작지만 강한 연합"). 보고서에는 레이어 메타데이터에 기록된 출처를 표시합니다.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;출력&lt;/h3&gt;&lt;p&gt;쇠퇴 지표, 연합, 연합 구성원, 서비스 공백 (시군구별과 연합별), PDF 보고서와 그 PNG 이미지. 인구 하한에 이르는 연합이 없어도 보고서는 시군구를 보여 주며 그대로 작성됩니다.&lt;/p&gt;&lt;p&gt;스크립트(processing.run, qgis_process) 호출에서 빠진 입력은 대화상자에 보이는 기본값을 쓰고, 빠진 출력은 임시 출력이 됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A table longer than its frame continues on annex pages: a full-page frame on each new page, with the header repeated, until every row is printed.</source>
        <translation type="obsolete">프레임보다 긴 표는 부록 쪽으로 이어집니다: 새 쪽마다 쪽 전체 크기의 프레임을 두고 머리글을 되풀이하여, 모든 행을 인쇄할 때까지 계속합니다.</translation>
    </message>
    <message>
        <source>A unit of the working layer</source>
        <translation type="obsolete">작업 레이어의 시군구</translation>
    </message>
    <message>
        <source>Alliances (editable plan)</source>
        <translation type="obsolete">연합 (편집 가능한 안)</translation>
    </message>
    <message>
        <source>Alliances and units of two different runs are refused: when more than 10 % of the units joined to an alliance lie outside its outline (a point on the unit's surface farther from it than 1 % of the alliance's width), the run stops and names an example; fewer such units give a warning. An alliance whose outline is invalid is not judged.</source>
        <translation type="obsolete">서로 다른 실행에서 나온 연합과 시군구는 거부합니다: 연합에 연결된 시군구의 10 %가 넘게 그 연합의 경계 밖에 있으면(시군구 표면 위의 한 점이 연합에서 연합 폭의 1 %보다 멀리 떨어져 있으면) 실행을 멈추고 예를 하나 밝힙니다. 그런 시군구가 그보다 적으면 경고만 합니다. 경계가 올바르지 않은 연합은 판단하지 않습니다.</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation type="obsolete">기준 연도</translation>
    </message>
    <message>
        <source>Builds a print layout of the alliances over their units and exports it as a PDF and a PNG image: one overview page (title, the parameters used, the map with its legend, scale bar and north arrow, the key figures, a table of the alliances, a chart and the data sources) or, with &lt;i&gt;Atlas&lt;/i&gt;, one page per alliance. The inputs are never changed: the report draws memory copies of them.</source>
        <translation type="obsolete">시군구 위에 연합을 그린 인쇄 조판을 만들어 PDF와 PNG 이미지로 내보냅니다: 개요 한 쪽(제목, 사용한 파라미터, 범례·축척 막대·방위표가 있는 지도, 주요 수치, 연합 표, 차트, 자료 출처) 또는 &lt;i&gt;아틀라스&lt;/i&gt;로 연합마다 한 쪽. 입력은 바꾸지 않으며, 보고서는 입력의 메모리 사본으로 그립니다.</translation>
    </message>
    <message>
        <source>Choose a boundary layer, or load the Korean sample.</source>
        <translation type="obsolete">경계 레이어를 고르거나 한국 표본 자료를 불러오십시오.</translation>
    </message>
    <message>
        <source>Covered units</source>
        <translation type="obsolete">포괄된 시군구</translation>
    </message>
    <message>
        <source>Done in {0:.1f} s: {1}</source>
        <translation type="obsolete">{0:.1f}초 만에 완료: {1}</translation>
    </message>
    <message>
        <source>Every connected set of eligible units that satisfies all constraints (member count, population floor and ceiling, hub, group) is enumerated as a candidate alliance; an exact set-packing model then chooses candidates so that no unit is in two alliances, solved with HiGHS through &lt;tt&gt;scipy.optimize.milp&lt;/tt&gt;. OPTIMAL is true when the optimum is proven; GAP is the relative gap to the best bound (0 when optimal). Without SciPy's &lt;tt&gt;milp&lt;/tt&gt; a greedy heuristic is used and OPTIMAL is false. The same input always gives the same output.</source>
        <translation type="obsolete">모든 제약(구성 수, 인구 하한과 상한, 거점, 그룹)을 만족하는 참여 대상 시군구의 연결된 집합을 모두 후보 연합으로 열거한 뒤, 어느 시군구도 두 연합에 들지 않도록 후보를 고르는 정확한 집합 패킹 모형을 &lt;tt&gt;scipy.optimize.milp&lt;/tt&gt;를 통해 HiGHS로 풉니다. OPTIMAL은 최적성이 증명되면 참이고, GAP은 최선 한계 대비 상대 갭입니다(최적이면 0). SciPy의 &lt;tt&gt;milp&lt;/tt&gt;가 없으면 탐욕적 휴리스틱을 쓰며 OPTIMAL은 거짓입니다. 같은 입력은 언제나 같은 결과를 냅니다.</translation>
    </message>
    <message>
        <source>Gap before</source>
        <translation type="obsolete">연합 전 공백</translation>
    </message>
    <message>
        <source>Island link: {0} ({1}) to its nearest eligible unit {2} ({3}), {4:,.0f} m.</source>
        <translation type="obsolete">섬 연결: {0}({1})을(를) 가장 가까운 참여 대상 시군구 {2}({3})와 연결, {4:,.0f} m.</translation>
    </message>
    <message>
        <source>Low births (annual births below it)</source>
        <translation type="obsolete">저출생 기준 (연간 출생아 수가 이보다 적으면)</translation>
    </message>
    <message>
        <source>Minimum population of an alliance</source>
        <translation type="obsolete">연합의 최소 인구</translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="obsolete">이동</translation>
    </message>
    <message>
        <source>Neighbourhood graph: {0} eligible units, {1} neighbour pairs within {2:g} m, {3} table link(s), {4} island link(s); {5} unit(s) without any link.</source>
        <translation type="obsolete">이웃 그래프: 참여 대상 시군구 {0}곳, {2:g} m 이내 이웃 쌍 {1}개, 표 연결 {3}개, 섬 연결 {4}개; 연결이 하나도 없는 시군구 {5}곳.</translation>
    </message>
    <message>
        <source>OUTPUT_PDF, OUTPUT_IMAGE, &lt;b&gt;PAGES&lt;/b&gt; (the pages of the PDF, annex and atlas pages included) and &lt;b&gt;LAYOUT_NAME&lt;/b&gt; (the layout added to the project; empty outside the desktop). The report runs in QGIS's main thread, which layouts require.</source>
        <translation type="obsolete">OUTPUT_PDF, OUTPUT_IMAGE, &lt;b&gt;PAGES&lt;/b&gt; (부록 쪽과 아틀라스 쪽을 포함한 PDF 쪽수), &lt;b&gt;LAYOUT_NAME&lt;/b&gt; (프로젝트에 추가한 조판; 데스크톱 밖에서는 비어 있음). 조판에는 QGIS 주 스레드가 필요하므로 보고서는 주 스레드에서 실행됩니다.</translation>
    </message>
    <message>
        <source>Parameter ALLIANCES: the layer has no alliance to report.</source>
        <translation type="obsolete">파라미터 ALLIANCES: 레이어에 보고할 연합이 없습니다.</translation>
    </message>
    <message>
        <source>Parameter FACILITY_FILTER: a filter needs a FACILITIES layer to apply to.</source>
        <translation type="obsolete">파라미터 FACILITY_FILTER: 필터를 적용할 FACILITIES 레이어가 필요합니다.</translation>
    </message>
    <message>
        <source>Parameter FACILITY_FILTER: the expression {0} cannot be evaluated on the facilities: {1}</source>
        <translation type="obsolete">파라미터 FACILITY_FILTER: 표현식 {0}을(를) 시설에 대해 평가할 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Parameter FACILITY_FILTER: the expression {0} cannot be parsed: {1}</source>
        <translation type="obsolete">파라미터 FACILITY_FILTER: 표현식 {0}을(를) 해석할 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Parameter FACILITY_FILTER: the expression {0} fails on facility {1}: {2}</source>
        <translation type="obsolete">파라미터 FACILITY_FILTER: 표현식 {0}이(가) 시설 {1}에서 실패합니다: {2}</translation>
    </message>
    <message>
        <source>Parameter NETWORK: the layer has no line features to drive on.</source>
        <translation type="obsolete">파라미터 NETWORK: 레이어에 주행할 선 피처가 없습니다.</translation>
    </message>
    <message>
        <source>Parameter TEMPLATE: {0} is not a valid .qpt file.</source>
        <translation type="obsolete">파라미터 TEMPLATE: {0}은(는) 올바른 .qpt 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Parameter {0}: feature {1} has no id (NULL in {2}); every unit needs a unique id.</source>
        <translation type="obsolete">파라미터 {0}: 피처 {1}에 ID가 없습니다({2}가 NULL). 모든 시군구에 고유한 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>Parameter {0}: the expression {1} uses field(s) {2} that the input layer does not have. Available fields: {3}.</source>
        <translation type="obsolete">파라미터 {0}: 표현식 {1}이(가) 입력 레이어에 없는 필드 {2}을(를) 씁니다. 사용할 수 있는 필드: {3}.</translation>
    </message>
    <message>
        <source>Parameter {0}: the links table has no field "{1}". Available fields: {2}.</source>
        <translation type="obsolete">파라미터 {0}: 연결 표에 "{1}" 필드가 없습니다. 사용할 수 있는 필드: {2}.</translation>
    </message>
    <message>
        <source>Parameter {0}: the years must increase, but {1} follows {2} (value {3}); give them oldest first, in the order of the fields.</source>
        <translation type="obsolete">파라미터 {0}: 연도는 커져야 하는데 {2} 다음에 {1}이(가) 옵니다({3}번째 값). 필드 순서대로, 오래된 연도부터 주십시오.</translation>
    </message>
    <message>
        <source>Parameter {0}: {1} values given for {2} composite fields; give one per field.</source>
        <translation type="obsolete">파라미터 {0}: 종합 필드가 {2}개인데 값이 {1}개 주어졌습니다. 필드마다 하나씩 주십시오.</translation>
    </message>
    <message>
        <source>Parameters YEAR and BASE_YEAR are both {0}: the annual rate needs two different years.</source>
        <translation type="obsolete">파라미터 YEAR와 BASE_YEAR가 모두 {0}입니다. 연평균 변화율에는 서로 다른 두 연도가 필요합니다.</translation>
    </message>
    <message>
        <source>Re-validated in {0:.1f} ms.</source>
        <translation type="obsolete">{0:.1f} ms 만에 다시 검증했습니다.</translation>
    </message>
    <message>
        <source>Refused with a message: a units layer without units, neither OUTPUT_PDF nor OUTPUT_IMAGE, a destination that cannot be written, a TEMPLATE that does not exist, cannot be read or is not a QGIS layout template, a field parameter naming a field the units do not have, and alliances and units of two different runs.</source>
        <translation type="obsolete">다음은 메시지와 함께 거부합니다: 시군구가 없는 시군구 레이어, OUTPUT_PDF와 OUTPUT_IMAGE가 모두 없음, 쓸 수 없는 출력 경로, 없거나 읽을 수 없거나 QGIS 조판 템플릿이 아닌 TEMPLATE, 시군구에 없는 필드를 지정한 필드 파라미터, 서로 다른 실행에서 나온 연합과 시군구.</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation type="obsolete">선택한 시나리오 복원</translation>
    </message>
    <message>
        <source>Run the pipeline first.</source>
        <translation type="obsolete">먼저 분석을 실행하십시오.</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="obsolete">시나리오 저장</translation>
    </message>
    <message>
        <source>Small population (below it a unit is small)</source>
        <translation type="obsolete">소규모 인구 기준 (이보다 적으면 소규모 시군구)</translation>
    </message>
    <message>
        <source>Solver note: {0}</source>
        <translation type="obsolete">솔버 메모: {0}</translation>
    </message>
    <message>
        <source>Sources (attribution)</source>
        <translation type="obsolete">출처 (저작자 표시)</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation type="obsolete">출처: </translation>
    </message>
    <message>
        <source>The PDF could not be written to {0}: {1}</source>
        <translation type="obsolete">PDF를 {0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}.</source>
        <translation type="obsolete">PDF를 쓸 수 없습니다: {0}.</translation>
    </message>
    <message>
        <source>The chart: the members' populations stacked against the floor, with a key of their names and populations (★ marks the hub); then the members in service gap and their residents before and after the alliance, or each member's extinction-risk index with the alliance's pooled value and the 0.5 line below which a unit is at risk.</source>
        <translation type="obsolete">차트: 구성원 인구를 쌓은 막대와 인구 하한, 구성원 이름과 인구의 범례(★는 거점); 이어서 연합 전후의 서비스 공백 구성원과 그 주민 수, 또는 구성원별 소멸위험지수와 연합 합산 값, 그리고 이보다 낮으면 소멸위험인 0.5 선.</translation>
    </message>
    <message>
        <source>The chart: the population of each alliance against the floor (a dashed line; bars below it in orange), most populous first. Above 40 alliances it shows their distribution instead: how many alliances fall in each population band, and how many are below the floor.</source>
        <translation type="obsolete">차트: 연합별 인구와 인구 하한(점선; 하한에 못 미치는 막대는 주황색), 인구가 많은 순서. 연합이 40개를 넘으면 대신 분포를 보여 줍니다: 인구 구간별 연합 수와 하한에 못 미치는 연합 수.</translation>
    </message>
    <message>
        <source>The facts: the alliance's population and how many times the floor it is, its members (most populous first), its hub (when the units have a &lt;code&gt;role&lt;/code&gt; field), its extinction-risk index, and its members in service gap alone → with the alliance.</source>
        <translation type="obsolete">요약 정보: 연합의 인구와 그것이 인구 하한의 몇 배인지, 구성원(인구가 많은 순서), 거점(시군구에 &lt;code&gt;role&lt;/code&gt; 필드가 있을 때), 소멸위험지수, 그리고 서비스 공백인 구성원 수(단독 → 연합).</translation>
    </message>
    <message>
        <source>The image could not be rendered at {0} dpi (too large?).</source>
        <translation type="obsolete">이미지를 {0} dpi로 렌더링할 수 없습니다(너무 큰가요?).</translation>
    </message>
    <message>
        <source>The image could not be written to {0}.</source>
        <translation type="obsolete">이미지를 {0}에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The image could not be written to {0}: {1}</source>
        <translation type="obsolete">이미지를 {0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>The input layer has no valid CRS: its coordinates are taken as metres.</source>
        <translation type="obsolete">입력 레이어에 올바른 좌표계가 없어 좌표를 미터로 간주합니다.</translation>
    </message>
    <message>
        <source>The label &lt;code&gt;facts&lt;/code&gt; shows the field &lt;code&gt;sbs_facts&lt;/code&gt; of the atlas feature (the facts as text); the alliances also carry &lt;code&gt;sbs_key&lt;/code&gt;, and with a gap field &lt;code&gt;gap_before&lt;/code&gt; and &lt;code&gt;gap_after&lt;/code&gt;, for your own expressions.</source>
        <translation type="obsolete">레이블 &lt;code&gt;facts&lt;/code&gt;는 아틀라스 피처의 &lt;code&gt;sbs_facts&lt;/code&gt; 필드(텍스트로 된 요약 정보)를 보여 줍니다. 연합에는 사용자 표현식에 쓸 수 있도록 &lt;code&gt;sbs_key&lt;/code&gt;가, gap 필드가 있으면 &lt;code&gt;gap_before&lt;/code&gt;와 &lt;code&gt;gap_after&lt;/code&gt;도 있습니다.</translation>
    </message>
    <message>
        <source>The layer {0} could not be copied.</source>
        <translation type="obsolete">레이어 {0}을(를) 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>The map: the alliances' outlines over the units in their style, labelled with the alliance names; where names would collide QGIS leaves some out, and the most populous alliances keep theirs. It is drawn in the alliances' CRS when that is projected, else in the units' CRS, else in the UTM zone at the centre of the alliances. Specks of an alliance (parts and holes under 1 % of its area) are left out, and both layers are simplified to the detail the page can show.</source>
        <translation type="obsolete">지도: 시군구를 그 스타일로 그리고 그 위에 연합 경계를 그리며, 연합 이름을 레이블로 붙입니다. 이름이 겹치는 곳에서는 QGIS가 일부를 빼는데, 인구가 많은 연합의 이름이 남습니다. 지도는 연합의 좌표계가 투영 좌표계이면 그 좌표계로, 아니면 시군구의 좌표계로, 그것도 아니면 연합 중심의 UTM 구역으로 그립니다. 연합의 자잘한 조각(면적의 1 % 미만인 부분과 구멍)은 빼고, 두 레이어 모두 종이에 보이는 정도로 단순화합니다.</translation>
    </message>
    <message>
        <source>The table ({0} rows) does not fit its frame: choose the A3 page, the atlas or a template with a larger table.</source>
        <translation type="obsolete">표({0}행)가 프레임에 들어가지 않습니다. A3 용지나 아틀라스, 또는 표가 더 큰 템플릿을 고르십시오.</translation>
    </message>
    <message>
        <source>The table of the alliances, most populous first: name, units, population, × floor (&lt;code&gt;pop_ratio&lt;/code&gt;), risk index, and the members in service gap before → after, each column when its field exists. The key of the columns is printed under the table. Text and cell margins shrink until the columns fit the frame's width.</source>
        <translation type="obsolete">연합 표, 인구가 많은 순서: 이름, 시군구 수, 인구, 하한 대비(&lt;code&gt;pop_ratio&lt;/code&gt;), 소멸위험지수, 연합 전 → 후 서비스 공백 구성원 수. 각 열은 해당 필드가 있을 때만 나옵니다. 열의 설명은 표 아래에 인쇄합니다. 열이 프레임 너비에 들어갈 때까지 글자와 셀 여백을 줄입니다.</translation>
    </message>
    <message>
        <source>Time limit (s)</source>
        <translation type="obsolete">시간 제한 (초)</translation>
    </message>
    <message>
        <source>UNIT_POPULATION_FIELD: no population field found in the units.</source>
        <translation type="obsolete">UNIT_POPULATION_FIELD: 시군구에서 인구 필드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Units: alliance members</source>
        <translation type="obsolete">시군구: 연합 구성원</translation>
    </message>
    <message>
        <source>Units: service gaps</source>
        <translation type="obsolete">시군구: 서비스 공백</translation>
    </message>
    <message>
        <source>Year of the current population</source>
        <translation type="obsolete">현재 인구의 연도</translation>
    </message>
    <message>
        <source>alliance (named after its hub)</source>
        <translation type="obsolete">연합 (거점 시군구의 이름을 딴)</translation>
    </message>
    <message>
        <source>extinction-risk index, pooled (women 20–39 ÷ 65+)</source>
        <translation type="obsolete">소멸위험지수, 연합 합산 (20–39세 여성 ÷ 65세 이상)</translation>
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
        <source>of floor</source>
        <translation type="obsolete">하한 대비</translation>
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
        <source>to</source>
        <translation type="obsolete">→</translation>
    </message>
    <message>
        <source>{0} is NULL for {1} unit(s), counted as 0: {2}</source>
        <translation type="obsolete">시군구 {1}곳은 {0} 값이 NULL이어서 0으로 계산합니다: {2}</translation>
    </message>
    <message>
        <source>{0}: re-validated in {1:.1f} ms.</source>
        <translation type="obsolete">{0}: {1:.1f} ms 만에 다시 검증했습니다.</translation>
    </message>
    <message>
        <source>{alliances} alliances ({invalid} invalid); {covered} of {eligible} eligible units covered; units in gap: {units_in_gap} alone, {units_in_gap_after} after alliances</source>
        <translation type="obsolete">연합 {alliances}개 (부적합 {invalid}개); 참여 대상 시군구 {eligible}곳 중 {covered}곳 포괄; 공백 시군구: 단독 {units_in_gap}곳, 연합 후 {units_in_gap_after}곳</translation>
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
        <source>유효한 연합 / valid alliance</source>
        <translation type="obsolete">유효한 연합</translation>
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
        <source>제약 위반 / invalid: violates a constraint</source>
        <translation type="obsolete">제약 위반</translation>
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
