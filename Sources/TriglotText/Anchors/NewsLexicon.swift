import Foundation

/// A small Ukrainian–Russian–English lexicon of frequent news terms (countries, institutions,
/// titles, military and economic vocabulary, units, months), each mapped to a concept id.
///
/// Each line of ``entries`` reads `concept: uk stems | ru stems | en stems`; a concept may take
/// several lines. A stem matches any
/// word that starts with it (`німеччин` matches Німеччина, Німеччини, Німеччині); a stem ending
/// in `=` must match the whole word (`мер=`, `us=`), which short or ambiguous words need.
/// Stems are lower-case and use the apostrophe U+0027.
enum NewsLexicon {
  static let entries = """
    country.ukraine: україн | украин | ukrain
    country.russia: росі рф= російськ | росси рф= российск | russia
    country.usa: сша= америк | сша= америк | usa= america
    country.uk: британ | британ | britain british uk=
    country.germany: німеччин німецьк | германи немецк | german
    country.france: франці французьк | франци французск | france french
    country.poland: польщ польськ | польш польск | poland polish
    country.italy: італі італійськ | итали итальянск | ital
    country.japan: японі японськ | япони японск | japan
    country.china: китай китаю китаї китайськ | китай китая китае китайск | china chinese
    country.turkey: туреччин турецьк | турци турецк | turkey turkish
    country.moldova: молдов | молдов | moldova
    country.belarus: білорус | беларус белорус | belarus
    country.iceland: ісланді | исланди | iceland
    country.netherlands: нідерланд | нидерланд | netherland dutch
    country.canada: канад | канад | canad
    country.norway: норвегі норвезьк | норвеги норвежск | norw
    country.sweden: швеці шведськ | швеци шведск | swed
    country.romania: румуні | румыни | romania
    org.eu: єс= євросоюз європейськ | ес= евросоюз европейск | eu= europe
    org.nato: нато= | нато= | nato=
    org.un: оон= | оон= | un=
    org.imf: мвф= | мвф= | imf=
    org.worldbank: світов | всемирн мирово | world
    org.parliament: верховн парламент рада= раді= | верховн парламент рада= раде= | rada=
    org.parliament: ради= радою= раду= | рады= радой= раду= | parliament
    org.government: уряд кабмін кабінет | правительств кабмин кабинет | government cabinet
    org.ministry: міністерств мінфін | министерств минфин | ministry
    org.committee: комітет | комитет | committee
    org.nbu: нбу= нацбанк національн | нбу= нацбанк национальн | nbu= national
    org.army: зсу= збройн армі | всу= вооруженн арми | afu= army armed forces
    org.airforce: повітрян | воздушн | air=
    org.navy: вмс= флот | вмс= флот | navy naval
    org.sbu: сбу= | сбу= | sbu= security
    org.police: поліці | полици | police
    org.dsns: дснс= рятувальн | гснс= спасател | rescue emergency
    org.court: суд= суду= суді= | суд= суда= суде= | court
    org.court: судом= суддя судді | судом= судья судьи | judge
    org.prosecutor: прокурат прокурор | прокурат прокурор | prosecut
    org.company: компані підприємств | компани предприяти | compan enterprise plant=
    org.region: област обласн | област областн | region oblast
    org.city: міст= міста= місті= містом= міськ | город города= городе= городск | city
    title.president: президент | президент | president
    title.pm: прем'єр | премьер | prime premier
    title.minister: міністр | министр | minister
    title.mayor: мер= мера= мером= мерія міський голова | мэр= мэра= мэром= мэри | mayor
    title.head: голова голови очільник керівник | глава главы руководител | head= chair leader
    title.deputy: заступник віце | заместител вице | deputy vice
    title.mp: депутат нардеп | депутат нардеп | mp= mps= lawmaker deputies
    title.spokesman: речник спікер | спикер представител | spokes speaker
    title.ambassador: посол посла послом | посол посла послом | ambassador
    title.general: генерал | генерал | general
    title.commander: командувач командир | командующ командир | command
    title.coach: тренер | тренер | coach
    title.director: директор | директор | director
    war.missile: ракет | ракет | missile rocket
    war.drone: дрон безпілот бпла= шахед | дрон беспилот бпла= шахед | drone uav shahed
    war.attack: атак удар обстріл | атак удар обстрел | attack strike shell
    war.killed: загибл загину вбит убит | погиб убит | killed dead died death
    war.injured: поранен постражд | ранен пострада | injur wound
    war.front: фронт | фронт | front
    war.soldier: військов бійц воїн | военн бойц воин | militar soldier troop
    war.occupier: окупант окупац | оккупант оккупац | occup
    war.air.defense: ппо= протиповітрян | пво= противовоздушн | defense defence
    war.prisoner: полон | плен | prisoner captiv
    econ.budget: бюджет | бюджет | budget
    econ.tax: податк податок | налог | tax
    econ.sanctions: санкці | санкци | sanction
    econ.export: експорт | экспорт | export
    econ.import: імпорт | импорт | import
    econ.grain: зерн пшениц кукурудз | зерн пшениц кукуруз | grain wheat corn
    econ.port: порт= порту= порті= | порт= порта= порту= | port=
    econ.port: портів портах порти | порте= портов порты | ports=
    econ.energy: енерг електр | энерг электр | energ power electric
    econ.gas: газ= газу= газом= газов | газ= газа= газом= газов | gas=
    econ.price: ціна= ціни= ціну= цін= цінам цінов | цена= цены= цену= цен= ценам ценов | price
    econ.inflation: інфляц | инфляц | inflation
    econ.debt: борг | долг | debt
    econ.investment: інвест | инвест | invest
    econ.contract: контракт угод | контракт соглашен | contract deal agreement
    econ.production: виробництв виготов виробля | производств производ изготов | produc manufactur
    econ.reconstruction: відбудов відновлен | восстановлен отстро | reconstruct recover rebuild
    law.law: закон | закон | law bill=
    law.vote: голосув проголосув | голосова проголосова | vote voted voting
    law.decree: указ | указ | decree
    law.election: вибор | выбор | election
    sport.match: матч | матч | match game
    sport.goal: гол= голи= голом= голів | гол= голы= голом= голов= | goal
    sport.team: збірн команд | сборн команд | team squad
    sport.olympics: олімпі | олимпи | olymp
    sport.cup: кубок кубка кубку | кубок кубка кубке | cup=
    sport.championship: чемпіонат чс= | чемпионат чм= | championship
    sport.medal: медал | медал | medal
    culture.festival: фестивал | фестивал | festival
    culture.opera: опера= опери= опері= | опера= оперы= опере= | opera=
    culture.opera: оперу= оперн | оперу= оперн | operas=
    culture.theatre: театр | театр | theat
    culture.song: пісн | песн | song
    culture.film: фільм кіно | фильм кино | film movie cinema
    culture.eurovision: євробачен | евровиден | eurovision
    unit.uah: грн= гривн гривень | грн= гривн гривен | uah= hryvni
    unit.usd: долар $= | доллар $= | dollar usd= $=
    unit.eur: євро= € | евро= € | euro eur= €=
    unit.km: км= кілометр | км= километр | km= kilometer kilometre
    unit.ton: тонн т= | тонн т= | ton tonne
    unit.hour: годин | час= часа= часов часы | hour
    unit.day: доба= доби= добу= день дня днів дні | сутки= суток= день дня дней дни | day
    unit.week: тижн тиждень | недел | week
    unit.year: рік= року= році= роки= років | год= года= году= годы= лет= | year
    unit.month: місяц | месяц | month
    unit.people: людей людин осіб | людей человек | people persons
    unit.children: діт дитин | детей= дети= детьми= ребен | child
    weekday.monday: понеділ | понедельник | monday
    weekday.tuesday: вівтор | вторник | tuesday
    weekday.wednesday: середа= середу= середи= | среда= среду= среды= | wednesday
    weekday.thursday: четвер= четверга четвергу | четверг | thursday
    weekday.friday: п'ятниц | пятниц | friday
    weekday.saturday: субот | суббот | saturday
    weekday.sunday: неділ | воскресен | sunday
    time.night: ніч= ночі= вночі= нічн | ночь ночью ночи= ночн | night overnight
    time.morning: ранок ранку вранці | утр | morning
    time.evening: вечір вечор | вечер | evening
    """

  /// One stem of an entry.
  struct Stem {
    var text: String
    var exact: Bool
    var concept: String
  }

  /// Stems indexed by their first three characters (or the whole stem when shorter).
  static let index: [String: [Stem]] = {
    var result: [String: [Stem]] = [:]
    for line in entries.split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2 else { continue }
      let concept = parts[0].trimmingCharacters(in: .whitespaces)
      for word in parts[1].split(whereSeparator: { $0 == " " || $0 == "|" }) {
        let exact = word.hasSuffix("=")
        let text = exact ? String(word.dropLast()) : String(word)
        result[String(text.prefix(3)), default: []].append(
          Stem(text: text, exact: exact, concept: concept))
      }
    }
    return result
  }()

  /// The concept a lower-case word stands for, if the lexicon has it. The longest stem wins.
  static func concept(of word: String) -> String? {
    var best: Stem?
    for stem in index[String(word.prefix(3)), default: []] {
      let matches = stem.exact ? word == stem.text : word.hasPrefix(stem.text)
      if matches, stem.text.count > (best?.text.count ?? -1) { best = stem }
    }
    return best?.concept
  }
}
