package events

// The CAMEO code of an act the patterns find but code from a neighbouring
// family:
//
//   - Force used by police or security forces on protesters, crowds or
//     demonstrators is repression (175), however it is told: "opened
//     fire on crowds", "shot dead five demonstrators". The verb alone
//     reads as small-arms fighting (193) or a killing (180).
//   - An armed individual (a gunman, an attacker) shooting a named
//     person is an attempt to assassinate (185) unless the person is
//     said to be killed (186); striking, stabbing or punching a named
//     person is a physical assault (182).
//   - A protest's sub-code comes from the demand it states with a
//     purpose infinitive ("marched to demand higher salaries" 1412,
//     "went on hunger strike to demand …" 1422), after CAMEO's
//     parallel 104x and 14x1–14x4 families.
//   - A threat whose infinitive is a military strike is 138, not a
//     threatened labour strike.
//   - An unspecified attack (190) that names its weapons is a strike by
//     them ("attacked a tanker with drones and missiles" 195, "with
//     artillery" 194).
//   - A capture of armed or official people ("rebels captured two
//     soldiers") is a detention or abduction (171), not an occupation of
//     ground (192).

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// protestFor gives the CAMEO sub-code of a protest whose demand the
// sentence states with a purpose infinitive ("marched … to demand higher
// salaries" 1412, "went on hunger strike to demand …" 1422, "walked off
// the job to demand …" 1432, "blocked border crossings to demand …" 1442,
// "rioted to demand the resignation of …" 1451). protest is the protest
// hit's code (140–145 or already a sub-code), demand the code of the
// demand it states (100 or 104x). A protest that is already specific, or
// not one of the five families, keeps its code.
func protestFor(protest, demand string) string {
	aim, ok := demandAim(demand)
	if !ok {
		return protest
	}
	switch protest {
	case "140", "141":
		return "141" + aim
	case "142", "143", "144", "145":
		return protest + aim
	}
	return protest
}

// leaderChangeAsked returns the demand code of hit j as a protest's aim:
// an unspecified demand or appeal (100, 020) whose infinitive or
// that-clause is a leader stepping down or resigning (a live hit of 080 or
// 0831 after it, in its clause, as combine would read it) asks for a
// change in leadership (1041): "marched through Dhaka demanding that
// Prime Minister Sheikh Hasina step down", "rallied calling for President
// Boluarte to resign". Any other hit gives its own code.
func leaderChangeAsked(st *sentence, hits []verbHit, live []bool, j int) string {
	g := &hits[j]
	if g.code != "100" && g.code != "020" {
		return g.code
	}
	for x := range hits {
		if x != j && live[x] && hits[x].head > g.head && hits[x].head <= g.end+8 && (hits[x].code == "080" || hits[x].code == "0831") && !clauseBreakBetween(st.toks, g.end, hits[x].head) {
			return "1041"
		}
	}
	return g.code
}

// demandAim maps a demand code to the last digit of the protest sub-code
// it asks for, after CAMEO 1.1b3's parallel 104x and 14x1–14x4 families:
// leadership change 1, policy change 2 (also an unspecified demand, 100,
// which is what a purpose "to demand higher pay" mostly asks for), rights
// 3, change in institutions or regime 4; a marcher's appeal asks the same
// as a demand ("rallied in Lima calling for President Boluarte to resign":
// 0241, one 1411). ok is false for any other code.
func demandAim(code string) (aim string, ok bool) {
	switch code {
	case "100", "104", "1042", "024", "0242":
		return "2", true
	case "1041", "0241":
		return "1", true
	case "1043", "0243":
		return "3", true
	case "1044", "0244":
		return "4", true
	}
	return "", false
}

