/**
 * A readable Latin spelling for names the dictionary does not know, so that an actor's English `name` is never
 * empty or Arabic. A simple news-style romanisation (not a scholarly one): "حامد كرزاي" → "Hamed Krzay",
 * "حزب الإصلاح" → "Hizb al-Islah". Reviewed dictionary entries give the established spelling. Pure.
 */

const LETTERS: Record<string, string> = {
  ا: "a",
  أ: "a",
  إ: "i",
  آ: "aa",
  ٱ: "a",
  ء: "'",
  ؤ: "u'",
  ئ: "'i",
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "'",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  ة: "a",
  و: "w",
  ي: "y",
  ى: "a",
  پ: "p",
  چ: "ch",
  ڤ: "v",
  گ: "g",
};

// Well-known name words whose letter-by-letter spelling would look wrong (the usual news spelling).
const WORDS: Record<string, string> = {
  محمد: "Mohammed",
  أحمد: "Ahmed",
  احمد: "Ahmed",
  علي: "Ali",
  عبد: "Abd",
  الله: "Allah",
  أبو: "Abu",
  ابو: "Abu",
  بن: "bin",
  حزب: "Hizb",
  حركة: "Harakat",
  مجلس: "Majlis",
  ...spellings(`
    محمود Mahmoud, مصطفى Mustafa, خالد Khaled, عمر Omar, عمرو Amr, يوسف Youssef, إبراهيم Ibrahim, ابراهيم Ibrahim,
    إسماعيل Ismail, اسماعيل Ismail, موسى Mousa, عيسى Issa, سعيد Saeed, سعد Saad, سامي Sami, حسن Hassan,
    حسين Hussein, منصور Mansour, ناصر Nasser, فيصل Faisal, سلمان Salman, حمد Hamad, حامد Hamed, طارق Tariq,
    كمال Kamal, جمال Jamal, عادل Adel, عماد Imad, فؤاد Fouad, هاني Hani, هشام Hisham, وليد Walid, ياسر Yasser,
    يحيى Yahya, زياد Ziad, رضا Reda, سمير Samir, صلاح Salah, ماهر Maher, نبيل Nabil, هادي Hadi, أيمن Ayman,
    ايمن Ayman, أسامة Osama, اسامة Osama, أمين Amin, امين Amin, أشرف Ashraf, اشرف Ashraf, باسم Bassem,
    بشار Bashar, بشير Bashir, جميل Jamil, خليل Khalil, راشد Rashid, سالم Salem, سعود Saud, شريف Sherif,
    عباس Abbas, عثمان Othman, عزيز Aziz, عصام Essam, علاء Alaa, غازي Ghazi, فهد Fahd, قاسم Qassem, مراد Mourad,
    مروان Marwan, نايف Nayef, يونس Younis, صالح Saleh, جعفر Jaafar, مهدي Mahdi, حيدر Haidar, نوري Nouri,
    سليمان Suleiman, رياض Riad, كريم Karim, فريد Farid, فتحي Fathi, مجدي Magdy, حمدي Hamdi, شكري Shukri,
    ضياء Diaa, زين Zain, نور Nour, هيثم Haitham, وائل Wael, منير Mounir, نادر Nader, نزار Nizar, رفيق Rafik,
    عبدالله Abdullah, عبدالرحمن Abdulrahman, عبدالعزيز Abdulaziz, عبدالكريم Abdulkarim, عبدالرحيم Abdulrahim,
    عبدالحميد Abdulhamid, عبدالسلام Abdulsalam, عبدالقادر Abdulkader, عبداللطيف Abdullatif, الرحمن al-Rahman,
    العزيز al-Aziz, الدين al-Din, الحميد al-Hamid, الكريم al-Karim, فاطمة Fatima, مريم Maryam, عائشة Aisha,
    زينب Zainab, ليلى Leila, سلمى Salma, هند Hind, نادية Nadia, سعاد Souad, منى Mona, أسماء Asma, اسماء Asma,
    جون John, جورج George, ديفيد David, وليام William, توماس Thomas, كلود Claude, بيتر Peter, جان Jean,
    بيير Pierre, ميشال Michel, ميشيل Michel, نيكولا Nicolas, فرانسوا Francois, سيرغي Sergei, فلاديمير Vladimir,
    عز Ezz, الرازق al-Razek, عبدالرازق Abdel-Razek, الرزاق al-Razzaq, عبدالرزاق Abdel-Razzaq, الفتاح al-Fattah,
    عبدالفتاح Abdel-Fattah, الناصر al-Nasser, عبدالناصر Abdel-Nasser, الباسط al-Basit, عبدالباسط Abdel-Basit,
    مؤتمر Mu'tamar, ديمتري Dmitry, ألكسندر Alexander, الكسندر Alexander, الكاسندر Alexander, الكساندر Alexander, دي de, آل Al
  `),
};

