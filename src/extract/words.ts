/**
 * Closed-class and high-frequency words of Arabic news used by the grammar rules (not relation triggers: those are
 * data in data/triggers). All are normalised with the same function as the text.
 */
import { normalizeArabic } from "./normalize.js";

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/** Verb forms with "و" or "ف" glued on as well ("اعتبرت" and "واعتبرت"، "فاعتبرت"). */
function withConjunction(words: string): Set<string> {
  const out = set(words);
  for (const w of [...out]) if (!/^[وف]/.test(w)) for (const c of ["و", "ف"]) out.add(c + w);
  return out;
}

/** Prepositions written as separate words that introduce an argument or a place. */
export const PREP_WORDS = set("مع إلى على ضد من عن لدى في قرب داخل خارج نحو تجاه حيال إزاء حول بين عبر بحق");

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
الأطراف أطراف الطرفين طرفي الجهات جهات الأوساط أوساط الدوائر دوائر مصدر مصدرا المصدر مصادر المصادر
نواب النواب نوابا أعضاء الأعضاء عضو أشخاص قادة القادة زعماء قيادات القيادات القيادة قيادة
الطائرات طائرات الطيران المقاتلات مقاتلات الزوارق البوارج
طائرات الطائرات طائرة الطائرة مقاتلات المقاتلات مقاتلة المقاتلة مروحية المروحية سفن السفن بوارج البوارج مدمرات المدمرات
مستوطنين مستوطنون المستوطنين المستوطنون مستوطن جنود الجنود جنديين جندي مسلحين مسلحون المسلحين المسلحون
عسكريين عسكريون العسكريين شرطة الشرطة عناصر جماعات مجموعات مسيرات المسيرات زوارق الزوارق بحارة
الدفاعات دفاعات المدفعية مدفعية
عملاء العملاء عميل عميلا
الأجهزة أجهزة
`);

/** Words that name what follows with "بـ": "ما يسمى بـ"، "المعروف بـ". */
export const NAMING_WORDS = set("يسمى تسمى يعرف تعرف المسمى المسماة المعروف المعروفة سمي سميت");

/**
 * What a state owns and an attack strikes: with a nationality right after, they stand for that state ("سفينة
 * إسرائيلية"، "مواقع سورية"). Never "القاعدة" (al-Qaeda); never with a preposition ("مواقع في أرمينيا" is a place).
 */
export const TARGET_NOUNS = set(`
سفينة سفينتين ناقلة ناقلات دبابة دبابات الدبابات آليات الآليات مدرعات المدرعات مواقع موقعا منشآت منشأة قواعد قاعدة
المنشآت المنشأة المواقع القواعد
كيانات
مصفاة المصفاة مصافي المصافي
مدن المدن بلدات البلدات قرى القرى
دورية دوريات الدورية الدوريات موكب الموكب قافلة القافلة
`);

/** Of those, the sites: they never act, so a mention that starts with one is never a verb's subject. */
export const SITE_NOUNS = set("مواقع موقعا المواقع منشآت منشأة المنشآت المنشأة قواعد قاعدة القواعد");

/**
 * Acts that belong to an actor: with a nationality they name that actor as the one criticised, welcomed or rejected
 * ("نددت بالغارات الإسرائيلية" → Israel). Only nouns of deliberate acts, not "الحرب"/"الصراع" (shared by parties).
 */
export const ACT_NOUNS = set(`
الغارات غارات الغارة غارة الهجوم هجوم الهجمات هجمات الاعتداءات اعتداءات الاعتداء اعتداء القصف قصف العدوان عدوان
الانتهاكات انتهاكات التصريحات تصريحات التهديدات تهديدات الممارسات ممارسات السياسات سياسات السياسة سياسة القرار
قرار القرارات الضربات ضربات الخطوة خطوة المواقف الموقف موقف العملية العمليات الإجراءات إجراءات المبادرة مبادرة
الجهود جهود المساعي مساعي الوساطة وساطة الدعم دعم الدور دور
وصول زيارة تدخل مشاركة توصيات مقترحات مقترح اقتراح المقترح المقترحات الاقتراح خطة مطالب مطالبات طلب شروط دعوة عرض محاولات محاولة انشقاق
بيان البيان بيانات تصريح التصريح الخطوات خطوات
الاتهامات اتهامات الادعاءات ادعاءات المزاعم مزاعم التدخلات تدخلات التدخل
الاستيطان استيطان العقوبات عقوبات الحصار حصار
الخروقات خروقات الخرق خرق التجاوزات تجاوزات الاستفزازات استفزازات
الانتخابات انتخابات الديمقراطية ديمقراطية الإصلاحات إصلاحات الإنجازات إنجازات النجاحات نجاحات
انتقاد انتقادات الانتقادات الانتقاد إدانة الإدانة تنديد التنديد الرفض ترحيب الترحيب تأييد التأييد
`);

/** Adjectives that may stand between an agent noun and its actor ("وفد رفيع المستوى من حماس"). */
export const AGENT_ADJECTIVES = set(
  "رفيع رفيعا رفيعة رفيعي المستوى كبير كبيرا كبار بارز بارزا الحربية الحربي الحربيه المسيرة مسيرة نفط النفط الأمنية المسلحة الجوية الجوي النووية النووي عسكرية عسكري عسكريا حربية تجارية تجاري مقرب مقربة مقربون مقربين",
);

/**
 * Indefinite heads that make what follows someone else's aide: "مستشار رئيس الجمهورية X" is not the president,
 * "مبعوث نتنياهو" is not Netanyahu.
 */
export const AIDE_HEADS = set(`
مستشار مستشارة مستشارو مستشاري نائب نائبة نواب مساعد مساعدة مساعدو مساعدي مبعوث مبعوثة موفد ممثل ممثلة ممثلو ممثلي
مندوب متحدث ناطق مدير مديرة كبير
`);

/** First words of titles that introduce a person ("وزير الخارجية الروسي سيرغي لافروف"). */
export const TITLE_HEADS = set(`
رئيس الرئيس رئيسة الرئيسة وزير الوزير وزيرة وزيرا وزيري نائب نائبة المتحدث المتحدثة متحدث الناطق الناطقة
السفير سفير السفيرة المبعوث مبعوث المندوب مندوب الأمين القيادي زعيم الزعيم قائد القائد مستشار المستشار
مساعد مساعدة الملك الأمير ولي العاهل المرشد مرشد رئيسا رئيسي سفيرا سفيري المدير مدير اللواء العميد الجنرال
نظيره نظيرته نظيريه نظيرها نظيراه نظيراها نظراؤه نظرائه
المفوض مفوض المفوضة مفوضة القائم الممثل ممثل الممثلة سفراء المبعوثة مبعوثة المندوبة مندوبة أمير ملك حاكم
الرئيسان الرئيسين الوزيران الوزيرين الزعيمان الزعيمين
المعارض الناشط الناشطة الحقوقي الداعية العقيد عقيد النقيب السيناتور سيناتور
البطريرك بطريرك المطران مطران الكاردينال البابا المرجع المفتي مفتي
الوزيرة المستشارة مستشارة الأمينة الملكة
المرشح مرشح المرشحة النائب النائبة
عضو مسؤول المسؤول
`);

/**
 * Ranks that stand before a name as an honorific does, after the office it holds: "رئيس كتلة X النائب Y"، "قائد
 * المنطقة اللواء Y". They open a title alone, and yet a longer title before them is the same person's.
 */
export const RANK_TITLES = set(
  "النائب النائبة السيناتور السناتور اللواء العميد العقيد الجنرال النقيب المشير الفريق المقدم الرائد",
);

/**
 * Indefinite heads of an appositive role after a name that are no titles before one ("أمين" is also a given name):
 * "ندد X محامي Y" is X, Y's lawyer, condemning; Y is no object.
 */
export const APPOSITION_HEADS = set(
  "أمين عضو المرشح المرشحة مرشح مرشحة محامي محامية الشريك الشريكة شريك شريكة شيخ مفتي",
);

/** Adjectives of a title's former holder, who is someone else than its holder: "الرئيس السابق"، "الملك الراحل". */
export const FORMER_HOLDER = set("السابق السابقة الأسبق المخلوع المخلوعة الراحل الراحلة المعزول المعزولة");

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
الدولي الدولية الأممي الأممية المشترك البارز البارزة الجمهوري الديمقراطي
الراحل المخلوع المعزول المؤقت المنتخب المستقيل السابق الأسبق والمغتربين
الماروني الأرثوذكسي الكاثوليكي مار
`);