// forceThreat reports a threat hit (130 or 133) whose infinitive is a
// military strike, 138 rather than a threatened labour strike: "Iran
// threatened to strike Israel" (a transitive strike or hit has an object:
// a labour strike never does), "threatened to strike back", and any
// "threatened to strike" by a state, its government, army or an armed
// group. "Nurses threatened to strike over pay" (no object, a civilian
// source) stays 133.
func forceThreat(st *sentence, h *verbHit) bool {
	if h.code != "130" && h.code != "133" {
		return false
	}
	toks := st.toks
	v := -1
	for k := h.head + 1; k+1 < len(toks) && k <= h.head+6; k++ {
		if toks[k].Lower == "to" {
			if l := toks[k+1].Lemma; l == "strike" || l == "hit" || l == "bomb" {
				v = k + 1
			}
			break
		}
		if !st.isDate[k] && toks[k].Tag != "RB" {
			return false // "threatened a strike", "threatened that …"
		}
	}
	if v < 0 {
		return false
	}
	if len(h.source) > 0 {
		s := h.source[0]
		if hasSector(s, "GOV", "MIL", "REB", "SPY") || len(s.Sectors) == 0 && s.Country != "" && !civil(s) {
			return true
		}
	}
	if v+1 >= len(toks) {
		return false
	}
	if toks[v+1].Lower == "back" || toks[v+1].Lower == "at" {
		return true // "strike back", "strike at"
	}
	if st.at[v+1] >= 0 && !st.ments[st.at[v+1]].Modifier {
		return true // "strike Israel", "strike Hezbollah targets"
	}
	// a noun phrase object: "strike military targets", "hit the port"
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		switch t := toks[k].Tag; {
		case t == "DT" || t == "JJ" || t == "PRP$" || t == "CD":
			continue
		case nounTag(t):
			switch toks[k].Lemma {
			case "deal", "agreement", "accord", "compromise", "bargain", "tone", "note", "balance", "chord", "pose", "day", "week", "month", "time":
				return false // "strike a deal", "strike for a day"
			}
			return true
		}
		return false
	}
	return false
}

// dateAfterVerb reports that the date expression holding token k follows
// a verb directly ("ordered on Monday the mobilisation"), so a nominal
// object after it still belongs to that verb. A date inside a noun phrase
// ("Pyongyang's November 29 missile test") is no such date.
func dateAfterVerb(st *sentence, k int) bool {
	for k >= 0 && st.isDate[k] {
		k--
	}
	return k >= 0 && strings.HasPrefix(st.toks[k].Tag, "VB")
}

// attackWith returns the CAMEO code of an unspecified attack (190) that
// names its weapons in a "with" or "using" phrase of its clause: drones,
// aircraft or missiles 195 ("with drones and missiles", "with warplanes";
// 1952 is for drones as the subject, by the gold sets' convention),
// artillery, rockets, shells, mortars, tanks or heavy weapons 194
// ("fought with heavy weapons"), small arms, rifles or machine guns 193;
// "" when the clause names none.
func attackWith(st *sentence, h *verbHit) string {
	toks := st.toks
	for k := h.end; k+1 < len(toks) && k < h.end+12; k++ {
		if isHardBreak(toks[k]) || toks[k].Text == "," {
			return ""
		}
		if toks[k].Lower != "with" && toks[k].Lower != "using" {
			continue
		}
		return weaponsCode(toks, k+1)
	}
	return ""
}

// weaponsCode returns the CAMEO code of the weapons named by the phrase
// starting at j, after a "with" or "using" (see attackWith): 195, 194,
// 193, or "" when the phrase names no weapon of these.
func weaponsCode(toks []dyad.Token, j int) string {
	air, art, small := false, false, false
	for k := j; k < len(toks) && k <= j+6; k++ {
		switch toks[k].Lower {
		case "drone", "drones", "missile", "missiles", "warplanes", "warplane", "jets", "aircraft", "airstrikes", "bombers", "helicopters":
			air = true
		case "artillery", "rockets", "rocket", "shells", "mortars", "mortar", "tanks", "howitzers":
			art = true
		case "weapons", "arms", "guns", "weaponry":
			switch toks[k-1].Lower {
			case "heavy":
				art = true // "with heavy weapons", "heavy guns"
			case "small", "automatic", "machine", "light":
				small = true // "with small arms", "automatic weapons", "machine guns"
			default:
				k = len(toks) // "with weapons": not told which
			}
		case "rifles", "machine-guns", "machineguns", "kalashnikovs":
			small = true
		case "and", "or", "armed", "ballistic", "cruise", "guided", "explosive", "explosive-laden", "kamikaze", "attack", "combat", "heavy", "long-range", "small", "automatic", "machine", "light", "assault":
			continue
		default:
			if toks[k].Tag == "CD" || toks[k].Tag == "DT" || toks[k].Tag == "PRP$" {
				continue
			}
			k = len(toks) // the weapon list ends
		}
	}
	switch {
	case air: // drones, missiles or aircraft
		return "195"
	case art:
		return "194"
	case small:
		return "193"
	}
	return ""
}

