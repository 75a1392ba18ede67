#!/usr/bin/env python3
"""Synthetic casualty-list generator for record-linkage evaluation.

Produces several overlapping casualty lists of one simulated population of
conflict dead (Syria-like), written as a single "Linkage CSV":

    id,name,source,sex,age,date,place,status,person

`person` is the ground-truth identity (records of the same dead share it).

Usage:  python3 gen.py --people N --seed S --out FILE.csv

Standard library only; output is fully determined by (N, seed).
"""
import argparse
import bisect
import csv
import datetime
import math
import random
import sys

# ---------------------------------------------------------------------------
# Name inventories.  Format per line:  Arabic | Latin variants (comma sep.)
# Lines are in rough order of popularity; sampling weights are Zipf-like on
# the rank.  For "عبد ال..." compounds the Latin field holds only the root
# (e.g. "Rahman") and the Abd- forms are generated.
# ---------------------------------------------------------------------------

MALE_RAW = """
محمد|Mohammad,Muhammad,Mohamed,Mohammed,Mohamad,Muhammed,Mhd,Mohammad
أحمد|Ahmad,Ahmed,Ahmet
علي|Ali,Aly,Alee
محمود|Mahmoud,Mahmud,Mahmood
خالد|Khaled,Khalid,Khaled
حسن|Hasan,Hassan,Hasen
عمر|Omar,Umar,Omer
عبد الله|Abdullah,Abdallah,Abd Allah,Abdulla,Abdellah,Abdalla
حسين|Hussein,Husain,Hussain,Hosein,Husein
إبراهيم|Ibrahim,Ebrahim,Ibraheem,Brahim
يوسف|Yousef,Yusuf,Youssef,Yousif,Yusef
مصطفى|Mustafa,Moustafa,Mostafa,Mustapha
عبد الرحمن|@Rahman,Rahmane
عبد الكريم|@Karim,Kareem
عبد القادر|@Qader,Qadir,Kader
فادي|Fadi,Fady
رامي|Rami,Ramy
سامر|Samer,Samir
وليد|Walid,Waleed,Oualid
جمال|Jamal,Jamaal,Gamal
عادل|Adel,Adil
سعيد|Said,Saeed,Sa'id
ياسر|Yaser,Yasser,Yasir
ماهر|Maher,Mahir
بلال|Bilal,Belal
عماد|Imad,Emad
طارق|Tareq,Tariq,Tarek
زياد|Ziad,Ziyad,Zeyad
عمار|Ammar,Amar
أسامة|Osama,Usama,Ousama,Oussama
هيثم|Haitham,Haytham,Heitham
حمزة|Hamza,Hamzeh,Hamzah
أنس|Anas,Annas
معاذ|Muath,Moaz,Muadh,Mouaz
سليمان|Sulaiman,Suleiman,Soliman,Sleiman
عيسى|Issa,Eissa,Isa
موسى|Musa,Mousa,Moussa
صالح|Saleh,Salih
جاسم|Jasem,Jassim,Jasim
فيصل|Faisal,Faysal,Feisal
نور الدين|Nour al-Din,Noureddine,Nur al-Din,Nouraldin,Nour Eddin,Nuraddin
علاء الدين|Alaa al-Din,Alaeddine,Alaaldin,Alaa Eddin
صلاح الدين|Salah al-Din,Salaheddine,Salahuddin,Salah Eddin
عز الدين|Izz al-Din,Ezzeddine,Ezzaldeen,Ezz Eddin
سيف الدين|Saif al-Din,Saifeddine,Seif Eddin,Saifuddin
خليل|Khalil,Khaleel
إسماعيل|Ismail,Ismael,Esmail,Ismaeel
عثمان|Othman,Uthman,Osman
أيمن|Ayman,Aiman
باسل|Basel,Basil
حسام|Hussam,Hosam,Husam,Houssam
وائل|Wael,Wa'il,Wail
منذر|Munther,Monzer,Mundhir
نزار|Nizar,Nezar
غسان|Ghassan,Ghasan
سمير|Samir,Sameer
ناصر|Nasser,Naser,Nasir
منصور|Mansour,Mansur
جميل|Jamil,Jameel
كمال|Kamal,Kamel
رياض|Riad,Riyad,Riyadh
عدنان|Adnan
مازن|Mazen,Mazin
فراس|Firas,Feras
عامر|Amer,Aamer
نبيل|Nabil,Nabeel
هشام|Hisham,Hesham
شادي|Shadi,Chadi
إياد|Iyad,Eyad,Iyyad
مهند|Muhannad,Mohannad,Mouhannad
يحيى|Yahya,Yehia,Yahia
زكريا|Zakaria,Zakariya,Zakariyya
عبد العزيز|@Aziz,Azeez
عبد الرحيم|@Rahim,Raheem
عبد الحميد|@Hamid,Hameed
عبد الناصر|@Nasser,Naser
عبد الباسط|@Basit,Baset
عبد اللطيف|@Latif,Lateef
عبد الغني|@Ghani,Ghany
عبد السلام|@Salam,Salaam
عبد الهادي|@Hadi,Hady
عبد الجبار|@Jabbar,Jabar
عبد الستار|@Sattar,Satar
عبد المجيد|@Majid,Majeed
عبد الحكيم|@Hakim,Hakeem
عبد الوهاب|@Wahhab,Wahab
عبد الفتاح|@Fattah,Fatah
عبد الرزاق|@Razzaq,Razzak,Razak
عبد المنعم|@Monem,Munim,Moneim
عبد الإله|@Ilah,Elah
عبد الحليم|@Halim,Haleem
عبد الجليل|@Jalil,Jaleel
عبد المعين|@Muin,Moein
عبد الرؤوف|@Raouf,Rauf
عبد المحسن|@Mohsen,Muhsin
عبد الخالق|@Khaleq,Khaliq
عبد الحي|@Hay,Hai
عبد الباري|@Bari,Barri
عبد الودود|@Wadud,Wadoud
عبد الصمد|@Samad,Samed
عبد العليم|@Alim,Aleem
رضوان|Radwan,Redwan,Ridwan
مروان|Marwan
عمران|Imran,Omran
قاسم|Qasem,Kassem,Qasim
هاني|Hani,Hany
سامي|Sami,Samy
نادر|Nader,Nadir
بشار|Bashar,Bachar
بشير|Bashir,Bachir,Basheer
نذير|Nazir,Nadhir,Nadir
منير|Munir,Mounir
أنور|Anwar,Anouar
جهاد|Jihad,Jehad
نضال|Nidal,Nedal
محسن|Mohsen,Muhsin
فؤاد|Fouad,Fuad,Foad
رائد|Raed,Ra'id
أكرم|Akram
أيوب|Ayoub,Ayyub,Ayub
داود|Dawood,Dawud,Daoud
سلمان|Salman
لؤي|Louay,Luay,Loai
قصي|Qusay,Qussai,Kousai
مؤمن|Moamen,Mumin,Mo'men
نعيم|Naim,Naeem
حامد|Hamed,Hamid
حميد|Hamid,Hameed
راشد|Rashed,Rashid
رشيد|Rashid,Rachid,Rasheed
صابر|Saber,Sabir
صبحي|Subhi,Sobhi
فتحي|Fathi,Fethi
لطفي|Lutfi,Lotfi
مجدي|Majdi,Magdi
حمدي|Hamdi
شريف|Sharif,Cherif,Shareef
عارف|Aref,Arif
عاطف|Atef,Atif
عصام|Issam,Essam
غازي|Ghazi
فايز|Fayez,Faiz
فواز|Fawwaz,Fawaz
مالك|Malek,Malik
معتز|Moutaz,Mutaz,Moataz
مأمون|Mamoun,Ma'mun,Mamun
نواف|Nawaf,Nawwaf
هادي|Hadi,Hady
وسيم|Wassim,Wasim,Waseem
يزن|Yazan
يامن|Yamen,Yamin
أمجد|Amjad
أسعد|Asaad,As'ad
بسام|Bassam,Basam
تامر|Tamer,Tamir
ثائر|Thaer,Tha'ir
جلال|Jalal
حازم|Hazem,Hazim
حيدر|Haidar,Haider,Hayder
خضر|Khader,Khidr,Khodr
راضي|Radi,Rady
زاهر|Zaher,Zahir
زهير|Zuhair,Zouheir,Zoheir
سالم|Salem,Salim
سليم|Salim,Selim,Saleem
شاكر|Shaker,Shakir
صدام|Saddam
ضياء|Diaa,Dia,Dhiya
طلال|Talal
طه|Taha
ظافر|Dhafer,Zafer
عدي|Udai,Odai,Uday
عقيل|Aqil,Akil,Aqeel
عوض|Awad
فارس|Fares,Faris
فهد|Fahd,Fahad
قتيبة|Qutaiba,Kutaiba,Qutaybah
كريم|Karim,Kareem
ماجد|Majed,Majid
مثنى|Muthanna,Mothanna
مراد|Murad,Mourad
مهدي|Mahdi,Mehdi
نايف|Naif,Nayef
نصر|Nasr,Nasser
نوح|Nouh,Nuh
هلال|Hilal,Helal
همام|Humam,Hammam,Homam
وحيد|Wahid,Waheed
ياسين|Yassin,Yasin,Yaseen
يونس|Younes,Yunus,Younis
أدهم|Adham
أمين|Amin,Ameen
إدريس|Idris,Idriss
إلياس|Elias,Ilyas
بكر|Bakr,Bakir
بهاء|Bahaa,Baha
تيسير|Tayseer,Taysir
جابر|Jaber,Jabir
جعفر|Jafar,Ja'far
حاتم|Hatem,Hatim
حمدان|Hamdan
حمود|Hammoud,Hamoud
خليفة|Khalifa,Khalifeh
دياب|Diab,Dyab
ربيع|Rabie,Rabi',Rabih
رضا|Reda,Rida,Ridha
زيد|Zaid,Zeid,Zayd
سعد|Saad,Sa'd
سفيان|Sufyan,Soufian,Sofian
شعبان|Shaaban,Chaabane
صهيب|Suhaib,Sohaib,Suhayb
طلحة|Talha,Talhah
عباس|Abbas
عبدو|Abdo,Abdu
عطا|Atta,Ata
عمرو|Amr,Amro
عواد|Awwad,Awad
غيث|Ghaith,Ghayth
فرحان|Farhan
فلاح|Falah
قيس|Qais,Qays,Kais
لقمان|Luqman,Lokman
مجاهد|Mujahid,Moujahed
مرعي|Marai,Mar'i,Mari
مسعود|Masoud,Masud
مصعب|Musab,Mousab,Mosab
مطيع|Mutie,Moutih
معن|Maan,Ma'n
منيب|Munib,Mounib
ناجي|Naji,Nagi
نجيب|Najib,Najeeb
نعمان|Numan,No'man
هزاع|Hazza,Hazzaa
وجيه|Wajih,Wajeeh
وديع|Wadih,Wadie
يعقوب|Yaqub,Yacoub,Yaakoub
أسد|Asad,Assad
أنيس|Anis,Anees
إسحاق|Ishaq,Ishak
بدر|Badr,Bader
بكري|Bakri
توفيق|Tawfiq,Toufic,Tawfik
ثامر|Thamer,Thamir
جودت|Jawdat,Joudat
حافظ|Hafez,Hafiz
حكمت|Hikmat,Hekmat
حمادة|Hamada,Hamadeh
خلدون|Khaldoun,Khaldun
خلف|Khalaf
درويش|Darwish,Darwich
رأفت|Raafat,Ra'fat
رجب|Rajab,Ragab
رمضان|Ramadan,Ramazan
سامح|Sameh
سعدون|Saadoun,Sadoun
شفيق|Shafiq,Chafic
صفوان|Safwan
ضرغام|Dirgham,Durgham
عابد|Abed,Abid
عبود|Abboud,Aboud
عبيدة|Obaida,Ubaida,Obeida
عرفان|Irfan,Erfan
عزت|Izzat,Ezzat
عيد|Eid,Id
غالب|Ghaleb,Ghalib
فاروق|Farouk,Faruq
فرج|Faraj,Farag
فوزي|Fawzi,Fawzy
قحطان|Qahtan
كنان|Kinan,Kenan
مدحت|Medhat,Midhat
مرهف|Murhaf
مصلح|Musleh,Mosleh
مظهر|Mazhar,Mazher
معين|Muin,Moein
منهل|Manhal
مؤيد|Moayad,Muayyad
نبهان|Nabhan
نجم|Najm,Nejm
نزيه|Nazih,Nazeeh
نشأت|Nashat,Nachaat
نصوح|Nassouh,Nasuh
هايل|Hayel,Hail
وضاح|Waddah,Wadah
وفيق|Wafiq,Wafik
يسار|Yasar,Yassar
يعرب|Yarob,Ya'rub
أمير|Amir,Ameer
أويس|Owais,Uwais
براء|Baraa,Bara'
تميم|Tamim,Tameem
جواد|Jawad,Jawwad
حارث|Hareth,Harith
حذيفة|Hudhayfa,Huzaifa,Hozaifa
حمد|Hamad
خطاب|Khattab
رعد|Raad,Ra'd
زكي|Zaki,Zaky
سراج|Siraj,Seraj
شهاب|Shihab,Chehab
عاصم|Asem,Asim,Assem
عبيد|Obaid,Ubaid
عكرمة|Ikrima,Akrama
عمير|Umair,Omair,Omeir
غانم|Ghanem,Ghanim
كامل|Kamel,Kamil
مقداد|Miqdad,Mekdad
ناظم|Nazem,Nazim
نوار|Nawar
هاشم|Hashem,Hashim
وسام|Wissam,Wisam
يمان|Yaman
"""