/** Courtesy titles, which only ever stand before a name: "السيد"، "الدكتور". */
export const COURTESY_TITLES = set("السيد السيدة الدكتور الدكتورة الأستاذ الأستاذة المهندس الحاج");

/** Counts of people ("العشرات من"، "آلاف"): a crowd of a nationality is not its state. */
export const QUANTITY_WORDS = set(
  "عشرات العشرات مئات المئات آلاف الآلاف ألوف ملايين الملايين عدد العديد بعض مجموعة مجموعات حشود الحشود",
);

/** Words that may follow a nationality inside a title, before the name ("المبعوث الصيني الخاص تشاي جيون"). */
export const TITLE_TAIL = set(
  "البارز البارزة الخاص الخاصة السابق السابقة الأسبق الجديد الجديدة الحالي الحالية الدائم الدائمة اللواء الفريق العميد المشير الدكتور",
);

/** Regions an envoy may be posted to ("المبعوث الخاص إلى الشرق الأوسط"): part of the title, not an actor. */
export const REGION_WORDS = set(`
الشرق الأوسط الأدنى المنطقة منطقة الخليج الساحل القرن الأفريقي الإفريقي البحيرات العظمى القوقاز البلقان آسيا الوسطى
أفريقيا إفريقيا شمال جنوب غرب شرق العربي
`);