// armedAttack reports an unspecified attack (190) that its clause turned
// into a strike by naming the weapons ("attacked a tanker with drones and
// missiles" 195, "with artillery" 194): a physical attack, which needs no
// named target to be an event, unlike a bare "attacked" ("attacked the
// decision").
func armedAttack(st *sentence, h *verbHit) bool {
	return h.p.Code == "190" && (h.code == "195" || h.code == "194") && attackWith(st, h) == h.code
}

// capturedPeople returns the code of a capture or seizure (192, 171)
// whose target is armed or official people rather than ground ("rebels
// captured two Nigerian soldiers", "British citizens captured by the
// SDF", "schoolgirls seized by the extremists"): a state's forces,
// police or agents detain them (173, as the gold codes "Turkey's
// intelligence agency captured a senior Islamic State commander"); anyone
// else abducts them (181). A named person is taken as people are ("U.S.
// troops captured the former dictator Manuel Noriega": 173; refine.go
// decides it first), and a recapture as a capture ("police recaptured
// eight escaped gang members"). "" when the rule does not apply: a town, a base ("captured
// a Syrian army base"), or no people named.
func capturedPeople(st *sentence, h *verbHit) string {
	if h.code != "192" && h.code != "171" || len(h.source) == 0 {
		return ""
	}
	switch st.toks[h.head].Lemma {
	case "capture", "recapture", "seize", "snatch", "grab":
	default:
		return ""
	}
	if len(h.target) == 0 {
		// "police recaptured 12 escaped inmates": people no actor names
		if !h.passive && st.words.escapedPeople(st.toks, h.end) && hasSector(h.source[0], "GOV", "MIL", "COP", "SPY", "JUD") && !hasSector(h.source[0], "REB") {
			return "173"
		}
		return ""
	}
	t := h.target[0]
	if t.Place || t.Modifier || t.End < 1 || t.End > len(st.toks) || !st.words.capturedPeople[st.toks[t.End-1].Lower] && !st.words.inmateNouns[st.toks[t.End-1].Lower] && !t.Person {
		return ""
	}
	if !h.passive && t.End < len(st.toks) && (strings.HasPrefix(st.toks[t.End].Tag, "NN") || st.toks[t.End].Tag == "POS" || pluralPossessive(st.toks, t.End)) {
		return "" // "captured the rebels' stronghold", "seized the family's cattle", "seized the soldiers' weapons": their property
	}
	if !h.passive && t.Start > 0 && st.toks[t.Start-1].Lower == "from" {
		return "" // "recaptured the village from Russian troops": ground taken from them (seized.go)
	}
	if hasSector(h.source[0], "GOV", "MIL", "COP", "SPY", "JUD") && !hasSector(h.source[0], "REB") {
		return "173"
	}
	return "181"
}

// pluralPossessive reports a plural's possessive apostrophe at i, written
// alone after the noun ("the soldiers' weapons", "the soldiers’ rifles"),
// which the tagger leaves as a quotation mark: the apostrophe follows a
// word ending in "s" and comes before a noun phrase's word (a noun, an
// adjective, a number or a participle; not "'the soldiers' near").
func pluralPossessive(toks []dyad.Token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i].Text != "'" && toks[i].Text != "’" {
		return false
	}
	switch next := toks[i+1].Tag; {
	case strings.HasPrefix(next, "NN"), next == "JJ", next == "CD", next == "VBN", next == "VBG":
		return strings.HasSuffix(toks[i-1].Lower, "s")
	}
	return false
}

// escapedPeople reports a noun phrase of prisoners ([inmate nouns]) as the
// object at from: a number, "escaped" or other modifiers, then the noun
// ("12 escaped inmates", "the prisoners").
func (v *vocab) escapedPeople(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks) && k < from+4; k++ {
		switch toks[k].Tag {
		case "DT", "CD", "JJ", "VBN", "VBD":
			continue
		}
		return v.inmateNouns[toks[k].Lower]
	}
	return false
}

// unidentifiedAttacker reports a lone unidentified attacker (sector UAF,
// one person: "a gunman", "the shooter", "an attacker"): however many it
// kills, its shooting is unconventional violence (18x), no mass killing
// (202), as both annotators of realnews.jsonl code "a gunman killed at
// least 50 people". Plural attackers ("paramilitaries shot dead hundreds
// of villagers") are an armed force and keep 202, and so does a militia
// the dictionary names as a group (groups.txt "Janjaweed", "Shabiha",
// "Koglweogo": kind org), whatever its name's last letter: "Janjaweed
// horsemen killed at least 40 villagers" is a mass killing by the
// militia (gold dev52 W52028, README "Mass violence").
func unidentifiedAttacker(src actors.Mention) bool {
	if !hasSector(src, "UAF") || src.Kind == actors.KindOrg {
		return false
	}
	f := strings.Fields(strings.ToLower(src.Text))
	for i, w := range f {
		if i > 0 && (w == "in" || w == "from" || w == "of" || w == "on") {
			f = f[:i] // "gunmen in Ethiopia's Oromia region": the head before the place
			break
		}
	}
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "men")
}