FEMALE_RAW = """
فاطمة|Fatima,Fatmeh,Fatimah,Fatma,Fatemeh
مريم|Maryam,Mariam,Meriem
عائشة|Aisha,Aysha,Aicha,A'isha
زينب|Zainab,Zeinab,Zaynab
خديجة|Khadija,Khadijeh,Khadijah
آمنة|Amina,Amneh,Aminah
نور|Nour,Nur,Noor
سارة|Sara,Sarah
هدى|Huda,Hoda,Houda
رنا|Rana
ريم|Reem,Rim
لينا|Lina,Leena
رغد|Raghad
ديما|Dima,Deema
سلمى|Salma,Selma
حليمة|Halima,Halimeh
أسماء|Asma,Asmaa
سعاد|Suad,Souad,Soad
سميرة|Samira,Sameera
منى|Mona,Muna
نادية|Nadia,Nadiya
ليلى|Layla,Laila,Leila
هبة|Heba,Hiba
رحاب|Rehab,Rihab
إيمان|Iman,Eman,Imane
آلاء|Alaa,Ala'a
دعاء|Doaa,Duaa
ولاء|Walaa,Wala'
إسراء|Israa,Esraa
شيماء|Shaimaa,Chaima,Shayma
رقية|Ruqayya,Roqaya,Rukaya
حنان|Hanan
سناء|Sanaa,Sana
وفاء|Wafaa,Wafa
صفاء|Safaa,Safa
رشا|Rasha
ياسمين|Yasmin,Yasmine,Yasmeen
جميلة|Jamila,Jamileh
نجاح|Najah
أمل|Amal
غادة|Ghada
هالة|Hala
بشرى|Bushra,Boushra
رزان|Razan
لمى|Lama
جنى|Jana
شهد|Shahd,Shahed
ملك|Malak
تسنيم|Tasnim,Tasneem
بتول|Batoul,Batool
رهف|Rahaf
آية|Aya,Ayah
هاجر|Hajar,Hagar
سمية|Sumaya,Soumaya,Somaya
صفية|Safiya,Safiyya
كوثر|Kawthar,Kaouther
وداد|Widad,Wedad
نوال|Nawal
ابتسام|Ibtisam,Ebtisam
انتصار|Intisar,Entisar
عبير|Abeer,Abir
نسرين|Nisreen,Nesrine
ميساء|Maysaa,Maissa
رولا|Rula,Roula
لبنى|Lubna,Loubna
سهام|Siham,Seham
سهى|Suha,Soha
نجوى|Najwa
هيفاء|Haifa,Haifaa
عفاف|Afaf
فدوى|Fadwa
نهى|Nuha,Noha
مها|Maha
ريما|Rima,Reema
لمياء|Lamia,Lamyaa
ثناء|Thanaa,Thana
رجاء|Rajaa,Raja
زهرة|Zahra,Zahraa,Zohra
سكينة|Sukaina,Sakina
حياة|Hayat
نعمة|Nima,Ni'ma,Naama
بديعة|Badia,Badiaa
فضة|Fidda,Fedda
وردة|Warda
زهور|Zuhur,Zouhour
نجمة|Najma
شمس|Shams
قمر|Qamar,Kamar
غزل|Ghazal
جود|Joud,Jud
تالا|Tala
راما|Rama
سدرة|Sidra
ماريا|Maria
لجين|Lujain,Loujain
بيان|Bayan
حلا|Hala,Hela
ريتاج|Ritaj
رؤى|Ruaa,Roaa
إسلام|Islam,Eslam
ختام|Khitam
عواطف|Awatif
فريال|Faryal
منار|Manar
ميادة|Mayada,Mayyada
ناريمان|Nariman
نسيبة|Nusaiba,Nousseiba
هند|Hind
وعد|Waad,Wa'd
يسرى|Yusra,Yousra
أريج|Areej,Arij
أسيل|Aseel,Asil
أنوار|Anwar
بسمة|Basma
تغريد|Taghrid,Taghreed
جمانة|Jumana,Joumana
حسناء|Hasnaa
خلود|Khulud,Kholoud
دلال|Dalal
رحمة|Rahma,Rahmeh
رويدة|Ruwaida,Rouwaida
زكية|Zakiya,Zakia
سلوى|Salwa
شذى|Shatha,Shaza
صباح|Sabah
ضحى|Duha,Doha
عبلة|Abla
عزيزة|Aziza
غفران|Ghufran,Ghofran
فاتن|Faten
فرح|Farah
كفاح|Kifah
لطيفة|Latifa,Latifeh
مجد|Majd
مروة|Marwa
ميس|Mais,Mays
نسمة|Nasma
هيام|Hiyam,Hiam
وجدان|Wijdan
يمنى|Yumna,Youmna
أمينة|Amina,Ameena
بهية|Bahiya,Bahia
حورية|Houria,Hawriya
خيرية|Khairiya
رباب|Rabab
زليخة|Zulaikha
سعدية|Saadiya
شريفة|Sharifa,Cherifa
صبرية|Sabriya
عليا|Alia,Olya
غالية|Ghalia
فوزية|Fawziya,Fouzia
كريمة|Karima
مديحة|Madiha
هنادي|Hanadi
وصال|Wisal,Wessal
جوري|Juri,Jouri
لانا|Lana
دانة|Dana
روان|Rawan
سلام|Salam
عفراء|Afraa
مرام|Maram
رهام|Riham,Reham
نور الهدى|Nour al-Huda,Nourelhouda,Nur al-Huda
"""