/** Function and time words that never belong to a personal name. */
export const NAME_STOP = set(`
في من إلى على عن مع لدى بين قد لقد إن أن بأن لأن إنه أنه كان كانت يكون تكون هو هي هم هما الذي التي الذين
و أو ثم أول لكن بل حيث بعد قبل خلال عند منذ حتى أمس اليوم غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
يوم صباح مساء ليلة الماضي المقبل إنها أنها إنهم ما لا لم لن ليس عبر نحو ضد حول كما وقال وقالت قال قالت أكد
أكدت ذكر ذكرت أعلن أعلنت أضاف أضافت بحسب وفق أيضا كذلك الذي رسميا جدا وذلك ذلك هذا هذه تلك عام العام
هاتفيا مجددا حاليا سابقا لاحقا تطورات مستجدات سبل آخر أخرى
إفريقيا أفريقيا أوروبا آسيا
لمدة لصالح بسبب بشأن بحضور برئاسة بمشاركة لبحث لمناقشة بمناسبة بعدما لدى ومعه ومعها ومعهم معه معها معهم وبرفقته برفقة
`);

/** Particles written inside compound names ("عبد الله", "أبو مرزوق", "بن سلمان"). */
export const NAME_PARTICLES = set("عبد أبو أبي بن ابن آل أبا ولد");

/** Regnal ordinals ("خوان كارلوس الأول"): the last word of such a name is no family name ("الوزير الأول"). */
export const REGNAL_ORDINALS = set("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر");

