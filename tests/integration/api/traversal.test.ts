import { describe, expect, it } from "vitest";
import type { Data } from "../helpers/api-server.js";
import { ACTORS } from "../helpers/extraction-builder.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const seeded = useSeededApi();

describe("issue 3 traversal queries (hand-made extractions)", () => {
  it("whoMet on Bagheri Kani returns Abu Marzouk and Bogdanov with their evidence sentences", async () => {
    const d = await seeded.api.ok(
      `query($id: ID!) { whoMet(actor: $id) { counterpart { id name } count firstDate lastDate
          meetings { date mode evidence { sentence quote article { id title } offsets { trigger { start end } } } } } }`,
      { id: ACTORS.bagheri.id },
    );
    const names = d.whoMet.map((m: Data) => m.counterpart.name).sort();
    expect(names).toEqual(
      ["Ali Bagheri Kani", "Mikhail Bogdanov", "Mousa Abu Marzouk"].filter((n) => n !== "Ali Bagheri Kani"),
    );
    const bogdanov = d.whoMet.find((m: Data) => m.counterpart.id === ACTORS.bogdanov.id);
    expect(bogdanov.firstDate).toBe("2023-10-26");
    expect(bogdanov.meetings[0].mode).toBe("MEETING");
    expect(bogdanov.meetings[0].evidence[0].sentence).toContain("بوغدانوف");
    expect(bogdanov.meetings[0].evidence[0].article.id).toBe("a2");
    const abu = d.whoMet.find((m: Data) => m.counterpart.id === ACTORS.abuMarzouk.id);
    expect(abu.meetings[0].evidence[0].sentence).toContain("أبو مرزوق");
  });

  it("whoMet gives the place and filters by date", async () => {
    const d = await seeded.api.ok(`{ whoMet(actor: "${ACTORS.bagheri.id}", from: "2023-10-27") {
        counterpart { id } meetings { place { name nameAr actor { id } } } } }`);
    expect(d.whoMet).toEqual([
      {
        counterpart: { id: ACTORS.abuMarzouk.id },
        meetings: [{ place: { name: "Moscow", nameAr: "موسكو", actor: { id: ACTORS.russia.id } } }],
      },
    ]);
    const before = await seeded.api.ok(
      `{ whoMet(actor: "${ACTORS.bagheri.id}", to: "2023-10-26") { counterpart { id } } }`,
    );
    expect(before.whoMet).toEqual([{ counterpart: { id: ACTORS.bogdanov.id } }]);
  });

  it("whoMet works from the other side of the meeting too", async () => {
    const d = await seeded.api.ok(`{ whoMet(actor: "${ACTORS.bogdanov.id}") { counterpart { id } } }`);
    expect(d.whoMet.map((m: Data) => m.counterpart.id)).toEqual([ACTORS.bagheri.id]);
  });

  it("path from Israel to Iran goes through Hamas, each step with its relation and evidence", async () => {
    const d = await seeded.api.ok(
      `{ path(from: "${ACTORS.israel.id}", to: "${ACTORS.iran.id}") { length actors { id }
          steps { from { id } to { id } relation { type count subject { id } object { id } events { evidence { sentence } } } } } }`,
    );
    expect(d.path).toHaveLength(1);
    const p = d.path[0];
    expect(p.length).toBe(2);
    expect(p.actors.map((a: Data) => a.id)).toEqual([ACTORS.israel.id, ACTORS.hamas.id, ACTORS.iran.id]);
    expect(p.steps[0].relation.type).toBe("CONDEMNED");
    expect(p.steps[1]).toMatchObject({ from: { id: ACTORS.hamas.id }, to: { id: ACTORS.iran.id } });
    // The second step is traversed against its direction: Iran supported Hamas.
    expect(p.steps[1].relation).toMatchObject({ type: "SUPPORTED", subject: { id: ACTORS.iran.id } });
    expect(p.steps[1].relation.events[0].evidence[0].sentence).toContain("إيران");
  });

  it("path respects maxHops and types", async () => {
    const short = await seeded.api.ok(
      `{ path(from: "${ACTORS.israel.id}", to: "${ACTORS.iran.id}", maxHops: 1) { length } }`,
    );
    expect(short.path).toEqual([]);
    const onlyMet = await seeded.api.ok(
      `{ path(from: "${ACTORS.israel.id}", to: "${ACTORS.iran.id}", types: [MET]) { length } }`,
    );
    expect(onlyMet.path).toEqual([]);
  });

  it('actor(name: "بيسكوف") and actor(name: "Peskov") find the same actor', async () => {
    const d = await seeded.api.ok(`{ ar: actor(name: "بيسكوف") { id } en: actor(name: "Peskov") { id }
        full: actor(name: "دميتري بيسكوف") { id } lower: actor(name: "peskov") { id } vocal: actor(name: "بِيسْكُوف") { id }
        none: actor(name: "Nobody Atall") { id } }`);
    expect(d.ar.id).toBe(ACTORS.peskov.id);
    expect(d.en.id).toBe(ACTORS.peskov.id);
    expect(d.full.id).toBe(ACTORS.peskov.id);
    expect(d.lower.id).toBe(ACTORS.peskov.id);
    expect(d.vocal.id).toBe(ACTORS.peskov.id);
    expect(d.none).toBeNull();
  });

  it("actor by name with hamza/alef variants (أبو مرزوق / ابو مرزوق)", async () => {
    const d = await seeded.api.ok(`{ a: actor(name: "أبو مرزوق") { id } b: actor(name: "ابو مرزوق") { id } }`);
    expect(d.a.id).toBe(ACTORS.abuMarzouk.id);
    expect(d.b.id).toBe(ACTORS.abuMarzouk.id);
  });

  it("negated meetings do not appear unless asked for", async () => {
    const hidden = await seeded.api.ok(`{ whoMet(actor: "${ACTORS.peskov.id}") { counterpart { id } }
        relations(filter: { types: [MET], actors: ["${ACTORS.peskov.id}"] }) { totalCount } }`);
    expect(hidden.whoMet).toEqual([]);
    expect(hidden.relations.totalCount).toBe(0);
    const shown = await seeded.api
      .ok(`{ whoMet(actor: "${ACTORS.peskov.id}", includeNegated: true) { counterpart { id } meetings { negated } }
        relations(filter: { types: [MET], actors: ["${ACTORS.peskov.id}"], includeNegated: true }) { nodes { negated } } }`);
    expect(shown.whoMet[0].counterpart.id).toBe(ACTORS.hamas.id);
    expect(shown.whoMet[0].meetings[0].negated).toBe(true);
    expect(shown.relations.nodes).toEqual([{ negated: true }]);
  });

  it("relations filters by between, date range and confidence", async () => {
    const d = await seeded.api.ok(`{
      between: relations(filter: { between: ["${ACTORS.bogdanov.id}", "${ACTORS.bagheri.id}"] }) { nodes { type date } }
      dated: relations(filter: { from: "2023-10-26", to: "2023-10-26" }) { totalCount }
      sure: relations(filter: { minConfidence: 0.95 }) { totalCount }
    }`);
    expect(d.between.nodes).toEqual([{ type: "MET", date: "2023-10-26" }]);
    expect(d.dated.totalCount).toBe(1);
    expect(d.sure.totalCount).toBe(0);
  });

  it("neighborhood returns nodes and edges in the shape graph libraries consume", async () => {
    const d = await seeded.api.ok(`{ neighborhood(actor: "${ACTORS.hamas.id}", depth: 2) {
        nodes { id label labelAr kind depth degree } edges { id source target type label weight eventIds } } }`);
    const ids = d.neighborhood.nodes.map((n: Data) => n.id);
    expect(ids).toEqual(expect.arrayContaining([ACTORS.hamas.id, ACTORS.israel.id, ACTORS.iran.id, ACTORS.russia.id]));
    expect(ids).not.toContain(ACTORS.peskov.id); // only a negated meeting links Peskov to Hamas
    expect(d.neighborhood.nodes[0]).toMatchObject({ id: ACTORS.hamas.id, depth: 0, degree: 3, label: "Hamas" });
    for (const e of d.neighborhood.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
      expect(e.weight).toBeGreaterThan(0);
    }
    const one = await seeded.api.ok(
      `{ neighborhood(actor: "${ACTORS.bagheri.id}") { nodes { id depth } edges { type } } }`,
    );
    expect(one.neighborhood.nodes).toHaveLength(3);
    expect(one.neighborhood.edges.map((e: Data) => e.type)).toEqual(["MET", "MET"]);
  });

  it("actors: search, kinds, Relay cursors, totalCount", async () => {
    const page1 = await seeded.api.ok(
      `{ actors(first: 3) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }`,
    );
    expect(page1.actors.edges).toHaveLength(3);
    expect(page1.actors.pageInfo.hasNextPage).toBe(true);
    const page2 = await seeded.api.ok(
      `query($after: String) { actors(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }`,
      {
        after: page1.actors.pageInfo.endCursor,
      },
    );
    expect(page2.actors.nodes.length + 3).toBe(page1.actors.totalCount);
    expect(page2.actors.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const persons = await seeded.api.ok(
      `{ actors(kinds: [PERSON], first: 100) { totalCount } countries: actors(kinds: [COUNTRY]) { totalCount } }`,
    );
    expect(persons.actors.totalCount).toBe(4);
    expect(persons.countries.totalCount).toBe(3);
    const search = await seeded.api.ok(
      `{ actors(search: "Bogdanov") { nodes { id } } ar: actors(search: "حماس") { nodes { id } } }`,
    );
    expect(search.actors.nodes[0].id).toBe(ACTORS.bogdanov.id);
    expect(search.ar.nodes[0].id).toBe(ACTORS.hamas.id);
  });

  it("actor fields: roles, parent, degree, relations", async () => {
    const d = await seeded.api
      .ok(`{ peskov: actor(id: "${ACTORS.peskov.id}") { name nameAr aliases kind roles { title titleAr of { name parent { name } } } }
        kremlin: actor(name: "الكرملين") { parent { id } }
        hamas: actor(id: "${ACTORS.hamas.id}") { degree relations(first: 10) { type subject { id } } all: relations(includeNegated: true) { type } } }`);
    expect(d.peskov.roles).toEqual([
      { title: "Spokesperson", titleAr: "المتحدث باسم", of: { name: "Kremlin", parent: { name: "Russia" } } },
    ]);
    expect(d.kremlin.parent.id).toBe(ACTORS.russia.id);
    expect(d.hamas.degree).toBe(3);
    expect(d.hamas.relations).toHaveLength(3);
    expect(d.hamas.all).toHaveLength(4);
  });

  it("timeline, article, articles and stats", async () => {
    const d = await seeded.api.ok(`{
      timeline(actor: "${ACTORS.bagheri.id}") { date type object { id } }
      article(id: "a2") { id title body publishedDate stories { id } parent { id } events { type } }
      articles(first: 10) { totalCount nodes { id publishedAt } }
      stats { actors events articles mentions relationTypes { type events positive } }
    }`);
    expect(d.timeline.map((e: Data) => e.date)).toEqual(["2023-10-26", "2023-10-27"]);
    expect(d.article.events).toHaveLength(3);
    expect(d.article).toMatchObject({ publishedDate: "2023-10-28", stories: [], parent: null });
    expect(d.article.body).toContain("بوغدانوف");
    expect(d.articles.totalCount).toBe(2);
    expect(d.stats).toMatchObject({ actors: 9, events: 6, articles: 2, mentions: 6 });
    expect(d.stats.relationTypes.find((t: Data) => t.type === "MET")).toEqual({ type: "MET", events: 3, positive: 2 });
  });

  it("unknown ids are clear errors or nulls", async () => {
    const r = await seeded.api.query(`{ whoMet(actor: "nobody") { count } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toContain("nobody");
    // A resolver's input error keeps HTTP 200: other fields of the same response may have data.
    expect(r.status).toBe(200);
    expect((await seeded.api.ok(`{ article(id: "nope") { id } event(id: "nope") { id } }`)).article).toBeNull();
  });
});