// recodeForceOnPeople makes h violent repression (175) when police or a
// state's own army use force on protesters (repression), or the code of
// an assault on a person (personAssault), after refinement.
// Called once per live hit from codeSentence's last loop.
func (c *Coder) recodeForceOnPeople(st *sentence, h *verbHit) {
	if len(h.source) == 0 || len(h.target) == 0 {
		return
	}
	if repression(st, h) {
		h.code = "175"
		return
	}
	if code := personAssault(st, h); code != "" {
		h.code = code
	}
}

// repression reports force by police or security forces on protesters,
// which CAMEO codes as violent repression (175): a shooting, killing or
// attack verb ("opened fire on crowds", "shot dead five protesters",
// "fired on protesters demanding statehood") whose source is police
// (COP), or an army (MIL) of the target's own country, and whose target
// is a civilian group named by a word of protest in its span or the few
// words after it, or with such a word right after the verb before any
// clause break ("opened fire on young protesters"), or a crowd named by
// its stones ("fired on stone-throwing youths": violentCrowd). Troops firing on a
// crowd at an aid convoy stay 19x. A nominal act is the same act: "the
// killing of protesters by police" is repression too. A killing of
// people the sentence places in a protest told anywhere near it
// (protestScene) is repression as well, a mass killing (202) included:
// "security forces killed at least 114 people on Saturday … in the
// bloodiest day of protests since the coup". A police beating of a
// group of ordinary people (villagers, workers, students) is repression
// with no protest told ("riot police beat fishermen"); one of a single
// person, of journalists or of politicians stays an assault (182).
func repression(st *sentence, h *verbHit) bool {
	switch h.code {
	case "180", "182", "190", "193", "1823", "202":
	default:
		return false
	}
	if h.p != nil && h.p.has(flagMutual) {
		return false // "police clashed with protesters": fighting both ways, 190 each way (actors_groups.go)
	}
	src, tgt := h.source[0], h.target[0]
	if !civil(tgt) || tgt.Person {
		return false
	}
	if !hasSector(src, "COP") && !(hasSector(src, "MIL") && src.Country != "" && src.Country == tgt.Country) {
		return false
	}
	for k := tgt.Start; k < min(len(st.toks), tgt.End+5); k++ {
		if k >= 0 && protestWord(st.toks[k].Lower) {
			return true
		}
	}
	if tgt.End < len(st.toks) && st.toks[tgt.End].Lower == "striking" && intransitiveAt(st.toks, tgt.End+1) && hasSector(tgt, "LAB", "CVL", "AGR", "EDU") {
		return true // "opened fire on garment workers striking for a higher minimum wage": strikers
	}
	if h.code != "182" && violentCrowd(st, tgt.Start, tgt.End) {
		return true // "opened fire on stone-throwing youths" (repression_crowd.go)
	}
	for k := h.head + 1; k < len(st.toks) && k < max(h.end, h.head+1)+5; k++ {
		if isHardBreak(st.toks[k]) || st.toks[k].Text == "," {
			break
		}
		if protestWord(st.toks[k].Lower) {
			return true
		}
	}
	if h.code == "182" && hasSector(src, "COP") && !hasSector(src, "MIL") && tgt.Plural &&
		hasSector(tgt, "CVL", "AGR", "LAB", "EDU") && !hasSector(tgt, "MED", "OPP", "LEG", "PTY", "HRI") {
		return true // "riot police beat villagers": the police's beating of a crowd of ordinary people is repression, protest or none
	}
	if h.code == "182" && hasSector(src, "COP") && !hasSector(src, "MIL") && tgt.Plural && hasSector(tgt, "OPP") &&
		!hasSector(tgt, "MED", "LEG", "GOV") && st.toks[h.head].Lemma == "beat" {
		return true // "riot police beat opposition supporters": a crowd of a party's followers beaten by police, as villagers are
	}
	return h.code != "182" && protestScene(st.toks, h.head)
}