/** Given names common enough that a surname after a different one is a different person. */
export const GIVEN_NAMES = set(`
محمد أحمد علي حسن حسين محمود مصطفى خالد عمر يوسف إبراهيم إسماعيل عبد موسى عيسى سعيد سامي سامح جواد مسلم
مجتبى رضا مهدي جعفر صالح ناصر فيصل سلمان حمد تميم ماريا سيرغي سيرجي دميتري ديمتري ميخائيل فلاديمير أليكسي
محمد أحمد محمود مصطفى علي حسن حسين خالد عمر عمرو يوسف إبراهيم إسماعيل موسى عيسى سعيد سعد سامي سامح جواد
مهدي جعفر صالح ناصر فيصل سلمان حمد تميم طارق عاطف ثروت حامد كمال جمال عادل عدنان عماد فؤاد فريد فارس
هاني هشام وليد وائل وجدي وجيه ياسر ياسين يحيى زياد زكي رامي رضا رشيد رياض سليم سليمان سمير شريف صلاح طه ماهر
مالك مازن منصور منير نبيل نادر نزار نجيب نصر نعيم هادي هيثم وسام أيمن أسامة أنور أمين أشرف إياد باسم بشار
بشير توفيق جميل حاتم حازم حمدي خليل راشد رائد رفيق زهير سالم سامر سعود شادي شكري صابر صادق صبري ضياء
عاصم عامر عباس عبد عثمان عزيز عصام علاء غازي غسان فادي فاروق فتحي فهد قاسم قيس لؤي مجدي مراد مروان
مسعود معاذ منذر مؤمن نايف نبيه نوري هلال همام وحيد يونس حمادي منصف راشد الحبيب حبيب مصطفى نبيه ميشال
ميشيل نجيب سمير بطرس دوري نقولا جبران أمين إلياس الياس سعد فؤاد رفيق شفيق سها منيرة مريم فاطمة عائشة
زينب خديجة ليلى سلمى هند نادية سعاد سميرة أسماء رانيا هيفاء نجلاء منى بثينة رجاء سوزان
عبدالله عبدالرحمن عبدالعزيز عبدالحكيم عبدالكريم عبدالفتاح عبدالمجيد عبدالرحيم عبدالحميد عبدالسلام عبدالقادر
عبدالوهاب عبدالإله عبداللطيف عبدالرزاق عبدالناصر عبدالمنعم عبدالستار
جون جورج ديفيد دافيد وليام ويليام ليون باراك هيلاري جيمس روبرت مايكل توني نيكولا نيكولاس فرانسوا فرانك
أنجيلا انجيلا لوران آلان بان كوفي فلاديمير ديمتري دميتري سيرغي سيرجي ميخائيل يوكيا بنيامين إيهود ايهود
شاؤول أفيغدور افيغدور شمعون أرييل ارييل تسيبي
ألكسندر الكسندر ألكساندر الكساندر الكاسندر أليكساندر اليكساندر أليكسندر اليكسندر ألكسي الكسي اليكسي أليكسي
ألبرت البرت ألفريد الفريد إليزابيث اليزابيث أليساندرو اليساندرو ألفارو الفارو
بيتر ريتشارد ستيفن ستيفان كريستوفر دانيال جوزيف كيفن كيفين ماري كاثرين كاترين فيليب دومينيك
جان بيير كلود جيرار هيرفيه إيمانويل ايمانويل أنطونيو انطونيو ماريو خوسيه هوغو رجب أحمدي نوري
`);

/** Tokens that may stand between a verb and its subject without breaking VSO order. */
/** Head nouns of named groups ("حزب الوفد"، "جمعية قولنا والعمل"). */
export const GROUP_HEADS = set(`
حزب حركة منظمة جبهة اتحاد تجمع نقابة جمعية ائتلاف تحالف تيار كتلة جماعة نادي لواء كتيبة تنظيم مؤسسة شركة
مجموعة ميليشيا مليشيا فصيل رابطة
صحيفة جريدة مجلة قناة
`);
/** Heads of media outlets' names ("صحيفة الأهرام"): groups that report and criticise, and never meet anyone. */
export const MEDIA_HEADS = set("صحيفة جريدة مجلة قناة");
/** Head nouns of named state bodies ("مجلس الشورى"، "هيئة الأركان"). */
export const BODY_HEADS = set("مجلس هيئة لجنة محكمة جهاز وكالة وزارة سلطة الجيش جيش قوات برلمان");

