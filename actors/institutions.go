package actors

// Names built around a match: an envoy to an organisation, a state's diplomat,
// a state institution, party or rescue team named by capitalised words no
// dictionary entry starts.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// envoyTo reports the organisation raws[j] followed at once by a
// diplomat noun: "UN ambassador", "NATO envoy", "EU representative".
func envoyTo(toks []dyad.Token, raws []raw, j int) bool {
	if j+1 >= len(raws) || raws[j+1].start != raws[j].end || raws[j+1].p.kind != KindAgent {
		return false
	}
	switch toks[raws[j+1].end-1].Lower {
	case "ambassador", "ambassadors", "envoy", "envoys", "representative", "delegate", "delegation", "mission":
		return true
	}
	return false
}

// statesDiplomat reports the title just before a person's name at token
// k that names a state's diplomat at an organisation: "UN ambassador
// Nikki Haley", "NATO permanent representative Julianne Smith" (not
// "UN envoy": the organisation's own envoys are its officials).
func statesDiplomat(toks []dyad.Token, k int) bool {
	if k < 1 {
		return false
	}
	switch toks[k-1].Lower {
	case "ambassador":
		return true
	case "representative":
		return k >= 2 && toks[k-2].Lower == "permanent"
	}
	return false
}

// envoyToOrg returns the index of the intergovernmental organisation in
// raws after "to" or "to the" that follows a diplomat noun ending at end
// ("ambassador to the UN", "envoy to NATO"), starting the search at raws
// index j; -1 when there is none.
func envoyToOrg(toks []dyad.Token, raws []raw, j, end int) int {
	if j >= len(raws) || end+1 >= len(toks) || toks[end].Lower != "to" || raws[j].p.kind != KindOrg {
		return -1
	}
	switch toks[end-1].Lower {
	case "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate", "delegates", "delegation", "mission":
	default:
		return -1
	}
	if s := raws[j].start; s != end+1 && !(s == end+2 && toks[end+1].Lower == "the") {
		return -1
	}
	if !strings.HasPrefix(raws[j].p.entries[0].Code, "IGO") {
		return -1
	}
	return j
}

// institutionRun reads a capitalised name at token k that no dictionary
// entry starts ("Department of State Services", "National Investigation
// Agency"; small words "of", "for", "and" inside) and ends in a noun of a
// state institution. It returns one past the name and the role code of
// the institution: SPY for intelligence and state security, COP for
// police and criminal investigation, MIL for armed forces, JUD for courts,
// LEG for parliaments, GOV for ministries, agencies, councils and other
// offices; (k, "") when there is none.
func institutionRun(toks []dyad.Token, raws []raw, k int) (int, string) {
	e := k
	words := []string{}
	for e < len(toks) && e-k < 7 {
		t := toks[e]
		if e > k && (t.Lower == "of" || t.Lower == "for" || t.Lower == "and") && e+1 < len(toks) && startsUpper(toks[e+1].Text) {
			words = append(words, t.Lower)
			e++
			continue
		}
		if !startsUpper(t.Text) || t.Tag != "NNP" && t.Tag != "NNPS" || rawAt(raws, e) {
			break
		}
		words = append(words, t.Lower)
		e++
	}
	for e > k && !institutionNoun(toks[e-1].Lower) {
		e-- // "Nigeria's Department of State Services Director": the institution ends before
		words = words[:len(words)-1]
	}
	if e-k < 2 {
		return k, "" // one word is a name, not an institution: "Nigeria's Tinubu"
	}
	name := " " + strings.Join(words, " ") + " "
	switch {
	case strings.Contains(name, " intelligence ") || strings.Contains(name, " state security ") || strings.Contains(name, " state services "):
		return e, "SPY"
	case strings.Contains(name, " police ") || strings.Contains(name, " investigation ") || strings.Contains(name, " investigations "):
		return e, "COP"
	case strings.Contains(name, " army ") || strings.Contains(name, " armed forces ") || strings.Contains(name, " navy ") || strings.HasSuffix(name, " force ") || strings.HasSuffix(name, " forces ") || strings.Contains(name, " guard "):
		return e, "MIL"
	case strings.HasSuffix(name, " court ") || strings.HasSuffix(name, " tribunal "):
		return e, "JUD"
	case strings.HasSuffix(name, " parliament ") || strings.HasSuffix(name, " assembly ") || strings.HasSuffix(name, " senate "):
		return e, "LEG"
	}
	return e, "GOV"
}

