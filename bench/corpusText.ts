/**
 * Words for the synthetic archive (bench/corpus.ts): headline, standfirst and sentence patterns
 * per section, each written in English and Korean with the same slots, so the two language
 * versions of a generated story say the same thing. Slots: {place} {person} {org} {n} {pct}
 * {year} {month}.
 */

/** One phrase in both languages. */
export type Pair = readonly [en: string, ko: string];

export interface SectionText {
  /** Headlines: the topic words of a slug come from the English one. */
  headlines: readonly Pair[];
  deks: readonly Pair[];
  sentences: readonly Pair[];
  /** Tag pairs, most used first (tags are drawn with a long tail). */
  tags: readonly Pair[];
  /** Author ids that write for the section; the first is the most frequent. */
  authors: readonly string[];
}

export const PLACES: readonly Pair[] = [
  ['Seoul', '서울'],
  ['Busan', '부산'],
  ['Incheon', '인천'],
  ['Daegu', '대구'],
  ['Gwangju', '광주'],
  ['Daejeon', '대전'],
  ['Ulsan', '울산'],
  ['Sejong', '세종'],
  ['Jeju', '제주'],
  ['Suwon', '수원'],
  ['Changwon', '창원'],
  ['Pohang', '포항'],
  ['Gangneung', '강릉'],
  ['Jeonju', '전주'],
];

export const FOREIGN_PLACES: readonly Pair[] = [
  ['Tokyo', '도쿄'],
  ['Beijing', '베이징'],
  ['Washington', '워싱턴'],
  ['Moscow', '모스크바'],
  ['Pyongyang', '평양'],
  ['Hanoi', '하노이'],
  ['Geneva', '제네바'],
  ['Brussels', '브뤼셀'],
  ['Jakarta', '자카르타'],
  ['New Delhi', '뉴델리'],
];

export const PEOPLE: readonly Pair[] = [
  ['Kim Min-jun', '김민준'],
  ['Lee Seo-jin', '이서진'],
  ['Park Ji-woo', '박지우'],
  ['Choi Hyun-soo', '최현수'],
  ['Jung Ha-eun', '정하은'],
  ['Kang Do-yoon', '강도윤'],
  ['Yoon Su-ah', '윤수아'],
  ['Han Jae-won', '한재원'],
  ['Lim Ye-jin', '임예진'],
  ['Oh Sung-min', '오성민'],
];

export const ORGS: readonly Pair[] = [
  ['the finance ministry', '기획재정부'],
  ['the unification ministry', '통일부'],
  ['the presidential office', '대통령실'],
  ['the Bank of Korea', '한국은행'],
  ['the Korea Meteorological Administration', '기상청'],
  ['the Ministry of Land, Infrastructure and Transport', '국토교통부'],
  ['the Korea Disease Control and Prevention Agency', '질병관리청'],
  ['Statistics Korea', '통계청'],
  ['the Joint Chiefs of Staff', '합동참모본부'],
  ['the National Assembly', '국회'],
];

export const MONTHS: readonly Pair[] = [
  ['January', '1월'],
  ['February', '2월'],
  ['March', '3월'],
  ['April', '4월'],
  ['May', '5월'],
  ['June', '6월'],
  ['July', '7월'],
  ['August', '8월'],
  ['September', '9월'],
  ['October', '10월'],
  ['November', '11월'],
  ['December', '12월'],
];

/** Sentences any story may use, between the section's own. */
export const COMMON_SENTENCES: readonly Pair[] = [
  ['Officials said more details would be announced later this week.', '당국자들은 이번 주 후반 세부 사항을 발표할 예정이라고 밝혔다.'],
  ['{person}, a spokesperson for {org}, said the decision had been made after weeks of review.', '{org} 대변인 {person} 씨는 수 주간의 검토 끝에 결정이 내려졌다고 말했다.'],
  ['The figures for {month} were broadly in line with market expectations.', '{month} 수치는 대체로 시장 예상에 부합했다.'],
  ['Critics said the measures did not go far enough.', '비판론자들은 이번 조치가 충분하지 않다고 지적했다.'],
  ['The plan is expected to take effect from {month} next year, pending a vote.', '이 계획은 표결을 거쳐 내년 {month}부터 시행될 예정이다.'],
  ['About {n} people took part, according to organizers.', '주최 측에 따르면 약 {n}명이 참여했다.'],
  ['It was the first such case in {place} since {year}.', '{place}에서 이런 사례가 나온 것은 {year}년 이후 처음이다.'],
  ['Residents in {place} welcomed the news, local media reported.', '현지 언론은 {place} 주민들이 이 소식을 반겼다고 보도했다.'],
  ['The announcement came a day after a meeting in {place}.', '이번 발표는 {place}에서 회의가 열린 다음 날 나왔다.'],
  ['Experts cautioned that the effect could take months to show.', '전문가들은 효과가 나타나기까지 수개월이 걸릴 수 있다고 경고했다.'],
  ['The number has risen {pct} percent from a year earlier.', '이 수치는 1년 전보다 {pct}% 늘었다.'],
  ['"We will keep a close eye on the situation," {person} told reporters.', '{person} 씨는 기자들에게 "상황을 면밀히 지켜보겠다"고 말했다.'],
];

