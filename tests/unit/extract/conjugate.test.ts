// The reader conjugates lexicon lemmas: these are the forms news uses for third persons.
import { describe, expect, it } from "vitest";
import { participleForms, pastForms, presentForms, verbForms } from "../../../src/extract/conjugate.js";

describe("conjugate", () => {
  it("conjugates a sound verb", () => {
    expect(pastForms("هدد")).toEqual(["هدد", "هددت", "هددا", "هددتا", "هددوا"]);
    expect(presentForms("يهدد")).toEqual(expect.arrayContaining(["يهدد", "تهدد", "يهددان", "يهددون", "تهددان"]));
  });
  it("conjugates defective verbs with their jussive", () => {
    expect(verbForms("دعا يدعو")).toEqual(expect.arrayContaining(["دعت", "دعوا", "يدعو", "تدعو", "يدع", "يدعون"]));
    expect(verbForms("ألقى يلقي")).toEqual(expect.arrayContaining(["ألقت", "ألقيا", "ألقوا", "يلقي", "يلق"]));
  });
  it("accepts a past form alone", () => {
    expect(verbForms("شجب")).toEqual(["شجب", "شجبت", "شجبا", "شجبتا", "شجبوا"]);
  });
  it("builds circumstantial participles", () => {
    expect(participleForms("مطالب")).toEqual(["مطالبا", "مطالبة", "مطالبين"]);
  });
});