// institutionNoun reports the last word of a state institution's name.
func institutionNoun(w string) bool {
	switch w {
	case "department", "ministry", "agency", "service", "services", "council", "commission", "directorate", "office",
		"bureau", "authority", "secretariat", "court", "tribunal", "parliament", "assembly", "senate", "army", "navy",
		"force", "forces", "guard", "police", "investigations", "administration":
		return true
	}
	return false
}

// partyName returns the end of a capitalised name right at from that ends
// in a party or movement noun ("New Patriotic Party", "National Liberation
// Front", "United Democratic Party") or a party's members' plural ("Social
// Democrats", "Sweden Democrats", "Christian Socialists"), from itself
// when there is none. Before a party noun, a capitalised word the tagger
// read as an adjective or a verb is a name word ("United" VBD and
// "Democratic" JJ in "United Democratic Party"), but a first adjective
// only before a members' plural ("Social Democrats", not "Democratic
// Party").
func partyName(toks []dyad.Token, from int) int {
	adjective := false // a capitalised adjective first: "Social Democrats"
	misread := false   // a capitalised word tagged as a verb, or as an adjective after the first
	for k := from; k < len(toks) && k < from+6; k++ {
		t := toks[k].Tag
		if k > from && !adjective && !misread && toks[k].Text == toks[k].Lower && lowerPartyNoun(toks[k].Lower) {
			// "Kosovo's opposition Vetevendosje movement", "the rebel
			// Seleka alliance": a name and a lower-case party noun
			return k + 1
		}
		if !startsUpper(toks[k].Text) || t != "NNP" && t != "NNPS" && t != "JJ" && t != "VBD" && t != "VBN" {
			return from
		}
		adjective = adjective || t == "JJ" && k == from
		misread = misread || t == "VBD" || t == "VBN" || t == "JJ" && k > from
		switch toks[k].Lower {
		case "party", "movement", "front", "alliance", "congress", "league":
			if k > from && !adjective {
				return k + 1
			}
		case "democrats", "socialists", "republicans", "liberals", "conservatives", "greens":
			if k > from && !misread {
				return k + 1
			}
		}
	}
	return from
}

// partyNounRaw reports a bare party noun the dictionary matched inside a
// party's name (the "Party" of "United Democratic Party", after words the
// tagger did not read as a name): an agent of the one role PTY.
func partyNounRaw(r raw) bool {
	return r.p.kind == KindAgent && r.end-r.start == 1 && len(r.p.entries) > 0 && r.p.entries[0].Code == "PTY"
}

// rescueTeamAt returns the end of a rescue or relief team's noun phrase
// starting at token i ("rescue teams", "search and rescue teams", "relief
// workers", "rescuers"), or 0.
func rescueTeamAt(toks []dyad.Token, i int) int {
	if i >= len(toks) {
		return 0
	}
	switch toks[i].Lower {
	case "rescuers", "firefighters":
		return i + 1
	case "search":
		if i+2 < len(toks) && toks[i+1].Lower == "and" && toks[i+2].Lower == "rescue" {
			i += 2
		}
	}
	switch toks[i].Lower {
	case "rescue", "relief":
		if i+1 < len(toks) {
			switch toks[i+1].Lower {
			case "team", "teams", "workers", "crews", "units":
				return i + 2
			}
		}
	}
	return 0
}

// lowerPartyNoun reports a lower-case noun that closes a party's or a
// movement's name after the name itself ("the Vetevendosje movement").
func lowerPartyNoun(w string) bool {
	switch w {
	case "party", "movement", "alliance", "coalition":
		return true
	}
	return false
}
