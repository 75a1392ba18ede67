package org.marsad.link.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * Name tables for {@link SyntheticLists}: common given names of Gaza and the Levant by sex, family
 * names, and places, each in Arabic with the Latin spellings recorders actually use for it. Written for
 * Marsad; the order is roughly by frequency, which the generator turns into a Zipf distribution.
 */
final class SyntheticNames {

    /** An Arabic name and its Latin spellings. */
    record Entry(String arabic, List<String> latin) {
    }

    static final List<Entry> MALE = parse("""
            محمد|Mohammad/Muhammad/Mohammed/Mohamed/Mohamad
            أحمد|Ahmad/Ahmed
            محمود|Mahmoud/Mahmud/Mahmood
            علي|Ali/Aly
            خالد|Khaled/Khalid
            عبد الله|Abdullah/Abdallah/Abd Allah
            يوسف|Yousef/Youssef/Yusuf/Yousif
            إبراهيم|Ibrahim/Ebrahim
            حسن|Hasan/Hassan
            عمر|Omar/Umar
            مصطفى|Mustafa/Moustafa/Mostafa
            حسين|Hussein/Hussain/Husein
            عبد الرحمن|Abdulrahman/Abdel Rahman/Abd al-Rahman/Abdelrahman
            سامي|Sami/Samy
            سعيد|Saeed/Said/Saed
            ياسر|Yasser/Yasir
            إسماعيل|Ismail/Ismael/Esmail
            وليد|Walid/Waleed
            زياد|Ziad/Ziyad
            جمال|Jamal/Gamal
            نبيل|Nabil/Nabeel
            رامي|Rami/Ramy
            فادي|Fadi/Fady
            هاني|Hani/Hany
            عماد|Imad/Emad
            إياد|Iyad/Eyad
            أسامة|Osama/Usama/Ossama
            سليمان|Suleiman/Sulaiman/Soliman
            عثمان|Othman/Osman/Uthman
            صالح|Saleh/Salih
            ناصر|Nasser/Nasir
            منير|Munir/Mounir
            رائد|Raed/Ra'ed
            ماجد|Majed/Majid
            طارق|Tareq/Tariq/Tarek
            باسل|Basel/Basil
            أنس|Anas
            حمزة|Hamza/Hamzah
            بلال|Bilal/Belal
            مؤمن|Moamen/Mumin/Mo'men
            عادل|Adel/Adil
            فتحي|Fathi/Fathy
            شادي|Shadi/Shady
            غسان|Ghassan
            قاسم|Qasem/Qassem/Kassem
            ضياء|Diaa/Diya
            ثائر|Thaer/Thair
            نور الدين|Nour al-Din/Nureddin/Nour Eddine
            صلاح الدين|Salah al-Din/Salahuddin/Salah Eddine
            جهاد|Jihad/Jehad
            رمضان|Ramadan/Ramadhan
            عيسى|Issa/Eisa/Isa
            موسى|Musa/Mousa/Moussa
            يحيى|Yahya/Yehia
            زكريا|Zakaria/Zakariya
            هيثم|Haitham/Haytham
            وائل|Wael/Wa'el
            نضال|Nidal/Nedal
            شريف|Sharif/Sherif
            أيمن|Ayman/Aymen
            رياض|Riyad/Riad
            عبد الكريم|Abdulkarim/Abdel Karim/Abd al-Karim
            كريم|Karim/Kareem
            أنور|Anwar/Anour
            جميل|Jamil/Jameel
            سمير|Samir/Sameer
            توفيق|Tawfiq/Tawfik/Tofik
            راشد|Rashed/Rashid
            مازن|Mazen/Mazin
            عدنان|Adnan
            مهند|Muhannad/Mohannad
            معاذ|Muath/Moaz/Mu'adh
            """);