export const FILLERS = set(`
، , قد أمس اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم مساء صباح أيضا رسميا بدورها بدوره
" ' ( ) - أول بالفعل بعدما فجر ظهر الماضي الماضية
صاحب السمو الملكي سمو فخامة معالي سعادة جلالة حضرة سماحة فضيلة غبطة نيافة
بشدة بحدة بقوة مجددا مجدداً جديد بأشد العبارات علانية علنا صراحة بالإجماع مؤخرا مباشرة شخصيا
`);

/** Words that end a clause for argument search. */
export const CLAUSE_BREAKS = set(
  "لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها بل بينما حيث الذي التي الذين اللذين اللتين كي لكي",
);

/** Light verbs that take a verbal noun as their object ("أجرى محادثات", "عقد اجتماعا", "تلقى اتصالا"). */
/** Verbs that declare a stance held by their subject: "أعلنت فرنسا دعمها لـ"، "أعلن الأردن رفضه لـ". */
/** "Contented oneself with": "لم يكتف X بانتقاد Y" is "X did not merely criticise Y"; its act happened. */
export const CONTENT_VERBS = set("اكتفى اكتفت اكتفوا يكتفي تكتفي يكتف تكتف يكتفون");

/** Verbs that go on with an act or repeat it: "واصلت إسرائيل قصف غزة"، "جدد الوزير انتقاد …". */
export const ASPECT_VERBS = set(
  "واصل واصلت واصلوا يواصل تواصل يواصلون استأنف استأنفت يستأنف تستأنف جدد جددت يجدد تجدد كرر كررت يكرر تكرر",
);

export const DECLARE_VERBS = set("أعلن أعلنت أعلنا يعلن تعلن أبدى أبدت جدد جددت");

export const LIGHT_VERBS = set(`
أجرى أجرت أجريا أجروا يجري تجري عقد عقدت عقدا عقدوا يعقد تعقد تلقى تلقت يتلقى تتلقى بحث بحثت أبدى أبدت
أعرب أعربت يعرب تعرب أكد أكدت وجه وجهت يوجه توجه قدم قدمت جدد جددت أطلق أطلقت شن شنت يشن تشن
يجر تجر يتلق تتلق
سيجري ستجري سيعقد ستعقد سيبحث ستبحث سيقدم ستقدم أجرتا عقدتا أعربا أبديا جددا أكدا
وفر وفرت يوفر توفر منح منحت يمنح تمنح قاد قادت يقود تقود
تولى تولت يتولى تتولى تولوا
بدأ بدأت بدآ بدأوا يبدأ تبدأ يبدآن سيبدأ ستبدأ اختتم اختتمت يختتم تختتم استأنف استأنفت يستأنف تستأنف
لعب لعبت يلعب تلعب
`);

/**
 * Verbs that carry out an act named before them, in a relative clause: "الزيارة التي قام بها X لـ Y"، "زيارة أداها X".
 * Past and present only: "التي سيقوم بها" is a plan, and leaving it out keeps it from counting as done.
 */
export const CARRY_OUT_VERBS = set("قام قامت قاما قاموا يقوم تقوم يقومان يقومون");

/**
 * The same with the act as a suffix: "زيارة أداها"، "المحادثات التي أجراها"، and the light verbs that go with an act's
 * noun: "الدعوة التي وجهها"، "المساعدات التي قدمتها"، "العقوبات التي فرضها"، "الغارات التي شنها"، "الدعم الذي أبداه".
 */
export const CARRY_OUT_SUFFIXED = set(
  `أداها أدتها أدياها أدوها يؤديها تؤديها أجراها أجرتها أجرياها أجروها يجريها تجريها أداه أدته أجراه أجرته
   وجهها وجهتها وجهه وجهته وجهوها قدمها قدمتها قدمه قدمته قدموها فرضها فرضتها فرضه فرضته فرضوها
   شنها شنتها شنه شنته شنوها عقدها عقدتها عقده عقدته أبداها أبدتها أبداه أبدته
   يوجهها توجهها يقدمها تقدمها يقدمه تقدمه يفرضها تفرضها يفرضه تفرضه يشنها تشنها يشنه تشنه
   أصدرها أصدرتها أصدره أصدرته أصدروها يصدرها تصدرها`,
);