# Family names.  For names beginning with the article ال the Latin field
# holds the root only; the article is rendered per record in varied styles.
FAMILY_RAW = """
الحسن|Hasan,Hassan
العلي|Ali
الأحمد|Ahmad,Ahmed
المحمد|Mohammad,Muhammad,Mohamed
الخطيب|Khatib,Khateeb
حمدان|Hamdan
المصري|Masri,Misri
أبو زيد|Abu Zeid,Abou Zaid,Abu Zaid
الحسين|Hussein,Husain
العمر|Omar
الخليل|Khalil
الإبراهيم|Ibrahim
الحمود|Hammoud,Hamoud
العبد الله|Abdullah,Abdallah
الشيخ|Sheikh,Shaykh,Cheikh
الحلبي|Halabi
الحمصي|Homsi,Hemsi
الشامي|Shami
الديري|Deiri,Dairi
الكردي|Kurdi,Kurdy
التركماني|Turkmani
السيد|Sayed,Sayyid
النجار|Najjar,Nadjar
الحداد|Haddad
العطار|Attar
الخياط|Khayyat,Khayat
الحلاق|Hallaq,Hallak
الدباغ|Dabbagh
البيطار|Bitar,Baytar
الزعبي|Zoubi,Zu'bi,Zubi
المقداد|Miqdad,Mekdad
الحريري|Hariri
المسالمة|Masalmeh,Masalma
الرفاعي|Rifai,Refai
الحوراني|Hourani,Horani
الصالح|Saleh,Salih
الجاسم|Jasem,Jassim
العثمان|Othman,Uthman
الموسى|Mousa,Musa
العيسى|Issa,Eissa
الياسين|Yassin,Yasin
الحمد|Hamad
الخلف|Khalaf
الفرحان|Farhan
الدخيل|Dakhil
العبيد|Obaid,Ubaid
الشمري|Shammari,Shemmari
العنزي|Anazi,Enezi
الجبوري|Jubouri,Jabouri,Jbouri
الدليمي|Dulaimi,Dleimi
العبيدي|Obaidi,Ubaidi
التميمي|Tamimi
الزبيدي|Zubaidi,Zbeidi
الكبيسي|Kubaisi
البكار|Bakkar
العقيدي|Aqidi,Akidi
الشعيطي|Shuaiti,Sheiti
البوكمالي|Boukamali
الفراتي|Furati
الرقاوي|Raqqawi
الإدلبي|Idlibi
الحموي|Hamawi
الدمشقي|Dimashqi
الحسيني|Husseini,Husaini
الخالد|Khaled,Khalid
الخضر|Khader,Khidr
المحمود|Mahmoud,Mahmud
المصطفى|Mustafa,Moustafa
اليوسف|Yousef,Yusuf
السليمان|Sulaiman,Suleiman
العباس|Abbas
الرشيد|Rashid,Rachid
الحمادي|Hammadi
العساف|Assaf
الجراد|Jarrad
قاسم|Qasem,Kassem
درويش|Darwish
حجازي|Hijazi,Hegazi
عثمان|Othman
حمادة|Hamada,Hamadeh
زيدان|Zeidan,Zaidan
سلامة|Salameh,Salama
شحادة|Shehadeh,Shahada
عيسى|Issa
عودة|Odeh,Auda,Ouda
نصار|Nassar
جرار|Jarrar
بركات|Barakat
عبيد|Obeid,Ubaid
عواد|Awwad,Awad
كنعان|Kanaan,Canaan
منصور|Mansour
قدورة|Kaddoura,Qaddoura
صيام|Siam,Siyam
الأسطل|Astal
أبو شمالة|Abu Shamala,Abou Chamala
أبو عمرة|Abu Amra
أبو حسنين|Abu Hasanein,Abu Hassanein
أبو طه|Abu Taha
أبو عيشة|Abu Aisha,Abu Eisheh
أبو خاطر|Abu Khater
أبو سعدة|Abu Saada
أبو دقة|Abu Daqqa,Abu Dakka
أبو جامع|Abu Jame',Abu Jamea
أبو النجا|Abu al-Naja,Abu Elnaja
أبو الخير|Abu al-Khair,Abul Khair
أبو عمر|Abu Omar
أبو علي|Abu Ali
أبو حمدان|Abu Hamdan
أبو سعد|Abu Saad
أبو عاصي|Abu Assi
الكحلوت|Kahlout,Kahlut
السرساوي|Sarsawi
الغول|Ghoul,Ghul
الشوا|Shawa,Shawwa
حلس|Hillis,Helles
العجلة|Ajla,Ajleh
الحلو|Helou,Hilu
الفرا|Farra
المدهون|Madhoun,Madhun
اللحام|Lahham,Laham
السقا|Saqqa,Sakka
الطويل|Tawil,Taweel
البنا|Banna
الزهار|Zahhar,Zahar
الشريف|Sharif,Cherif
النمر|Nimr,Namer
السعدي|Saadi
العمري|Omari,Amri
الساعدي|Saadi,Sa'idi
الموسوي|Musawi,Moussawi
الحسناوي|Hasnawi
الكعبي|Kaabi
الربيعي|Rubaie,Rubaiy
الطائي|Taie,Tai
العزاوي|Azzawi
الجنابي|Janabi
الراوي|Rawi
الحديثي|Hadithi
العاني|Ani,Aani
السامرائي|Samarrai
التكريتي|Tikriti
الموصلي|Mosuli,Mousli
البغدادي|Baghdadi
النعيمي|Nuaimi,Naimi
الخفاجي|Khafaji
العامري|Amiri
الأسدي|Asadi
الحمداني|Hamdani
الجميلي|Jumaili,Jmeili
المشهداني|Mashhadani
الفهداوي|Fahdawi
المحمدي|Mohammadi
الزوبعي|Zobaie
الدوري|Douri,Duri
الأسعد|Asaad
الحاج|Hajj,Hage,Haj
الأتاسي|Atassi
الجندي|Jundi,Joundi
السباعي|Sibai,Sbai
الدروبي|Droubi
الزين|Zein,Zain
الخالدي|Khalidi
القاسم|Qasem,Kassem
النعسان|Naasan
الصباغ|Sabbagh
القباني|Kabbani,Qabbani
الإمام|Imam
خوري|Khoury,Khouri
الدالاتي|Dalati
المرعي|Marai,Mar'i
الجبر|Jabr,Jaber
الحمدو|Hamdo
الكيالي|Kayyali,Kayali
الملا|Mulla,Molla
السواس|Sawwas
الشهابي|Shehabi,Chehabi
العلوان|Alwan
الرحمون|Rahmoun
الحميدي|Hamidi
العبود|Abboud
السلوم|Salloum,Saloum
الخضير|Khudair,Khodeir
الفياض|Fayyad
النايف|Nayef
الحمادة|Hamada
العبد|Abd
الدرويش|Darwish
الضاهر|Daher,Dahir
المحيميد|Muhaimid
الجدعان|Jadaan
الشعلان|Shaalan
الهلال|Hilal
الكنج|Kanj
الحسون|Hassoun
الدبس|Dibs
اليونس|Younes
بكور|Bakkour
قدور|Qaddour,Kaddour
حسون|Hassoun
مرعي|Marai
صطوف|Stouf
حمود|Hammoud
شاهين|Shahin,Chahine
سلوم|Salloum
زعرور|Zarour
قنبر|Qanbar
طعمة|Tohme,Tuma
غزال|Ghazal
بدوي|Badawi
دياب|Diab
حيدر|Haidar
عمران|Omran
رمضان|Ramadan
نعسان|Naasan
إدريس|Idris
كيلاني|Kilani,Keilani
حبش|Habash
الأيوبي|Ayoubi
سرحان|Sarhan
حوا|Hawa
جمعة|Jumaa,Jomaa
عرفات|Arafat
شعبان|Shaaban
علوش|Alloush
زريق|Zreik,Zuraiq
خليفة|Khalifa
حماد|Hammad
عليوي|Eliwi
نصر|Nasr
العجيل|Ujail
طه|Taha
عساف|Assaf
سعيد|Said
فرج|Faraj
عطية|Atiyeh,Attia
الطحان|Tahhan
دهمان|Dahman
عيد|Eid
خطاب|Khattab
المير|Mir
برهوم|Barhoum
الحجي|Hajji
غنام|Ghannam
العاصي|Assi
الصوفي|Sufi,Soufi
الحكيم|Hakim
العظم|Azm
البرازي|Barazi
الجباوي|Jabawi
الكسم|Kasm
قطان|Qattan,Kattan
الشيخ علي|Sheikh Ali
الحاج حسين|Hajj Hussein,Haj Husein
العكلة|Akla
الشواخ|Shawakh
الدندل|Dandal
البيك|Bek,Beik
الخن|Khen
العموري|Amouri
الحمامي|Hammami
الصيادي|Sayyadi
الشاغوري|Shaghouri
الجاموس|Jamous
الخزاعي|Khuzai
الحراكي|Hiraki
المحاميد|Mahamid
الغزاوي|Ghazzawi
البرغوثي|Barghouti
النجم|Najm
الحسنو|Hasno
الطه|Taha
الفارس|Fares
المحمد علي|Mohammad Ali
العيد|Eid
الصطوف|Stouf
الجمعة|Jumaa
الدغيم|Dughaim
العواد|Awwad
المطر|Matar
الشحادة|Shehadeh
العزو|Azzo
الحمش|Hamsh
الدهام|Dahham
العكيدي|Ukaidi
الخابور|Khabour
الحريث|Hraith
الشبلي|Shibli,Chebli
الكرز|Karaz
الكوسا|Kousa
البيروتي|Beiruti
الحفار|Haffar
المالح|Maleh
السمان|Samman
الأخرس|Akhras
الحكيمي|Hakimi
الحباب|Habbab
البدوي|Badawi
المنلا|Menla
العجمي|Ajami
الشعار|Shaar
القصاب|Qassab,Kassab
الدقر|Daqr
الطباع|Tabbaa
النوري|Nouri,Nuri
العبسي|Absi
الفاعوري|Faouri
المعلم|Moallem,Mu'allim
الجزار|Jazzar
القاضي|Qadi,Kadi
الخطاب|Khattab
الأطرش|Atrash
الحلواني|Halwani
الكيلاني|Kilani,Keilani
الرحبي|Rahbi
العتر|Itr
الحافظ|Hafez
سليمان|Suleiman,Sulaiman
يوسف|Yousef,Youssef
إبراهيم|Ibrahim
أحمد|Ahmad,Ahmed
مصطفى|Mustafa
"""

