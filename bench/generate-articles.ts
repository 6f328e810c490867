/**
 * Synthetic Arabic news articles from our own sentence templates (never real news text), for benchmarks and for the
 * reliability tests' large corpora. Deterministic: the same seed gives the same articles.
 */

/** People and organisations of the project dictionary (data/actors), by their Arabic names. */
export const GENERATOR_ACTORS = [
  "فلاديمير بوتين",
  "سيرغي لافروف",
  "ميخائيل بوغدانوف",
  "أنتوني بلينكن",
  "علي باقري كني",
  "موسى أبو مرزوق",
  "رجب طيب أردوغان",
  "هاكان فيدان",
  "عبد الفتاح السيسي",
  "أنطونيو غوتيريش",
  "إيمانويل ماكرون",
  "أولاف شولتس",
  "شي جين بينغ",
  "رافائيل غروسي",
  "أحمد أبو الغيط",
  "فولوديمير زيلينسكي",
] as const;

const GROUPS = ["الاتحاد الأوروبي", "جامعة الدول العربية", "مجلس التعاون الخليجي", "الاتحاد الأفريقي"] as const;
const CITIES = ["موسكو", "القاهرة", "الدوحة", "أنقرة", "باريس", "جنيف"] as const;
const TOPICS = ["الأوضاع الإنسانية", "التعاون الاقتصادي", "ملف الطاقة", "الأمن الإقليمي", "تبادل الأسرى"] as const;
const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر"] as const;

type Fill = { a: string; b: string; g: string; city: string; topic: string; day: number; month: string };

// One relation per template; the filler sentences carry no trigger, like the prose around real statements.
const RELATION_TEMPLATES: ((f: Fill) => string)[] = [
  (f) => `التقى ${f.a} ${f.b} في ${f.city} يوم ${f.day} ${f.month} 2024 لبحث ${f.topic}.`,
  (f) => `واجتمع ${f.a} مع ${f.b} على هامش المؤتمر الذي عقد في ${f.city}.`,
  (f) => `وأدان ${f.a} تصريحات ${f.b} الأخيرة بشأن ${f.topic}.`,
  (f) => `ودعا ${f.a} ${f.b} إلى زيارة ${f.city} في أقرب وقت.`,
  (f) => `وأشاد ${f.a} بـ${f.g} لدوره في ${f.topic}.`,
  (f) => `واتهم ${f.a} ${f.b} بعرقلة الجهود المتعلقة بـ${f.topic}.`,
];
const FILLER_TEMPLATES: ((f: Fill) => string)[] = [
  (f) => `وتأتي هذه الخطوة في سياق نقاشات مستمرة حول ${f.topic} منذ أشهر.`,
  (f) => `وأشارت مصادر مطلعة إلى أن الجولة المقبلة من المحادثات قد تعقد في ${f.city}.`,
  () => `ولم تصدر بعد أي تفاصيل إضافية عن نتائج اللقاء.`,
];

/** A small deterministic PRNG (mulberry32): benchmarks must be reproducible run to run. */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  /** File name stem, which the extractor uses as the article id. */
  id: string;
  /** File content: front matter and an Arabic body. */
  text: string;
}

/** Generates `count` articles named `<prefix><n>`, each with a few relation sentences and some filler. */
export function generateArticles(options: {
  count: number;
  prefix: string;
  seed?: number;
  relationsPerArticle?: number;
}): GeneratedArticle[] {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: GeneratedArticle[] = [];
  for (let n = 0; n < options.count; n++) {
    const lines: string[] = [];
    const relations = options.relationsPerArticle ?? 3;
    for (let r = 0; r < relations; r++) {
      const a = pick(GENERATOR_ACTORS);
      let b = pick(GENERATOR_ACTORS);
      while (b === a) b = pick(GENERATOR_ACTORS);
      const fill: Fill = {
        a,
        b,
        g: pick(GROUPS),
        city: pick(CITIES),
        topic: pick(TOPICS),
        day: 1 + Math.floor(next() * 28),
        month: pick(MONTHS),
      };
      lines.push(pick(RELATION_TEMPLATES)(fill));
      lines.push(pick(FILLER_TEMPLATES)(fill));
    }
    const day = String(1 + (n % 28)).padStart(2, "0");
    const id = `${options.prefix}${String(n).padStart(5, "0")}`;
    const title = `مباحثات حول ${pick(TOPICS)} (${n})`;
    out.push({ id, text: `---\ntitle: ${title}\ndate: 2024-05-${day}\nsource: bench\n---\n${lines.join("\n")}\n` });
  }
  return out;
}