/**
 * Verbs of being and lasting that carry another verb after them: "ظلت تدعم"، "لا تزال تطالب"، "كانت تقدم". Their
 * subject is the carried verb's ("الولايات المتحدة ظلت تدعم مبارك").
 */
export const AUXILIARIES = set("كان كانت ظل ظلت بات باتت مازال مازالت مايزال ماتزال زال زالت يزال تزال لايزال لاتزال");

/** Buildings where talks and receptions are held: "في قصر بعبدا"، "في مقر الرئاسة"، "بقصر قرطاج". */
export const VENUE_NOUNS = set("قصر مقر مكتب قاعة فندق ديوان منزل القصر المقر");

/** One's own building, where one receives: "مكتبه"، "قصره"، "مقرها"، "ديوانه". */
export function ownVenue(word: string): boolean {
  const m = /^(\S{3,}?)(ه|ها|هم)$/.exec(word);
  return !!m && VENUE_NOUNS.has(m[1] ?? "");
}

/** One's own building with "بـ": "بمكتبه"، "بقصره" (where one receives). */
export function atOwnVenue(word: string): boolean {
  return /^ب\S{4,}/.test(word) && ownVenue(word.slice(1));
}

/** Relative pronouns, bare or after "و". */
export const RELATIVE_PRONOUNS = set("الذي التي الذين اللذين اللتين اللذان اللتان والذي والتي والذين");

/** "إن/أن" and their pronoun forms: they open a clause, and are never part of a name whatever the tagger says. */
export const COMPLEMENTIZERS = set("أن إن بأن وأن لأن أنه إنه بأنه أنها إنها بأنها");

/** "His counterpart": a title that refers back to someone named before ("التقى نظيره مراد مدلسي"). */
export const COUNTERPARTS = set("نظيره نظيرته نظيرها نظيريه نظيراه نظيراها نظراءه نظراؤه نظرائه نظيرهم");

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

/**
 * What befalls a person, and kinship: a genitive after these is a victim or a relative ("مقتل X"، "أرملة X"), never
 * the one who acts or is acted against.
 */
export const VICTIM_NOUNS = set(`
مقتل اغتيال وفاة اعتقال اختطاف خطف إعدام استشهاد إصابة موت رحيل سجن احتجاز
إعفاء إقالة عزل تنحي تنحية طرد إقصاء محاكمة معاقبة إبعاد ملاحقة
أرملة زوجة زوج نجل ابن ابنة شقيق شقيقة والد والدة أخ أخت حفيد أسرة عائلة جثمان جثة رفات ضريح قبر
`);

/** "كان" opening a clause, whose subject follows it before the main verb ("وكان X قد التقى"، "وكان جعجع سأل"). */
export const KANA = set("كان وكان فكان كانت وكانت فكانت");

/** Nouns of places whose name follows them: "حي صلاح الدين"، "بريف دمشق" (a place there, not the state acting). */
export const PLACE_NOUNS = set(`
حي أحياء جبل شارع مدينة منطقة بلدة قرية ساحة مخيم ميدان جامعة مسجد مستشفى مطار ميناء جسر محافظة ولاية ضاحية ريف ضواحي
الحي الشارع المدينة المنطقة البلدة القرية الساحة المخيم الميدان الضاحية الضواحي الريف الأحياء
وسط أطراف محيط قلب
`);

/** Country names that are also common adjectives: "مالي" is Mali and "financial". */
export const NAMES_ALSO_ADJECTIVES = set("مالي");

/** Directions before a place: "في شمال لبنان"، "شمال مالي". */
export const DIRECTIONS = set("شمال جنوب شرق غرب وسط");

/** Honorifics written before a name that a mention may not include ("المستشار أحمد مكي"، "وجدد الأخ باسندوة"). */
export const HONORIFIC_WORDS = set(
  "السيد السيدة الدكتور الدكتورة الشيخ المستشار المهندس الأستاذ العماد الحاج المدعو الإرهابي المتهم الموقوف المعتقل الأخ الناشط الناشطة المعارض الحقوقي الداعية المحامي " +
    // Professions written as a title: "الخبير الاستراتيجي"، "الكاتب الصحفي"، "الفنان".
    "الخبير الكاتب المحلل الباحث الإعلامي الصحفي الفنان الإمام الأكاديمي المفكر الفقيه",
);

