// The extractor with a part-of-speech tagger's answer: discovery of actors outside the dictionary and the looser
// linker. Tags are given by hand here (a tiny lexicon per test) so the rules are tested without a JVM; the real
// tagger is exercised by the integration tests. All sentences are our own writing.
import { describe, expect, it } from "vitest";
import { extractPrepared, prepareArticles, taggingRequest } from "../../../src/extract/index.js";
import { atbForm, splitClitics, taggingPieces, withTags } from "../../../src/extract/tagging.js";
import { tokenize } from "../../../src/extract/tokens.js";
import type { ArticleExtraction } from "../../../src/extract/types.js";
import { data, show } from "./helpers.js";

/** Tags every tagging piece: the lexicon's tag, PUNC for punctuation, NN otherwise. */
function tagWith(lexicon: Record<string, string>): (words: string[]) => string[] {
  const norm = Object.fromEntries(Object.entries(lexicon).map(([w, t]) => [atbForm(w), t]));
  return (words) => words.map((w) => norm[w] ?? (/^[\p{P}\p{S}]+$/u.test(w) ? "PUNC" : "NN"));
}

function extractTagged(text: string, lexicon: Record<string, string>): ArticleExtraction {
  const prepared = prepareArticles({ fileName: "t.txt", text, ...data });
  const tags = taggingRequest(prepared).map(tagWith(lexicon));
  const [first] = extractPrepared({ prepared, tags, ...data });
  if (!first) throw new Error("no article");
  return first;
}

const relations = (text: string, lexicon: Record<string, string>): string[] =>
  extractTagged(text, lexicon).relations.map(show);

describe("tagging pieces", () => {
  it("splits a conjunction and preposition off a definite word, and spells words as the treebank does", () => {
    expect(splitClitics("وبالرئيس")).toEqual(["و", "ب", "الرئيس"]);
    expect(splitClitics("للحكومة")).toEqual(["ل", "الحكومة"]);
    expect(splitClitics("وزير")).toEqual(["وزير"]);
    expect(atbForm("إلى")).toEqual("الى");
    expect(atbForm("،")).toEqual(",");
  });

  it("maps the tag of each token's word piece back onto the token, and ignores answers of another length", () => {
    const tokens = tokenize("والتقى الوزير");
    const { words } = taggingPieces(tokens);
    expect(words).toEqual(["و", "التقى", "الوزير"]);
    expect(withTags(tokens, ["CC", "VBD", "DTNN"]).map((t) => t.pos)).toEqual(["VBD", "DTNN"]);
    expect(withTags(tokens, ["VBD"]).map((t) => t.pos)).toEqual([undefined, undefined]);
  });
});

describe("actors beyond the dictionary", () => {
  it("ends a name before 'أمين عام', the title that follows it", () => {
    const lex = { التقى: "VBD", محمود: "NNP", كامل: "NNP", قليج: "NNP", أمين: "NNP" };
    const x = extractTagged("التقى الوزير في طهران الدكتور محمود كامل قليج أمين عام اتحاد المجالس.", lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual(["محمود كامل قليج"]);
  });

  it("leaves out of a name a trigger verb and its conjunction that the tagger took for a proper noun", () => {
    const lex = { وأدان: "NNP", حسام: "NNP", النمري: "DTNNP" };
    const x = extractTagged("وأدان حسام النمري رئيس حزب الوسط الاعتداء على السفارة.", lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual(["حسام النمري"]);
  });

  it("ends a name before a prepositional word the tagger took for a name, and knows a two-word name repeated", () => {
    const lex = { انتقدت: "VBD", إسلام: "NNP", كاريموف: "NNP", بسبب: "NNP", وقرر: "VBD" };
    const text = "انتقدت واشنطن الرئيس إسلام كاريموف بسبب القمع، وقرر إسلام كاريموف الانسحاب من المنظمة.";
    const x = extractTagged(text, lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual(["إسلام كاريموف"]);
  });

  it("reads a headline's short name as the person the body names in full later", () => {
    const lex = { يتهم: "VBP", وقال: "VBD", فادي: "NNP", سليم: "NNP", كرامي: "NNP" };
    const text =
      "كرامي يتهم الحكومة اللبنانية بالتقصير\n\nوقال النائب اللبناني فادي سليم كرامي أمس إن البلاد تمر بأزمة.";
    expect(relations(text, lex)).toEqual(["person:فادي سليم كرامي ACCUSED LBN-government"]);
  });

  it("reads 'علي' spelt with ي before or ending a name as the given name, not the preposition", () => {
    const lex = { واستهجن: "VBD", عبدالكريم: "NNP", علي: "IN" };
    const x = extractTagged("واستهجن الوزير اللبناني موقف السفير السوري علي عبدالكريم علي.", lex);
    expect(x.actors.map((a) => a.nameAr)).toContain("علي عبدالكريم علي");
  });

  it("does not read a known name inside someone else's 'A بن B' chain", () => {
    const lex = { التقى: "VBD", حمد: "NNP", بن: "NNP", علي: "NNP", المري: "DTNNP" };
    const x = extractTagged("التقى أمير قطر مع الوزير حمد بن علي المري في الدوحة أمس.", lex);
    expect(x.actors.map((a) => a.id)).not.toContain("zine-el-abidine-ben-ali");
    expect(x.relations.map(show).filter((r) => r.includes("zine"))).toEqual([]);
    // The same two words after a common noun are still the Tunisian president.
    const y = extractTagged("انتقد الوزير نظام بن علي في تونس أمس.", { انتقد: "VBD", بن: "NNP", علي: "NNP" });
    expect(y.actors.map((a) => a.id)).toContain("zine-el-abidine-ben-ali");
  });

  it("names a person from a run of proper nouns and resolves the family name alone later", () => {
    const x = extractTagged("التقى رئيس الوزراء الأردني سمير زيد الزعبي في عمان.\nوأكد الزعبي دعمه للبنان.", {
      سمير: "NNP",
      زيد: "NNP",
      الزعبي: "DTNNP",
      التقى: "VBD",
      وأكد: "VBD",
    });
    const person = x.actors.find((a) => a.nameAr === "سمير زيد الزعبي");
    expect(person?.kind).toBe("PERSON");
    expect(person?.name).toMatch(/^[A-Za-z' -]+$/);
    expect(x.relations.map(show)).toContain("person:سمير زيد الزعبي SUPPORTED LBN reported");
  });

  it("finds an organisation by its head noun, with the country of its nisba as parent", () => {
    const x = extractTagged("وطالب حزب الفجر السلفي المصري الحكومة بالإفراج عن المعتقلين.", {
      وطالب: "VBD",
      الفجر: "DTNNP",
      السلفي: "DTJJ",
      المصري: "DTJJ",
      الحكومة: "DTNN",
    });
    const party = x.actors.find((a) => a.nameAr.startsWith("حزب الفجر"));
    expect(party).toMatchObject({ kind: "ORGANIZATION", parent: "EGY" });
    // "الحكومة" alone is the government of the country the article is about.
    expect(x.relations.map(show)).toContain(`person:${party?.nameAr} DEMANDED EGY-government`);
  });

  it("does not take a description for a name", () => {
    const x = extractTagged("وطالبت مصر بتشكيل لجنة تحقيق دولية في الحادث.", { وطالبت: "VBD" });
    expect(x.actors.some((a) => a.nameAr.includes("لجنة تحقيق"))).toBe(false);
  });
});

describe("the looser linker", () => {
  it("takes the subject after a circumstantial phrase and the object after it", () => {
    expect(relations("واتهم نتنياهو في بيان إيران بالتدخل في شؤون المنطقة.", { واتهم: "VBD" })).toContain(
      "benjamin-netanyahu ACCUSED IRN",
    );
  });

  it("reads a pronoun subject as the speaker of the clause, and what follows the verb as the object", () => {
    expect(
      relations("وقال نتنياهو لأعضاء حزبه إنه التقى نظيره الأمريكي جو بايدن الأسبوع الماضي.", {
        وقال: "VBD",
        التقى: "VBD",
      }),
    ).toContain("benjamin-netanyahu MET joe-biden reported");
  });

  it("gives a coordinated verb the subject of the verb before it, not of an embedded clause", () => {
    const r = relations("وصرح بلينكن بأن لبنان يواجه الانهيار وحث فرنسا وألمانيا على دعم الحكومة.", {
      وصرح: "VBD",
      يواجه: "VBP",
      وحث: "VBD",
    });
    expect(r).toEqual(
      expect.arrayContaining(["antony-blinken DEMANDED FRA reported", "antony-blinken DEMANDED DEU reported"]),
    );
    expect(r.some((x) => x.startsWith("LBN DEMANDED"))).toBe(false);
  });

  it("does not read a sentence-initial verb's subject as its object", () => {
    expect(relations("ونددت موريتانيا بالهجوم على القافلة.", { ونددت: "VBD" })).not.toContain(
      expect.stringMatching(/DEMANDED|CONDEMNED MRT/),
    );
  });

  it("makes talks held between two parties a meeting, and keeps negated hosting out", () => {
    expect(relations("وعقدت محادثات بين إيران والعراق في بغداد.", { وعقدت: "VBD" })).toContain("IRN MET IRQ");
    expect(relations("ولم تستضف النرويج أي محادثات بين كولومبيا وفنزويلا.", { تستضف: "VBP" })).not.toContain(
      "COL MET VEN",
    );
  });

  it("gives coordinated objects the same relation", () => {
    expect(relations("زار وزير الخارجية الصيني وانغ يي مصر والأردن.", { زار: "VBD", وانغ: "NNP", يي: "NNP" })).toEqual(
      expect.arrayContaining([expect.stringMatching(/MET EGY$/), expect.stringMatching(/MET JOR$/)]),
    );
  });

  it("keeps cues of expectation to their own clause", () => {
    expect(
      relations("دعت فرنسا إلى جولة مفاوضات مرتقبة، بينما اختتم وزير الخارجية الإيطالي زيارة للبنان.", {
        اختتم: "VBD",
      }),
    ).toContain("ITA MET LBN");
  });

  it("finds a meeting partner after a separate مع behind a title, and the talks a light verb says someone held", () => {
    expect(
      relations("وقال بلينكن بعد اجتماع لأكثر من ساعة مع وزير الخارجية المصري بدر عبد العاطي إن المحادثات مفيدة.", {
        وقال: "VBD",
      }),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^antony-blinken MET badr-abdelatty/)]));
    expect(relations("وذكرت المصادر أن المشاورات أجراها ماكرون مع شولتس في برلين.", { وذكرت: "VBD" })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^emmanuel-macron MET olaf-scholz/)]),
    );
  });

  it("reads first-person verbs in quoted speech as the speaker's, and never without one", () => {
    expect(
      relations('وقال المتحدث باسم حركة حماس في بيان: "طالبنا مصر بفتح المعبر".', { وقال: "VBD", طالبنا: "VBD" }),
    ).toContain("hamas DEMANDED EGY reported");
    expect(relations("نطالب مصر بفتح المعبر.", { نطالب: "VBP" })).toEqual([]);
  });

  it("gives the narrator of a confession his first-person acts and objects", () => {
    const r = relations(
      'أقر المتهم سامر زيد العلي بانضمامه إلى مجموعة مسلحة.\nوقال المتهم العلي: "اتصل بي ماهر عادل النمر وطلب مني الحضور، ثم اختطفنا وائل كريم الحسن".',
      {
        سامر: "NNP",
        زيد: "NNP",
        العلي: "DTNNP",
        ماهر: "NNP",
        عادل: "NNP",
        النمر: "DTNNP",
        وائل: "NNP",
        كريم: "NNP",
        الحسن: "DTNNP",
        أقر: "VBD",
        وقال: "VBD",
        اتصل: "VBD",
        اختطفنا: "VBD",
      },
    );
    expect(r).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^person:ماهر عادل النمر MET person:سامر زيد العلي/),
        expect.stringMatching(/^person:سامر زيد العلي ATTACKED person:وائل كريم الحسن/),
      ]),
    );
  });

  it("reads a title used before with a name as that person, and never an indefinite one", () => {
    const lexicon = { سمير: "NNP", زيد: "NNP", الزعبي: "DTNNP", وقال: "VBD", وانتقد: "VBD", الاتصالات: "DTNNS" };
    expect(
      relations("وقال وزير الاتصالات سمير زيد الزعبي إن الخطة جيدة.\nوانتقد وزير الاتصالات قطر بشدة.", lexicon),
    ).toContain("person:سمير زيد الزعبي CONDEMNED QAT");
    expect(
      relations("وقال وزير الاتصالات سمير زيد الزعبي إن الخطة جيدة.\nوانتقد وزير قطر بشدة.", lexicon),
    ).not.toContain("person:سمير زيد الزعبي CONDEMNED QAT");
  });

  it("reads a claim of responsibility for an attack on someone as that attack", () => {
    expect(
      relations("وأعلنت حركة الشباب مسؤوليتها عن الهجوم على القوات الكينية في الصومال.", {
        وأعلنت: "VBD",
        الشباب: "DTNNP",
      }),
    ).toEqual([expect.stringMatching(/^person:حركة الشباب ATTACKED KEN/)]);
  });
});

describe("pronouns and titles that refer to actors", () => {
  it("gives a conjoined verb of saying the sentence's opening subject as the speaker of a later first-person call", () => {
    const lex = { وتبنت: "VBD", وقالت: "VBD", واستطردت: "VBD", أناشد: "VBP", تيريزا: "NNP", ماي: "NNP" };
    const text =
      'وتبنت رئيسة الوزراء البريطانية تيريزا ماي الموقف ذاته وقالت في لندن إن الصبر نفد. واستطردت "أناشد كل الأعضاء في مجلس الأمن التوافق على قرار".';
    expect(relations(text, lex)).toEqual(["theresa-may DEMANDED un-security-council"]);
  });

  it("reads 'he' after 'أخبرنا' as the one who told us, the subject after 'طلب منا', not the quoted narrator", () => {
    const lex = { وقال: "VBD", طلب: "VBD", وأخبرنا: "VBD", اجتمع: "VBD" };
    for (const w of ["سامر", "يوسف", "عودة", "خالد", "محمود", "سليم"]) Object.assign(lex, { [w]: "NNP" });
    const text =
      "وقال المتهم سامر يوسف عودة إن خالد محمود سليم كان معه. وقال سامر: بعد فترة طلب منا خالد أن نجتمع في المدينة وأخبرنا أنه اجتمع مع أشخاص من حركة حماس.";
    expect(relations(text, lex)).toEqual(["person:خالد محمود سليم MET hamas reported"]);
  });

  it("never takes a name in parentheses glossing 'her arrival' for the subject", () => {
    const text = "وكانت آشتون قالت قبل وصولها (مصر) إنها على اتصال دائم مع الرئيس محمد مرسي.";
    expect(relations(text, { قالت: "VBD", وكانت: "VBD" }).filter((r) => r.startsWith("EGY"))).toEqual([]);
  });

  it("gives a title without a name its own gender, so 'منه' after 'السفير الإماراتي' is the ambassador", () => {
    const text =
      "وصل ضاحي خلفان إلى أبوظبي. واستدعت وزارة الخارجية الكويتية السفير الإماراتي في الكويت وطلبت منه تفسيرا لما قيل.";
    expect(relations(text, { وصل: "VBD", واستدعت: "VBD", وطلبت: "VBD", ضاحي: "NNP", خلفان: "NNP" })).toEqual([
      "KWT-mfa CONDEMNED ARE",
      "KWT-mfa DEMANDED ARE",
    ]);
  });

  it("reads a state's title without a name as its holder the article has named, never a former one", () => {
    const lex = { وصل: "VBD", وبحث: "VBD", والتقى: "VBD" };
    const text = "وصل مرسي إلى القاهرة أمس. وبحث الرئيس المصري مع الرئيس محمود عباس المصالحة.";
    expect(relations(text, lex)).toEqual(["mohamed-morsi MET mahmoud-abbas"]);
    // Before the holder is named, the title stays the state's.
    expect(relations("وبحث الرئيس المصري مع الرئيس محمود عباس المصالحة.", lex)).toEqual(["EGY MET mahmoud-abbas"]);
  });

  it("does not read an aide's title before a name as that person ('مبعوث نتنياهو' is his envoy)", () => {
    const text = "وأفادت الصحيفة بأن مبعوث نتنياهو الخاص يجري محادثات مع الرئيس الفلسطيني محمود عباس.";
    expect(relations(text, { يجري: "VBP" })).toEqual([]);
    expect(relations(text.replace("مبعوث نتنياهو الخاص", "نتنياهو"), { يجري: "VBP" })).toEqual([
      "benjamin-netanyahu MET mahmoud-abbas reported",
    ]);
  });

  it("reads a meeting offered in exchange as not yet held", () => {
    const lex = { وأبدى: "VBD" };
    const text = "وأبدى نتنياهو استعداده للإفراج عن أسرى مقابل عقد لقاء مع الرئيس محمود عباس.";
    expect(relations(text, lex)).toEqual(["benjamin-netanyahu MET mahmoud-abbas expected"]);
  });

  it("takes a feminine pronoun for the woman named before, past the man between", () => {
    const out = relations(
      "أعلن العراق أمس إغلاق المعبر.\nسألنا النائب كمال الحداد إن كان التقى بالسيدة سعاد الخطيب في المؤتمر، فأوضح أنه التقى بها في الفندق.",
      {
        أعلن: "VBD",
        سألنا: "VBD",
        كمال: "NNP",
        الحداد: "DTNNP",
        التقى: "VBD",
        سعاد: "NNP",
        الخطيب: "DTNNP",
        فأوضح: "VBD",
      },
    );
    // Not Iraq, the main actor of the sentence before: "he" agrees with the man asked. (The question itself may
    // be read, but never as a positive claim.)
    expect(out).toContain("person:كمال الحداد MET person:سعاد الخطيب");
    expect(out).not.toContain("IRQ MET person:سعاد الخطيب");
  });

  it("gives a possessive pronoun on a verbal noun the agreeing actor of the sentence", () => {
    // "ها" is feminine: Iran, not the masculine Iraq named last.
    const out = relations(
      "وأكد العراق أمس رفضه للتدخل.\nإن إيران لا تخفي مطامعها في العراق، كما أن مساندتها للرئيس السوري بشار الأسد معلنة.",
      { وأكد: "VBD", تخفي: "VBP" },
    );
    expect(out).toContain("IRN SUPPORTED bashar-al-assad");
    expect(out.some((r) => r.startsWith("IRQ SUPPORTED"))).toBe(false);
  });

  it("knows a dictionary person by title and family name alone", () => {
    const out = relations("استقبل الرئيس عباس في رام الله وزير الخارجية الأردني أمس.", { استقبل: "VBD" });
    expect(out.some((r) => r.startsWith("mahmoud-abbas MET"))).toBe(true);
  });
});

describe("acts named with their author's nationality", () => {
  it("reads shooting down an aircraft as an attack on the aircraft's state, by the state of the air defences", () => {
    const lex = { وأسقطت: "VBD", طائرة: "NN", تركية: "JJ" };
    expect(relations("وأسقطت الدفاعات الجوية السورية طائرة تركية فوق البحر المتوسط.", lex)).toEqual([
      "SYR ATTACKED TUR",
    ]);
  });

  it("takes the nationality after a definite act noun for its agent", () => {
    expect(relations("وتواصلت الغارات الإسرائيلية على غزة أمس.", { وتواصلت: "VBD", الإسرائيلية: "DTJJ" })).toContain(
      "ISR ATTACKED PSE",
    );
    expect(relations("بدأ أمس سريان العقوبات الأميركية على سوريا.", { بدأ: "VBD", الأميركية: "DTJJ" })).toContain(
      "USA SANCTIONED SYR",
    );
    expect(relations("وصلت المساعدات الروسية إلى سوريا أمس.", { وصلت: "VBD", الروسية: "DTJJ" })).toContain(
      "RUS SUPPLIED SYR",
    );
  });

  it("relates nobody without a nationality, and not for an indefinite act that may never happen", () => {
    expect(relations("وتواصلت الغارات على غزة أمس.", { وتواصلت: "VBD" })).toEqual([]);
    expect(relations("وحذر الخبراء من مخاطر قصف إسرائيلي لإيران.", { وحذر: "VBD", إسرائيلي: "JJ" })).toEqual([]);
  });
});

describe("objects coordinated past an apposition", () => {
  it("resumes the list after a description between commas and after 'وكلا من'", () => {
    const out = relations(
      "والتقى الوزير كمال الحداد أمس طارق الزين، المفكر والفقيه القانوني، وكلا من سمير الخطيب وجميل عواد.",
      {
        والتقى: "VBD",
        كمال: "NNP",
        الحداد: "DTNNP",
        طارق: "NNP",
        الزين: "DTNNP",
        سمير: "NNP",
        الخطيب: "DTNNP",
        وجميل: "NNP",
        عواد: "NNP",
      },
    );
    expect(out).toContain("person:كمال الحداد MET person:طارق الزين");
    expect(out).toContain("person:كمال الحداد MET person:سمير الخطيب");
    expect(out).toContain("person:كمال الحداد MET person:جميل عواد");
  });
});

describe("a titled person outside the dictionary", () => {
  it("is the person, title and nationality included, whatever the family name's ending", () => {
    const out = relations("والتقى وزير الخارجية الأردني كمال الحداد أمس طارق الزين.", {
      والتقى: "VBD",
      كمال: "NNP",
      الحداد: "DTNNP",
      طارق: "NNP",
      الزين: "DTNNP",
    });
    expect(out).toEqual(["person:كمال الحداد MET person:طارق الزين"]);
  });
});

describe("relative clauses and titles of a state", () => {
  it("gives a verb after a relative pronoun the noun before it, and what follows it is the object", () => {
    const out = relations("وأدانت فرنسا الهجوم الذي استهدف السفارة الأمريكية في بنغازي.", {
      وأدانت: "VBD",
      الذي: "WP",
      استهدف: "VBD",
    });
    expect(out.some((r) => r.includes(" ATTACKED LBY"))).toBe(false);
    const visit = relations("وقال الوزير كمال الحداد، الذي زار القاهرة أمس، إن المحادثات كانت مثمرة.", {
      وقال: "VBD",
      كمال: "NNP",
      الحداد: "DTNNP",
      الذي: "WP",
      زار: "VBD",
    });
    expect(visit).toContain("person:كمال الحداد MET EGY reported");
  });

  // "أمير قطر الشيخ …"، "ولي عهد أبوظبي الشيخ …": a title of a state (or of its capital) followed by a name.
  it.each([
    ["واتصل الرئيس محمود عباس هاتفيا بأمير قطر الشيخ سالم الحداد.", "واتصل", "سالم الحداد", "QAT"],
    ["واستقبل الرئيس محمود عباس ولي عهد أبوظبي الشيخ سالم الخطيب.", "واستقبل", "سالم الخطيب", "ARE"],
  ])("takes a state's ruler followed by a name for the person: %s", (text, verb, name, state) => {
    const [given = "", family = ""] = name.split(" ");
    const out = relations(text, { [verb]: "VBD", [given]: "NNP", [family]: "DTNNP" });
    expect(out).toContain(`mahmoud-abbas MET person:${name}`);
    expect(out).not.toContain(`mahmoud-abbas MET ${state}`);
  });
});

describe("receptions, regimes and bodies of a named nation", () => {
  it("reads a verbal noun with its agent and an object right after it as the verb would ('دعم إيران حركة حماس')", () => {
    expect(relations("وتدهورت العلاقات بسبب دعم إيران حركة حماس.", { وتدهورت: "VBD" })).toEqual([
      "IRN SUPPORTED hamas",
    ]);
    // The genitive alone undergoes nothing: "دعم الحكومة" names no supporter.
    expect(relations("وتدهورت العلاقات بسبب دعم الحكومة السورية.", { وتدهورت: "VBD" })).toEqual([]);
  });

  it("reads a title naming a group before a person's name as that person's, not as a second participant", () => {
    const lex = {
      استقبل: "VBD",
      ناصر: "NNP",
      جودة: "NNP",
      والسلام: "DTNN",
      النور: "DTNN",
      كامل: "NNP",
      الحسيني: "DTNNP",
    };
    const text = "استقبل وزير الخارجية الأردني ناصر جودة أمس رئيس جمعية النور والسلام الشيخ كامل الحسيني في عمان.";
    expect(relations(text, lex)).toEqual(["nasser-judeh MET person:كامل الحسيني"]);
  });

  it("reaches the partner of 'لدى استقباله' past a place phrase closed by a comma", () => {
    const lex = { وأكد: "VBD", ناصر: "NNP", جودة: "NNP" };
    const text =
      "وأكد وزير الخارجية الأردني ناصر جودة لدى استقباله في مقر الوزارة بعمان، أمس، الرئيس الفلسطيني محمود عباس أهمية الحوار.";
    expect(relations(text, lex)).toEqual(["nasser-judeh MET mahmoud-abbas reported"]);
  });

  it("reads a body after a building noun as where it happened, not who took part", () => {
    const text = "التقى الرئيس الفلسطيني محمود عباس أمس بمقر الأمم المتحدة في نيويورك.";
    expect(relations(text, { التقى: "VBD" })).toEqual([]);
    // Without the building, the same body is the partner.
    expect(relations(text.replace("بمقر ", "ب"), { التقى: "VBD" })).toEqual(["mahmoud-abbas MET un"]);
  });

  it("reads 'during his meeting/reception of X' with X as the direct object", () => {
    const out = relations("وأكد الرئيس السوداني عمر البشير خلال لقائه المبعوث الأمريكي أن بلاده ملتزمة بالاتفاق.", {
      وأكد: "VBD",
    });
    expect(out.some((r) => r.startsWith("omar-al-bashir MET USA"))).toBe(true);
    expect(relations("وشدد الملك الأردني خلال استقباله وفدا من الكونغرس الأمريكي على أهمية السلام.", {})).toContain(
      "JOR MET us-congress",
    );
  });

  it("takes 'the regime' for the government, and 'the Syrian opposition' for Syria's", () => {
    const out = relations("وقالت سوريا إنها ترفض التدخل.\nواتهمت المعارضة السورية النظام بارتكاب مجزرة في الحولة.", {
      وقالت: "VBD",
      واتهمت: "VBD",
      السورية: "DTJJ",
    });
    expect(out).toContain("person:المعارضة السورية ACCUSED SYR-government");
  });
});

describe("a body in the role after a name", () => {
  it("describes the person (membership), and is no second participant", () => {
    const out = relations("وطالب كمال الحداد عضو نقابة المحامين الأردنيين الحكومة بالاستقالة.", {
      وطالب: "VBD",
      كمال: "NNP",
      الحداد: "DTNNP",
      المحامين: "DTNNS",
    });
    expect(out.some((r) => r.includes("DEMANDED person:نقابة"))).toBe(false);
  });

  it("keeps a titled object right after the subject's name", () => {
    const out = relations("والتقى كمال الحداد وزير الخارجية الإيطالي في روما.", {
      والتقى: "VBD",
      كمال: "NNP",
      الحداد: "DTNNP",
    });
    expect(out).toContain("person:كمال الحداد MET ITA");
  });
});

describe("a first name alone", () => {
  it("is the one person named in full with it, where no other name follows", () => {
    const out = relations("وكان معي شخص اسمه سالم محمود الخطيب.\nوفي إحدى المرات اتصل بسالم أشخاص من حركة حماس.", {
      سالم: "NNP",
      بسالم: "NNP",
      محمود: "NNP",
      الخطيب: "DTNNP",
      اتصل: "VBD",
    });
    expect(out.some((r) => r.includes("MET person:سالم محمود الخطيب"))).toBe(true);
  });
});

describe("meetings of coordinated subjects", () => {
  it("reads a meeting verb with two subjects and no object as their meeting", () => {
    expect(relations("والتقى الرئيسان المصري والتونسي في القاهرة أمس.", { والتقى: "VBD" })).toContain("EGY MET TUN");
    expect(relations("والتقى الرئيس محمود عباس والرئيس محمد مرسي في القاهرة أمس.", { والتقى: "VBD" })).toContain(
      "mahmoud-abbas MET mohamed-morsi",
    );
  });
});

describe("a call on someone", () => {
  it("reads a cleric's title before his name, and ends a demand's conditions at a comma and a new verb", () => {
    const lex = { طالب: "VBD", واصلت: "VBD" };
    const text =
      "وفيما طالب البطريرك الماروني مار بشارة بطرس الراعي أمس الحكومة اللبنانية بضبط الحدود مع سوريا، واصلت قوى سياسية انتقادها لزيارة الوزير.";
    expect(relations(text, lex)).toEqual(["bechara-boutros-al-rai DEMANDED LBN-government"]);
  });

  it("reads 'طالب من X' as a demand on X, as 'طلب من'", () => {
    const text = "طالبت حركة حماس من السلطة الفلسطينية وقف الاعتقالات السياسية.";
    expect(relations(text, { طالبت: "VBD" })).toEqual(["hamas DEMANDED palestinian-authority"]);
  });

  it("never reads an act that is only called for as done (ANNOTATION.md: a call is not the act)", () => {
    const lex = { دعا: "VBD", طالب: "VBD", أكد: "VBD", سمير: "NNP", جعجع: "NNP", علي: "NNP", عبدالكريم: "NNP" };
    const call = "دعا الرئيس الفرنسي فرانسوا هولاند الحكومة اللبنانية إلى استدعاء السفير السوري وإدانة إيران.";
    expect(relations(call, lex)).toEqual(["francois-hollande DEMANDED LBN-government"]);
    const participle = "جدد سمير جعجع موقفه، داعياً إلى استدعاء سفير سوريا علي عبدالكريم علي.";
    expect(relations(participle, lex)).toEqual([]);
    const sanction = "طالب الرئيس الفرنسي فرانسوا هولاند الاتحاد الأوروبي بفرض عقوبات على إيران.";
    expect(relations(sanction, lex)).toEqual(["francois-hollande DEMANDED eu"]);
    const meeting = "دعا وزير الخارجية التونسي رفيق عبد السلام أمس إلى عقد اجتماع طارئ لجامعة الدول العربية.";
    expect(relations(meeting, lex)).toEqual([]);
  });

  it("is a demand when it is to do something, an invitation when it is to visit", () => {
    expect(relations("وجدد الاتحاد الأوروبي دعوته لإيران إلى التعاون مع الوكالة.", { وجدد: "VBD" })).toContain(
      "eu DEMANDED IRN",
    );
    expect(
      relations("ووجه الرئيس محمد مرسي دعوة لإيران لزيارة القاهرة.", { ووجه: "VBD" }).some((r) =>
        r.includes("DEMANDED"),
      ),
    ).toBe(false);
  });
});

describe("an object pronoun on the verb", () => {
  it("refers to the person named before; me is the quoted speaker", () => {
    const met = relations("وصل المبعوث الدولي كوفي أنان إلى دمشق أمس.\nواستقبله الرئيس بشار الأسد في القصر.", {
      وصل: "VBD",
      واستقبله: "VBD",
    });
    expect(met).toContain("bashar-al-assad MET kofi-annan");
    const gave = relations("وقال سالم الخطيب: كان معه شخص اسمه طه محمود كلثوم وأعطاني مسدسا حربيا.", {
      وقال: "VBD",
      سالم: "NNP",
      الخطيب: "DTNNP",
      طه: "NNP",
      محمود: "NNP",
      كلثوم: "NNP",
      وأعطاني: "VBD",
    });
    expect(gave.some((r) => r.endsWith("SUPPLIED person:سالم الخطيب reported"))).toBe(true);
  });
});

describe("nationalities past an adjective", () => {
  it("name the author of an act and the force that acts", () => {
    expect(relations("وندد الرئيس التركي رجب طيب أردوغان بالعملية العسكرية الإسرائيلية في رفح.", {})).toContain(
      "recep-tayyip-erdogan CONDEMNED ISR",
    );
    expect(relations("وشنت الطائرات الحربية الإسرائيلية غارات على غزة.", { وشنت: "VBD" })).toContain(
      "ISR ATTACKED PSE",
    );
  });
});

describe("an act's author in a relative clause", () => {
  it("finds the sanctioned country at the end of a chain of goods", () => {
    const lex = { تبحث: "VBP", فرضته: "VBD", التأمين: "DTNN", شحنات: "NNS", النفط: "DTNN" };
    const text =
      "تبحث الحكومة الهندية بدائلها إثر الحظر الذي فرضته الولايات المتحدة على التأمين على شحنات النفط السوري.";
    expect(relations(text, lex)).toEqual(["USA SANCTIONED SYR"]);
  });

  it("finds the sanctioned country where the banned goods are bought from, and nowhere else", () => {
    const lex = { يأتي: "VBP", فرضته: "VBD", استيراد: "NN", الفوسفات: "DTNN", ارتفع: "VBD", النفط: "DTNN" };
    const text = "ويأتي الحظر الذي فرضته كندا على استيراد الفوسفات من المغرب ضمن إجراءات جديدة.";
    expect(relations(text, lex)).toEqual(["CAN SANCTIONED MAR"]);
    expect(relations("وقالت الشركة إن استيراد النفط من العراق ارتفع خلال العام الماضي.", lex)).toEqual([]);
  });

  it("is the object of a stance on the act", () => {
    const lexicon = { وأعربت: "VBD", الشديد: "DTJJ", للاعتداء: "DTNN", الإرهابي: "DTJJ", الذي: "WP", نفذته: "VBP" };
    expect(
      relations("وأعربت الإمارات عن استنكارها الشديد للاعتداء الإرهابي الذي نفذته جماعة الحوثي.", lexicon),
    ).toContain("ARE CONDEMNED houthis");
    expect(
      relations("وأشادت الولايات المتحدة بالدور الذي تلعبه قطر في الوساطة.", {
        وأشادت: "VBD",
        بالدور: "DTNN",
        الذي: "WP",
        تلعبه: "VBP",
      }),
    ).toContain("USA SUPPORTED QAT");
  });
});

describe("his country", () => {
  it("is the country of the actor the sentence is about", () => {
    expect(relations("وأكد وزير الخارجية الإيراني أن بلاده تدعم الحكومة السورية.", { وأكد: "VBD" })).toContain(
      "IRN SUPPORTED SYR-government reported",
    );
  });

  it("has a government of its own ('حكومة بلاده')", () => {
    const lex = { وطالب: "NN", حكومة: "NN", بلاده: "NNP", بوقف: "NNP" };
    const text = "عنوان\nوطالب السيناتور الأمريكي جون ماكين حكومة بلاده بوقف المساعدات.";
    expect(relations(text, lex)).toEqual(["john-mccain DEMANDED USA-government"]);
  });
});

describe("a verbal attack", () => {
  it("is a condemnation, and a military one stays an attack", () => {
    expect(relations("وشن الرئيس السوري بشار الأسد هجوما حادا على تركيا.", { وشن: "VBD" })).toEqual([
      "bashar-al-assad CONDEMNED TUR",
    ]);
  });
});

describe("clause limits", () => {
  it("a doubt in one statement does not reach the next one joined by كما أن", () => {
    const lexicon = { يمكن: "VBP", ترتكبه: "VBP" };
    expect(relations("إن ما يمكن أن ترتكبه إيران كبير، كما أن مؤازرتها للحكومة السورية معروفة.", lexicon)).toContain(
      "IRN SUPPORTED SYR-government",
    );
  });

  it("a name before a comma and فيما is not the subject of the verb after them", () => {
    const lexicon = { طالب: "VBD", نواب: "NN", ودبلوماسيون: "NN", فرنسيون: "NNS" };
    const out = relations("زار الوزير الجزائر، فيما طالب نواب ودبلوماسيون فرنسيون ألمانيا بالاعتذار.", lexicon);
    expect(out.filter((r) => r.includes("DEMANDED"))).toEqual(["FRA DEMANDED DEU"]);
  });

  it("a subject may stand before سبق وأن and its verb", () => {
    const lexicon = { سبق: "VBD", وأن: "IN", اجتمع: "VBD", بها: "IN" };
    expect(relations("وقالت الوزيرة هيلاري كلينتون إن الرئيس عباس سبق وأن اجتمع بها.", lexicon)).toContain(
      "mahmoud-abbas MET hillary-clinton reported",
    );
  });
});

describe("a pronoun after a coordinated verb", () => {
  it("is not the subject the verb shares with the verb before it", () => {
    const lexicon = { التقى: "VBD", وبحث: "VBD", خالد: "NNP", مشعل: "NNP", معه: "IN" };
    const out = relations("التقى الرئيس المصري محمد مرسي أمس وفدا برئاسة خالد مشعل، وبحث معه المصالحة.", lexicon);
    expect(out).toContain("mohamed-morsi MET khaled-meshaal");
    expect(out.filter((r) => r.startsWith("khaled-meshaal"))).toEqual([]);
  });
});