export const SECTION_TEXT: Record<string, SectionText> = {
  'north-korea': {
    headlines: [
      ['N. Korea fires ballistic missile into East Sea, JCS says', '북한, 동해상으로 탄도미사일 발사…합참 발표'],
      ['N. Korean leader inspects munitions factory in {place} province', '김정은, 군수공장 현지지도'],
      ['Unification ministry proposes talks on separated families', '통일부, 이산가족 문제 논의 위한 회담 제안'],
      ['N. Korea holds party plenary meeting to review economy', '북한, 경제 점검 위한 당 전원회의 개최'],
      ['Defectors arriving in S. Korea rise to {n} this year', '올해 탈북민 입국 {n}명으로 늘어'],
      ['N. Korea says it tested new cruise missile', '북한 "신형 순항미사일 시험발사"'],
    ],
    deks: [
      ['The launch was the {n}th this year, officials said.', '당국은 올해 들어 {n}번째 발사라고 밝혔다.'],
      ['State media said the leader called for more production.', '관영 매체는 지도자가 증산을 주문했다고 전했다.'],
      ['Seoul and Washington are analyzing the details.', '한미 당국이 세부 사항을 분석하고 있다.'],
    ],
    sentences: [
      ['The Joint Chiefs of Staff said the missile flew about {n} kilometers before landing in the East Sea.', '합동참모본부는 미사일이 약 {n}㎞를 비행한 뒤 동해상에 떨어졌다고 밝혔다.'],
      ["The North's official Korean Central News Agency reported the visit on Thursday.", '북한 관영 조선중앙통신은 목요일 이 방문 소식을 보도했다.'],
      ['South Korea and the United States strongly condemned the launch as a violation of UN resolutions.', '한국과 미국은 이번 발사를 유엔 결의 위반이라며 강하게 규탄했다.'],
      ['The unification ministry said it was closely watching developments in Pyongyang.', '통일부는 평양의 동향을 면밀히 주시하고 있다고 밝혔다.'],
      ['Analysts said the move appeared aimed at pressing Washington ahead of talks.', '분석가들은 이번 행보가 회담을 앞두고 미국을 압박하려는 것으로 보인다고 말했다.'],
      ['Kim Jong-un was accompanied by senior party officials, state media said.', '관영 매체는 김정은 위원장이 당 고위 간부들과 동행했다고 전했다.'],
    ],
    tags: [
      ['North Korea', '북한'],
      ['Kim Jong-un', '김정은'],
      ['Missiles', '미사일'],
      ['Inter-Korean relations', '남북관계'],
      ['Nuclear weapons', '핵무기'],
      ['Defectors', '탈북민'],
      ['Unification ministry', '통일부'],
      ['Russia', '러시아'],
      ['Korean Central News Agency', '조선중앙통신'],
      ['Separated families', '이산가족'],
      ['Kaesong', '개성'],
      ['Demilitarized Zone', '비무장지대'],
    ],
    authors: ['kim-seo-yeon', 'yonhap'],
  },
  politics: {
    headlines: [
      ['President calls for bipartisan cooperation on budget bill', '대통령, 예산안 처리 위한 초당적 협력 당부'],
      ['Ruling party picks new floor leader', '여당, 새 원내대표 선출'],
      ['Opposition walks out of parliamentary session over bill', '야당, 법안 처리 반발해 본회의 퇴장'],
      ['Assembly passes revision to election law', '국회, 선거법 개정안 통과'],
      ['Approval rating for president falls to {pct} percent: poll', '대통령 지지율 {pct}%로 하락…여론조사'],
      ['Prime minister nominee faces confirmation hearing', '국무총리 후보자 인사청문회'],
    ],
    deks: [
      ['The vote was {n} in favor.', '표결 결과 찬성 {n}표였다.'],
      ['Lawmakers are divided along party lines.', '여야 의원들의 의견이 당론에 따라 엇갈렸다.'],
      ['The poll surveyed 1,000 adults nationwide.', '이번 조사는 전국 성인 1천 명을 대상으로 했다.'],
    ],
    sentences: [
      ['The bill passed with {n} votes in favor in the 300-member National Assembly.', '법안은 재적 300명인 국회에서 찬성 {n}표로 통과됐다.'],
      ['The main opposition party said it would seek a review of the measure.', '제1야당은 이 조치에 대한 재검토를 요구하겠다고 밝혔다.'],
      ['The president made the remarks during a Cabinet meeting at the presidential office.', '대통령은 대통령실에서 열린 국무회의에서 이같이 말했다.'],
      ['Party leaders met for about an hour but failed to narrow their differences.', '여야 지도부는 약 1시간 동안 만났지만 이견을 좁히지 못했다.'],
      ['The next general election is scheduled for April.', '다음 총선은 4월에 치러질 예정이다.'],
      ['Gallup Korea said the survey had a margin of error of plus or minus 3.1 percentage points.', '한국갤럽은 이번 조사의 표본오차가 ±3.1%포인트라고 밝혔다.'],
    ],
    tags: [
      ['National Assembly', '국회'],
      ['Presidential office', '대통령실'],
      ['General election', '총선'],
      ['Budget', '예산안'],
      ['Opinion polls', '여론조사'],
      ['Parliamentary audit', '국정감사'],
      ['Cabinet', '내각'],
      ['Election law', '선거법'],
      ['Local elections', '지방선거'],
    ],
    authors: ['lee-hyun-woo', 'yonhap'],
  },
  business: {
    headlines: [
      ['Seoul shares close {pct} percent higher on chip rally', '코스피, 반도체 강세에 {pct}% 상승 마감'],
      ['Exports rise for {n}th straight month on chip demand', '수출, 반도체 수요에 {n}개월 연속 증가'],
      ['BOK keeps key rate unchanged at 3.5 percent', '한은, 기준금리 연 3.5% 동결'],
      ['Samsung Electronics posts {pct} percent rise in operating profit', '삼성전자 영업이익 {pct}% 증가'],
      ['Consumer prices rise {pct} percent in {month}', '{month} 소비자물가 {pct}% 상승'],
      ['Household debt hits record high in second quarter', '2분기 가계부채 사상 최대'],
    ],
    deks: [
      ['Foreign investors were net buyers for the {n}th session.', '외국인은 {n}거래일째 순매수했다.'],
      ['Chipmakers led the gains.', '반도체주가 상승을 이끌었다.'],
      ['The central bank cited uncertainty over inflation.', '중앙은행은 물가 불확실성을 이유로 들었다.'],
    ],
    sentences: [
      ['The benchmark Korea Composite Stock Price Index closed at {n} points.', '코스피는 {n}포인트에 장을 마감했다.'],
      ['Outbound shipments of semiconductors rose {pct} percent on-year, the trade ministry said.', '산업통상자원부는 반도체 수출이 전년 동기 대비 {pct}% 늘었다고 밝혔다.'],
      ['The Korean won closed at {n} won against the US dollar.', '원/달러 환율은 {n}원에 마감했다.'],
      ['The Bank of Korea said inflation was expected to slow in the second half.', '한국은행은 하반기 물가 상승세가 둔화할 것으로 예상했다.'],
      ['Trading volume was moderate at about 400 million shares.', '거래량은 약 4억 주로 평소 수준이었다.'],
      ['Memory chip prices have rebounded on demand for artificial intelligence servers.', '인공지능 서버 수요로 메모리 반도체 가격이 반등했다.'],
    ],
    tags: [
      ['Markets', '증시'],
      ['KOSPI', '코스피'],
      ['Semiconductors', '반도체'],
      ['Bank of Korea', '한국은행'],
      ['Exports', '수출'],
      ['Inflation', '물가'],
      ['Samsung Electronics', '삼성전자'],
      ['Household debt', '가계부채'],
      ['Interest rates', '기준금리'],
      ['SK hynix', 'SK하이닉스'],
      ['Hyundai Motor', '현대차'],
      ['Won', '원화'],
    ],
    authors: ['park-ji-hoon', 'yonhap'],
  },
  national: {
    headlines: [
      ['Heavy rain warning issued for {place}', '{place}에 호우경보 발령'],
      ['Subway fares in Seoul to rise by 150 won', '서울 지하철 요금 150원 인상'],
      ['Number of newborns falls to record low in {month}', '{month} 출생아 수 역대 최저'],
      ['Fire at factory in {place} kills {n}', '{place} 공장 화재로 {n}명 숨져'],
      ['Holiday traffic jams expected on expressways', '연휴 고속도로 정체 예상'],
      ['Heat wave advisory expands to most of the country', '폭염주의보 전국 대부분으로 확대'],
    ],
    deks: [
      ['Up to {n} millimeters of rain is forecast.', '최고 {n}㎜의 비가 예보됐다.'],
      ['The birth rate fell for the {n}th year.', '출산율은 {n}년째 하락했다.'],
      ['Police are investigating the cause.', '경찰이 원인을 조사하고 있다.'],
    ],
    sentences: [
      ['The Korea Meteorological Administration said up to {n} millimeters of rain could fall in {place}.', '기상청은 {place}에 최고 {n}㎜의 비가 내릴 수 있다고 밝혔다.'],
      ['Firefighters brought the blaze under control after about three hours.', '소방당국은 약 3시간 만에 불길을 잡았다.'],
      ['Statistics Korea said the total fertility rate fell to a record low.', '통계청은 합계출산율이 역대 최저로 떨어졌다고 밝혔다.'],
      ['About {n} vehicles were expected to leave Seoul on the first day of the holiday.', '연휴 첫날 약 {n}대의 차량이 서울을 빠져나갈 것으로 예상됐다.'],
      ['Police said they would look into whether safety rules had been followed.', '경찰은 안전 수칙 준수 여부를 조사할 방침이라고 밝혔다.'],
      ['Schools in {place} switched to remote classes for the day.', '{place} 지역 학교들은 이날 원격 수업으로 전환했다.'],
    ],
    tags: [
      ['Seoul', '서울'],
      ['Weather', '날씨'],
      ['Traffic', '교통'],
      ['Low birth rate', '저출산'],
      ['Public transport', '대중교통'],
      ['Holidays', '연휴'],
      ['Chuseok', '추석'],
      ['Fires', '화재'],
      ['Heat wave', '폭염'],
      ['Education', '교육'],
    ],
    authors: ['lee-hyun-woo', 'yonhap'],
  },
  world: {
    headlines: [
      ['Foreign minister meets Japanese counterpart in {foreign}', '외교장관, {foreign}에서 일본 외무상과 회담'],
      ['S. Korea, US hold talks on extended deterrence', '한미, 확장억제 협의'],
      ['Japan begins another release of Fukushima water', '일본, 후쿠시마 오염수 추가 방류 시작'],
      ['President to attend summit in {foreign}', '대통령, {foreign} 정상회의 참석'],
      ['Korea, China agree to resume high-level dialogue', '한중, 고위급 대화 재개 합의'],
      ['UN Security Council meets on N. Korean launch', '유엔 안보리, 북한 발사 관련 회의'],
    ],
    deks: [
      ['The two sides agreed to meet again within {n} months.', '양측은 {n}개월 안에 다시 만나기로 했다.'],
      ['The talks lasted about two hours.', '회담은 약 2시간 동안 진행됐다.'],
      ['Seoul said it would monitor the release closely.', '정부는 방류를 면밀히 감시하겠다고 밝혔다.'],
    ],
    sentences: [
      ['The two ministers met on the sidelines of a regional forum in {foreign}.', '두 장관은 {foreign}에서 열린 지역 포럼을 계기로 만났다.'],
      ['They agreed to strengthen cooperation on supply chains and security.', '양측은 공급망과 안보 분야 협력을 강화하기로 했다.'],
      ['The foreign ministry said the meeting was held in a friendly atmosphere.', '외교부는 회담이 우호적인 분위기에서 진행됐다고 밝혔다.'],
      ['Japan plans to release about {n} tons of treated water over 17 days.', '일본은 17일간 약 {n}t의 처리수를 방류할 계획이다.'],
      ['Beijing has repeatedly called for restraint from all sides.', '중국은 관련 당사국의 자제를 거듭 촉구해 왔다.'],
      ['The summit is expected to adopt a joint statement on trade.', '정상회의에서는 무역에 관한 공동성명이 채택될 것으로 예상된다.'],
    ],
    tags: [
      ['Japan', '일본'],
      ['United States', '미국'],
      ['China', '중국'],
      ['Diplomacy', '외교'],
      ['Fukushima', '후쿠시마'],
      ['United Nations', '유엔'],
      ['South Korea-Japan relations', '한일관계'],
      ['Summits', '정상회담'],
      ['Trade', '무역'],
    ],
    authors: ['yonhap', 'lee-hyun-woo'],
  },
  culture: {
    headlines: [
      ['Busan film festival opens with {n} films from 70 countries', '부산국제영화제, 70개국 {n}편으로 개막'],
      ['K-pop group tops Billboard chart for {n}th week', 'K팝 그룹, 빌보드 차트 {n}주 연속 정상'],
      ['Hangeul Day marked with events across the country', '한글날 맞아 전국에서 기념행사'],
      ['Exhibition of Joseon-era paintings opens in {place}', '조선시대 회화 전시회 {place}에서 개막'],
      ['Korean novelist wins international literary prize', '한국 소설가, 국제 문학상 수상'],
      ['Palace night tours return for autumn season', '고궁 야간 관람, 가을 시즌 재개'],
    ],
    deks: [
      ['The event runs until the end of {month}.', '행사는 {month} 말까지 이어진다.'],
      ['Tickets sold out within minutes.', '입장권은 몇 분 만에 매진됐다.'],
      ['About {n} visitors are expected.', '약 {n}명의 관람객이 찾을 것으로 예상된다.'],
    ],
    sentences: [
      ['The festival will screen {n} films from 70 countries over 10 days.', '영화제는 10일간 70개국 {n}편의 영화를 상영한다.'],
      ['The exhibition brings together works on loan from museums in {place} and abroad.', '전시회에는 {place}와 해외 박물관에서 빌려 온 작품들이 모였다.'],
      ['The group is set to begin a world tour in {month}.', '그룹은 {month}에 월드투어를 시작할 예정이다.'],
      ['Organizers said tickets for the opening night sold out within minutes.', '주최 측은 개막일 입장권이 몇 분 만에 매진됐다고 밝혔다.'],
      ['The novel has been translated into {n} languages.', '이 소설은 {n}개 언어로 번역됐다.'],
      ['Visitors can try on hanbok and watch traditional performances.', '방문객들은 한복을 입어 보고 전통 공연을 관람할 수 있다.'],
    ],
    tags: [
      ['Film', '영화'],
      ['K-pop', 'K팝'],
      ['Busan International Film Festival', '부산국제영화제'],
      ['Hangeul', '한글'],
      ['Exhibitions', '전시'],
      ['Literature', '문학'],
      ['Palaces', '고궁'],
      ['Hanbok', '한복'],
      ['Museums', '박물관'],
      ['Music', '음악'],
    ],
    authors: ['jung-da-eun', 'yonhap'],
  },
  sports: {
    headlines: [
      ['S. Korea beats Japan {n}-1 in football friendly', '한국, 축구 평가전서 일본에 {n}-1 승리'],
      ['Son Heung-min scores twice as Tottenham win', '손흥민 멀티골…토트넘 승리'],
      ['KBO season opens with record crowds', '프로야구 개막, 역대 최다 관중'],
      ['Korean golfer wins LPGA event in {foreign}', '한국 골퍼, {foreign} LPGA 대회 우승'],
      ['National team names squad for Asian Cup', '국가대표팀, 아시안컵 명단 발표'],
      ['Korea finishes third in Asian Games medal table', '한국, 아시안게임 종합 3위'],
    ],
    deks: [
      ['It was the team\'s {n}th win of the season.', '팀은 시즌 {n}승째를 거뒀다.'],
      ['The coach praised the defense.', '감독은 수비진을 칭찬했다.'],
      ['About {n} fans filled the stadium.', '약 {n}명의 팬이 경기장을 가득 메웠다.'],
    ],
    sentences: [
      ['About {n} fans packed the stadium in {place} for the match.', '이날 {place} 경기장에는 약 {n}명의 관중이 들어찼다.'],
      ['The winning goal came in the 78th minute from a set piece.', '결승골은 후반 33분 세트피스에서 나왔다.'],
      ['The head coach said the team would build on the result ahead of the qualifiers.', '감독은 예선을 앞두고 이번 결과를 발판으로 삼겠다고 말했다.'],
      ['The league said attendance was up {pct} percent from last season.', '리그 측은 관중 수가 지난 시즌보다 {pct}% 늘었다고 밝혔다.'],
      ['She finished four strokes ahead of the field at 18-under.', '그는 18언더파로 2위를 4타 차로 따돌렸다.'],
      ['The squad will gather for training in {place} next week.', '대표팀은 다음 주 {place}에서 소집 훈련을 한다.'],
    ],
    tags: [
      ['Football', '축구'],
      ['Baseball', '야구'],
      ['Son Heung-min', '손흥민'],
      ['KBO', '프로야구'],
      ['Golf', '골프'],
      ['Asian Games', '아시안게임'],
      ['National team', '국가대표팀'],
      ['Olympics', '올림픽'],
      ['Volleyball', '배구'],
    ],
    authors: ['jung-da-eun', 'yonhap'],
  },
};