# Places: Arabic | Latin variants | governorate key | weight | peak year
PLACES_RAW = """
حلب|Aleppo,Halab|ALE|30|2016
الشعار|al-Shaar,Shaar,Al Sha'ar,Sha'ar|ALE|6|2016
الصاخور|al-Sakhour,Sakhour,Al Sakhur|ALE|6|2016
بستان القصر|Bustan al-Qasr,Bustan Al Qasr,Boustan al-Kasr|ALE|4|2016
مساكن هنانو|Masaken Hanano,Masakin Hanano|ALE|4|2016
الكلاسة|al-Kalasa,Kallaseh,Al Kalaseh|ALE|3|2016
السكري|al-Sukkari,Sukkari,Al Sukari|ALE|4|2016
منبج|Manbij,Menbij|ALE|5|2016
الباب|al-Bab,Al Bab,Bab,El Bab|ALE|7|2017
إعزاز|Azaz,Aazaz,A'zaz|ALE|4|2016
عندان|Anadan,Andan|ALE|3|2013
حريتان|Hraytan,Haritan,Hureitan|ALE|3|2016
دارة عزة|Darat Izza,Daret Azza|ALE|3|2019
الأتارب|al-Atarib,Atarib,Al Atareb|ALE|4|2016
تل رفعت|Tal Rifaat,Tall Rifat,Tel Refaat|ALE|3|2016
جرابلس|Jarablus,Jarabulus|ALE|2|2016
السفيرة|al-Safira,Safira,As Safirah|ALE|3|2013
دوما|Douma,Duma|RIF|14|2018
حرستا|Harasta,Harista|RIF|6|2018
عربين|Arbin,Erbin|RIF|5|2018
زملكا|Zamalka,Zamelka|RIF|5|2013
عين ترما|Ain Tarma,Ein Tarma,Ayn Tarma|RIF|4|2018
كفربطنا|Kafr Batna,Kafarbatna,Kfar Batna|RIF|5|2018
سقبا|Saqba,Sakba|RIF|4|2018
حمورية|Hamouriyah,Hammouriyeh,Hamuriyah|RIF|4|2018
داريا|Daraya,Darayya|RIF|6|2012
معضمية الشام|Moadamiyet al-Sham,Muadhamiyat al-Sham,Moadamiyeh|RIF|4|2013
الزبداني|Zabadani,al-Zabadani,Al Zabadani|RIF|4|2015
مضايا|Madaya,Madaia|RIF|3|2016
يبرود|Yabroud,Yabrud|RIF|3|2014
التل|al-Tall,Al Tal,Tal|RIF|2|2016
ببيلا|Babila,Bebila|RIF|2|2013
يلدا|Yalda,Yelda|RIF|2|2013
الضمير|al-Dumayr,Dmeir,Al Dumair|RIF|2|2016
مسرابا|Mesraba,Misraba|RIF|3|2018
جسرين|Jisreen,Jisrin|RIF|3|2018
جوبر|Jobar,Jawbar|DAM|6|2017
القابون|al-Qaboun,Qaboun,Al Qabun,Kaboun|DAM|4|2017
برزة|Barzeh,Barza,Barzah|DAM|3|2013
مخيم اليرموك|Yarmouk Camp,Yarmouk,al-Yarmouk camp|DAM|5|2014
الحجر الأسود|al-Hajar al-Aswad,Hajar Aswad,Al Hajar Al Aswad|DAM|3|2014
التضامن|al-Tadamon,Tadamon,Tadamun|DAM|3|2013
القدم|al-Qadam,Qadam,Al Kadam|DAM|2|2014
دمشق|Damascus,Dimashq,Damas|DAM|6|2013
حمص|Homs,Hims|HOM|12|2012
بابا عمرو|Baba Amr,Baba Amro|HOM|5|2012
الخالدية|al-Khalidiyah,Khaldiyeh,Khalidiya|HOM|4|2012
الوعر|al-Waer,Waer,Al Wa'r|HOM|3|2016
تلبيسة|Talbiseh,Talbisah,Telbisa|HOM|3|2014
الرستن|al-Rastan,Rastan,Ar Rastan|HOM|4|2013
الحولة|al-Houla,Houla,Hula|HOM|4|2012
القصير|al-Qusayr,Qusair,Qseir|HOM|3|2013
تدمر|Palmyra,Tadmur,Tadmor|HOM|2|2015
حماة|Hama,Hamah,Hamat|HAM|8|2012
كفرزيتا|Kafr Zita,Kafrzeita,Kfar Zeita|HAM|3|2017
اللطامنة|al-Lataminah,Latamneh,Lataminah|HAM|3|2017
مورك|Morek,Murek,Mork|HAM|2|2014
صوران|Souran,Suran|HAM|2|2016
قلعة المضيق|Qalaat al-Madiq,Qalat al-Mudiq,Kalaat el Madiq|HAM|2|2019
إدلب|Idlib,Idleb|IDL|10|2019
معرة النعمان|Maarat al-Numan,Maarrat al-Nu'man,Ma'arat Annouman|IDL|7|2019
سراقب|Saraqib,Saraqeb|IDL|5|2018
خان شيخون|Khan Shaykhun,Khan Sheikhoun,Khan Shaykhoun|IDL|5|2017
أريحا|Ariha,Areeha|IDL|4|2019
جسر الشغور|Jisr al-Shughur,Jisr Ash-Shughur,Jisr al-Choughour|IDL|4|2015
كفرنبل|Kafranbel,Kafr Nabl,Kafrnabel|IDL|3|2019
سلقين|Salqin,Salkin|IDL|2|2017
بنش|Binnish,Binish,Bennich|IDL|2|2016
سرمدا|Sarmada,Sarmadah|IDL|2|2019
درعا|Daraa,Dar'a,Deraa,Der'a|DAR|8|2013
درعا البلد|Daraa al-Balad,Daraa Al Balad,Dar'a al Balad|DAR|4|2017
طفس|Tafas,Tafs|DAR|3|2014
نوى|Nawa,Nowa|DAR|3|2014
الحراك|al-Hirak,Hirak,Al Harak|DAR|3|2013
بصرى الشام|Bosra al-Sham,Busra al-Sham,Bosra|DAR|2|2015
إنخل|Inkhil,Enkhel|DAR|2|2014
جاسم|Jasim,Jassem|DAR|2|2014
الشيخ مسكين|Sheikh Miskin,al-Shaykh Maskin,Cheikh Meskine|DAR|2|2015
دير الزور|Deir ez-Zor,Deir al-Zour,Deir Ezzor,Dayr az-Zawr|DEZ|12|2017
الميادين|al-Mayadin,Mayadeen,Al Mayadin|DEZ|5|2017
البوكمال|Albu Kamal,Abu Kamal,al-Bukamal,Boukamal|DEZ|5|2017
هجين|Hajin,Hajeen|DEZ|4|2018
الشحيل|al-Shuhayl,Shuheil,Al Shheil|DEZ|3|2017
موحسن|Mohasan,Muhasan,Mouhassan|DEZ|3|2017
العشارة|al-Asharah,Ashara,Al Ashara|DEZ|2|2017
البصيرة|al-Busayrah,Busaira,Al Busayra|DEZ|2|2017
الباغوز|al-Baghuz,Baghouz,Al Baghouz Fawqani|DEZ|3|2019
الرقة|Raqqa,al-Raqqa,Ar-Raqqah,Rakka|RAQ|14|2017
الطبقة|al-Tabqa,Tabqa,Tabaqah,At Tabqah|RAQ|4|2017
تل أبيض|Tal Abyad,Tell Abiad,Tel Abyad|RAQ|3|2015
المنصورة|al-Mansoura,Mansura,Al Mansurah|RAQ|2|2017
الحسكة|Hasakah,al-Hasakah,Hassakeh,Hasaka|HAS|5|2015
القامشلي|Qamishli,Al Qamishli,Kamishli,Qamishlo|HAS|3|2016
الشدادي|al-Shaddadi,Shaddadi,Ash Shaddadah|HAS|2|2016
رأس العين|Ras al-Ain,Ras al-Ayn,Ras Alain|HAS|2|2019
سلمى|Salma,Slama|LAT|2|2015
جبل الأكراد|Jabal al-Akrad,Jabal Akrad,Jebel al-Akrad|LAT|2|2016
جباتا الخشب|Jubata al-Khashab,Jbata al-Khashab|QUN|1|2017
"""

# governorate key: Arabic | Latin | Arabic countryside | Latin countryside
GOVS_RAW = """
ALE|حلب|Aleppo,Halab|ريف حلب|Aleppo countryside,Rural Aleppo,Reef Halab
RIF|ريف دمشق|Rif Dimashq,Damascus Countryside,Rural Damascus,Reef Dimashq|ريف دمشق|Rural Damascus,Rif Dimashq,Eastern Ghouta
DAM|دمشق|Damascus,Dimashq|دمشق|Damascus
HOM|حمص|Homs,Hims|ريف حمص|Rural Homs,Homs countryside
HAM|حماة|Hama,Hamah|ريف حماة|Rural Hama,Hama countryside
IDL|إدلب|Idlib,Idleb|ريف إدلب|Rural Idlib,Idlib countryside
DAR|درعا|Daraa,Deraa|ريف درعا|Rural Daraa,Daraa countryside
DEZ|دير الزور|Deir ez-Zor,Deir Ezzor,Deir al-Zour|ريف دير الزور|Rural Deir ez-Zor,Deir ez-Zor countryside
RAQ|الرقة|Raqqa,Ar-Raqqah|ريف الرقة|Rural Raqqa,Raqqa countryside
HAS|الحسكة|Hasakah,al-Hasakah|ريف الحسكة|Rural Hasakah
LAT|اللاذقية|Latakia,Lattakia|ريف اللاذقية|Rural Latakia,Latakia countryside
QUN|القنيطرة|Quneitra,al-Qunaytirah|ريف القنيطرة|Rural Quneitra
"""

