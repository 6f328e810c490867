/**
 * Closed-class and high-frequency words of Arabic news used by the grammar rules (not relation triggers: those are
 * data in data/triggers). All are normalised with the same function as the text.
 */
import { normalizeArabic } from "./normalize.js";

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/** Prepositions written as separate words that introduce an argument or a place. */
export const PREP_WORDS = set("مع إلى على ضد من عن لدى في قرب داخل خارج نحو تجاه حول بين عبر");

/** Prepositions that make a geographic mention a place rather than a participant. */
export const PLACE_PREPS = set("في قرب داخل خارج عبر");

/** Nouns for people or groups that stand for the actor they are attached to ("مسؤولين روس", "وفد من حماس"). */
export const AGENT_NOUNS = set(`
مسؤول مسؤولا مسؤولة مسؤولين مسؤولون مسؤولي مسؤولو المسؤول المسؤولين المسؤولون
دبلوماسي دبلوماسيا دبلوماسيين دبلوماسيون دبلوماسيي دبلوماسيو الدبلوماسيين الدبلوماسيون
وفد وفدا الوفد وفود
ممثل ممثلا ممثلين ممثلون ممثلي ممثلو الممثل
قيادي قياديا قياديين قياديون قياديي قياديو القيادي القياديين
مبعوث مبعوثا مبعوثي المبعوث
السلطات سلطات الجانب جانب الطرف الشعب القوات قوات عناصر عنصر مقاتلي مقاتلين
الأطراف أطراف الطرفين طرفي
طائرات الطائرات طائرة مقاتلات المقاتلات سفن السفن بوارج البوارج مدمرات المدمرات
مستوطنين مستوطنون المستوطنين المستوطنون مستوطن جنود الجنود جنديين جندي مسلحين مسلحون المسلحين المسلحون
عسكريين عسكريون العسكريين شرطة الشرطة عناصر جماعات مجموعات مسيرات المسيرات زوارق الزوارق بحارة
`);

/**
 * Acts that belong to an actor: with a nationality they name that actor as the one criticised, welcomed or rejected
 * ("نددت بالغارات الإسرائيلية" → Israel). Only nouns of deliberate acts, not "الحرب"/"الصراع" (shared by parties).
 */
export const ACT_NOUNS = set(`
الغارات غارات الغارة غارة الهجوم هجوم الهجمات هجمات الاعتداءات اعتداءات الاعتداء اعتداء القصف قصف العدوان عدوان
الانتهاكات انتهاكات التصريحات تصريحات التهديدات تهديدات الممارسات ممارسات السياسات سياسات السياسة سياسة القرار
قرار القرارات الضربات ضربات الخطوة خطوة المواقف الموقف موقف العملية العمليات الإجراءات إجراءات المبادرة مبادرة
الجهود جهود المساعي مساعي الوساطة وساطة الدعم دعم الدور دور
`);

/** Adjectives that may stand between an agent noun and its actor ("وفد رفيع المستوى من حماس"). */
export const AGENT_ADJECTIVES = set("رفيع رفيعا رفيعة رفيعي المستوى كبير كبيرا كبار بارز بارزا");

/** First words of titles that introduce a person ("وزير الخارجية الروسي سيرغي لافروف"). */
export const TITLE_HEADS = set(`
رئيس الرئيس رئيسة الرئيسة وزير الوزير وزيرة وزيرا وزيري نائب نائبة المتحدث المتحدثة متحدث الناطق الناطقة
السفير سفير السفيرة المبعوث مبعوث المندوب مندوب الأمين القيادي زعيم الزعيم قائد القائد مستشار المستشار
مساعد مساعدة الملك الأمير ولي العاهل المرشد رئيسا رئيسي سفيرا سفيري المدير مدير اللواء العميد الجنرال
نظيره نظيرته نظيريه نظيرها
المفوض مفوض المفوضة مفوضة القائم الممثل ممثل الممثلة سفراء المبعوثة مبعوثة المندوبة مندوبة أمير ملك حاكم
`);

/** Words that may continue a title between its head and the name. */
export const TITLE_WORDS = set(`
وزير وزيرة وزارة الخارجية الدفاع الداخلية المالية خارجية دفاع داخلية وزراء الاقتصاد الطاقة الإعلام العدل الوزراء الحكومة المجلس مجلس
الأمن القومي الوطني العام العامة المكتب السياسي هيئة الأركان للقوات المسلحة القوات باسم الرسمي الرسمية
الأعلى الجمهورية للجمهورية البرلمان النواب الشورى الدولة المستشارية العهد الخاص الخاصة لشؤون شؤون الشرق الأوسط
الأول الثاني نائب مساعد الاستخبارات المخابرات جهاز للشؤون السياسية الحرس الثوري الدائم لدى في حركة لحركة
الإيراني الأمريكي رئيس الحزب حزب البيت الأبيض للجامعة لجامعة الجامعة الدول العربية للأمم المتحدة لمنظمة منظمة
التعاون الإسلامي للوكالة الوكالة الدولية للطاقة الذرية لحلف حلف
بالأعمال الدبلوماسي الرئاسي السامي الأركان الرئاسة السيادة الانتقالي العسكري المركزي الشعب الأمة
حكومة الوحدة الوطنية الوفاق الانتقالية السيادي المؤقتة المجلس
`);