/** Subheads used inside longer stories. */
export const SUBHEADS: readonly Pair[] = [
  ['Background', '배경'],
  ['What comes next', '향후 전망'],
  ['Reaction', '반응'],
  ['By the numbers', '숫자로 보기'],
];

/** The photos in public/images, described in both languages (alt: what it shows). */
export const PHOTOS: readonly { src: string; alt: Pair; caption: Pair }[] = [
  {
    src: '/images/kim-train-khabarovsk.jpg',
    alt: ['Illustration: an olive-green train with yellow stripes at a station platform', '일러스트: 역 플랫폼에 선 노란 줄무늬의 올리브색 열차'],
    caption: ['A special train at a station, in a file image.', '역에 정차한 특별열차(자료 사진).'],
  },
  {
    src: '/images/national-assembly-dome.jpg',
    alt: ['Illustration: a white colonnaded building with a large green dome', '일러스트: 커다란 초록색 돔이 있는 흰 열주 건물'],
    caption: ['The National Assembly in Seoul, in a file image.', '서울 여의도 국회의사당(자료 사진).'],
  },
  {
    src: '/images/samsung-chip-wafer.jpg',
    alt: ['Illustration: a round silicon wafer next to a black microchip', '일러스트: 둥근 실리콘 웨이퍼와 검은 마이크로칩'],
    caption: ['A semiconductor wafer, in a file image.', '반도체 웨이퍼(자료 사진).'],
  },
  {
    src: '/images/chuseok-expressway-moon.jpg',
    alt: ['Illustration: a full moon above a crowded expressway at night', '일러스트: 밤의 붐비는 고속도로 위 보름달'],
    caption: ['Cars on an expressway at night, in a file image.', '밤 고속도로의 차량 행렬(자료 사진).'],
  },
  {
    src: '/images/biff-red-carpet.jpg',
    alt: ['Illustration: a red carpet leading towards a building under a sloping roof', '일러스트: 경사진 지붕 아래 건물로 이어지는 레드카펫'],
    caption: ['A red carpet before a screening, in a file image.', '상영에 앞서 깔린 레드카펫(자료 사진).'],
  },
  {
    src: '/images/biff-outdoor-screening.jpg',
    alt: ['Illustration: an audience watching a film on an outdoor screen at dusk', '일러스트: 해 질 녘 야외 스크린으로 영화를 보는 관객'],
    caption: ['An outdoor screening, in a file image.', '야외 상영(자료 사진).'],
  },
  {
    src: '/images/asian-games-closing-fireworks.jpg',
    alt: ['Illustration: fireworks bursting above a brightly lit oval stadium', '일러스트: 밝게 빛나는 타원형 경기장 위로 터지는 불꽃'],
    caption: ['Fireworks over a stadium, in a file image.', '경기장 위 불꽃놀이(자료 사진).'],
  },
];

/** Datelines: the place in English capitals, just the place in Korean. */
export const DATELINES: readonly Pair[] = [['SEOUL', '서울'], ...PLACES.slice(1, 6).map(([en, ko]) => [en.toUpperCase(), ko] as const)];