describe("titles and family names", () => {
  it("reads a title head with a nationality as the person introduced with that title", () => {
    const lexicon = { وصلت: "VBD", هيلاري: "NNP", كلينتون: "NNP", تغفل: "VBP", تشير: "VBP" };
    const text =
      "وصلت وزيرة الخارجية الأمريكية هيلاري كلينتون إلى القاهرة.\nولم تغفل الوزيرة الأمريكية أن تشير إلى أن مباحثاتها مع الرئيس محمد مرسي كانت بناءة.";
    const out = relations(text, lexicon);
    expect(out).toContain("hillary-clinton MET mohamed-morsi");
    expect(out.some((r) => r.includes("MET") && r.includes("neg"))).toBe(false);
  });

  it("keeps a negated copula before a fronted subject negating", () => {
    expect(relations("لم تكن روسيا تؤيد الحكومة السورية.", { تكن: "VBP", تؤيد: "VBP" })).toContain(
      "RUS SUPPORTED SYR-government neg",
    );
  });

  it("takes a family name with the article ending in نا as a name, not a possessive", () => {
    const x = extractTagged("وقال الفقيه محمود البنا إن القرار صائب.", { وقال: "VBD", محمود: "NNP", البنا: "DTNNP" });
    expect(x.actors.map((a) => a.nameAr)).toContain("محمود البنا");
  });
});

describe("pronoun subjects and counterparts", () => {
  it("reads the names after إنه + verb as objects of the speaker of the sentence before", () => {
    const lexicon = { وقال: "NN", سامي: "NNP", حداد: "NNP", وأوضح: "VBD", التقى: "VBD", نصر: "NNP" };
    const out = relations(
      "وقال القيادي سامي حداد في مقابلة أجرتها معه قناة محلية إن الوضع صعب.\nوأوضح أنه التقى حسن نصر الله والرئيس السوري بشار الأسد.",
      lexicon,
    );
    expect(out).toContain("person:سامي حداد MET hassan-nasrallah reported");
    expect(out).toContain("person:سامي حداد MET bashar-al-assad reported");
    expect(out.filter((r) => r.startsWith("hassan-nasrallah"))).toEqual([]);
  });

  it("takes the name after نظيره as a person even when the tagger calls the family name a common noun", () => {
    const lexicon = { وأجرى: "VBD", لوران: "NNP", فابيوس: "NNP", مراد: "NNP", سلوم: "NNS" };
    const out = relations("وأجرى وزير الخارجية الفرنسي لوران فابيوس محادثات مع نظيره مراد سلوم.", lexicon);
    expect(out).toContain("laurent-fabius MET person:مراد سلوم");
  });

  it("ends a titled name before a word with a pronoun suffix, and reads the capital by its nationality", () => {
    const x = extractTagged("وزار الوزير كمال الدين العاصمة الجزائرية، والتقى الرئيس عمر رشيد ركزها على التعاون.", {
      وزار: "VBD",
      كمال: "NNP",
      الدين: "DTNNP",
      عمر: "NNP",
      رشيد: "NNP",
      ركزها: "NNP",
    });
    expect(x.actors.map((a) => a.nameAr)).toContain("عمر رشيد");
    expect(x.relations.map(show)).toContain("person:كمال الدين MET DZA");
  });

  it("does not take a gerund's object or a parenthesised place for the subject a pronoun refers to", () => {
    const lexicon = { وكانت: "VBD", ألمحت: "VBD", تحميل: "VBG", قالت: "VBD", ")": "VBD", اجتمعت: "VBD" };
    const out = relations(
      "وكانت كلينتون ألمحت إلى تحميل الفلسطينيين المسؤولية، حيث قالت قبل وصولها (إسرائيل) إنها اجتمعت مع الرئيس عباس.",
      lexicon,
    );
    expect(out).toContain("hillary-clinton MET mahmoud-abbas reported");
  });
});

describe("an act's author in a relative clause after the act", () => {
  it("is the subject, and what follows the author is the object", () => {
    const lexicon = { فرضه: "VBD", تقدمه: "VBP", وقال: "VBD", وانتقد: "VBD" };
    expect(relations("وقال الوزير إن الحظر الذي فرضه الاتحاد الأوروبي على النفط الإيراني سيفشل.", lexicon)).toContain(
      "eu SANCTIONED IRN reported",
    );
    // (The opposition is made from its nationality, a discovered actor; both coordinated authors give.)
    expect(relations("وانتقد الوزير الدعم الذي تقدمه تركيا وقطر إلى المعارضة السورية.", lexicon)).toEqual([
      "TUR SUPPORTED person:المعارضة السورية",
      "QAT SUPPORTED person:المعارضة السورية",
    ]);
    // Without the relative clause, a ban is nobody's act.
    expect(relations("وقال الوزير إن الحظر على النفط الإيراني سيفشل.", lexicon)).toEqual([]);
  });

  it("stands before the verb after an auxiliary: 'الذي ظلت X تقدمه لـY'", () => {
    const lexicon = {
      أشاد: "VBD",
      الدعم: "DTNN",
      الاقتصادي: "DTJJ",
      الذي: "WP",
      ظلت: "VBD",
      كانت: "VBD",
      قطر: "NNP",
      تقدمه: "VBP",
      السودان: "DTNNP",
    };
    expect(relations("وأشاد الوزير بالدعم الاقتصادي الذي ظلت قطر تقدمه للسودان.", lexicon)).toEqual([
      "QAT SUPPLIED SDN",
    ]);
    expect(relations("وأشاد الوزير بالدعم الاقتصادي الذي كانت قطر تقدمه للسودان.", lexicon)).toEqual([
      "QAT SUPPLIED SDN",
    ]);
  });
});

describe("first-person verbs", () => {
  it("never reads a word ending as a dual or plural ('أحضان', 'in the arms of') as 'I urge'", () => {
    const lexicon = { قال: "VBD", محمد: "NNP", مرسي: "NNP", أحضان: "NN" };
    expect(relations("وقال الرئيس المصري محمد مرسي إن الأحزاب كلها في أحضان الإخوان المسلمين.", lexicon)).toEqual([]);
  });
});

describe("dropped subjects", () => {
  it("reads 'وكان X قد + verb' with X as the subject and the name after the verb, past 'في وقت سابق', as the object", () => {
    const lex = { وصل: "VBD", التقى: "VBD", شوقي: "NNP", أحمد: "NNP", هائل: "NNP" };
    const text = "وصل عبدربه منصور هادي إلى تعز. وكان الرئيس هادي قد التقى في وقت سابق محافظ المحافظة شوقي أحمد هائل.";
    expect(relations(text, lex)).toEqual(["abdrabbuh-mansur-hadi MET person:شوقي أحمد هائل"]);
  });

  it("reads the refusal of 'that' after a demand as its addressee rejecting its author, unless someone else refuses", () => {
    const lex = { دعا: "VBD", رفضت: "VBD" };
    const text = "دعا الرئيس الفرنسي فرانسوا هولاند الحكومة السورية إلى وقف القتال، لكنها رفضت ذلك.";
    expect(relations(text, lex)).toEqual([
      "francois-hollande DEMANDED SYR-government",
      "SYR-government REJECTED francois-hollande",
    ]);
    expect(relations(text.replace("لكنها", "لكن روسيا"), lex)).toEqual(["francois-hollande DEMANDED SYR-government"]);
  });

  it("gives a participle after a comma the referent of the main verb's dropped subject, not a genitive in a phrase", () => {
    const lex = { التقت: "VBD", وأشارت: "VBD", تنتظر: "VBP" };
    const text =
      "التقت وزيرة الخارجية الأمريكية هيلاري كلينتون بالصحفيين أمس. وأشارت إلى أنها تنتظر ردا من مؤسسة محمد مرسي، مطالبة النائب العام المصري بفتح تحقيق.";
    expect(relations(text, lex)).toEqual(["hillary-clinton DEMANDED EGY-prosecutor reported"]);
  });

  it("reads the pronoun of a relative clause as the noun it describes, and the clause's subject as the act's author", () => {
    const lex = { استقبل: "VBD", وأشاد: "VBD", تقوم: "VBP" };
    const text = "استقبل الرئيس اليمني عبدربه منصور هادي الوزير. وأشاد الرئيس بالدور الذي تقوم به قطر في اليمن.";
    expect(relations(text, lex)).toEqual(["abdrabbuh-mansur-hadi SUPPORTED QAT"]);
  });

  it("gives كما + verb the subject of the statement before", () => {
    const lexicon = { وانتقد: "VBD", طالب: "VBD", سمير: "NNP", جعجع: "NNP" };
    expect(relations("وانتقد سمير جعجع البيان.\nكما طالب النظام السوري بتقديم اعتذار.", lexicon)).toContain(
      "samir-geagea DEMANDED SYR-government",
    );
  });

  it("reads a man after a feminine verb as its object, and a narrative ، ف + verb as a new clause", () => {
    const lexicon = { أرادت: "VBD", التقت: "VBD", وصلت: "VBD", هيلاري: "NNP", كلينتون: "NNP", طنطاوي: "NNP" };
    const text =
      "وصلت وزيرة الخارجية الأمريكية هيلاري كلينتون إلى القاهرة.\nوبدا أنها أرادت أن تسمع من الجميع، فالتقت وزير الدفاع المصري المشير طنطاوي بعد لقاء الوزيرة مع الرئيس محمد مرسي.";
    const out = relations(text, lexicon);
    expect(out).toContain("hillary-clinton MET mohamed-hussein-tantawi");
    expect(out.filter((r) => r.startsWith("mohamed-hussein-tantawi"))).toEqual([]);
  });

  it("lets a meeting noun with a named agent take its partner directly", () => {
    expect(
      relations("وصدر القرار عقب استقبال أردوغان نائب وزيرة الخارجية الأمريكية وليام بيرنز.", {
        وصدر: "VBD",
        وليام: "NNP",
        بيرنز: "NNP",
      }),
    ).toContain("recep-tayyip-erdogan MET william-burns");
  });
});

describe("acts standing for their authors", () => {
  it("reads a definite act with its adjectives and an author with لـ", () => {
    expect(relations("وأدانت مصر الاعتداءات الغاشمة لإسرائيل على غزة.", { وأدانت: "VBD", الغاشمة: "DTJJ" })).toContain(
      "EGY CONDEMNED ISR",
    );
  });

  it("reads an act after a quantifier, and an act whose author is a pronoun", () => {
    expect(
      relations("وقال إن الحكومة السورية رفضت كافة محاولات الجامعة العربية لوقف العنف.", {
        رفضت: "VBD",
        محاولات: "NNS",
      }),
    ).toContain("SYR-government REJECTED arab-league reported");
    const lexicon = { وأعلن: "VBD", مناف: "NNP", طلاس: "NNP", رحبت: "VBD" };
    const text = "وأعلن العميد مناف طلاس انشقاقه عن الجيش.\nوقد رحبت المعارضة السورية بانشقاقه وبالدورة الجديدة.";
    const out = relations(text, lexicon);
    expect(out).toContain("person:المعارضة السورية SUPPORTED manaf-tlass");
    expect(out).toHaveLength(1);
  });

  it("makes the target of a threatened act the one threatened", () => {
    expect(relations("هددت حركة حماس بطرد حركة فتح من غزة.", { هددت: "VBD", بطرد: "NN" })).toEqual([
      "hamas THREATENED fatah",
    ]);
  });
});

describe("long appositions and phrase conditions", () => {
  it("skips a long apposition closed by a comma, and matches a condition of several words", () => {
    const lexicon = { ووصف: "VBD", محمود: "NNP", الشريف: "DTNNP", أحمد: "NNP", الزند: "DTNNP" };
    const text =
      "وقال المستشار أحمد الزند إن القرار باطل.\nووصف المستشار محمود الشريف، رئيس نادي قضاة محافظة الدقهلية إحدى محافظات الدلتا، تصريحات الزند الأخيرة بأنها غير حيادية.";
    expect(relations(text, lexicon)).toContain("person:محمود الشريف CONDEMNED person:أحمد الزند");
  });

  it("ends a body's name at a second definite noun", () => {
    const x = extractTagged("وطالب الحزب مجلس الشعب الابتعاد عن الخلافات.", {
      وطالب: "VBD",
      الشعب: "DTNN",
      الابتعاد: "DTNN",
    });
    expect(x.actors.map((a) => a.nameAr)).toContain("مجلس الشعب");
  });
});

describe("topics, talks and passive agents", () => {
  it("makes the topic of أما the subject of the verb after ف, and the name after the verb its object", () => {
    expect(relations("أما روسيا، فقد انتقدت تركيا بشدة.", { انتقدت: "VBD" })).toEqual(["RUS CONDEMNED TUR"]);
    expect(relations("أما روسيا والصين فقد انتقدتا تركيا بشدة.", { انتقدتا: "VBD" })).toEqual([
      "RUS CONDEMNED TUR",
      "CHN CONDEMNED TUR",
    ]);
    expect(
      relations("أما وزير خارجية الولايات المتحدة جون كيري، فقد أشاد بدور قطر.", {
        أشاد: "VBD",
        جون: "NNP",
        كيري: "NNP",
      }),
    ).toEqual(["john-kerry SUPPORTED QAT"]);
  });

  it("reads talks that a verb says were held between two parties, and the agent of a passive meeting noun", () => {
    expect(
      relations("وجاء الإعلان بعد لقاء جرى بين الرئيس مرسي ووليام بيرنز في القاهرة.", {
        وجاء: "VBD",
        جرى: "VBD",
        ووليام: "NNP",
        بيرنز: "NNP",
      }),
    ).toContain("mohamed-morsi MET william-burns");
    expect(
      relations("وقال الوزير أحمد سالم عقب استقباله من قبل الرئيس بوتفليقة إن الحل سياسي.", {
        وقال: "VBD",
        أحمد: "NNP",
        سالم: "NNP",
      }),
    ).toContain("person:أحمد سالم MET abdelaziz-bouteflika reported");
  });
});

describe("titles named later", () => {
  const lexicon = { تحمل: "VBP", نقولا: "NNP", صحناوي: "NNP", وقال: "VBD", ورد: "VBD" };

  it("reads a headline's title without a name as the person the article names with it", () => {
    const text =
      "المعارضة تحمّل وزير الاتصالات مسؤولية الاغتيالات\nورد وزير الاتصالات نقولا صحناوي على الاتهامات في لبنان.";
    // (The opposition is the one of the article's country, made as a discovered actor.)
    expect(relations(text, lexicon)).toEqual(["person:المعارضة اللبنانية ACCUSED person:نقولا صحناوي"]);
  });

  it("does not read a title in the body as someone named only later", () => {
    const text =
      "وقال النائب إن الجلسة عقدت.\nوالتقى وزير الاتصالات سفير فرنسا.\nورد وزير الاتصالات نقولا صحناوي على الاتهامات.";
    expect(relations(text, { ...lexicon, والتقى: "VBD" }).filter((r) => r.includes("صحناوي"))).toEqual([]);
  });

  it("records an aide's title as his, not his principal's, and reads the end of this year as still to come", () => {
    const text =
      "وحضر اللقاء مستشار رئيس الجمهورية علي سالم.\nوقال المستشار إن رئيس الجمهورية يزور فرنسا نهاية العام الجاري.";
    const out = relations(text, { وحضر: "VBD", علي: "NNP", سالم: "NNP", وقال: "VBD", يزور: "VBP" });
    expect(out.filter((r) => r.startsWith("person:علي سالم MET FRA"))).toEqual([]);
  });
});

describe("a pronoun subject after و/لكن", () => {
  it("is the actor named before, and the name after the verb is the object", () => {
    const out = relations("واستنكرت الحكومة المصرية خطف المواطنين، وهي تحث السلطات التركية على بذل كل جهد.", {
      واستنكرت: "VBD",
      تحث: "VBP",
    });
    expect(out).toContain("EGY-government DEMANDED TUR");
    expect(out.filter((r) => r.startsWith("TUR"))).toEqual([]);
  });
});

describe("a minister's title without the name", () => {
  it("is the person named with that title before, not the ministry", () => {
    const text =
      "وصلت وزيرة الخارجية الأمريكية هيلاري كلينتون إلى القاهرة.\nوجاءت زيارة وزيرة الخارجية الأمريكية لمصر في وقت حساس.";
    const out = relations(text, { وصلت: "VBD", هيلاري: "NNP", كلينتون: "NNP", وجاءت: "VBD" });
    expect(out).toContain("hillary-clinton MET EGY");
    expect(out.filter((r) => r.startsWith("USA-mfa"))).toEqual([]);
  });
});

describe("a title with 'الدولي' before a known name", () => {
  it("belongs to the person, so an act noun before it has that person as its author", () => {
    const out = relations("وقال المصدر إن روسيا تثمن موقف المبعوث الدولي الخاص كوفي عنان من الأزمة السورية.", {
      تثمن: "VBP",
      كوفي: "NNP",
      عنان: "NNP",
    });
    expect(out).toContain("RUS SUPPORTED kofi-annan reported");
  });
});

describe("a light verb whose subject after 'أن' is a noun phrase and no actor", () => {
  it("gives its meeting noun no subject from the sentences before", () => {
    const text =
      "وصل وزير الخارجية الإيطالي إلى بغداد أمس.\nومن المعروف أن الشركات الصغيرة تجري مباحثات مع الجانب الإيراني.";
    const out = relations(text, { وصل: "VBD", تجري: "VBP", الشركات: "DTNNS", الصغيرة: "DTJJ" });
    expect(out.filter((r) => r.includes("MET"))).toEqual([]);
  });
});

describe("the subject after a clause-opening 'وكان' the tagger read as a noun", () => {
  it("is the main actor that a later 'كما طالب' continues with", () => {
    const text =
      "ودعا رئيس الحكومة نجيب ميقاتي إلى الهدوء.\nوكان جعجع سأل عن البيان الأخير.\nكما طالب النظام السوري بتقديم اعتذار.";
    const out = relations(text, {
      ودعا: "VBD",
      نجيب: "NNP",
      ميقاتي: "NNP",
      وكان: "NN",
      جعجع: "NNP",
      سأل: "VBD",
      طالب: "VBD",
    });
    expect(out).toContain("samir-geagea DEMANDED SYR-government");
    expect(out.filter((r) => r.startsWith("najib-mikati DEMANDED"))).toEqual([]);
  });
});

describe("an appositive role after the subject's name", () => {
  it("passes 'أمين …' with a 'لل' genitive, and ends at a preposition", () => {
    const text = "وبحث علي شمخاني أمين المجلس الأعلى للأمن القومي الإيراني مع الرئيس ميشال عون الأوضاع.";
    const out = relations(text, {
      وبحث: "VBD",
      علي: "NNP",
      شمخاني: "NNP",
      أمين: "NNP",
      المجلس: "DTNN",
      الأعلى: "DTJJ",
      للأمن: "DTNN",
      القومي: "DTJJ",
      الإيراني: "DTJJ",
      مع: "NN",
      ميشال: "NNP",
      عون: "NNP",
    });
    expect(out).toContain("ali-shamkhani MET michel-aoun");
  });

  it("ends at a time word, and a name ends before 'ومعه'", () => {
    const text = "استقبل الرئيس نجيب ميقاتي رئيس الجمهورية اليوم مبعوث الرئيس الماليزي كمال بن يوسف ومعه وفد كبير.";
    const x = extractTagged(text, {
      استقبل: "VBD",
      نجيب: "NNP",
      ميقاتي: "NNP",
      رئيس: "NN",
      الجمهورية: "DTNN",
      اليوم: "DTNN",
      الرئيس: "DTNN",
      الماليزي: "DTJJ",
      كمال: "NNP",
      بن: "NNP",
      يوسف: "NNP",
      ومعه: "NNP",
    });
    expect(x.relations.map(show)).toContain("najib-mikati MET person:كمال بن يوسف");
  });
});

describe("descriptive titles of people", () => {
  it("reads 'المعارض السوري البارز' as the title of the name after it", () => {
    const text = "دعا المعارض السوري البارز سمير حداد أمس روسيا إلى الضغط على دمشق.";
    const out = relations(text, {
      دعا: "VBD",
      المعارض: "DTNN",
      السوري: "DTJJ",
      البارز: "DTJJ",
      سمير: "NNP",
      حداد: "NNP",
    });
    expect(out).toContain("person:سمير حداد DEMANDED RUS");
  });

  it("never records a title across a complementiser before a name", () => {
    const text = "وقال المجلس المعارض إن قرار عنان متأخر.\nوالتقى لافروف المعارض أمس.";
    const out = relations(text, { وقال: "VBD", المعارض: "DTNN", إن: "IN", عنان: "NNP", والتقى: "VBD", لافروف: "NNP" });
    expect(out.filter((r) => r.includes("kofi-annan"))).toEqual([]);
  });
});

describe("bodies named by a head and adjectives", () => {
  it("reads 'المجلس الوزاري لجامعة الدول العربية' as the organisation whose organ it is", () => {
    const text = "طالب المجلس الوزاري لجامعة الدول العربية أمس مجلس الأمن بحماية المدنيين.";
    const out = relations(text, {
      طالب: "VBD",
      المجلس: "DTNN",
      الوزاري: "DTJJ",
      لجامعة: "NN",
      الدول: "DTNN",
      العربية: "DTJJ",
    });
    expect(out).toContain("arab-league DEMANDED un-security-council");
  });

  it("reads the organ named bare, after the article named its owner, as that organisation", () => {
    const text =
      "طالب المجلس التنفيذي لمنظمة التعاون الإسلامي أمس مجلس الأمن بحماية المدنيين.\nودعا المجلس التنفيذي إيران إلى وقف التدخل.";
    const lex = {
      طالب: "VBD",
      ودعا: "VBD",
      المجلس: "DTNN",
      التنفيذي: "DTJJ",
      لمنظمة: "NN",
      التعاون: "DTNN",
      إيران: "NNP",
    };
    const x = extractTagged(text, lex);
    expect(x.relations.map(show)).toContain("oic DEMANDED IRN");
    expect(x.actors.map((a) => a.nameAr)).not.toContain("المجلس التنفيذي");
  });

  it("reads an organisation's ministers together as the organisation", () => {
    const text =
      "وطلب وزراء خارجية الاتحاد الأفريقي من الحكومة السودانية فتح الحدود.\nودعا وزراء الخارجية العرب إيران إلى الحوار.";
    const out = relations(text, { وطلب: "VBD", ودعا: "VBD", وزراء: "NN", خارجية: "NN", الاتحاد: "DTNN", إيران: "NNP" });
    expect(out).toContain("african-union DEMANDED SDN-government");
    expect(out).toContain("arab-league DEMANDED IRN");
  });

  it("never makes what a meeting is about ('بشأن') a party to it", () => {
    const text = "وعقد اجتماع الاتحاد الأوروبي بشأن ليبيا في بروكسل أمس.";
    const out = relations(text, { وعقد: "VBD", اجتماع: "NN", الاتحاد: "DTNN", ليبيا: "NNP", بروكسل: "NNP" });
    expect(out.filter((r) => r.includes("MET"))).toEqual([]);
  });

  it("keeps a group named by its adjectives apart from the body it acts on with 'لل'", () => {
    const text = "وجاء اتهام التجمع الوطني التباوي للجيش الليبي بالتقصير.";
    const x = extractTagged(text, { التجمع: "DTNN", الوطني: "DTJJ", التباوي: "DTJJ", للجيش: "DTNN", الليبي: "DTJJ" });
    expect(x.actors.map((a) => a.nameAr)).toContain("التجمع الوطني التباوي");
  });

  it("never reads a feminine head with a masculine adjective as a name", () => {
    const text = "وأكد رفض الحركة المبدئي للتعامل مع رموز النظام السابق.";
    const x = extractTagged(text, { وأكد: "VBD", رفض: "VBD", الحركة: "DTNN", المبدئي: "DTJJ" });
    expect(x.actors.map((a) => a.nameAr)).not.toContain("الحركة المبدئي");
  });
});

describe("acts against someone after a verb of support", () => {
  it("never reads support for someone's dismissal as support for them", () => {
    const text =
      "وسئلت حركة النهضة عن إقالة محافظ البنك المركزي مصطفى كمال النابلي.\nوأوضح راشد الغنوشي أن الحركة تؤيد إعفاء النابلي من منصبه.";
    const out = relations(text, {
      وأوضح: "VBD",
      تؤيد: "VBP",
      إعفاء: "NN",
      مصطفى: "NNP",
      كمال: "NNP",
      النابلي: "DTNNP",
      راشد: "NNP",
      الغنوشي: "DTNNP",
      الحركة: "DTNN",
    });
    expect(out.filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });
});

describe("quoted organisation names", () => {
  it("reads two apostrophes as one double quote, with the original offsets", () => {
    const tokens = tokenize("حركة ''النهضة'' اليوم");
    expect(tokens.map((t) => t.n)).toEqual(["حركه", '"', "النهضه", '"', "اليوم"]);
    expect(tokens[1]).toMatchObject({ raw: "''", start: 5, end: 7, punct: true });
  });

  it("lets a group head and its adjectives before a quoted known name describe it, and skips quotes inside a long name", () => {
    const text =
      "حمل التنظيم المسلح ''التوحيد والجهاد'' مالي مسؤولية الاشتباكات.\nوهددت حركة ''التوحيد والجهاد'' في غرب إفريقيا أمس بطرد حركة تحرير أزواد من غاو.";
    const x = extractTagged(text, {
      حمل: "VBD",
      التنظيم: "DTNN",
      المسلح: "DTJJ",
      التوحيد: "DTNN",
      والجهاد: "DTNN",
      وهددت: "VBD",
      إفريقيا: "NNP",
      بطرد: "NNP",
      أزواد: "NNP",
    });
    const out = x.relations.map(show);
    expect(out).toContain("mujao ACCUSED MLI");
    expect(out).toContain("mujao THREATENED mnla");
    expect(x.actors.filter((a) => a.discovered).map((a) => a.nameAr)).toEqual([]);
  });
});

describe("subjects with a role or a frame around them", () => {
  it("reads 'وكان X المرشح السابق … انتقد' with the role between the fronted subject and its verb", () => {
    const text = "وكان محمد البرادعي المرشح السابق للرئاسة انتقد بحدة قرار مرسي.";
    const out = relations(text, {
      وكان: "NNP",
      محمد: "NNP",
      البرادعي: "DTNNP",
      المرشح: "DTNN",
      السابق: "DTJJ",
      للرئاسة: "DTNN",
      انتقد: "VBD",
      مرسي: "NNP",
    });
    expect(out).toContain("mohamed-elbaradei CONDEMNED mohamed-morsi");
  });

  it("keeps a group 'في شمال لبنان' inside the title of the person after it", () => {
    const text = "أدان رئيس اللقاء الوطني في شمال لبنان الشيخ سمير حداد دعوة ماكين إلى التدخل.";
    const out = relations(text, {
      أدان: "VBD",
      رئيس: "NN",
      اللقاء: "DTNN",
      الوطني: "DTJJ",
      شمال: "NN",
      سمير: "NNP",
      حداد: "NNP",
      ماكين: "NNP",
    });
    expect(out).toContain("person:سمير حداد CONDEMNED john-mccain");
    expect(out.filter((r) => r.startsWith("LBN"))).toEqual([]);
  });

  it("reads the pronoun of an opening 'بعد لقائه' as the subject of the verb after the frame", () => {
    const text =
      "زار الوفد الروسي بيروت.\nوبعد لقائه رئيس الحكومة نجيب ميقاتي أكد الوزير السابق كريم حداد أن الوضع هادئ.";
    const out = relations(text, {
      زار: "VBD",
      لقائه: "VBG",
      نجيب: "NNP",
      ميقاتي: "NNP",
      أكد: "VBD",
      الوزير: "DTNN",
      السابق: "DTJJ",
      كريم: "NNP",
      حداد: "NNP",
    });
    expect(out).toContain("person:كريم حداد MET najib-mikati");
  });
});

describe("a relative clause after a noun with a preposition", () => {
  it("has that noun as its subject when the relative pronoun agrees with it", () => {
    const text = "وأثار القرار قلقا لإيران، التي انتقدت علانية سياسة أنقرة في المنطقة.";
    const out = relations(text, { وأثار: "VBD", التي: "WP", انتقدت: "VBD", سياسة: "NN", أنقرة: "NNP" });
    expect(out).toContain("IRN CONDEMNED TUR");
  });
});

describe("a bare definite head", () => {
  it("refers to a body with that head named earlier in the same sentence before one of earlier sentences", () => {
    const text =
      "وفي مجلس الدوي العامر حضرت ندوة.\nوسلمها خطابا من كتلة في مجلس النواب البحريني يطالب فيه المجلس بأن يمنحهم حق اللجوء.";
    const out = relations(text, { حضرت: "VBD", يطالب: "VBP", البحريني: "DTJJ", النواب: "DTNN", الدوي: "DTNN" });
    expect(out.filter((r) => r.includes("DEMANDED"))).toEqual([]);
  });
});

describe("names the press gives a state", () => {
  it("reads 'الكيان الصهيوني' as Israel", () => {
    const out = relations("وكان وليام بيرنز قد زار الكيان الصهيوني الأسبوع الماضي.", {
      وليام: "NNP",
      بيرنز: "NNP",
      زار: "VBD",
    });
    expect(out).toContain("william-burns MET ISR");
  });
});

describe("a senator's title", () => {
  it("is part of the person's mention, so 'قام X بزيارة إلى Y' is his visit", () => {
    const text = "قام السيناتور الأمريكي الجمهوري جون ماكين بزيارة خاطفة إلى الأردن أمس.";
    const out = relations(text, {
      قام: "VBD",
      السيناتور: "DTNN",
      الأمريكي: "DTJJ",
      الجمهوري: "DTJJ",
      جون: "NNP",
      ماكين: "NNP",
      بزيارة: "NNP",
      خاطفة: "JJ",
      الأردن: "NNP",
    });
    expect(out).toContain("john-mccain MET JOR");
  });
});

describe("an activist's title between a verb and the name", () => {
  it("is passed over to reach the subject", () => {
    const text = "وطالب الناشط سمير حداد الحكومة المصرية بالاستقالة.";
    const out = relations(text, {
      وطالب: "NN",
      الناشط: "DTNN",
      سمير: "NNP",
      حداد: "NNP",
      الحكومة: "DTNN",
      المصرية: "DTJJ",
    });
    expect(out).toContain("person:سمير حداد DEMANDED EGY-government");
  });
});

describe("a short form followed by a family name with the article", () => {
  it("is someone else's given name, not the known person", () => {
    const text =
      "استقبل الرئيس عبد ربه منصور هادي الوفد.\nوطالب رئيس الكتلة، منصور الزنداني، أمس، النائب العام اليمني بالتحقيق.";
    const x = extractTagged(text, {
      استقبل: "VBD",
      عبد: "NNP",
      ربه: "NNP",
      منصور: "NNP",
      هادي: "NNP",
      الزنداني: "DTNNP",
    });
    const names = x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr);
    expect(names).toContain("منصور الزنداني");
  });
});

describe("a nominal sentence about an act", () => {
  it("never reads what follows the predicate as the act's object", () => {
    const out = relations("وقال البيان إن زيارة ماكين خدمة للعدو الإسرائيلي.", {
      وقال: "VBD",
      ماكين: "NNP",
      خدمة: "NN",
    });
    expect(out.filter((r) => r.includes("MET"))).toEqual([]);
    const visit = relations("وقال البيان إن زيارة ماكين لإسرائيل تمت أمس.", { وقال: "VBD", ماكين: "NNP" });
    expect(visit).toContain("john-mccain MET ISR reported");
  });
});