/** Words that may follow a nationality inside a title, before the name ("المبعوث الصيني الخاص تشاي جيون"). */
export const TITLE_TAIL = set(
  "الخاص الخاصة السابق السابقة الأسبق الجديد الجديدة الحالي الحالية الدائم الدائمة اللواء الفريق العميد المشير الدكتور",
);

/** Regions an envoy may be posted to ("المبعوث الخاص إلى الشرق الأوسط"): part of the title, not an actor. */
export const REGION_WORDS = set(`
الشرق الأوسط الأدنى المنطقة منطقة الخليج الساحل القرن الأفريقي الإفريقي البحيرات العظمى القوقاز البلقان آسيا الوسطى
أفريقيا إفريقيا شمال جنوب غرب شرق العربي
`);

/** Function and time words that never belong to a personal name. */
export const NAME_STOP = set(`
في من إلى على عن مع لدى بين قد لقد إن أن بأن لأن إنه أنه كان كانت يكون تكون هو هي هم هما الذي التي الذين
و أو ثم لكن بل حيث بعد قبل خلال عند منذ حتى أمس اليوم غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
يوم صباح مساء ليلة الماضي المقبل إنها أنها إنهم ما لا لم لن ليس عبر نحو ضد حول كما وقال وقالت قال قالت أكد
أكدت ذكر ذكرت أعلن أعلنت أضاف أضافت بحسب وفق أيضا كذلك الذي رسميا جدا وذلك ذلك هذا هذه تلك عام العام
هاتفيا مجددا حاليا سابقا لاحقا تطورات مستجدات سبل آخر أخرى
`);

/** Particles written inside compound names ("عبد الله", "أبو مرزوق", "بن سلمان"). */
export const NAME_PARTICLES = set("عبد أبو أبي بن ابن آل أبا ولد");

/** Given names common enough that a surname after a different one is a different person. */
export const GIVEN_NAMES = set(`
محمد أحمد علي حسن حسين محمود مصطفى خالد عمر يوسف إبراهيم إسماعيل عبد موسى عيسى سعيد سامي سامح جواد
مجتبى رضا مهدي جعفر صالح ناصر فيصل سلمان حمد تميم ماريا سيرغي سيرجي دميتري ديمتري ميخائيل فلاديمير أليكسي
`);

/** Tokens that may stand between a verb and its subject without breaking VSO order. */
export const FILLERS = set(`
، , قد أمس اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم مساء صباح أيضا رسميا بدورها بدوره
" ' ( ) - أول بالفعل بعدما فجر ظهر الماضي الماضية
صاحب السمو الملكي سمو فخامة معالي سعادة جلالة
بشدة بقوة مجددا مجدداً جديد بأشد العبارات
`);

/** Words that end a clause for argument search. */
export const CLAUSE_BREAKS = set(
  "لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها بل بينما حيث الذي التي الذين اللذين اللتين كي لكي",
);

/** Light verbs that take a verbal noun as their object ("أجرى محادثات", "عقد اجتماعا", "تلقى اتصالا"). */
/** Verbs that declare a stance held by their subject: "أعلنت فرنسا دعمها لـ"، "أعلن الأردن رفضه لـ". */
export const DECLARE_VERBS = set("أعلن أعلنت أعلنا يعلن تعلن أبدى أبدت جدد جددت");

export const LIGHT_VERBS = set(`
أجرى أجرت أجريا أجروا يجري تجري عقد عقدت عقدا عقدوا يعقد تعقد تلقى تلقت يتلقى تتلقى بحث بحثت أبدى أبدت
أعرب أعربت يعرب تعرب أكد أكدت وجه وجهت يوجه توجه قدم قدمت جدد جددت أطلق أطلقت شن شنت يشن تشن
يجر تجر يتلق تتلق
سيجري ستجري سيعقد ستعقد سيبحث ستبحث سيقدم ستقدم أجرتا عقدتا
`);

/** Tokens introducing a noun phrase whose possessor is the main clause's subject ("خلال لقائه مع …، أكد X"). */
export const FRAME_PREPS = set("خلال أثناء عقب إثر في لدى على هامش بعد قبل");

/** Passive auxiliaries ("تم استدعاء", "جرى استدعاء"). */
export const PASSIVE_AUX = set("تم يتم جرى يجري");

/** Pronoun suffixes on nouns: possessor is an earlier actor ("دعمها لكييف"). */
export const POSSESSIVE_SUFFIXES = ["هما", "هم", "هن", "ها", "ه", "نا"].map(normalizeArabic);

/** Participles of affiliation: "شبكة مرتبطة بالحوثيين", "جماعات تابعة لإيران" stand for the actor they belong to. */
export const AFFILIATED = set(`
مرتبط مرتبطة مرتبطين مرتبطون المرتبطة المرتبط المرتبطين تابع تابعة تابعين تابعون التابعة التابع التابعين موال موالية
موالين موالون الموالية الموالين
`);

/** What befalls a person: a genitive after these is the victim, never the one who acts or is acted against. */
export const VICTIM_NOUNS = set(`
مقتل اغتيال وفاة اعتقال اختطاف خطف إعدام استشهاد إصابة موت رحيل سجن احتجاز
`);