// intransitiveAt reports whether a verb ending before k takes no object:
// k is the sentence's end, or toks[k] is punctuation, a preposition or an
// adverb ("workers striking for a higher wage", "striking over pay",
// "striking, a union said"), not a determiner, pronoun, noun or number
// ("villagers striking them with sticks", "striking a soldier").
func intransitiveAt(toks []dyad.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k].Tag
	return strings.HasPrefix(t, "IN") || t == "TO" || strings.HasPrefix(t, "RB") || isHardBreak(toks[k]) || toks[k].Text == ","
}

// protestScene reports a protest the killing at head took place in: a
// word of protest up to 24 tokens before or after it with no sentence
// break between ("after weeks of protests …, in which security forces
// killed dozens of people", "killed more than 50 people … when soldiers
// fired on members of a sect preparing an anti-U.N. protest"). Protests
// the killing caused ("killed 20 villagers, sparking protests") and
// protests over a past event ("protests over the killing") do not count.
func protestScene(toks []dyad.Token, head int) bool {
	for k := head + 1; k < len(toks) && k <= head+24; k++ {
		if toks[k].Text == ";" || toks[k].Text == ":" {
			break
		}
		if protestWord(toks[k].Lower) || strings.HasSuffix(toks[k].Lower, "-protest") {
			if toks[k].Lower == "protest" && toks[k-1].Lower == "in" {
				continue // "and Western states expelled its diplomats in protest": how another act was done, no scene
			}
			if causedProtest(toks, head, k) {
				return false
			}
			return true
		}
	}
	for k := head - 1; k >= 0 && k >= head-24; k-- {
		if toks[k].Text == ";" || toks[k].Text == ":" {
			break
		}
		if protestWord(toks[k].Lower) {
			// "protests over the police killing of a student": the
			// killing is what the protest is about
			about := k+1 < len(toks) && (toks[k+1].Lower == "over" || toks[k+1].Lower == "against") && head-k <= 6
			return !about
		}
	}
	return false
}

// causedProtest reports a consequence participle or a purpose between the
// killing at head and the protest word at k ("sparking protests",
// "prompting demonstrations", "triggering a rally").
func causedProtest(toks []dyad.Token, head, k int) bool {
	for j := head + 1; j < k; j++ {
		switch toks[j].Lower {
		case "sparking", "triggering", "prompting", "provoking", "fuelling", "fueling", "igniting", "drawing", "led", "leading":
			return true
		}
	}
	return false
}

// protestWord reports a word naming people protesting or gathered in a
// crowd.
func protestWord(w string) bool {
	switch w {
	case "protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator", "crowd", "crowds",
		"marchers", "rioters", "protesting", "demonstrating", "marching", "rallying", "protest", "protests", "rally",
		"demonstration", "demonstrations", "strikers":
		return true
	}
	return false
}

// personAssault returns 185 for a named person (a person mention, or an
// office holder's title with the name after it) shot by an armed
// individual (an unidentified attacker, UAF) or wounded by one, 182 for one struck,
// stabbed or beaten, and "" when h is no such act. A person killed is
// killCode's (186).
func personAssault(st *sentence, h *verbHit) string {
	if h.code != "190" && h.code != "193" || len(h.target) != 1 || !hasSector(h.source[0], "UAF") {
		return ""
	}
	if t := h.target[0]; !t.Person && (t.Plural || !hasSector(t, "GOV", "LEG", "OPP", "JUD", "PTY") || !namedAfter(st, t.End)) {
		return ""
	}
	switch st.toks[h.head].Lemma {
	case "shoot", "fire", "open", "gun", "wound":
		return "185"
	case "strike", "stab", "punch", "hit", "beat", "slap", "knife", "attack", "assault":
		return "182"
	}
	return ""
}

// namedAfter reports a person's name (two capitalised proper nouns in a
// row, outside any actor mention) within the five tokens from k, before
// a comma, a preposition or a verb: the name a title's apposition gives ("Colombian
// senator and presidential hopeful Miguel Uribe").
func namedAfter(st *sentence, k int) bool {
	toks := st.toks
	for i := k; i+1 < len(toks) && i < k+5; i++ {
		if toks[i].Text == "," || toks[i].Tag == "IN" || toks[i].Tag != "" && toks[i].Tag[0] == 'V' {
			return false
		}
		if toks[i].Tag == "NNP" && toks[i+1].Tag == "NNP" && startsUpperASCII(toks[i].Text) && startsUpperASCII(toks[i+1].Text) && st.at[i] < 0 {
			return true
		}
	}
	return false
}
