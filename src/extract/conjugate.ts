/**
 * Generates the written forms of a trigger verb from its lexicon entry ("هدد يهدد": past and present 3rd masc. sing.)
 * so the lexicon lists lemmas, not hand-made paradigms that always miss a form. Only the forms news uses for third
 * persons are produced: past masc./fem. sing., dual, plural; present masc./fem., dual, plural, and the jussive after
 * "لم" for defective verbs. Proclitics (و ف س) are stripped at match time, so they are not generated here.
 */

const DEFECTIVE_PAST = /[اى]$/;
const DEFECTIVE_PRESENT = /[ويى]$/;

/** Past-tense forms of a 3rd masc. sing. past verb (دعا → دعت دعوا دعتا; هدد → هددت هددا هددوا هددتا). */
export function pastForms(past: string): string[] {
  if (DEFECTIVE_PAST.test(past)) {
    const stem = past.slice(0, -1);
    // دعا (root و) has dual دعوا; التقى/نفى/ألقى (root ي) have التقيا/نفيا; the plural drops the last radical.
    const dual = past.endsWith("ا") ? `${stem}وا` : `${stem}يا`;
    return [past, `${stem}ت`, `${stem}تا`, dual, `${stem}وا`];
  }
  return [past, `${past}ت`, `${past}ا`, `${past}تا`, `${past}وا`];
}

/** Present-tense forms of a 3rd masc. sing. present verb starting with ي (يطالب → تطالب يطالبان يطالبون …). */
export function presentForms(present: string): string[] {
  if (!present.startsWith("ي") || present.length < 3) return [present];
  const base = present.slice(1);
  const out: string[] = [];
  for (const p of ["ي", "ت"]) {
    const v = p + base;
    out.push(v);
    if (DEFECTIVE_PRESENT.test(v)) {
      const stem = v.slice(0, -1);
      // Jussive after "لم"/"لن" drops the weak letter: "لم يدع"، "لم ينف".
      out.push(stem, `${v}ان`, `${stem}ون`, `${stem}وا`);
    } else {
      out.push(`${v}ان`, `${v}ون`, `${v}وا`);
    }
  }
  return out;
}

/** All finite forms of one lexicon lemma: "past present" (two words) or a past form alone. */
export function verbForms(lemma: string): string[] {
  const [past, present] = lemma.trim().split(/\s+/);
  const out = [...(past ? pastForms(past) : []), ...(present ? presentForms(present) : [])];
  return [...new Set(out)];
}

/** Circumstantial (ḥāl) forms of an active participle: مطالب → مطالبا مطالبة مطالبين. */
export function participleForms(participle: string): string[] {
  return [`${participle}ا`, `${participle}ة`, `${participle}ين`];
}