describe("a conjunct after a prepositional phrase", () => {
  it("shares its preposition and is no object", () => {
    const out = relations(
      "خسرت الولايات المتحدة أصدقاء كثيرين هذا العام، إذ هبطت نسبة تأييدها في مصر وتركيا والأردن.",
      {
        خسرت: "VBD",
        هبطت: "VBD",
      },
    );
    expect(out.filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });
});

describe("an invitation noun with two bare names", () => {
  it("has the first invite the second", () => {
    const out = relations("وانتقدت فرنسا دعوة أنان إيران للمشاركة في الاجتماع.", {
      وانتقدت: "VBD",
      أنان: "NNP",
      إيران: "NNP",
    });
    expect(out).toContain("kofi-annan INVITED IRN");
    expect(out.filter((r) => r.includes("INVITED kofi-annan"))).toEqual([]);
  });
});

describe("a titled body right before a name", () => {
  it("is the name's title, past the body's adjectives", () => {
    const out = relations("اتهم رئيس الحكومة الفلسطينية المقالة إسماعيل هنية حركة فتح بعرقلة المصالحة.", {
      اتهم: "VBD",
      إسماعيل: "NNP",
      هنية: "NNP",
    });
    expect(out).toContain("ismail-haniyeh ACCUSED fatah");
    expect(out.filter((r) => r.includes("ACCUSED ismail-haniyeh"))).toEqual([]);
  });
});

describe("a known surname that is also an adjective", () => {
  it("is the adjective after a definite noun or coordinated with one, the person after a verb", () => {
    const text =
      "التقى الأمين العام نبيل العربي الوزير.\nوقال المبعوث الأممي والعربي كوفي أنان إن الشعب العربي ينتقد الحكومة السورية. وانتقد العربي الحكومة السورية.";
    const x = extractTagged(text, {
      نبيل: "NNP",
      العربي: "DTNNP",
      كوفي: "NNP",
      أنان: "NNP",
      التقى: "VBD",
      وقال: "VBD",
      وانتقد: "VBD",
      ينتقد: "VBP",
      الشعب: "DTNN",
      المبعوث: "DTNN",
      الأممي: "DTJJ",
    });
    const second = x.relations.filter((r) => r.sentenceIndex === 1);
    expect(second.map((r) => r.subject.id)).not.toContain("nabil-elaraby");
    expect(x.relations.map(show)).toContain("nabil-elaraby CONDEMNED SYR-government");
    const elaraby = x.actors.find((a) => a.id === "nabil-elaraby");
    expect(elaraby).toBeDefined();
  });
});

describe("names that end in a regnal ordinal", () => {
  it("lend no family name to 'الوزير الأول'", () => {
    const out = extractTagged(
      "عنوان\nزار الملك خوان كارلوس الأول مدريد.\nوانتقد الوزير الأول شيخ ديارا الحكومة السورية.",
      {
        خوان: "NNP",
        كارلوس: "NNP",
        وانتقد: "VBD",
        زار: "VBD",
      },
    );
    // (The king's own visit is his; the minister's criticism is not.)
    expect(out.relations.filter((r) => r.subject.id === "juan-carlos-i").map(show)).toEqual(["juan-carlos-i MET ESP"]);
  });
});

describe("a defective verb in the first person singular", () => {
  it("is the quoted speaker's act ('التقيت' is never 'she met')", () => {
    const out = relations('مقابلة قصيرة\nوقال الوزير جون باغنون: "التقيت في باريس الرئيس الفرنسي فرانسوا هولاند".', {
      وقال: "VBD",
      جون: "NNP",
      باغنون: "NNP",
      التقيت: "VBD",
      فرانسوا: "NNP",
      هولاند: "NNP",
    });
    expect(out).toContain("person:جون باغنون MET francois-hollande reported");
  });
});

describe("attacks on places", () => {
  it("reads a capital after a place noun as the place, never a subject before the verb", () => {
    const out = relations("عنوان\nوفي المناطق الجنوبية بريف دمشق قصفت القوات النظامية بكثافة أحياء عدة بالهاون.", {
      قصفت: "VBD",
      بريف: "NNP",
      دمشق: "NNP",
      القوات: "DTNNS",
      النظامية: "DTJJ",
    });
    expect(out.filter((r) => r.includes("ATTACKED"))).toEqual([]);
  });

  it("gives no target to a force of no known state shelling towns, nor to a town in a list of places", () => {
    const out = relations("عنوان\nوفي حمص، قصفت قوات النظام أحياء البياضة والوعر وحمص القديمة بالمدفعية.", {
      قصفت: "VBD",
      حمص: "NNP",
      البياضة: "DTNNP",
    });
    expect(out.filter((r) => r.includes("ATTACKED"))).toEqual([]);
  });

  it("reads 'her' after a city named earlier in the sentence as the city", () => {
    const out = relations("وصل الوزير الروسي إلى دمشق أمس.\nوكانت حمص مدينة هادئة حتى اقتحمها الجيش السوري قبل عام.", {
      وصل: "VBD",
      وكانت: "VBD",
      حمص: "NNP",
      اقتحمها: "VBD",
    });
    expect(out.filter((r) => r.includes("ATTACKED"))).toEqual([]);
  });

  it("takes an indefinite accusative noun after the subject as the target itself", () => {
    const out = relations("عنوان\nواستهدفت حركة أنصار الدين ضريحا تحميه منظمة الأمم المتحدة للتربية والعلم والثقافة.", {
      واستهدفت: "VBD",
      أنصار: "NNP",
      ضريحا: "NN",
      تحميه: "VBP",
    });
    expect(out.filter((r) => r.includes("ATTACKED"))).toEqual([]);
  });
});

describe("a supply noun with two bare names", () => {
  it("has the first supply the second", () => {
    const out = relations("عنوان\nوردت الوزيرة على تقارير حول تزويد موسكو النظام السوري طائرات مقاتلة.", {
      وردت: "VBD",
      موسكو: "NNP",
    });
    expect(out).toContain("RUS SUPPLIED SYR-government");
    expect(out.filter((r) => r.includes("SUPPLIED RUS"))).toEqual([]);
  });
});

describe("a visit on whose eve one writes, or whose relative clause is future", () => {
  it("is expected, not held", () => {
    const eve = relations("عنوان\nعشية زيارة المجلس الوطني السوري موسكو تلبية لدعوة رسمية.", {});
    expect(eve).toContain("syrian-national-council MET RUS expected");
    const rel = relations("عنوان\nوتحدث الوزير عن زيارة الرئيس التونسي للجزائر التي سيقوم بها الشهر الجاري.", {
      وتحدث: "VBD",
      سيقوم: "VBP",
    });
    expect(rel.filter((r) => r.includes("MET") && !r.endsWith("expected"))).toEqual([]);
  });
});

describe("a nationality in the feminine dual", () => {
  it("describes the noun before it and names no people", () => {
    const out = relations(
      "عنوان\nقال بنكيران إنه متفائل. وأكد رئيس الحكومة خلال لقائه الصحافي مع ممثلي القناتين المغربيتين أنه متفائل.",
      { وأكد: "VBD", قال: "VBD", بنكيران: "NNP" },
    );
    expect(out.filter((r) => r.includes("MAR"))).toEqual([]);
  });
});

describe("what is sent", () => {
  it("stands before the receiver, and a state's national security council is no UN body", () => {
    const out = relations(
      "عنوان\nوأرسل مجلس الأمن القومي الأميركي رسالة إلى الكونغرس تقول إن الصين تبيع كوريا الشمالية صواريخ متطورة.",
      { وأرسل: "VBD", تبيع: "VBP" },
    );
    expect(out.filter((r) => r.includes("SUPPLIED us-congress"))).toEqual([]);
    expect(out.filter((r) => r.startsWith("un-security-council"))).toEqual([]);
    const sent = relations("عنوان\nوأرسلت اليابان مساعدات طبية إلى الأردن.", { وأرسلت: "VBD" });
    expect(sent).toContain("JPN SUPPLIED JOR");
  });
});

describe("a second trigger of the same relation", () => {
  it("starts its own phrase: no object reaches across it", () => {
    const out = relations("عنوان\nوتأتي زيارة الغنوشي بعد زيارة لوزير الخارجية التونسي رفيق عبد السلام إلى باريس.", {
      وتأتي: "VBP",
      رفيق: "NNP",
      عبد: "NNP",
      السلام: "DTNNP",
    });
    expect(out.filter((r) => r.startsWith("rached-ghannouchi MET"))).toEqual([]);
  });
});

describe("a coordinated verb with its own named subject and a nominal object", () => {
  it("keeps that subject instead of the previous verb's", () => {
    const out = relations("عنوان\nواستقبلت الجزائر وزير الخارجية المالي أمس، وتدعم باريس المقترح داخل مجلس الأمن.", {
      واستقبلت: "VBD",
      وتدعم: "VBP",
      باريس: "NNP",
    });
    expect(out.filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });
});

describe("a verbal noun after a future verb", () => {
  it("is expected", () => {
    const out = relations(
      "عنوان\nورحب الرئيس الفلسطيني محمود عباس بالخطة.\nوقال نتنياهو إن الخطوة التالية ستكون بعد لقائه مع عباس في القدس.",
      {
        وقال: "VBD",
        ستكون: "VBP",
        نتنياهو: "NNP",
        محمود: "NNP",
        عباس: "NNP",
      },
    );
    expect(out).toContain("benjamin-netanyahu MET mahmoud-abbas expected");
  });
});

describe("a rank before one proper noun, and a parenthetical about the subject", () => {
  it("names a person, whose object follows the parenthetical", () => {
    const out = relations("عنوان\nواتهم العقيد اوغيدر، وهو ضابط في الجيش الوطني، صراحة حركة أنصار الدين بالتحريض.", {
      واتهم: "VBD",
      اوغيدر: "NNP",
      وهو: "VBD",
      أنصار: "NNP",
    });
    expect(out).toContain("person:اوغيدر ACCUSED ansar-dine");
  });
});

describe("a verbal noun governed by another verb", () => {
  it("takes that verb's subject as its agent, unless the verb needs or asks for the act", () => {
    const lex = { أصرت: "VBD", تحتاج: "VBP" };
    const out = relations("عنوان\nلقد أصرت موسكو طويلا على دعم الحكومة السورية في مجلس الأمن.", lex);
    expect(out).toContain("RUS SUPPORTED SYR-government");
    const need = relations("عنوان\nتحتاج الولايات المتحدة إلى دعم باكستان في أفغانستان.", lex);
    expect(need.filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });
});

describe("a cleft ('X هي التي + verb')", () => {
  it("makes X the verb's subject", () => {
    const out = relations(
      "عنوان\nوقالت مصادر إن الوزيرة الأميركية هيلاري كلينتون هي التي تفاوضت مع سيرغي لافروف على النص.",
      {
        وقالت: "VBD",
        هيلاري: "NNP",
        كلينتون: "NNP",
        تفاوضت: "VBD",
        سيرغي: "NNP",
        لافروف: "NNP",
      },
    );
    expect(out).toContain("hillary-clinton MET sergey-lavrov reported");
  });
});

describe("'أمين عام' of an organisation", () => {
  it("is the organisation's secretary-general the article has named", () => {
    const out = relations("عنوان\nوصل بان كي مون إلى صنعاء أمس.\nوانتقد أمين عام الأمم المتحدة الحكومة السورية.", {
      وصل: "VBD",
      بان: "NNP",
      كي: "NNP",
      مون: "NNP",
      وانتقد: "VBD",
    });
    expect(out).toContain("ban-ki-moon CONDEMNED SYR-government");
  });
});

describe("an envoy's title with the state he is posted to", () => {
  it("belongs to the name after it", () => {
    const out = relations(
      "عنوان\nوقال المبعوث الأممي والعربي لسوريا كوفي أنان إن الوضع خطير، محملا الحكومة السورية المسؤولية.",
      {
        وقال: "VBD",
        كوفي: "NNP",
        أنان: "NNP",
        الأممي: "DTJJ",
        والعربي: "DTJJ",
      },
    );
    expect(out).toContain("kofi-annan ACCUSED SYR-government reported");
    expect(out.filter((r) => r.startsWith("un "))).toEqual([]);
  });
});

describe("an invitation noun, a mandate and a district", () => {
  it("invites no place named inside a noun of its own", () => {
    const out = relations("عنوان\nواستنكر النائب دعوة ماكين خلال زيارته لبيروت إلى فرض حظر جوي.", {
      واستنكر: "VBD",
      ماكين: "NNP",
    });
    expect(out.filter((r) => r.includes("INVITED"))).toEqual([]);
  });

  it("reads talks one is mandated to enter as expected", () => {
    const out = relations("عنوان\nوكلف الرئيس محمود عباس وفدا للدخول في مفاوضات مع حركة حماس.", {
      وكلف: "VBD",
      محمود: "NNP",
      عباس: "NNP",
    });
    expect(out).toEqual(["mahmoud-abbas MET hamas expected"]);
  });

  it("reads Heliopolis as a place in Cairo, never Egypt", () => {
    const out = relations("عنوان\nوجاء ذلك إثر اجتماع مجلس الوزراء أمس بمقر الرئاسة بمصر الجديدة.", {});
    expect(out.filter((r) => r.includes("EGY"))).toEqual([]);
  });
});

describe("an act in quotation marks after a preposition written apart", () => {
  it("stands for its author", () => {
    const out = relations('عنوان\nوقالت لندن إنها تريد البقاء، ولكنها تندد بـ"تدخل" الحكومة الروسية في الانتخابات.', {
      وقالت: "VBD",
      تندد: "VBP",
      تدخل: "NN",
      تريد: "VBP",
    });
    expect(out).toContain("GBR CONDEMNED RUS-government reported");
  });
});

describe("a country name that is also an adjective", () => {
  it("is the adjective after an indefinite noun ('دعم مالي'), the country after a preposition", () => {
    const x = extractTagged("عنوان\nوتعهدت فرنسا بتقديم دعم مالي للبنان، وأرسلت مساعدات إلى مالي.", {
      وتعهدت: "VBD",
      وأرسلت: "VBD",
      مالي: "JJ",
    });
    expect(x.relations.filter((r) => r.subject.id === "MLI")).toEqual([]);
    expect(x.actors.map((a) => a.id)).toContain("MLI");
  });
});

describe("displeasure voiced at someone", () => {
  it("is a condemnation, with 'حيال/تجاه/إزاء' before the object and a present verb", () => {
    const out = relations("عنوان\nوتبدي روسيا غضبها حيال الولايات المتحدة بسبب الدرع الصاروخية.", { وتبدي: "VBP" });
    expect(out).toContain("RUS CONDEMNED USA");
  });
});

describe("a call whose content follows 'لـ'", () => {
  it("is a demand on the one called", () => {
    const out = relations("عنوان\nوجدد باسندوة دعوته للأمم المتحدة لتعزيز دعمها لليمن.", {
      وجدد: "VBD",
      باسندوة: "NNP",
    });
    expect(out).toContain("mohammed-basindawa DEMANDED un");
    const visit = relations("عنوان\nوجدد باسندوة دعوته للأمم المتحدة لزيارة اليمن.", { وجدد: "VBD", باسندوة: "NNP" });
    expect(visit.filter((r) => r.includes("DEMANDED"))).toEqual([]);
  });
});

describe("a clause word inside a name", () => {
  it("ends no clause ('بان كي مون': 'كي' is 'so that' elsewhere)", () => {
    const out = relations("عنوان\nوأشاد بان كي مون بجهود قطر في الوساطة.", { وأشاد: "VBD", بان: "NNP", مون: "NNP" });
    expect(out).toContain("ban-ki-moon SUPPORTED QAT");
  });
});

describe("an act named by its doer with 'ما'", () => {
  it("is the doer's act: praise of 'what X does', after the verb or a circumstantial participle", () => {
    const out = relations("عنوان\nوأشاد الرئيس المصري بما تقوم به قطر من جهود.", {
      وأشاد: "VBD",
      تقوم: "VBP",
      قطر: "NNP",
    });
    expect(out).toContain("EGY SUPPORTED QAT");
    const participle = relations("عنوان\nوقال باسندوة إن الحوار سيبدأ، مثنيا على ما يوليه بان كي مون من اهتمام.", {
      وقال: "VBD",
      باسندوة: "NNP",
      يوليه: "VBP",
      مثنيا: "JJ",
    });
    expect(participle).toContain("mohammed-basindawa SUPPORTED ban-ki-moon reported");
  });
});

describe("a title used before, now followed by a name", () => {
  it("introduces that name, never the person named with it before", () => {
    const text = "عنوان\nوقال النائب الكويتي أحمد السعدون إن الحكومة مستقيلة.\nوانتقد النائب الكويتي أحمد الحربي مصر.";
    const lexicon = { وقال: "VBD", وانتقد: "VBD", الكويتي: "DTJJ", أحمد: "NNP", السعدون: "DTNNP", الحربي: "DTNNP" };
    const x = extractTagged(text, lexicon);
    expect(x.actors.map((a) => a.nameAr)).toContain("أحمد الحربي");
    expect(x.relations.filter((r) => r.subject.nameAr === "أحمد السعدون")).toEqual([]);
  });
});

describe("a body's first word used as an adjective", () => {
  it("describes the noun before it: a state's foreign policy is the state's, not its ministry's", () => {
    const lexicon = { وانتقد: "VBD", السياسة: "DTNN", الخارجية: "DTJJ", الأمريكية: "DTJJ" };
    const out = relations("عنوان\nوانتقد الرئيس الروسي فلاديمير بوتين السياسة الخارجية الأمريكية.", lexicon);
    expect(out).toEqual(["vladimir-putin CONDEMNED USA"]);
    const ministry = relations("عنوان\nوانتقد الرئيس الروسي فلاديمير بوتين الخارجية الأمريكية.", lexicon);
    expect(ministry).toEqual(["vladimir-putin CONDEMNED USA-mfa"]);
  });

  it("gives states an interior ministry", () => {
    const out = relations("عنوان\nواتهمت وزارة الداخلية البحرينية إيران بدعم خلية.", { واتهمت: "VBD" });
    expect(out).toContain("BHR-interior ACCUSED IRN");
  });
});

describe("a claimed attack", () => {
  it("is the claimant's act after a verb of claiming, never after a verb of condemning", () => {
    const out = relations("عنوان\nوأعلن الحوثيون استهداف سفينة إسرائيلية في البحر الأحمر.", { وأعلن: "VBD" });
    expect(out).toEqual(["houthis ATTACKED ISR reported"]);
    const condemned = relations("عنوان\nوأدانت مصر استهداف سفينة إسرائيلية في البحر الأحمر.", { وأدانت: "VBD" });
    expect(condemned.filter((r) => r.includes("ATTACKED"))).toEqual([]);
    const background = relations("عنوان\nوتدهورت العلاقات منذ استهداف سفينة إسرائيلية في البحر الأحمر.", {});
    expect(background).toEqual([]);
  });
});

describe("claims rejected", () => {
  it("reject their author, named by nationality or genitive", () => {
    const out = relations("عنوان\nورفضت الخارجية الروسية الاتهامات الأمريكية.", { ورفضت: "VBD", الاتهامات: "DTNNS" });
    expect(out).toEqual(["RUS-mfa REJECTED USA"]);
    expect(relations("عنوان\nورفضت الصين مزاعم اليابان.", { ورفضت: "VBD" })).toEqual(["CHN REJECTED JPN"]);
  });
});

describe("a declared rejection", () => {
  it("rejects the author of the act it names", () => {
    const out = relations("عنوان\nوجدد الأردن رفضه لزيارة نتنياهو إلى المسجد.", { وجدد: "VBD", نتنياهو: "NNP" });
    expect(out).toEqual(["JOR REJECTED benjamin-netanyahu"]);
    expect(relations("عنوان\nوجدد الأردن رفضه للتدخل الأجنبي.", { وجدد: "VBD" })).toEqual([]);
  });
});

describe("satisfaction and welcome voiced", () => {
  it("support the author of the act they name", () => {
    const out = relations("عنوان\nوأعربت مصر عن ترحيبها بمبادرة قطر.", { وأعربت: "VBD" });
    expect(out).toEqual(["EGY SUPPORTED QAT"]);
    const relative = relations(
      "عنوان\nوأعرب وزير الخارجية الإسرائيلي أفيغدور ليبرمان عن ارتياحه للقرار الذي اتخذه الاتحاد الأوروبي.",
      { وأعرب: "VBD", أفيغدور: "NNP", ليبرمان: "NNP", اتخذه: "VBD", الإسرائيلي: "DTJJ" },
    );
    expect(relative).toEqual(["avigdor-lieberman SUPPORTED eu"]);
  });
});

describe("a coordinated verb with a title after it that names no one", () => {
  it("has that unnamed person as its subject, never the previous sentence's actor", () => {
    const out = relations("عنوان\nوقال بان كي مون إن الحوار مهم.\nوانتقد الوزير ما قامت به إسرائيل في غزة.", {
      وقال: "VBD",
      وانتقد: "VBD",
      قامت: "VBD",
      بان: "NNP",
      مون: "NNP",
    });
    expect(out.filter((r) => r.includes("CONDEMNED"))).toEqual([]);
  });
});

describe("thanks conveyed as a noun", () => {
  it("is support for the one thanked", () => {
    const out = relations("عنوان\nووجه الرئيس المصري الشكر للمملكة العربية السعودية.", { ووجه: "VBD" });
    expect(out).toEqual(["EGY SUPPORTED SAU"]);
  });
});

describe("a threat to strike what a state owns", () => {
  it("threatens the state its nationality names, past an adjective", () => {
    const out = relations("عنوان\nوكان نتنياهو قد هدد بضرب المنشآت النووية الإيرانية.", { هدد: "VBD", نتنياهو: "NNP" });
    expect(out).toEqual(["benjamin-netanyahu THREATENED IRN"]);
  });
});

describe("criticism, demands and interference as nouns", () => {
  it("reach the one they are addressed to or the author the nationality names", () => {
    expect(
      relations("عنوان\nووجهت المعارضة السورية انتقادات حادة إلى روسيا.", {
        ووجهت: "VBD",
        المعارضة: "DTNN",
        السورية: "DTJJ",
        انتقادات: "NNS",
      }),
      // (A body made from a template for the occasion shows as "person:" with its Arabic name.)
    ).toEqual(["person:المعارضة السورية CONDEMNED RUS"]);
    expect(relations("عنوان\nوجددت الرياض مطالبتها لطهران بالكف عن التدخل.", { وجددت: "VBD" })).toEqual([
      "SAU DEMANDED IRN",
    ]);
    expect(relations("عنوان\nوأدان مجلس التعاون الخليجي التدخلات الإيرانية في المنطقة.", { وأدان: "VBD" })).toEqual([
      "gcc CONDEMNED IRN",
    ]);
  });
});

describe("a name introduced by 'ما يسمى بـ'", () => {
  it("stands where 'ما' does: the preposition is the naming verb's", () => {
    const out = relations("عنوان\nوطالب ما يسمى بالمجلس الوطني السوري مجلس الأمن بإصدار قرار.", { وطالب: "VBD" });
    expect(out).toContain("syrian-national-council DEMANDED un-security-council");
  });
});

describe("an act in the genitive of the noun after the trigger", () => {
  it("is named by its doer in a relative clause after it", () => {
    const out = relations(
      "عنوان\nوأعرب وزير الخارجية الإسرائيلي أفيغدور ليبرمان عن ترحيبه ببدء تطبيق الحظر الذي فرضه الاتحاد الأوروبي.",
      {
        وأعرب: "VBD",
        أفيغدور: "NNP",
        ليبرمان: "NNP",
        الإسرائيلي: "DTJJ",
        ببدء: "NN",
        تطبيق: "NN",
        الحظر: "DTNN",
        فرضه: "VBD",
      },
    );
    expect(out).toEqual(["avigdor-lieberman SUPPORTED eu"]);
  });
});

describe("the eurozone", () => {
  it("is an actor its members act as", () => {
    const out = relations("عنوان\nوحض وزير المالية الألماني دول منطقة اليورو على خفض الديون.", { وحض: "VBD" });
    expect(out).toEqual(["DEU DEMANDED eurozone"]);
  });
});

describe("names and titles that are something else", () => {
  it("never make a name of a trigger noun with a pronoun, nor a title of an act", () => {
    const x = extractTagged("عنوان\nوأبدى الرئيس الفرنسي تأييده لخطة أنان.", {
      وأبدى: "VBD",
      الفرنسي: "DTJJ",
      تأييده: "NNP",
      لخطة: "NNP",
      أنان: "NNP",
    });
    expect(x.actors.map((a) => a.nameAr)).not.toContain("تأييده لخطة");
    const described = relations("عنوان\nووصف المتحدث باسم الخارجية الروسية تصريحات كلينتون بأنها غير مقبولة.", {
      ووصف: "VBD",
      الخارجية: "DTJJ",
      الروسية: "DTJJ",
      تصريحات: "NNS",
      كلينتون: "NNP",
    });
    expect(described).toEqual(["RUS-mfa CONDEMNED hillary-clinton"]);
  });

  it("give a plural pronoun no single person", () => {
    const out = relations(
      "عنوان\nوقال الرئيس بشار الأسد إن الجيش صامد.\nوتراجع حماس المؤيدين الذين يخفون تأييدهم للحكومة السورية.",
      { وقال: "VBD", بشار: "NNP", تأييدهم: "NN" },
    );
    expect(out.filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });

  it("read the regime named by its head as him", () => {
    const out = relations("عنوان\nوحمل المجلس الوطني السوري نظام الأسد مسؤولية المجزرة.", { وحمل: "VBD" });
    expect(out).toEqual(["syrian-national-council ACCUSED bashar-al-assad"]);
  });
});

describe("standing by someone", () => {
  it("is support, with the subject between the verb and 'إلى جانب'", () => {
    const out = relations("عنوان\nووقف الاتحاد الأوروبي إلى جانب المعارضة السورية.", {
      ووقف: "VBD",
      المعارضة: "DTNN",
      السورية: "DTJJ",
    });
    expect(out).toEqual(["eu SUPPORTED person:المعارضة السورية"]);
    const ceasefire = relations("عنوان\nودعت مصر إلى وقف إطلاق النار في غزة.", { ودعت: "VBD" });
    expect(ceasefire.filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });

  it("is support also with 'مع', but a ceasefire with someone is not", () => {
    expect(relations("عنوان\nووقفت قطر مع الشعب الفلسطيني في محنته.", { ووقفت: "VBD" })).toEqual([
      "QAT SUPPORTED PSE-people",
    ]);
    const ceasefire = relations("عنوان\nوأعلنت مصر وقف إطلاق النار مع إسرائيل.", { وأعلنت: "VBD" });
    expect(ceasefire.filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });
});

describe("a verb-like word in the genitive of an indefinite feminine noun", () => {
  it("reads 'جريمة خطف' as the act's name, not a kidnapping reported with its doer", () => {
    const lex = { تصاعدت: "VBD", سوريا: "NNP" };
    const out = relations("تصاعدت المخاوف بعد جريمة خطف اللبنانيين في سوريا.", lex);
    expect(out.filter((r) => r.includes("ATTACKED"))).toEqual([]);
  });

  it("still reads the verb after a clause-opening subordinator", () => {
    const lex = { عندما: "NN", خطف: "NN", سوريا: "NNP" };
    const out = relations("تصاعدت المخاوف عندما خطف الجيش السوري مواطنين لبنانيين.", lex);
    expect(out).toContainEqual(expect.stringMatching(/^(SYR|SYR-army) ATTACKED LBN/));
  });
});

describe("sites an attack strikes, named with their owner", () => {
  it("reads the owner in construct with the site, or after 'لـ', as the target", () => {
    const lex = { وشن: "VBD" };
    expect(relations("عنوان\nوشن الجيش اليمني هجوما على مواقع تنظيم القاعدة شرق البلاد.", lex)).toContainEqual(
      expect.stringMatching(/^YEM-army ATTACKED al-qaeda/),
    );
    expect(relations("عنوان\nوشن الجيش الإسرائيلي غارات على مواقع عسكرية لحزب الله قرب الحدود.", lex)).toEqual([
      "ISR-army ATTACKED hezbollah",
    ]);
  });

  it("never reads a site as the subject of the verb before it", () => {
    const lex = { قصفت: "VBD", وقالت: "VBD" };
    const out = relations("عنوان\nوقالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع لتنظيم داعش قرب الرقة.", lex);
    expect(out).toEqual(["RUS-mod ATTACKED isis reported"]);
  });

  it("passes over an indefinite adjective between the target and its nationality", () => {
    const lex = { وأسقطت: "VBD", حربية: "JJ", تركية: "JJ" };
    const out = relations("عنوان\nوأسقطت الدفاعات الجوية السورية طائرة حربية تركية فوق البحر.", lex);
    expect(out).toEqual(["SYR ATTACKED TUR"]);
  });
});

describe("attacks carried out and claimed", () => {
  it("reads 'نفذ ضربات ضد' as an attack and 'تبنى الهجوم على' as its claim", () => {
    const lex = { ونفذت: "VBD", وتبنت: "VBD" };
    expect(relations("عنوان\nونفذت الطائرات الأمريكية ضربات جوية ضد مواقع الحوثيين.", lex)).toEqual([
      "USA ATTACKED houthis",
    ]);
    expect(relations("عنوان\nوتبنت حركة الشباب المجاهدين الهجوم على السفارة الكينية.", lex)).toEqual([
      "al-shabaab ATTACKED KEN-embassy",
    ]);
    // A group the dictionary does not know ends before the act it claims.
    expect(relations("عنوان\nوتبنت جماعة النصر الهجوم على السفارة الكينية.", lex)).toEqual([
      "person:جماعة النصر ATTACKED KEN-embassy",
    ]);
  });

  it("leaves a policy or a resolution adopted alone", () => {
    const out = relations("عنوان\nوتبنت الحكومة التركية سياسة حازمة ضد سوريا.", { وتبنت: "VBD" });
    expect(out.filter((r) => r.includes("ATTACKED"))).toEqual([]);
  });
});

describe("support valued and provided", () => {
  it("reads the masculine 'ثمن' only with what is valued", () => {
    const lex = { وثمن: "VBD" };
    expect(relations("عنوان\nوثمن مجلس التعاون الخليجي جهود الكويت في رأب الصدع.", lex)).toEqual(["gcc SUPPORTED KWT"]);
    expect(relations("عنوان\nوثمن النفط الإيراني في الأسواق ارتفع.", lex)).toEqual([]);
  });

  it("reads support provided with 'وفر' or 'منح' as the provider's", () => {
    const out = relations("عنوان\nووفرت تركيا الدعم والمساعدة للمعارضة السورية.", { ووفرت: "VBD" });
    expect(out).toEqual(["TUR SUPPORTED person:المعارضة السورية"]);
  });

  it("gives a coordinated light verb with its subject dropped the subject of the verb just before", () => {
    const lex = { تبنت: "VBD", ووفرت: "NNP" };
    const text = "عنوان\nتبنت الحكومة الفرنسية موقفا حازما من الأزمة، ووفرت الدعم للمعارضة السورية.";
    expect(relations(text, lex)).toEqual(["FRA-government SUPPORTED person:المعارضة السورية"]);
  });

  it("gives a coordinated light verb far from any verb nobody's", () => {
    const far =
      "عنوان\nوأضاف المحامي أن أجهزة الأمن لاحقت كل من ينافس جمال مبارك على الحكم طوال السنوات العشر الأخيرة من " +
      "عهد والده، ووجه الشكر للجيش المصري.";
    const out = relations(far, { وأضاف: "NN", لاحقت: "VBD", ينافس: "VBP" });
    expect(out.filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });
});

describe("a preposition before a quantifier", () => {
  it("governs the quantified act: 'برد على أي هجوم إسرائيلي' threatens Israel", () => {
    const out = relations("عنوان\nوهددت إيران برد حازم على أي هجوم إسرائيلي.", { وهددت: "VBD" });
    expect(out).toEqual(["IRN THREATENED ISR"]);
  });
});

describe("a participle opening a sentence", () => {
  it("continues the sentence before: its subject, named after an honorific, praises", () => {
    const lex = { وجدد: "VBD", محمد: "NNP", الخطيب: "DTNNP", مثنيا: "JJ", يبذله: "VBP" };
    const text =
      "عنوان\nوجدد الأخ محمد الخطيب دعوته للأمم المتحدة إلى دعم المرحلة الانتقالية. " +
      "مثنيا على ما يبذله الاتحاد الأوروبي من جهود في هذا الجانب.";
    expect(relations(text, lex)).toContainEqual(expect.stringMatching(/^person:محمد الخطيب SUPPORTED eu/));
  });

  it("is nobody's when the sentence before has no subject of its gender", () => {
    const lex = { وجددت: "VBD", مثنيا: "JJ", يبذله: "VBP" };
    const text =
      "عنوان\nوجددت الحكومة الأردنية دعوتها للأمم المتحدة إلى دعم اللاجئين. " +
      "مثنيا على ما يبذله الاتحاد الأوروبي من جهود في هذا الجانب.";
    expect(relations(text, lex).filter((r) => r.includes("SUPPORTED"))).toEqual([]);
  });
});

describe("an obligation stated of someone", () => {
  const lex = { وقال: "VBD", وأضاف: "VBD", يرى: "VBP", تعني: "VBP", تتوقف: "VBP" };

  it("is the speaker's demand, also when the verb of saying drops its subject", () => {
    const text =
      "عنوان\nوقال وزير الخارجية الروسي سيرغي لافروف إن على الولايات المتحدة أن تتوقف عن تسليح المعارضة. " +
      "وأضاف أن على إسرائيل وقف الاستيطان.";
    expect(relations(text, lex)).toEqual([
      "sergey-lavrov DEMANDED USA reported",
      "sergey-lavrov DEMANDED ISR reported",
    ]);
  });

  it("is nobody's without a speaker, when denied, or of a people", () => {
    expect(relations("عنوان\nويرى مراقبون أن على الحكومة المصرية إجراء إصلاحات.", lex)).toEqual([]);
    const denied = "عنوان\nوقال لافروف إن الاتفاق لا يعني أنه يجب على الرئيس بشار الأسد أن يتنحى.";
    expect(relations(denied, lex).filter((r) => r.includes("DEMANDED"))).toEqual([]);
    const people = "عنوان\nوقال لافروف إن على السوريين أن يقرروا مستقبلهم.";
    expect(relations(people, lex).filter((r) => r.includes("DEMANDED"))).toEqual([]);
  });
});

describe("the subject a next sentence drops", () => {
  it("is the speaker of 'وقال' even when the tagger calls it a noun, not a name inside what he said", () => {
    const lex = { وقال: "NN", تهدد: "VBP", وأعرب: "VBD" };
    const text =
      "عنوان\nوقال وزير الخارجية الفرنسي لوران فابيوس إن الأزمة في سوريا تهدد لبنان. " +
      "وأعرب عن دعمه للمعارضة السورية.";
    expect(relations(text, lex)).toEqual(["laurent-fabius SUPPORTED person:المعارضة السورية"]);
  });
});

describe("a meeting's chair and those present", () => {
  it("pairs the chair with those named after 'بحضور', never the holding body with its own chair", () => {
    const lex = { عقدت: "VBD", بان: "VBD" };
    const text =
      "عنوان\nعقدت الحكومة اليمنية اليوم اجتماعا استثنائيا برئاسة رئيس الوزراء محمد سالم باسندوة، " +
      "وبحضور أمين عام الأمم المتحدة بان كي مون وموفده الخاص جمال بن عمر.";
    expect(relations(text, lex)).toEqual([
      "mohammed-basindawa MET ban-ki-moon",
      "mohammed-basindawa MET jamal-benomar",
    ]);
  });

  it("reads 'حكومة الوفاق' as the unity government of the country the article is about", () => {
    const lex = { وأشاد: "VBD" };
    const text = "اليمن\nوأشاد المبعوث الأممي إلى اليمن جمال بن عمر بأداء حكومة الوفاق الوطني في اليمن.";
    expect(extractTagged(text, lex).actors.map((a) => a.id)).toContain("YEM-government");
  });
});

describe("sanctions adopted, announced and aimed", () => {
  it("reads sanctions a subject adopts, past a measure of them, with their target after 'على' or 'تستهدف'", () => {
    const lex = { أقر: "VBD", الاقتصادية: "DTJJ", تستهدف: "VBP", وفرض: "VBD", الإيراني: "DTJJ", النفط: "DTNN" };
    expect(relations("عنوان\nأقر مجلس الشيوخ الأميركي أمس حزمة إضافية من العقوبات على سوريا.", lex)).toEqual([
      "us-senate SANCTIONED SYR",
    ]);
    const aimed = "عنوان\nأقر الاتحاد الأوروبي حزمة من العقوبات الاقتصادية تستهدف قطاع النفط الإيراني.";
    expect(relations(aimed, lex)).toEqual(["eu SANCTIONED IRN"]);
    expect(relations("عنوان\nوفرض الاتحاد الأوروبي عقوبات تستهدف قطاع النفط الإيراني.", lex)).toEqual([
      "eu SANCTIONED IRN",
    ]);
  });

  it("leaves sanctions named as background, and knows a state's central bank", () => {
    const lex = { وقال: "VBD", لم: "RP", تنجح: "VBP", وفرضت: "VBD" };
    const background = relations("عنوان\nوقال الرئيس الروسي إن العقوبات على إيران لم تنجح.", lex);
    expect(background.filter((r) => r.includes("SANCTIONED"))).toEqual([]);
    expect(relations("عنوان\nوفرضت واشنطن عقوبات على البنك المركزي الإيراني.", lex)).toEqual([
      "USA SANCTIONED IRN-central-bank",
    ]);
  });
});

describe("a charge stated of someone", () => {
  const lex = { واعتبر: "VBD", وقال: "VBD", وانتقد: "VBD", معتبرا: "JJ", يرى: "VBP" };

  it("is the speaker's accusation of those it is said of", () => {
    const moallem = "عنوان\nواعتبر وزير الخارجية السوري وليد المعلم أن تركيا مسؤولة عن تدفق المسلحين.";
    expect(relations(moallem, lex)).toEqual(["walid-muallem ACCUSED TUR"]);
    const behind = "عنوان\nوقال المتحدث باسم الخارجية الإيرانية إن الولايات المتحدة تقف وراء الاضطرابات.";
    expect(relations(behind, lex)).toEqual(["IRN-mfa ACCUSED USA reported"]);
    const partners =
      "عنوان\nوانتقد رئيس الوزراء التركي رجب طيب أردوغان الموقف الدولي، معتبرا أن روسيا وإيران شركاء في المذابح.";
    expect(relations(partners, lex).filter((r) => r.includes("ACCUSED"))).toEqual([
      "recep-tayyip-erdogan ACCUSED RUS",
      "recep-tayyip-erdogan ACCUSED IRN",
    ]);
  });

  it("is nobody's when denied or said by no one named", () => {
    const denied = "عنوان\nوقال وزير الخارجية الروسي سيرغي لافروف إن روسيا غير مسؤولة عن الأزمة.";
    expect(relations(denied, lex).filter((r) => r.includes("ACCUSED"))).toEqual([]);
    const nobody = "عنوان\nويرى مراقبون أن تركيا مسؤولة عن تدفق المسلحين.";
    expect(relations(nobody, lex)).toEqual([]);
  });
});

describe("a verbal attack launched", () => {
  it("is criticism when its adjective says so, a military attack otherwise", () => {
    const lex = { وشن: "VBD" };
    expect(relations("عنوان\nوشن الرئيس الأمريكي باراك أوباما هجوما لاذعا على ميت رومني.", lex)).toEqual([
      "barack-obama CONDEMNED mitt-romney",
    ]);
    expect(relations("عنوان\nوشن الجيش الإسرائيلي هجوما عنيفا على غزة.", lex)).toEqual(["ISR-army ATTACKED PSE"]);
  });
});

describe("a light verb after 'حيث'", () => {
  it("shares the subject of the verb before it, not the last sentence's", () => {
    const lex = { وقال: "VBD", وزار: "VBD", أجرى: "VBD" };
    const text =
      "عنوان\nوقال الرئيس المصري عبد الفتاح السيسي إن بلاده تدعم الحوار. " +
      "وزار وفد من حركة حماس القاهرة حيث أجرى محادثات مع مسؤولين مصريين.";
    const out = relations(text, lex).filter((r) => r.includes("MET"));
    expect(out).toContain("hamas MET EGY");
    expect(out.filter((r) => r.startsWith("abdel-fattah-el-sisi"))).toEqual([]);
  });
});

describe("mediation led, donations and loans", () => {
  it("reads a mediation a state leads between two movements named with a dual head", () => {
    const out = relations("عنوان\nوتقود مصر وساطة بين حركتي فتح وحماس.", { وتقود: "VBP" });
    expect(out).toEqual(["EGY MEDIATED fatah", "EGY MEDIATED hamas"]);
  });

  it("reads a donation and a loan as supplies", () => {
    const lex = { وتبرعت: "VBD", ومنحت: "VBD" };
    expect(relations("عنوان\nوتبرعت الكويت بمبلغ 50 مليون دولار لوكالة الأونروا.", lex)).toEqual([
      "KWT SUPPLIED unrwa",
    ]);
    expect(relations("عنوان\nومنحت ألمانيا الأردن قرضا ميسرا.", lex)).toEqual(["DEU SUPPLIED JOR"]);
  });
});

describe("a state's leadership", () => {
  it("stands for the state, as its officials do", () => {
    const out = relations("عنوان\nوجددت القيادة الإيرانية دعمها لسوريا.", { وجددت: "VBD" });
    expect(out).toEqual(["IRN SUPPORTED SYR"]);
  });
});

describe("a candidate's title", () => {
  it("is part of the mention, so the preposition before it governs the candidate", () => {
    const out = relations("عنوان\nوشن نائب الرئيس الأمريكي جو بايدن هجوما لاذعا على المرشح الجمهوري ميت رومني.", {
      وشن: "VBD",
    });
    expect(out).toEqual(["joe-biden CONDEMNED mitt-romney"]);
  });
});

describe("a discovered body after 'و'", () => {
  it("is named without the conjunction", () => {
    // ("مؤسسة الرئاسة" is no discovery: it is the story's state's presidency, from the dictionary.)
    const x = extractTagged("عنوان\nوأكدت الحكومة ومؤسسة الضمير دعمهما للشعب الفلسطيني.", { وأكدت: "VBD" });
    const names = x.actors.map((a) => a.nameAr);
    expect(names).toContain("مؤسسة الضمير");
    expect(names.filter((n) => n.startsWith("و"))).toEqual([]);
  });
});

describe("a verbal noun with a preposition after a name, in a call refused", () => {
  it("is no part of the name, whatever its tag", () => {
    const lex = { ترفض: "VBP", محمد: "NNP", حداد: "NNP", لإجراء: "NNP" };
    const x = extractTagged("عنوان\nحماس ترفض دعوة محمد حداد لإجراء انتخابات.", lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual(["محمد حداد"]);
    // The call is his, refused: no call of Hamas's on him, negated or not.
    expect(x.relations.map(show)).toEqual(["hamas REJECTED person:محمد حداد"]);
  });
});

describe("an act judged", () => {
  it("condemns the actor whose act is judged a violation, an aggression or a crime", () => {
    const lex = { واعتبر: "VBD", ووصف: "VBD" };
    expect(relations("عنوان\nواعتبر وزير الخارجية اللبناني الغارات الإسرائيلية انتهاكا للسيادة.", lex)).toEqual([
      "LBN CONDEMNED ISR",
    ]);
    expect(relations("عنوان\nووصف الرئيس السوري بشار الأسد تصريحات أردوغان بأنها عدوان على سوريا.", lex)).toEqual([
      "bashar-al-assad CONDEMNED recep-tayyip-erdogan",
    ]);
    expect(relations("عنوان\nواعتبر الرئيس الفلسطيني محمود عباس أن الاستيطان الإسرائيلي جريمة حرب.", lex)).toEqual([
      "mahmoud-abbas CONDEMNED ISR",
    ]);
  });

  it("is no condemnation when the judgement is no such word", () => {
    const out = relations("عنوان\nواعتبر الرئيس الفلسطيني محمود عباس الموقف المصري داعما للقضية.", { واعتبر: "VBD" });
    expect(out.filter((r) => r.includes("CONDEMNED"))).toEqual([]);
  });
});

describe("an attack undergone", () => {
  it("is by the nationality after the attack noun, on the subject of 'تعرض'", () => {
    const lex = { وتعرضت: "VBD", تتعرض: "VBP" };
    expect(relations("عنوان\nوتعرضت إيران لهجوم إسرائيلي واسع.", lex)).toEqual(["ISR ATTACKED IRN"]);
    expect(relations("عنوان\nوتعرضت سفينة تجارية بريطانية لهجوم حوثي في البحر الأحمر.", lex)).toEqual([
      "houthis ATTACKED GBR",
    ]);
    expect(relations("عنوان\nوتعرضت مواقع للجيش السوري لقصف إسرائيلي.", lex)).toEqual(["ISR ATTACKED SYR-army"]);
  });

  it("keeps the negation and the doubt of its clause", () => {
    const lex = { تتعرض: "VBP" };
    expect(relations("عنوان\nولم تتعرض إيران لهجوم إسرائيلي.", lex)).toEqual(["ISR ATTACKED IRN neg"]);
    expect(relations("عنوان\nوقد تتعرض إيران لهجوم إسرائيلي.", lex)).toEqual(["ISR ATTACKED IRN uncertain"]);
  });
});

describe("success wished, and a title head with a preposition", () => {
  it("reads a wish of success as support, and 'أمير قطر للرئيس المصري X' as two people", () => {
    const lex = { وتمنى: "VBD" };
    expect(relations("عنوان\nوتمنى أمير قطر للرئيس المصري محمد مرسي التوفيق.", lex)).toEqual([
      "QAT SUPPORTED mohamed-morsi",
    ]);
  });
});

describe("congratulations", () => {
  it("are support, and 'هنا' (here) is no congratulation", () => {
    const lex = { وهنأت: "VBD", وتابع: "VBD", تقف: "VBP" };
    expect(relations("عنوان\nوهنأت قطر الرئيس المصري محمد مرسي بفوزه.", lex)).toEqual(["QAT SUPPORTED mohamed-morsi"]);
    const here = relations("عنوان\nوتابع الرئيس محمد مرسي: أعلن من هنا أن مصر تقف مع الشعب الفلسطيني.", lex);
    expect(here).toContainEqual(expect.stringMatching(/^EGY SUPPORTED PSE/));
  });
});

describe("members of parliament and ranks", () => {
  const lex = { وانتقد: "VBD", واستقبل: "VBD", سليم: "NNP", حداد: "NNP", كريم: "NNP", نصار: "NNP", بشدة: "NNP" };
  it("reads 'النائب' before a name as a title, with no state named", () => {
    expect(relations("عنوان\nوانتقد النائب سليم حداد وزارة المالية اللبنانية.", lex)).toEqual([
      "person:سليم حداد CONDEMNED LBN-finance",
    ]);
  });

  it("keeps the office before a rank as the same person's title", () => {
    expect(relations("عنوان\nواستقبل الرئيس محمود عباس رئيس كتلة التغيير النائب سليم حداد.", lex)).toEqual([
      "mahmoud-abbas MET person:سليم حداد",
    ]);
  });

  it("reads a lawyer named after the subject as the subject's role, not the object", () => {
    expect(relations("عنوان\nوانتقد الوزير كريم نصار محامي محمد مرسي الحكم القضائي بشدة.", lex)).toEqual([]);
  });
});

describe("rejections of acts, and a speaker before a quotation", () => {
  const lex = { ورفض: "VBD", وأضاف: "VBD", ترفض: "VBP", أصدره: "VBD", الذي: "WP", القرار: "DTNN", العسكري: "DTJJ" };

  it("rejects the author of a definite act named in a relative clause", () => {
    expect(relations("عنوان\nورفض حزب الوفد القرار الذي أصدره المجلس العسكري.", lex)).toEqual([
      "person:حزب الوفد REJECTED person:المجلس العسكري",
    ]);
  });

  it("never takes the one who says it for the subject of the quoted verb", () => {
    const out = relations("عنوان\nوأضاف الرئيس محمود عباس قد ترفض إسرائيل هذا الطلب.", lex);
    expect(out.filter((r) => r.startsWith("mahmoud-abbas"))).toEqual([]);
  });
});

describe("a title read as its body's agent", () => {
  it("is the person the article introduced with that title", () => {
    const lex = { وانتقد: "VBD", التقى: "VBD", جمال: "NNP", بنعمر: "NNP", الأممي: "DTJJ", المبعوث: "DTNN" };
    const text =
      "عنوان\nوانتقد المبعوث الأممي جمال بنعمر الحكومة اليمنية.\nكما التقى المبعوث الأممي بالرئيس عبد ربه منصور هادي.";
    expect(relations(text, lex)).toContainEqual("jamal-benomar MET abdrabbuh-mansur-hadi");
    expect(relations(text, lex).filter((r) => r.startsWith("un "))).toEqual([]);
  });
});

describe("a further act after 'also'", () => {
  const lex = { وأشاد: "VBD", ورحب: "VBD", وأدانت: "VBD", تبذلها: "VBP", تقوم: "VBP", نفذته: "VBD", شنتها: "VBD" };
  const wp = { الذي: "WP", التي: "WP", الدور: "DTNN", الهجوم: "DTNN", الغارات: "DTNNS", بالجهود: "DTNNS" };

  it("is by the author its relative clause or genitive names", () => {
    const all = { ...lex, ...wp };
    expect(
      relations(
        "عنوان\nوأشاد الرئيس عبد ربه منصور هادي بالجهود التي تبذلها السعودية وكذا الدور الذي تقوم به قطر.",
        all,
      ),
    ).toEqual(["abdrabbuh-mansur-hadi SUPPORTED SAU", "abdrabbuh-mansur-hadi SUPPORTED QAT"]);
    expect(relations("عنوان\nورحب الاتحاد الأوروبي بقرار مصر وكذلك بموقف الأردن.", all)).toEqual([
      "eu SUPPORTED EGY",
      "eu SUPPORTED JOR",
    ]);
    expect(relations("عنوان\nوأدانت فرنسا الهجوم الذي نفذته حماس وكذلك الغارات التي شنتها إسرائيل.", all)).toEqual([
      "FRA CONDEMNED hamas",
      "FRA CONDEMNED ISR",
    ]);
  });

  it("comes after the first act's whole phrase, and never past another verb", () => {
    const all = { ...lex, ...wp, يوليه: "VBP" };
    const text =
      "عنوان\nوأشاد الرئيس عبد ربه منصور هادي بما يوليه بان كي مون من اهتمام بالأوضاع في اليمن، وكذا الدور الذي تقوم به قطر.";
    expect(relations(text, all)).toContainEqual("abdrabbuh-mansur-hadi SUPPORTED QAT");
    const verb = "عنوان\nوأشاد الرئيس عبد ربه منصور هادي بدور السعودية ثم غادر القاعة، وكذلك الدور الذي تقوم به قطر.";
    expect(relations(verb, { ...all, غادر: "VBD" }).filter((r) => r.endsWith("QAT"))).toEqual([]);
  });
});

describe("a bare title before a verb spelt with 'ال'", () => {
  it("still refers back to the person introduced with it", () => {
    const lex = { واستقبل: "VBD", التقى: "VBD", وقال: "VBD", هيلاري: "NNP", كلينتون: "NNP" };
    const text =
      "عنوان\nواستقبل الرئيس محمد مرسي وفدا من حركة حماس.\nوقال مصدر إن الرئيس التقى وزيرة الخارجية الأمريكية هيلاري كلينتون.";
    expect(relations(text, lex)).toContainEqual("mohamed-morsi MET hillary-clinton reported");
  });
});

describe("postings, definite given names and longer titles", () => {
  const lex = {
    وجدد: "VBD",
    وانتقد: "VBD",
    والتقى: "VBD",
    وقال: "VBD",
    كما: "CC",
    وو: "NNP",
    جيشان: "NNP",
    عدنان: "NNP",
    منصور: "NNP",
    سيرغي: "NNP",
    لافروف: "NNP",
    المنصف: "DTJJ",
    المرزوقي: "DTNNP",
    والمغتربين: "DTNNS",
    اللبناني: "DTJJ",
    الخارجية: "DTNN",
  };

  it("reads an ambassador's posting between the title and the name", () => {
    expect(relations("عنوان\nوانتقد سفير الصين في لبنان وو جيشان الحكومة الفرنسية.", lex)).toEqual([
      "person:وو جيشان CONDEMNED FRA-government",
    ]);
  });

  it("knows a dictionary person whose given name is written with the article", () => {
    expect(relations("عنوان\nوانتقد الرئيس التونسي المنصف المرزوقي الحكومة الفرنسية.", lex)).toEqual([
      "moncef-marzouki CONDEMNED FRA-government",
    ]);
  });

  it("gives the pronoun after a coordinated verb without its own subject to the subject they share", () => {
    const text =
      "عنوان\nوجدد السفير الصيني وو جيشان دعم بلاده لخطة كوفي أنان، وقال بعد لقائه وزير الخارجية اللبناني عدنان منصور: إن الحل سياسي.";
    const out = relations(text, { ...lex, لقائه: "NN" });
    expect(out).toContainEqual("person:وو جيشان MET adnan-mansour reported");
    expect(out.filter((r) => r.startsWith("kofi-annan"))).toEqual([]);
  });
});

describe("a verbal noun of purpose", () => {
  const lex = { وزار: "VBD", واتصل: "VBD", راشد: "NNP", الغنوشي: "DTNNP", أمير: "NN" };

  it("is done by the subject of the verb it serves, on its genitive or on that verb's object", () => {
    expect(relations("عنوان\nوزار راشد الغنوشي القاهرة لتهنئة الرئيس محمد مرسي.", lex)).toEqual([
      "rached-ghannouchi MET EGY",
      "rached-ghannouchi SUPPORTED mohamed-morsi",
    ]);
    expect(relations("عنوان\nواتصل أمير قطر بالرئيس محمد مرسي لتهنئته بالفوز.", lex)).toEqual([
      "QAT MET mohamed-morsi",
      "QAT SUPPORTED mohamed-morsi",
    ]);
  });
});

describe("an invitation a visit answers", () => {
  const lex = { ويزور: "VBP", وزار: "VBD", وشارك: "VBD", غدا: "NN", رسمية: "JJ" };

  it("is by the one after 'بدعوة من' or 'تلبية لدعوة', of the visitor, and made whatever the visit's tense", () => {
    expect(
      relations("عنوان\nويزور الرئيس محمد مرسي الكويت غدا بدعوة من الأمير صباح الأحمد الجابر الصباح.", lex),
    ).toContainEqual("sabah-al-ahmad INVITED mohamed-morsi");
    expect(relations("عنوان\nوزار أمير قطر صنعاء تلبية لدعوة الرئيس عبد ربه منصور هادي.", lex)).toContainEqual(
      "abdrabbuh-mansur-hadi INVITED QAT",
    );
    expect(
      relations("عنوان\nوشارك الأمير سعود الفيصل في الاجتماع بدعوة رسمية من الجامعة العربية.", lex),
    ).toContainEqual("arab-league INVITED saud-al-faisal");
  });

  it("is of the visit's agent when a visit noun comes first", () => {
    const text =
      "عنوان\nعشية زيارة وفد من حركة الجهاد الإسلامي إلى طهران، بناء على دعوة من وزارة الخارجية الإيرانية، قال مصدر إن …";
    expect(relations(text, lex)).toContainEqual("IRN-mfa INVITED islamic-jihad");
  });

  it("needs an invitation answered: a call to visit is the inviter's own verb", () => {
    expect(
      relations("عنوان\nوزار أمير قطر صنعاء وسلم دعوة الرئيس عبد ربه منصور هادي.", { ...lex, وسلم: "VBD" }),
    ).not.toContainEqual("abdrabbuh-mansur-hadi INVITED QAT");
  });
});

describe("what befalls the named one, after a first-person verb", () => {
  it("is no act of theirs: supporting the exhumation of a body supports no one", () => {
    const lex = { وقال: "VBD", نؤيد: "VBP", استخراج: "NN", جثمان: "NN" };
    const text = 'عنوان\nوقال إسماعيل هنية: "نؤيد استخراج جثمان الرئيس ياسر عرفات لاستكمال التحقيق".';
    expect(relations(text, lex).filter((r) => r.includes("yasser-arafat"))).toEqual([]);
  });
});

describe("a verb form the tagger reads as a noun after 'و' inside a sentence", () => {
  it("is a coordinated verbal noun, whose genitive is no subject", () => {
    const lex = { وأكدت: "VBD", وحث: "NN", أنان: "NNP" };
    const text = "عنوان\nوأكدت روسيا أهمية مواصلة دعم جهود أنان وحث الحكومة السورية والمعارضة على الالتزام بالخطة.";
    expect(relations(text, lex).filter((r) => r.startsWith("SYR-government"))).toEqual([]);
  });

  it("stays a verb when imperfect ('وتطالب'), whatever its tag", () => {
    const lex = { وتدين: "VBP", وتطالب: "NN" };
    const text = "عنوان\nوتدين حركة حماس الاعتداءات وتطالب الأمم المتحدة بالتحرك.";
    expect(relations(text, lex)).toContainEqual("hamas DEMANDED un");
  });
});

describe("acts carried by other verbs", () => {
  const lex = {
    وأكد: "VBD",
    بان: "VBD",
    وجدد: "VBD",
    مطالبة: "NN",
    ولم: "RP",
    يكتف: "VBP",
    بانتقاد: "NN",
    وواصلت: "VBD",
    قصف: "NN",
    ورفضت: "VBD",
    اتهام: "NN",
    وتحدث: "VBD",
    هاتفيا: "RB",
    تحدثت: "VBD",
  };

  it("reads speaking with someone as contact, never speaking about", () => {
    expect(
      relations("عنوان\nوتحدث الرئيس الفرنسي فرانسوا هولاند هاتفيا مع الرئيس الأمريكي باراك أوباما.", lex),
    ).toEqual(["francois-hollande MET barack-obama"]);
    expect(relations("عنوان\nوتحدث الرئيس الفرنسي فرانسوا هولاند عن الرئيس الأمريكي باراك أوباما.", lex)).toEqual([]);
  });

  it("gives a coordinated light verb's noun the subject the verbs share, and its genitive as object", () => {
    const text = "عنوان\nوأكد بان كي مون ضرورة وقف العنف، وجدد مطالبة الحكومة السورية بسحب الأسلحة الثقيلة.";
    expect(relations(text, lex)).toContainEqual("ban-ki-moon DEMANDED SYR-government reported");
  });

  it("continues the previous sentence's subject when the light verb opens the sentence", () => {
    const text = "عنوان\nوأكد بان كي مون ضرورة وقف العنف.\nوجدد مطالبة الحكومة السورية بسحب الأسلحة الثقيلة.";
    expect(relations(text, lex)).toContainEqual("ban-ki-moon DEMANDED SYR-government");
  });

  it("reads 'لم يكتف X بانتقاد' as criticism done, not denied", () => {
    expect(relations("عنوان\nولم يكتف النظام السوري بانتقاد موقف كوفي أنان.", lex)).toEqual([
      "SYR-government CONDEMNED kofi-annan",
    ]);
  });

  it("reads a charge refused as the accuser's, rejected", () => {
    expect(relations("عنوان\nورفضت إيران اتهام إسرائيل لها.", lex)).toEqual(["IRN REJECTED ISR"]);
  });
});

describe("wishes asked of someone, and a verb whose subject is no actor", () => {
  it("reads 'تمنى على X' as asking X", () => {
    const lex = { وتمنى: "VBD", ميشال: "NNP", سليمان: "NNP" };
    expect(relations("عنوان\nوتمنى الرئيس ميشال سليمان على الحكومة اللبنانية الإسراع في معالجة الملف.", lex)).toEqual([
      "michel-suleiman DEMANDED LBN-government",
    ]);
  });

  it("shares no subject from a verb whose subject is a plain noun", () => {
    const lex = { وقال: "VBD", كان: "VBD", فيه: "NN", الجميع: "NOUN_QUANT", يدفع: "VBP", ويطالب: "VBP" };
    const text =
      "عنوان\nوقال الرئيس محمود عباس إنها جاءت في وقت كان فيه الجميع يدفع النظام الإيراني ويطالب الحكومة العراقية بالحوار.";
    expect(relations(text, lex).filter((r) => r.includes("DEMANDED"))).toEqual([]);
  });
});

describe("displeasure voiced", () => {
  const lex = { وأعرب: "VBD", وعبر: "VBD", وأبدت: "VBD" };

  it("reaches its object past the trigger's own words behind their preposition ('عن استيائه من')", () => {
    expect(
      relations("عنوان\nوأعرب وزير الخارجية المصري محمد كامل عمرو عن استيائه من الحكومة الإسرائيلية.", lex),
    ).toEqual(["mohamed-kamel-amr CONDEMNED ISR-government"]);
  });

  it("reads 'عبر' tagged a verb as a verb, and annoyance as displeasure", () => {
    expect(
      relations("عنوان\nوعبر وزير الخارجية المصري محمد كامل عمرو عن استيائه من الحكومة الإسرائيلية.", lex),
    ).toEqual(["mohamed-kamel-amr CONDEMNED ISR-government"]);
    expect(relations("عنوان\nوأبدت إيران انزعاجها من الحكومة التركية.", lex)).toEqual(["IRN CONDEMNED TUR-government"]);
  });
});

describe("a delegation of a body found by its head", () => {
  it("stands for the body, as the object of a meeting", () => {
    const lex = { والتقى: "VBD", روبرت: "NNP", فورد: "NNP", وفدا: "NN", المعارضة: "DTNN", السورية: "DTJJ" };
    // (Without an article country the body is read by its head alone: the Syrian opposition, by id or by name.)
    const out = relations("عنوان\nوالتقى السفير الأمريكي في دمشق روبرت فورد وفدا من المعارضة السورية.", lex);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^robert-ford MET (SYR-opposition|person:المعارضة السورية)$/);
  });
});

describe("the two sides of a meeting", () => {
  const lex = { التقى: "VBD", وأكد: "VBD", ونوه: "VBD", وعرض: "VBD", واعربا: "VN", لوران: "NNP", فابيوس: "NNP" };
  const met = "عنوان\nالتقى وزير الخارجية الفرنسي لوران فابيوس نظيره الأردني ناصر جودة في باريس أمس.\n";

  it("are both the subject of what 'الجانبان' or 'الوزيران' do in the sentences after it", () => {
    const out = relations(`${met}ونوه الوزيران بالدور الذي تلعبه روسيا.`, { ...lex, الذي: "WP", تلعبه: "VBP" });
    expect(out).toContainEqual("laurent-fabius SUPPORTED RUS");
    expect(out).toContainEqual("nasser-judeh SUPPORTED RUS");
  });

  it("are the 'their' of a dual verb that continues their sentence", () => {
    const text = `${met}وعرض الوزيران تطورات الأزمة السورية، واعربا عن دعمهما الكامل لما طلبه كوفي أنان.`;
    const out = relations(text, { ...lex, طلبه: "NNP", الكامل: "DTNN" });
    expect(out).toContainEqual("laurent-fabius SUPPORTED kofi-annan");
    expect(out).toContainEqual("nasser-judeh SUPPORTED kofi-annan");
  });

  it("are nobody without a meeting coded just before", () => {
    const out = relations("عنوان\nونوه الوزيران بالدور الذي تلعبه روسيا.", { ...lex, الذي: "WP", تلعبه: "VBP" });
    expect(out).toEqual([]);
  });
});

describe("a possessed verbal noun far from its verb", () => {
  it("belongs to the verb's subject, not to a genitive in a frame between", () => {
    const lex = { وأكد: "VBD", اجتماعات: "NNS" };
    const text =
      "عنوان\nوأكد الاتحاد الأوروبي في بيان في ختام اجتماعات مجلس الأمن الدولي في بروكسل، دعمه الكامل للحكومة اليمنية.";
    const out = relations(text, lex);
    expect(out).toContainEqual(expect.stringMatching(/^eu SUPPORTED YEM-government/));
    expect(out.filter((r) => r.startsWith("un-security-council"))).toEqual([]);
  });
});

describe("a condemned attack on someone", () => {
  it("condemns no one: the preposition after the attack noun names its target", () => {
    const lex = { وشجبت: "VBD", الاعتداء: "DTNN" };
    expect(relations("عنوان\nوشجبت الجامعة العربية الاعتداء على السفارة السعودية في طهران.", lex)).toEqual([]);
    expect(relations("عنوان\nوشنت إسرائيل غارات على قطاع غزة.", { وشنت: "VBD", غارات: "NNS" })).toEqual([
      "ISR ATTACKED PSE",
    ]);
  });
});

describe("a body found by its head after a preposition written apart", () => {
  it("takes that preposition, as a dictionary name does", () => {
    const lex = { وأرسلت: "VBD", شحنة: "NN", أسلحة: "NN", المعارضة: "DTNN", السورية: "DTJJ" };
    const out = relations("عنوان\nوأرسلت تركيا شحنة أسلحة إلى المعارضة السورية.", lex);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^TUR SUPPLIED (SYR-opposition|person:المعارضة السورية)$/);
  });
});

describe("a warrant issued against someone", () => {
  it("is the court's accusation, with 'بحق' or 'ضد'; any other document issued is none", () => {
    const lex = { وأصدرت: "VBD" };
    expect(
      relations("عنوان\nوأصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق الرئيس السوداني عمر البشير.", lex),
    ).toEqual(["icc ACCUSED omar-al-bashir"]);
    expect(relations("عنوان\nوأصدرت المحكمة الجنائية الدولية بيانا بحق الرئيس السوداني عمر البشير.", lex)).toEqual([]);
  });
});

describe("a coordinated verb whose object is a pronoun", () => {
  const lex = { واستقبل: "VBD", وطالبه: "VBD", جورج: "NNP", ميتشل: "NNP" };

  it("is done by the previous verb's subject to its object, named right before it", () => {
    const text = "عنوان\nواستقبل الرئيس محمود عباس المبعوث الأمريكي جورج ميتشل وطالبه بالضغط على إسرائيل.";
    expect(relations(text, lex)).toEqual([
      "mahmoud-abbas MET george-mitchell",
      "mahmoud-abbas DEMANDED george-mitchell",
    ]);
  });

  it("is nobody's when anything stands between that object and the verb", () => {
    const text =
      "عنوان\nواستقبل الرئيس محمود عباس المبعوث الأمريكي جورج ميتشل في رام الله أمس وطالبه بالضغط على إسرائيل.";
    expect(relations(text, lex).filter((r) => r.includes("DEMANDED"))).toEqual([]);
  });

  it("is done by the clause's subject named first, to whom the first verb was about (headline style)", () => {
    // (The tagger reads the prefixed present with its pronoun as a name: mirrored here.)
    const own = { يشكك: "VBP", نوايا: "NN", ويتهمه: "NNP", ميتشل: "NNP", بالتحيز: "DTNN" };
    const text = "عنوان\nالرئيس محمود عباس يشكك في نوايا المبعوث الأمريكي جورج ميتشل ويتهمه بالتحيز.";
    expect(relations(text, own)).toContain("mahmoud-abbas ACCUSED george-mitchell");
    // A subject after a verb of saying is the reported clause's, not an opener.
    const said = "عنوان\nوقال مسؤول إن محمود عباس يشكك في نوايا جورج ميتشل ويتهمه بالتحيز.";
    expect(relations(said, { ...own, وقال: "VBD", إن: "IN" })).toContain(
      "mahmoud-abbas ACCUSED george-mitchell reported",
    );
  });
});

describe("appreciation voiced", () => {
  it("is support of whoever's role it is, and solidarity is 'with' someone", () => {
    const lex = { وأعرب: "VBD", تقديره: "NN", للدور: "DTNN", القطري: "DTJJ" };
    expect(relations("عنوان\nوأعرب الرئيس محمود عباس عن تقديره للدور القطري.", lex)).toEqual([
      "mahmoud-abbas SUPPORTED QAT",
    ]);
    expect(relations("عنوان\nوأعرب الرئيس محمود عباس عن تضامنه مع الحكومة المصرية.", lex)).toEqual([
      "mahmoud-abbas SUPPORTED EGY-government",
    ]);
  });
});

const pauseLex = {
  ...{ وطالبت: "VBD", وقدمت: "VBD", وأعلنت: "VBD", محمد: "NNP", مرسي: "NNP", الرئيس: "DTNN" },
  ...{ الجبهة: "DTNN", الوطنية: "DTJJ", للحكومة: "DTNN" },
};

describe("the pause '..' inside a sentence", () => {
  const lex = pauseLex;

  it("is read as a comma: the verb still reaches the object after it", () => {
    const text = "عنوان\nوطالبت حركة حماس.. الرئيس محمد مرسي.. بفتح المعبر أمام المسافرين.";
    expect(relations(text, lex)).toEqual(["hamas DEMANDED mohamed-morsi"]);
  });
});

describe("a definite organisation head", () => {
  const lex = pauseLex;

  it("is not a name with the complement right after it", () => {
    const text =
      "عنوان\nوأعلنت الجبهة الوطنية للتغيير برنامجها أمس.\nوقدمت الجبهة للحكومة قائمة بمرشحيها.\n" +
      "وطالبت الجبهة الرئيس محمد مرسي بالوفاء بوعوده.";
    const x = extractTagged(text, lex);
    expect(x.actors.map((a) => a.nameAr)).not.toContain("الجبهة للحكومة");
    expect(x.relations.map((r) => `${r.subject.nameAr} ${r.type} ${r.object.id}`)).toEqual([
      "الجبهة الوطنية للتغيير DEMANDED mohamed-morsi",
    ]);
  });
});

describe("titles of learning and trade before a name", () => {
  const lex = { طالب: "VBD", أشاد: "VBD", ممدوح: "NNP", حمزة: "NNP", الاستشاري: "DTJJ", الاستراتيجي: "DTJJ" };

  it("are passed over with their adjectives to reach the subject", () => {
    expect(relations("عنوان\nطالب المهندس الاستشاري ممدوح حمزة حركة حماس بوقف القتال.", lex)).toEqual([
      "person:ممدوح حمزة DEMANDED hamas",
    ]);
    expect(relations("عنوان\nطالب الخبير الاستراتيجي ممدوح حمزة حركة حماس بوقف القتال.", lex)).toEqual([
      "person:ممدوح حمزة DEMANDED hamas",
    ]);
  });

  it("read 'د.' as the doctor's title, not the end of the sentence", () => {
    expect(
      relations("عنوان\nأشاد د. محمد مرسي في خطابه أمس بحركة حماس.", { ...lex, محمد: "NNP", مرسي: "NNP" }),
    ).toEqual(["mohamed-morsi SUPPORTED hamas"]);
  });
});

describe("the armed forces named without a nationality", () => {
  it("are the army of the country the article is about", () => {
    const lex = { طالب: "VBD", وقال: "VBD", القوات: "DTNNS", المسلحة: "DTJJ", محمد: "NNP", مرسي: "NNP" };
    const text =
      "عنوان\nوقال الرئيس المصري محمد مرسي إن مصر تمر بمرحلة صعبة.\nوطالبت حركة حماس القوات المسلحة بفتح المعبر.";
    expect(relations(text, lex)).toEqual(["hamas DEMANDED EGY-army"]);
  });
});

describe("names written the way papers write them", () => {
  it("match a kunya written joined ('أبومازن') as written apart", () => {
    expect(relations("عنوان\nالتقى الرئيس عبدربه منصور هادي أبومازن أمس.", { التقى: "VBD" })).toEqual([
      "abdrabbuh-mansur-hadi MET mahmoud-abbas",
    ]);
  });

  it("keep a family name that starts like a conjunction, and take the preposition on an honorific", () => {
    const lex = { التقى: "VBD", حسن: "NNP", البنا: "DTNNP", أنور: "NNP", وجدي: "NNP" };
    expect(relations("عنوان\nوذات مساء التقى الإمام حسن البنا بالفنان أنور وجدي في المسرح.", lex)).toEqual([
      "person:حسن البنا MET person:أنور وجدي",
    ]);
  });
});

describe("hearsay", () => {
  it("is no assertion", () => {
    expect(relations("عنوان\nقيل إن حركة حماس التقت الحكومة المصرية سرا.", { التقت: "VBD" })).toEqual([
      "hamas MET EGY-government uncertain",
    ]);
  });
});

describe("a meeting of an unnamed official with a titled person", () => {
  it("does not read the official's title across 'مع' into the other's name", () => {
    const lex = { جون: "NNP", كيري: "NNP", السناتور: "DTNN", مرشد: "NN", نائب: "NN", مع: "NN" };
    const text = "عنوان\nوتحدثت الصحف عن اجتماع نائب مرشد الإخوان مع السناتور جون كيري في واشنطن.";
    expect(relations(text, lex)).toEqual(["muslim-brotherhood MET john-kerry"]);
  });
});

describe("an invitation a return answers", () => {
  it("is the inviter's, styled 'سمو', to the subject named after the verb's place and time", () => {
    const lex = { عاد: "VBD", صباح: "NNP", الأحمد: "DTNNP", الجابر: "DTNNP", الصباح: "DTNNP" };
    const text =
      "عنوان\nعاد إلى مدينة عدن ظهر اليوم الرئيس عبدربه منصور هادي بعد زيارة خاطفة بناء على دعوة من " +
      "أخيه أمير دولة الكويت سمو الشيخ صباح الأحمد الجابر الصباح.";
    expect(relations(text, lex)).toContain("sabah-al-ahmad INVITED abdrabbuh-mansur-hadi");
  });
});

describe("official visits in protocol style", () => {
  it("read a summit chaired by two leaders as their meeting", () => {
    const lex = { عقدت: "VBD", اليمنية: "DTJJ", القطرية: "DTJJ", حمد: "NNP", بن: "NNP", خليفة: "NNP" };
    const text = "عنوان\nوفي قصر الوجبة عقدت القمة القطرية - اليمنية برئاسة الزعيمين حمد بن خليفة وعبدربه منصور هادي.";
    expect(relations(text, lex)).toEqual(["hamad-bin-khalifa MET abdrabbuh-mansur-hadi"]);
  });

  it("read those 'in the reception' of a guest as meeting him, a 'بن علي' chain among them", () => {
    const lex = { وصل: "VBD", حمد: "NNP", بن: "NNP", علي: "NNP", المري: "DTNNP", جاسم: "NNP" };
    const text =
      "عنوان\nوكان في استقبال الرئيس عبدربه منصور هادي وزير الخارجية الشيخ حمد بن جاسم ووزير الدولة حمد بن علي المري.";
    expect(relations(text, lex)).toEqual([
      "hamad-bin-jassim MET abdrabbuh-mansur-hadi",
      "person:حمد بن علي المري MET abdrabbuh-mansur-hadi",
    ]);
  });
});

describe("an office named by its institution alone", () => {
  it("is the head of state the article has named, and an envoy of a body is that body's envoy it has named", () => {
    const lex = { وبحث: "VBD", طلب: "VBD", الجمهورية: "DTNN" };
    const text =
      "عنوان\nوبحث الرئيس اللبناني ميشال سليمان مع كوفي أنان الأزمة السورية.\n" +
      "وقالت المصادر إن رئيس الجمهورية طلب من المبعوث الخاص للأمم المتحدة المساعدة في حل الأزمة.";
    expect(relations(text, lex)).toContain("michel-suleiman DEMANDED kofi-annan reported");
  });
});

describe("support in a passive participle", () => {
  const lex = { المدعوم: "DTJJ", مدعوماً: "JJ", محمد: "NNP", الصفدي: "DTNNP" };

  it("is the agent's after 'من', of what the participle describes", () => {
    expect(relations("عنوان\nوقال إن حزب الله المدعوم مباشرة من إيران يقاتل في سوريا.", lex)).toEqual([
      "IRN SUPPORTED hezbollah reported",
    ]);
  });

  it("and a dictionary surname after another given name is someone else", () => {
    expect(relations("عنوان\nوطرح اقتراح وزير المالية محمد الصفدي مدعوماً من رئيس الحكومة نجيب ميقاتي.", lex)).toEqual([
      "najib-mikati SUPPORTED person:محمد الصفدي",
    ]);
  });
});

describe("a threat with a condition", () => {
  const lex = { واتصل: "VBD", وهدد: "VBD", مهدداً: "VN", تعالج: "VBP", تتراجع: "VBP" };

  it("threatens the one the condition is put to, after 'بأنه' or the act threatened", () => {
    const first = "عنوان\nوهدد النائب ميشال عون بأنه إذا لم تعالج الحكومة اللبنانية الملف فسيعلن استقالة وزرائه.";
    expect(relations(first, lex)).toEqual(["michel-aoun THREATENED LBN-government"]);
    const second = "عنوان\nواتصل ميشال عون بنبيه بري، مهدداً بالاستقالة ما لم تتراجع الحكومة اللبنانية عن قرارها.";
    expect(relations(second, lex)).toEqual(["michel-aoun MET nabih-berri", "michel-aoun THREATENED LBN-government"]);
  });

  it("is stated now, whatever time its content is set for", () => {
    const text = "عنوان\nوهدد ميشال عون الحكومة اللبنانية بالاستقالة إذا لم تحل الأزمة قبل الأسبوع المقبل.";
    expect(relations(text, lex)).toEqual(["michel-aoun THREATENED LBN-government"]);
  });
});

describe("a ministry or agency named by its head", () => {
  const lex = { وطالبت: "VBD", وأوعزت: "VBD", وقالت: "VBD", العالي: "DTJJ", اليمنية: "DTJJ" };

  it("is a body though its head starts like a conjunction, and instructing someone is a demand", () => {
    expect(relations("عنوان\nوأوعزت وزارة التعليم العالي إلى حركة حماس بدفع الرسوم.", lex)).toEqual([
      "person:وزارة التعليم العالي DEMANDED hamas",
    ]);
  });

  it("is no actor when it is a news agency", () => {
    const text =
      "عنوان\nوأكد الاتحاد الأوروبي في بيان تلقت وكالة الأنباء اليمنية نسخة منه دعمه الكامل للرئيس عبدربه منصور هادي.";
    expect(relations(text, { ...lex, وأكد: "VBD", تلقت: "VBD", الكامل: "DTJJ" })).toEqual([
      "eu SUPPORTED abdrabbuh-mansur-hadi reported",
    ]);
  });
});

describe("'the Kingdom' alone", () => {
  it("is the kingdom named last", () => {
    const text =
      "عنوان\nيغادر الرئيس اللبناني إلى السعودية اليوم.\nوقالت المصادر إن زيارة الرئيس ميشال سليمان للمملكة مهمة.";
    expect(relations(text, {})).toEqual(["michel-suleiman MET SAU reported"]);
  });
});

describe("support received", () => {
  const lex = { يلقى: "VBP", ويحظى: "VBP", الكامل: "DTJJ" };

  it("is the giver's, after 'من' or in the genitive, to the receiving verb's subject", () => {
    expect(relations("عنوان\nلكن النظام السوري لا يزال يلقى الدعم الكامل من روسيا وإيران.", lex)).toEqual([
      "RUS SUPPORTED SYR-government",
      "IRN SUPPORTED SYR-government",
    ]);
    expect(relations("عنوان\nويحظى الرئيس محمود عباس بدعم فرنسا.", lex)).toEqual(["FRA SUPPORTED mahmoud-abbas"]);
  });
});

describe("a subject's title in apposition", () => {
  const lex = {
    ...{ ووصف: "VBD", وانتقد: "VBD", ثروت: "NNP", بدوي: "NNP", الأسبق: "DTJJ", الدستوري: "DTJJ" },
    ...{ قرار: "NN", إعلان: "NN", نائب: "NN", رئيس: "NN", الوزراء: "DTNN", والفقيه: "DTNN", مرسي: "NNP" },
  };

  it("ends at its first definite noun and that noun's adjectives, or at a coordinated title's", () => {
    expect(relations("عنوان\nوانتقد الدكتور ثروت بدوي نائب رئيس الوزراء الأسبق قرار مرسي.", lex)).toEqual([
      "person:ثروت بدوي CONDEMNED mohamed-morsi",
    ]);
    const text = "عنوان\nووصف الدكتور ثروت بدوي نائب رئيس الوزراء الأسبق والفقيه الدستوري إعلان مرسي بالمهزلة.";
    expect(relations(text, lex)).toEqual(["person:ثروت بدوي CONDEMNED mohamed-morsi"]);
  });
});

describe("an act someone goes on with", () => {
  it("is the genitive's of 'استمرار'/'إصرار', past the goods to the one who gets them", () => {
    expect(relations("عنوان\nومما يثير الدهشة استمرار إيران في إرسال الأسلحة إلى نظام بشار الأسد.", {})).toEqual([
      "IRN SUPPLIED bashar-al-assad",
    ]);
    expect(relations("عنوان\nوانتقد الوزير إصرار روسيا على دعم الرئيس بشار الأسد.", { وانتقد: "VBD" })).toEqual([
      "RUS SUPPORTED bashar-al-assad",
    ]);
  });
});

describe("a judgement said of someone's act", () => {
  const lex = { وقال: "VBD", وأكد: "VBD", يمثل: "VBP", القانونية: "DTJJ", قرار: "NN", محمد: "NNP", الذهبي: "DTNNP" };

  it("condemns or supports its author, through a copula too", () => {
    expect(relations("عنوان\nوأكد الدكتور محمد الذهبي أن قرار مرسي يمثل كارثة قانونية.", lex)).toEqual([
      "person:محمد الذهبي CONDEMNED mohamed-morsi reported",
    ]);
    expect(relations("عنوان\nوقال الرئيس محمود عباس إن قرار حماس صائب.", lex)).toEqual([
      "mahmoud-abbas SUPPORTED hamas reported",
    ]);
    expect(
      relations("عنوان\nوقال الرئيس محمود عباس إن قرار حماس أصبح باطلا.", { ...lex, أصبح: "VBD", باطلا: "JJ" }),
    ).toEqual(["mahmoud-abbas CONDEMNED hamas reported"]);
    expect(relations("عنوان\nوقال الرئيس محمود عباس إن الحكومة المصرية فاشلة.", lex)).toEqual([
      "mahmoud-abbas CONDEMNED EGY-government reported",
    ]);
  });
});

describe("support said of an actor or of its stance", () => {
  it("is the actor's, or of those whose stance it is", () => {
    expect(relations("عنوان\nواختلافي مع روسيا وحزب الله في موقفهما الداعم لنظام الأسد منذ البداية.", {})).toEqual([
      "RUS SUPPORTED bashar-al-assad",
      "hezbollah SUPPORTED bashar-al-assad",
    ]);
    const text =
      "عنوان\nيزور الرئيس محمد مرسي فرنسا بعد سياسة الرئيس نيكولا ساركوزي ومواقفه المساندة للرئيس زين العابدين بن علي.";
    expect(relations(text, { يزور: "VBP" })).toContain("nicolas-sarkozy SUPPORTED zine-el-abidine-ben-ali");
  });

  it("names no person in a place that starts with a place noun", () => {
    const text = "عنوان\nوقتل طفل في جبل محسن أمس.\nوأطلق مسلحون النار على أحياء جبل محسن المؤيدة للنظام السوري.";
    expect(extractTagged(text, { محسن: "NNP", جبل: "NNP" }).actors.map((a) => a.nameAr)).not.toContain("جبل محسن");
  });
});

describe("downing what belongs to a state", () => {
  it("is the attack of the means' nationality or owner on that state; a hypothetical strike is none", () => {
    const lex = {
      الأرضية: "DTJJ",
      الإيرانية: "DTJJ",
      حربية: "JJ",
      تركية: "JJ",
      أمريكية: "JJ",
      مسيرة: "JJ",
      إسرائيلي: "JJ",
    };
    expect(relations("عنوان\nوتصاعد التوتر بعد إسقاط المضادات الأرضية الإيرانية لطائرة مسيرة أمريكية.", lex)).toEqual([
      "IRN ATTACKED USA",
    ]);
    // A leader's forces are his country's army.
    expect(relations("عنوان\nوأبدى الرئيس بشار الأسد أسفه لإسقاط قواته لطائرة حربية تركية.", lex)).toEqual([
      "SYR-army ATTACKED TUR",
    ]);
    expect(relations("عنوان\nوتحدث عن الأخطار الكامنة في قصف إسرائيلي لإيران.", lex)).toEqual([]);
  });
});

describe("a question", () => {
  it("states nothing it asks about, but what comes before its comma is stated", () => {
    const lex = { دعمت: "VBD", زار: "VBD" };
    expect(relations("عنوان\nلماذا دعمت أمريكا حركة حماس قبل الانتخابات؟", lex)).toEqual([
      "USA SUPPORTED hamas uncertain",
    ]);
    expect(relations("عنوان\nالرئيس محمود عباس زار قطر قبل أيام، لماذا قطر الآن؟", lex)).toEqual([
      "mahmoud-abbas MET QAT",
    ]);
  });
});

describe("a fight between two named sides", () => {
  it("is an attack each way, with the regime's forces as the country's army; a prevented one is none", () => {
    const lex = { جرت: "VBD", النظامي: "DTJJ", الحر: "DTJJ" };
    expect(
      relations("عنوان\nوقال ناشط إن اشتباكات عنيفة جرت أمس في حمص بين الجيش النظامي والجيش السوري الحر.", lex).sort(),
    ).toEqual(["SYR-army ATTACKED free-syrian-army reported", "free-syrian-army ATTACKED SYR-army reported"]);
    expect(
      relations("عنوان\nوأظهرت صور اشتباكات بين كتائب الجيش السوري الحر مع قوات النظام في دمشق.", lex).sort(),
    ).toEqual(["SYR-army ATTACKED free-syrian-army", "free-syrian-army ATTACKED SYR-army"]);
    expect(relations("عنوان\nوتعمل الأمم المتحدة على منع اشتباكات بين الجيش السوري الحر وقوات النظام.", lex)).toEqual(
      [],
    );
    expect(relations("عنوان\nوتدور مواجهات سياسية بين حركة حماس وحركة فتح منذ سنوات.", lex)).toEqual([]);
  });
});

describe("sanctions a body adopts or tightens", () => {
  it("are the body's on the state, with a measure noun before them or the body first", () => {
    const lex = { وتبنى: "VBD", يعزز: "VBP", الأوروبي: "DTJJ" };
    expect(relations("عنوان\nوتبنى الاتحاد الأوروبي مجموعة عقوبات جديدة بحق سوريا.", lex)).toEqual([
      "eu SANCTIONED SYR",
    ]);
    expect(relations("الاتحاد الأوروبي يعزز العقوبات على سوريا\nنص.", lex)).toEqual(["eu SANCTIONED SYR"]);
    // Background sanctions are no act of the clause's subject.
    expect(relations("عنوان\nوناقش الاتحاد الأوروبي العقوبات على سوريا.", { وناقش: "VBD" })).toEqual([]);
  });
});

describe("praise of a role an actor plays", () => {
  it("names the actor in the relative clause, past coordinated adjectives", () => {
    const lex = { وأشاد: "VBD", البناء: "DTJJ", والهام: "NNP", تقوم: "VBP" };
    expect(relations("عنوان\nوأشاد الرئيس محمود عباس بالدور البناء والهام الذي تقوم به قطر.", lex)).toEqual([
      "mahmoud-abbas SUPPORTED QAT",
    ]);
  });
});

describe("a title before a destination", () => {
  it("does not run past 'إلى' into the place someone travelled to", () => {
    const lex = { وتوجه: "VBD", التقى: "VBD", الأمريكي: "DTJJ" };
    const x = extractTagged(
      "عنوان\nوتوجه الوزير إلى البيت الأبيض حيث التقى مستشار الأمن القومي الأمريكي توم دونيلون.",
      lex,
    );
    expect(x.relations.map(show).filter((r) => r.includes("white-house"))).toEqual([]);
  });
});

describe("an act with its doer named", () => {
  it("is the named genitive's on what a state owns, or the doer after 'من قبل' in the passive", () => {
    const lex = { تركية: "JJ", التركية: "DTJJ" };
    expect(relations("عنوان\nوأصدر الوزراء بيانا بعد إسقاط سوريا لمقاتلة تركية قرب الحدود.", lex)).toEqual([
      "SYR ATTACKED TUR",
    ]);
    expect(relations("عنوان\nوناقش الوزراء حادث إسقاط الطائرة التركية من قبل سوريا.", lex)).toEqual([
      "SYR ATTACKED TUR",
    ]);
    expect(relations("عنوان\nوتكرر انتقاد الرئيس محمد مرسي من قبل حركة حماس.", lex)).toEqual([
      "hamas CONDEMNED mohamed-morsi",
    ]);
  });
});

describe("a state's security council", () => {
  it("is that state's own when a nationality follows, not the United Nations'", () => {
    const x = extractTagged("عنوان\nواجتمع مجلس الأمن التركي برئاسة عبد الله غول.", { التركي: "DTJJ" });
    expect(x.actors.map((a) => a.id)).not.toContain("un-security-council");
    expect(x.actors.map((a) => a.id)).toContain("TUR-nsc");
  });
});

describe("a verb before a complementizer", () => {
  it("does not claim the subject of the clause the complementizer opens", () => {
    const lex = { وأرسلت: "VBD", تقول: "VBP", تزود: "VBP" };
    const text = "عنوان\nوأرسلت الوزارة مذكرة إلى البرلمان تقول إن الصين تزود باكستان بمكونات الصواريخ.";
    expect(relations(text, lex)).toEqual(["CHN SUPPLIED PAK reported"]);
  });
});

describe("a head of state's title written another way", () => {
  it("is the holder the article names, before or after it", () => {
    const lex = { وأشاد: "VBD", استقبل: "VBD", أنه: "NNP" };
    const after = "عنوان\nوأشاد أمير دولة قطر بالرئيس محمود عباس.\nوكان الشيخ حمد بن خليفة آل ثاني قد استقبل وفدا.";
    expect(relations(after, lex)).toContain("hamad-bin-khalifa SUPPORTED mahmoud-abbas");
    const before = "عنوان\nوصل الشيخ حمد بن خليفة آل ثاني إلى غزة.\nوأكد أمير دولة قطر أنه يدعم الرئيس محمود عباس.";
    expect(relations(before, lex)).toContain("hamad-bin-khalifa SUPPORTED mahmoud-abbas reported");
  });
});

describe("a visit of 'his' after a welcome", () => {
  it("is the welcomed guest's visit, not the host's", () => {
    const lex = { ورحب: "VBD" };
    const text = "عنوان\nورحب وزير الخارجية الفرنسي لوران فابيوس بالرئيس محمد مرسي ترحيبا حارا لزيارته تونس.";
    const found = relations(text, lex);
    expect(found).toContain("mohamed-morsi MET TUN");
    expect(found).not.toContain("laurent-fabius MET TUN");
  });
});

describe("'كل من X وY'", () => {
  it("stands where a subject or object does, for both names", () => {
    expect(relations("عنوان\nوانتقد بان كي مون كلا من الولايات المتحدة وروسيا.", { وانتقد: "VBD" }).sort()).toEqual([
      "ban-ki-moon CONDEMNED RUS",
      "ban-ki-moon CONDEMNED USA",
    ]);
    expect(relations("عنوان\nوأدان كل من الأردن ومصر الهجوم على السفارة.", { وأدان: "VBD" })).toEqual([]);
    expect(relations("عنوان\nوانتقد كل من الأردن ومصر إسرائيل.", { وانتقد: "VBD" }).sort()).toEqual([
      "EGY CONDEMNED ISR",
      "JOR CONDEMNED ISR",
    ]);
  });
});

describe("the cabinet", () => {
  it("is the government of the article's country, or of the nationality after it", () => {
    const lex = { وأدان: "VBD", وأشاد: "VBD" };
    const text =
      "عنوان\nعقدت الحكومة اليمنية اجتماعا في صنعاء.\nوأدان مجلس الوزراء الهجوم على تنظيم القاعدة.\nوأشاد مجلس الوزراء بالرئيس عبد ربه منصور هادي.";
    expect(relations(text, lex)).toContain("YEM-government SUPPORTED abdrabbuh-mansur-hadi");
    const x = extractTagged("عنوان\nوأشاد مجلس الوزراء السعودي بالرئيس محمد مرسي.", lex);
    expect(x.relations.map(show)).toEqual(["SAU-government SUPPORTED mohamed-morsi"]);
  });
});

describe("a body named without its nationality", () => {
  it("is the dictionary's body of the article's country when listed only with that nationality", () => {
    const lex = { وانتقد: "VBD", العسكري: "DTJJ" };
    const text =
      "عنوان\nتشهد مصر جدلا واسعا، وقال مسؤول في القاهرة إن مصر ستجري انتخابات.\nوانتقد حزب النور المجلس العسكري بشدة.";
    expect(relations(text, lex)).toContain("nour-party CONDEMNED scaf");
    // Elsewhere it stays a body of its own.
    const other =
      "عنوان\nتشهد السودان جدلا واسعا، وقال مسؤول في الخرطوم إن السودان سيجري انتخابات.\nوانتقد حزب الأمة المجلس العسكري بشدة.";
    expect(relations(other, lex).join(" ")).not.toContain("scaf");
  });
});

describe("the head of 'البلاد', the country itself", () => {
  const lex = { وطالب: "VBD", جلالة: "NN", ملك: "NN", البلاد: "DTNN", المفدى: "DTJJ", بالإسراع: "DTNN" };
  const story = "عنوان\nتشهد البحرين نقاشا، وقال مسؤول في المنامة إن البحرين ستجري إصلاحات.";

  it("is the king named before in the article, praised or not", () => {
    const text = `${story}\nوقال الملك حمد بن عيسى إن الحوار مستمر.\nوطالب حزب الوسط جلالة ملك البلاد المفدى بالإسراع في الإصلاح.`;
    expect(relations(text, lex)).toContain("person:حزب الوسط DEMANDED hamad-bin-isa");
  });

  it("is the country when he has not been named", () => {
    const text = `${story}\nوطالب حزب الوسط جلالة ملك البلاد المفدى بالإسراع في الإصلاح.`;
    expect(relations(text, lex)).toContain("person:حزب الوسط DEMANDED BHR");
  });
});

describe("a leader's government", () => {
  it("stands for the leader, and a charge of being involved is an accusation, past a negation before the comma", () => {
    const lex = { وقال: "VBD", تورطت: "NNP", مشيرا: "VN", يعد: "VBP" };
    expect(relations("عنوان\nوقال الرئيس بشار الأسد إن حكومة أردوغان تورطت في تسليح المعارضين.", lex)).toEqual([
      "bashar-al-assad ACCUSED recep-tayyip-erdogan reported",
    ]);
    const text =
      "عنوان\nوقال الرئيس بشار الأسد إن أردوغان لم يعد له دور ولا مصداقية، مشيرا إلى أن حكومة أردوغان تورطت في تسليح المعارضين.";
    expect(relations(text, lex)).toContain("bashar-al-assad ACCUSED recep-tayyip-erdogan reported");
  });
});

describe("an invitation a visit answers, spelt with tanween", () => {
  it("is the inviter's, whether 'بناء' or 'بناءً' introduces it", () => {
    const lex = { وصل: "VBD" };
    for (const w of ["بناء", "بناءً", "بناءاً"])
      expect(
        relations(`عنوان\nوصل الرئيس محمود عباس إلى الدوحة ${w} على دعوة الشيخ حمد بن خليفة آل ثاني.`, lex),
      ).toContain("hamad-bin-khalifa INVITED mahmoud-abbas");
  });
});

describe("'الاتحاد' alone, and 'he' after a prepositional mention", () => {
  it("is the union named before; 'he' is the one named bare in the sentence before, not the one after 'في'", () => {
    const lex = { وأشاد: "VBD", يقدمه: "VBP", ويعرف: "NN", يحض: "VBP" };
    const text =
      "عنوان\nاجتمع سلام فياض بممثلي الاتحاد الأوروبي.\nوأشاد فياض بالدعم الاقتصادي والمالي الذي يقدمه الاتحاد.";
    expect(relations(text, lex)).toContain("salam-fayyad SUPPORTED eu");
    const he = "عنوان\nويعرف ديفيد كاميرون حدود التعاون في الاتحاد الأوروبي.\nوهو يحض دول منطقة اليورو على الإصلاح.";
    expect(relations(he, lex)).toEqual(["david-cameron DEMANDED eurozone"]);
  });
});

describe("a leader's forces", () => {
  it("are his country's army", () => {
    const lex = { وقصفت: "VBD" };
    expect(relations("عنوان\nوقصفت قوات بشار الأسد بلدات في لبنان.", lex)).toEqual(["SYR-army ATTACKED LBN"]);
  });
});

describe("'their' meeting", () => {
  it("is between the two coordinated before it; 'their' visit is not theirs with each other", () => {
    const lex = { شدد: "VBD", قاما: "VBD" };
    expect(
      relations("عنوان\nوشدد الرئيس محمود عباس والملك عبد الله الثاني خلال لقائهما في عمان على السلام.", lex),
    ).toEqual(["mahmoud-abbas MET abdullah-ii"]);
    expect(relations("عنوان\nوقال إن الرئيس محمود عباس والملك عبد الله الثاني قاما بزيارتهما أمس.", lex)).toEqual([]);
  });
});

describe("a family name with 'آل'", () => {
  it("stays in the name after a title, and after 'بن' the run may be longer", () => {
    const lex = { راشد: "NNP", بن: "NNP", عبدالله: "NNP", آل: "NNP", خليفة: "NNP", وشدد: "VBD" };
    const x = extractTagged("عنوان\nوشدد الفريق الشيخ راشد بن عبدالله آل خليفة على التنسيق.", lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual(["راشد بن عبدالله آل خليفة"]);
  });
});

describe("a ban on what a state's people or goods do", () => {
  it("sanctions the state their nationality names", () => {
    // (Tagged as the tagger does in real text: the verb as a noun, its object as a verb.)
    const lex = { فرض: "NN", حظرا: "VBD", إيرانيا: "JJ", سوريا: "NNP", وجمد: "NNP", أموالهم: "NNP", "12": "CD" };
    expect(relations("عنوان\nوبدوره فرض الاتحاد الأوروبي حظرا على سفر 20 مسؤولا إيرانيا.", lex)).toEqual([
      "eu SANCTIONED IRN",
    ]);
    // "سوريًا" (Syrian) is spelt as the country's name once normalised.
    const text =
      "عنوان\nوبدوره فرض الاتحاد الأوروبي حظرا على سفر 12 شخصا وكيانا سوريًا وجمد أموالهم، وقال الوزير إن العقوبات ستتوسع.";
    expect(relations(text, lex)).toEqual(["eu SANCTIONED SYR"]);
    expect(relations("عنوان\nوبدوره فرض الاتحاد الأوروبي حظرا على سفر 20 مسؤولا.", lex)).toEqual([]);
  });
});

describe("a charge said of someone", () => {
  it("is an accusation through a title, a copula, 'what X does', or 'متهم'", () => {
    const lex = { وقال: "VBD", وأكد: "VBD", يقوم: "VBP" };
    const said = (s: string): string[] => relations(`عنوان\nوقال وليد المعلم إن ${s}`, lex);
    expect(said("الرئيس بشار الأسد شريك في هذه المذابح.")).toEqual(["walid-muallem ACCUSED bashar-al-assad reported"]);
    // (A judgement of what he does condemns him.)
    expect(said("ما يقوم به الرئيس بشار الأسد هو كارثة.")).toEqual([
      "walid-muallem CONDEMNED bashar-al-assad reported",
    ]);
    expect(said("حزب الله متهم بإثارة الفتنة.")).toEqual(["walid-muallem ACCUSED hezbollah reported"]);
    expect(said("حزب الله غير متهم بإثارة الفتنة.")).toEqual([]);
  });
});

describe("what one is exposed to", () => {
  it("is done by whoever follows 'من قبل' or 'من جانب': sanctions and criticism as well as attacks", () => {
    const lex = { ويتعرض: "VBP", وتعرضت: "VBD", حادة: "JJ" };
    expect(relations("عنوان\nويتعرض السودان للضغوط والعقوبات من جانب الولايات المتحدة.", lex)).toEqual([
      "USA SANCTIONED SDN",
    ]);
    expect(relations("عنوان\nوتعرضت الحكومة المصرية لانتقادات حادة من قبل حركة حماس.", lex)).toEqual([
      "hamas CONDEMNED EGY-government",
    ]);
  });
});

describe("a court's sentence", () => {
  it("is a penalty imposed on the one sentenced; a ruling of another kind is none", () => {
    const lex = { وحكمت: "VBD", وأصدر: "VBD", العسكرية: "DTJJ", التونسي: "DTJJ" };
    expect(relations("عنوان\nوحكمت المحكمة العسكرية على الرئيس زين العابدين بن علي بالسجن المؤبد.", lex)).toEqual([
      "person:المحكمة العسكرية SANCTIONED zine-el-abidine-ben-ali",
    ]);
    const text = "عنوان\nوأصدر القضاء التونسي حكما غيابيا بالسجن المؤبد بحق الرئيس زين العابدين بن علي.";
    expect(relations(text, lex)).toEqual(["TUN-judiciary SANCTIONED zine-el-abidine-ben-ali"]);
    expect(relations("عنوان\nوأصدر القضاء التونسي حكما بحق الرئيس زين العابدين بن علي.", lex)).toEqual([]);
  });
});

describe("a foreign given name taken for a verb, and a chief's title", () => {
  it("starts a name after a title or honorific; 'كبير المفاوضين' with a nationality is a title, not the state", () => {
    const lex = { يتسحاق: "VBP", مولخو: "NNP", أجرى: "VBD", محادثات: "NNS" };
    const text =
      "عنوان\nوذكرت مصادر صحفية أن المحامي يتسحاق مولخو أجرى محادثات مع كبير المفاوضين الفلسطينيين صائب عريقات.";
    expect(relations(text, lex)).toEqual(["person:يتسحاق مولخو MET saeb-erekat reported"]);
  });
});

describe("standing by someone's side", () => {
  it("supports them, as a verb or a verbal noun, whether a state, a title or a name follows 'جانب'", () => {
    const lex = { وأكد: "VBD", ووقفت: "VBD" };
    expect(relations("عنوان\nووقفت روسيا إلى جانب الرئيس بشار الأسد.", lex)).toEqual(["RUS SUPPORTED bashar-al-assad"]);
    expect(relations("عنوان\nوأكد الوزير أن وقوف روسيا إلى جانب الرئيس بشار الأسد ثابت.", lex)).toEqual([
      "RUS SUPPORTED bashar-al-assad reported",
    ]);
  });
});

describe("an ultimatum or a rebuke", () => {
  it("threatens whom it is addressed to, and condemns whom it rebukes; an invitation addressed is none of them", () => {
    const lex = { وقام: "VBD", ووجهت: "VBD", شديد: "JJ" };
    expect(relations("عنوان\nووجهت الولايات المتحدة إنذارا إلى العراق.", lex)).toEqual(["USA THREATENED IRQ"]);
    expect(relations("عنوان\nوقام الرئيس حسني مبارك بتعنيف شديد لوزير الداخلية حبيب العادلي.", lex)).toEqual([
      "hosni-mubarak CONDEMNED habib-el-adly",
    ]);
    expect(relations("عنوان\nووجهت الولايات المتحدة دعوة إلى العراق.", lex)).toEqual(["USA INVITED IRQ"]);
  });
});

describe("a member or official of a named group, then his name", () => {
  it("is the person named, not the group and not the group's object", () => {
    const lex = { استنكر: "VBD", ندد: "VBD", سامر: "NNP", الخطيب: "DTNNP", كوشنر: "NNP", برنار: "NNP" };
    expect(relations("عنوان\nاستنكر عضو المكتب السياسي لحركة حماس سامر الخطيب تصريحات برنار كوشنر.", lex)).toEqual([
      "person:سامر الخطيب CONDEMNED bernard-kouchner",
    ]);
    expect(relations("عنوان\nندد مسؤول في حزب الله سامر الخطيب بتصريحات برنار كوشنر.", lex)).toEqual([
      "person:سامر الخطيب CONDEMNED bernard-kouchner",
    ]);
  });
});

describe("newspapers and channels", () => {
  it("are named by their head and proper name, and criticise; their interviews are no meetings", () => {
    const lex = { انتقدت: "VBD", أجرت: "VBD", نيويورك: "NNP", تايمز: "NNP", الشروق: "DTNNP" };
    const x = extractTagged("عنوان\nوانتقدت صحيفة نيويورك تايمز سياسة الرئيس الأمريكي باراك أوباما.", lex);
    expect(x.relations.map(show)).toEqual(["person:صحيفة نيويورك تايمز CONDEMNED barack-obama"]);
    expect(relations("عنوان\nوأجرت صحيفة الشروق لقاء مع الرئيس الفلسطيني محمود عباس.", lex)).toEqual([]);
  });
});

describe("an obligation stated of someone, written loosely", () => {
  const lex = {
    وتابع: "VBD",
    وقال: "VBD",
    وانتقد: "VBD",
    فابيوس: "NNP",
    بشار: "NNP",
    الأسد: "DTNNP",
    على: "IN",
    في: "IN",
    حول: "IN",
    سوريا: "NNP",
  };
  it("is the speaker's demand past a quotation mark, 'there is no doubt', and a place after the verb", () => {
    const text = [
      "عنوان",
      "وانتقد فابيوس بشار الأسد أمس.",
      'وتابع في ختام اجتماع حول سوريا، أنه "لا مجال للشك في أن على الأسد التنحي عن الحكم".',
    ].join("\n");
    expect(relations(text, lex)).toEqual([
      "laurent-fabius CONDEMNED bashar-al-assad",
      "laurent-fabius DEMANDED bashar-al-assad",
    ]);
    expect(relations('عنوان\nوانتقد فابيوس بشار الأسد أمس.\nوقال فابيوس إن "على الأسد أن يرحل".', lex)).toEqual([
      "laurent-fabius CONDEMNED bashar-al-assad",
      "laurent-fabius DEMANDED bashar-al-assad reported",
    ]);
  });
  it("is nobody's demand when denied", () => {
    expect(
      relations("عنوان\nوانتقد فابيوس بشار الأسد أمس.\nوقال فابيوس إنه لا يعني أن على الأسد أن يرحل.", lex),
    ).toEqual(["laurent-fabius CONDEMNED bashar-al-assad"]);
  });
});

describe("a name inside a prepositional phrase before a verb", () => {
  it("is not the verb's subject", () => {
    const lex = {
      وقال: "VBD",
      عبد: "NNP",
      ربه: "NNP",
      منصور: "NNP",
      هادي: "NNP",
      طالبوا: "VBD",
      مؤسستي: "NNS",
      من: "IN",
      الجيش: "DTNN",
      والشرطة: "DTNN",
      الرئاسة: "DTNN",
      والحكومة: "DTNN",
    };
    const text = [
      "عنوان",
      "وقال الرئيس اليمني عبد ربه منصور هادي إن الحوار سيبدأ.",
      "وبعد مطالبتهم بإبعاد أقاربه من مؤسستي الجيش والشرطة طالبوا مؤسستي الرئاسة والحكومة بتلبية مطالبهم.",
    ].join("\n");
    expect(relations(text, lex)).toEqual([]);
  });
});

describe("an invitation received, threats addressed and a deadline given", () => {
  const lex = { تلقت: "VBD", أطلقت: "VBD", وذهبت: "VBD", كلينتون: "NNP", اللجنة: "DTNN", التنظيمية: "DTJJ" };
  it("are the giver's invitation, the threatener's threat and the demand of whoever sets the deadline", () => {
    expect(relations("عنوان\nتلقت الحكومة الصينية دعوة من الحكومة الفرنسية لحضور المؤتمر.", lex)).toEqual([
      "FRA-government INVITED CHN-government",
    ]);
    expect(relations("عنوان\nتلقت الحكومة الصينية دعوة من الحكومة الفرنسية إلى الحوار.", lex)).toEqual([]);
    expect(relations("عنوان\nوأطلقت كلينتون تهديدات مباشرة إلى الصين.", lex)).toEqual([
      "hillary-clinton THREATENED CHN",
    ]);
    expect(relations("عنوان\nوذهبت اللجنة التنظيمية إلى إمهال الرئيس اليمني عبد ربه منصور هادي أسبوعا.", lex)).toEqual([
      "person:اللجنة التنظيمية DEMANDED abdrabbuh-mansur-hadi",
    ]);
  });
});

describe("a head of state's title with 'former'", () => {
  it("is not the holder the article names", () => {
    const lex = {
      والتقى: "VBD",
      وطالبت: "VBD",
      عبد: "NNP",
      ربه: "NNP",
      منصور: "NNP",
      هادي: "NNP",
      الرئيس: "DTNN",
      السابق: "DTJJ",
      الحكومة: "DTNN",
      اليمنية: "DTJJ",
    };
    const text = [
      "عنوان",
      "والتقى الرئيس اليمني عبد ربه منصور هادي السفير الأمريكي.",
      "وطالبت الحكومة اليمنية الرئيس السابق بمغادرة البلاد.",
    ].join("\n");
    expect(relations(text, lex)).toEqual(["abdrabbuh-mansur-hadi MET USA"]);
  });
});

describe("criticism or support named with its author's nationality", () => {
  it("is the nationality's, past another adjective, whatever the preposition before it", () => {
    const lex = { وجاء: "VBD", روسي: "JJ", واضح: "JJ", قطري: "JJ", كبير: "JJ", مع: "IN" };
    expect(relations("عنوان\nوجاء ذلك مع انتقاد روسي واضح لبشار الأسد.", lex)).toEqual([
      "RUS CONDEMNED bashar-al-assad",
    ]);
    expect(relations("عنوان\nوجاء ذلك بعد ترحيب قطري كبير بالحكومة اليمنية.", lex)).toEqual([
      "QAT SUPPORTED YEM-government",
    ]);
  });
});

describe("a light verb's verbal noun and a field marshal's rank", () => {
  it("makes the genitive hold the call, and the rank opens the name after 'مع'", () => {
    const lex = { ليون: "NNP", بانيتا: "NNP", محمد: "NNP", حسين: "NNP", طنطاوي: "NNP" };
    const text = "عنوان\nومن تدخلاتهم إجراء وزير الدفاع الأمريكي ليون بانيتا اتصالا مع المشير محمد حسين طنطاوي.";
    expect(relations(text, lex)).toEqual(["leon-panetta MET mohamed-hussein-tantawi"]);
  });
});

describe("responsibility laid on someone after 'لـ', and a country's authorities", () => {
  it("accuses the one after 'لـ'; 'الجهات' with a nationality is that country", () => {
    const lex = { وحملت: "VBD", حملت: "VBD", واتهمت: "VBD", المصرية: "DTJJ", التنفيذية: "DTJJ" };
    expect(relations("عنوان\nوحملت حركة حماس المسؤولية الكاملة عن الحصار لإسرائيل.", lex)).toEqual([
      "hamas ACCUSED ISR",
    ]);
    expect(relations("عنوان\nواتهمت حركة حماس الجهات المصرية التنفيذية بتعطيل وصول الوقود.", lex)).toEqual([
      "hamas ACCUSED EGY",
    ]);
  });
});

describe("a verb of saying that opens a sentence without a subject", () => {
  const lex = {
    وفرض: "VBD",
    وقال: "VBD",
    وخاطب: "VBD",
    وندد: "VBD",
    وليم: "NNP",
    هيغ: "NNP",
    فابيوس: "NNP",
    البريطاني: "DTJJ",
    يجب: "VBP",
    على: "IN",
    الأسد: "DTNNP",
    بشار: "NNP",
  };
  it("goes on with the last speaker, named with his given name spelt another way", () => {
    const text = [
      "عنوان",
      "وانتقد الاتحاد الأوروبي بشار الأسد، وقال وزير الخارجية البريطاني وليم هيغ إن العمل يجب أن يبدأ.",
      'وخاطب الصحفيين: "يجب على الرئيس الأسد إما أن يوقف القمع أو يرحل".',
    ].join("\n");
    expect(relations(text, { ...lex, وانتقد: "VBD" })).toEqual([
      "eu CONDEMNED bashar-al-assad",
      "william-hague DEMANDED bashar-al-assad",
    ]);
  });
  it("and counterparts coordinated with the subject are no objects", () => {
    expect(relations("عنوان\nوندد فابيوس ونظيراه البريطاني وليم هيغ والألماني بالعمل غير المقبول.", lex)).toEqual([]);
  });
});

describe("standing by someone's side, named by a pronoun", () => {
  const lex = { وتزداد: "VBD", وقف: "VBD", وقفت: "VBD", بشار: "NNP", الأسد: "DTNNP" };
  it("supports the one the pronoun refers to, but not in a relative clause about something else", () => {
    const text = "عنوان\nوتزداد عزلة بشار الأسد على الساحة الدولية.\nوذلك رغم وقوف إيران إلى جانبه.";
    expect(relations(text, lex)).toEqual(["IRN SUPPORTED bashar-al-assad"]);
    const relative = "عنوان\nوتزداد عزلة بشار الأسد.\nوانهار الحلف الذي وقفت إيران إلى جانبه.";
    expect(relations(relative, lex)).toEqual([]);
  });
});

describe("a coming period named far from the act in a long clause", () => {
  it("does not put the act in the future", () => {
    const lex = { واتصل: "VBD", ميشال: "NNP", عون: "NNP", نبيه: "NNP", بري: "NNP" };
    const text = [
      "عنوان\n",
      "واتصل الرئيس ميشال عون أمس برئيس مجلس النواب نبيه بري وناقش معه ملفات كثيرة تتعلق بالكهرباء والمياه",
      " والعمال والموازنة العامة والتعيينات الإدارية التي تنتظر الحسم خلال الشهر المقبل.",
    ].join("");
    expect(relations(text, lex)).toEqual(["michel-aoun MET nabih-berri", "michel-aoun MET nabih-berri"]);
  });
});

describe("groups named with a conjunction, and after a preposition written apart", () => {
  const lex = {
    ووجه: "VBD",
    وطالب: "VBD",
    حزب: "NN",
    العدالة: "DTNN",
    والتنمية: "DTNN",
    الوفد: "DTNNP",
    الكرامة: "DTNN",
    والمعاصرة: "DTJJ",
    المحامين: "DTNN",
    والجمعية: "DTNN",
    الوطنية: "DTJJ",
  };
  it("take in a conjoined definite noun but not another body's head, and keep 'إلى' before them", () => {
    const x = extractTagged("عنوان\nووجه حزب العدالة والتنمية أصابع الاتهام إلى حزب الكرامة والمعاصرة.", lex);
    expect(x.relations.map(show)).toEqual(["person:حزب العدالة والتنمية ACCUSED person:حزب الكرامة والمعاصرة"]);
    expect(relations("عنوان\nووجه حزب الوفد سهام النقد إلى حزب الكرامة والمعاصرة.", lex)).toEqual([
      "person:حزب الوفد CONDEMNED person:حزب الكرامة والمعاصرة",
    ]);
    const bodies = extractTagged("عنوان\nوطالب حزب الوفد نقابة المحامين والجمعية الوطنية بالتحرك.", lex);
    expect(bodies.actors.map((a) => a.nameAr)).toContain("نقابة المحامين");
  });
  it("and a request submitted to someone demands of them", () => {
    expect(relations("عنوان\nوتقدمت الحكومة الدنماركية بطلب إلى حكومة البحرين بنقل السجين.", lex)).toEqual([
      "DNK-government DEMANDED BHR-government",
    ]);
  });
});

describe("government forces", () => {
  it("are the army of the country at war", () => {
    const lex = { وتصاعدت: "VBD", القوات: "DTNN", الحكومية: "DTJJ", بين: "IN" };
    const text = "عنوان\nوتصاعدت المعارك في سوريا أمس بين القوات الحكومية والجيش السوري الحر.";
    expect(relations(text, lex)).toEqual(["SYR-army ATTACKED free-syrian-army", "free-syrian-army ATTACKED SYR-army"]);
  });
});

describe("a name cut short", () => {
  it("is the actor the article named in full before", () => {
    const lex = { وأصدر: "VBD", المجلس: "DTNN", الوطني: "DTJJ", السوري: "DTJJ", بكين: "NNP", الصينية: "DTJJ" };
    const text = [
      "عنوان",
      "وأصدر المجلس الوطني السوري بيانا أمس.",
      "وتأتي زيارة المجلس الوطني بكين بناء على دعوة من وزارة الخارجية الصينية.",
    ].join("\n");
    expect(relations(text, lex)).toEqual([
      "syrian-national-council MET CHN",
      "CHN-mfa INVITED syrian-national-council",
    ]);
  });
});

describe("a visit framed by a future verb a few words before it", () => {
  it("is expected", () => {
    const lex = { وقال: "VBD", ستتغير: "VBP", محمود: "NNP", عباس: "NNP" };
    const text = "عنوان\nوقال محمود عباس إن المواقف ستتغير كثيرا في رأي الوفد خلال زيارته إلى القاهرة.";
    expect(relations(text, lex)).toEqual(["mahmoud-abbas MET EGY expected"]);
  });
});

describe("'the latter' and a name matched with its title", () => {
  const lex = { والتقى: "VBD", تحدث: "VBD", وعلى: "VBD", علي: "NNP", محسن: "NNP", الأحمر: "DTNNP", هادي: "NNP" };
  it("is the person named last; after a noun it is the adjective 'last'", () => {
    const text =
      "عنوان\nوكان في مقدمة الحضور الرئيس اليمني عبد ربه منصور هادي، وحينما تحدث الأخير مع اللواء علي محسن الأحمر.";
    expect(relations(text, lex)).toEqual(["abdrabbuh-mansur-hadi MET ali-mohsen-al-ahmar"]);
    const adjective =
      "عنوان\nوكان في مقدمة الحضور الرئيس اليمني عبد ربه منصور هادي.\nوفي الاجتماع الأخير مع اللواء علي محسن الأحمر.";
    expect(relations(adjective, lex)).toEqual([]);
  });
  it("leaves no short form of the given name: 'وعلى' is the preposition", () => {
    const text = [
      "عنوان",
      "والتقى الرئيس هادي اللواء علي محسن الأحمر أمس.",
      "واتهمت المعارضة اليمنية الحكومة وعلى رأسها وزير الداخلية بالتقصير.",
    ].join("\n");
    expect(relations(text, { ...lex, واتهمت: "VBD" })).toEqual([
      "abdrabbuh-mansur-hadi MET ali-mohsen-al-ahmar",
      "person:المعارضة اليمنية ACCUSED YEM-government",
    ]);
  });
});

describe("judgements and charges stated of someone by a speaker", () => {
  const lex = { وقال: "VBD", وأكد: "VBD", هيثم: "NNP", المالح: "DTNNP", تجاوز: "VBD", ارتكب: "VBD" };
  it("are said of an act's author past the act's target, by a speaker whose verb carries 'و'", () => {
    // (The tagger reads the verb with its conjunction as a name: mirrored here.)
    const own = { واعتبرت: "NNP", تركيا: "NNP", أن: "IN", الغارات: "DTNNS", الروسية: "DTJJ", على: "IN", إدلب: "NNP" };
    const text = "عنوان\nواعتبرت تركيا أن الغارات الروسية على إدلب غير قانونية.";
    expect(relations(text, own)).toContain("TUR CONDEMNED RUS");
  });
  it("condemn a wrong and accuse of crimes, partners included", () => {
    const text = [
      "عنوان",
      "وقال المعارض السوري هيثم المالح إن تدخل إيران غير مقبول.",
      "وأكد المالح أن روسيا وإيران شركاء بهذه المذابح.",
      "وقال المالح إن النظام السوري ارتكب مجزرة في حماة.",
      "وقال المالح إن النظام السوري تجاوز كل الحدود.",
    ].join("\n");
    expect(relations(text, lex)).toEqual([
      "haitham-al-maleh CONDEMNED IRN reported",
      "haitham-al-maleh ACCUSED RUS reported",
      "haitham-al-maleh ACCUSED IRN reported",
      "haitham-al-maleh ACCUSED SYR-government reported",
      "haitham-al-maleh CONDEMNED SYR-government reported",
    ]);
  });
});

describe("funded by someone", () => {
  it("is supplied by them", () => {
    const lex = { وقال: "VBD", يقاتل: "VBP" };
    expect(relations("عنوان\nوقال إن حزب الله الممول من إيران يقاتل في سوريا.", lex)).toEqual([
      "IRN SUPPLIED hezbollah reported",
    ]);
  });
});

describe("overturning someone's decision", () => {
  const lex = { وألغى: "VBD", ألغى: "VBD", محمد: "NNP", مرسي: "NNP", وانتقد: "VBD" };
  it("rejects its author, also named before a relative clause with the decision's pronoun", () => {
    expect(relations("عنوان\nوألغى الرئيس محمد مرسي قرار المجلس الأعلى للقوات المسلحة بحل البرلمان.", lex)).toEqual([
      "mohamed-morsi REJECTED scaf",
    ]);
    const text = "عنوان\nوانتقد الإخوان المجلس الأعلى للقوات المسلحة الذي ألغى الرئيس محمد مرسي قراره.";
    expect(relations(text, lex)).toEqual(["muslim-brotherhood CONDEMNED scaf", "mohamed-morsi REJECTED scaf"]);
  });
});

describe("a cue of obligation far before the act in a run-on clause", () => {
  const lex = { وقال: "VBD", رحبوا: "VBD", يتحدث: "VBP", مرسي: "NNP", أوباما: "NNP", باراك: "NNP" };
  it("does not govern it, while a future negation near a verbal noun does", () => {
    const text = [
      "عنوان\n",
      "وقال النائب إن القرار لابد أن يناقش علنا بين الأعضاء ويكون التصويت عليه بالإجماع, لكن الحزب رتب الأمر,",
      " وبذلك أخطأ بحق البرلمان وبحق المواطنين, ولا سيما في هذه المرحلة الصعبة التي تعيشها مصر,",
      " موضحا أن الإخوان رحبوا بحكومة الجنزوري.",
    ].join("");
    expect(relations(text, lex)).toEqual(["muslim-brotherhood SUPPORTED kamal-ganzouri reported"]);
    const visit = "عنوان\nوقال إن الرئيس محمد مرسي لن يتحدث مع أحد إلا بعد زيارة الرئيس باراك أوباما لإسرائيل.";
    expect(relations(visit, lex)).toEqual([
      "barack-obama MET ISR expected",
      "mohamed-morsi MET barack-obama neg expected",
    ]);
  });
});

describe("'their' meeting with the hamza on a waw", () => {
  it("is the meeting of the two named before it", () => {
    const lex = { وأكد: "VBD", محمود: "NNP", عباس: "NNP", محمد: "NNP", مرسي: "NNP" };
    const text = "عنوان\nوأكد الرئيس محمود عباس والرئيس محمد مرسي أن لقاؤهما كان مثمرا.";
    expect(relations(text, lex)).toEqual(["mahmoud-abbas MET mohamed-morsi reported"]);
  });
});

describe("a masculine verb before a body with a feminine head", () => {
  const lex = { وقال: "VBD", واتهم: "VBD", وبين: "VBD", بنيامين: "NNP", نتنياهو: "NNP", حماس: "NNP" };
  it("has the last speaker as its subject and the body as its object", () => {
    const text =
      "عنوان\nوقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الوضع خطير.\nواتهم حركة حماس بالتصعيد على الحدود.";
    expect(relations(text, lex)).toEqual(["benjamin-netanyahu ACCUSED hamas"]);
  });
  it("and no one when the last speaker is an unnamed source", () => {
    const text = [
      "عنوان",
      "والتقى بنيامين نتنياهو وزير الدفاع أمس.",
      "وبين المصدر أن الوضع خطير.",
      "واتهم حركة حماس بالتصعيد على الحدود.",
    ].join("\n");
    expect(relations(text, { ...lex, والتقى: "VBD" })).toEqual([]);
  });
});

describe("a people named in the accusative after a verb", () => {
  it("is its object, and the subject the one the verb agrees with", () => {
    const lex = { وأكدت: "VBD", ودعت: "VBD", السوريين: "DTNNS" };
    const text = "عنوان\nوأكدت الصين دعمها لخطة السلام.\nودعت السوريين جميعا إلى وقف القتال.";
    expect(relations(text, lex)).toEqual(["CHN DEMANDED SYR"]);
  });
});

describe("an act judged an overreach or a mistake", () => {
  it("condemns its author", () => {
    const lex = { وأكد: "VBD", يعتبر: "VBP", حمدين: "NNP", صباحي: "NNP", مرسي: "NNP" };
    const text = "عنوان\nوأكد حمدين صباحي أنه يعتبر قرار الرئيس محمد مرسي تعديا على أحكام القضاء.";
    expect(relations(text, lex)).toEqual(["hamdeen-sabahi CONDEMNED mohamed-morsi reported"]);
  });
});

describe("sources in a group", () => {
  it("speak and act for it", () => {
    const lex = { واتهمت: "VBD" };
    expect(relations("عنوان\nواتهمت مصادر في حزب الله إسرائيل بالتصعيد.", lex)).toEqual(["hezbollah ACCUSED ISR"]);
    expect(relations("عنوان\nواتهمت مصادر مقربة من حزب الله إسرائيل بالتصعيد.", lex)).toEqual([
      "hezbollah ACCUSED ISR",
    ]);
  });
});

describe("a reception at a named venue, financial support given and settlement rejected", () => {
  const lex = { واستقبل: "VBD", وقدمت: "VBD", وأكدت: "VBD", ميشال: "NNP", سليمان: "NNP", بعبدا: "NNP", ماليا: "JJ" };
  it("are a meeting past the venue, aid, and a rejection of the settler state", () => {
    expect(relations("عنوان\nواستقبل الرئيس ميشال سليمان في قصر بعبدا السفير الأمريكي.", lex)).toEqual([
      "michel-suleiman MET USA",
    ]);
    expect(relations("عنوان\nوقدمت قطر دعما ماليا للحكومة المصرية.", lex)).toEqual(["QAT SUPPLIED EGY-government"]);
    expect(relations("عنوان\nوأكدت مصر رفضها للاستيطان الإسرائيلي في القدس.", lex)).toEqual([
      "EGY REJECTED ISR reported",
    ]);
  });
});

describe("a town with its state's nationality", () => {
  const lex = { وأطلقت: "VBD", والتقى: "VBD", عسقلان: "NNP", محمود: "NNP", عباس: "NNP", جدة: "NNP", السعودية: "DTJJ" };
  it("is that state's when attacked, and a place where people meet", () => {
    expect(relations("عنوان\nوأطلقت حركة حماس صواريخ على مدينة عسقلان الإسرائيلية.", lex)).toEqual([
      "hamas ATTACKED ISR",
    ]);
    expect(relations("عنوان\nوالتقى الرئيس محمود عباس في مدينة جدة السعودية وزير الخارجية الأمريكي.", lex)).toEqual([
      "mahmoud-abbas MET USA",
    ]);
  });
});

describe("names the tagger half missed", () => {
  it("take a given name it called a noun before a family name, and a family name it called an adjective after 'السيد'", () => {
    const lex = { واتهم: "VBD", وانتقد: "VBD", مسلم: "NN", البراك: "DTNNP", البدوي: "DTJJ", مرسي: "NNP", محمد: "NNP" };
    const x = extractTagged("عنوان\nواتهم النائب الكويتي مسلم البراك الحكومة الكويتية بالفساد.", lex);
    expect(x.relations.map(show)).toEqual(["person:مسلم البراك ACCUSED KWT-government"]);
    const y = extractTagged("عنوان\nوانتقد زعيم حزب الوفد السيد البدوي قرار الرئيس محمد مرسي.", lex);
    expect(y.relations.map(show)).toEqual(["person:البدوي CONDEMNED mohamed-morsi"]);
  });
});

describe("a future verb the tagger took for a name", () => {
  it("still puts a visit just after it in the future, unless another name follows it", () => {
    const lex = { وأكد: "VBD", سيعمل: "NNP", سيرغي: "NNP", لافروف: "NNP", والتقى: "VBD" };
    const text = "عنوان\nوأكد المتحدث أن وفد المجلس الوطني السوري سيعمل على طمأنة الروس خلال زيارته موسكو.";
    expect(relations(text, lex)).toEqual(["syrian-national-council MET RUS expected"]);
    const named = "عنوان\nوالتقى سيرغي لافروف خلال زيارته موسكو وفد المجلس الوطني السوري.";
    expect(relations(named, lex).filter((r) => r.includes("expected"))).toEqual([]);
  });
});

describe("readiness, a foreign envoy's name, a meeting during a visit and aid announced", () => {
  const lex = {
    وأبدى: "VBD",
    وقام: "VBD",
    التقى: "VBD",
    واستقبل: "VBD",
    وأعلنت: "VBD",
    فلاديمير: "NNP",
    بوتين: "NNP",
    كريستوفر: "NNP",
    روس: "NNP",
    جون: "NNP",
    كيري: "NNP",
    حمد: "NNP",
    بن: "NNP",
    جاسم: "NNP",
    بزيارة: "NNP",
  };
  it("is no supply yet, a person, the visitor's meeting, and aid", () => {
    expect(relations("عنوان\nوأبدى الرئيس الروسي فلاديمير بوتين استعداد بلاده لتزويد سوريا بالأسلحة.", lex)).toEqual([
      "vladimir-putin SUPPLIED SYR expected",
    ]);
    const envoy = extractTagged("عنوان\nواستقبل الملك محمد السادس المبعوث الأممي كريستوفر روس أمس.", lex);
    expect(envoy.relations.map(show)).toEqual(["mohammed-vi MET person:كريستوفر روس"]);
    const visit = "عنوان\nوقام وزير الخارجية الأمريكي جون كيري بزيارة إلى الدوحة التقى خلالها الشيخ حمد بن جاسم.";
    expect(relations(visit, lex)).toEqual(["john-kerry MET QAT", "john-kerry MET hamad-bin-jassim"]);
    const programme = "عنوان\nويصل جون كيري اليوم في زيارة قصيرة يلتقي خلالها الشيخ حمد بن جاسم.";
    expect(relations(programme, { ...lex, ويصل: "VBP", يلتقي: "VBP" })).not.toContain(
      "john-kerry MET hamad-bin-jassim",
    );
    expect(relations("عنوان\nوأعلنت الإمارات عن تقديم مساعدات عاجلة إلى اليمن.", lex)).toEqual([
      "ARE SUPPLIED YEM reported",
    ]);
  });
});

describe("a title naming a unit of a group before a discovered name", () => {
  const lex = { وهاجم: "VBD", الهيئة: "DTNN", العليا: "DTJJR", محمد: "NNP", اليدومي: "NNP", الحزب: "DTNN" };
  it("is the name's, whether the group follows with 'لـ' or is its pronoun", () => {
    const ofGroup = "عنوان\nوهاجم رئيس الهيئة العليا لحزب الإصلاح محمد اليدومي جماعة الحوثيين.";
    expect(relations(ofGroup, lex)).toEqual(["person:محمد اليدومي CONDEMNED houthis"]);
    const own = "عنوان\nوصعّد حزب الإصلاح خطابه، وهاجم رئيس هيئته العليا محمد اليدومي جماعة الحوثيين.";
    expect(relations(own, lex)).toEqual(["person:محمد اليدومي CONDEMNED houthis"]);
  });
});

describe("responsibility borne, said by someone", () => {
  const lex = { وأشار: "VBD", وادعت: "VBD", هيلاري: "NNP", كلينتون: "NNP", تتحملان: "VBP", تتحمل: "VBP" };
  it("accuses those who bear it, the speaker named by a verb or by a noun of saying", () => {
    const noun =
      "عنوان\nوأشار المصدر إلى تصريحات وزيرة الخارجية الأمريكية هيلاري كلينتون بأن روسيا والصين تتحملان مسؤولية فشل مجلس الأمن في وقف العنف.";
    expect(relations(noun, lex)).toEqual([
      "hillary-clinton ACCUSED RUS reported",
      "hillary-clinton ACCUSED CHN reported",
    ]);
    const claimed = "عنوان\nوادعت وزارة الداخلية السعودية أن إيران تتحمل مسؤولية الاضطرابات في المنطقة.";
    expect(relations(claimed, lex)).toEqual(["SAU-interior ACCUSED IRN reported"]);
  });
});

describe("an appositive title after the subject", () => {
  const lex = {
    وأدان: "VBD",
    إيلي: "NNP",
    الفرزلي: "DTNNP",
    النواب: "DTNN",
    اللبناني: "DTJJ",
    السابق: "DTJJ",
    التدخل: "DTNN",
    الأميركي: "DTJJ",
  };
  it("ends before a definite act, whose author is the one condemned, not the title's state", () => {
    const text = "عنوان\nوأدان فريد مكاري نائب رئيس مجلس النواب اللبناني السابق التدخل الإيراني في شؤون البحرين.";
    expect(relations(text, { ...lex, فريد: "NNP", مكاري: "NNP", الإيراني: "DTJJ" })).toEqual([
      "person:فريد مكاري CONDEMNED IRN",
    ]);
  });
});

describe("a minister's family name the tagger calls an adjective, then a masculine verb before a feminine capital", () => {
  const lex = { وقال: "VBD", علي: "NNP", العمراني: "DTJJ", وأضاف: "VBD", ودعا: "VBD", طهران: "NNP", إيران: "NNP" };
  it("names him, lets him speak on, and makes the capital the object of his call", () => {
    const text =
      "عنوان\nوقال وزير الإعلام علي العمراني إن التحقيقات جارية.\nوأضاف العمراني أن سياسة إيران في المنطقة تقوم على استغلال الظروف.\nودعا طهران إلى إقامة علاقات طبيعية.";
    expect(relations(text, lex)).toEqual(["person:علي العمراني DEMANDED IRN"]);
  });
});

describe("a ruler's forces named by his family name alone", () => {
  it("are his state's army, not a new group", () => {
    const lex = { وقصفت: "VBD", الأسد: "DTNNP", اللبنانية: "DTJJ" };
    const x = extractTagged("عنوان\nوقصفت قوات الأسد بلدة عرسال اللبنانية.", lex);
    expect(x.relations.map(show)).toEqual(["SYR-army ATTACKED LBN"]);
  });
});

describe("a group's unit that lays the responsibility for an attack on someone", () => {
  const lex = { وحمّلت: "VBD", وأعلن: "VBD", العامة: "DTJJ", الجبان: "DTJJ", آذار: "NNP", لبنان: "NNP" };
  it("acts for the group, and the responsibility's genitive leaves the one it is laid on its object", () => {
    const text = "عنوان\nوحمّلت الأمانة العامة لقوى 14 آذار مسؤولية الهجوم الآثم إلى حكومة لبنان.";
    expect(relations(text, { ...lex, الآثم: "DTJJ" })).toEqual(["march-14 ACCUSED LBN-government"]);
  });
});

describe("a source in a group's unit condemning statements someone made", () => {
  const lex = {
    واستنكر: "VBD",
    أدلى: "VBD",
    العامة: "DTJJ",
    الاشتراكي: "DTJJ",
    الإسرائيلي: "DTJJ",
    بنيامين: "NNP",
    نتنياهو: "NNP",
  };
  it("speaks for the group, and the statements' author is named in a clause without a relative pronoun", () => {
    const text =
      "عنوان\nواستنكر مصدر قيادي في الأمانة العامة للحزب الاشتراكي تصريحات صحفية أدلى بها أمس رئيس الوزراء الإسرائيلي بنيامين نتنياهو.";
    const x = extractTagged(text, { ...lex, صحفية: "JJ" });
    expect(x.relations.map((r) => `${r.subject.nameAr} ${r.type} ${r.object.id}`)).toEqual([
      "الحزب الاشتراكي CONDEMNED benjamin-netanyahu",
    ]);
    const known = "عنوان\nواستنكر مصدر مسؤول في المكتب السياسي لحركة حماس تصريحات أدلى بها مؤخرا بنيامين نتنياهو.";
    expect(relations(known, { ...lex, السياسي: "DTJJ" })).toEqual(["hamas CONDEMNED benjamin-netanyahu"]);
    // (An adjective of the sources may stand before "في".)
    const tribal = "عنوان\nواتهمت مصادر قبلية في حزب الإصلاح الحوثيين بإرسال مقاتلين.";
    expect(relations(tribal, { واتهمت: "VBD", قبلية: "JJ", الحوثيين: "DTNNS" })).toEqual([
      "islah-yemen ACCUSED houthis",
    ]);
  });
});

describe("a verb with no subject of its own after a sentence about someone", () => {
  const lex = { وأعلنت: "VBD", وأشاد: "VBD", وأشادت: "VBD", سوريا: "NNP", روسيا: "NNP" };
  it("goes on with that one only when it agrees in gender", () => {
    const text =
      "عنوان\nوأعلنت سوريا أن الوضع في حلب مستقر.\nوأشاد بجهود المعارضة السورية في توحيد صفوفها.\nوأشادت بجهود روسيا في مجلس الأمن.";
    expect(relations(text, lex)).toEqual(["SYR SUPPORTED RUS"]);
  });
});

describe("a call to someone with another purpose than a visit", () => {
  const lex = { واعتبر: "VBD", وأثارت: "VBD", عبدربه: "NNP", منصور: "NNP", هادي: "NNP", لطهران: "NNP" };
  it("is a demand, not an invitation; a call with no purpose named stays an invitation", () => {
    const text = "عنوان\nواعتبر الوزير دعوة الرئيس عبدربه منصور هادي لطهران لوقف دعمها للحوثيين تحذيرا واضحا.";
    expect(relations(text, lex)).toEqual(["abdrabbuh-mansur-hadi DEMANDED IRN"]);
    expect(relations("عنوان\nوأثارت دعوة روسيا لحماس غضب إسرائيل.", lex)).toEqual(["RUS INVITED hamas"]);
  });
});

describe("statements judged wrong in quotation marks", () => {
  const lex = {
    وانتقد: "VBD",
    ردت: "VBD",
    وقالت: "VBD",
    وقال: "VBD",
    ديفيد: "NNP",
    كاميرون: "NNP",
    الهند: "NNP",
    ماريا: "NNP",
    زاخاروفا: "NNP",
    البريطاني: "DTJJ",
    الروسية: "DTJJ",
  };
  it("reject their author when judged untrue, condemn him when judged unacceptable", () => {
    const text =
      "عنوان\nوانتقد وزير الخارجية البريطاني ديفيد كاميرون سياسة الهند.\nكما ردت الهند على هذه الانتقادات، وقالت إن تصريحات وزير الخارجية البريطاني «غير صائبة».\nوقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن تصريحات كاميرون «غير مقبولة على الإطلاق».";
    expect(relations(text, lex)).toEqual([
      "david-cameron CONDEMNED IND",
      "IND REJECTED david-cameron reported",
      "maria-zakharova CONDEMNED david-cameron reported",
    ]);
  });
});

describe("long names of the Gulf", () => {
  it("run on past 'بن' and a compound 'عبد X', and a family name like 'المقبل' dates nothing", () => {
    const lex = {
      واستقبل: "VBD",
      فيصل: "NNP",
      بن: "NNP",
      فرحان: "NNP",
      عبد: "NNP",
      العزيز: "DTNNP",
      الرحمن: "DTNNP",
      المقبل: "DTJJ",
    };
    const text =
      "عنوان\nواستقبل الأمير فيصل بن فرحان أمس الدكتور عبد العزيز بن عبد الرحمن المقبل رئيس الجمعية الخيرية.";
    expect(relations(text, lex)).toEqual(["faisal-bin-farhan MET person:عبد العزيز بن عبد الرحمن"]);
  });
});

describe("a bare head at the start of a sentence", () => {
  it("goes on with the body the sentence before had for subject, not a later body with that head", () => {
    // (The League is named last before "ودعا المجلس", by an alias whose head is "المجلس" too.)
    const lex = {
      جهته: "RB",
      أدان: "VBD",
      الوطني: "DTJJ",
      للصحافة: "DTNN",
      المغرب: "DTNNP",
      المجحف: "DTJJ",
      لمجلس: "NNP",
      العرب: "DTJJ",
      ورأى: "VBD",
      سافر: "JJ",
      ودعا: "VBD",
      المغربية: "DTJJ",
    };
    const text = [
      "عنوان",
      "من جهته أدان المجلس الوطني للصحافة في المغرب القرار المجحف لمجلس وزراء الخارجية العرب.",
      "ورأى المجلس في بيان أن خطوة وزراء الخارجية العرب تدخل سافر.",
      "ودعا المجلس في بيانه الحكومة المغربية إلى حماية الصحفيين.",
    ].join("\n");
    expect(relations(text, lex)).toEqual([
      "person:المجلس الوطني للصحافة CONDEMNED arab-league",
      "person:المجلس الوطني للصحافة DEMANDED MAR-government",
    ]);
  });
});

describe("a body's remit", () => {
  it("is part of its name after its adjective: 'اللجنة العليا لإسناد جنوب كردفان'", () => {
    const lex = { ورافقت: "VBD", العليا: "DTJJR", لاسناد: "NNP", كردفان: "NNP", التقت: "VBD", الخرطوم: "DTNNP" };
    const text = "عنوان\nوقالت الحكومة إن اللجنة العليا لإسناد جنوب كردفان التقت والي الخرطوم.";
    expect(extractTagged(text, lex).actors.map((a) => a.nameAr)).toContain("اللجنة العليا لإسناد");
  });
});

describe("a part played after a comma", () => {
  it("is the subject's of the clause before, whatever purpose that clause named", () => {
    const lex = { بذلت: "VBD", النرويج: "DTNNP", ولعبت: "VBD", الخرطوم: "DTNNP", وجوبا: "NNP" };
    const text =
      "عنوان\nوقد بذلت النرويج جهودا كبيرة من أجل إنهاء الحرب في السودان، ولعبت دور الوسيط بين الخرطوم وجوبا.";
    expect(relations(text, lex)).toEqual(["NOR MEDIATED SDN", "NOR MEDIATED SSD"]);
  });
});

describe("an ongoing visit", () => {
  it("is carried out by the present 'يقوم', a word of time between", () => {
    const lex = { ويقوم: "NNP", الجزائري: "DTJJ", حاليا: "NN", بزيارة: "NN", رسمية: "JJ", إيطاليا: "NNP" };
    expect(relations("عنوان\nويقوم الرئيس الجزائري حاليا بزيارة رسمية إلى إيطاليا.", lex)).toEqual(["DZA MET ITA"]);
  });
});

describe("'الرئيس' alone", () => {
  it("is the president named before, never a party's head or a former president named since", () => {
    const lex = {
      وأصدر: "NNP",
      الرئيس: "DTNN",
      المصري: "DTJJ",
      محمد: "NNP",
      مرسي: "NNP",
      البرلمان: "DTNN",
      السابق: "DTJJ",
      حسني: "NNP",
      مبارك: "NNP",
      وكتب: "VBD",
      الثورة: "DTNN",
      أيمن: "NNP",
      نور: "NNP",
      القرار: "DTNN",
      مفاجئ: "JJ",
      القاضي: "DTNN",
      المتقاعد: "DTJJ",
      خالد: "NNP",
      فوزي: "NNP",
      بعودة: "NNP",
      قانوني: "JJ",
    };
    const text = [
      "عنوان",
      "وأصدر الرئيس المصري محمد مرسي قرارا بعودة البرلمان بعد عام من رحيل الرئيس السابق حسني مبارك.",
      "وكتب رئيس حزب غد الثورة أيمن نور أن القرار مفاجئ.",
      "وقال القاضي المتقاعد خالد فوزي إن قرار الرئيس بعودة البرلمان غير قانوني.",
    ].join("\n");
    expect(relations(text, lex)).toContain("person:خالد فوزي CONDEMNED mohamed-morsi reported");
  });
});

describe("a person described right after the name", () => {
  it("has a family name with the article, and men 'of' a quoted group stand for it", () => {
    const lex = {
      اتهم: "VBD",
      أحمد: "NNP",
      الموفق: "DTJJ",
      وهو: "VBD",
      تمبكتو: "NNP",
      التوحيد: "DTNN",
      والجهاد: "DTNN",
      بقيادة: "NNP",
    };
    const text =
      "عنوان\nومن جهته، اتهم أحمد الموفق، وهو أحد وجهاء تمبكتو، عناصر من جماعة ''التوحيد والجهاد'' بقيادة الاحتجاجات.";
    expect(relations(text, lex)).toEqual(["person:أحمد الموفق ACCUSED mujao"]);
  });
});

describe("a dictionary body after a word for its kind", () => {
  it("is the dictionary's body, never a new one named 'منظمة اليونسكو'", () => {
    const lex = { ودعا: "VBD", الأردني: "DTJJ", أيمن: "NNP", الصفدي: "DTNNP", اليونسكو: "DTNNP", القدس: "DTNNP" };
    const text = "عنوان\nودعا وزير الخارجية الأردني أيمن الصفدي منظمة اليونسكو إلى حماية المقدسات في القدس.";
    expect(relations(text, lex)).toEqual(["ayman-safadi DEMANDED unesco"]);
  });
});

describe("abstaining from an act", () => {
  it("negates it: 'امتنعت X عن إدانة Y' is no condemnation", () => {
    const lex = { وامتنعت: "VBD", البرازيل: "DTNNP", الصين: "DTNNP" };
    expect(relations("عنوان\nوامتنعت البرازيل عن إدانة الصين في مجلس حقوق الإنسان.", lex)).toEqual([
      "BRA CONDEMNED CHN neg",
    ]);
  });
});

describe("where something was said, between the subject and the object", () => {
  const lex = {
    ورفض: "VBD",
    وحمّل: "VBD",
    عقده: "VBD",
    أحمد: "NNP",
    داود: "NNP",
    أوغلو: "NNP",
    بشار: "NNP",
    الأسد: "DTNNP",
  };
  it("is passed over up to the first actor or act no preposition governs", () => {
    const said =
      "عنوان\nورفض وزير الخارجية التركي أحمد داود أوغلو خلال مقابلة مع قناة تلفزيونية أمس تصريحات الرئيس السوري بشار الأسد.";
    expect(relations(said, lex)).toEqual(["ahmet-davutoglu REJECTED bashar-al-assad"]);
    const held = "عنوان\nوحمّل أحمد داود أوغلو في مؤتمر صحافي عقده أمس في أنقرة الحكومة السورية مسؤولية التصعيد.";
    expect(relations(held, lex)).toEqual(["ahmet-davutoglu ACCUSED SYR-government"]);
  });

  it("ends at its owner named as a pronoun ('في بيان لها'), so that the next name is the object", () => {
    const own = { واتهمت: "NNP", بيان: "NN", لها: "NN", تركيا: "NNP", وقطر: "NNP", بتمويل: "NNP" };
    const text = "عنوان\nواتهمت الحكومة العراقية في بيان لها تركيا وقطر بتمويل المسلحين.";
    expect(relations(text, own)).toEqual(["IRQ-government ACCUSED TUR", "IRQ-government ACCUSED QAT"]);
  });
});

describe("a statement named with its issuer", () => {
  const lex = { ودعا: "VBD", واعتبر: "VBD", الكويتي: "DTJJ" };
  it("speaks for the issuer, as the subject of a call or of a judgement", () => {
    const call = "عنوان\nودعا بيان حزب الله الحكومة اللبنانية إلى الاستقالة.";
    expect(relations(call, lex)).toEqual(["hezbollah DEMANDED LBN-government"]);
    const judged = "عنوان\nواعتبر بيان حزب الله أن قرار الحكومة اللبنانية باطل.";
    expect(relations(judged, lex)).toEqual(["hezbollah CONDEMNED LBN-government reported"]);
  });
});

describe("a title held in a group, written with 'في'", () => {
  it("is the name's after it", () => {
    const lex = { واستنكر: "VBD", نبيل: "NNP", قاووق: "NNP", جون: "NNP", كيري: "NNP" };
    const text = "عنوان\nواستنكر مسؤول منطقة الجنوب في حزب الله نبيل قاووق تصريحات السناتور جون كيري.";
    expect(relations(text, lex)).toEqual(["person:نبيل قاووق CONDEMNED john-kerry"]);
  });
});

describe("a time named by the part of a period", () => {
  it("stands before the object without hiding it", () => {
    const lex = { دعا: "VBD", المرزوقي: "DTNNP", المغرب: "DTNNP", والجزائر: "DTNNP" };
    const text = "عنوان\nوكان المرزوقي دعا مطلع العام المغرب والجزائر إلى فتح الحدود بينهما.";
    expect(relations(text, lex)).toEqual(["moncef-marzouki DEMANDED MAR", "moncef-marzouki DEMANDED DZA"]);
    const same = "عنوان\nودعا المرزوقي في الوقت نفسه المغرب إلى فتح الحدود البرية.";
    expect(relations(same, { ...lex, ودعا: "VBD" })).toEqual(["moncef-marzouki DEMANDED MAR"]);
  });
});

describe("a wrong done, said of someone after 'إن'", () => {
  it("is the speaker's accusation", () => {
    const lex = { وقال: "VBD", غسان: "NNP", الخطيب: "DTNNP", تستغل: "VBP", تتدخل: "VBP", يعطلون: "VBP" };
    const text =
      "عنوان\nوقال غسان الخطيب إن إسرائيل تستغل انشغال العالم.\nوقال غسان الخطيب إن إيران تتدخل في شؤون اليمن.\nوقال غسان الخطيب إن الأميركيين يعطلون الحل.";
    expect(relations(text, lex)).toEqual([
      "person:غسان الخطيب ACCUSED ISR reported",
      "person:غسان الخطيب ACCUSED IRN reported",
      "person:غسان الخطيب ACCUSED USA reported",
    ]);
  });
});

describe("a favourable judgement of someone, said after 'إن'", () => {
  it("is the speaker's support of them or of their act's author", () => {
    const lex = { وقال: "VBD", محمد: "NNP", البرادعي: "DTNNP", هو: "PRP", الأنسب: "DTNN", جدير: "JJ" };
    const text =
      "عنوان\nوقال حمدين صباحي إن الدكتور محمد البرادعي هو الأنسب لقيادة البلاد في هذه الفترة.\nوقال حمدين صباحي إن قرار الحكومة المصرية خطوة مهمة.\nوقال حمدين صباحي إن محمد البرادعي جدير بهذه المهمة.";
    expect(relations(text, { ...lex, حمدين: "NNP", صباحي: "NNP" })).toEqual([
      "hamdeen-sabahi SUPPORTED mohamed-elbaradei reported",
      "hamdeen-sabahi SUPPORTED EGY-government reported",
      "hamdeen-sabahi SUPPORTED mohamed-elbaradei reported",
    ]);
  });
});

describe("a state's administration", () => {
  it("is its government", () => {
    const lex = { دعت: "VBD", وكانت: "VBD" };
    const text = "عنوان\nوكانت الإدارة الأمريكية دعت في وقت سابق (مصر) إلى رفع حالة الطوارئ.";
    expect(relations(text, lex)).toEqual(["USA-government DEMANDED EGY"]);
  });
});

describe("talks and contacts between two sides", () => {
  it("are their meeting, with a verb of taking place or without one", () => {
    const lex = { وقال: "VBD", دارت: "VBD", أثارت: "VBD", كوفي: "NNP", أنان: "NNP" };
    expect(relations("عنوان\nوقال المتحدث إن هناك اتصالات بين الخارجية الأمريكية وكوفي أنان.", lex)).toEqual([
      "USA-mfa MET kofi-annan reported",
    ]);
    const held = "عنوان\nوخلال المفاوضات التي دارت بين أمريكا وإسرائيل عام 1968 أثارت إسرائيل الشكوك.";
    expect(relations(held, lex)).toEqual(["USA MET ISR"]);
  });
});

describe("a subject fronted by 'أما'", () => {
  it("is the subject of the verb after 'فـ'", () => {
    const lex = { هاجم: "VBD", عبدالله: "NNP", صعتر: "NNP" };
    const text = "عنوان\nأما خطيب الجمعة في صنعاء عبدالله صعتر فقد هاجم إيران بشدة.";
    expect(relations(text, lex)).toEqual(["person:عبدالله صعتر CONDEMNED IRN"]);
  });
});

describe("foreign names spelt with a preposition's or conjunction's letter", () => {
  it("open a name after a verb of saying, and go on through a proper noun starting with 'ف'", () => {
    const lex = { وقال: "VBD", بيتر: "NNP", فولكنر: "NNP", كارل: "NNP", كرامر: "NNP", وأشاد: "VBD" };
    const text =
      "عنوان\nوقال بيتر فولكنر إن الحوار ضروري.\nوأشاد بيتر فولكنر بجهود المعارضة السورية.\nوقال السفير كارل كرامر إن حكومته ترحب بالمبادرة.";
    const x = extractTagged(text, lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual(["بيتر فولكنر", "كارل كرامر"]);
    expect(x.relations.map(show)).toEqual(["person:بيتر فولكنر SUPPORTED person:المعارضة السورية"]);
  });

  it("stay a preposition's phrase where no name can stand", () => {
    const lex = { وتعمل: "VBP", بشكل: "NNP", كامل: "NNP" };
    const x = extractTagged("عنوان\nوتعمل اللجنة بشكل كامل منذ أمس.", lex);
    expect(x.actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});

describe("a name set off by commas after a title", () => {
  it("is the title's holder, not the verb's object", () => {
    const lex = { واتهم: "VBD", جيمس: "NNP", هارتلي: "NNP" };
    const text = "عنوان\nواتهم السفير الأمريكي بصنعاء، جيمس هارتلي، إيران بعرقلة الاتفاق.";
    expect(relations(text, lex)).toEqual(["person:جيمس هارتلي ACCUSED IRN"]);
  });
});

describe("a nationality adjective with 'و' between two named people", () => {
  it("makes the second a conjunct of the first", () => {
    const lex = { وانتقد: "VBD", لوران: "NNP", فابيوس: "NNP", يوهان: "NNP", فيرنر: "NNP" };
    const text = "عنوان\nوانتقد لوران فابيوس والألماني يوهان فيرنر الحكومة السورية.";
    expect(relations(text, lex)).toEqual([
      "laurent-fabius CONDEMNED SYR-government",
      "person:يوهان فيرنر CONDEMNED SYR-government",
    ]);
  });
});

describe("the doctor's title abbreviated 'د.'", () => {
  it("introduces a name as a title does, and the mention starts with it", () => {
    const lex = { يقول: "VBP", كمال: "NNP", حسنين: "NN", وانتقد: "VBD" };
    const text = "عنوان\nيقول د.كمال حسنين القيادي في الحزب إن الحكومة أخطأت. وانتقد حسنين الحكومة المصرية.";
    const x = extractTagged(text, lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual(["كمال حسنين"]);
    expect(x.relations.map(show)).toEqual(["person:كمال حسنين CONDEMNED EGY-government"]);
  });
});

describe("a rejected demand or pressure owned by a nationality adjective", () => {
  it("rejects that state", () => {
    const lex = { ورفضت: "VBD", وترفض: "VBP", روسيا: "NNP", الأمريكية: "DTJJ", الغربية: "DTJJ" };
    const text = "عنوان\nورفضت روسيا المطالب الأمريكية بفرض عقوبات جديدة.\nوترفض الصين الانصياع للضغوط الأمريكية.";
    expect(relations(text, lex)).toEqual(["RUS REJECTED USA", "CHN REJECTED USA"]);
  });
});

describe("a proper noun with 'ل' after a verb of saying", () => {
  it("is who it was said to, not a person's name", () => {
    const lex = { قال: "VBD", لفرانس: "NNP", برس: "NNP" };
    const x = extractTagged("عنوان\nوقال الناشط لفرانس برس إن الحكومة فشلت.", lex);
    expect(x.actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});

describe("a group's members with 'و' after a named subject", () => {
  it("are another subject, quoted group or not, not the object", () => {
    const lex = { طالب: "VBD", سمير: "NNP", فرحات: "NNP" };
    const text = 'عنوان\nطالب سمير فرحات ووزراء "حزب الله" بمحاسبة وسائل الإعلام.';
    expect(relations(text, lex)).toEqual([]);
  });
});

describe("an ally named so", () => {
  it("supports whom it is the ally of, in the genitive or with 'لـ' past an adjective", () => {
    const lex = { وتعد: "VBP", الأبرز: "DTJJ", وقال: "VBD" };
    const text = "عنوان\nوقال المتحدث إن إيران حليفة دمشق منذ سنوات.\nوتعد روسيا الحليف الأبرز لسوريا في المنطقة.";
    expect(relations(text, lex)).toEqual(["IRN SUPPORTED SYR reported", "RUS SUPPORTED SYR"]);
  });
});

describe("opposing an act", () => {
  it("negates it as refusing does: its genitive is not the opponent's object", () => {
    const lex = { وعارض: "VBD" };
    const rels = extractTagged("عنوان\nوعارض الأوروبيون دعوة إيران إلى المؤتمر.", lex).relations;
    expect(rels.filter((r) => !r.negated).map(show)).toEqual([]);
  });
});

describe("office holders of the 2020s (data/actors/people-2020s.yaml)", () => {
  it("are known by their family names alone", () => {
    const lex = { وانتقد: "VBD", والتقت: "VBD", ودعا: "VBD" };
    const text =
      "عنوان\nوانتقد كوليبا روسيا بشدة.\nوالتقت ميلوني نظيرها البريطاني ريشي سوناك في روما.\nودعا العليمي الحوثيين إلى وقف الهجمات.";
    expect(relations(text, lex)).toEqual([
      "dmytro-kuleba CONDEMNED RUS",
      "giorgia-meloni MET rishi-sunak",
      "rashad-al-alimi DEMANDED houthis",
    ]);
  });
});

describe("organisations of any year (data/actors/organizations-world.yaml)", () => {
  it("are known by name", () => {
    const lex = { واتهمت: "VBD", ودعت: "VBD" };
    const text =
      "عنوان\nواتهمت منظمة العفو الدولية الحكومة السورية بتعذيب المعتقلين.\nودعت مجموعة السبع إيران إلى وقف التصعيد.";
    expect(relations(text, lex)).toEqual(["amnesty-international ACCUSED SYR-government", "g7 DEMANDED IRN"]);
  });

  it("include the UN system's agencies and the international financial institutions", () => {
    const lex = { ودعا: "VBD", وانتقدت: "VBD" };
    const text = "عنوان\nودعا صندوق النقد الدولي الحكومة المصرية إلى خفض الدعم.\nوانتقدت اليونيسف إسرائيل بسبب الحصار.";
    const x = extractTagged(text, lex);
    expect(x.relations.map(show)).toEqual(["imf DEMANDED EGY-government", "unicef CONDEMNED ISR"]);
    expect(x.actors.find((a) => a.id === "imf")?.name).toBe("International Monetary Fund (IMF)");
  });
});

describe("a bare definite act noun after the act was named with its author", () => {
  it("stands for that author, in a judgement and as an object", () => {
    const lex = { أصدر: "VBD", وأشاد: "VBD", وقال: "VBD", محمد: "NNP", مرسي: "NNP" };
    const text =
      "عنوان\nأصدر الرئيس المصري محمد مرسي قرارا بإعادة البرلمان. وكان قرار مرسي مفاجئا.\nوقال حزب الوفد إن القرار يمثل كارثة قانونية.\nوأشاد حزب الحرية والعدالة بالقرار.";
    expect(relations(text, lex)).toEqual([
      "person:حزب الوفد CONDEMNED mohamed-morsi reported",
      "freedom-and-justice-party SUPPORTED mohamed-morsi",
    ]);
  });

  it("stands for no one when a nationality makes it another act, or the author was named long before", () => {
    const lex = { وأشاد: "VBD", محمد: "NNP", مرسي: "NNP" };
    const text =
      "عنوان\nوكان قرار مرسي مفاجئا.\nوأشاد حزب الوفد بالقرار الأمريكي.\nجملة أولى.\nجملة ثانية.\nجملة ثالثة.\nوأشاد حزب الوفد بالقرار.";
    expect(relations(text, lex)).toEqual(["person:حزب الوفد SUPPORTED USA"]);
  });
});

describe("describing an act as dangerous or bad", () => {
  it("condemns its author, in either spelling of the adjective", () => {
    const lex = { ووصفت: "VBD" };
    const text = "عنوان\nووصفت موسكو تصريحات واشنطن بأنها سيئة.\nووصفت طهران تحركات إسرائيل بأنها خطرة.";
    expect(relations(text, lex)).toEqual(["RUS CONDEMNED USA", "IRN CONDEMNED ISR"]);
  });
});

describe("an act whose agent a relative clause names", () => {
  it("reads 'الزيارة التي قام بها X لـ Y' and 'زيارة أداها X إلى Y' as X meeting Y, and leaves a planned one unsaid", () => {
    const lex = {
      وتحدثت: "VBD",
      الرسمية: "DTJJ",
      قامت: "VBD",
      أداها: "VBD",
      سيقوم: "VBP",
      وانتهت: "VBD",
      وقال: "VBD",
      أمس: "NN",
    };
    const text = [
      "عنوان",
      "وتحدثت الصحف عن الزيارة الرسمية التي قامت بها الحكومة الأردنية لتركيا أمس.",
      "وانتهت زيارة أداها الرئيس الروسي فلاديمير بوتين إلى الصين.",
      "وقال إن الزيارة التي سيقوم بها وزير الخارجية الإيراني إلى العراق مهمة.",
    ].join("\n");
    const out = relations(text, lex).filter((r) => !r.endsWith("expected"));
    expect(out).toEqual(["JOR-government MET TUR", "vladimir-putin MET CHN"]);
  });
});

describe("a body's remit after its adjective", () => {
  it("keeps 'للإعلام' in 'المجلس الوطني للإعلام', so it is not the national council the article named before", () => {
    const lex = { ورحب: "VBD", وانتقد: "VBD", الوطني: "DTJJ", للإعلام: "DTNN" };
    const text = ["عنوان", "ورحب المجلس الوطني السوري بالبيان.", "وانتقد المجلس الوطني للإعلام الحكومة الأردنية."].join(
      "\n",
    );
    const x = extractTagged(text, lex);
    expect(x.relations.map(show)).not.toContain("syrian-national-council CONDEMNED JOR-government");
    expect(x.actors.map((a) => a.nameAr)).toContain("المجلس الوطني للإعلام");
  });
});

describe("an act carried out by a light verb in a relative clause", () => {
  it("reads 'الدعوة التي وجهها X إلى Y لزيارة' as an invitation and 'المساعدات التي قدمتها X لـ Y' as aid", () => {
    const lex = {
      ورحب: "VBD",
      وجهتها: "VBD",
      لحضور: "NN",
      ووصلت: "VBD",
      قدمتها: "NN",
      أمس: "NN",
      المؤتمر: "DTNN",
    };
    const text = [
      "عنوان",
      "ورحب المغرب بالدعوة التي وجهتها قطر إلى إيران لحضور المؤتمر.",
      "ووصلت المساعدات التي قدمتها السعودية لليمن أمس.",
    ].join("\n");
    const out = relations(text, lex);
    expect(out).toContain("QAT INVITED IRN");
    expect(out).toContain("SAU SUPPLIED YEM");
  });
});

describe("a pluperfect subject named before 'قد'", () => {
  it("is the one who meets when a coordinated verb names only the other, and the owner of 'his' visit", () => {
    const lex = { وكان: "NN", قد: "RP", سبق: "VBD", والتقى: "VBD", زيارته: "NN", أوباما: "NN" };
    const text = ["عنوان", "وكان كيري قد سبق أوباما في زيارته للأردن، والتقى الملك عبد الله الثاني."].join("\n");
    const out = relations(text, lex);
    expect(out).toContain("john-kerry MET abdullah-ii");
    expect(out).toContain("john-kerry MET JOR");
    expect(out).not.toContain("barack-obama MET JOR");
  });
});

describe("acts promised or offered in exchange", () => {
  it("are expected, not done", () => {
    const lex = { وعدت: "VBD", بتشديد: "NN", العقوبات: "DTNNS" };
    const out = relations(["عنوان", "وعدت الوزيرة الحكومة بتشديد العقوبات الأمريكية على إيران."].join("\n"), lex);
    expect(out).toEqual(["USA SANCTIONED IRN expected"]);
  });
});

describe("an act's author in a present-tense relative clause after its adjective", () => {
  it("reads 'العقوبات الجديدة التي تفرضها X على Y' as X sanctioning Y", () => {
    const lex = { وأكد: "VBD", الغاية: "DTNN", العقوبات: "DTNNS", الجديدة: "DTJJ", تفرضها: "VBP", تجفيف: "NN" };
    const text = ["عنوان", "وأكد أن الغاية من العقوبات الجديدة التي تفرضها بريطانيا على سوريا تجفيف مواردها."];
    expect(relations(text.join("\n"), lex)).toContain("GBR SANCTIONED SYR reported");
  });
});

describe("the verbal noun of holding responsible", () => {
  it("reads 'سعت X إلى تحميل Y المسؤولية' as X accusing Y, and 'تحميل' without a responsibility as nothing", () => {
    const lex = { وسعت: "VBD", تحميل: "VBG", المسؤولية: "DTNN", الشحنة: "DTNN" };
    const out = relations(["عنوان", "وسعت واشنطن إلى تحميل السلطة الفلسطينية المسؤولية عن الفشل."].join("\n"), lex);
    expect(out).toEqual(["USA ACCUSED palestinian-authority"]);
    expect(relations(["عنوان", "وسعت واشنطن إلى تحميل السلطة الفلسطينية الشحنة."].join("\n"), lex)).toEqual([]);
  });
});

describe("a subject shared across coordinated verbs", () => {
  it("skips a verb with a counterpart after it and one after a comma, back to the verb that names the subject", () => {
    const lex = { وكان: "NN", قد: "RP", زار: "VBD", والتقى: "VBD", وأكد: "VBD", له: "NN", وحث: "VBD", الهدف: "DTNN" };
    const text = [
      "عنوان",
      "وكان كيري قد زار الأردن، والتقى نظيره الأردني ناصر جودة، وأكد له أن الهدف واضح، وحث في ذات الوقت الجانب الإسرائيلي على التهدئة.",
    ].join("\n");
    const out = relations(text, lex);
    expect(out).toContain("john-kerry DEMANDED ISR reported");
    expect(out).not.toContain("nasser-judeh DEMANDED ISR");
  });
});

describe("foreign given names", () => {
  it("start a discovered person's name even when the tagger calls them common nouns", () => {
    const lex = { وانتقد: "VBD", كلود: "NN", بيرتران: "NNP" };
    const out = relations(["عنوان", "وانتقد كلود بيرتران الحكومة الفرنسية أمس."].join("\n"), lex);
    expect(out).toEqual(["person:كلود بيرتران CONDEMNED FRA-government"]);
  });
});

describe("a relative clause whose pronoun hangs on 'في' or 'خلال'", () => {
  it("has its own subject after the verb, not the noun before the relative pronoun", () => {
    const lex = { وهذه: "DT", هي: "PRP", المرة: "DTNN", التي: "WP", يزور: "VBP", فيها: "IN", وتذكر: "VBP" };
    const text = [
      "عنوان",
      "وهذه هي المرة الثالثة التي يزور فيها الرئيس الفرنسي إيمانويل ماكرون المغرب.",
      "وتذكر روسيا التي انتقدت فيها تركيا إسرائيل.",
    ].join("\n");
    const out = relations(text, lex);
    expect(out).toContain("emmanuel-macron MET MAR");
    expect(out).toContain("TUR CONDEMNED ISR");
    expect(out).not.toContain("RUS CONDEMNED ISR");
  });
});

describe("a title that names no actor, then its person after a comma", () => {
  it("makes the person the subject of the verb before the title", () => {
    const lex = {
      وطالب: "VBD",
      رئيس: "NN",
      الكتلة: "DTNN",
      البرلمانية: "DTJJ",
      لحزب: "NN",
      أمس: "NN",
      أحمد: "NNP",
      سعيد: "NNP",
    };
    const text = ["عنوان", 'وطالب رئيس الكتلة البرلمانية لحزب "النور"، أحمد سعيد، أمس، الحكومة المصرية بالاستقالة.'];
    expect(relations(text.join("\n"), lex)).toEqual(["person:أحمد سعيد DEMANDED EGY-government"]);
  });
});

describe("demands that someone step down or leave", () => {
  it("are put to the one who is to leave, and a word with 'بـ' after a definite head is no body's name", () => {
    const lex = { وطالبت: "VBD", بتنحي: "NN", ودعت: "VBD", رحيل: "NN", وطالب: "VBD", الحزب: "DTNN", برحيل: "NNP" };
    const text = [
      "عنوان",
      "وطالبت المعارضة السورية بتنحي الرئيس بشار الأسد.",
      "ودعت فرنسا إلى رحيل الرئيس بشار الأسد.",
      "وطالب الحزب برحيل الحكومة المصرية.",
    ].join("\n");
    // (The opposition is made from its nationality here, a discovered actor.)
    expect(relations(text, lex)).toEqual([
      "person:المعارضة السورية DEMANDED bashar-al-assad",
      "FRA DEMANDED bashar-al-assad",
    ]);
  });

  it("or to account for what they did", () => {
    const lex = { وطالبت: "VBD", بمحاسبة: "NN" };
    const text = ["عنوان", "وطالبت الحكومة السورية بمحاسبة رئيس الوزراء التركي رجب طيب أردوغان."].join("\n");
    expect(relations(text, lex)).toEqual(["SYR-government DEMANDED recep-tayyip-erdogan"]);
  });
});

describe("a given name spelt with the article's letters", () => {
  it("opens a name ('الكسندر باستريكين'), and the family name alone is that person later", () => {
    const lex = { وقال: "VBD", الكسندر: "DTNN", باستريكين: "NNP", وحث: "VBD", التهدئة: "DTNN" };
    const text = [
      "عنوان",
      "وقال رئيس اللجنة، الكسندر باستريكين، إن الأمر خطير.",
      "وحث الكرملين باستريكين على التهدئة.",
    ].join("\n");
    expect(relations(text, lex)).toEqual(["kremlin DEMANDED person:الكسندر باستريكين"]);
  });
});

describe("praise of a country's elections or democracy", () => {
  it("supports the country its adjective names", () => {
    const lex = { وأشادت: "VBD", بالانتخابات: "DTNNS", الليبية: "DTJJ", وانتقد: "VBD", الديمقراطية: "DTNN" };
    const text = ["عنوان", "وأشادت كاثرين آشتون بالانتخابات الليبية.", "وانتقد الرئيس الفرنسي الديمقراطية الروسية."];
    expect(relations(text.join("\n"), lex)).toEqual(["catherine-ashton SUPPORTED LBY", "FRA CONDEMNED RUS"]);
  });
});

describe("the president named before, then by his title alone", () => {
  it("is the one who goes on 'حيث التقى X', and who speaks in 'وقال الرئيس إنه/NNP'", () => {
    const lex = {
      استقبل: "VBD",
      وتوجه: "NN",
      الرئيس: "DTNN",
      حيث: "WRB",
      التقى: "VBD",
      وقال: "NN",
      إنه: "NNP",
      بحث: "VBD",
    };
    const text = [
      "عنوان",
      "استقبل الرئيس عبدربه منصور هادي السفير الأمريكي في صنعاء.",
      "وتوجه الأخ الرئيس إلى مقر إقامته حيث التقى نائب الرئيس الأمريكي جو بايدن.",
      "وقال الرئيس إنه بحث مع بايدن العلاقات الثنائية.",
    ].join("\n");
    const out = relations(text, lex);
    expect(out).toContain("abdrabbuh-mansur-hadi MET joe-biden");
    expect(out).toContain("abdrabbuh-mansur-hadi MET joe-biden reported");
  });

  it("does not visit in 'the last quarter of the current year': that visit is still to come", () => {
    const lex = { وتطرق: "VBD", زيارة: "NN", الأخير: "DTJJ", الجاري: "DTJJ" };
    const text = ["عنوان", "وتطرق الحوار إلى زيارة الرئيس هادي إلى الولايات المتحدة في الربع الأخير من العام الجاري."];
    expect(relations(text.join("\n"), lex)).toEqual(["abdrabbuh-mansur-hadi MET USA expected"]);
  });
});

describe("a spokesperson in construct with a body", () => {
  it("speaks for the body ('ناطق حركة X')", () => {
    const lex = { ودعا: "VBD", ناطق: "NN", حركة: "NN", حماس: "NNP" };
    const text = ["عنوان", "ودعا ناطق حركة حماس الحكومة المصرية إلى الحوار."].join("\n");
    expect(relations(text, lex)).toEqual(["hamas DEMANDED EGY-government"]);
  });
});

describe("a party's statement", () => {
  const lex = {
    وأشاد: "VBD",
    بيان: "NN",
    لحزب: "NN",
    الأمانة: "DTNN",
    العامة: "DTJJ",
    الاستقلال: "DTNN",
    بقرار: "NN",
    رئيس: "NN",
    الكتلة: "DTNN",
    البرلمانية: "DTJJ",
    وانتقد: "VBD",
    الحكومة: "DTNN",
  };

  it("stands for the party named with 'لـ' ('بيان لحزب X')", () => {
    const text = ["عنوان", "وأشاد بيان لحزب الاستقلال بقرار الملك محمد السادس."].join("\n");
    expect(relations(text, lex)).toEqual(["person:حزب الاستقلال SUPPORTED mohammed-vi"]);
  });

  it("but 'لحزب X' after a title is what the title belongs to, not a group acting", () => {
    const text = ["عنوان", "وانتقد رئيس الكتلة البرلمانية لحزب الاستقلال الحكومة المغربية."].join("\n");
    expect(relations(text, lex)).not.toContain("person:حزب الاستقلال CONDEMNED MAR-government");
  });
});

describe("an officer named by rank and grade", () => {
  const lex = {
    التقى: "VBD",
    وأكد: "VBD",
    الفريق: "DTNN",
    أول: "ADJ_NUM",
    حسين: "NNP",
    القبيل: "DTNN",
    رئيس: "NN",
    هيئة: "NN",
    الأركان: "DTNN",
    العامة: "DTJJ",
    استقباله: "NN",
    أهمية: "NN",
  };

  it("keeps a family name the tagger calls a common noun, after 'الفريق أول'", () => {
    const text = ["عنوان", "التقى وزير الخارجية المصري سامح شكري الفريق أول حسين القبيل في القاهرة."].join("\n");
    expect(relations(text, lex)).toEqual(["sameh-shoukry MET person:حسين القبيل"]);
  });

  it("reads the whole title chain with the grade as the officer's mention", () => {
    const text = [
      "عنوان",
      "وأكد ولي العهد الأمير سلمان بن عبدالعزيز خلال استقباله اليوم رئيس هيئة الأركان العامة الفريق أول حسين القبيل أهمية التعاون.",
    ].join("\n");
    expect(relations(text, lex)).toEqual(["king-salman MET person:حسين القبيل reported"]);
  });
});

describe("a compound given name 'عبد ال…'", () => {
  it("takes the family name after it even when the tagger calls it an adjective", () => {
    const lex = { واتهم: "VBD", عبد: "NNP", الرازق: "DTNNP", مقري: "JJ", الحكومة: "DTNN", الجزائرية: "DTJJ" };
    const text = ["عنوان", "واتهم عبد الرازق مقري الحكومة الجزائرية بتزوير الانتخابات."].join("\n");
    expect(relations(text, lex)).toEqual(["person:عبد الرازق مقري ACCUSED DZA-government"]);
  });
});

describe("a short form that is also a given name", () => {
  const lex = { التقى: "VBD", وقال: "VBD", محمود: "NNP", حسين: "NNP", عبدالرازق: "NNP", غزة: "NNP" };

  it("starts someone else's name when a proper noun follows it", () => {
    const text = [
      "عنوان",
      "التقى محمود حسين وفد حركة حماس في القاهرة.",
      "وقال حسين عبدالرازق إن قرار الحكومة المصرية يعد تحديا صارخا للقضاء.",
    ].join("\n");
    expect(relations(text, lex)).toEqual([
      "person:محمود حسين MET hamas",
      "person:حسين عبدالرازق CONDEMNED EGY-government reported",
    ]);
  });
});

describe("a future verb the tagger calls a proper noun", () => {
  it("puts the visit its subject makes to come", () => {
    const lex = { سيغادر: "NNP", المرزوقي: "DTNNP", لزيارته: "NN", ليون: "NNP" };
    const text = ["عنوان", "كما سيغادر المرزوقي في اليوم الثالث لزيارته لفرنسا إلى ليون."].join("\n");
    expect(relations(text, lex)).toEqual(["moncef-marzouki MET FRA expected"]);
  });
});

describe("topics before 'فقد'", () => {
  it("are each the subject, the second after a strong title with its conjunction, the first after a place's name", () => {
    const lex = { نيويورك: "NNP", أندرو: "NNP", كومو: "NNP", هاري: "NNP", ريد: "NNP", فقد: "VBD", رومني: "NNP" };
    const text = ["عنوان", "أما حاكم ولاية نيويورك أندرو كومو والسناتور هاري ريد فقد انتقدا رومني بقسوة."].join("\n");
    expect(relations(text, lex)).toEqual([
      "person:أندرو كومو CONDEMNED mitt-romney",
      "person:هاري ريد CONDEMNED mitt-romney",
    ]);
  });
});

describe("rejecting an act named by an indefinite noun and its author", () => {
  it("rejects the author of a ban or request whose verb carries it, whatever the verb's tag", () => {
    const lex = { رفضت: "VBD", فرضته: "NN", قدمته: "VBD" };
    expect(relations("عنوان\nرفضت كوبا حظرا فرضته الولايات المتحدة على تجارتها.", lex)).toEqual(["CUB REJECTED USA"]);
    expect(relations("عنوان\nرفضت كوبا طلبا قدمته فرنسا أمس.", lex)).toEqual(["CUB REJECTED FRA"]);
    // An indefinite noun without a verb carrying it is the object itself: nothing of France's is rejected.
    expect(relations("عنوان\nرفضت كوبا طلبا جديدا فرنسا.", lex)).toEqual([]);
  });
});

describe("dismay and regret", () => {
  it("voiced at someone's act condemn its author, never the target of a downing or the victim of a killing", () => {
    const lex = { وأبدى: "VBD", أعرب: "VBD" };
    expect(relations("عنوان\nوأبدى الاتحاد الأوروبي استغرابه لقرار الحكومة المغربية.", lex)).toEqual([
      "eu CONDEMNED MAR-government",
    ]);
    expect(relations("عنوان\nأعرب الاتحاد الأوروبي عن أسفه لقرار روسيا.", lex)).toEqual(["eu CONDEMNED RUS"]);
    expect(relations("عنوان\nأعرب الاتحاد الأوروبي عن أسفه لمقتل السفير الروسي.", lex)).toEqual([]);
  });
});

describe("bodies named by common words alone", () => {
  const lex = { انتقد: "VBD", وطالب: "VBD" };
  const names = (text: string): [string, string | undefined][] =>
    extractTagged(text, lex)
      .actors.filter((a) => a.discovered)
      .map((a) => [a.name, a.parent]);

  it("belong to the country the article is plainly about, and are told apart from another country's", () => {
    const text = [
      "عنوان",
      "انتقد مجلس الأعيان قرار حكومة الأردن. وقال إن الأردن يمر بأزمة وإن على الأردن أن يتحرك.",
      "وطالب مجلس الأعيان الحكومة بالاستقالة.",
    ].join("\n");
    const found = names(text);
    expect(found).toContainEqual([expect.stringMatching(/\(Jordan\)$/), "JOR"]);
    const other = names(text.replaceAll("الأردن", "الكويت"));
    expect(other).toContainEqual([expect.stringMatching(/\(Kuwait\)$/), "KWT"]);
    const id = (t: string) => extractTagged(t, lex).actors.find((a) => a.discovered)?.id;
    expect(id(text)).not.toEqual(id(text.replaceAll("الأردن", "الكويت")));
  });

  it("belong to no country when the article is about two, or when they are international", () => {
    const two = "عنوان\nانتقد مجلس الأعيان قرار الأردن. وقال إن الكويت تدعم الأردن وإن الكويت تدعم الأردن.";
    expect(names(two)).toContainEqual([expect.not.stringMatching(/\(/), undefined]);
    const international = "عنوان\nانتقدت القوات الدولية الأردن. وقال إن الأردن يمر بأزمة وإن على الأردن أن يتحرك.";
    expect(names(international).every(([, parent]) => parent === undefined)).toBe(true);
  });
});

describe("a counterpart of a head of state", () => {
  const lex = { استقبل: "VBD", هولاند: "NNP" };
  it("is the holder of the same office in the other state whom the story names", () => {
    const text = ["عنوان", "وصل الرئيس الفرنسي فرانسوا هولاند إلى تونس.", "استقبل المرزوقي نظيره الفرنسي في القصر."];
    expect(relations(text.join("\n"), lex)).toContain("moncef-marzouki MET francois-hollande");
  });
  it("stays the state in a story without a date that names no holder", () => {
    expect(relations("عنوان\nاستقبل المرزوقي نظيره الفرنسي في القصر.", lex)).toEqual(["moncef-marzouki MET FRA"]);
  });
});

describe("subjects coordinated after the verb, acting on 'him'", () => {
  it("each welcome his act", () => {
    const lex = { أعلن: "VBD", ورحبت: "VBD", مناف: "NNP", طلاس: "NNP", وواشنطن: "NNP", بانشقاقه: "NN" };
    const text = ["عنوان", "أعلن العميد مناف طلاس انشقاقه عن الجيش.", "ورحبت فرنسا وواشنطن بانشقاقه."].join("\n");
    expect(relations(text, lex)).toEqual(["FRA SUPPORTED manaf-tlass", "USA SUPPORTED manaf-tlass"]);
  });
});

describe("a foreign name spelt again with a long vowel more or less", () => {
  const lex = { أكد: "VBD", توماس: "NNP", دي: "NNP", ميزيير: "NNP", ميزير: "NNP", وصل: "VBD", السيد: "NNP" };
  it("is the person named before, when only one short form has its skeleton", () => {
    const text = [
      "عنوان",
      "أكد الوزير الألماني توماس دي ميزيير تحسن الوضع.",
      "وكان دي ميزير قد وصل إلى كابول في زيارة.",
    ];
    expect(relations(text.join("\n"), lex)).toEqual(["person:توماس دي ميزيير MET AFG"]);
  });
  it("never reads a word with the article so", () => {
    const text = ["عنوان", "أكد الرئيس بشار الأسد تحسن الوضع.", "وكان السيد قد وصل إلى كابول في زيارة."];
    expect(relations(text.join("\n"), lex)).toEqual([]);
  });
});

describe("the Westerners", () => {
  it("are the West as one side", () => {
    const lex = { واتهم: "VBD", الأسد: "DTNNP" };
    expect(relations("عنوان\nواتهم الرئيس بشار الأسد الغربيين بدعم المعارضة المسلحة.", lex)).toContain(
      "bashar-al-assad ACCUSED western-powers",
    );
  });
});

describe("appositions between the subject and the object", () => {
  const lex = {
    طالب: "VBD",
    وثمن: "VBD",
    سامر: "NNP",
    الخطيب: "DTNNP",
    النائب: "DTNN",
    في: "IN",
    المجلس: "DTNN",
    التشريعي: "DTJJ",
    الفلسطيني: "DTJJ",
    عضو: "NN",
    الثوري: "DTJJ",
    حركة: "NN",
    فتح: "NNP",
    عاليا: "NN",
    الحكومة: "DTNN",
    المصرية: "DTJJ",
    الدور: "DTNN",
    القطري: "DTJJ",
  };
  it("passes a role held 'in' a body, and a definite noun after the role's adjectives starts the object", () => {
    const text = "عنوان\nطالب سامر الخطيب النائب في المجلس التشريعي الفلسطيني الحكومة المصرية بفتح المعبر.";
    expect(relations(text, lex)).toEqual(["person:سامر الخطيب DEMANDED EGY-government"]);
  });

  it("passes two roles in a row, a group's name with a clitic-like first letter, and an adverb", () => {
    const text =
      "عنوان\nوثمن سامر الخطيب النائب في المجلس التشريعي الفلسطيني عضو المجلس الاستشاري في حركة فتح عاليا الدور التركي.";
    expect(relations(text, { ...lex, الاستشاري: "DTJJ", التركي: "DTJJ" })).toEqual([
      "person:سامر الخطيب SUPPORTED TUR",
    ]);
  });
});

describe("a foreign name repeated in full, and 'I met' in a quotation", () => {
  const lex = {
    قال: "VBD",
    وذكر: "VBD",
    جون: "NNP",
    فيليكس: "NNP",
    باغنون: "NNP",
    التقيت: "VBD",
    باريس: "NNP",
    الرئيس: "DTNN",
    المالي: "DTJJ",
    دياكوندا: "NNP",
    تراوري: "NNP",
  };
  it("reads the name as the one person named before, and his 'I met in Paris' as his meeting", () => {
    const text =
      "عنوان\nقال جون فيليكس باغنون إن الحل قريب.\nوذكر جون فيليكس باغنون أن الحل يجب أن يكون سياسيا، مضيفا ''لقد التقيت في باريس أمس الرئيس المالي دياكوندا تراوري''.";
    const x = extractTagged(text, lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual([
      "جون فيليكس باغنون",
      "دياكوندا تراوري",
    ]);
    expect(x.relations.map(show)).toEqual(["person:جون فيليكس باغنون MET person:دياكوندا تراوري reported"]);
  });
});

describe("'him' after a man's statement, and 'الحاج' inside a name", () => {
  const lex = {
    وكان: "VBD",
    قال: "VBD",
    وأيده: "NNP",
    علي: "NNP",
    حسن: "NNP",
    خليل: "NNP",
    الوزيران: "DTNNS",
    محمد: "NNP",
    فنيش: "NNP",
    وحسين: "NNP",
    الحاج: "DTNNP",
  };
  it("reads 'وأيده' as support of the man whose quotation ran over two sentences", () => {
    const text =
      'عنوان\nوكان الوزير علي حسن خليل قال "إن الطريق يجب أن يفتح. وليس مقبولا أن تبقى مغلقة".\nوأيده الوزيران محمد فنيش وحسين الحاج حسن.';
    const x = extractTagged(text, lex);
    expect(x.relations.map(show)).toEqual(["person:محمد فنيش SUPPORTED ali-hassan-khalil"]);
    expect(x.actors.map((a) => a.nameAr)).toContain("حسين الحاج حسن");
  });
});

describe("a group's claim of an attack", () => {
  const lex = { وأعلنت: "VBD", القسام: "DTNNP", مسؤوليتها: "VN", إطلاق: "NN", صواريخ: "NN", على: "IN" };
  it("reads 'its' responsibility as the group's (a broken plural takes 'ها') and passes what was fired", () => {
    const text = "عنوان\nوأعلنت كتائب القسام، الجناح العسكري لحركة حماس، مسؤوليتها عن إطلاق صواريخ على تل أبيب.";
    expect(relations(text, lex)).toEqual(["qassam-brigades ATTACKED ISR reported"]);
  });
});

describe("a woman named by her husband's family name", () => {
  const lex = { اختطف: "VBD", أحمد: "NNP", عبدالغفور: "NNP", السامرائي: "DTNNP", وقالت: "VBD", وطالبت: "VBD" };
  it("is not the man, and a feminine verb after her never has him as its subject", () => {
    const text =
      "عنوان\nواتهم السيد أحمد عبدالغفور السامرائي الحكومة العراقية بالتقصير.\nوقالت السيدة السامرائي إن زوجها بريء، كما وطالبت الحكومة العراقية بكشف مصيره.";
    expect(relations(text, lex)).toEqual(["person:أحمد عبدالغفور السامرائي ACCUSED IRQ-government"]);
  });
});

describe("a meeting in a relative clause", () => {
  const lex = {
    وقال: "VBD",
    وأشاد: "VBD",
    لوران: "NNP",
    فابيوس: "NNP",
    زارها: "VBD",
    التقاه: "VBD",
    حسن: "NNP",
    روحاني: "NNP",
  };
  it("is between the noun the clause describes and the subject of the verb before it", () => {
    const text =
      "عنوان\nوقال وزير الخارجية الفرنسي لوران فابيوس من طهران التي زارها أمس إن المحادثات كانت بناءة.\nوأشاد الرئيس الإيراني حسن روحاني بالوزير الفرنسي لوران فابيوس الذي التقاه في طهران أمس.";
    const out = relations(text, lex);
    expect(out).toContain("laurent-fabius MET IRN reported");
    expect(out).toContain("hassan-rouhani MET laurent-fabius");
  });
});

describe("assaults carried out", () => {
  it("reads 'نفذ اعتداءات على' as an attack on the one named after 'على'", () => {
    const out = relations("عنوان\nونفذ الجيش الإسرائيلي اعتداءات على لبنان.", { ونفذ: "VBD", اعتداءات: "NNS" });
    expect(out).toEqual(["ISR-army ATTACKED LBN"]);
  });
});

describe("an attack named again by what it struck", () => {
  const lex = { وأسقطت: "VBD", ووصفت: "VBD", هيلاري: "NNP", كلينتون: "NNP", إسقاط: "NN", الطائرة: "DTNN" };
  it("stands for the attacker of the sentence before, and the bare act noun too", () => {
    const text =
      "عنوان\nوأسقطت الدفاعات الجوية السورية طائرة حربية تركية قبالة الساحل.\nووصفت وزيرة الخارجية الأمريكية هيلاري كلينتون إسقاط الطائرة بأنه عمل غير مقبول.\nوأدانت الجامعة العربية القصف.";
    expect(relations(text, { ...lex, وأدانت: "VBD" })).toEqual([
      "SYR ATTACKED TUR",
      "hillary-clinton CONDEMNED SYR",
      "arab-league CONDEMNED SYR",
    ]);
  });
});

describe("a stance of a body called by a feminine head", () => {
  it("is the body's, behind an opening quotation mark and an institution's name", () => {
    const lex = { وأكدت: "VBD", موقفها: "NN", الداعم: "DTJJ", لمؤسسة: "NN" };
    const text = "عنوان\nوأكدت كتلة المستقبل موقفها «الداعم لمؤسسة الجيش اللبناني والقوى الأمنية».";
    expect(relations(text, lex)).toEqual(["future-movement SUPPORTED LBN-army reported"]);
  });
});

describe("partners in a crime, coordinated with a conjunction written apart", () => {
  it("charges each of them, the last one quoted", () => {
    const lex = { وقال: "VBD", شركاء: "NN" };
    const text = 'عنوان\nوقال المعارض هيثم المالح إن "روسيا وإيران و"حزب الله" شركاء بهذه المذابح".';
    expect(relations(text, lex)).toEqual([
      "haitham-al-maleh ACCUSED RUS reported",
      "haitham-al-maleh ACCUSED IRN reported",
      "haitham-al-maleh ACCUSED hezbollah reported",
    ]);
  });
});

describe("groups named the way papers name them", () => {
  it("reads the Gulf states as the council, a country's Brotherhood as the Brotherhood, the Houthi movement as the Houthis", () => {
    const lex = { تدعم: "VBP", وأدانت: "VBD" };
    expect(relations("عنوان\nوهناك منظومة الدول الخليجية تدعم إخوان سوريا.", lex)).toEqual([
      "gcc SUPPORTED muslim-brotherhood",
    ]);
    expect(relations("عنوان\nوأدانت دول الخليج العربية الحركة الحوثية.", lex)).toEqual(["gcc CONDEMNED houthis"]);
  });
});

describe("a possessed verbal noun with definite adjectives before its object", () => {
  it("passes them, coordinated too", () => {
    const lex = {
      إيران: "NNP",
      لم: "RP",
      تكتف: "VBP",
      المعروفة: "DTJJ",
      القديمة: "DTJJ",
      الحركة: "DTNN",
      الحوثية: "DTJJ",
    };
    expect(relations("عنوان\nفإيران لم تكتف بدعمها ومساندتها المعروفة والقديمة للحركة الحوثية.", lex)).toEqual([
      "IRN SUPPORTED houthis",
    ]);
  });
});

describe("a name with a word that reads as a trigger", () => {
  it("is no trigger: 'دان' in 'دان حالوتس' condemns nobody", () => {
    const lex = { التقى: "VBD", دان: "NNP", حالوتس: "NNP" };
    const out = relations("عنوان\nالتقى رئيس الأركان الإسرائيلي السابق دان حالوتس الرئيس الأمريكي باراك أوباما.", lex);
    expect(out.filter((r) => r.includes("CONDEMNED"))).toEqual([]);
    expect(out).toContain("dan-halutz MET barack-obama");
  });
});

describe("an arrival named a stop on a journey", () => {
  it("is a visit; an aircraft's is nobody's", () => {
    const lex = { ووصلت: "VBD", كلينتون: "NNP", قادمة: "JJ" };
    expect(relations("عنوان\nووصلت كلينتون أمس إلى إسرائيل قادمة من مصر.", lex)).toEqual(["hillary-clinton MET ISR"]);
    expect(relations("عنوان\nووصلت الطائرة إلى مطار القاهرة قادمة من جدة.", lex)).toEqual([]);
  });
});

describe("a headline's speaker before a colon", () => {
  it("does what 'I' does after it", () => {
    const lex = { أوباما: "NNP", التقيت: "VBD", محمد: "NNP", مرسي: "NNP" };
    const text =
      "أوباما: التقيت الرئيس المصري محمد مرسي في نيويورك\nواشنطن - وكالات\nوقال أوباما إن المحادثات كانت مثمرة.";
    expect(relations(text, lex)).toEqual(["barack-obama MET mohamed-morsi"]);
  });
});

describe("what stands between a body and its object", () => {
  it("passes a participle relating it to another body and a partnership held in a coalition", () => {
    const lex = { انتقدت: "VBD", المنشقة: "DTJJ", عن: "IN", الشريك: "DTNN", في: "IN", الحاكم: "DTJJ", حمادي: "NNP" };
    const text =
      "عنوان\nانتقدت حركة «وفاء» المنشقة عن حزب التكتل الديمقراطي من أجل العمل والحريات الشريك في الائتلاف الحاكم رئيس الحكومة حمادي الجبالي.";
    // (The partnership names no crime: "الشريك في" is no charge of complicity.)
    expect(relations(text, lex)).toEqual(["person:حركة وفاء CONDEMNED hamadi-jebali"]);
  });
});

describe("a verb's form read as a noun after a called-for act", () => {
  it("is called for too, and a refusal of talks elsewhere is a rejection", () => {
    const lex = {
      وطالبت: "VBD",
      فرنسا: "NNP",
      عقوبات: "NNS",
      على: "IN",
      البنك: "DTNN",
      المركزي: "DTJJ",
      الإيراني: "DTJJ",
      ورفض: "NN",
      التعامل: "DTNN",
      ورفضت: "VBD",
    };
    expect(
      relations("عنوان\nوطالبت فرنسا بفرض عقوبات على البنك المركزي الإيراني ورفض التعامل معه نهائيا.", lex),
    ).toEqual([]);
    expect(relations("عنوان\nورفضت فرنسا التعامل مع سوريا.", lex)).toEqual(["FRA REJECTED SYR"]);
  });
});

describe("a preposition on a verbal noun after a title and a name", () => {
  it("is no word of the name, whatever its tag", () => {
    const lex = { وجهت: "VBD", هادي: "NNP", لزيارة: "NNP" };
    const x = extractTagged("عنوان\nووجهت باريس دعوة للرئيس هادي لزيارة فرنسا.", lex);
    expect(x.actors.map((a) => a.nameAr)).not.toContain("هادي لزيارة");
  });
});

describe("a masculine verb the tagger called a noun, before a body with a feminine head", () => {
  it("has the man who spoke before as its subject, the body as its object", () => {
    const lex = { وقال: "VBD", حمد: "NNP", جاسم: "NNP", ودعا: "NN", الجامعة: "DTNN", العربية: "DTJJ" };
    const text = "عنوان\nوقال حمد بن جاسم إن الوضع في سوريا خطير.\nودعا الجامعة العربية إلى التحرك العاجل.";
    expect(relations(text, lex)).toEqual(["hamad-bin-jassim DEMANDED arab-league"]);
  });
});

describe("'علي' between a given name and a family name", () => {
  it("is the name Ali, never the preposition it is spelt like once normalised", () => {
    const lex = { أكد: "VBD", جمعة: "NNP", محمد: "NNP", علي: "NNP", البورقيبي: "DTNNP" };
    const x = extractTagged("عنوان\nوأكد جمعة محمد علي البورقيبي أن الانتخابات مزورة.", lex);
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.nameAr)).toEqual(["جمعة محمد علي البورقيبي"]);
  });
});

describe("a cleric's office after his name", () => {
  it("is his title, never the one he praises", () => {
    const lex = { وأشاد: "VBD", أحمد: "NNP", الطيب: "DTNNP", شيخ: "NN", الأزهر: "DTNNP", مرسي: "NNP" };
    const text = "عنوان\nوأشاد فضيلة الشيخ أحمد الطيب شيخ الأزهر بالرئيس محمد مرسي.";
    expect(relations(text, lex)).toEqual(["ahmed-el-tayeb SUPPORTED mohamed-morsi"]);
  });
});

describe("an act governed by a verb of avoiding", () => {
  it("reads 'تجنبت X انتقاد Y' as a negated criticism, and 'انتقدت X Y' as one made", () => {
    const lex = { وتجنبت: "VBD", انتقاد: "NN", الحكومة: "DTNN", الجزائرية: "DTJJ", وانتقدت: "VBD" };
    const avoided = relations(["عنوان", "وتجنبت فرنسا انتقاد الحكومة الجزائرية."].join("\n"), lex);
    expect(avoided).toEqual(["FRA CONDEMNED DZA-government neg"]);
    const made = relations(["عنوان", "وانتقدت فرنسا الحكومة الجزائرية."].join("\n"), lex);
    expect(made).toEqual(["FRA CONDEMNED DZA-government"]);
  });
});

describe("a past verb form read as a noun between a noun phrase and a definite noun", () => {
  it("reads 'قررت X وقف التعاون مع Y' as stopping, no standing with Y; 'وقفت X مع Y' stays support", () => {
    const lex = { وقررت: "VBD", الحكومة: "DTNN", التونسية: "DTJJ", وقف: "NN", التعاون: "DTNN", مع: "NN", وقفت: "VBD" };
    expect(relations(["عنوان", "وقررت الحكومة التونسية وقف التعاون مع ليبيا."].join("\n"), lex)).toEqual([]);
    expect(relations(["عنوان", "ووقفت الحكومة التونسية مع ليبيا."].join("\n"), lex)).toEqual([
      "TUN-government SUPPORTED LBY",
    ]);
  });
});

describe("a future light verb the tagger reads as a noun", () => {
  it("reads 'أعلنت X أنها ستجري/NN محادثات مع Y' as talks expected, not held", () => {
    const lex = { وأعلنت: "VBD", أنها: "VBD", ستجري: "NN", محادثات: "NNS", مع: "NN", أجرت: "VBD" };
    expect(relations(["عنوان", "وأعلنت قطر أنها ستجري محادثات مع إيران."].join("\n"), lex)).toEqual([
      "QAT MET IRN expected",
    ]);
    expect(relations(["عنوان", "وأعلنت قطر أنها أجرت محادثات مع إيران."].join("\n"), lex)).toEqual([
      "QAT MET IRN reported",
    ]);
  });
});

describe("a verbal noun coordinated after a comma", () => {
  it("shares the future of the verb carrying the first ('ستواصل دعم …، والوقوف إلى جانب Y')", () => {
    const lex = { وأكد: "VBD", أن: "IN", ستواصل: "NNP", واصلت: "VBD", دعم: "NN", جهود: "NNS", والوقوف: "DTNN" };
    const text = (verb: string): string =>
      ["عنوان", `وأكد أن قطر ${verb} دعم جهود السلام، والوقوف إلى جانب الشعب الليبي.`].join("\n");
    expect(relations(text("ستواصل"), lex)).toContain("QAT SUPPORTED LBY-people expected");
    expect(relations(text("واصلت"), lex)).toContain("QAT SUPPORTED LBY-people reported");
  });
});

describe("a common noun after a titled given name", () => {
  it("is a verbal noun in construct, not a family name, before a definite noun ('الأمير سلمان دعم المملكة')", () => {
    const lex = { وأكد: "VBD", الأمير: "DTNN", سلمان: "NNP", دعم: "NN", السعودية: "DTNNP", للحكومة: "DTNN" };
    const out = relations(["عنوان", "وأكد الأمير سلمان دعم السعودية للحكومة اليمنية."].join("\n"), lex);
    expect(out).toContain("SAU SUPPORTED YEM-government reported");
  });

  it("is still a family name before a word that describes the person ('أحمد دراج القيادي بالجمعية')", () => {
    const lex = { يقول: "VBP", أحمد: "NNP", دراج: "NN", القيادي: "DTNN", وطالب: "VBD", بمحاسبة: "NN" };
    const text = ["عنوان", "يقول الدكتور أحمد دراج القيادي بالجمعية إن الزيارة خطأ.", "وطالب دراج بمحاسبة إسرائيل."];
    expect(extractTagged(text.join("\n"), lex).actors.map((a) => a.nameAr)).toContain("أحمد دراج");
  });
});

describe("a pronoun after a verb of saying whose subject is no actor", () => {
  it("refers to nobody ('وأعلنت الكتيبة أنها قصفت …'), never to the actor of the sentence before", () => {
    const lex = { واتهمت: "VBD", وأعلنت: "VBD", الكتيبة: "DTNN", أنها: "IN", قصفت: "VBD", مواقع: "NNS" };
    const text = ["عنوان", "واتهمت ليبيا مصر بدعم المتمردين.", "وأعلنت الكتيبة أنها قصفت مواقع للجيش المصري."];
    expect(relations(text.join("\n"), lex)).toEqual(["LBY ACCUSED EGY"]);
  });
});

describe("a rights body", () => {
  const lex = {
    طالبت: "VBD",
    الرابطة: "DTNN",
    التونسية: "DTJJ",
    للدفاع: "DTNN",
    عن: "IN",
    حقوق: "NN",
    الإنسان: "DTNN",
    لحقوق: "NN",
    العربية: "DTJJ",
    واتهمت: "VBD",
    بالتقصير: "DTNN",
  };

  it("is named with its cause in full, preposition and all, and 'الرابطة' is it again later", () => {
    const text = [
      "عنوان",
      "طالبت الرابطة التونسية للدفاع عن حقوق الإنسان الحكومة التونسية بفتح تحقيق.",
      "وكانت المنظمة العربية لحقوق الإنسان قد انتقدت الحكومة المصرية في تقريرها.",
      "واتهمت الرابطة وزارة الداخلية التونسية بالتقصير.",
    ].join("\n");
    expect(relations(text, lex)).toEqual([
      "person:الرابطة التونسية للدفاع عن حقوق الإنسان DEMANDED TUN-government",
      "person:المنظمة العربية لحقوق الإنسان CONDEMNED EGY-government",
      "person:الرابطة التونسية للدفاع عن حقوق الإنسان ACCUSED TUN-interior",
    ]);
  });
});

describe("talks begun", () => {
  const lex = { وقال: "VBD", إن: "IN", بدأ: "VBD", المفاوضات: "DTNNS", مع: "NN", ويتعين: "NNP", عليه: "NNP" };

  it("are talks held, the subject named first in a reported clause", () => {
    const text = "عنوان\nوقال مسؤول إن الاتحاد الأوروبي بدأ المفاوضات مع الحكومة المغربية منذ أشهر.";
    expect(relations(text, lex)).toEqual(["eu MET MAR-government reported"]);
  });

  it("are only urged when someone 'must' hold them, the one obliged a pronoun ('يتعين عليه')", () => {
    const text = "عنوان\nوقال الكاتب إن الرئيس باراك أوباما مطالب بالحزم، ويتعين عليه أن يجري مباحثات مع الصين.";
    expect(
      relations(text, { ...lex, يجري: "VBP", مباحثات: "NNS" }).filter((r) => !/expected|uncertain/.test(r)),
    ).toEqual([]);
  });
});

describe("armed groups and coalitions of later years", () => {
  it("are known by the short names the press uses ('الدعم السريع'، 'وحدات حماية الشعب')", () => {
    const lex = { واتهم: "VBD", الدعم: "DTNN", السريع: "DTJJ", بقصف: "NNP", وانتقدت: "VBD", وحدات: "NNS" };
    const text = [
      "عنوان",
      "واتهم الجيش السوداني الدعم السريع بقصف المدنيين في الخرطوم.",
      "وانتقدت تركيا وحدات حماية الشعب الكردية بشدة.",
    ].join("\n");
    expect(relations(text, lex)).toEqual(["SDN-army ACCUSED rsf-sudan", "TUR CONDEMNED ypg"]);
  });

  it("are attacked, not criticised, when their units are ('هاجمت تركيا وحدات …')", () => {
    const lex = { وهاجمت: "VBD", وحدات: "NNS", حماية: "NN", الشعب: "DTNN", الكردية: "DTJJ" };
    const text = "عنوان\nوهاجمت تركيا وحدات حماية الشعب الكردية في شمال سوريا.";
    expect(relations(text, lex)).toEqual(["TUR ATTACKED ypg"]);
  });
});

describe("a name with its last words in brackets", () => {
  it("is the dictionary's name all the same ('تنظيم (القاعدة)')", () => {
    const lex = { وأدانت: "VBD", تنظيم: "NN", "(": "NN", القاعدة: "DTNNP", ")": "VBD" };
    expect(relations("عنوان\nوأدانت الحكومة المصرية تنظيم (القاعدة) في بيان.", lex)).toEqual([
      "EGY-government CONDEMNED al-qaeda",
    ]);
  });
});

describe("a delegation's head", () => {
  it("meets whom the delegation meets, named after its body ('وفدا من حماس برئاسة هنية')", () => {
    const lex = { واستقبل: "NNP", وفدا: "NN", برئاسة: "NNP", إسماعيل: "NNP", هنية: "NNP", وزار: "VBD", وفد: "NN" };
    const text = [
      "عنوان",
      "واستقبل الرئيس التونسي المنصف المرزوقي وفدا من حركة حماس برئاسة إسماعيل هنية.",
      "وزار وفد من الكونغرس برئاسة جون ماكين القاهرة أمس.",
    ].join("\n");
    const out = relations(text, lex);
    expect(out).toContain("moncef-marzouki MET ismail-haniyeh");
    expect(out).toContain("john-mccain MET EGY");
  });
});

describe("wiping out a group ('قضى على')", () => {
  it("is an attack, never a court's sentence", () => {
    const lex = { وقضت: "VBD", القوات: "DTNNS", على: "IN", عناصر: "NN", المحكمة: "DTNN", بالسجن: "DTNN" };
    const text = [
      "عنوان",
      "وقضت القوات اليمنية على عناصر تنظيم القاعدة في أبين.",
      "وقضت المحكمة على الرئيس السابق حسني مبارك بالسجن المؤبد.",
    ].join("\n");
    expect(relations(text, lex)).toEqual(["YEM ATTACKED al-qaeda"]);
  });
});

describe("a denial with its own object", () => {
  const lex = { واتهم: "NNP", بالتدخل: "DTNN", لكن: "VBP", نفت: "VBD", ذلك: "DT", ورفضت: "NN", الاتهامات: "DTNNS" };

  it("does not reach a verb coordinated after it ('نفت ذلك ورفضت الاتهامات')", () => {
    const text = [
      "عنوان",
      "واتهم الرئيس اليمني عبد ربه منصور هادي إيران بالتدخل في شؤون اليمن.",
      "لكن إيران نفت ذلك ورفضت الاتهامات.",
    ].join("\n");
    expect(relations(text, lex)).toContain("IRN REJECTED abdrabbuh-mansur-hadi");
  });

  it("still reaches a verb coordinated inside the clause it denies", () => {
    const text = "عنوان\nونفى الكرملين أن يكون الرئيس بوتين التقى أوباما واتصل بالرئيس الفرنسي.";
    const own = { ونفى: "VBD", أن: "IN", يكون: "VBP", التقى: "VBD", واتصل: "VBD" };
    expect(relations(text, own).filter((r) => !r.includes(" neg"))).toEqual([]);
  });
});

describe("a rejection of 'that' in the next sentence", () => {
  const lex = { وطالب: "VBD", بالتنحي: "DTNN", لكن: "VBP", رفض: "VBD", نفت: "VBD", ذلك: "DT", واتهم: "NNP" };

  it("is the one addressed rejecting whoever demanded or charged", () => {
    const demanded = [
      "عنوان",
      "وطالب الرئيس الأمريكي باراك أوباما الرئيس السوري بشار الأسد بالتنحي.",
      "لكن الأسد رفض ذلك بشدة.",
    ].join("\n");
    expect(relations(demanded, lex)).toContain("bashar-al-assad REJECTED barack-obama");
    const charged = ["عنوان", "واتهم الرئيس اليمني عبد ربه منصور هادي إيران بالتدخل.", "لكن إيران نفت ذلك."];
    expect(relations(charged.join("\n"), lex)).toContain("IRN REJECTED abdrabbuh-mansur-hadi");
  });

  it("is no one's relation when someone else, not addressed, rejects it", () => {
    const other = ["عنوان", "واتهم الرئيس اليمني عبد ربه منصور هادي إيران بالتدخل.", "ورفضت مصر ذلك."];
    expect(relations(other.join("\n"), { ...lex, ورفضت: "VBD" }).filter((r) => r.includes("REJECTED"))).toEqual([]);
  });
});

describe("a name introduced as 'ما يسمى بـ'", () => {
  const lex = { وظلت: "VBD", اجتماعات: "NNS", ما: "WP", يسمى: "VBN", بالمجلس: "DTNN", وحركة: "NN", مستمرة: "JJ" };

  it("stands where 'ما' does, after a verbal noun as after a verb", () => {
    const met = "عنوان\nوظلت اجتماعات ما يسمى بالمجلس الوطني السوري وحركة حماس مستمرة في القاهرة.";
    expect(relations(met, lex)).toEqual(["syrian-national-council MET hamas"]);
    const welcomed = "عنوان\nورحب ما يسمى بالمجلس الوطني السوري بقرارات الجامعة العربية.";
    expect(relations(welcomed, { ...lex, ورحب: "VBD", بقرارات: "NNS" })).toEqual([
      "syrian-national-council SUPPORTED arab-league",
    ]);
  });
});

describe("a given name spelt like a country", () => {
  it("is the person's ('بليز كومباوري'), never Belize", () => {
    const lex = { وكان: "NN", البوركينابي: "DTJJ", بليز: "NNP", كومباوري: "NNP", يدعو: "VBP", لقطع: "NN" };
    const text = "عنوان\nوكان الرئيس البوركينابي بليز كومباوري يدعو حركة أنصار الدين لقطع علاقاتها مع الإرهابيين.";
    expect(relations(text, lex)).toEqual(["blaise-compaore DEMANDED ansar-dine"]);
  });
});

describe("the Sultan of Oman", () => {
  it("is Oman by his title alone, and the sultan with his name ('سلطان' is no given name here)", () => {
    const lex = { وتلقى: "VBD", سلطان: "NN", عمان: "NNP", قابوس: "NNP", اتصالا: "NN", هاتفيا: "JJ", واستقبل: "NNP" };
    const text = [
      "عنوان",
      "وتلقى سلطان عمان قابوس بن سعيد اتصالا هاتفيا من أمير الكويت.",
      "واستقبل سلطان عمان الرئيس الفرنسي.",
    ].join("\n");
    expect(relations(text, lex)).toEqual(["qaboos-bin-said MET KWT", "OMN MET FRA"]);
  });
});

describe("support given", () => {
  const lex = {
    وقدمت: "VBD",
    دعما: "NN",
    المعارضة: "DTNN",
    السورية: "DTJJ",
    وأعلنت: "VBD",
    تقديم: "NN",
    دعم: "NN",
    مالي: "JJ",
  };

  it("is support after a light verb, and financial support announced is aid", () => {
    expect(relations("عنوان\nوقدمت قطر دعما للمعارضة السورية.", lex)).toEqual([
      "QAT SUPPORTED person:المعارضة السورية",
    ]);
    expect(relations("عنوان\nوأعلنت قطر تقديم دعم مالي للمعارضة السورية.", lex)).toEqual([
      "QAT SUPPLIED person:المعارضة السورية reported",
    ]);
  });
});

describe("a sentence going on with the speaker of the one before, its subject dropped", () => {
  const lex = {
    وأكد: "VBD",
    أن: "IN",
    وانتقد: "NNP",
    والصين: "DTNNP",
    بشدة: "NN",
    وقالت: "VBD",
    إن: "IN",
    وأدانت: "VBD",
    الهجوم: "DTNN",
    الإسرائيلي: "DTJJ",
  };

  it("has him criticise the states after his verb, whatever the verb's tag ('وانتقد/NNP روسيا')", () => {
    const text = ["عنوان", "وأكد وزير الخارجية السعودي سعود الفيصل أن الوضع خطير.", "وانتقد روسيا والصين بشدة."];
    expect(relations(text.join("\n"), lex)).toEqual(["saud-al-faisal CONDEMNED RUS", "saud-al-faisal CONDEMNED CHN"]);
  });

  it("has him criticise them after 'كما' too", () => {
    const text = ["عنوان", "وأكد وزير الخارجية السعودي سعود الفيصل أن الوضع خطير.", "كما انتقد روسيا والصين."];
    expect(relations(text.join("\n"), { ...lex, كما: "RP", انتقد: "VBD" })).toEqual([
      "saud-al-faisal CONDEMNED RUS",
      "saud-al-faisal CONDEMNED CHN",
    ]);
  });

  it("has her condemn an act named by its author's nationality after an adverb ('وأدانت بشدة الهجوم الإسرائيلي')", () => {
    const text = ["عنوان", "وقالت الخارجية الأمريكية في بيان إن الوضع خطير.", "وأدانت بشدة الهجوم الإسرائيلي على غزة."];
    const out = relations(text.join("\n"), lex);
    expect(out).toContain("USA-mfa CONDEMNED ISR");
    expect(out).not.toContain("ISR CONDEMNED PSE");
  });
});

describe("bare 'المعارضة' backed by the article's own country", () => {
  it("is the opposition of the next country the article names, never the backer's own", () => {
    const lex = { قالت: "VBD", ستبقى: "NNP", وأكدت: "VBD", وقطعت: "VBD", علاقاتها: "NNP", ووفرت: "NNP", دعما: "NN" };
    const text = [
      "عنوان",
      "قالت تركيا إن تركيا ستبقى قوية، وأكدت أنقرة أن تركيا لن تتراجع.",
      "وقطعت تركيا علاقاتها مع سوريا ووفرت دعما للمعارضة.",
    ].join("\n");
    expect(relations(text, lex)).toContain("TUR SUPPORTED person:المعارضة السورية");
    expect(relations(text, lex).join(" ")).not.toContain("المعارضة التركية");
  });
});

describe("an obligation opening a quotation after a colon", () => {
  const lex = { وقال: "VBD", إن: "IN", وتابع: "NN", ":": "PUNC", على: "IN", أن: "IN", يرحل: "VBP" };

  it("is the speaker's demand, the speaker named before or going on ('وتابع: على الأسد أن يرحل')", () => {
    const text = [
      "عنوان",
      "وقال وزير الخارجية التركي أحمد داود أوغلو إن الوضع خطير.",
      "وتابع: على بشار الأسد أن يرحل.",
    ].join("\n");
    // (The demand is his own act, stated: asserted, as "وقال أوباما: ندين …" is.)
    expect(relations(text, lex)).toEqual(["ahmet-davutoglu DEMANDED bashar-al-assad"]);
  });

  it("is the headline's speaker's, named before the colon", () => {
    expect(relations("أوباما: على بشار الأسد أن يرحل\nنص الخبر.", lex)).toEqual([
      "barack-obama DEMANDED bashar-al-assad",
    ]);
  });
});

describe("an assassination claimed", () => {
  it("is the claimant's attack on the body of the one killed ('أعلن الجيش اغتيال قيادي في حزب الله')", () => {
    const lex = { وأعلن: "VBD", الجيش: "DTNN", الإسرائيلي: "DTJJ", اغتيال: "NN", قيادي: "NN", بارز: "JJ", في: "IN" };
    const text = "عنوان\nوأعلن الجيش الإسرائيلي اغتيال قيادي بارز في حزب الله.";
    expect(relations(text, lex)).toEqual(["ISR-army ATTACKED hezbollah reported"]);
  });
});

describe("a strike on a part of a city named with 'لـ'", () => {
  it("strikes the city's state ('غارات على الضاحية الجنوبية لبيروت')", () => {
    const lex = {
      وشنت: "VBD",
      المقاتلات: "DTNNS",
      غارات: "NNS",
      عنيفة: "JJ",
      على: "IN",
      الضاحية: "DTNN",
      الجنوبية: "DTJJ",
    };
    const text = "عنوان\nوشنت المقاتلات الإسرائيلية غارات عنيفة على الضاحية الجنوبية لبيروت.";
    expect(relations(text, { ...lex, الإسرائيلية: "DTJJ", بيروت: "NNP" })).toEqual(["ISR ATTACKED LBN"]);
  });
});

describe("press style with commas around a titled name", () => {
  it("has the name after the title's comma, past an honorific, for subject ('رئيس الجمهورية، السيد …،')", () => {
    const lex = { استقبل: "VBD", "،": "PUNC", السيد: "DTNN", عبد: "NNP", المجيد: "DTNNP", تبون: "NN", أمس: "NN" };
    const text = "عنوان\nاستقبل رئيس الجمهورية، السيد عبد المجيد تبون، أمس، وزير الخارجية الفرنسي.";
    expect(relations(text, { ...lex, الفرنسي: "DTJJ" })).toEqual(["abdelmadjid-tebboune MET FRA"]);
  });

  it("never takes the blessing after a ruler's name for a person ('نصره الله')", () => {
    const lex = { وأشاد: "NN", جلالة: "NN", محمد: "NNP", السادس: "ADJ_NUM", نصره: "NNP", الله: "NNP", بدور: "NNP" };
    const text = "عنوان\nوأشاد جلالة الملك محمد السادس، نصره الله، بدور الإمارات.";
    expect(relations(text, lex).join(" ")).not.toContain("نصره");
  });
});

describe("foreign ministers of 2021–2025", () => {
  it("are known by name ('يوسف رجي'، 'جان نويل بارو'، 'ديفيد لامي')", () => {
    const lex = { وتحادث: "VBD", يوسف: "NNP", رجي: "NNP", جان: "NNP", نويل: "NNP", بارو: "NNP", والتقى: "VBD" };
    const text = [
      "عنوان",
      "وتحادث وزير الخارجية اللبناني يوسف رجي مع نظيره الفرنسي جان نويل بارو.",
      "والتقى وزير الخارجية البريطاني ديفيد لامي نظيره الألماني يوهان فاديفول.",
    ].join("\n");
    expect(relations(text, { ...lex, ديفيد: "NNP", لامي: "NNP", يوهان: "NNP", فاديفول: "NNP" })).toEqual([
      "youssef-rajji MET jean-noel-barrot",
      "david-lammy MET johann-wadephul",
    ]);
  });
});

describe("people of a state named by its nationality", () => {
  it("are not that state acting on its own government ('طالب نواب فرنسيون حكومة بلادهم')", () => {
    const lex = { فيما: "RP", طالب: "VBD", نواب: "NNS", فرنسيون: "JJ", حكومة: "NN", بلادهم: "NNP", الاعتراف: "DTNN" };
    const text = "عنوان\nوقال الوزير إن الحوار مهم، فيما طالب نواب فرنسيون حكومة بلادهم الاعتراف بالمسؤولية.";
    expect(relations(text, lex).filter((r) => r.includes("DEMANDED"))).toEqual([]);
  });
});

describe("a welcome", () => {
  const lex = { ورحب: "VBD", بالرئيس: "DTNN", ترحيبا: "NN", حارا: "JJ", لزيارته: "NN", بقرار: "NNP" };

  it("of an act is support, of a guest on a visit a greeting and no support", () => {
    const text = [
      "عنوان",
      "ورحب الرئيس الأمريكي باراك أوباما بالرئيس المصري محمد مرسي ترحيبا حارا لزيارته واشنطن.",
      "ورحب الاتحاد الأوروبي بقرار الحكومة اليمنية.",
    ].join("\n");
    const out = relations(text, lex);
    expect(out).toContain("eu SUPPORTED YEM-government");
    expect(out.filter((r) => r.startsWith("barack-obama SUPPORTED"))).toEqual([]);
  });
});

describe("charges said to be without ground", () => {
  it("are rejected, their author's ('الاتهامات الأمريكية لا أساس لها من الصحة')", () => {
    const lex = { واعتبر: "NNP", أن: "IN", الاتهامات: "DTNNS", الأمريكية: "DTJJ", لا: "RP", أساس: "NN", لها: "NN" };
    const text = "عنوان\nواعتبر حزب الله أن الاتهامات الأمريكية لا أساس لها من الصحة.";
    expect(relations(text, lex)).toEqual(["hezbollah REJECTED USA"]);
  });
});

describe("a movement named by a date", () => {
  it("is the movement ('حركة 6 أبريل'), the date no name of its own", () => {
    const lex = { واتهمت: "NNP", حركة: "NN", "6": "CD", أبريل: "NN", وزارة: "NN", الداخلية: "DTNN", بقتل: "NNP" };
    const text = "عنوان\nواتهمت حركة 6 أبريل وزارة الداخلية المصرية بقتل المتظاهرين.";
    expect(relations(text, { ...lex, المصرية: "DTJJ" })).toEqual(["april-6-movement ACCUSED EGY-interior"]);
  });
});

describe("one's own office with 'بـ' between host and guest", () => {
  const lex = { واستقبل: "NNP", الملك: "DTNN", الثاني: "DTNNP", بمكتبه: "NNP", رئيس: "NN", الوزراء: "DTNN", في: "IN" };

  it("is where, alone or before the building and its city ('بمكتبه في قصر السلام بجدة')", () => {
    const text = [
      "عنوان",
      "واستقبل الملك عبد الله الثاني بمكتبه رئيس الوزراء الفلسطيني سلام فياض.",
      "واستقبل الرئيس المصري محمد مرسي بمكتبه في قصر الاتحادية بالقاهرة الرئيس اليمني عبد ربه منصور هادي.",
    ].join("\n");
    const own = { ...lex, الفلسطيني: "DTJJ", قصر: "NN", الاتحادية: "DTNN", بالقاهرة: "NNP", اليمني: "DTJJ" };
    expect(relations(text, own)).toEqual(["abdullah-ii MET salam-fayyad", "mohamed-morsi MET abdrabbuh-mansur-hadi"]);
  });
});

describe("congratulations received in a message", () => {
  it("are the sender's support of the receiver ('تلقى برقية تهنئة من …')", () => {
    const lex = { وتلقى: "VBD", برقية: "NN", تهنئة: "NN", من: "IN", العاهل: "DTNN", السعودي: "DTJJ" };
    const text = "عنوان\nوتلقى الرئيس اليمني عبد ربه منصور هادي برقية تهنئة من العاهل السعودي.";
    expect(relations(text, { ...lex, اليمني: "DTJJ" })).toEqual(["SAU SUPPORTED abdrabbuh-mansur-hadi"]);
  });
});

describe("an act after 'على' held to by a verb of commitment", () => {
  const lex = { وأكدت: "VBD", جماعة: "NN", الإخوان: "DTNN", المسلمين: "DTJJ", على: "IN", دعم: "NN", خيرت: "NNP" };
  it("is its subject's, the act's genitive its object ('أكدت الجماعة على دعم الشاطر')", () => {
    const text = "عنوان\nوأكدت جماعة الإخوان المسلمين على دعم خيرت الشاطر مرشحا.";
    expect(relations(text, { ...lex, الشاطر: "DTNNP" })).toEqual([
      "muslim-brotherhood SUPPORTED khairat-el-shater reported",
    ]);
  });
  it("is the owner's of a definite statement with 'لـ' ('أكدت التصريحات الرسمية للحزب على تأييد …')", () => {
    const own = { ...lex, التصريحات: "DTNNS", الرسمية: "DTJJ", لحزب: "NN", النور: "DTNN", تأييد: "NN", محمد: "NNP" };
    const text = "عنوان\nوأكدت التصريحات الرسمية لحزب النور على تأييد محمد مرسي.";
    expect(relations(text, { ...own, مرسي: "NNP" })).toEqual(["nour-party SUPPORTED mohamed-morsi reported"]);
    const called = { ودعا: "VBD", البيان: "DTNN", الختامي: "DTJJ", لحزب: "NN", النور: "DTNN", الحكومة: "DTNN" };
    const call = "عنوان\nودعا البيان الختامي لحزب النور الحكومة المصرية إلى الاستقالة.";
    expect(relations(call, { ...called, المصرية: "DTJJ" })).toEqual(["nour-party DEMANDED EGY-government"]);
  });
});
