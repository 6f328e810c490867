import { describe, expect, it } from "vitest";
import { assessModality } from "../../../src/extract/modality.js";
import { tokenize } from "../../../src/extract/tokens.js";
import { triples } from "./helpers.js";

describe("negation", () => {
  it.each([
    ["لم يلتق بوتين أردوغان.", "vladimir-putin MET recep-tayyip-erdogan neg"],
    ["ولم تدن الحكومة الصينية حركة حماس.", "CHN-government CONDEMNED hamas neg"],
    ["لا تدين الحكومة الصينية حركة حماس.", "CHN-government CONDEMNED hamas neg"],
    ["لن يزور بلينكن إسرائيل.", "antony-blinken MET ISR neg expected"],
    ["نفى الكرملين أن يكون بوتين قد التقى نتنياهو.", "vladimir-putin MET benjamin-netanyahu neg"],
    ["وأعلنت ألمانيا عدم تزويد أوكرانيا بالصواريخ.", "DEU SUPPLIED UKR neg reported"],
    ["وليس صحيحا أن بايدن اتصل بشي جين بينغ.", "joe-biden MET xi-jinping neg"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toEqual([expected]);
  });
  it("yields nothing rather than guess the agent of a negated verbal noun", () => {
    expect(triples("وغادر فيدان دون لقاء لافروف.")).toEqual([]);
  });
  it("scopes negation to its clause", () => {
    expect(triples("التقى وفد حماس مسؤولين روسا، لكنه لم يتواصل مع الكرملين.")).toEqual(["hamas MET RUS"]);
    expect(triples("أعربت فرنسا عن دعمها للبنان لكنها رفضت تزويده بالأسلحة.")).toEqual(["FRA SUPPORTED LBN"]);
  });
});

describe("warnings", () => {
  it("leave the act warned against uncertain, the warning itself a threat", () => {
    expect(triples("وحذرت الصين الولايات المتحدة من مغبة تزويد تايوان بأسلحة متطورة.")).toEqual([
      "CHN THREATENED USA",
      "USA SUPPLIED TWN uncertain",
    ]);
  });
});

describe("arrivals", () => {
  it("are visits only when the sentence says so", () => {
    expect(triples("ووصل الرئيس الفرنسي إلى بيروت في زيارة تستغرق يومين.")).toEqual(["FRA MET LBN"]);
    expect(triples("ولم يصل الوفد الإسرائيلي إلى القاهرة في زيارة كانت مقررة.")).toEqual(["ISR MET EGY neg"]);
    expect(triples("ووصل وزير الخارجية التركي إلى طهران أمس.")).toEqual([]);
  });
});

describe("words around the arguments", () => {
  it("never takes an adverb or a topic noun after a counterpart for a person's name", () => {
    expect(triples("وبحث وزير الخارجية المصري مع نظيره الأمريكي هاتفيا تطورات الأوضاع.")).toEqual(["EGY MET USA"]);
  });
  it("keeps condemnations of military acts apart from the verbal-attack sense of هاجم", () => {
    expect(triples("وأدانت البحرين الهجوم الحوثي على السفن التجارية.")).toEqual(["BHR CONDEMNED houthis"]);
    expect(triples("وشجبت الكويت الهجمات الإيرانية على المنشآت.")).toEqual(["KWT CONDEMNED IRN"]);
  });
  it("gives a declared stance to the declaring subject", () => {
    expect(triples("وأعلنت فرنسا دعمها للبنان في مواجهة الأزمة.")).toEqual(["FRA SUPPORTED LBN reported"]);
    expect(triples("وجددت مصر إدانتها للعدوان الإسرائيلي على غزة.")).toEqual(["EGY CONDEMNED ISR"]);
  });
  it("reads deliveries of munitions as supplies", () => {
    expect(triples("وسلمت الولايات المتحدة إسرائيل قنابل ثقيلة.")).toEqual(["USA SUPPLIED ISR"]);
  });
  it("reads a phone call to someone introduced by ب", () => {
    expect(triples("وأجرى ولي العهد السعودي اتصالا هاتفيا بالرئيس الإيراني.")).toEqual(["SAU MET IRN"]);
  });
  it("lets an intensifier stand between the verb and the condemned act", () => {
    expect(triples("وأدانت الإمارات بأشد العبارات الاعتداء الإسرائيلي على المخيم.")).toEqual(["ARE CONDEMNED ISR"]);
  });
});

describe("modality", () => {
  it.each([
    ["سيزور بلينكن القاهرة.", "antony-blinken MET EGY expected"],
    ["ومن غير المرجح أن تفرض الصين عقوبات على الولايات المتحدة.", "CHN SANCTIONED USA uncertain"],
    ["إذا التقى بوتين أردوغان فإن الأزمة قد تنتهي.", "vladimir-putin MET recep-tayyip-erdogan uncertain"],
    ["وفي حال زار بلينكن القاهرة سيبحث ملف غزة.", "antony-blinken MET EGY uncertain"],
    ["من المتوقع أن تقدم موسكو لإيران طائرات مقاتلة.", "RUS SUPPLIED IRN expected"],
    ["ومن المقرر أن يلتقي ماكرون شولتس.", "emmanuel-macron MET olaf-scholz expected"],
    ["وأرجأ بلينكن زيارة كانت مقررة. والتقى فيدان لافروف غدا.", "hakan-fidan MET sergey-lavrov expected"],
    ["وليس من الواضح ما إذا كان أردوغان قد التقى بوتين.", "recep-tayyip-erdogan MET vladimir-putin uncertain"],
    ["وقد يلتقي غوتيريش زيلينسكي.", "antonio-guterres MET volodymyr-zelensky uncertain"],
    ["وقالت وكالة الأنباء إن نتنياهو اتصل ببايدن.", "benjamin-netanyahu MET joe-biden reported"],
    ["وبحسب مصادر، التقى فيدان فيصل بن فرحان.", "hakan-fidan MET faisal-bin-farhan reported"],
    ["وقد التقى فيدان لافروف.", "hakan-fidan MET sergey-lavrov"],
    ["وتم تأجيل زيارة بلينكن إلى أنقرة.", "antony-blinken MET TUR expected"],
    ["وأُلغيت زيارة بلينكن إلى أنقرة.", "antony-blinken MET TUR expected"],
    ["وربما التقى فيدان لافروف سرا.", "hakan-fidan MET sergey-lavrov uncertain"],
    ["أجرى فيدان بصورة غير معلنة محادثات مع لافروف.", "hakan-fidan MET sergey-lavrov"],
    ["يذكر أن أردوغان كان قد التقى بوتين.", "recep-tayyip-erdogan MET vladimir-putin"],
    // What one must or should do is urged, not done.
    ["ويجب أن يلتقي أردوغان بوتين.", "recep-tayyip-erdogan MET vladimir-putin expected"],
    ["وينبغي أن تفرض الصين عقوبات على روسيا.", "CHN SANCTIONED RUS expected"],
    // A hint states nothing plainly.
    ["وألمح بلينكن إلى تحميل روسيا المسؤولية.", "antony-blinken ACCUSED RUS uncertain"],
    // … never the frame it was hinted in.
    ["وألمح بلينكن في لقائه مع لافروف إلى أن الأزمة ستطول.", "antony-blinken MET sergey-lavrov"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toEqual([expected]);
  });
});

describe("meetings not yet held", () => {
  it("are expected when something must come before them", () => {
    const tokens = tokenize("لن تطلق إسرائيل الأسرى قبل عقد لقاء بين نتنياهو وعباس");
    const at = tokens.findIndex((t) => t.n === "لقاء");
    const result = assessModality({ tokens, at, clauseStart: 0, clauseEnd: tokens.length, future: false, noun: true });
    expect(result.modality).toBe("expected");
  });
});
