extension NameEquivalents {
  /// Places: Ukrainian | Russian | English and romanized spellings.
  static let placeLines = """
    Україна | Украина | Ukraine
    Київ | Киев | Kyiv, Kiev
    Харків | Харьков | Kharkiv, Kharkov
    Одеса | Одесса | Odesa, Odessa
    Дніпро | Днепр | Dnipro, Dnepr
    Запоріжжя | Запорожье | Zaporizhzhia, Zaporizhia, Zaporozhye
    Львів | Львов | Lviv, Lvov
    Миколаїв | Николаев | Mykolaiv, Nikolaev, Nikolayev
    Чернігів | Чернигов | Chernihiv, Chernigov
    Рівне | Ровно | Rivne, Rovno
    Біла Церква | Белая Церковь | Bila Tserkva, Belaya Tserkov
    Кривий Ріг | Кривой Рог | Kryvyi Rih, Krivoy Rog
    Донецьк | Донецк | Donetsk
    Луганськ | Луганск | Luhansk, Lugansk
    Херсон | Херсон | Kherson
    Маріуполь | Мариуполь | Mariupol
    Полтава | Полтава | Poltava
    Суми | Сумы | Sumy
    Житомир | Житомир | Zhytomyr, Zhitomir
    Вінниця | Винница | Vinnytsia, Vinnitsa
    Черкаси | Черкассы | Cherkasy, Cherkassy
    Чернівці | Черновцы | Chernivtsi, Chernovtsy
    Тернопіль | Тернополь | Ternopil, Ternopol
    Хмельницький | Хмельницкий | Khmelnytskyi, Khmelnitsky, Khmelnytsky
    Івано-Франківськ | Ивано-Франковск | Ivano-Frankivsk, Ivano-Frankovsk
    Ужгород | Ужгород | Uzhhorod, Uzhgorod
    Луцьк | Луцк | Lutsk
    Кропивницький | Кропивницкий | Kropyvnytskyi, Kropivnitsky
    Сімферополь | Симферополь | Simferopol
    Севастополь | Севастополь | Sevastopol
    Ялта | Ялта | Yalta
    Керч | Керчь | Kerch
    Бахмут | Бахмут | Bakhmut
    Авдіївка | Авдеевка | Avdiivka, Avdeevka, Avdeyevka
    Краматорськ | Краматорск | Kramatorsk
    Слов'янськ | Славянск | Sloviansk, Slovyansk, Slavyansk
    Мелітополь | Мелитополь | Melitopol
    Бердянськ | Бердянск | Berdiansk, Berdyansk
    Енергодар | Энергодар | Enerhodar, Energodar
    Нікополь | Никополь | Nikopol
    Кам'янське | Каменское | Kamianske, Kamenskoye
    Павлоград | Павлоград | Pavlohrad, Pavlograd
    Ізюм | Изюм | Izium, Izyum
    Куп'янськ | Купянск | Kupiansk, Kupyansk
    Лисичанськ | Лисичанск | Lysychansk, Lisichansk
    Сєвєродонецьк | Северодонецк | Sievierodonetsk, Severodonetsk
    Бровари | Бровары | Brovary
    Буча | Буча | Bucha
    Ірпінь | Ирпень | Irpin
    Гостомель | Гостомель | Hostomel, Gostomel
    Бородянка | Бородянка | Borodianka, Borodyanka
    Вишгород | Вышгород | Vyshhorod, Vyshgorod
    Умань | Умань | Uman
    Кременчук | Кременчуг | Kremenchuk, Kremenchug
    Конотоп | Конотоп | Konotop
    Ніжин | Нежин | Nizhyn, Nezhin
    Мукачево | Мукачево | Mukachevo
    Дрогобич | Дрогобыч | Drohobych, Drogobych
    Ковель | Ковель | Kovel
    Бердичів | Бердичев | Berdychiv, Berdichev
    Ізмаїл | Измаил | Izmail
    Покровськ | Покровск | Pokrovsk
    Вугледар | Угледар | Vuhledar, Ugledar
    Торецьк | Торецк | Toretsk
    Часів Яр | Часов Яр | Chasiv Yar, Chasov Yar
    Олександрія | Александрия | Oleksandriia, Alexandria
    Чорнобиль | Чернобыль | Chornobyl, Chernobyl
    Прип'ять | Припять | Prypiat, Pripyat
    Крим | Крым | Crimea, Krym
    Донбас | Донбасс | Donbas, Donbass
    Дністер | Днестр | Dnister, Dniester, Dnestr
    Десна | Десна | Desna
    Дунай | Дунай | Danube, Dunai
    Азов | Азов | Azov
    Чорне море | Чёрное море, Черное море | Black Sea
    Росія | Россия | Russia
    Москва | Москва | Moscow, Moskva
    Санкт-Петербург, Петербург | Санкт-Петербург, Петербург | Saint Petersburg, St Petersburg, St. Petersburg, Sankt-Peterburg
    Білгород | Белгород | Belgorod, Bilhorod
    Курськ | Курск | Kursk
    Брянськ | Брянск | Bryansk
    Ростов-на-Дону | Ростов-на-Дону | Rostov-on-Don, Rostov-na-Donu
    Воронеж | Воронеж | Voronezh
    Новосибірськ | Новосибирск | Novosibirsk
    Єкатеринбург | Екатеринбург | Yekaterinburg, Ekaterinburg
    Казань | Казань | Kazan
    Волгоград | Волгоград | Volgograd
    Самара | Самара | Samara
    Смоленськ | Смоленск | Smolensk
    Мурманськ | Мурманск | Murmansk
    Калінінград | Калининград | Kaliningrad
    Чечня | Чечня | Chechnya
    Грозний | Грозный | Grozny
    Сибір | Сибирь | Siberia
    Владивосток | Владивосток | Vladivostok
    Білорусь | Беларусь, Белоруссия | Belarus
    Мінськ | Минск | Minsk
    Польща | Польша | Poland
    Варшава | Варшава | Warsaw
    Краків | Краков | Krakow, Kraków, Cracow
    Німеччина | Германия | Germany
    Берлін | Берлин | Berlin
    Франція | Франция | France
    Париж | Париж | Paris
    Велика Британія, Британія | Великобритания, Британия | United Kingdom, Britain, Great Britain
    Лондон | Лондон | London
    Сполучені Штати, США | Соединённые Штаты, Соединенные Штаты, США | United States, USA
    Вашингтон | Вашингтон | Washington
    Нью-Йорк | Нью-Йорк | New York
    Італія | Италия | Italy
    Рим | Рим | Rome
    Іспанія | Испания | Spain
    Мадрид | Мадрид | Madrid
    Туреччина | Турция | Turkey, Türkiye
    Анкара | Анкара | Ankara
    Стамбул | Стамбул | Istanbul
    Китай | Китай | China
    Пекін | Пекин | Beijing, Peking
    Японія | Япония | Japan
    Токіо | Токио | Tokyo
    Індія | Индия | India
    Грузія | Грузия | Georgia
    Тбілісі | Тбилиси | Tbilisi
    Молдова | Молдова, Молдавия | Moldova
    Кишинів | Кишинёв, Кишинев | Chisinau, Kishinev
    Румунія | Румыния | Romania
    Бухарест | Бухарест | Bucharest
    Угорщина | Венгрия | Hungary
    Будапешт | Будапешт | Budapest
    Словаччина | Словакия | Slovakia
    Братислава | Братислава | Bratislava
    Чехія | Чехия | Czechia, Czech Republic
    Прага | Прага | Prague
    Литва | Литва | Lithuania
    Вільнюс | Вильнюс | Vilnius
    Латвія | Латвия | Latvia
    Рига | Рига | Riga
    Естонія | Эстония | Estonia
    Таллінн | Таллин | Tallinn
    Фінляндія | Финляндия | Finland
    Гельсінкі | Хельсинки | Helsinki
    Швеція | Швеция | Sweden
    Стокгольм | Стокгольм | Stockholm
    Норвегія | Норвегия | Norway
    Осло | Осло | Oslo
    Данія | Дания | Denmark
    Копенгаген | Копенгаген | Copenhagen
    Нідерланди | Нидерланды | Netherlands
    Амстердам | Амстердам | Amsterdam
    Бельгія | Бельгия | Belgium
    Брюссель | Брюссель | Brussels
    Австрія | Австрия | Austria
    Відень | Вена | Vienna
    Швейцарія | Швейцария | Switzerland
    Женева | Женева | Geneva
    Казахстан | Казахстан | Kazakhstan
    Астана | Астана | Astana
    Ізраїль | Израиль | Israel
    Єрусалим | Иерусалим | Jerusalem
    Іран | Иран | Iran
    Канада | Канада | Canada
    Європа | Европа | Europe
    Вірменія | Армения | Armenia
    Єреван | Ереван | Yerevan
    Азербайджан | Азербайджан | Azerbaijan
    Баку | Баку | Baku
    Греція | Греция | Greece
    Афіни | Афины | Athens
    Болгарія | Болгария | Bulgaria
    Сербія | Сербия | Serbia
    Белград | Белград | Belgrade
    Хорватія | Хорватия | Croatia
    """
}