/** "عربي English, …" pairs, one table of spellings. */
function spellings(list: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of list.split(",")) {
    const [ar, en] = pair.trim().split(/\s+/);
    if (ar && en) out[ar] = en;
  }
  return out;
}

/** Letters read as vowels: a name word that opens with two consonants gets the "a" news spellings give it. */
const VOWEL_LETTERS = new Set(["ا", "أ", "إ", "آ", "و", "ي", "ى", "ة"]);
/** … where an opening و or ي is a consonant ("وطني" → "Watni"). */
const OPENING_VOWELS = new Set(["ا", "أ", "إ", "آ", "ى", "ة", "ع", "ء"]);

function word(w: string): string {
  const known = WORDS[w];
  if (known) return known;
  // A compound given name written as one word, "عبدالمجيد": "Abdel-" and the divine name as spelt alone.
  const compound = /^عبد(ال\S{3,})$/.exec(w)?.[1];
  if (compound) return `Abdel-${word(compound).replace(/^al-/, "")}`;
  let prefix = "";
  let rest = w;
  if (rest.startsWith("ال") && rest.length > 3) {
    prefix = "al-";
    rest = rest.slice(2);
  } else if (rest.startsWith("وال") && rest.length > 4) {
    // "والتنمية": the conjunction and the article.
    prefix = "wal-";
    rest = rest.slice(3);
  }
  // "الحزب" as "حزب" is spelt: "al-Hizb".
  const knownRest = prefix ? WORDS[rest] : undefined;
  if (knownRest) return prefix + knownRest;
  let out = "";
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i] ?? "";
    const mapped = LETTERS[ch];
    // An opening "ع" is heard as a vowel: "العريضي" → "al-Aridi", not "al-'Ridi".
    if (i === 0 && ch === "ع") {
      out += "a";
      continue;
    }
    if (mapped === undefined) {
      if (/^(?:[\u064B-\u0652]|\u0640|\u0670)$/.test(ch)) continue;
      out += ch;
      continue;
    }
    // و and ي between consonants read as long vowels.
    if ((ch === "و" || ch === "ي") && i > 0 && i < rest.length - 1) out += ch === "و" ? "u" : "i";
    else if (ch === "ي" && i === rest.length - 1 && i > 0) out += "i";
    else out += mapped;
    // "منصور" → "Mansur", not "Mnsur": no short vowel is written, and two opening consonants need one.
    if (i === 0 && rest.length > 2 && !OPENING_VOWELS.has(ch) && !VOWEL_LETTERS.has(rest[1] ?? "")) out += "a";
  }
  const body = out.replace(/^'+|'+$/g, "") || out;
  return prefix + body.charAt(0).toUpperCase() + body.slice(1);
}

/** Romanises an Arabic name; non-Arabic words are kept as they are. */
export function transliterate(arabic: string): string {
  const out = arabic
    .replace(/[\u064B-\u0652]|\u0640|\u0670|[“”"«»]/g, "")
    // "عبد الرازق" is one name, as "عبدالرازق" is.
    .replace(/(^|\s)عبد\s+(ال\S{3,})/g, "$1عبد$2")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (/[\u0621-\u064A]/.test(w) ? word(w) : w))
    .join(" ")
    .trim();
  return out.length > 0 ? out.charAt(0).toUpperCase() + out.slice(1) : arabic;
}
