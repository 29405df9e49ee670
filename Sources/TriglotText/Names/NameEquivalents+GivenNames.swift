extension NameEquivalents {
  /// First names: Ukrainian | Russian | English and romanized spellings.
  static let givenNameLines = """
    Олександр | Александр | Oleksandr, Alexander, Aleksandr, Alexandr
    Олексій | Алексей | Oleksii, Oleksiy, Alexei, Alexey, Aleksei, Aleksey
    Андрій | Андрей | Andrii, Andriy, Andrei, Andrey
    Анатолій | Анатолий | Anatolii, Anatoliy, Anatoly
    Антон | Антон | Anton
    Аркадій | Аркадий | Arkadii, Arkadiy, Arkady
    Арсеній | Арсений | Arsenii, Arseniy, Arseny
    Арсен | Арсен | Arsen
    Артем | Артём, Артем | Artem, Artyom
    Богдан | Богдан | Bohdan, Bogdan
    Борис | Борис | Borys, Boris
    Борислав | Борислав | Boryslav, Borislav
    Вадим | Вадим | Vadym, Vadim
    Валентин | Валентин | Valentyn, Valentin
    Валерій | Валерий | Valerii, Valeriy, Valery
    Василь | Василий | Vasyl, Vasily, Vasiliy, Vassily
    Веніамін | Вениамин | Veniamin
    Віктор | Виктор | Viktor, Victor
    Вікентій | Викентий | Vikentii, Vikenty
    Віссаріон | Виссарион | Vissarion
    Віталій | Виталий | Vitalii, Vitaliy, Vitaly
    Владислав | Владислав | Vladyslav, Vladislav
    Володимир | Владимир | Volodymyr, Vladimir
    Всеволод | Всеволод | Vsevolod
    В'ячеслав | Вячеслав | Viacheslav, Vyacheslav
    Гаврило | Гавриил, Гаврила | Havrylo, Gavriil
    Геннадій | Геннадий | Hennadii, Hennadiy, Gennady, Gennadiy
    Георгій | Георгий | Heorhii, Heorhiy, Georgy, Georgiy, Georgii
    Герасим | Герасим | Herasym, Gerasim
    Герман | Герман | Herman, German
    Гліб | Глеб | Hlib, Gleb
    Гнат, Ігнат | Игнат | Hnat, Ihnat, Ignat
    Гордій | Гордей | Hordii, Gordei, Gordey
    Григорій | Григорий | Hryhorii, Hryhoriy, Grigory, Grigoriy
    Давид | Давид | Davyd, David
    Данило | Даниил, Данила | Danylo, Daniil, Danila
    Дем'ян | Демьян | Demian, Demyan
    Денис | Денис | Denys, Denis
    Дмитро | Дмитрий | Dmytro, Dmitry, Dmitriy, Dmitrii, Dmitri
    Едуард | Эдуард | Eduard
    Ельдар | Эльдар | Eldar
    Євген | Евгений | Yevhen, Yevgeny, Yevgeniy, Evgeny, Evgenii, Evgeniy
    Єгор | Егор | Yehor, Yegor, Egor
    Єлисей | Елисей | Yelysei, Yelisey, Elisei
    Захар | Захар | Zakhar
    Зіновій | Зиновий | Zinovii, Zinoviy, Zinovy
    Зорян | Зорян | Zorian, Zoryan
    Іван | Иван | Ivan
    Ігор | Игорь | Ihor, Igor
    Ілля | Илья | Illia, Illya, Ilya
    Ілларіон | Илларион | Illarion
    Йосип | Иосиф | Yosyp, Iosif, Joseph
    Карпо | Карп | Karpo, Karp
    Кирило | Кирилл | Kyrylo, Kirill
    Клим | Клим | Klym, Klim
    Климент | Климент | Klyment, Kliment
    Костянтин | Константин | Kostiantyn, Kostyantyn, Konstantin
    Кузьма | Кузьма | Kuzma
    Лаврентій | Лаврентий | Lavrentii, Lavrenty
    Лев | Лев | Lev
    Леонід | Леонид | Leonid
    Лука | Лука | Luka
    Лук'ян | Лукьян | Lukian, Lukyan
    Любомир | Любомир | Liubomyr, Lyubomyr, Lyubomir
    Макар | Макар | Makar
    Максим | Максим | Maksym, Maxim, Maksim
    Марат | Марат | Marat
    Марко | Марк | Marko, Mark
    Мар'ян | Марьян | Marian, Maryan
    Матвій | Матвей | Matvii, Matviy, Matvei, Matvey
    Микита | Никита | Mykyta, Nikita
    Микола | Николай | Mykola, Nikolai, Nikolay
    Мирон | Мирон | Myron, Miron
    Мирослав | Мирослав | Myroslav, Miroslav
    Михайло | Михаил | Mykhailo, Mykhaylo, Mikhail
    Мстислав | Мстислав | Mstyslav, Mstislav
    Мустафа | Мустафа | Mustafa
    Назар | Назар | Nazar
    Назарій | Назарий | Nazarii, Nazariy
    Наум | Наум | Naum
    Нестор | Нестор | Nestor
    Никифор | Никифор | Nykyfor, Nikifor
    Олег | Олег | Oleh, Oleg
    Олесь | Олесь | Oles
    Омелян | Емельян | Omelian, Omelyan, Yemelyan
    Онуфрій | Онуфрий | Onufrii, Onufriy
    Орест | Орест | Orest
    Остап | Остап | Ostap
    Павло | Павел | Pavlo, Pavel
    Панас, Опанас | Афанасий | Panas, Opanas, Afanasy
    Петро | Пётр, Петр | Petro, Pyotr, Petr
    Пилип, Філіп | Филипп | Pylyp, Filip, Filipp, Philip
    Платон | Платон | Platon
    Потап | Потап | Potap
    Прокіп | Прокопий | Prokip, Prokopy
    Прохор | Прохор | Prokhor
    Ренат | Ренат | Renat
    Роберт | Роберт | Robert
    Родіон | Родион | Rodion
    Роман | Роман | Roman
    Ростислав | Ростислав | Rostyslav, Rostislav
    Руслан | Руслан | Ruslan
    Рустем | Рустем | Rustem
    Ахтем | Ахтем | Akhtem
    Савелій | Савелий | Savelii, Saveliy, Savely
    Сава | Савва | Sava, Savva
    Самійло | Самуил | Samiilo, Samuil
    Святослав | Святослав | Sviatoslav, Svyatoslav
    Северин | Северин | Severyn, Severin
    Семен | Семён, Семен | Semen, Semyon
    Сергій | Сергей | Serhii, Serhiy, Sergei, Sergey, Sergiy
    Сидір | Сидор | Sydir, Sidor
    Станіслав | Станислав | Stanislav
    Стефан | Стефан | Stefan
    Степан | Степан | Stepan
    Тарас | Тарас | Taras
    Тимофій | Тимофей | Tymofii, Tymofiy, Timofei, Timofey
    Тимур | Тимур | Tymur, Timur
    Тихон | Тихон | Tykhon, Tikhon
    Трохим | Трофим | Trokhym, Trofim
    Улас | Влас | Ulas, Vlas
    Федір | Фёдор, Федор | Fedir, Fyodor, Fedor
    Фелікс | Феликс | Feliks, Felix
    Харитон | Харитон | Kharyton, Khariton
    Хома | Фома | Khoma, Foma
    Юліан | Юлиан | Yulian, Julian
    Юрій | Юрий | Yurii, Yuriy, Yuri, Yury
    Юхим | Ефим | Yukhym, Yefim, Efim
    Яким | Аким | Yakym, Akim
    Яків | Яков | Yakiv, Yakov
    Ян | Ян | Yan, Jan
    Ярослав | Ярослав | Yaroslav
    Адам | Адам | Adam
    Альберт | Альберт | Albert
    Олена | Елена | Olena, Elena, Yelena
    Ольга | Ольга | Olha, Olga
    Наталія, Наталя | Наталья, Наталия | Nataliia, Natalia, Natalya, Nataliya
    Катерина | Екатерина | Kateryna, Yekaterina, Ekaterina, Katerina
    Марія | Мария | Mariia, Maria, Mariya
    Ганна, Анна | Анна | Hanna, Anna
    Тетяна | Татьяна | Tetiana, Tetyana, Tatiana, Tatyana
    Ірина | Ирина | Iryna, Irina
    Юлія | Юлия | Yuliia, Yulia, Yuliya, Julia
    Оксана | Оксана | Oksana
    Світлана | Светлана | Svitlana, Svetlana
    Людмила | Людмила | Liudmyla, Lyudmyla, Lyudmila, Ludmila
    Галина | Галина | Halyna, Galina
    Валентина | Валентина | Valentyna, Valentina
    Надія | Надежда | Nadiia, Nadiya, Nadezhda
    Любов | Любовь | Liubov, Lyubov
    Віра | Вера | Vira, Vera
    Софія | София, Софья | Sofiia, Sofia, Sofiya, Sofya, Sophia
    Анастасія | Анастасия | Anastasiia, Anastasia, Anastasiya
    Дарія, Дар'я | Дарья, Дария | Dariia, Daria, Darya, Dariya
    Вікторія | Виктория | Viktoriia, Viktoria, Victoria
    Олександра | Александра | Oleksandra, Alexandra, Aleksandra
    Євгенія | Евгения | Yevheniia, Yevgenia, Evgenia, Evgeniya
    Лариса | Лариса | Larysa, Larisa
    Лідія | Лидия | Lidiia, Lidia, Lidiya, Lydia
    Зоя | Зоя | Zoia, Zoya
    Інна | Инна | Inna
    Алла | Алла | Alla
    Альона | Алёна, Алена | Alona, Alyona, Alena
    Анжеліка | Анжелика | Anzhelika, Angelika
    Яна | Яна | Yana
    Марина | Марина | Maryna, Marina
    Христина | Кристина | Khrystyna, Kristina, Christina
    Вероніка | Вероника | Veronika
    Діана | Диана | Diana
    Аліна | Алина | Alina
    Поліна | Полина | Polina
    Ксенія | Ксения | Kseniia, Ksenia, Kseniya
    Ангеліна | Ангелина | Anhelina, Angelina
    Валерія | Валерия | Valeriia, Valeria, Valeriya
    Єлизавета | Елизавета | Yelyzaveta, Yelizaveta, Elizaveta
    Зінаїда | Зинаида | Zinaida
    Раїса | Раиса | Raisa
    Тамара | Тамара | Tamara
    Ніна | Нина | Nina
    Антоніна | Антонина | Antonina
    Лілія | Лилия | Liliia, Lilia, Liliya
    Мирослава | Мирослава | Myroslava, Miroslava
    Богдана | Богдана | Bohdana, Bogdana
    Соломія | Соломия | Solomiia, Solomia
    Уляна | Ульяна | Uliana, Ulyana
    Євдокія | Евдокия | Yevdokiia, Evdokia
    Олеся | Олеся, Алеся | Olesia, Olesya
    Леся | Леся | Lesia, Lesya
    Жанна | Жанна | Zhanna
    Майя | Майя | Maiia, Maya
    Маргарита | Маргарита | Marharyta, Margarita
    Віолетта | Виолетта | Violetta
    Карина | Карина | Karyna, Karina
    Кіра | Кира | Kira
    Мілана | Милана | Milana
    Ярослава | Ярослава | Yaroslava
    Станіслава | Станислава | Stanislava
    Владислава | Владислава | Vladyslava, Vladislava
    Арина | Арина | Aryna, Arina
    Єва | Ева | Yeva, Eva
    Злата | Злата | Zlata
    Емілія | Эмилия | Emiliia, Emilia
    Таїсія | Таисия | Taisiia, Taisia
    Фаїна | Фаина | Faina
    Ельвіра | Эльвира | Elvira
    Клавдія | Клавдия | Klavdiia, Klavdia
    Руслана | Руслана | Ruslana
    Роксолана | Роксолана | Roksolana
    Стефанія | Стефания | Stefaniia, Stefania
    Мар'яна | Марьяна | Mariana, Maryana
    Інеса | Инесса | Inesa, Inessa
    Регіна | Регина | Rehina, Regina
    Ліна | Лина | Lina
    Дарина | Дарина | Daryna, Darina
    Ніка | Ника | Nika
    Аліса | Алиса | Alisa
    Ілона | Илона | Ilona
    Серафима | Серафима | Serafyma, Serafima
    Марта | Марта | Marta
    Варвара | Варвара | Varvara
    Евеліна | Эвелина | Evelina
    Сніжана | Снежана | Snizhana, Snezhana
    Ярина | Ярина | Yaryna, Yarina
    Агата | Агата | Ahata, Agata
    Римма | Римма | Rymma, Rimma
    """
}
