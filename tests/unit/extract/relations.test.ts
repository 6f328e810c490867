import { describe, expect, it } from "vitest";
import { extract, triples } from "./helpers.js";

describe("relations: word order and constructions", () => {
  it.each([
    [
      "VSO with adverbs between verb and subject",
      "اتهمت روسيا، الجمعة، الاستخبارات الأوكرانية بالوقوف وراء الهجوم.",
      ["RUS ACCUSED UKR-intelligence"],
    ],
    ["SVO headline", "روسيا تتهم الاستخبارات الأوكرانية بقتل جنرال", ["RUS ACCUSED UKR-intelligence"]],
    ["SVO after أن", "وذكر بيسكوف أن وفد حماس التقى ممثلين من وزارة الخارجية الروسية.", ["hamas MET RUS-mfa reported"]],
    [
      "coordinated verb shares the subject",
      "حثت تل أبيب روسيا على طرد الوفد، ووصفت دعوته إلى موسكو بأنها مؤسفة.",
      ["ISR DEMANDED RUS", "ISR CONDEMNED RUS"],
    ],
    ["passive summon", "تم استدعاء السفير الروسي لدى إسرائيل إلى وزارة الخارجية.", ["ISR CONDEMNED RUS"]],
    ["active summon", "استدعت وزارة الخارجية الإيرانية السفير البريطاني في طهران.", ["IRN-mfa CONDEMNED GBR"]],
    ["invitation noun with purpose", "دافعت روسيا عن قرار دعوة وفد من حركة حماس لزيارة موسكو.", ["RUS INVITED hamas"]],
    [
      "invitation noun with genitive inviter",
      "وأشار إلى أن دعوة روسيا لحماس للزيارة كانت رسالة.",
      ["RUS INVITED hamas reported"],
    ],
    ["invitation verb", "دعا الرئيس الصيني شي جين بينغ الرئيس المصري لزيارة بكين.", ["xi-jinping INVITED EGY"]],
    ["call, not invitation", "دعت قطر جميع الأطراف إلى ضبط النفس.", []],
    ["visit noun", "وأثارت زيارة أبو مرزوق لموسكو إدانة شديدة.", ["mousa-abu-marzouk MET RUS"]],
    ["light verb", "وقبل اللقاء، أجرى أبو مرزوق محادثات، الخميس، مع مسؤولين روس.", ["mousa-abu-marzouk MET RUS"]],
    [
      "frame: during the meeting with X, Y said",
      "وخلال اللقاء مع القيادي في حركة حماس، موسى أبو مرزوق، أكد نائب وزير الخارجية الإيراني، علي باقري خاني، على ضرورة وقف إطلاق النار.",
      ["ali-bagheri-kani MET mousa-abu-marzouk"],
    ],
    ["reciprocal with coordinated subjects", "واجتمع ممثلو روسيا وإيران معا.", ["RUS MET IRN"]],
    [
      "مع كل من X و Y",
      "التقى بلينكن مع كل من السيسي والعاهل الأردني.",
      ["antony-blinken MET abdel-fattah-el-sisi", "antony-blinken MET JOR"],
    ],
    ["city as actor vs place", "اتخذت موسكو قرارا وفي موسكو التقى فيدان لافروف.", ["hakan-fidan MET sergey-lavrov"]],
    [
      "object on the head noun's preposition",
      "نددت حركة حماس بتصريحات نتنياهو.",
      ["hamas CONDEMNED benjamin-netanyahu"],
    ],
    [
      "act noun with nationality",
      "دانت جامعة الدول العربية الغارات الإسرائيلية على لبنان.",
      // The raids it condemns are stated as having happened: Israel attacked Lebanon.
      ["arab-league CONDEMNED ISR", "ISR ATTACKED LBN"],
    ],
    ["hold responsible", "وحمّلت السلطات الروسية أوكرانيا مسؤولية مقتل الجنرال.", ["RUS ACCUSED UKR"]],
    ["supply with recipient", "وقد زودت إيران، موسكو، بمئات الطائرات المسيرة.", ["IRN SUPPLIED RUS"]],
    ["background war nouns are not events", "وانتقل العديد من الروس إلى إسرائيل بعد غزو بوتين لأوكرانيا.", []],
    ["no relation without a named object", "ولم تقدم المتحدثة باسم الخارجية الروسية تفاصيل.", []],
    ["a demand for an action has no addressee", "ودعت إسرائيل إلى طرد الوفد من روسيا.", []],
  ])("%s", (_name, text, expected) => {
    expect(triples(text, "2023-10-28")).toEqual(expected);
  });
});

describe("relations: provenance", () => {
  it("records sentence, trigger, spans, codes, mode, date and location", () => {
    const x = extract("قالت الخارجية إن بوتين التقى أردوغان، الخميس، في سوتشي.", "2023-10-28");
    const [r] = x.relations;
    expect(r).toMatchObject({
      type: "MET",
      plover: "CONSULT",
      cameo: "040",
      mode: "meeting",
      modality: "reported",
      date: "2023-10-26",
      datePrecision: "day",
      location: { name: "Sochi", actorId: "RUS" },
      sentenceIndex: 0,
      trigger: "التقى",
    });
    const body = x.article.body;
    expect(body.slice(r?.triggerSpan.start, r?.triggerSpan.end)).toBe("التقى");
    expect(body.slice(r?.subjectSpan.start, r?.subjectSpan.end)).toBe("بوتين");
    expect(body.slice(r?.objectSpan.start, r?.objectSpan.end)).toBe("أردوغان");
    expect(r?.id).toMatch(/^rel-[0-9a-f]{16}$/);
    expect(x.events).toHaveLength(1);
    expect(x.events[0]?.mentionIds).toEqual([r?.id]);
  });
  it("merges the same event stated twice into one event with two pieces of evidence", () => {
    const x = extract("التقى بوتين أردوغان في سوتشي. وكان أردوغان قد التقى بوتين لبحث الحرب.", "2023-10-28");
    expect(x.relations).toHaveLength(2);
    expect(x.events).toHaveLength(1);
    expect(x.events[0]?.mentionIds).toHaveLength(2);
  });
  it("reads a framed phone call as a phone call of the main clause's subject", () => {
    const x = extract(
      "وخلال اتصال هاتفي مع نظيره الأمريكي أنتوني بلينكن، بحث وزير الخارجية السعودي الأمير فيصل بن فرحان تطورات الأوضاع.",
      "2024-01-01",
    );
    expect(x.relations.map((r) => [r.subject.id, r.type, r.object.id, r.mode])).toEqual([
      ["faisal-bin-farhan", "MET", "antony-blinken", "phone_call"],
    ]);
  });
  it("gives the same ids on every run", () => {
    const a = extract("التقى بوتين أردوغان.", "2023-10-28").relations[0];
    const b = extract("التقى بوتين أردوغان.", "2023-10-28").relations[0];
    expect(a?.id).toBe(b?.id);
    expect(a?.eventId).toBe(b?.eventId);
  });
});