/** Verbs by which an act names its target: "عقوبات تستهدف قطاع النفط الإيراني". */
export const TARGETING_VERBS = set("تستهدف يستهدف تطال يطال تشمل يشمل");

/** Subjects that name no one: "إن الجميع يدعم النظام" (the name after the verb is its object). */
export const GENERIC_SUBJECTS = set("الجميع الكل البعض الكثيرون الكثيرين كثيرون");

/** Quantifiers that may stand between a preposition or an act and what they quantify ("على أي هجوم"، "رفض كافة محاولات"). */
export const QUANTIFIERS = set("أي أية كافة كل جميع");

/** Verbs of saying whose subject a following pronoun refers to. */
export const SAYING = withConjunction(`
قال قالت وقال وقالت أكد أكدت وأكد وأكدت أوضح أوضحت وأوضح وأوضحت أضاف أضافت وأضاف وأضافت ذكر ذكرت وذكر وذكرت أعلن
أعلنت وأعلن وأعلنت صرح صرحت وصرح وصرحت كشف كشفت وكشف وكشفت أشار أشارت وأشار وأشارت اعتبر اعتبرت واعتبر
اعترف اعترفت واعترف فأوضح فأوضحت فقال فقالت تابع تابعت وتابع
أخبر أخبرت وأخبر وأخبرت أخبرنا وأخبرنا أخبرني وأخبرني أبلغ أبلغت وأبلغ وأبلغت أبلغنا وأبلغنا
خاطب خاطبت وخاطب وخاطبت رأى رأت ورأى ورأت
ادعى ادعت وادعى وادعت زعم زعمت وزعم وزعمت شدد شددت وشدد وشددت أفاد أفادت وأفاد وأفادت
`);

/** Documents that speak for their issuer, named after them: "بيان المعارضة"، "تقرير اللجنة". */
export const STATEMENT_NOUNS = set("بيان تقرير رسالة مذكرة بلاغ");

/** Nouns of saying whose genitive is the speaker of the clause after them: "تصريحات كلينتون بأن روسيا …". */
export const SPEECH_NOUNS = set("تصريحات تصريح قول حديث كلام تأكيد إعلان اتهامات");

/** Opening quotation marks: a quoted name or phrase may open right after a word ("ووزراء "حزب الله""). */
export const OPENING_QUOTES = new Set(['"', "«", "“"]);

/** Members of a group by their office or role, before the group's name ("نواب “النهضة”"، "ووزراء حزب الله"). */
export const MEMBER_NOUNS = set("نواب نائب أعضاء عضو وزراء قادة قيادات قيادي قياديو أنصار مقاتلو مقاتلي عناصر كتلة");

/**
 * Heads of state's titles, and the offices under them whose title may stand right before one of theirs: "وزير خارجية
 * الكويت الملك عبدالله" names two men. (Not "الأمير": "وزير الخارجية السعودي الأمير فيصل" is one, a prince who is
 * minister.)
 */
export const ROYAL_HEADS = set("الملك العاهل الرئيس السلطان");
export const MINISTERIAL_HEADS = set("وزير وزيره سفير سفيره مبعوث مندوب مستشار متحدث نائب");

/**
 * Whether a word is a preposition on a verbal noun's pattern ("لإجراء"، "لاستئناف"، "لتعزيز"، "لزيارة"، "لمناقشة"):
 * never a word of a name, whatever the tagger calls it.
 */
export function isPrepositionalMasdar(n: string): boolean {
  return /^[بلك](ا\S{2}ا\S|ا\S{3}ا\S|است\S{2}ا\S|ت\S{2}ي\S|\S{2}ا\Sه|م\Sا\S{2}ه)$/.test(n);
}