    static final List<Entry> FEMALE = parse("""
            فاطمة|Fatima/Fatma/Fatimah
            مريم|Maryam/Mariam/Miriam
            عائشة|Aisha/Aysha/Aicha
            خديجة|Khadija/Khadijah
            زينب|Zainab/Zeinab/Zaynab
            نور|Nour/Noor/Nur
            سارة|Sara/Sarah
            هدى|Huda/Hoda
            آمنة|Amna/Amina
            أسماء|Asmaa/Asma
            رحاب|Rehab/Rihab
            سلمى|Salma/Selma
            ريم|Reem/Rim
            ليلى|Layla/Leila/Laila
            هبة|Heba/Hiba
            دعاء|Doaa/Duaa
            آلاء|Alaa/Ala'a
            إيمان|Iman/Eman
            رنا|Rana
            لينا|Lina/Leena
            يارا|Yara
            سماح|Samah
            منى|Mona/Muna
            وفاء|Wafaa/Wafa
            حنان|Hanan
            سهام|Siham/Seham
            انتصار|Intisar/Entesar
            ميار|Mayar
            جنى|Jana
            تسنيم|Tasneem/Tasnim
            رغد|Raghad
            شهد|Shahd
            بيسان|Bisan/Baysan
            رهف|Rahaf
            إسراء|Israa/Esraa
            أمل|Amal
            ختام|Khitam
            رزان|Razan
            غادة|Ghada
            نسرين|Nisreen/Nesrine
            ياسمين|Yasmin/Yasmeen
            هالة|Hala
            """);

    static final List<Entry> FAMILY = parse("""
            الحسن|Hasan/Hassan
            الكرد|Kurd
            المصري|Masri/Misri
            الشوا|Shawa
            الدحدوح|Dahdouh/Dahdooh
            البطش|Batsh
            حسونة|Hassouna/Hassona
            النجار|Najjar/Najar
            الأسطل|Astal
            أبو شمالة|Abu Shamala/Abushamala
            أبو سمرة|Abu Samra/Abu Samrah
            أبو حدايد|Abu Hadayed/Abu Hudaid
            أبو ريدة|Abu Raida/Abu Rida
            الفرا|Farra/Farah
            شبات|Shabat/Shabbat
            عثمان|Othman/Osman
            الجعبري|Jabari/Ja'bari
            محيسن|Muhaisen/Mhaisen
            البردويل|Bardawil/Bardaweel
            كشكو|Kashko
            الدبيكي|Dabiki
            المقيد|Muqayyad/Moqayed
            صبح|Sabah/Subh
            حبوش|Haboush/Habboush
            قريقع|Qariqa/Qreiqa
            ساق الله|Saqallah/Saq Allah
            أبو قوطة|Abu Qouta/Abu Quta
            عاشور|Ashour/Ashur
            الشاعر|Shaer/Sha'er
            الأغا|Agha
            البرعي|Baraei/Bar'i
            الزهار|Zahar/Zahhar
            الريس|Rayyes/Rayes
            الحلو|Helou/Hilu
            سكيك|Skaik/Sekeik
            الخطيب|Khatib/Khateeb
            المدهون|Madhoun/Madhoon
            الغول|Ghoul/Ghul
            السقا|Saqqa/Sakka
            الطويل|Taweel/Tawil
            العمصي|Amsi
            أبو عيدة|Abu Eida/Abu Ayda
            الهندي|Hindi
            الخالدي|Khalidi/Khaldi
            الجمل|Jamal/Gamal
            دغمش|Doghmush/Daghmash
            حلس|Hilles/Hellis
            الكحلوت|Kahlout/Kahloot
            اللوح|Louh/Lawh
            أبو النجا|Abu al-Naja/Abu Naja
            الأشقر|Ashqar/Ashkar
            صيام|Siam/Siyam
            الغلبان|Ghalban
            بربخ|Barbakh
            العطار|Attar/Al-Attar
            شراب|Sharab
            الحداد|Haddad
            الشيخ خليل|Sheikh Khalil
            أبو عمرة|Abu Amra/Abu Omra
            مهنا|Muhanna/Mhanna
            """);

    static final List<Entry> PLACES = parse("""
            غزة|Gaza/Ghazza
            جباليا|Jabalia/Jabaliya
            بيت لاهيا|Beit Lahia/Beit Lahiya
            بيت حانون|Beit Hanoun/Beit Hanun
            دير البلح|Deir al-Balah/Deir el-Balah
            النصيرات|Nuseirat/Nusairat
            البريج|Bureij/Breij
            المغازي|Maghazi
            خان يونس|Khan Younis/Khan Yunis
            رفح|Rafah
            الشجاعية|Shujaiya/Shejaiya
            الزيتون|Zeitoun/Zaytun
            الرمال|Rimal/Remal
            الشاطئ|Shati/Beach camp
            """);

    private SyntheticNames() {
    }

    private static List<Entry> parse(String table) {
        List<Entry> entries = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] columns = line.strip().split("\\|");
            entries.add(new Entry(columns[0], List.of(columns[1].split("/"))));
        }
        return List.copyOf(entries);
    }
}