# Accepted alternative spellings seen in real lists (beyond normalisation).
ALT_SPELLINGS = {
    "داود": ["داوود"], "إسماعيل": ["اسمعيل"], "إسحاق": ["اسحق"],
    "مصطفى": ["مصطفي"], "عبد الرحمن": ["عبد الرحمان"], "طه": ["طة"],
    "يحيى": ["يحيا", "يحيي"], "لؤي": ["لوي"], "عائشة": ["عايشة", "عيشة"],
    "حمزة": ["حمزه"], "زكريا": ["زكرياء"], "مؤمن": ["مومن"],
    "رائد": ["رايد"], "وائل": ["وايل"], "ثائر": ["ثاير"], "فؤاد": ["فواد"],
    "أسامة": ["اسامه"], "هيثم": ["هيتم"], "إبراهيم": ["ابرهيم"],
    "عبد الإله": ["عبد الاله"], "ضياء": ["ضيا"], "براء": ["برا"],
    "أسماء": ["اسما"], "آلاء": ["الاء", "آلا"], "شيماء": ["شيما"],
    "إسراء": ["اسرا"], "هيفاء": ["هيفا"], "ميساء": ["ميسا"], "رؤى": ["رؤا", "روى"],
    "المسالمة": ["المسالمه"], "الشوا": ["الشوّا"], "العبد الله": ["عبد الله"],
    "عبدو": ["عبده"], "عطا": ["عطاء"], "مأمون": ["مامون"],
    "الموسى": ["الموسي"], "العيسى": ["العيسي"], "موسى": ["موسي"], "عيسى": ["عيسي"],
}

# ---------------------------------------------------------------------------
# Parsing of the inventories
# ---------------------------------------------------------------------------
SUN_LETTERS = "تثدذرزسشصضطظلن"


def _lead(rl):
    return rl[:2] if rl[:2] in ("sh", "th", "dh") else rl[:1]


def _abd_forms(ar, roots):
    """Latin forms of an 'Abd al-X' compound from the roots of X."""
    rest = ar.split(" ", 1)[1]
    sun = len(rest) > 2 and rest[2] in SUN_LETTERS
    forms = []
    for r in roots:
        rl = r.lower()
        f = ["Abdul " + r, "Abdul" + rl, "Abd al-" + r, "Abdel" + rl,
             "Abd Al " + r, "Abdel " + r, "Abd el-" + r, "Abd " + r,
             "Abdal" + rl]
        if sun:
            ld = _lead(rl)
            f.insert(3, "Abd a%s-%s" % (ld, r))
            f.append("Abdu" + ld + rl)
        forms.extend(f)
    return forms


