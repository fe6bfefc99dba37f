package events_test

import "testing"

// TestWire7 codes sentences written by the dyad team for the wire-wording
// mechanisms of events/wire7.go and the "wire7" lines of
// events/data/verbs.txt: police force against protesters or a crowd is
// repression (175, the rule is wirefalse7.go's), a hyphenated participle ("U.S.-made") or a hedge
// ("what appeared to be", "what it said was") inside an object does not end
// the pattern's search, aid or intelligence sharing resumed is aid given, a
// participle after a document passed or signed takes the enactor as
// subject, and so does an infinitive after "became the first country". Each sentence is published on 2024-07-13 (a Saturday); each want
// lists every event as "SOURCE CAMEO TARGET status date", in any order;
// nil means no event.
func TestWire7(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 175 police firing on, shooting or killing protesters or a crowd
		{"Bangladeshi police opened fire on student protesters in Dhaka on Thursday.",
			[]string{"BGDCOP 175 BGDEDU asserted 2024-07-11"}},
		{"Iranian security forces shot dead three demonstrators in Zahedan on Friday.",
			[]string{"IRNCOP 175 IRNCVL asserted 2024-07-12"}},
		{"Police in Lagos fired on crowds outside the state assembly on Monday.",
			[]string{"NGACOP 175 NGACVL asserted 2024-07-08"}},
		// a gunman or a suspect shot by police, a crowd fired on by troops: no repression
		// (a named gunman shot dead by a state's forces is force, 190: statekillings.go)
		{"Police shot dead a gunman in central Manchester on Thursday.",
			[]string{"GBRCOP 190 GBRUAF asserted 2024-07-11"}},
		{"Police shot dead a robbery suspect in Nairobi on Thursday.",
			[]string{"KENCOP 180 KENCVL asserted 2024-07-11"}},
		{"Israeli troops opened fire on a crowd waiting for flour trucks in Gaza City on Thursday.",
			[]string{"ISRMIL 193 PSE asserted 2024-07-11"}},
		// an object hedged or made of hyphenated compounds
		{"Iran fired what appeared to be ballistic missiles at Israel overnight.",
			[]string{"IRN 195 ISR asserted 2024-07-13"}},
		{"North Korea fired what appeared to be a hypersonic missile into the sea off its east coast on Sunday.",
			[]string{"PRK 150 - asserted 2024-07-07"}},
		{"North Korea launched what it said was a new cruise missile on Sunday.",
			[]string{"PRK 150 - asserted 2024-07-07"}},
		{"Ukraine fired six U.S.-made ATACMS missiles at a military facility in Russia's Bryansk region on Tuesday.",
			[]string{"UKR 195 RUS asserted 2024-07-09"}},
		{"Ukraine fired British-supplied Storm Shadow missiles at a Russian command post in Kursk on Wednesday.",
			[]string{"UKR 195 RUS asserted 2024-07-10"}},
		// 07x, 064 aid and intelligence sharing resumed; talks that resumed are no aid
		{"The United States agreed on Tuesday to immediately resume military aid and intelligence sharing with Ukraine.",
			[]string{"USA 0332 UKR future 2024-07-09"}},
		{"Washington agreed on Tuesday to resume intelligence sharing with Kyiv.",
			[]string{"USA 0314 UKR future 2024-07-09"}},
		{"Germany resumed development aid to Niger on Monday.",
			[]string{"DEU 071 NER asserted 2024-07-08"}},
		{"Britain restored funding to UNRWA on Friday.",
			[]string{"GBR 071 IGOUNORWA asserted 2024-07-12"}},
		{"Sweden said it would resume humanitarian aid to Gaza.",
			[]string{"SWE 0333 PSE future 2024-07-13"}},
		{"The talks resumed on Monday after a pause.",
			nil},
		// a participle after a law, decree or resolution passed or signed
		// is the enactor's act; a resolution standing alone acts for no one
		{"The Georgian parliament adopted a law on Tuesday banning foreign funding of NGOs.",
			[]string{"GEOLEG 172 - asserted 2024-07-09"}},
		{"The U.N. General Assembly adopted a resolution on Friday demanding an immediate ceasefire in Gaza.",
			[]string{"IGOUNO 1056 - asserted 2024-07-12"}},
		{"Kazakhstan's president signed a decree on Monday expelling two Russian diplomats.",
			[]string{"KAZGOV 161 RUSGOV asserted 2024-07-08"}},
		{"A draft resolution demanding a ceasefire failed to win enough votes on Friday.",
			nil},
		// "became the first (country) to" + verb: the act happened, by the
		// subject of "became"; ", becoming the first … to visit" restates
		// the clause's own act
		{"Russia became the first country to formally recognise the Taliban government in Afghanistan on Thursday.",
			[]string{"RUS 054 AFGGOV asserted 2024-07-11"}},
		{"Hungary's Viktor Orban became the first European Union leader to visit Moscow since the invasion.",
			[]string{"HUNGOV 042 RUS asserted 2024-07-13", "RUS 043 HUNGOV asserted 2024-07-13"}},
		{"Brazil was the only country to vote against the resolution on Friday.",
			[]string{"BRA 120 - asserted 2024-07-12"}},
		{"Jordan's King Abdullah met Donald Trump at the White House on Tuesday, becoming the first Arab leader to visit since January.",
			[]string{"JORGOV 040 USA asserted 2024-07-09", "USA 040 JORGOV asserted 2024-07-09"}},
	}, true)
}