def _dedupe(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def parse_names(raw):
    names, latin = [], {}
    for line in raw.strip().splitlines():
        ar, lat = [x.strip() for x in line.split("|")]
        if not ar or ar in latin:
            continue
        vs = [v.strip() for v in lat.split(",") if v.strip()]
        if vs and vs[0].startswith("@"):
            vs[0] = vs[0][1:]
            vs = _abd_forms(ar, vs)
        names.append(ar)
        latin[ar] = _dedupe(vs)
    return names, latin


MALE, LAT_MALE = parse_names(MALE_RAW)
FEMALE, LAT_FEMALE = parse_names(FEMALE_RAW)
FAMILY, LAT_FAMILY = parse_names(FAMILY_RAW)
LAT_GIVEN = dict(LAT_FEMALE)
LAT_GIVEN.update(LAT_MALE)          # male wins for shared spellings


def parse_places():
    places = []
    for line in PLACES_RAW.strip().splitlines():
        ar, lat, gov, w, peak = [x.strip() for x in line.split("|")]
        places.append(dict(ar=ar, lat=[v.strip() for v in lat.split(",")],
                           gov=gov, w=float(w), peak=int(peak)))
    govs = {}
    for line in GOVS_RAW.strip().splitlines():
        key, ar, lat, ar_c, lat_c = [x.strip() for x in line.split("|")]
        govs[key] = dict(ar=ar, lat=lat.split(","), ar_c=ar_c,
                         lat_c=lat_c.split(","))
    return places, govs


PLACES, GOVS = parse_places()
GOV_KEYS = sorted(GOVS)


def zipf_cum(n, s, q):
    cum, t = [], 0.0
    for i in range(n):
        t += 1.0 / (i + q) ** s
        cum.append(t)
    return cum


# Zipf-like popularity: the first names dominate (محمد, أحمد, علي ...).
CUM_MALE = zipf_cum(len(MALE), 1.05, 1.6)
CUM_FEMALE = zipf_cum(len(FEMALE), 0.95, 2.0)
CUM_FAMILY = zipf_cum(len(FAMILY), 0.75, 4.0)


def pick(rng, items, cum):
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def wpick(rng, items, weights):
    return rng.choices(items, weights=weights)[0]


def rank_pick(rng, items, s=1.0):
    """Pick from a list, earlier items more likely (weights 1/(i+1)^s)."""
    return wpick(rng, items, [1.0 / (i + 1) ** s for i in range(len(items))])


# ---------------------------------------------------------------------------
# Population: incidents, families, individuals
# ---------------------------------------------------------------------------
D_START = datetime.date(2012, 1, 1)
D_END = datetime.date(2019, 12, 31)
YEARS = list(range(2012, 2020))
YEAR_W = [12, 20, 17, 15, 14, 11, 8, 3]


class Person(object):
    __slots__ = ("idx", "pid", "given", "father", "grand", "family", "sex",
                 "age", "date", "place", "status", "inc", "role", "spouse",
                 "unit")

    def __init__(self, **kw):
        self.spouse = None
        self.role = "ind"
        for k, v in kw.items():
            setattr(self, k, v)


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


class World(object):
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random("pop/%s" % seed)
        self.incidents = []          # dict(date, place, kind)
        self.mass = []               # indices of mass incidents
        rng = self.rng
        # per-year place weights with local peak years (sieges, offensives)
        self.place_cum = {}
        for y in YEARS:
            ws = []
            for p in PLACES:
                d = abs(y - p["peak"])
                ws.append(p["w"] * (3.0 if d == 0 else 1.5 if d == 1 else 1.0))
            t, cum = 0.0, []
            for w in ws:
                t += w
                cum.append(t)
            self.place_cum[y] = cum
        # clans: each locality has a handful of dominant family names
        self.local_fam = []
        for _ in PLACES:
            pool = []
            while len(pool) < 6:
                f = pick(rng, FAMILY, CUM_FAMILY) if rng.random() < 0.5 \
                    else rng.choice(FAMILY)
                if f not in pool:
                    pool.append(f)
            self.local_fam.append(pool)

    # -- incidents --------------------------------------------------------
    def new_incident(self, kind, campaign_p):
        rng = self.rng
        if self.mass and rng.random() < campaign_p:
            base = self.incidents[rng.choice(self.mass)]
            place = base["place"]
            if rng.random() < 0.3:
                same = [i for i, p in enumerate(PLACES)
                        if p["gov"] == PLACES[place]["gov"]]
                place = rng.choice(same)
            delta = rng.randint(1, 10) * rng.choice((-1, 1))
            date = base["date"] + datetime.timedelta(days=delta)
            if date < D_START or date > D_END:
                date = base["date"] - datetime.timedelta(days=delta)
        else:
            y = wpick(rng, YEARS, YEAR_W)
            first = datetime.date(y, 1, 1)
            ndays = (datetime.date(y, 12, 31) - first).days
            date = first + datetime.timedelta(days=rng.randint(0, ndays))
            place = bisect.bisect_right(self.place_cum[y],
                                        rng.random() * self.place_cum[y][-1])
        self.incidents.append(dict(date=date, place=place, kind=kind))
        idx = len(self.incidents) - 1
        if kind in ("mass", "battle"):
            self.mass.append(idx)
        return idx

    def mass_size(self):
        sizes = list(range(5, 61))
        return wpick(self.rng, sizes, [s ** -1.15 for s in sizes])

    # -- names ------------------------------------------------------------
    def male(self, avoid=()):
        for _ in range(50):
            x = pick(self.rng, MALE, CUM_MALE)
            if x not in avoid:
                return x
        return x

    def female(self, avoid=()):
        for _ in range(50):
            x = pick(self.rng, FEMALE, CUM_FEMALE)
            if x not in avoid:
                return x
        return x

    def family_name(self, place):
        if self.rng.random() < 0.45:
            return self.rng.choice(self.local_fam[place])
        return pick(self.rng, FAMILY, CUM_FAMILY)

    # -- ages -------------------------------------------------------------
    def age_individual(self, sex, fighter):
        rng = self.rng
        if fighter:
            return int(rng.triangular(15, 55, 22))
        r = rng.random()
        kids = 0.26 if sex == "M" else 0.36
        old = 0.14 if sex == "M" else 0.18
        if r < kids:
            return int(rng.triangular(0, 18, 4))
        if r < 1 - old:
            return int(rng.triangular(18, 60, 27))
        return rng.randint(60, 85)

    # -- units ------------------------------------------------------------
    def build(self):
        rng = self.rng
        units = []
        total = 0
        while total < self.n:
            rem = self.n - total
            if rem >= 2 and rng.random() < 0.103:
                k = min(wpick(rng, [2, 3, 4, 5, 6, 7],
                              [28, 24, 18, 13, 10, 7]), rem)
                units.append(dict(kind="fam", size=k, fighter=False))
            else:
                k = 1
                units.append(dict(kind="ind", size=1,
                                  fighter=rng.random() < 0.14))
            total += k
        rng.shuffle(units)
        # assign units to incidents
        pools = {"mass": [], "battle": []}
        small_open = []
        for u in units:
            r = rng.random()
            if u["fighter"] and r < 0.55:
                kind = "battle"
            elif r < (0.62 if u["kind"] == "fam" else 0.42):
                kind = "mass"
            else:
                kind = "small"
            if kind in pools:
                pool = pools[kind]
                want = 6 if kind == "mass" else 3
                while len(pool) < want:
                    target = self.mass_size() if kind == "mass" else \
                        wpick(rng, list(range(5, 41)),
                              [s ** -1.3 for s in range(5, 41)])
                    pool.append([self.new_incident(kind, 0.35), target])
                j = rng.randrange(len(pool))
                u["inc"] = pool[j][0]
                pool[j][1] -= u["size"]
                if pool[j][1] <= 0:
                    pool.pop(j)
            else:
                if small_open and rng.random() < 0.3:
                    j = rng.randrange(len(small_open))
                    u["inc"] = small_open[j][0]
                    small_open[j][1] -= u["size"]
                    if small_open[j][1] <= 0:
                        small_open.pop(j)
                else:
                    inc = self.new_incident("small", 0.2)
                    u["inc"] = inc
                    cap = wpick(rng, [1, 2, 3, 4], [55, 20, 15, 10]) - u["size"]
                    if cap > 0:
                        small_open.append([inc, cap])
        people = []
        for ui, u in enumerate(units):
            inc = self.incidents[u["inc"]]
            if u["kind"] == "fam":
                members = self.make_family(u["size"], inc["place"])
            else:
                members = [self.make_individual(u["fighter"], inc["place"])]
            for m in members:
                m.inc = u["inc"]
                m.date = inc["date"]
                m.place = inc["place"]
                m.unit = ui
                m.idx = len(people)
                people.append(m)
        pids = rng.sample(range(100000, 1000000), len(people))
        for p, q in zip(people, pids):
            p.pid = "P%06d" % q
        self.people = people
        self.units = units
        return people

    def make_individual(self, fighter, place):
        rng = self.rng
        sex = "M" if fighter or rng.random() < 0.70 else "F"
        given = self.male() if sex == "M" else self.female()
        father = self.male()
        grand = self.male(avoid=(father,)) if rng.random() < 0.95 else self.male()
        if sex == "M" and rng.random() < 0.08:
            given = grand                   # named after his grandfather
        return Person(given=given, father=father, grand=grand,
                      family=self.family_name(place), sex=sex,
                      age=self.age_individual(sex, fighter),
                      status="fighter" if fighter else "civilian")

    def make_family(self, k, place):
        rng = self.rng
        fam = self.family_name(place)
        fa = self.male()
        g = self.male(avoid=(fa,))
        gg = self.male(avoid=(g,))
        if k == 2:
            comp = wpick(rng, ["sib", "fa", "mo", "couple"], [35, 20, 25, 20])
        else:
            comp = wpick(rng, ["sib", "fa", "mo", "both", "ext"],
                         [20, 17, 20, 30, 13])
        members = []
        father = mother = None
        n_child = k
        fa_age = int(rng.triangular(24, 62, 36))
        if comp == "ext" and fa_age > 58:
            fa_age = rng.randint(30, 58)
        if comp in ("fa", "both", "couple", "ext"):
            if comp == "couple":
                fa_age = int(rng.triangular(18, 85, 35))
            father = Person(given=fa, father=g, grand=gg, family=fam, sex="M",
                            age=fa_age, role="father",
                            status="fighter" if rng.random() < 0.04 else "civilian")
            members.append(father)
            n_child -= 1
        if comp in ("mo", "both", "couple"):
            mo_age = clamp(fa_age - rng.randint(-2, 10), 17, 85)
            if rng.random() < 0.4:           # married within the clan
                if rng.random() < 0.3:
                    mf, mg = self.male(avoid=(fa,)), g   # paternal cousin
                else:
                    mf, mg = self.male(), self.male()
                mfam = fam
            else:
                mf, mg = self.male(), self.male()
                mfam = self.family_name(place)
            mother = Person(given=self.female(), father=mf, grand=mg,
                            family=mfam, sex="F", age=mo_age, role="mother",
                            status="civilian")
            mother.spouse = father if father is not None else \
                Person(given=fa, father=g, grand=gg, family=fam, sex="M")
            members.append(mother)
            n_child -= 1
        extra = []
        if comp == "ext" and n_child >= 2:
            if rng.random() < 0.5 and fa_age <= 58:
                extra.append(Person(given=g, father=gg, grand=self.male(),
                                    family=fam, sex="M", role="grandfather",
                                    age=clamp(fa_age + rng.randint(20, 32), 0, 85),
                                    status="civilian"))
                n_child -= 1
            else:
                n_cous = rng.randint(1, max(1, n_child - 1))
                n_child -= n_cous
                extra.append(n_cous)
        # children
        parent_age = min([fa_age] + ([mother.age] if mother else []))
        if father or mother:
            maxc = clamp(parent_age - 17, 0, 45)
        else:
            maxc = 40
        base = rng.randint(0, maxc)
        used = set()
        kids = []
        for c in range(n_child):
            sex = "M" if rng.random() < 0.52 else "F"
            if sex == "M":
                if c == 0 and rng.random() < 0.25 and g not in used:
                    given = g                        # named after grandfather
                else:
                    given = self.male(avoid=used | {fa})
            else:
                given = self.female(avoid=used)
            used.add(given)
            if father or mother:
                age = rng.randint(0, maxc) if c else base
            else:
                age = clamp(base + rng.randint(-12, 12), 0, 60)
            kid = Person(given=given, father=fa, grand=g, family=fam, sex=sex,
                         age=age, role="child", status="civilian")
            if sex == "M" and 16 <= age <= 45 and rng.random() < 0.05:
                kid.status = "fighter"
            kids.append(kid)
        members.extend(kids)
        for e in extra:
            if isinstance(e, Person):
                members.append(e)
                continue
            # cousins: children of the father's brother
            uncle = self.male(avoid=(fa, g))
            cused = set()
            for c in range(e):
                sex = "M" if rng.random() < 0.5 else "F"
                same = [x.given for x in kids if x.sex == sex]
                if same and rng.random() < 0.25:
                    given = rng.choice(same)         # same name as a cousin
                elif sex == "M":
                    given = self.male(avoid=cused | {uncle})
                else:
                    given = self.female(avoid=cused)
                cused.add(given)
                members.append(Person(given=given, father=uncle, grand=g,
                                      family=fam, sex=sex, role="cousin",
                                      age=rng.randint(0, 35), status="civilian"))
        return members


# ---------------------------------------------------------------------------
# Arabic spelling variation
# ---------------------------------------------------------------------------
KB_ROWS = ["ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرىةوزظ"]
VISUAL = ["بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هة",
          "ىي", "وؤ", "اأإآ"]
NEIGH = {}
for _row in KB_ROWS:
    for _i, _c in enumerate(_row):
        for _j in (_i - 1, _i + 1):
            if 0 <= _j < len(_row):
                NEIGH.setdefault(_c, []).append(_row[_j])
for _grp in VISUAL:
    for _c in _grp:
        NEIGH.setdefault(_c, []).extend(x for x in _grp if x != _c)
for _c in list(NEIGH):
    NEIGH[_c] = _dedupe(NEIGH[_c])
NON_CONNECTING = set("اأإآدذرزوؤةىء")
DIACRITICS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652"]
TATWEEL = "\u0640"


def ar_typo(rng, w):
    if len(w) < 3:
        return w
    start = 2 if w.startswith("ال") and len(w) > 4 else 0
    i = rng.randrange(start, len(w))
    op = wpick(rng, ["sub", "drop", "dup", "swap"], [50, 25, 17, 8])
    if op == "sub" and w[i] in NEIGH:
        return w[:i] + rng.choice(NEIGH[w[i]]) + w[i + 1:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "swap" and i + 1 < len(w):
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w[:i] + w[i] + w[i:]


def ar_word(rng, w, hab, typo_p):
    """Orthographic habits of one clerk applied to one word."""
    out = []
    n = len(w)
    for i, ch in enumerate(w):
        if ch in "أإآ":
            if rng.random() < (0.92 if hab["hamza"] else 0.04):
                ch = "ا"
        elif ch == "ؤ" and hab["hamza"] and rng.random() < 0.5:
            ch = "و"
        elif ch == "ئ" and hab["hamza"] and rng.random() < 0.5:
            ch = "ي"
        elif ch == "ء" and i == n - 1 and i > 0 and w[i - 1] == "ا" \
                and hab["hamza"] and rng.random() < 0.3:
            ch = ""
        elif i == n - 1 and ch == "ة":
            if rng.random() < (0.85 if hab["ta"] else 0.03):
                ch = "ه"
        elif i == n - 1 and ch == "ى":
            if rng.random() < (0.9 if hab["ya"] else 0.04):
                ch = "ي"
        elif i == n - 1 and ch == "ي" and n > 2:
            if rng.random() < (0.06 if hab["ya"] else 0.01):
                ch = "ى"
        elif i == n - 1 and ch == "ه" and n > 1 and rng.random() < 0.02:
            ch = "ة"
        out.append(ch)
    w = "".join(out)
    if rng.random() < typo_p:
        w = ar_typo(rng, w)
    return w


JOIN_FIRST = ("عبد", "العبد")


def ar_part(rng, val, hab, prof, is_family):
    if val in ALT_SPELLINGS and rng.random() < prof["alt"]:
        val = rng.choice(ALT_SPELLINGS[val])
    if is_family:
        if val.startswith("ال") and rng.random() < hab["al_drop"]:
            val = val[2:]
        elif not val.startswith(("ال", "أبو")) and " " not in val \
                and rng.random() < prof["al_add"]:
            val = "ال" + val
    words = val.split(" ")
    if len(words) == 2:
        joinable = words[0] in JOIN_FIRST or words[1].startswith("ال") \
            or words[0] == "أبو"
        p = hab["join"] if words[0] in JOIN_FIRST else hab["join"] * 0.4
        if joinable and rng.random() < p:
            words = [words[0] + words[1]]
    return " ".join(ar_word(rng, w, hab, prof["typo"]) for w in words)


def ar_decorate(rng, name, prof):
    if rng.random() < prof["diac"]:
        if "محمد" in name and rng.random() < 0.6:
            name = name.replace("محمد", "محمّد", 1)
        else:
            i = rng.randrange(1, len(name))
            if name[i - 1] != " ":
                name = name[:i] + rng.choice(DIACRITICS) + name[i:]
    if rng.random() < prof["tatweel"]:
        cands = [i for i in range(1, len(name) - 1)
                 if name[i] != " " and name[i + 1] != " "
                 and name[i] not in NON_CONNECTING and "\u0600" <= name[i] <= "\u06ff"]
        if cands:
            i = rng.choice(cands) + 1
            name = name[:i] + TATWEEL * rng.randint(1, 2) + name[i:]
    return name


# ---------------------------------------------------------------------------
# Latin transliteration
# ---------------------------------------------------------------------------
ROMAN = {"ا": "a", "أ": "a", "إ": "i", "آ": "aa", "ب": "b", "ت": "t",
         "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
         "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
         "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
         "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
         "ي": "y", "ى": "a", "ة": "a", "ء": "'", "ؤ": "'", "ئ": "'"}
VOWELS = set("aeiou")


def romanize_word(w):
    """Fallback letter-by-letter romanizer (short vowels guessed)."""
    art = ""
    if w.startswith("ال") and len(w) > 3:
        art, w = "al-", w[2:]
    segs = []                      # (text, is_vowel)
    for i, ch in enumerate(w):
        if ch in "وي" and 0 < i:
            prev_cons = segs and not segs[-1][1]
            if prev_cons:
                segs.append(("ou" if ch == "و" else "i", True))
                continue
        if ch in "اى" or (ch == "ة"):
            segs.append(("a", True))
            continue
        if ch in ROMAN:
            segs.append((ROMAN[ch], False))
    out = []
    run = 0
    for i, (t, v) in enumerate(segs):
        out.append(t)
        if v:
            run = 0
            continue
        run += 1
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        if nxt is not None and not nxt[1] and run % 2 == 1:
            out.append("a")
            run = 0
    s = "".join(out).strip("'") or "x"
    s = s[0].upper() + s[1:]
    return art + s if not art else art + s


def romanize(val):
    return " ".join(romanize_word(w) for w in val.split(" "))


def _recap(orig, new):
    if orig[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new


def lat_noise(rng, w):
    """One small, conventional spelling drift on a single Latin word."""
    if len(w) < 3 or not w.isalpha():
        return w
    lw = w.lower()
    opts = []                                  # (weight, function)
    if "ou" in lw:
        opts.append((3, lambda s: s.replace("ou", "u", 1)))
    elif "u" in lw[1:]:
        opts.append((2, lambda s: s[:1] + s[1:].replace("u", "ou", 1)))
    if "ee" in lw:
        opts.append((3, lambda s: s.replace("ee", "i", 1)))
    elif "i" in lw[1:-1]:
        opts.append((1, lambda s: s[:1] + s[1:].replace("i", "ee", 1)))
    dbl = [i for i in range(1, len(lw) - 1) if lw[i] == lw[i + 1]
           and lw[i] not in VOWELS]
    if dbl:
        i = rng.choice(dbl)
        opts.append((3, lambda s, i=i: s[:i] + s[i + 1:]))
    sing = [i for i in range(2, len(lw) - 1) if lw[i] in "lmnrsdbtz"
            and lw[i - 1] in VOWELS and lw[i + 1] in VOWELS]
    if sing:
        i = rng.choice(sing)
        opts.append((1, lambda s, i=i: s[:i] + s[i] + s[i:]))
    ei = [i for i in range(1, len(lw)) if lw[i] in "ei"
          and lw[i - 1] not in VOWELS]
    if ei:
        i = rng.choice(ei)
        opts.append((2, lambda s, i=i: s[:i] + ("i" if s[i] == "e" else "e")
                     + s[i + 1:]))
    ou = [i for i in range(1, len(lw)) if lw[i] in "ou" and lw[i - 1] not in VOWELS
          and (i + 1 >= len(lw) or lw[i + 1] not in VOWELS)]
    if ou:
        i = rng.choice(ou)
        opts.append((2, lambda s, i=i: s[:i] + ("u" if s[i] == "o" else "o")
                     + s[i + 1:]))
    vw = [i for i in range(2, len(lw) - 2) if lw[i] in "aeiu"
          and lw[i - 1] not in VOWELS and lw[i + 1] not in VOWELS]
    if vw and len(lw) > 5:
        i = rng.choice(vw)
        opts.append((0.5, lambda s, i=i: s[:i] + s[i + 1:]))
    if "q" in lw:
        opts.append((1, lambda s: s.replace("q", "k", 1).replace("Q", "K", 1)))
    if lw.endswith("a") and len(lw) > 3:
        opts.append((1.5, lambda s: s + "h"))
    elif (lw.endswith("eh") or lw.endswith("ah")) and len(lw) > 4:
        opts.append((1.5, lambda s: s[:-2] + "a"))
    if not opts:
        return w
    f = wpick(rng, [o[1] for o in opts], [o[0] for o in opts])
    return _recap(w, f(w))


def lat_typo(rng, w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w))
    op = wpick(rng, ["drop", "dup", "swap", "sub"], [35, 30, 20, 15])
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "dup":
        return w[:i] + w[i] + w[i:]
    if op == "swap" and i + 1 < len(w):
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "sub":
        return w[:i] + rng.choice("aeiouyhnrs") + w[i + 1:]
    return w


def french(rng, s):
    s = s.replace("sh", "ch").replace("Sh", "Ch")
    if rng.random() < 0.5:
        s = "".join(("ou" if c == "u" and (i == 0 or s[i - 1] != "o") else c)
                    for i, c in enumerate(s))
    if rng.random() < 0.2:
        s = s.replace("J", "Dj").replace("j", "dj")
    return s


def lat_words_map(rng, s, f):
    """Apply f to one random 'proper' sub-word of s (skipping articles)."""
    parts = s.split(" ")
    cands = [i for i, p in enumerate(parts) if len(p) > 2 and p.isalpha()]
    if not cands:
        # hyphenated like "al-Hasan"
        if "-" in s:
            a, b = s.rsplit("-", 1)
            return a + "-" + f(b)
        return s
    i = rng.choice(cands)
    parts[i] = f(parts[i])
    return " ".join(parts)


ART_STYLES = ["al-", "Al-", "el-", "Al ", "al ", "Al", "El-", "", "El "]
ART_W = [30, 20, 7, 13, 3, 7, 3, 15, 2]


def with_article(rng, root, style, sun):
    if style in ("al-", "Al-", "el-", "El-") and sun and rng.random() < 0.15:
        return "%s%s-%s" % (style[0], _lead(root.lower()), root)
    if style == "Al":
        return "Al" + root.lower()
    return style + root


class LatCtx(object):
    def __init__(self, rng, prof):
        self.art = wpick(rng, ART_STYLES, ART_W)
        self.french = rng.random() < 0.08
        self.case = wpick(rng, ["title", "upper", "lower"], [95, 4, 1])
        self.cache = {}
        self.prof = prof


def lat_token(rng, ctx, val, table):
    if val in ctx.cache and rng.random() < 0.85:
        return ctx.cache[val]
    vs = table.get(val)
    if not vs or rng.random() < 0.02:
        s = romanize(val)
    else:
        s = rank_pick(rng, vs, 0.9)
    if rng.random() < ctx.prof["lnoise"]:
        s = lat_words_map(rng, s, lambda w: lat_noise(rng, w))
    if ctx.french:
        s = french(rng, s)
    if rng.random() < ctx.prof["typo"]:
        s = lat_words_map(rng, s, lambda w: lat_typo(rng, w))
    ctx.cache[val] = s
    return s


def lat_family(rng, ctx, val):
    if val.startswith("ال") and val in LAT_FAMILY:
        sun = len(val) > 2 and val[2] in SUN_LETTERS
        root = lat_token(rng, ctx, "#" + val, {"#" + val: LAT_FAMILY[val]})
        style = ctx.art if rng.random() < 0.9 else wpick(rng, ART_STYLES, ART_W)
        return with_article(rng, root, style, sun)
    s = lat_token(rng, ctx, val, LAT_FAMILY)
    if s.startswith("Abu ") and rng.random() < 0.2:
        s = rng.choice(["Abou ", "Abo ", "Abu-", "Abu"]) + s[4:]
    return s


def lat_case(ctx, s):
    if ctx.case == "upper":
        return s.upper()
    if ctx.case == "lower":
        return s.lower()
    return s


# ---------------------------------------------------------------------------
# List profiles (each organisation has its own habits)
# ---------------------------------------------------------------------------
PATTERNS = ["full", "nogf", "gf", "gfa", "gfg"]
PATTERN_PARTS = {"full": ("given", "father", "grand", "family"),
                 "nogf": ("given", "father", "family"),
                 "gf": ("given", "family"),
                 "gfa": ("given", "father"),
                 "gfg": ("given", "father", "grand")}

PROFILES = [
    dict(name="list-A", prefix="A", script="ar",
         pat=[66, 19, 8, 4, 3], hamza=0.2, ta=0.08, ya=0.12, al_drop=0.08,
         al_add=0.02, join=0.2, typo=0.02, diac=0.03, tatweel=0.01, alt=0.08,
         age_miss=0.12, age1=0.15, age2=0.02, age_up=0.5, heap=0.03,
         date_miss=0.05, date_shift=0.14, date_up=0.5, swap=0.003,
         place_miss=0.12, place_gov=0.07, place_comp=0.08, place_prefix=0.05,
         sex_miss=0.06, status_miss=0.06, f_as_c=0.08, c_as_f=0.004,
         fighter_eff=0.2),
    dict(name="list-B", prefix="B", script="ar",
         pat=[42, 32, 14, 8, 4], hamza=0.7, ta=0.22, ya=0.3, al_drop=0.22,
         al_add=0.04, join=0.75, typo=0.045, diac=0.01, tatweel=0.025, alt=0.2,
         age_miss=0.30, age1=0.25, age2=0.06, age_up=0.65, heap=0.06,
         date_miss=0.15, date_shift=0.27, date_up=0.75, swap=0.006,
         place_miss=0.28, place_gov=0.15, place_comp=0.04, place_prefix=0.1,
         sex_miss=0.25, status_miss=0.22, f_as_c=0.15, c_as_f=0.008,
         fighter_eff=-0.6),
    dict(name="list-C", prefix="C", script="ar",
         pat=[55, 25, 10, 5, 5], hamza=0.45, ta=0.12, ya=0.2, al_drop=0.15,
         al_add=0.03, join=0.45, typo=0.03, diac=0.02, tatweel=0.01, alt=0.12,
         age_miss=0.20, age1=0.20, age2=0.04, age_up=0.7, heap=0.04,
         date_miss=0.10, date_shift=0.20, date_up=0.6, swap=0.004,
         place_miss=0.20, place_gov=0.12, place_comp=0.06, place_prefix=0.06,
         sex_miss=0.15, status_miss=0.12, f_as_c=0.1, c_as_f=0.005,
         fighter_eff=0.4),
    dict(name="list-L", prefix="L", script="lat",
         pat=[50, 28, 13, 5, 4], lnoise=0.1, typo=0.012, al_add=0.0,
         age_miss=0.18, age1=0.2, age2=0.04, age_up=0.5, heap=0.04,
         date_miss=0.10, date_shift=0.19, date_up=0.45, swap=0.008,
         place_miss=0.20, place_gov=0.10, place_comp=0.08, place_prefix=0.0,
         sex_miss=0.14, status_miss=0.10, f_as_c=0.1, c_as_f=0.005,
         fighter_eff=-0.2),
]


# ---------------------------------------------------------------------------
# Record rendering
# ---------------------------------------------------------------------------
def render_name(rng, p, prof, pattern=None):
    pattern = pattern or wpick(rng, PATTERNS, prof["pat"])
    parts = PATTERN_PARTS[pattern]
    wife = p.role == "mother" and p.spouse is not None and rng.random() < 0.02
    if prof["script"] == "ar":
        hab = dict(hamza=rng.random() < prof["hamza"],
                   ta=rng.random() < prof["ta"], ya=rng.random() < prof["ya"],
                   join=1.0 if rng.random() < prof["join"] else 0.05,
                   al_drop=0.9 if rng.random() < prof["al_drop"] else 0.02)
        if wife:
            s = p.spouse
            toks = ["زوجة", ar_part(rng, s.given, hab, prof, False),
                    ar_part(rng, s.family, hab, prof, True)]
        else:
            toks = [ar_part(rng, getattr(p, k), hab, prof, k == "family")
                    for k in parts]
        return ar_decorate(rng, " ".join(toks), prof)
    ctx = LatCtx(rng, prof)
    if wife:
        s = p.spouse
        toks = ["Wife of", lat_token(rng, ctx, s.given, LAT_GIVEN),
                lat_family(rng, ctx, s.family)]
    else:
        toks = [lat_family(rng, ctx, p.family) if k == "family"
                else lat_token(rng, ctx, getattr(p, k), LAT_GIVEN)
                for k in parts]
    return lat_case(ctx, " ".join(t for t in toks if t))


def render_age(rng, a, prof):
    if rng.random() < prof["age_miss"]:
        return ""
    r = rng.random()
    if r < prof["age1"]:
        a += 1 if rng.random() < prof["age_up"] else -1
    elif r < prof["age1"] + prof["age2"]:
        a += 2 if rng.random() < prof["age_up"] else -2
    elif a >= 30 and rng.random() < prof["heap"]:
        a = int(round(a / 5.0) * 5)
    return str(clamp(a, 0, 99))


def render_date(rng, d, prof, boost=1.0):
    if rng.random() < prof["date_miss"]:
        return ""
    if rng.random() < prof["date_shift"] * boost:
        mag = wpick(rng, [1, 2, 3], [60, 25, 15])
        d = d + datetime.timedelta(days=mag if rng.random() < prof["date_up"] else -mag)
    if rng.random() < prof["swap"] and d.day <= 12 and d.day != d.month:
        d = datetime.date(d.year, d.day, d.month)
    return d.isoformat()


def render_place(rng, pi, prof):
    if rng.random() < prof["place_miss"]:
        return ""
    pl = PLACES[pi]
    gov = GOVS[pl["gov"]]
    is_capital = pl["ar"] == gov["ar"]
    ar = prof["script"] == "ar"
    if ar:
        hab = dict(hamza=rng.random() < prof["hamza"], ta=rng.random() < 0.3,
                   ya=rng.random() < prof["ya"], join=0.0, al_drop=0.0)
        fix = lambda s: " ".join(ar_word(rng, w, hab, prof["typo"] / 2)
                                 for w in s.split(" "))
    if rng.random() < prof["place_gov"]:
        if ar:
            opts = [gov["ar"], "محافظة " + gov["ar"]]
            if not is_capital:
                opts.append(gov["ar_c"])
            return fix(wpick(rng, opts, [5, 2, 4][:len(opts)]))
        opts = [rank_pick(rng, gov["lat"]), rank_pick(rng, gov["lat"]) + " Governorate"]
        if not is_capital:
            opts.append(rank_pick(rng, gov["lat_c"]))
        return wpick(rng, opts, [5, 2, 4][:len(opts)])
    if ar:
        s = pl["ar"]
        if rng.random() < prof["place_prefix"]:
            s = rng.choice(["مدينة ", "بلدة ", "حي "]) + s
        s = fix(s)
        if rng.random() < prof["place_comp"] and not is_capital:
            s = s + rng.choice([" - ", "، ", " / "]) + fix(rng.choice([gov["ar"], gov["ar_c"]]))
        return s
    s = rank_pick(rng, pl["lat"])
    if rng.random() < 0.06 and " " not in s:
        s = lat_noise(rng, s)
    if rng.random() < prof["place_comp"] and not is_capital:
        s = s + rng.choice([", ", " - ", " / "]) + rank_pick(rng, gov["lat"])
    return s


def render_status(rng, st, prof, age):
    if rng.random() < prof["status_miss"]:
        return ""
    if st == "fighter" and rng.random() < prof["f_as_c"]:
        return "civilian"
    if st == "civilian" and age >= 16 and rng.random() < prof["c_as_f"]:
        return "fighter"
    return st


def render(rng, p, prof, boost=1.0):
    return dict(name=render_name(rng, p, prof),
                source=prof["name"],
                sex="" if rng.random() < prof["sex_miss"] else p.sex,
                age=render_age(rng, p.age, prof),
                date=render_date(rng, p.date, prof, boost),
                place=render_place(rng, p.place, prof),
                status=render_status(rng, p.status, prof, p.age),
                person=p.pid)


def near_copy(rng, rec, p, prof):
    """A second entry of the same person: mostly the same, one or two edits."""
    r2 = dict(rec)
    fields = ["name", "age", "date", "place", "sex", "name"]
    for f in rng.sample(fields, rng.randint(1, 2)):
        if f == "name":
            r2["name"] = render_name(rng, p, prof)
        elif f == "age":
            r2["age"] = "" if rng.random() < 0.4 else \
                str(clamp(p.age + rng.choice((-1, 1, 0)), 0, 99))
        elif f == "date":
            d = p.date + datetime.timedelta(days=rng.choice((-2, -1, 1, 1, 2, 3)))
            r2["date"] = d.isoformat() if rng.random() < 0.8 else ""
        elif f == "place":
            r2["place"] = render_place(rng, p.place, prof)
        elif f == "sex":
            r2["sex"] = "" if r2["sex"] else p.sex
    return r2


# ---------------------------------------------------------------------------
# Lists
# ---------------------------------------------------------------------------
def logistic_noise(rng):
    u = rng.random()
    u = min(max(u, 1e-12), 1 - 1e-12)
    return math.log(u / (1 - u))


def generate(n, seed):
    world = World(n, seed)
    people = world.build()
    rng = random.Random("lists/%s" % seed)
    nl = len(PROFILES)
    n_inc = len(world.incidents)
    # coverage: each list reports some regions and incidents better than others
    scores = []
    members = []
    for prof in PROFILES:
        cov = rng.uniform(0.5, 0.7)
        gov_eff = {g: rng.gauss(0, 0.5) for g in GOV_KEYS}
        inc_eff = [rng.gauss(0, 0.9) for _ in range(n_inc)]
        sc = []
        for p in people:
            s = gov_eff[PLACES[p.place]["gov"]] + inc_eff[p.inc] + \
                logistic_noise(rng)
            if p.status == "fighter":
                s += prof["fighter_eff"]
            sc.append(s)
        order = sorted(range(len(people)), key=lambda i: -sc[i])
        chosen = set(order[:int(round(cov * len(people)))])
        scores.append(sc)
        members.append(chosen)
    for p in people:                     # everyone is on at least one list
        if not any(p.idx in m for m in members):
            best = max(range(nl), key=lambda l: scores[l][p.idx])
            members[best].add(p.idx)
    rows = []
    for l, prof in enumerate(PROFILES):
        rrng = random.Random("render/%s/%s" % (seed, prof["name"]))
        incl = sorted(members[l])
        first = {}
        for i in incl:
            rec = render(rrng, people[i], prof)
            first[i] = rec
            rows.append(rec)
        n_dup = int(round(len(incl) * rrng.uniform(0.025, 0.04)))
        for _ in range(n_dup):
            i = rrng.choice(incl)
            p = people[i]
            if rrng.random() < 0.35:
                rows.append(near_copy(rrng, first[i], p, prof))
            else:
                rows.append(render(rrng, p, prof, boost=1.5))
    rng.shuffle(rows)
    for prof in PROFILES:
        mine = [r for r in rows if r["source"] == prof["name"]]
        nums = rng.sample(range(1, 1000000), len(mine))
        for r, k in zip(mine, nums):
            r["id"] = "%s-%06d" % (prof["prefix"], k)
    return rows, world


FIELDS = ["id", "name", "source", "sex", "age", "date", "place", "status",
          "person"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    rows, world = generate(a.people, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    counts = {}
    for r in rows:
        counts[r["source"]] = counts.get(r["source"], 0) + 1
    sys.stderr.write("people %d, incidents %d, records %d (%s)\n" % (
        len(world.people), len(world.incidents), len(rows),
        ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
